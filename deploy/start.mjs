// npm start: the servers (KAFKA_BROKERS/MONGO_URL if set, else docker compose where a Docker
// engine answers, else deploy/local), every service of services.json, the back-office UI built by
// vite (meanwhile), the gateway in front of them serving it, the demo data and the demo accounts,
// then the URLs and the accounts. A process that crashes is restarted (deploy/supervisor.mjs); one
// that keeps crashing, or a failed start, stops everything it started and exits 1. Ctrl-C stops
// everything, exit 0. Settings: README.md "Settings".
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo/accounts.mjs';
import { seedDemo } from './demo/seed.mjs';
import { ensureServers, stopServers as stopServersFrom } from './servers.mjs';
import { ServiceProcess, waitHealthy } from './service-process.mjs';
import { envKey, SERVICES as LISTED, toolPort } from './services.mjs';
import { restartSettings } from './supervisor.mjs';
import { buildWeb } from './web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = process.env.HOST ?? '127.0.0.1';
/** Each service on `<NAME>_PORT` (e.g. CONTRACTS_PORT), else its port in services.json. */
const SERVICES = LISTED.map((s) => ({ name: s.name, port: toolPort(s) }));
/** The one entry for people: only this one is meant to be exposed (GATEWAY_HOST=0.0.0.0). */
const GATEWAY = { name: 'gateway', port: Number(process.env.GATEWAY_PORT ?? 3000), host: process.env.GATEWAY_HOST ?? '127.0.0.1' };
/** A page worth opening first, per service. */
const EXAMPLES = { contracts: '/dealers', settlements: '/funds/D0001?quarter=2026Q3', 'parts-logistics': '/price-list/items?q=P-HEAD' };
const log = (msg) => console.log(`[start] ${msg}`);
const processes = [];
let stopServers = () => undefined;

function servers() {
  const found = ensureServers({ log });
  stopServers = () => stopServersFrom(found.source);
  return { KAFKA_BROKERS: found.kafkaBrokers, MONGO_URL: found.mongoUrl };
}

/** The gateway signs the actor it forwards and the services check it: one secret per run unless set. */
function actorSecret() {
  process.env.ACTOR_SECRET ||= randomBytes(32).toString('base64url');
}

function nodeProcess({ name, port, host = HOST }, env, settings) {
  return new ServiceProcess({
    name,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    command: process.execPath,
    args: ['-r', '@swc-node/register', join(root, `apps/${name}/src/main.ts`)],
    options: {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port), HOST: host, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
    settings,
    log,
    giveUp: (reason) => {
      console.error(`[start] ${reason}`);
      shutdown(1);
    },
  });
}

/** The gateway's settings: where each service answers, and its own database next to theirs. */
function gatewayEnv(serverEnv, urls) {
  const prefix = process.env.MONGO_DB_PREFIX;
  return {
    ...serverEnv,
    ...Object.fromEntries(SERVICES.map((s) => [`${envKey(s.name)}_URL`, urls[s.name]])),
    GATEWAY_MONGO_DB: process.env.GATEWAY_MONGO_DB ?? (prefix ? `${prefix}gateway` : 'aftersales_gateway'),
  };
}

function startTimeoutMs() {
  const raw = process.env.SERVICE_START_TIMEOUT_S ?? '120';
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < 1) throw new Error(`SERVICE_START_TIMEOUT_S must be an integer ≥ 1, got "${raw}"`);
  return value * 1000;
}

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping the services');
  await Promise.all(processes.map((p) => p.stop()));
  if (process.env.KEEP_SERVERS !== 'true') {
    try {
      stopServers();
    } catch (error) {
      console.error(`[start] could not stop the servers: ${error.message}`);
      code ||= 1;
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function startAll(settings, timeoutMs) {
  const started = (list) => Promise.all(list.map((p) => waitHealthy(p.spec.name, p.spec.url, timeoutMs, () => stopping)));
  // vite builds the UI while the servers and services start (UI_BUILD=false: serve what dist/ holds)
  const ui = process.env.UI_BUILD === 'false' ? Promise.resolve() : buildWeb({ log, always: process.env.UI_BUILD === 'always' });
  ui.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  const serverEnv = servers();
  actorSecret();
  const services = SERVICES.map((s) => nodeProcess(s, serverEnv, settings));
  processes.push(...services);
  for (const service of services) service.start();
  await started(services);
  const urls = Object.fromEntries(services.map((s) => [s.spec.name, s.spec.url]));
  if (process.env.SEED_DEMO !== 'false') await seedDemo(urls, log);
  await ui;
  const env = gatewayEnv(serverEnv, urls);
  if (process.env.SEED_DEMO !== 'false') await seedDemoAccounts({ mongoUrl: env.MONGO_URL, mongoDb: env.GATEWAY_MONGO_DB }, log);
  const gateway = nodeProcess(GATEWAY, env, settings);
  processes.push(gateway);
  gateway.start();
  await started([gateway]);
  return { urls, gateway: gateway.spec.url };
}

function printReady({ urls, gateway }) {
  log('ready');
  log(`back office     ${gateway}/   (API ${gateway}/docs)`);
  for (const { name } of SERVICES) log(`${name.padEnd(15)} ${urls[name]}/docs${EXAMPLES[name] ? `   e.g. ${urls[name]}${EXAMPLES[name]}` : ''}`);
  if (process.env.SEED_DEMO !== 'false') {
    log('demo accounts (demo only: for this local demo, never a real deployment):');
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(16)} ${a.password.padEnd(20)} ${a.roles.join(', ')}${a.dealerCode ? ` of ${a.dealerCode}` : ''}`);
  }
  log('Ctrl-C stops everything');
}

try {
  printReady(await startAll(restartSettings(), startTimeoutMs()));
} catch (error) {
  if (!stopping) {
    console.error(`[start] ${error.message}`);
    await shutdown(1);
  }
}
