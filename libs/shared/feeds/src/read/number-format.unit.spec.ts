import { fifteenDigits, formatNumber, hasMoreThanCents } from './number-format';

describe('a number as its cell format shows it', () => {
  it.each([
    [100 / 3, '0.00', '33.33'],
    [1234.5678, '#,##0.00', '1,234.57'],
    [1234.5678, '"¥"#,##0.00', '¥1,234.57'],
    [1234.5678, '[$¥-804]#,##0.00', '¥1,234.57'],
    [33.333, '#,##0.00"元"', '33.33元'],
    [-2.345, '0.00;[Red]-0.00', '-2.35'],
    [0.12345, '0.0%', '12.3%'],
    [2.5, '0', '3'],
  ])('%d in %s shows %s', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('General or no format shows nothing of its own', () => {
    expect(formatNumber(1.2345, 'General')).toBeUndefined();
    expect(formatNumber(1.2345, undefined)).toBeUndefined();
  });

  it('an amount holding more than cents is told from one that does not, and shown as a spreadsheet shows it', () => {
    expect([hasMoreThanCents(1234.56), hasMoreThanCents(120.5), hasMoreThanCents(100 / 3)]).toEqual([false, false, true]);
    expect(fifteenDigits(33.33333333333334)).toBe('33.3333333333333');
  });
});
