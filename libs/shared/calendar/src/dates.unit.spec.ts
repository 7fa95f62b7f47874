import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { addDays, dateIn, isCalendarDate, isQuarter, isRealDay, nextQuarter, quarterBounds, quarterOf, startOfDayIn } from './index';

describe('calendar dates', () => {
  it.each([['2026-02-28', true], ['2026-02-29', false], ['2028-02-29', true], ['2026-13-01', false],
    ['2026-04-31', false], ['2026-4-01', false], ['', false]])('%s is a calendar date: %s', (d, ok) => {
    expect(isCalendarDate(d)).toBe(ok);
  });

  it.each([[1900, 2, 29, false], [2000, 2, 29, true], [2024, 2, 29, true], [2026, 2, 29, false], [2026, 12, 31, true],
    [2026, 0, 1, false], [2026, 1, 0, false], [2026, 6, 31, false], [2026, 1.5, 1, false]])('%i-%i-%i is a real day: %s', (y, m, d, ok) => {
    expect(isRealDay(y, m, d)).toBe(ok);
  });

  it.each([['2026Q1', true], ['2026Q4', true], ['2026Q0', false], ['2026Q5', false], ['26Q1', false], ['2026q1', false], [' 2026Q1', false], [2026, false]])(
    '%j is a quarter: %s', (q, ok) => expect(isQuarter(q)).toBe(ok));

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

  it.each([
    ['2026-10-01', 'Asia/Shanghai', '2026-09-30T16:00:00.000Z'],
    ['2026-10-01', 'America/Los_Angeles', '2026-10-01T07:00:00.000Z'],
    ['2026-01-15', 'America/Los_Angeles', '2026-01-15T08:00:00.000Z'],
    ['2026-10-01', 'UTC', '2026-10-01T00:00:00.000Z'],
    ['2026-10-01', 'Pacific/Kiritimati', '2026-09-30T10:00:00.000Z'],
    // The clocks skip midnight in Santiago on 2024-09-08: the day begins at 01:00 (-03).
    ['2024-09-08', 'America/Santiago', '2024-09-08T04:00:00.000Z'],
    // Shanghai's local mean time, before 1901: +08:05:43.
    ['1900-06-01', 'Asia/Shanghai', '1900-05-31T15:54:17.000Z'],
  ])('%s in %s begins at %s', (date, zone, instant) => {
    expect(startOfDayIn(date, zone)).toBe(instant);
    expect(dateIn(new Date(instant), zone)).toBe(date);
    expect(dateIn(new Date(instant).getTime() - 1, zone)).not.toBe(date);
  });

  it('refuses a date that is not one, and a zone that is not one', () => {
    expect(() => startOfDayIn('2026-02-30', 'Asia/Shanghai')).toThrow(/YYYY-MM-DD/);
    expect(() => startOfDayIn('2026-02-01', 'Asia/Shangai')).toThrow(RangeError);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same dates in a process whose own zone is %s', (processZone) => {
    // Jest's process.env is a copy: the zone of a process is only set by starting one with TZ.
    const script = `const c = require('./libs/shared/calendar/src'); console.log(JSON.stringify([
      new Date(2026, 0, 1).getTimezoneOffset(),
      c.dateIn(new Date('2026-09-30T17:30:00Z'), 'Asia/Shanghai'), c.quarterOf(c.dateIn(new Date('2026-09-30T15:59:59.999Z'), 'Asia/Shanghai')),
      c.startOfDayIn('2026-10-01', 'Asia/Shanghai'), c.startOfDayIn('2026-10-01', 'America/Los_Angeles'), c.quarterBounds('2026Q1'), c.isCalendarDate('2026-02-29'),
    ]))`;
    const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: resolve(__dirname, '../../../..'), env: { ...process.env, TZ: processZone, SWC_NODE_PROJECT: 'tsconfig.base.json' }, encoding: 'utf8',
    });
    const [offset, ...dates] = JSON.parse(out) as [number, ...unknown[]];
    expect(offset).not.toBe(0); // the child really runs in another zone
    expect(dates).toEqual(['2026-10-01', '2026Q3', '2026-09-30T16:00:00.000Z', '2026-10-01T07:00:00.000Z', { first: '2026-01-01', last: '2026-03-31' }, false]);
  });
});

describe('quarters of any year a date can be written in (0001 to 9999)', () => {
  it('bounds a quarter of a year before 1000 with four-digit years', () => {
    expect(quarterBounds('0561Q3')).toEqual({ first: '0561-07-01', last: '0561-09-30' });
  });

  it('counts the days of a year below 100 as that year, not as 19xx', () => {
    expect(quarterBounds('0004Q1')).toEqual({ first: '0004-01-01', last: '0004-03-31' });
  });

  it('steps to the next quarter across a year end, also before 1000', () => {
    expect([nextQuarter('0561Q4'), nextQuarter('2026Q3'), nextQuarter('2026Q4')]).toEqual(['0562Q1', '2026Q4', '2027Q1']);
  });
});

describe('the first day a business date may be', () => {
  it('is 0001-01-01: the year 0000 has no day whose start is an ISO 8601 instant in every zone', () => {
    expect([isCalendarDate('0000-12-31'), isCalendarDate('0001-01-01')]).toEqual([false, true]);
  });

  it('starts 0001-01-01 in Shanghai at an instant written with a four-digit year', () => {
    expect(startOfDayIn('0001-01-01', 'Asia/Shanghai')).toMatch(/^0000-12-31T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('addDays: calendar days', () => {
  it.each([
    ['2026-11-28', 3, '2026-12-01'], ['2026-12-30', 3, '2027-01-02'], ['2026-02-27', 2, '2026-03-01'], ['2028-02-27', 2, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'], ['2026-05-10', 0, '2026-05-10'], ['0099-12-31', 1, '0100-01-01'],
  ])('%s + %i days is %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
});
