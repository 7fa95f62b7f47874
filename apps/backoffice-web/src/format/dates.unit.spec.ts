import { formatBasisPoints, formatDate, formatDateTime, formatNumber } from './dates';

describe('dates and numbers per language', () => {
  it('writes a business date as that calendar day in every language', () => {
    expect(formatDate('2026-06-30', 'en')).toBe('Jun 30, 2026');
    expect(formatDate('2026-06-30', 'zh-Hans')).toBe('2026年6月30日');
    expect(formatDate('2026-06-30', 'zh-Hant')).toBe('2026年6月30日');
  });

  it('writes an instant in the given time zone', () => {
    const instant = '2026-09-30T16:30:00.000Z';
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toMatch(/^Oct 1, 2026,? 12:30\s?AM$/);
    expect(formatDateTime(instant, 'zh-Hans', 'Asia/Shanghai')).toMatch(/^2026年10月1日 00:30$/);
    expect(formatDateTime(instant, 'zh-Hant', 'Asia/Shanghai')).toMatch(/^2026年10月1日 凌晨12:30$/);
  });

  it('shows text that is no date as it is', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('groups numbers and writes basis points as a percentage', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'zh-Hant')).toBe('1,234,567');
    expect(formatBasisPoints(300, 'en')).toBe('3%');
    expect(formatBasisPoints(125, 'zh-Hans')).toBe('1.25%');
  });
});
