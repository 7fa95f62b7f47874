// npm start: the servers (KAFKA_BROKERS/MONGO_URL if set, else docker compose where a Docker
// engine answers, else deploy/local), both services, the demo data, then the URLs.
// Ctrl-C stops everything it started. Settings: README.md "Settings".
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './demo/seed.mjs';
import { ensureServers, stopServers as stopServersFrom } from './servers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = process.env.HOST ?? '127.0.0.1';
const SERVICES = [
  { name: 'contracts', port: Number(process.env.CONTRACTS_PORT ?? 3101) },
  { name: 'settlements', port: Number(process.env.SETTLEMENTS_PORT ?? 3103) },
];
const log = (msg) => console.log(`[start] ${msg}`);
const children = [];
let stopServers = () => undefined;

function servers() {
  const found = ensureServers({ log });
  stopServers = () => stopServersFrom(found.source);
  return { KAFKA_BROKERS: found.kafkaBrokers, MONGO_URL: found.mongoUrl };
}

function startService({ name, port }, serverEnv) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(root, `apps/${name}/src/main.ts`)], {
    cwd: root,
    env: { ...process.env, ...serverEnv, PORT: String(port), HOST, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) { log(`${name} exited (${signal ?? code}); stopping`); shutdown(1); }
  });
  children.push(child);
}

async function healthy({ name, port }, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://${HOST}:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy on port ${port}`);
}

let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping the services');
  await Promise.all(children.map((c) => new Promise((done) => { c.once('exit', done); c.kill('SIGTERM'); })));
  if (process.env.KEEP_SERVERS !== 'true') stopServers();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  const serverEnv = servers();
  for (const service of SERVICES) startService(service, serverEnv);
  await Promise.all(SERVICES.map((s) => healthy(s)));
  const [contracts, settlements] = SERVICES.map((s) => `http://${HOST}:${s.port}`);
  if (process.env.SEED_DEMO !== 'false') await seedDemo(contracts, settlements, log);
  log('ready');
  log(`contracts    ${contracts}/docs   e.g. ${contracts}/dealers`);
  log(`settlements  ${settlements}/docs   e.g. ${settlements}/funds/D0001?quarter=2026Q3`);
  log('Ctrl-C stops everything');
} catch (error) {
  console.error(`[start] ${error.message}`);
  await shutdown(1);
}
