import { dueDateOf, lastDayOf, nextPeriod, periodsBetween } from './due-date';

describe('when a period\'s feeds are due (the agreement\'s reporting.feedDueDay of the next month)', () => {
  it('is the feedDueDay of the month after the period, across a year end', () => {
    expect(dueDateOf('2026-09', 10)).toBe('2026-10-10');
    expect(dueDateOf('2026-12', 5)).toBe('2027-01-05');
  });

  it('may be the 28th: a day every month has, February of a common year included', () => {
    expect(dueDateOf('2027-01', 28)).toBe('2027-02-28');
  });

  it('refuses a due day the agreement cannot carry', () => {
    expect(() => dueDateOf('2026-09', 29)).toThrow(/feedDueDay must be 1 to 28/);
    expect(() => dueDateOf('2026-13', 10)).toThrow(/period must be YYYY-MM/);
  });

  it('takes the agreement on the period\'s last day, leap years counted', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-09')).toBe('2026-09-30');
  });

  it('walks months in order', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(periodsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodsBetween('2026-05', '2026-04')).toEqual([]);
  });
});
