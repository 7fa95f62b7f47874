import { formatFen } from './money';

describe('money from fen', () => {
  it('writes yuan with grouping and exactly two decimals', () => {
    expect(formatFen(123_456, 'en')).toBe('¥1,234.56');
    expect(formatFen(123_456, 'zh-Hans')).toBe('¥1,234.56');
    expect(formatFen(123_456, 'zh-Hant')).toBe('¥1,234.56');
  });

  it('keeps small amounts and zero', () => {
    expect(formatFen(0, 'en')).toBe('¥0.00');
    expect(formatFen(5, 'en')).toBe('¥0.05');
    expect(formatFen(100, 'en')).toBe('¥1.00');
  });

  it('is exact where a float division is not (29 fen, the largest safe integer)', () => {
    expect(formatFen(29, 'en')).toBe('¥0.29');
    expect(formatFen(Number.MAX_SAFE_INTEGER, 'en')).toBe('¥90,071,992,547,409.91');
    expect(formatFen(10n ** 20n + 1n, 'en')).toBe('¥1,000,000,000,000,000,000.01');
  });

  it('puts the sign before the currency', () => {
    expect(formatFen(-123_456, 'en')).toBe('-¥1,234.56');
    expect(formatFen(-1, 'zh-Hant')).toBe('-¥0.01');
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatFen(1.5, 'en')).toThrow(RangeError);
    expect(() => formatFen(Number.NaN, 'en')).toThrow(RangeError);
  });
});
