import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FsTree } from 'nx/src/generators/tree';
import { parseServices } from '../../service-list.mjs';
import serviceGenerator from './service.generator';

const ROOT = resolve(__dirname, '../../..');
const PARTS = { name: 'parts-logistics', port: 3102, description: 'Price list, parts requisitions, shipments and returns (RMA)', topic: 'parts.events.v1' };

/** The generator run on this workspace in memory: nothing is written to disk. */
async function generate(options: Parameters<typeof serviceGenerator>[1]) {
  const tree = new FsTree(ROOT, false);
  await serviceGenerator(tree, options);
  return { tree, changed: new Map(tree.listChanges().map((c) => [c.path, c.content?.toString('utf8') ?? ''])) };
}

describe('nx g @aftersales/deploy:service', () => {
  it('adding parts-logistics touches the list, the places written from it and its own folders only', async () => {
    const { changed } = await generate(PARTS);
    const outside = [...changed.keys()].filter((path) => !/^(apps|libs)\/parts-logistics\//.test(path));
    expect(outside.sort()).toEqual(['docker-compose.yml', 'services.json', 'tsconfig.base.json']);
    expect([...changed.keys()].filter((path) => !outside.includes(path)).sort()).toEqual([
      'apps/parts-logistics/project.json', 'apps/parts-logistics/src/main.ts', 'apps/parts-logistics/src/parts-logistics.module.ts',
      'libs/parts-logistics/domain/project.json', 'libs/parts-logistics/domain/src/index.ts',
    ]);
    expect(parseServices(JSON.parse(changed.get('services.json')!)).find((s) => s.name === 'parts-logistics')).toMatchObject({ port: 3102, domainLib: true });
    expect(JSON.parse(changed.get('tsconfig.base.json')!).compilerOptions.paths['@aftersales/parts-logistics-domain']).toEqual(['libs/parts-logistics/domain/src/index.ts']);
    expect(changed.get('docker-compose.yml')).toContain('args: { APP: parts-logistics, APP_PORT: "3102" }');
    expect(JSON.parse(changed.get('apps/parts-logistics/project.json')!).tags).toEqual(['scope:parts-logistics', 'type:app']);
    expect(JSON.parse(changed.get('libs/parts-logistics/domain/project.json')!).tags).toEqual(['scope:parts-logistics', 'type:domain']);
    expect(changed.get('apps/parts-logistics/src/parts-logistics.module.ts')).toContain("const PUBLISHES = 'parts.events.v1';");
  });

  it('refuses a service already listed, or a port taken', async () => {
    await expect(generate({ ...PARTS, name: 'contracts' })).rejects.toThrow('services.json already lists contracts');
    await expect(generate({ ...PARTS, port: 3103 })).rejects.toThrow('port 3103 is taken');
    await expect(generate({ ...PARTS, name: 'PartsLogistics' })).rejects.toThrow('kebab-case');
  });

  it('scaffolds code that compiles against the libraries of today (tsc, strict)', async () => {
    const { changed } = await generate(PARTS);
    const dir = resolve(ROOT, 'tmp/service-generator-check'); // tmp/ is ignored by git
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of changed) {
      if (!/^(apps|libs)\/parts-logistics\/.*\.ts$|^services\.json$/.test(path)) continue;
      mkdirSync(dirname(resolve(dir, path)), { recursive: true });
      writeFileSync(resolve(dir, path), text);
    }
    writeFileSync(resolve(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['**/*.ts'], exclude: [] }));
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', resolve(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`the scaffold does not compile:\n${(error as { stdout?: string }).stdout}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
