/** A period is a month `YYYY-MM`; its feeds report on that month (docs/feeds.md "Due dates, overdue and the matrix"). */
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parts(period: string): [number, number] {
  const match = PERIOD.exec(period);
  if (!match) throw new Error(`period must be YYYY-MM, got '${period}'`);
  return [Number(match[1]), Number(match[2])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The period's last calendar day: the agreement in force on it sets the period's due date. */
export function lastDayOf(period: string): string {
  const [year, month] = parts(period);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${pad(days)}`;
}

/** The month after the period. */
export function nextPeriod(period: string): string {
  const [year, month] = parts(period);
  return month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1)}`;
}

/** The period `YYYY-MM` a calendar date falls in. */
export const periodOf = (date: string): string => date.slice(0, 7);

/** Periods from..to inclusive, oldest first. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) periods.push(p);
  return periods;
}

/**
 * The due date of a period's feeds: the agreement's feedDueDay (1–28, so it exists in every
 * month) of the month after the period. A feed is on time when accepted on or before it, on
 * the dealer's calendar; overdue from the day after.
 */
export function dueDateOf(period: string, feedDueDay: number): string {
  if (!Number.isInteger(feedDueDay) || feedDueDay < 1 || feedDueDay > 28) throw new Error(`feedDueDay must be 1 to 28, got ${feedDueDay}`);
  return `${nextPeriod(period)}-${pad(feedDueDay)}`;
}
