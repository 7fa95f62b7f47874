import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/**
 * One Kafka version everywhere: what docker compose runs, what deploy/local runs (and so CI
 * and the bench, which take their servers from it), and what the READMEs say.
 */
describe('the Kafka version', () => {
  const local = /<kafka\.version>([\d.]+)<\/kafka\.version>/.exec(read('deploy/local/kafka/pom.xml'))?.[1];

  it('is named exactly in deploy/local', () => {
    expect(local).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the same in docker compose', () => {
    expect(/image:\s*apache\/kafka:(\S+)/.exec(read('docker-compose.yml'))?.[1]).toBe(local);
  });

  it('is the one the READMEs name, the bench figures included', () => {
    const named = (path: string) => [...read(path).matchAll(/\bKafka (\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    const readme = named('README.md');
    // "an Apache Kafka x.y.z broker" (without Docker) and "Kafka x.y.z and FerretDB" (the bench run)
    expect(readme.length).toBeGreaterThanOrEqual(2);
    expect(/Latest run:[^\n]*\n?[^\n]*Kafka (\d+\.\d+\.\d+)/.exec(read('README.md'))?.[1]).toBe(local);
    expect(new Set([...readme, ...named('deploy/local/README.md')])).toEqual(new Set([local]));
  });
});
