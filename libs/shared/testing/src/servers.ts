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
 * The real servers every integration test talks to. KAFKA_BROKERS and MONGO_URL win; else
 * `docker compose` when a Docker engine answers; else deploy/local (a Kafka broker from the
 * Maven Central jars and FerretDB), started once under a lock and stopped by the teardown.
 */
export function ensureServers(): Servers {
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUrl = process.env['MONGO_URL'];
  if (kafkaBrokers && mongoUrl) return { kafkaBrokers, mongoUrl };
  const servers = dockerAnswers() ? startCompose() : startLocal();
  process.env['KAFKA_BROKERS'] = servers.kafkaBrokers;
  process.env['MONGO_URL'] = servers.mongoUrl;
  return servers;
}

function dockerAnswers(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

function startCompose(): Servers {
  execFileSync('docker', ['compose', 'up', '-d', '--wait', 'kafka', 'mongo'], { cwd: ROOT, stdio: 'inherit' });
  return { kafkaBrokers: 'localhost:9094', mongoUrl: 'mongodb://127.0.0.1:27017/?directConnection=true' };
}

function startLocal(): Servers {
  mkdirSync(RUN_DIR, { recursive: true });
  const wasRunning = kafkaProcessAlive();
  // start.sh is idempotent and serialised by its own lock: parallel jest workers start the servers once.
  execFileSync('bash', [join(ROOT, 'deploy/local/start.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR },
  });
  // Remember which Kafka process this run started: teardown stops only that one.
  if (!wasRunning) writeFileSync(HARNESS_MARK, kafkaPid() ?? '');
  return readEnvFile(join(RUN_DIR, 'env'));
}

function kafkaPid(): string | undefined {
  try {
    return readFileSync(join(RUN_DIR, 'kafka.pid'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

function kafkaProcessAlive(): boolean {
  try {
    process.kill(Number(kafkaPid()), 0);
    return true;
  } catch {
    return false;
  }
}

function readEnvFile(path: string): Servers {
  const text = readFileSync(path, 'utf8');
  const value = (name: string) => new RegExp(`${name}=([^\\s]+)`).exec(text)?.[1]?.replace(/^['"]|['"]$/g, '');
  const kafkaBrokers = value('KAFKA_BROKERS');
  const mongoUrl = value('MONGO_URL');
  if (!kafkaBrokers || !mongoUrl) throw new Error(`${path} does not name KAFKA_BROKERS and MONGO_URL`);
  return { kafkaBrokers, mongoUrl };
}

/** Stops the local servers only when this harness started the ones running now. */
export function stopServersStartedByHarness(): void {
  if (!existsSync(HARNESS_MARK)) return;
  const startedByHarness = readFileSync(HARNESS_MARK, 'utf8').trim();
  rmSync(HARNESS_MARK, { force: true });
  if (!startedByHarness || startedByHarness !== kafkaPid()) return;
  execFileSync('bash', [join(ROOT, 'deploy/local/stop.sh')], { stdio: 'inherit', env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR } });
}
