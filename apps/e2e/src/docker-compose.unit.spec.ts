import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');
// merge: compose files use YAML merge keys (`<<: *app`), as Docker Compose does.
const compose = parse(readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; build?: { dockerfile: string; args: Record<string, string> };
    environment?: Record<string, string>; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }>;
};

describe('docker-compose.yml (for users with Docker)', () => {
  it('is accepted by `docker compose config` wherever the compose plugin is installed', () => {
    const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
    // This machine has the docker CLI without the compose plugin: then the checks below stand in.
    const check = plugin.status === 0 ? spawnSync('docker', ['compose', 'config', '-q'], { cwd: ROOT, encoding: 'utf8' }) : undefined;
    expect(check?.status ?? 0).toBe(0);
    expect(Object.keys(compose.services).sort()).toEqual(['contracts', 'kafka', 'mongo', 'settlements']);
  });

  it('runs Apache Kafka and MongoDB 7 from official images, with health checks, and no Bitnami image', () => {
    expect(compose.services['kafka']?.image).toMatch(/^apache\/kafka:3\.9/);
    expect(compose.services['mongo']?.image).toMatch(/^mongo:7/);
    for (const name of ['kafka', 'mongo']) expect(compose.services[name]?.healthcheck).toBeDefined();
    expect(JSON.stringify(compose)).not.toMatch(/bitnami/i);
  });

  it('builds each service from the one multi-stage Dockerfile and starts it after healthy servers', () => {
    for (const [name, port] of [['contracts', '3101'], ['settlements', '3103']] as const) {
      const service = compose.services[name]!;
      expect(service.build).toMatchObject({ dockerfile: 'deploy/Dockerfile', args: { APP: name } });
      expect(service.environment).toMatchObject({ KAFKA_BROKERS: 'kafka:9092', PORT: port });
      expect(service.environment?.['MONGO_URL']).toMatch(/replicaSet=rs0/);
      expect(service.depends_on).toMatchObject({ kafka: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
    }
    expect(readFileSync(resolve(ROOT, 'deploy/Dockerfile'), 'utf8').match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
  });
});
