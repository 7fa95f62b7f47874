/**
 * The calendar arithmetic of warranty clocks (docs/domain.md "Units and warranty"), on
 * `YYYY-MM-DD` dates in the dealer's calendar; no clock, no time zone.
 */
const parse = (date: string) => date.split('-').map(Number) as [number, number, number];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const write = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` moved by `days` calendar days (negative: back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parse(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return write(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * The last day a clock of `months` months started on `start` runs: the day before the same
 * day of the month `months` later, or that month's last day when it has no such day (a sale
 * on 2026-01-31 with one month is covered through 2026-02-28; on 2026-01-15, through
 * 2026-02-14). Zero months covers nothing: the day before the start.
 */
export function lastDayOfMonths(start: string, months: number): string {
  if (months <= 0) return addDays(start, -1);
  const [year, month, day] = parse(start);
  const index = year * 12 + (month - 1) + months;
  const [toYear, toMonth] = [Math.floor(index / 12), (index % 12) + 1];
  return day > daysIn(toYear, toMonth) ? write(toYear, toMonth, daysIn(toYear, toMonth)) : addDays(write(toYear, toMonth, day), -1);
}

/** The last day of a window of `days` days counting `start` as its first day (7 days from 03-01: through 03-07). */
export function lastDayOfDays(start: string, days: number): string {
  return addDays(start, days - 1);
}

/** The month of a date: `2026-03`. */
export const monthOf = (date: string) => date.slice(0, 7);
