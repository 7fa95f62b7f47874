import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** A service as `docker compose config` normalises it (merge keys resolved, short syntax expanded). */
interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; args: Record<string, string> };
  command?: string[] | null;
  restart?: string;
  pull_policy?: string;
  environment?: Record<string, string | null>;
  ports?: { host_ip?: string; target: number; published: string }[];
  volumes?: { type: string; source: string; target: string }[];
  healthcheck?: Record<string, unknown>;
  depends_on?: Record<string, { condition: string; required: boolean }>;
}
interface Command {
  name: string;
  code: string;
  args: Record<string, unknown>;
}
interface Parsed {
  compose: { services: Record<string, Service>; volumes: Record<string, unknown> };
  dockerfile: {
    metaArgs: { Args: { Key: string; Value: string | null }[] }[];
    stages: { name: string; baseName: string; commands: Command[] }[];
    warnings: string[];
  };
}

/**
 * No Docker engine runs in CI, so deploy/docker-check reads both files with the parsers Docker
 * uses (compose-go, BuildKit's Dockerfile parser and build checks); this test checks what they
 * understood. It fails when either parser refuses its file.
 */
function dockerCheck(secrets: Record<string, string>) {
  const files = [resolve(ROOT, 'docker-compose.yml'), resolve(ROOT, 'deploy/Dockerfile')];
  const { ACTOR_SECRET: _a, GATEWAY_JWT_SECRET: _j, ...env } = process.env;
  const run = spawnSync('go', ['-C', resolve(ROOT, 'deploy/docker-check'), 'run', '.', ...files], {
    encoding: 'utf8', maxBuffer: 16 * 2 ** 20, timeout: 280_000, env: { ...env, ...secrets },
  });
  if (run.error) throw new Error(`deploy/docker-check needs Go 1.24+ (as deploy/local does): ${run.error.message}`);
  return run;
}

/** The two secrets compose requires (README "Docker"), as a user exports them. */
const SECRETS = { ACTOR_SECRET: 'a'.repeat(48), GATEWAY_JWT_SECRET: 'j'.repeat(48) };

