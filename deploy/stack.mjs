// The whole system as `npm start` runs it, for the browser tests and the bench: deploy/start.mjs as a
// child process on the caller's servers, ports, database prefix and topic prefix, so it shares
// nothing with a running `npm start` or another test. Resolves once it prints "[start] ready".
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ kafkaBrokers: string, mongoUrl: string, dbPrefix: string, topicPrefix: string,
 *   ports: { gateway: number, contracts: number, settlements: number }, env?: Record<string, string>,
 *   timeoutMs?: number, echo?: boolean }} options echo: copy its output to this process's stderr.
 */
export async function startStack({ kafkaBrokers, mongoUrl, dbPrefix, topicPrefix, ports, env = {}, timeoutMs = 300_000, echo = false }) {
  const child = spawn(process.execPath, [join(root, 'deploy/start.mjs')], {
    cwd: root,
    env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, MONGO_DB_PREFIX: dbPrefix, TOPIC_PREFIX: topicPrefix,
      GATEWAY_PORT: String(ports.gateway), CONTRACTS_PORT: String(ports.contracts), SETTLEMENTS_PORT: String(ports.settlements),
      GATEWAY_HOST: '127.0.0.1', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
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
    gateway: `http://127.0.0.1:${ports.gateway}`,
    contracts: `http://127.0.0.1:${ports.contracts}`,
    settlements: `http://127.0.0.1:${ports.settlements}`,
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
