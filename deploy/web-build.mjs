// The back-office UI's production build: `vite build` of apps/backoffice-web into
// dist/apps/backoffice-web, which the gateway serves. Used by `npm run build` and `npm start`.
// UI_BUILD=false skips it (npm start then serves whatever dist/apps/backoffice-web holds). A
// build from the same sources as the last one is not run again (sourcesHash, UI_BUILD=always).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_APP = join(root, 'apps/backoffice-web');
export const WEB_DIST = join(root, 'dist/apps/backoffice-web');
/** The sources the build in WEB_DIST was made from (beside it: the gateway serves WEB_DIST). */
const BUILT_FROM = `${WEB_DIST}.built-from`;

/**
 * What a build depends on: every file of the UI and of libs/ (which it imports), the lockfile,
 * the TypeScript settings, and the settings vite reads (BACKOFFICE_ in its config, VITE_ in the
 * code); by content, so a fresh clone of the same commit has the same hash.
 */
export function sourcesHash() {
  const hash = createHash('sha256');
  const add = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name === 'node_modules') continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) add(full);
      else if (entry.isFile()) hash.update(`${full.slice(root.length)}\0`).update(readFileSync(full)).update('\0');
    }
  };
  add(WEB_APP);
  add(join(root, 'libs'));
  for (const file of ['package-lock.json', 'package.json', 'tsconfig.base.json']) hash.update(`${file}\0`).update(readFileSync(join(root, file)));
  // the build runs with NODE_ENV=production whatever the caller's (jest's is `test`)
  const settings = Object.entries(process.env).filter(([key]) => key.startsWith('BACKOFFICE_') || key.startsWith('VITE_')).sort();
  return hash.update(JSON.stringify(settings)).digest('hex');
}

const builtFrom = () => (existsSync(BUILT_FROM) && existsSync(join(WEB_DIST, 'index.html')) ? readFileSync(BUILT_FROM, 'utf8') : undefined);

/**
 * Resolves when the build is written; rejects with vite's output when it fails. With `always`
 * false, a build whose sources have not changed since the last one is kept as it is.
 */
export async function buildWeb({ log = () => undefined, quiet = true, always = false } = {}) {
  const config = join(WEB_APP, 'vite.config.ts');
  if (!existsSync(config)) throw new Error(`${config} does not exist: no UI to build`);
  const sources = sourcesHash();
  if (!always && builtFrom() === sources) {
    log('UI up to date in dist/apps/backoffice-web (built from the same sources): not built again');
    return;
  }
  rmSync(BUILT_FROM, { force: true }); // a build that fails halfway is no build of these sources
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', quiet ? 'warn' : 'info'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`vite build of apps/backoffice-web failed (exit ${code}):\n${output}`);
  if (!quiet) process.stdout.write(output);
  writeFileSync(BUILT_FROM, sources);
  log(`UI built into dist/apps/backoffice-web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
