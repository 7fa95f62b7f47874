import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseServices } from '../../../deploy/service-list.mjs';

const ROOT = resolve(__dirname, '../../..');
const json = <T>(path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;
const SERVICES = parseServices(json('services.json'));
/** Where each @aftersales import name leads, as tsc, swc and the build resolve it. */
const PATHS = json<{ compilerOptions: { paths: Record<string, string[]> } }>('tsconfig.base.json').compilerOptions.paths;
/** The tag eslint.config.mjs gives the shared libs a service's domain may import. */
const FRAMEWORK_FREE = 'framework:none';
/** Packages whose loading means the domain is no longer plain TypeScript (docs/architecture.md "Libraries"). */
const FRAMEWORKS = /^(@nestjs\/[^/]+|class-validator|class-transformer|reflect-metadata|mongoose|mongodb|kafkajs|express)$/;

/** The shared libs tagged framework-free, by import name. */
const frameworkFreeLibs = () => readdirSync(resolve(ROOT, 'libs/shared'))
  .filter((lib) => json<{ tags: string[] }>(`libs/shared/${lib}/project.json`).tags.includes(FRAMEWORK_FREE))
  .map((lib) => `@aftersales/${lib}`);

// Runs in a fresh Node with the repo's swc register (as `npm run bench` does): jest's own module
// registry would hide what a real process loads. Prints the npm packages the import loaded.
const PROBE = `
const before = new Set(Object.keys(require.cache));
require(process.argv[1]);
const loaded = Object.keys(require.cache).filter((path) => !before.has(path));
const packages = loaded.map((path) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(path)?.[1]).filter(Boolean);
process.stdout.write(JSON.stringify([...new Set(packages)]));
`;

/** The npm packages a real Node process loads when it imports `name` (and nothing else). */
function packagesLoadedBy(name: string): string[] {
  const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', PROBE, resolve(ROOT, PATHS[name]![0]!)], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });
  if (run.status !== 0) throw new Error(`importing ${name} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

/**
 * Lint sees a domain's own imports; this sees what they load in turn. A rule the domain takes
 * from a library whose entry loads class-validator (integration-events) brings the framework
 * along however clean the import line looks.
 */
describe('domain code loads no framework', () => {
  const domains = SERVICES.filter((s) => s.domainLib).map((s) => `@aftersales/${s.name}-domain`);

  it.each([...domains, ...frameworkFreeLibs()])('%s loads no framework, validation or metadata package', (name) => {
    expect(packagesLoadedBy(name).filter((pkg) => FRAMEWORKS.test(pkg))).toEqual([]);
  });

  it('the probe sees a framework loaded through a shared lib', () => {
    expect(packagesLoadedBy('@aftersales/integration-events')).toEqual(expect.arrayContaining(['class-validator', 'reflect-metadata']));
  });

  it('the framework-free shared libs include the ones the domains use', () => {
    expect(frameworkFreeLibs()).toEqual(expect.arrayContaining(['@aftersales/money', '@aftersales/calendar', '@aftersales/event-sourcing']));
  });
});
