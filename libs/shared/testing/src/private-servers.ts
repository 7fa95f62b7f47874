import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, killHard, run } from './processes';

const LOCAL = resolve(__dirname, '../../../../deploy/local');

export type LocalServer = 'kafka' | 'ferretdb';

/**
 * A deploy/local instance of its own (run dir, data and ports), for tests that kill servers.
 * The shared servers every other test uses (19092, 27018) are never touched.
 */
export interface PrivateServers {
  runDir: string;
  kafkaBrokers: string;
  mongoUrl: string;
  /** deploy/local/start.sh: starts whichever server is not running, on its existing data. */
  start(): Promise<string>;
  /** deploy/local/stop.sh: stops both, keeps the data. */
  stop(): Promise<string>;
  /** deploy/local/reset.sh: stops both and deletes the data. */
  reset(): Promise<string>;
  /** reset.sh, then the run dir (logs, pid files) goes too. */
  dispose(): Promise<void>;
  /** The server's recorded pid (undefined when none is recorded). */
  pid(server: LocalServer): number | undefined;
  /** `kill -9` of the server; returns when the process is gone. */
  kill(server: LocalServer): Promise<void>;
}

export async function privateServers(name: string): Promise<PrivateServers> {
  const runDir = mkdtempSync(join(tmpdir(), `aftersales-${name}-`));
  const [kafkaPort, controllerPort, mongoPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env, AFTERSALES_RUN_DIR: runDir, KAFKA_PORT: String(kafkaPort),
    KAFKA_CONTROLLER_PORT: String(controllerPort), MONGO_PORT: String(mongoPort), KAFKA_HEAP: '256m',
  };
  const script = (file: string) => () => run('bash', [join(LOCAL, file)], env);
  const pid = (server: LocalServer) => {
    try {
      return Number(readFileSync(join(runDir, `${server}.pid`), 'utf8').trim()) || undefined;
    } catch {
      return undefined;
    }
  };
  return {
    runDir,
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    mongoUrl: `mongodb://127.0.0.1:${mongoPort}/`,
    start: script('start.sh'),
    stop: script('stop.sh'),
    reset: script('reset.sh'),
    async dispose() {
      await script('reset.sh')();
      rmSync(runDir, { recursive: true, force: true });
    },
    pid,
    async kill(server) {
      const found = pid(server);
      if (!found) throw new Error(`no ${server} pid recorded in ${runDir}`);
      await killHard(found);
    },
  };
}
