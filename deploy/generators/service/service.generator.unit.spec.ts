import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FsTree } from 'nx/src/generators/tree';
import { parseServices } from '../../service-list.mjs';
import serviceGenerator from './service.generator';

const ROOT = resolve(__dirname, '../../..');
const SATISFACTION = { name: 'satisfaction', port: 3104, description: 'Customer satisfaction, quality feedback and the monthly assessment', topic: 'satisfaction.events.v1' };

/** The generator run on this workspace in memory: nothing is written to disk. */
async function generate(options: Parameters<typeof serviceGenerator>[1]) {
  const tree = new FsTree(ROOT, false);
  await serviceGenerator(tree, options);
  return { tree, changed: new Map(tree.listChanges().map((c) => [c.path, c.content?.toString('utf8') ?? ''])) };
}

describe('nx g @aftersales/deploy:service', () => {
  it('adding a service (satisfaction) touches the list, the places written from it and its own folders only', async () => {
    const { changed } = await generate(SATISFACTION);
    const outside = [...changed.keys()].filter((path) => !/^(apps|libs)\/satisfaction\//.test(path));
    expect(outside.sort()).toEqual(['docker-compose.yml', 'services.json', 'tsconfig.base.json']);
    expect([...changed.keys()].filter((path) => !outside.includes(path)).sort()).toEqual([
      'apps/satisfaction/project.json', 'apps/satisfaction/src/main.ts', 'apps/satisfaction/src/satisfaction.module.ts',
      'libs/satisfaction/domain/project.json', 'libs/satisfaction/domain/src/index.ts',
    ]);
    expect(parseServices(JSON.parse(changed.get('services.json')!)).find((s) => s.name === 'satisfaction')).toMatchObject({ port: 3104, domainLib: true });
    expect(JSON.parse(changed.get('tsconfig.base.json')!).compilerOptions.paths['@aftersales/satisfaction-domain']).toEqual(['libs/satisfaction/domain/src/index.ts']);
    expect(changed.get('docker-compose.yml')).toContain('args: { APP: satisfaction, APP_PORT: "3104" }');
    // the gateway and the seed reach it, and wait until it is healthy
    expect(changed.get('docker-compose.yml')).toContain('  SATISFACTION_URL: http://satisfaction:3104\n');
    expect(changed.get('docker-compose.yml')).toMatch(/x-services-healthy: &services-healthy\n(?:.*\n)* {2}satisfaction:\n {4}condition: service_healthy\n/);
    expect(JSON.parse(changed.get('apps/satisfaction/project.json')!).tags).toEqual(['scope:satisfaction', 'type:app']);
    expect(JSON.parse(changed.get('libs/satisfaction/domain/project.json')!).tags).toEqual(['scope:satisfaction', 'type:domain']);
    expect(changed.get('apps/satisfaction/src/satisfaction.module.ts')).toContain("const PUBLISHES = 'satisfaction.events.v1';");
  });

  it('refuses a service already listed, or a port taken', async () => {
    await expect(generate({ ...SATISFACTION, name: 'contracts' })).rejects.toThrow('services.json already lists contracts');
    await expect(generate({ ...SATISFACTION, port: 3103 })).rejects.toThrow('port 3103 is taken');
    await expect(generate({ ...SATISFACTION, name: 'Satisfaction_Service' })).rejects.toThrow('kebab-case');
  });

  it('scaffolds code that compiles against the libraries of today (tsc, strict)', async () => {
    const { changed } = await generate(SATISFACTION);
    const dir = resolve(ROOT, 'tmp/service-generator-check'); // tmp/ is ignored by git
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of changed) {
      if (!/^(apps|libs)\/satisfaction\/.*\.ts$|^services\.json$/.test(path)) continue;
      mkdirSync(dirname(resolve(dir, path)), { recursive: true });
      writeFileSync(resolve(dir, path), text);
    }
    // With the libraries' own declarations of untyped modules (yauzl), as the workspace's tsconfig has them.
    writeFileSync(resolve(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['**/*.ts', '../../libs/**/*.d.ts'], exclude: [] }));
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', resolve(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the scaffold does not compile:\n${(error as { stdout?: string }).stdout}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
