// The whole system as `npm start` runs it, for the browser tests and the bench: deploy/start.mjs as a
// child process on the caller's servers, ports, database prefix and topic prefix, so it shares
// nothing with a running `npm start` or another test. Resolves once it prints "[start] ready".
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Every service of services.json, by name. */
const SERVICE_NAMES = Object.keys(JSON.parse(readFileSync(join(root, 'services.json'), 'utf8')));
const envKey = (name) => name.toUpperCase().replace(/-/g, '_');

/** A port free on 127.0.0.1 now (the OS picks it). */
async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * @param {{ kafkaBrokers: string, mongoUrl: string, dbPrefix: string, topicPrefix: string,
 *   ports?: Record<string, number>, env?: Record<string, string>, timeoutMs?: number, echo?: boolean }} options
 *   ports: the gateway's and any service's (by its name in services.json); the others get free ports.
 *   echo: copy its output to this process's stderr.
 */
export async function startStack({ kafkaBrokers, mongoUrl, dbPrefix, topicPrefix, ports = {}, env = {}, timeoutMs = 300_000, echo = false }) {
  const chosen = {};
  for (const name of ['gateway', ...SERVICE_NAMES]) chosen[name] = ports[name] ?? (await freePort());
  const portEnv = Object.fromEntries(Object.entries(chosen).map(([name, port]) => [`${envKey(name)}_PORT`, String(port)]));
  const urls = Object.fromEntries(Object.entries(chosen).map(([name, port]) => [name, `http://127.0.0.1:${port}`]));
  const child = spawn(process.execPath, [join(root, 'deploy/start.mjs')], {
    cwd: root,
    env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, MONGO_DB_PREFIX: dbPrefix, TOPIC_PREFIX: topicPrefix,
      ...portEnv, GATEWAY_HOST: '127.0.0.1', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d) => {
    output += d;
    if (echo) process.stderr.write(d);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit');
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('[start] ready') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const stack = {
    gateway: urls.gateway,
    contracts: urls.contracts,
    settlements: urls.settlements,
    /** The gateway's and every service's URL, by name. */
    urls,
    /** The databases it writes (each `<dbPrefix><name>`): drop them after. */
    databases: ['gateway', ...SERVICE_NAMES],
    output: () => output,
    /** Ctrl-C, as a person stops it; SIGKILL when it has not stopped within 30 s. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
  if (!output.includes('[start] ready')) {
    await stack.stop();
    throw new Error(`npm start did not get ready within ${timeoutMs / 1000} s:\n${output}`);
  }
  return stack;
}
