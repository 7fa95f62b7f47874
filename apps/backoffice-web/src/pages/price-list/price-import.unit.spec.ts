import { cellText, priceTemplateName, splitImportProblems } from './price-import';

describe('a refused price-list import', () => {
  it('puts the form\'s problems beside its fields and the file\'s in the table, in the order of the file', () => {
    const problems = [
      { row: 3, column: 'D', field: 'unitPriceYuan', value: '1.234', code: 'invalid', reason: 'unitPriceYuan: at most 2 decimals' },
      { field: 'effectiveFrom', reason: 'effectiveFrom 2026-01-01 is before 2026-11-01, when version 3 took effect' },
      { row: 2, column: 'B', field: 'kind', value: 'x', code: 'invalid', reason: 'kind must be part or labour' },
      { row: 0, field: '(file)', code: 'no-rows', reason: 'the file has no price line' },
    ];
    const { beside, table } = splitImportProblems(problems);
    expect(beside.map((p) => p.field)).toEqual(['effectiveFrom']);
    expect(table.map((p) => [p.row, p.field])).toEqual([[0, '(file)'], [2, 'kind'], [3, 'unitPriceYuan']]);
  });

  it('keeps in the table a problem of the file that names a form field at a row (a column headed "reason")', () => {
    const { beside, table } = splitImportProblems([{ row: 1, column: 'E', field: 'reason', code: 'unknown-column', reason: 'is not a column of a price list' } as never]);
    expect(beside).toEqual([]);
    expect(table).toHaveLength(1);
  });
});

describe('the price-list template\'s file name', () => {
  it('is the server\'s when it names it', () => {
    expect(priceTemplateName('attachment; filename="price-list-zh-Hant.csv"', 'csv', 'zh-Hant')).toBe('price-list-zh-Hant.csv');
    expect(priceTemplateName('attachment; filename*=UTF-8\'\'%E5%83%B9.xlsx', 'xlsx', 'en')).toBe('價.xlsx');
  });

  it('is made from the format and language otherwise', () => {
    expect(priceTemplateName(null, 'xlsx', 'zh-Hans')).toBe('price-list-zh-Hans.xlsx');
    expect(priceTemplateName('attachment', 'csv', 'en')).toBe('price-list-en.csv');
  });
});

describe('a cell of the problem table', () => {
  it.each([[undefined, ''], [null, ''], ['', ''], ['480.001', '480.001'], [12, '12']])('%p is shown as %p', (value, text) => expect(cellText(value)).toBe(text));
});
