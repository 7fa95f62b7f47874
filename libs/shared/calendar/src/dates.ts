/** Business dates are `YYYY-MM-DD` strings (no time, no zone): they compare as text. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date: 2026-02-29 is not one, 2028-02-29 is. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-08-15` → `2026Q3`. */
export function quarterOf(date: string): string {
  if (!isCalendarDate(date)) throw new Error(`'${date}' is not a YYYY-MM-DD date`);
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

/** `2026Q3` → { first: '2026-07-01', last: '2026-09-30' }. */
export function quarterBounds(quarter: string): { first: string; last: string } {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`'${quarter}' is not a quarter like 2026Q3`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { first: `${year}-${pad(firstMonth)}-01`, last: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}` };
}

/** The business date of an instant in a time zone (Asia/Shanghai unless a dealer says otherwise). */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
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