function parseWithDockersParsers(): Parsed {
  const run = dockerCheck(SECRETS);
  if (run.status !== 0) throw new Error(`deploy/docker-check refused the files:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Parsed;
}

/** The services, from the one list (services.json); each listens on its port there when PORT is unset. */
const LIST = JSON.parse(read('services.json')) as Record<string, { port: number }>;
const APPS = Object.keys(LIST);
const LONG_RUNNING = ['kafka', 'mongo', ...APPS];
const defaultPort = (app: string) => String(LIST[app]!.port);

let parsed: Parsed;
const service = (name: string): Service => parsed.compose.services[name]!;
beforeAll(() => {
  parsed = parseWithDockersParsers();
}, 300_000);

describe('docker-compose.yml (for users with Docker)', () => {
  it('is accepted by compose-go, and by `docker compose config` wherever the compose plugin is installed', () => {
    const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    const check = plugin.status === 0 ? spawnSync('docker', ['compose', 'config', '-q'], { cwd: ROOT, encoding: 'utf8' }) : undefined;
    expect(check?.status ?? 0).toBe(0);
    expect(Object.keys(parsed.compose.services).sort()).toEqual([...APPS, 'gateway', 'kafka', 'mongo', 'seed'].sort());
  });

  it('runs Apache Kafka and MongoDB 7 from official images, with health checks, and no Bitnami image', () => {
    expect(service('kafka').image).toMatch(/^apache\/kafka:3\.9/);
    expect(service('mongo').image).toMatch(/^mongo:7/);
    for (const name of ['kafka', 'mongo']) expect(service(name).healthcheck?.['test']).toBeDefined();
    expect(JSON.stringify(parsed.compose)).not.toMatch(/bitnami/i);
  });

  it('keeps Kafka\'s log dirs and Mongo\'s data on named volumes, so `down` or a recreate loses no event', () => {
    const kafka = service('kafka');
    // The apache/kafka image makes this directory writable by its user; a new named volume copies that.
    expect(kafka.environment?.['KAFKA_LOG_DIRS']).toBe('/var/lib/kafka/data');
    expect(kafka.volumes).toEqual([expect.objectContaining({ type: 'volume', source: 'kafka-data', target: '/var/lib/kafka/data' })]);
    expect(service('mongo').volumes).toEqual([
      expect.objectContaining({ type: 'volume', source: 'mongo-data', target: '/data/db' }),
      expect.objectContaining({ type: 'volume', source: 'mongo-config', target: '/data/configdb' }),
    ]);
    expect(Object.keys(parsed.compose.volumes).sort()).toEqual(['kafka-data', 'mongo-config', 'mongo-data']);
  });

  it('publishes the gateway alone beyond the loopback: no unauthenticated broker, database or service on the LAN', () => {
    const { gateway, ...others } = parsed.compose.services;
    expect(gateway?.ports).toEqual([expect.objectContaining({ target: 3000, published: '3000' })]);
    expect(gateway?.ports?.[0]?.host_ip).toBeUndefined(); // every interface
    const ports = Object.values(others).flatMap((s) => s.ports ?? []);
    expect(ports.map((p) => p.target).sort()).toEqual([27017, ...APPS.map((app) => LIST[app]!.port), 9094].sort());
    for (const port of ports) expect([port.target, port.host_ip]).toEqual([port.target, '127.0.0.1']);
  });

  it('runs the gateway from the same image recipe, serving the UI, in front of every service of services.json', () => {
    const gateway = service('gateway');
    expect(gateway.build).toMatchObject({ context: ROOT, dockerfile: 'deploy/Dockerfile', args: { APP: 'gateway', APP_PORT: '3000' } });
    expect(gateway.restart).toBe('unless-stopped');
    expect(gateway.environment).toMatchObject({ MONGO_URL: expect.stringMatching(/^mongodb:\/\/mongo:27017\//),
      ...Object.fromEntries(APPS.map((app) => [`${app.toUpperCase().replace(/-/g, '_')}_URL`, `http://${app}:${defaultPort(app)}`])) });
    expect(gateway.environment).not.toHaveProperty('KAFKA_BROKERS'); // the gateway has no Kafka
    expect(gateway.depends_on).toMatchObject(Object.fromEntries([...APPS, 'mongo'].map((name) => [name, expect.objectContaining({ condition: 'service_healthy' })])));
    // npm run build, in the image's build stage, builds the UI into dist/apps/backoffice-web, which the gateway serves
    expect(read('deploy/build.mjs')).toMatch(/buildWeb\(/);
  });

  it('takes the secrets from the environment, the same ACTOR_SECRET for the gateway, the services and the seed', () => {
    for (const name of ['gateway', 'seed', ...APPS]) expect([name, service(name).environment?.['ACTOR_SECRET']]).toEqual([name, SECRETS.ACTOR_SECRET]);
    expect(service('gateway').environment?.['GATEWAY_JWT_SECRET']).toBe(SECRETS.GATEWAY_JWT_SECRET);
  });

  it('refuses to start without the secrets, naming the one missing (no known default signs tokens)', () => {
    const withoutJwt = dockerCheck({ ACTOR_SECRET: SECRETS.ACTOR_SECRET });
    expect(withoutJwt.status).not.toBe(0);
    expect(withoutJwt.stderr).toMatch(/GATEWAY_JWT_SECRET/);
  }, 300_000);

  it('restarts every long-running service after a crash or a reboot, and runs the seed once', () => {
    for (const name of [...LONG_RUNNING, 'gateway']) expect([name, service(name).restart]).toEqual([name, 'unless-stopped']);
    expect(service('seed').restart).toBe('no');
  });

  it('sets no healthcheck.start_interval (Docker Engine 25+ only; older engines refuse the file)', () => {
    for (const s of Object.values(parsed.compose.services)) expect(s.healthcheck ?? {}).not.toHaveProperty('start_interval');
    const settings = read('docker-compose.yml').split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(settings.join('\n')).not.toMatch(/start_interval/);
  });

  it('builds each service from the one multi-stage Dockerfile, on its own documented port, after healthy servers', () => {
    for (const name of APPS) {
      const app = service(name);
      const port = defaultPort(name);
      expect(port).toMatch(/^\d+$/);
      expect(app.build).toMatchObject({ context: ROOT, dockerfile: 'deploy/Dockerfile', args: { APP: name, APP_PORT: port } });
      expect(app.environment).toMatchObject({ KAFKA_BROKERS: 'kafka:9092' });
      expect(app.environment).not.toHaveProperty('PORT');
      expect(app.environment?.['MONGO_URL']).toMatch(/replicaSet=rs0/);
      expect(app.ports).toEqual([expect.objectContaining({ host_ip: '127.0.0.1', target: Number(port), published: port })]);
      expect(app.depends_on).toMatchObject({ kafka: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
    }
  });

  it('seeds the demo data and accounts once the services and the gateway are healthy, from the app image, so `up` gives the demo', () => {
    const seed = service('seed');
    expect(APPS.map((name) => service(name).image)).toContain(seed.image);
    expect(seed.pull_policy).toBe('never'); // the image is built here, never pulled
    expect(seed.command).toEqual(['node', 'deploy/demo/seed.mjs']);
    // every service of services.json, as <NAME>_URL (deploy/demo/seed.mjs serviceUrls)
    for (const name of APPS) {
      expect(seed.environment?.[`${name.toUpperCase().replaceAll('-', '_')}_URL`]).toBe(`http://${name}:${defaultPort(name)}`);
    }
    expect(seed.environment?.['MONGO_URL']).toMatch(/^mongodb:\/\/mongo:27017\//); // and the demo accounts, in the gateway's database
    expect(seed.depends_on).toEqual({ ...Object.fromEntries(APPS.map((name) => [name, { condition: 'service_healthy', required: true }])),
      gateway: { condition: 'service_healthy', required: true } });
    expect(seed.ports).toBeUndefined();
    const script = read('deploy/demo/seed.mjs');
    expect(script).toMatch(/seedDemo\(serviceUrls\(process\.env\)\)/);
  });
});

describe('deploy/Dockerfile', () => {
  const stage = (name: string) => parsed.dockerfile.stages.find((s) => s.name === name)!;
  const commands = (name: string, instruction: string) => stage(name).commands.filter((c) => c.name === instruction);
  const env = (name: string) => commands(name, 'ENV').flatMap((c) => c.args['Env'] as { Key: string; Value: string }[]);

  it('parses with no warning from BuildKit\'s parser or build checks', () => {
    expect(parsed.dockerfile.warnings).toEqual([]);
  });

  it('builds on Node 24 LTS pinned by digest, in a build and a runtime stage', () => {
    const nodeImage = parsed.dockerfile.metaArgs.flatMap((a) => a.Args).find((a) => a.Key === 'NODE_IMAGE');
    expect(nodeImage?.Value).toMatch(/^node:24-bookworm-slim@sha256:[0-9a-f]{64}$/);
    expect(parsed.dockerfile.stages.map((s) => [s.name, s.baseName])).toEqual([['build', '${NODE_IMAGE}'], ['runtime', '${NODE_IMAGE}']]);
  });

  it('runs the Node the code supports: 20.19 or later (package.json engines), in the image the 24 LTS', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines;
    expect(engines.node).toBe('>=20.19.0'); // require(esm) of NestJS 12 needs 20.19
    expect(read('README.md')).toMatch(/Node\.js 20\.19 or later[^]*Node\.js 24/);
  });

  it('turns install telemetry off in every stage', () => {
    for (const name of ['build', 'runtime']) expect(env(name)).toContainEqual(expect.objectContaining({ Key: 'SCARF_ANALYTICS', Value: 'false' }));
  });

  it('sets no default PORT: each service keeps its documented port, which EXPOSE and the health check use', () => {
    for (const name of ['build', 'runtime']) expect(env(name).map((e) => e.Key)).not.toContain('PORT');
    expect(commands('runtime', 'ARG').flatMap((c) => (c.args['Args'] as { Key: string }[]).map((a) => a.Key))).toContain('APP_PORT');
    expect(commands('runtime', 'EXPOSE').map((c) => c.args['Ports'])).toEqual([['${APP_PORT}']]);
    const [health] = commands('runtime', 'HEALTHCHECK');
    expect((health?.args['Health'] as { Test: string[] }).Test.join(' ')).toContain('process.env.PORT || process.env.APP_PORT');
  });

  it('carries the demo seed scripts for the compose seed service', () => {
    expect(commands('runtime', 'COPY').map((c) => [c.args['SourcePaths'], c.args['DestPath']]))
      .toContainEqual([['deploy/demo'], './deploy/demo']);
  });
});
