import { CellError, FormattedNumber } from '../read/special-cells';

const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const EXCEL_DAY_ONE = Date.UTC(1900, 0, 1);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A cell as the dealer sees it in the sheet: a date or time cell (its wall clock in the UTC
 * fields, as the readers give it) as 'YYYY-MM-DD HH:mm', a time alone as 'HH:mm', a number
 * as its format shows it, a formula's error as its error.
 */
export function shownCell(value: unknown): string {
  if (value instanceof FormattedNumber) return value.shown;
  if (value instanceof CellError) return value.error;
  if (!(value instanceof Date)) return String(value);
  const ms = value.getTime();
  if (Number.isNaN(ms)) return 'Invalid Date';
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}${value.getUTCSeconds() ? `:${pad(value.getUTCSeconds())}` : ''}`;
  if (ms >= EXCEL_DAY_ZERO && ms < EXCEL_DAY_ONE) return time; // a time typed without a date
  const day = value.toISOString().slice(0, 10);
  return ms % 86_400_000 === 0 ? day : `${day} ${time}`;
}
