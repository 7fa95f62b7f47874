// npm start: the servers (KAFKA_BROKERS/MONGO_URL if set, else docker compose where a Docker
// engine answers, else deploy/local), every service of services.json, the demo data, then the URLs.
// A service that crashes is restarted (deploy/supervisor.mjs); one that keeps crashing, or a
// failed start, stops everything it started and exits 1. Ctrl-C stops everything, exit 0.
// Settings: README.md "Settings".
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './demo/seed.mjs';
import { ensureServers, stopServers as stopServersFrom } from './servers.mjs';
import { ServiceProcess, waitHealthy } from './service-process.mjs';
import { SERVICES as LISTED, toolPort } from './services.mjs';
import { restartSettings } from './supervisor.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = process.env.HOST ?? '127.0.0.1';
/** Each service on `<NAME>_PORT` (e.g. CONTRACTS_PORT), else its port in services.json. */
const SERVICES = LISTED.map((s) => ({ name: s.name, port: toolPort(s) }));
/** A page worth opening first, per service. */
const EXAMPLES = { contracts: '/dealers', settlements: '/funds/D0001?quarter=2026Q3' };
const log = (msg) => console.log(`[start] ${msg}`);
let services = [];
let stopServers = () => undefined;

function servers() {
  const found = ensureServers({ log });
  stopServers = () => stopServersFrom(found.source);
  return { KAFKA_BROKERS: found.kafkaBrokers, MONGO_URL: found.mongoUrl };
}

function serviceProcess({ name, port }, serverEnv, settings) {
  return new ServiceProcess({
    name,
    url: `http://${HOST}:${port}`,
    command: process.execPath,
    args: ['-r', '@swc-node/register', join(root, `apps/${name}/src/main.ts`)],
    options: {
      cwd: root,
      env: { ...process.env, ...serverEnv, PORT: String(port), HOST, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
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
  await Promise.all(services.map((s) => s.stop()));
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

try {
  const settings = restartSettings();
  const timeoutMs = startTimeoutMs();
  const serverEnv = servers();
  services = SERVICES.map((s) => serviceProcess(s, serverEnv, settings));
  for (const service of services) service.start();
  await Promise.all(services.map((s) => waitHealthy(s.spec.name, s.spec.url, timeoutMs, () => stopping)));
  const url = Object.fromEntries(services.map((s) => [s.spec.name, s.spec.url]));
  if (process.env.SEED_DEMO !== 'false') await seedDemo(url.contracts, url.settlements, log);
  log('ready');
  for (const { name } of SERVICES) log(`${name.padEnd(12)} ${url[name]}/docs${EXAMPLES[name] ? `   e.g. ${url[name]}${EXAMPLES[name]}` : ''}`);
  log('Ctrl-C stops everything');
} catch (error) {
  if (!stopping) {
    console.error(`[start] ${error.message}`);
    await shutdown(1);
  }
}
