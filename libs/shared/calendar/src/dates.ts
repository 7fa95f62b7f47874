/**
 * Business dates are `YYYY-MM-DD` strings (no time, no zone): they compare as text. This file
 * is the one definition of what a date and a quarter are; requests, published schemas, feeds
 * and the deciders all refer to it.
 */
export const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a refusal says a date must be: `receivedOn must be ${CALENDAR_DATE_RULE}`. */
export const CALENDAR_DATE_RULE = 'a real date written YYYY-MM-DD';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the day exists in the Gregorian calendar from the year 1: 2026-02-29 does not, 2028-02-29 does. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  // The year 0000 is refused: its days start, east of UTC, in the year −1, which no ISO 8601
  // timestamp of four digits can write (an event's occurredAt would not validate downstream).
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0);
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is refused, not rolled over to March). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE_PATTERN.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2026-08-15` → `2026Q3`. */
export function quarterOf(date: string): string {
  if (!isCalendarDate(date)) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A quarter of the calendar year: `2026Q3` (July to September 2026). */
export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;
/** What a refusal says a quarter must be: `quarter must be ${QUARTER_RULE}`. */
export const QUARTER_RULE = 'a quarter written like 2026Q3';

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER_PATTERN.test(value);
}

/** `2026Q3` → { first: '2026-07-01', last: '2026-09-30' }; every year as four digits (`0561Q3` too). */
export function quarterBounds(quarter: string): { first: string; last: string } {
  const { year, number } = quarterParts(quarter);
  const firstMonth = (number - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  // The last month of a quarter is never February, so its length needs no leap-year rule (nor a
  // Date, which reads the years 0 to 99 as 1900 to 1999).
  const lastDay = DAYS_IN_MONTH[lastMonth - 1] as number;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { first: `${pad(year, 4)}-${pad(firstMonth)}-01`, last: `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** `2026-12-30` plus 3 days → `2027-01-02`: calendar days, whatever the time zone (a date has none). */
export function addDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(0);
  // setUTCFullYear rolls the days over months and years, and reads 0 to 99 as years (Date.UTC reads 1900 to 1999).
  moved.setUTCFullYear(year, month - 1, day + days);
  return `${String(moved.getUTCFullYear()).padStart(4, '0')}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`;
}

/** `2026Q4` → `2027Q1`. */
export function nextQuarter(quarter: string): string {
  const { year, number } = quarterParts(quarter);
  return number === 4 ? `${String(year + 1).padStart(4, '0')}Q1` : `${String(year).padStart(4, '0')}Q${number + 1}`;
}

function quarterParts(quarter: string): { year: number; number: number } {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`'${quarter}' is not a quarter like 2026Q3`);
  return { year: Number(match[1]), number: Number(match[2]) };
}

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Throws a RangeError for a zone the runtime does not know: nothing is cached for it.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The business date of an instant in a time zone (Asia/Shanghai unless a dealer says
 * otherwise). The zone is always given: the process's own zone never decides a date.
 */
export function dateIn(instant: Date | number, timeZone: string): string {
  const parts = dayFormat(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The first instant of a business date in a time zone, as an ISO timestamp: 2026-10-01 in
 * Asia/Shanghai begins at 2026-09-30T16:00:00.000Z. Where the clocks skip midnight (America/
 * Santiago on 2024-09-08) the day begins at the first instant it has, 01:00 there.
 */
export function startOfDayIn(date: string, timeZone: string): string {
  if (!isCalendarDate(date)) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // Every offset is less than a day, so the day starts within a day of UTC midnight:
  // the earliest instant whose date there is `date` or later, found by bisection to the ms.
  let before = utcMidnight - DAY_MS; // still the day before there
  let from = utcMidnight + DAY_MS; // already the day or later there
  while (from - before > 1) {
    const middle = Math.floor((before + from) / 2);
    if (dateIn(middle, timeZone) >= date) from = middle;
    else before = middle;
  }
  return new Date(from).toISOString();
}

/** True for an IANA time zone name this runtime knows (Asia/Shanghai, Asia/Taipei...). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
