import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOf, importReasonKey, inFileOrder, templateFileName } from './import-problems';

describe('a dealer import', () => {
  it('lists problems in the order of the file', () => {
    const problems = [
      { sheet: 'dealers', row: 3, column: 'B', field: 'name', reason: 'r' },
      { sheet: 'agreements', row: 2, column: 'C', field: 'fundRateBp', reason: 'r' },
      { sheet: 'dealers', row: 3, column: 'A', field: 'code', reason: 'r' },
      { sheet: 'dealers', row: 2, column: 'AA', field: 'x', reason: 'r' },
      { field: 'file', reason: 'not an XLSX file' },
    ];
    expect(inFileOrder(problems).map((p) => `${p.sheet ?? ''}${p.row ?? ''}${p.column ?? ''}`)).toEqual(['', 'agreements2C', 'dealers2AA', 'dealers3A', 'dealers3B']);
  });

  it('counts what was applied, as a list or a number', () => {
    expect(countOf([{}, {}])).toBe(2);
    expect(countOf(3)).toBe(3);
    expect(countOf(undefined)).toBe(0);
  });

  it('names the template as the server does, else by language', () => {
    expect(templateFileName(`attachment; filename*=UTF-8''%E7%B6%93%E9%8A%B7%E5%95%86.xlsx`, 'zh-Hant')).toBe('經銷商.xlsx');
    expect(templateFileName('attachment; filename="dealers-template.xlsx"', 'en')).toBe('dealers-template.xlsx');
    expect(templateFileName(null, 'zh-Hans')).toBe('dealer-import-template.zh-Hans.xlsx');
  });

  it('says the known problem codes in the UI language, and leaves a field rule to its own reason', () => {
    expect(importReasonKey({ field: 'code', reason: 'D0001 appears twice', code: 'duplicate-code' })).toBe('dealers:import.codes.duplicate-code');
    expect(importReasonKey({ field: 'name', reason: 'name must not be blank', code: 'invalid' })).toBeUndefined();
    expect(importReasonKey({ field: 'x', reason: 'something new', code: 'brand-new' })).toBeUndefined();
  });
});

describe('the import problem codes', () => {
  it('has a text for every code the contracts service gives but `invalid` (a field rule, said by its own reason)', () => {
    const source = readFileSync(join(__dirname, '../../../../contracts/src/dealer-imports/import-problem.ts'), 'utf8');
    const union = /ImportProblemCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map(([, code]) => code).filter((code) => code !== 'invalid');
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => importReasonKey({ field: '', reason: '', code }) === undefined)).toEqual([]);
  });
});
