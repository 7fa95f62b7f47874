import { portablePattern } from './portable-pattern';

describe('portablePattern', () => {
  it.each([
    ['^(\\d{4})Q([1-4])$', '^([0-9]{4})Q([1-4])$'],
    ['^[\\w.:\\-/]+$', '^[A-Za-z0-9_.:\\-/]+$'],
    ['^\\\\d$', '^\\\\d$'],
    ['^[A-Z0-9][A-Z0-9-]{1,31}$', '^[A-Z0-9][A-Z0-9-]{1,31}$'],
    ['^[^\\u0000-\\u001f]*$', '^[^\\u0000-\\u001f]*$'],
  ])('%s → %s', (source, portable) => {
    expect(portablePattern(source)).toBe(portable);
  });

  it('means in JavaScript what the original meant', () => {
    const samples = ['2026Q3', '١٢٣٤Q1', 'PAY-1/a.b_c:d', 'é', '\\d'];
    for (const source of ['^(\\d{4})Q([1-4])$', '^[\\w.:\\-/]+$']) {
      expect(samples.map((s) => new RegExp(portablePattern(source)).test(s))).toEqual(samples.map((s) => new RegExp(source).test(s)));
    }
  });
});
