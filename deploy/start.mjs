// npm start: the servers (KAFKA_BROKERS/MONGO_URL if set, else docker compose where a Docker
// engine answers, else deploy/local), both services, the demo data, then the URLs.
// Ctrl-C stops everything it started. Settings: README.md "Settings".
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './demo/seed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = process.env.HOST ?? '127.0.0.1';
const SERVICES = [
  { name: 'contracts', port: Number(process.env.CONTRACTS_PORT ?? 3101) },
  { name: 'settlements', port: Number(process.env.SETTLEMENTS_PORT ?? 3103) },
];
const log = (msg) => console.log(`[start] ${msg}`);
const children = [];
let stopServers = () => undefined;

function dockerAnswers() {
  try { execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 }); return true; } catch { return false; }
}

function servers() {
  if (process.env.KAFKA_BROKERS && process.env.MONGO_URL) return { KAFKA_BROKERS: process.env.KAFKA_BROKERS, MONGO_URL: process.env.MONGO_URL };
  if (dockerAnswers()) {
    log('starting Kafka and MongoDB with docker compose');
    execFileSync('docker', ['compose', 'up', '-d', '--wait', 'kafka', 'mongo'], { cwd: root, stdio: 'inherit' });
    stopServers = () => execFileSync('docker', ['compose', 'stop', 'kafka', 'mongo'], { cwd: root, stdio: 'inherit' });
    return { KAFKA_BROKERS: 'localhost:9094', MONGO_URL: 'mongodb://127.0.0.1:27017/?directConnection=true' };
  }
  log('no Docker engine: starting Kafka and FerretDB from deploy/local (first run builds them, about a minute)');
  execFileSync('bash', [join(root, 'deploy/local/start.sh')], { stdio: 'inherit' });
  stopServers = () => execFileSync('bash', [join(root, 'deploy/local/stop.sh')], { stdio: 'inherit' });
  const env = readFileSync(join(process.env.AFTERSALES_RUN_DIR ?? '/tmp/aftersales-local', 'env'), 'utf8');
  const get = (name) => new RegExp(`${name}=(\\S+)`).exec(env)[1];
  return { KAFKA_BROKERS: get('KAFKA_BROKERS'), MONGO_URL: get('MONGO_URL') };
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
