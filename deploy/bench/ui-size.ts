import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'tmp/bench-ui');
/** The sign-in page: with the entry and the layout it imports, the shell a person waits for first. */
const SIGN_IN = /sign-in/;
/** A route of pages/routes.tsx; what a page loads lazily from pages/ as it renders (its charts) counts as the page's. */
const PAGE = /^src\/pages\/.*\.page\.tsx$/;
const PAGE_CODE = /^src\/pages\//;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface UiSizes {
  /** gzipped JavaScript bytes of the shell: the entry, the sign-in page and what they import statically. */
  shellBytes: number;
  /** The page whose own JavaScript (beyond the shell) is largest, gzipped. */
  largestPage: { name: string; bytes: number };
}

/** The chunks `key` loads before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (into.has(key) || !chunk) return into;
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

/** Shell and pages of a vite build manifest, with `gzipped(file)` the gzipped size of an output file. */
export function uiSizes(manifest: Manifest, gzipped: (file: string) => number): UiSizes {
  const chunks = Object.entries(manifest);
  const bytes = (keys: Iterable<string>) =>
    [...keys].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzipped(f), 0);
  const entry = chunks.find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the vite manifest names no entry');
  const signIn = chunks.filter(([k, c]) => c.isDynamicEntry && SIGN_IN.test(k)).map(([k]) => k);
  const shell = new Set([entry, ...signIn].flatMap((k) => [...closure(manifest, k)]));
  // a page is a lazy route; lazy libraries it loads on demand (exceljs on an export click) are not opening it
  const pageChunks = (key: string, into = new Set<string>()): Set<string> => {
    for (const chunk of closure(manifest, key)) {
      if (into.has(chunk)) continue;
      into.add(chunk);
      const lazyParts = (manifest[chunk]?.dynamicImports ?? []).filter((d) => PAGE_CODE.test(d) && !PAGE.test(d));
      for (const part of lazyParts) pageChunks(part, into);
    }
    return into;
  };
  const pages = chunks.filter(([k, c]) => c.isDynamicEntry && PAGE.test(c.src ?? k) && !shell.has(k))
    .map(([k, c]) => ({ name: c.src ?? k, bytes: bytes([...pageChunks(k)].filter((chunk) => !shell.has(chunk))) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { shellBytes: bytes(shell), largestPage: pages[0] ?? { name: 'none', bytes: 0 } };
}

/** Builds the UI as `npm start` does, into tmp/bench-ui with vite's manifest, and measures it (zlib, level 9). */
export function measureUi(): UiSizes {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'apps/backoffice-web/vite.config.ts'),
    '--outDir', OUT, '--emptyOutDir', '--manifest', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
  const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Manifest;
  return uiSizes(manifest, (file) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length);
}
