// The one list of services is services.json at the root: name → { port, domainLib, description }.
// Everything that names the services follows from it:
//   read at run time:  apps/*/src/main.ts (default port, description), deploy/start.mjs,
//                      deploy/rebuild.mjs, eslint.config.mjs (module-boundary constraints);
//   written by `node deploy/services.mjs sync`: the domain-lib paths in tsconfig.base.json
//                      (swc's path mapping has no `*` inside a pattern, so one line each)
//                      and the services' block of docker-compose.yml (compose has no loops).
// `node deploy/services.mjs check` exits 1 when a written place disagrees with the list;
// apps/e2e/src/services.unit.spec.ts checks every place. README.md "Adding a service".
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseServices, syncedTexts } from './service-list.mjs';

export { envKey, toolPort } from './service-list.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVICES = parseServices(JSON.parse(readFileSync(join(ROOT, 'services.json'), 'utf8')));

/** Every file the list writes, as it should read: [path, text]. */
export function syncedFiles(services = SERVICES) {
  const files = { tsconfig: join(ROOT, 'tsconfig.base.json'), compose: join(ROOT, 'docker-compose.yml') };
  const texts = syncedTexts({ tsconfig: readFileSync(files.tsconfig, 'utf8'), compose: readFileSync(files.compose, 'utf8') }, services);
  return [[files.tsconfig, texts.tsconfig], [files.compose, texts.compose]];
}

function main(command) {
  const stale = syncedFiles().filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  if (command === 'sync') {
    for (const [path, text] of stale) writeFileSync(path, text);
    console.log(stale.length === 0 ? 'up to date' : `wrote ${stale.map(([path]) => path.slice(ROOT.length + 1)).join(', ')}`);
  } else if (command === 'check') {
    for (const [path] of stale) console.error(`${path.slice(ROOT.length + 1)} disagrees with services.json: run node deploy/services.mjs sync`);
    process.exitCode = stale.length === 0 ? 0 : 1;
  } else {
    for (const s of SERVICES) console.log(`${s.name}\t${s.port}\t${s.description}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv[2]);
