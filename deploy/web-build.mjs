// The back-office UI's production build: `vite build` of apps/backoffice-web into
// dist/apps/backoffice-web, which the gateway serves. Used by `npm run build` and `npm start`.
// UI_BUILD=false skips it (npm start then serves whatever dist/apps/backoffice-web holds).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_APP = join(root, 'apps/backoffice-web');
export const WEB_DIST = join(root, 'dist/apps/backoffice-web');

/** Resolves when the build is written; rejects with vite's output when it fails. */
export async function buildWeb({ log = () => undefined, quiet = true } = {}) {
  const config = join(WEB_APP, 'vite.config.ts');
  if (!existsSync(config)) throw new Error(`${config} does not exist: no UI to build`);
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', quiet ? 'warn' : 'info'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`vite build of apps/backoffice-web failed (exit ${code}):\n${output}`);
  if (!quiet) process.stdout.write(output);
  log(`UI built into dist/apps/backoffice-web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
