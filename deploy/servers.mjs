// Where the real Kafka broker and MongoDB-wire server are, starting them when needed:
//   1. KAFKA_BROKERS and MONGO_URL, when both are set;
//   2. else `docker compose` (kafka, mongo), when a Docker engine and the compose plugin answer;
//   3. else deploy/local (Kafka from the Maven Central jars, FerretDB), which start.sh
//      starts once, under a lock, and reports in $AFTERSALES_RUN_DIR/env.
// One decision for everything that needs servers: `npm start` imports it, and the test
// harness (libs/shared/testing) runs it as a command, which prints the answer as JSON:
//   node deploy/servers.mjs   →   {"kafkaBrokers":"…","mongoUrl":"…","source":"local"}
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseServers } from './server-choice.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RUN_DIR = process.env.AFTERSALES_RUN_DIR ?? '/tmp/aftersales-local';
const COMPOSE = { kafkaBrokers: 'localhost:9094', mongoUrl: 'mongodb://127.0.0.1:27017/?directConnection=true' };

/**
 * @param {{ log?: (message: string) => void, quiet?: boolean }} options quiet: the servers'
 *   start-up chatter is not shown (errors still are, on stderr).
 * @returns {{ kafkaBrokers: string, mongoUrl: string, source: 'env' | 'compose' | 'local' }}
 */
export function ensureServers({ log = () => undefined, quiet = false } = {}) {
  const { KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl } = process.env;
  if (kafkaBrokers && mongoUrl) return { kafkaBrokers, mongoUrl, source: 'env' };
  const { source, why } = chooseServers({
    kafkaBrokers, mongoUrl, dockerEngine: succeeds(['info']), composePlugin: succeeds(['compose', 'version']),
  });
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  if (source === 'compose') {
    log('starting Kafka and MongoDB with docker compose');
    execFileSync('docker', ['compose', 'up', '-d', '--wait', 'kafka', 'mongo'], { cwd: root, stdio, env: composeEnv() });
    return { ...COMPOSE, source };
  }
  log(`${why}: starting Kafka and FerretDB from deploy/local (the first run builds them: about 1.5 minutes)`);
  execFileSync('bash', [join(root, 'deploy/local/start.sh')], { stdio, env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR } });
  return { ...readEnvFile(join(RUN_DIR, 'env')), source: 'local' };
}

/** Stops what `ensureServers` started from `source` (servers named by the environment are not ours). */
export function stopServers(source) {
  if (source === 'compose') execFileSync('docker', ['compose', 'stop', 'kafka', 'mongo'], { cwd: root, stdio: 'inherit', env: composeEnv() });
  if (source === 'local') {
    execFileSync('bash', [join(root, 'deploy/local/stop.sh')], { stdio: 'inherit', env: { ...process.env, AFTERSALES_RUN_DIR: RUN_DIR } });
  }
}

/**
 * compose reads the whole file, and the gateway's secrets are required there (README "Docker"): for
 * Kafka and MongoDB alone, which use neither, a placeholder stands in when they are not set.
 */
function composeEnv() {
  const placeholder = 'unused-by-kafka-and-mongodb-placeholder';
  return { ...process.env, ACTOR_SECRET: process.env.ACTOR_SECRET || placeholder, GATEWAY_JWT_SECRET: process.env.GATEWAY_JWT_SECRET || placeholder };
}

/** `docker <args>` exits 0 (false also when there is no docker at all). */
function succeeds(args) {
  try {
    execFileSync('docker', args, { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/** deploy/local/start.sh writes `export NAME=value` lines. */
function readEnvFile(path) {
  const text = readFileSync(path, 'utf8');
  const value = (name) => new RegExp(`${name}=([^\\s]+)`).exec(text)?.[1]?.replace(/^['"]|['"]$/g, '');
  const kafkaBrokers = value('KAFKA_BROKERS');
  const mongoUrl = value('MONGO_URL');
  if (!kafkaBrokers || !mongoUrl) throw new Error(`${path} does not name KAFKA_BROKERS and MONGO_URL`);
  return { kafkaBrokers, mongoUrl };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.stdout.write(`${JSON.stringify(ensureServers({ quiet: true }))}\n`);
  } catch (error) {
    console.error(`deploy/servers.mjs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
