import { createTestContext, eventually, freePort, processRuns, run, TestContext } from '@aftersales/testing';
import { otherServicePorts, SERVICE_NAMES } from './testing/service-ports';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function npmStart(env: NodeJS.ProcessEnv): Run {
  let output = '';
  const child = spawn(process.execPath, ['deploy/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exit };
}

/** Something holds the port and never answers HTTP: the service cannot listen there. */
async function holdPort(port: number): Promise<Server> {
  const server = createServer((socket: Socket) => socket.on('error', () => undefined)).listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function listening(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = new Socket();
    socket.once('connect', () => { socket.destroy(); answer(true); });
    socket.once('error', () => answer(false));
    socket.connect(port, '127.0.0.1');
  });
}

/**
 * `npm start` when it cannot keep the system up: it stops everything it started, the servers
 * too, and exits non-zero, instead of leaving half a system running.
 */
describe('npm start, when a service keeps crashing or never becomes healthy', () => {
  const work = mkdtempSync(join(tmpdir(), 'aftersales-npmstart-fails-'));
  const held: Server[] = [];
  const runs: Run[] = [];

  afterAll(async () => {
    for (const r of runs) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    for (const server of held) server.close();
    rmSync(work, { recursive: true, force: true });
  });

  describe('servers it starts itself (deploy/local)', () => {
    let localEnv: NodeJS.ProcessEnv;

    afterAll(async () => {
      // In case the test failed before npm start stopped them.
      if (localEnv) await run('bash', [join(ROOT, 'deploy/local/stop.sh')], localEnv).catch(() => undefined);
    });

    it('gives up on a service that crashes again after its restarts, stops everything and exits 1', async () => {
      // A docker that never answers: npm start takes deploy/local on this machine and any other.
      const bin = join(work, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'docker'), '#!/bin/sh\nexit 1\n');
      chmodSync(join(bin, 'docker'), 0o755);
      const [kafkaPort, controllerPort, mongoPort, cPort, sPort] = await Promise.all([1, 2, 3, 4, 5].map(() => freePort()));
      held.push(await holdPort(sPort));
      const { KAFKA_BROKERS: _k, MONGO_URL: _m, ...inherited } = process.env;
      localEnv = {
        ...inherited, PATH: `${bin}:${process.env['PATH']}`, AFTERSALES_RUN_DIR: join(work, 'run'), KAFKA_PORT: String(kafkaPort),
        KAFKA_CONTROLLER_PORT: String(controllerPort), MONGO_PORT: String(mongoPort), KAFKA_HEAP: '256m',
      };
      const started = npmStart({ ...localEnv, CONTRACTS_PORT: String(cPort), SETTLEMENTS_PORT: String(sPort), GATEWAY_PORT: String(await freePort()),
        ...(await otherServicePorts('contracts', 'settlements')), SEED_DEMO: 'false', UI_BUILD: 'false', LOG_LEVEL: 'warn', RESTART_LIMIT: '1', RESTART_DELAY_MS: '100' });
      runs.push(started);

      await eventually(async () => started.output(), (o) => o.includes('[start] contracts started') || started.child.exitCode !== null, 180_000);
      const pids = ['kafka', 'ferretdb'].map((s) => Number(readFileSync(join(work, 'run', `${s}.pid`), 'utf8').trim()));
      expect(pids.filter((pid) => !processRuns(pid))).toEqual([]); // the pids that do not run

      expect(await started.exit).toBe(1);
      const output = started.output();
      expect(output).toContain('[start] no Docker engine: starting Kafka and FerretDB from deploy/local');
      expect(output).toContain('[start] settlements exited (code 1); restarting in 0.1 s (restart 1)');
      expect(output).toMatch(/\[start\] settlements exited \(code 1\): 2 exits within 300 s, more than RESTART_LIMIT=1; giving up/);
      expect(output).toContain('[start] stopping the services');
      expect(await listening(cPort)).toBe(false);
      expect(await listening(kafkaPort)).toBe(false);
      expect(await listening(mongoPort)).toBe(false);
      expect(pids.filter((pid) => processRuns(pid))).toEqual([]); // the pids still running
    }, 300_000);
  });

  describe('servers named by KAFKA_BROKERS and MONGO_URL', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestContext('npmstartfails');
    });
    afterAll(async () => {
      for (const db of SERVICE_NAMES) await ctx?.mongo.db(`${ctx.dbName}_${db}`).dropDatabase().catch(() => undefined);
      await ctx?.dispose();
    });

    it('stops both services and exits 1 when a service is not healthy in time, leaving those servers alone', async () => {
      const [cPort, sPort] = [await freePort(), await freePort()];
      held.push(await holdPort(sPort));
      const started = npmStart({ ...process.env, KAFKA_BROKERS: ctx.kafkaBrokers, MONGO_URL: ctx.mongoUrl,
        MONGO_DB_PREFIX: `${ctx.dbName}_`, TOPIC_PREFIX: ctx.topicPrefix, CONTRACTS_PORT: String(cPort), SETTLEMENTS_PORT: String(sPort),
        GATEWAY_PORT: String(await freePort()), ...(await otherServicePorts('contracts', 'settlements')), SEED_DEMO: 'false', UI_BUILD: 'false', LOG_LEVEL: 'warn', SERVICE_START_TIMEOUT_S: '5', RESTART_LIMIT: '100', RESTART_DELAY_MS: '100' });
      runs.push(started);

      expect(await started.exit).toBe(1);
      expect(started.output()).toMatch(/\[start\] (contracts|settlements) did not become healthy within 5 s/);
      expect(started.output()).toContain('[start] stopping the services');
      expect(await listening(cPort)).toBe(false);
      expect(await ctx.mongo.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    }, 120_000);
  });
});
