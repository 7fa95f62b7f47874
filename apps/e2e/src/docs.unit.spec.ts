import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The READMEs and the product's own docs: what readers open first, so what they name must exist. */
const PAGES = ['README.md', 'deploy/local/README.md', 'libs/shared/feeds/README.md',
  ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The service the README's "Adding a service" walks through: its folders are an example, not there yet. */
const EXAMPLE_SERVICE = /^(apps|libs)\/parts-logistics\//;

/** `apps/…`, `libs/…`, `deploy/…` or `docs/…` in backticks, not a pattern (`<service>`, `*`, `…`). */
function namedPaths(text: string): string[] {
  return [...text.matchAll(/`((?:apps|libs|deploy|docs)\/[^`\s]*)`/g)].map((m) => m[1])
    .filter((p) => !/[<>*…{}]/.test(p) && !EXAMPLE_SERVICE.test(p));
}

/** Relative Markdown links, without their #anchor. */
function linkedPaths(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^(https?:|mailto:|#)/.test(l)).map((l) => l.replace(/#.*$/, ''));
}

describe('the docs name only what the repository holds', () => {
  it.each(PAGES)('%s: every path in backticks exists', (page) => {
    expect(namedPaths(read(page)).filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it.each(PAGES)('%s: every relative link leads to a file', (page) => {
    expect(linkedPaths(read(page)).filter((link) => !existsSync(resolve(join(ROOT, dirname(page)), link)))).toEqual([]);
  });

  it('no code or README cites the planning pages kept outside the repository (domain, architecture, feeds, style): they cite docs/ instead', () => {
    // Spelled in parts, so that this file does not cite them itself.
    const outside = new RegExp(`\\b(${['DOMAIN', 'ARCHITECTURE', 'FEEDS', 'STYLE'].join('|')})\\.md\\b`);
    const citing: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') walk(path);
        } else if (/\.(ts|mjs|js|md|sh|json|yml)$/.test(entry.name) && outside.test(read(path))) {
          citing.push(path);
        }
      }
    };
    ['apps', 'libs', 'deploy', 'docs'].forEach(walk);
    if (outside.test(read('README.md'))) citing.push('README.md');
    expect(citing).toEqual([]);
  });
});
