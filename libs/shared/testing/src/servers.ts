import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Servers {
  kafkaBrokers: string;
  mongoUrl: string;
}

const ROOT = resolve(__dirname, '../../../..');
export const RUN_DIR = process.env['AFTERSALES_RUN_DIR'] ?? '/tmp/aftersales-local';
const HARNESS_MARK = join(RUN_DIR, 'started-by-test-harness');

/**
 * The real servers every integration test talks to. KAFKA_BROKERS and MONGO_URL win: the user's,
 * or the containers jest's globalSetup started where a Docker engine answers (test-servers.ts).
 * Otherwise deploy/servers.mjs decides, as for `npm start` (under jest that means no Docker engine:
 * deploy/local, a Kafka broker from the Maven Central jars and FerretDB), started once under a
 * lock and stopped by the teardown if this run started it. The bench calls this outside jest.
 */
export function ensureServers(): Servers {
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUrl = process.env['MONGO_URL'];
  if (kafkaBrokers && mongoUrl) return { kafkaBrokers, mongoUrl };
  // start.sh starts only what is down: if either server ran, this run did not start "the servers".
  const wasRunning = processAlive(kafkaPid()) || processAlive(recordedPid('ferretdb'));
  const output = execFileSync(process.execPath, [join(ROOT, 'deploy/servers.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR },
  });
  const found = JSON.parse(output) as Servers & { source: 'compose' | 'local' };
  // Remember which Kafka process this run started: teardown stops only that one.
  if (found.source === 'local' && !wasRunning) {
    mkdirSync(RUN_DIR, { recursive: true });
    writeFileSync(HARNESS_MARK, kafkaPid() ?? '');
  }
  process.env['KAFKA_BROKERS'] = found.kafkaBrokers;
  process.env['MONGO_URL'] = found.mongoUrl;
  return { kafkaBrokers: found.kafkaBrokers, mongoUrl: found.mongoUrl };
}

function recordedPid(server: 'kafka' | 'ferretdb'): string | undefined {
  try {
    return readFileSync(join(RUN_DIR, `${server}.pid`), 'utf8').trim();
  } catch {
    return undefined;
  }
}

const kafkaPid = () => recordedPid('kafka');

function processAlive(pid: string | undefined): boolean {
  try {
    process.kill(Number(pid), 0);
    return Boolean(pid);
  } catch {
    return false;
  }
}

/** Stops the local servers only when this harness started the ones running now (stop.sh keeps their data). */
export function stopServersStartedByHarness(): void {
  if (!existsSync(HARNESS_MARK)) return;
  const startedByHarness = readFileSync(HARNESS_MARK, 'utf8').trim();
  rmSync(HARNESS_MARK, { force: true });
  if (!startedByHarness || startedByHarness !== kafkaPid()) return;
  execFileSync('bash', [join(ROOT, 'deploy/local/stop.sh')], { stdio: 'inherit', env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR } });
}
