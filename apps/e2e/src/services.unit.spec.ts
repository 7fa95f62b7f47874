import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  COMPOSE_BEGIN, COMPOSE_END, composeServices, domainPaths, ListedService, parseServices, ServiceList, toolPort,
} from '../../../deploy/service-list.mjs';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
const LIST = json<ServiceList>('services.json');
const SERVICES = parseServices(LIST);
/** A service about to be added (docs/architecture.md): what follows for it must need no other edit. */
const WITH_SATISFACTION = parseServices({ ...LIST, satisfaction: { port: 3104, domainLib: true, description: 'Customer satisfaction' } });

/** The module jest loads for `name`: the first moduleNameMapper entry that matches, as jest does. */
function jestModule(name: string): string | undefined {
  const mapper = json<{ jest: { moduleNameMapper: Record<string, string> } }>('package.json').jest.moduleNameMapper;
  const hit = Object.entries(mapper).find(([pattern]) => new RegExp(pattern).test(name));
  return hit && name.replace(new RegExp(hit[0]), hit[1]).replace('<rootDir>/', '');
}
const project = (path: string) => json<{ name: string; tags: string[]; projectType: string }>(`${path}/project.json`);
/** The services' part of docker-compose.yml, parsed. */
const composeApps = (text: string) => parse(`x-app: &app {}\nservices:\n${text}`, { merge: true }).services as Record<string, {
  image: string; build: { args: { APP: string; APP_PORT: string } }; ports: string[];
}>;

describe('services.json, the one list of services', () => {
  it('names each service once, in kebab-case, on a port of its own', () => {
    expect(SERVICES.map((s) => s.name)).toEqual(expect.arrayContaining(['contracts', 'settlements']));
    expect(new Set(SERVICES.map((s) => s.port)).size).toBe(SERVICES.length);
    expect(() => parseServices({ ...LIST, 'satisfaction': { port: 3103, description: 'x' } })).toThrow('port 3103 is taken');
    expect(() => parseServices({ Parts_Logistics: { port: 3104, description: 'x' } })).toThrow('kebab-case');
    expect(() => parseServices({ parts: { port: 80, description: '' } })).toThrow(/port must be[^]*description is required/);
  });

  it('lists every app but the system tests, the gateway and the UI (no Kafka, no event store), and every service domain lib', () => {
    const apps = readdirSync(resolve(ROOT, 'apps')).filter((name) => !['e2e', 'gateway', 'backoffice-web'].includes(name));
    expect(apps.sort()).toEqual(SERVICES.map((s) => s.name).sort());
    const domains = readdirSync(resolve(ROOT, 'libs')).filter((name) => existsSync(resolve(ROOT, `libs/${name}/domain`)));
    expect(domains.sort()).toEqual(SERVICES.filter((s) => s.domainLib).map((s) => s.name).sort());
  });
});

describe.each(SERVICES.map((s) => [s.name, s] as [string, ListedService]))('%s: every place agrees with the list', (name, service) => {
  it('is an Nx app tagged with its own scope, so the lint constraints made from the list apply', () => {
    expect(project(`apps/${name}`)).toMatchObject({ name, projectType: 'application', tags: [`scope:${name}`, 'type:app'] });
  });

  it('takes its default port and description from the list in main.ts', () => {
    const main = read(`apps/${name}/src/main.ts`);
    expect(main).toContain("import services from '../../../services.json';");
    expect(main).toContain(`services${/^\w+$/.test(name) ? `.${name}` : `['${name}']`}`);
    expect(main).not.toMatch(/\b\d{4,5}\b/);
  });

  it('has its domain lib where tsconfig, jest and Nx find it', () => {
    if (!service.domainLib) return;
    expect(project(`libs/${name}/domain`).tags).toEqual([`scope:${name}`, 'type:domain']);
    const paths = json<{ compilerOptions: { paths: Record<string, string[]> } }>('tsconfig.base.json').compilerOptions.paths;
    expect(paths[`@aftersales/${name}-domain`]).toEqual([`libs/${name}/domain/src/index.ts`]);
    expect(jestModule(`@aftersales/${name}-domain`)).toBe(`libs/${name}/domain/src/index.ts`);
  });

  it('is built and run by docker compose on its port, and started by npm start and npm run rebuild on it', () => {
    const app = composeApps(read('docker-compose.yml').split(COMPOSE_BEGIN)[1]!.split(COMPOSE_END)[0]!)[name];
    expect(app).toEqual({ image: `aftersales/${name}:local`, build: expect.objectContaining({ args: { APP: name, APP_PORT: String(service.port) } }),
      ports: [`127.0.0.1:${service.port}:${service.port}`] });
    expect(toolPort(service, {})).toBe(service.port);
    for (const tool of ['deploy/start.mjs', 'deploy/rebuild.mjs']) expect(read(tool)).toMatch(/from '\.\/services\.mjs'/);
  });
});

describe('the places written from the list', () => {
  it('agree with services.json (node deploy/services.mjs check)', () => {
    const check = spawnSync(process.execPath, ['deploy/services.mjs', 'check'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('follow when satisfaction is added: compose, tsconfig, jest, and the tools\' ports', () => {
    const apps = composeApps(composeServices(WITH_SATISFACTION).split('\n').slice(1, -1).join('\n'));
    expect(Object.keys(apps)).toEqual([...Object.keys(LIST), 'satisfaction']);
    expect(apps['satisfaction']).toMatchObject({ build: { args: { APP: 'satisfaction', APP_PORT: '3104' } }, ports: ['127.0.0.1:3104:3104'] });
    expect(domainPaths(WITH_SATISFACTION)['@aftersales/satisfaction-domain']).toEqual(['libs/satisfaction/domain/src/index.ts']);
    expect(jestModule('@aftersales/satisfaction-domain')).toBe('libs/satisfaction/domain/src/index.ts');
    expect(jestModule('@aftersales/money')).toBe('libs/shared/money/src/index.ts');
    const added = WITH_SATISFACTION.find((s) => s.name === 'satisfaction')!;
    expect([toolPort(added, {}), toolPort(added, { SATISFACTION_PORT: '4104' })]).toEqual([3104, 4104]);
  });
});
