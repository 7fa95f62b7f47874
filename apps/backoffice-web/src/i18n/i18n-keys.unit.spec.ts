import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES } from './languages';

const I18N = __dirname;
const SRC = join(__dirname, '..');

/** 'a.b.c' for every leaf of a JSON tree. */
function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/** `area:key` for every text of a language. */
function keysOf(language: string): Set<string> {
  const areas = readdirSync(join(I18N, language)).filter((file) => file.endsWith('.json'));
  const texts = areas.flatMap((file) => {
    const area = file.replace(/\.json$/, '');
    return leaves(JSON.parse(readFileSync(join(I18N, language, file), 'utf8'))).map((key) => `${area}:${key}`);
  });
  return new Set(texts);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const keys = Object.fromEntries(LANGUAGES.map((language) => [language, keysOf(language)]));
const everyKey = new Set(LANGUAGES.flatMap((language) => [...keys[language]]));
const areas = new Set([...everyKey].map((key) => key.split(':')[0]));

/** Keys the code names: t('area:key'), t('key') (in `common`), and 'area:key' literals (menu labels, error keys). */
function keysUsedIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const called = [...text.matchAll(/\bt\(\s*['"]([^'"$]+)['"]/g)].map(([, key]) => (key.includes(':') ? key : `common:${key}`));
  const literals = [...text.matchAll(/['"]([a-z][a-z-]*):([\w.-]+)['"]/g)]
    .filter(([, area]) => areas.has(area))
    .map(([, area, key]) => `${area}:${key}`);
  return [...called, ...literals];
}

/** A plural key is written in the files as key_one, key_other. */
const exists = (key: string) => everyKey.has(key) || everyKey.has(`${key}_other`);

describe('the texts of every language', () => {
  it.each(LANGUAGES)('%s has every key that another language has', (language) => {
    const missing = [...everyKey].filter((key) => !keys[language].has(key));
    expect(missing).toEqual([]);
  });

  it('has every key the code uses, in some language (and so, by the test above, in all)', () => {
    const unknown = sourceFiles(SRC).flatMap((file) =>
      keysUsedIn(file)
        .filter((key) => !exists(key))
        .map((key) => `${relative(SRC, file)}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = LANGUAGES.flatMap((language) =>
      readdirSync(join(I18N, language)).flatMap((file) => {
        const tree = JSON.parse(readFileSync(join(I18N, language, file), 'utf8'));
        return leaves(tree)
          .filter((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) === '')
          .map((key) => `${language}/${file}: ${key}`);
      }),
    );
    expect(empty).toEqual([]);
  });
});
