import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

type Port = string | { target: number; published?: string | number; host_ip?: string };
interface Service {
  image?: string;
  build?: { dockerfile: string; args: Record<string, string> };
  command?: string[];
  restart?: string;
  pull_policy?: string;
  environment?: Record<string, string>;
  ports?: Port[];
  volumes?: string[];
  healthcheck?: Record<string, unknown>;
  depends_on?: Record<string, { condition: string }>;
}
// merge: compose files use YAML merge keys (`<<: *app`), as Docker Compose does.
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const service = (name: string): Service => compose.services[name]!;
const dockerfile = read('deploy/Dockerfile');
const APPS = ['contracts', 'settlements'] as const;
const LONG_RUNNING = ['kafka', 'mongo', ...APPS];

/** The port a service listens on when PORT is unset: `defaultPort` in its main.ts. */
const defaultPort = (app: string) => /defaultPort:\s*(\d+)/.exec(read(`apps/${app}/src/main.ts`))?.[1];

/** "127.0.0.1:9094:9094" or the long syntax, as [host address, host port, container port]. */
function published(port: Port): [string | undefined, string, string] {
  if (typeof port !== 'string') return [port.host_ip, String(port.published), String(port.target)];
  const parts = port.split(':');
  return parts.length === 3 ? [parts[0], parts[1]!, parts[2]!] : [undefined, parts[0]!, parts[parts.length - 1]!];
}

describe('docker-compose.yml (for users with Docker)', () => {
  it('is accepted by `docker compose config` wherever the compose plugin is installed', () => {
    const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    // This machine has the docker CLI without the compose plugin: then the checks below stand in.
    const check = plugin.status === 0 ? spawnSync('docker', ['compose', 'config', '-q'], { cwd: ROOT, encoding: 'utf8' }) : undefined;
    expect(check?.status ?? 0).toBe(0);
    expect(Object.keys(compose.services).sort()).toEqual(['contracts', 'kafka', 'mongo', 'seed', 'settlements']);
  });

  it('runs Apache Kafka and MongoDB 7 from official images, with health checks, and no Bitnami image', () => {
    expect(service('kafka').image).toMatch(/^apache\/kafka:3\.9/);
    expect(service('mongo').image).toMatch(/^mongo:7/);
    for (const name of ['kafka', 'mongo']) expect(service(name).healthcheck?.['test']).toBeDefined();
    expect(JSON.stringify(compose)).not.toMatch(/bitnami/i);
  });

  it('keeps Kafka\'s log dirs and Mongo\'s data on named volumes, so `down` or a recreate loses no event', () => {
    const kafka = service('kafka');
    const logDirs = kafka.environment?.['KAFKA_LOG_DIRS'];
    // The apache/kafka image makes this directory writable by its user; a new named volume copies that.
    expect(logDirs).toBe('/var/lib/kafka/data');
    expect(kafka.volumes).toContain(`kafka-data:${logDirs}`);
    expect(service('mongo').volumes).toEqual(expect.arrayContaining(['mongo-data:/data/db', 'mongo-config:/data/configdb']));
    expect(Object.keys(compose.volumes).sort()).toEqual(['kafka-data', 'mongo-config', 'mongo-data']);
  });

  it('publishes every port on the loopback only: no unauthenticated broker or database on the LAN', () => {
    const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);
    expect(ports.length).toBe(4);
    for (const port of ports) expect(published(port)[0]).toBe('127.0.0.1');
  });

  it('restarts every long-running service after a crash or a reboot, and runs the seed once', () => {
    for (const name of LONG_RUNNING) expect([name, service(name).restart]).toEqual([name, 'unless-stopped']);
    expect(service('seed').restart).toBe('no');
  });

  it('sets no healthcheck.start_interval (Docker Engine 25+ only; older engines refuse the file)', () => {
    for (const s of Object.values(compose.services)) expect(s.healthcheck ?? {}).not.toHaveProperty('start_interval');
    const settings = read('docker-compose.yml').split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(settings.join('\n')).not.toMatch(/start_interval/);
  });

  it('builds each service from the one multi-stage Dockerfile, on its own documented port, after healthy servers', () => {
    for (const name of APPS) {
      const app = service(name);
      const port = defaultPort(name);
      expect(port).toMatch(/^\d+$/);
      expect(app.build).toMatchObject({ dockerfile: 'deploy/Dockerfile', args: { APP: name, APP_PORT: port } });
      expect(app.environment).toMatchObject({ KAFKA_BROKERS: 'kafka:9092' });
      expect(app.environment).not.toHaveProperty('PORT');
      expect(app.environment?.['MONGO_URL']).toMatch(/replicaSet=rs0/);
      expect(app.ports?.map(published)).toEqual([['127.0.0.1', port, port]]);
      expect(app.depends_on).toMatchObject({ kafka: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
    }
  });

  it('seeds the demo data once both services are healthy, from the app image, so `up` gives the demo network', () => {
    const seed = service('seed');
    expect(APPS.map((name) => service(name).image)).toContain(seed.image);
    expect(seed.pull_policy).toBe('never'); // the image is built here, never pulled
    expect(seed.command).toEqual(['node', 'deploy/demo/seed.mjs']);
    expect(seed.environment).toEqual({ CONTRACTS_URL: `http://contracts:${defaultPort('contracts')}`,
      SETTLEMENTS_URL: `http://settlements:${defaultPort('settlements')}` });
    expect(seed.depends_on).toEqual({ contracts: { condition: 'service_healthy' }, settlements: { condition: 'service_healthy' } });
    expect(seed.ports).toBeUndefined();
    expect(dockerfile).toMatch(/^COPY deploy\/demo\/seed\.mjs \.\/deploy\/demo\/seed\.mjs$/m);
    const script = read('deploy/demo/seed.mjs');
    for (const name of ['CONTRACTS_URL', 'SETTLEMENTS_URL']) expect(script).toContain(name);
  });
});

describe('deploy/Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds on Node 24 LTS pinned by digest, in a build and a runtime stage', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim@sha256:[0-9a-f]{64}$/m);
    expect(stages.map((s) => s.split('\n')[0])).toEqual(['${NODE_IMAGE} AS build', '${NODE_IMAGE} AS runtime']);
  });

  it('runs the Node the code supports: 20.19 or later (package.json engines), in the image the 24 LTS', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines;
    expect(engines.node).toBe('>=20.19.0'); // require(esm) of NestJS 12 needs 20.19
    expect(read('README.md')).toMatch(/Node\.js 20\.19 or later[^]*Node\.js 24/);
  });

  it('turns install telemetry off in every stage', () => {
    for (const stage of stages) expect(stage).toMatch(/^ENV [^\n]*(\\\n[^\n]*)*SCARF_ANALYTICS=false/m);
  });

  it('sets no default PORT: each service keeps its documented port, which EXPOSE and the health check use', () => {
    expect(dockerfile).not.toMatch(/\bPORT=\d/);
    expect(dockerfile).toMatch(/^EXPOSE \$\{APP_PORT\}$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [^\n]*\\\n\s*CMD [^\n]*process\.env\.PORT \|\| process\.env\.APP_PORT/m);
    expect(dockerfile).toMatch(/^RUN test -n "\$\{APP_PORT\}"/m);
  });
});
