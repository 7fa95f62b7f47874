import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TERMS, INTEGER_LIMITS, LIST_LIMITS, TEXT_LIMITS } from './agreement-terms';
import { termChanges } from './term-changes';

/**
 * The labels the sign-agreement form builds from a term's path (t(`agreements:terms.${path}`)),
 * which the i18n key test cannot see in the code: every term has its label in every language.
 */
const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'];
const texts = (language: string) => JSON.parse(readFileSync(join(__dirname, '../../i18n', language, 'agreements.json'), 'utf8')) as Record<string, unknown>;
const at = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

/** Every term, as the list of changes names it: each leaf of the terms (a list is one term) changed at once. */
const terms = { fundModel: 'per-unit', fundRateBp: 1, partsQuotaBp: 1, carryAcrossYear: true, allowancePerUnitFen: 1, ...DEFAULT_TERMS };
const everyTerm = termChanges(terms, JSON.parse(JSON.stringify(terms), (_key, value: unknown) =>
  (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : ['changed']))).map((change) => change.term);

describe('the label of every term, in every language', () => {
  const paths = [...new Set([...everyTerm, ...Object.keys(INTEGER_LIMITS), ...Object.keys(LIST_LIMITS), ...Object.keys(TEXT_LIMITS)])];

  it('walks every term of an agreement', () => {
    expect(everyTerm).toEqual(expect.arrayContaining(['fundRateBp', 'allowancePerUnitFen', 'serviceLevels.arrivalHours.far', 'calendar.holidays', 'feeSchedule']));
  });

  it.each(LANGUAGES)('%s labels every term the form shows or the list of changes names', (language) => {
    const terms = texts(language)['terms'];
    expect(paths.filter((path) => typeof at(terms, path) !== 'string')).toEqual([]);
  });

  it.each(LANGUAGES)('%s says every reason a typed amount or text is refused', (language) => {
    const problems = texts(language)['problems'];
    const keys = ['blank', 'control', 'maxLength', ...['empty', 'format', 'decimals', 'notPositive', 'tooLarge'].map((r) => `hundredths.${r}`)];
    expect(keys.filter((key) => typeof at(problems, key) !== 'string')).toEqual([]);
  });
});
