// Production build: compiles apps/ and libs/ (not tests or benchmarks) to dist/ with swc,
// rewriting the @aftersales/* import aliases from tsconfig.base.json to relative paths, and builds
// the back-office UI with vite (deploy/web-build.mjs), which the gateway serves.
// Run: npm run build. Output: dist/apps/<app>/src/main.js, dist/services.json (the one list of
// services, which each main.js reads from ../../../services.json as it does from the sources),
// and dist/apps/backoffice-web (the UI's static files).
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb, WEB_APP } from './web-build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const E2E = join(root, 'apps/e2e');
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // the UI is vite's to build (it is not Node code), into the folder swc would write it to;
    // the system tests (apps/e2e) are never shipped
    if (path === WEB_APP || path === E2E) continue;
    if (entry.isDirectory() && !['node_modules', 'bench', 'testing'].includes(entry.name)) yield* sources(path);
    else if (entry.isFile() && path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts')) yield path;
  }
}

const options = (filename) => ({
  filename,
  sourceMaps: true,
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    baseUrl: root,
    paths: compilerOptions.paths,
  },
});

await rm(out, { recursive: true, force: true });
let count = 0;
for (const top of ['apps', 'libs']) {
  for await (const file of sources(join(root, top))) {
    const { code, map } = await transformFile(file, options(file));
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count++;
  }
}
await copyFile(join(root, 'services.json'), join(out, 'services.json'));
console.log(`built ${count} files into ${relative(root, out)}/`);
await buildWeb({ log: console.log });
