import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseServices } from '../../../deploy/service-list.mjs';

const ROOT = resolve(__dirname, '../../..');
const SERVICES = parseServices(JSON.parse(readFileSync(resolve(ROOT, 'services.json'), 'utf8')));
const DOMAINS = SERVICES.filter((s) => s.domainLib).map((s) => s.name);
const BOUNDARIES = '@nx/enforce-module-boundaries';

interface Sample { filePath: string; code: string }
interface Linted { results: { filePath: string; messages: { ruleId: string | null; message: string }[] }[]; repeated: string[] }

/** `import * as x from '<pkg>'` as a file's whole text. */
const importing = (pkg: string) => `import * as x from '${pkg}';\nexport const y = x;\n`;
const samples: Sample[] = [];
/** Registers a sample to lint; answers a reader of its errors (rule id: message) once all are linted. */
function sample(filePath: string, code: string): () => string[] {
  const index = samples.push({ filePath, code }) - 1;
  return () => linted.results[index]!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}
let linted: Linted;

/** The architecture's import rules are lint errors, not a matter of memory (docs/architecture.md "Services"); for every listed service. */
describe('module boundaries', () => {
  const domainImports = DOMAINS.flatMap((name) =>
    ['@nestjs/common', 'mongoose', 'kafkajs', 'mongodb', 'class-validator', 'class-transformer', 'reflect-metadata']
      .map((pkg) => [name, pkg, sample(`libs/${name}/domain/src/probe.ts`, pkg === 'reflect-metadata' ? `import '${pkg}';\n` : importing(pkg))] as const));
  /** The shared libs tagged framework:none, the only ones a domain may import (integration-events loads class-validator). */
  const plainLibs = ['money', 'calendar', 'event-sourcing', 'published-rules'].map((lib) => `@aftersales/${lib}`);
  const domainOnLibs = DOMAINS.map((name) => ({
    name,
    plain: sample(`libs/${name}/domain/src/probe.ts`, `${plainLibs.map((lib, i) => `import * as l${i} from '${lib}';\n`).join('')}export const y = [${plainLibs.map((_, i) => `l${i}`).join(', ')}];\n`),
    schemas: sample(`libs/${name}/domain/src/probe.ts`, importing('@aftersales/integration-events')),
    schemasInSpec: sample(`libs/${name}/domain/src/probe.unit.spec.ts`, importing('@aftersales/integration-events')),
  }));
  const plainLibOnSchemas = sample('libs/shared/money/src/probe.ts', importing('@aftersales/integration-events'));
  const plainLibOnDecorators = sample('libs/shared/published-rules/src/probe.ts', importing('class-validator'));
  const crossService = SERVICES.flatMap((from) => DOMAINS.filter((to) => to !== from.name)
    .map((to) => [from.name, to, sample(`apps/${from.name}/src/probe.ts`, importing(`@aftersales/${to}-domain`))] as const));
  const sharedToService = DOMAINS.map((to) => [to, sample('libs/shared/kafka/src/probe.ts', importing(`@aftersales/${to}-domain`))] as const);
  const ownImports = SERVICES.map(({ name, domainLib }) => [name, sample(`apps/${name}/src/probe.ts`,
    `import { applyRate } from '@aftersales/money';\n${domainLib ? `import * as d from '@aftersales/${name}-domain';\n` : 'const d = 0;\n'}export const y = [applyRate, d];\n`)] as const);
  const harness = SERVICES.map(({ name }) => ({
    name,
    production: sample(`apps/${name}/src/probe.ts`, importing('@aftersales/testing')),
    relative: sample(`apps/${name}/src/funds/probe.ts`, importing('../testing/fixtures')),
    spec: sample(`apps/${name}/src/probe.int.spec.ts`, importing('@aftersales/testing')),
    support: sample(`apps/${name}/src/testing/probe.ts`, importing('@aftersales/testing')),
  }));
  const libHarness = sample('libs/shared/service-kit/src/probe.ts', importing('@aftersales/testing'));
  const web = {
    onLib: sample('apps/backoffice-web/src/probe.tsx', importing('@aftersales/money')),
    onDomain: sample('apps/backoffice-web/src/probe.tsx', importing('@aftersales/contracts-domain')),
    specOnDomain: sample('apps/backoffice-web/src/probe.unit.spec.ts', importing('@aftersales/contracts-domain')),
  };
  const benchIntoApp = sample('deploy/bench/probe.ts', importing('../../apps/settlements/src/settlements.module'));
  const toolIntoApp = sample('deploy/probe.mjs', "import { x } from '../apps/contracts/src/contracts.module';\nexport const y = x;\n");
  const benchOnLibs = sample('deploy/bench/probe.ts',
    `import { applyRate } from '@aftersales/money';\nimport { ensureServers } from '@aftersales/testing';\n${DOMAINS.map((d, i) => `import * as d${i} from '@aftersales/${d}-domain';\n`).join('')}export const y = [applyRate, ensureServers${DOMAINS.map((_, i) => `, d${i}`).join('')}];\n`);

  beforeAll(() => {
    // The rule reads Nx's project graph; computing it is what `npm run lint` does first.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: ROOT, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
    const run = spawnSync(process.execPath, ['apps/e2e/src/testing/lint-samples.mjs'], { cwd: ROOT, input: JSON.stringify(samples), encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`lint-samples failed: ${run.stderr}`);
    linted = JSON.parse(run.stdout) as Linted;
  }, 120_000);

  it('domain code imports no framework, validation decorators or metadata reflection', () => {
    for (const [name, pkg, errors] of domainImports) {
      expect([name, errors()]).toEqual([name, [expect.stringMatching(new RegExp(`^${BOUNDARIES}: A project tagged with .*"type:domain" is not allowed to import "${pkg}"$`))]]);
    }
  });

  it('domain code imports only the framework-free shared libs, which import no framework either', () => {
    for (const { name, plain, schemas, schemasInSpec } of domainOnLibs) {
      expect([name, plain()]).toEqual([name, []]);
      const refused = `${BOUNDARIES}: A project tagged with "scope:${name}" and "type:domain" can only depend on libs tagged with "framework:none"`;
      expect([name, schemas(), schemasInSpec()]).toEqual([name, [expect.stringContaining(refused)], [expect.stringContaining(refused)]]);
    }
    expect(plainLibOnSchemas()).toEqual([expect.stringContaining('A project tagged with "framework:none" can only depend on libs tagged with "framework:none"')]);
    expect(plainLibOnDecorators()).toEqual([expect.stringMatching(/A project tagged with .*"framework:none".* is not allowed to import "class-validator"$/)]);
  });

  it("a service cannot import another service's code", () => {
    for (const [from, to, errors] of crossService) expect([from, to, errors()]).toEqual([from, to, [expect.stringContaining(`"scope:${from}" can only depend on libs tagged with "scope:${from}", "scope:shared"`)]]);
  });

  it('shared libraries cannot import a service', () => {
    for (const [to, errors] of sharedToService) expect([to, errors()]).toEqual([to, [expect.stringContaining('"scope:shared" can only depend on libs tagged with "scope:shared"')]]);
  });

  it('a service may import shared libraries and its own domain', () => {
    for (const [name, errors] of ownImports) expect([name, errors()]).toEqual([name, []]);
  });

  it('production code cannot import the test harness or a testing/ folder; specs and testing/ folders can', () => {
    for (const { name, production, relative, spec, support } of harness) {
      expect([name, production()]).toEqual([name, [
        expect.stringContaining(`${BOUNDARIES}: A project tagged with "type:app" can only depend on libs tagged with "type:domain", "type:infrastructure"`),
        expect.stringContaining('no-restricted-imports: \'@aftersales/testing\' import is restricted'),
      ]]);
      expect([name, relative()]).toEqual([name, [expect.stringContaining('Production code may not import test support')]]);
      expect([name, spec(), support()]).toEqual([name, [], []]);
    }
    expect(libHarness()).toEqual([expect.stringContaining('"type:infrastructure" can only depend on'), expect.stringContaining('no-restricted-imports')]);
  });

  it("deploy/ is a tagged project: its tools and the bench use public libs, never an app's files", () => {
    expect(benchIntoApp()).toEqual([`${BOUNDARIES}: Projects cannot be imported by a relative or absolute path, and must begin with a npm scope`]);
    expect(toolIntoApp()).toEqual([`${BOUNDARIES}: Projects cannot be imported by a relative or absolute path, and must begin with a npm scope`]);
    expect(benchOnLibs()).toEqual([]);
  });

  it('the one way past the rule is a marked line in a benchmark, under a comment that says why', () => {
    /** `git grep` output (nothing when nothing matches). */
    const grep = (...args: string[]) => spawnSync('git', ['grep', ...args, `eslint-disable-next-line ${BOUNDARIES}`, '--', 'apps', 'libs', 'deploy'],
      { cwd: ROOT, encoding: 'utf8' }).stdout;
    for (const line of grep('-n').split('\n').filter(Boolean)) expect(line).toMatch(/^deploy\/bench\/[^:]+\.ts:\d+:/);
    for (const block of grep('-h', '-B1').split('--\n')) expect(block).toMatch(/^\/\/ (?!eslint-disable)|^import .*\n\/\/ eslint-disable/);
  });

  it('the web UI reaches everything over HTTP: it imports no library; only its specs read the domains, to check its copies of their rules', () => {
    expect(web.onLib()).toEqual([expect.stringContaining(`${BOUNDARIES}: A project tagged with "scope:web" can only depend on libs tagged with "scope:web"`)]);
    expect(web.onDomain()).toEqual([expect.stringContaining(`${BOUNDARIES}: A project tagged with "scope:web" can only depend on libs tagged with "scope:web"`)]);
    expect(web.specOnDomain()).toEqual([]);
  });

  it('the config states each block once', () => {
    expect(linted.repeated).toEqual([]);
  });
});
