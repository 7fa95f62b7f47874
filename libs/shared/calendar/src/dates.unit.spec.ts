import { dateIn, isCalendarDate, quarterBounds, quarterOf } from './index';

describe('calendar dates', () => {
  it.each([['2026-02-28', true], ['2026-02-29', false], ['2028-02-29', true], ['2026-13-01', false],
    ['2026-04-31', false], ['2026-4-01', false], ['', false]])('%s is a calendar date: %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
  });

  it.each([['2026-01-01', '2026Q1'], ['2026-03-31', '2026Q1'], ['2026-07-01', '2026Q3'], ['2026-12-31', '2026Q4']])(
    '%s is in %s', (d, q) => expect(quarterOf(d)).toBe(q));

  it('knows the bounds of a quarter', () => {
    expect(quarterBounds('2026Q1')).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(quarterBounds('2026Q3')).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(() => quarterBounds('2026Q5')).toThrow(/quarter/);
  });

  it('takes the business date in the dealer time zone', () => {
    // 2026-09-30 17:30 UTC is already 1 October in Shanghai: a different quarter.
    expect(dateIn(new Date('2026-09-30T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-10-01');
  });
});
