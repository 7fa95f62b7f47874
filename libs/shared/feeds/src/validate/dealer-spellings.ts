/**
 * Dates, times and amounts as office suites in the zh-TW and zh-CN locales write them in
 * CSV (docs/feeds.md "Cell values"): read only after the usual spellings failed, so the
 * usual file pays nothing for them.
 */
import { isRealDay } from '@aftersales/calendar';
import { CellFault } from './cell-fault';

/** Full-width digits and punctuation (０１２, ：, ／) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const DATE = String.raw`(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)`;
const HALF_DAY = String.raw`(上午|下午|AM|PM|am|pm)?`;
const CLOCK = String.raw`(\d{1,2})\s*(?::|[時时点點])\s*(\d{1,2})\s*(?:(?::|分)\s*(?:(\d{1,2})\s*秒?)?)?`;
const DATE_ONLY = new RegExp(`^${DATE}$`);
const DATE_TIME = new RegExp(`^${DATE}(?:\\s*|T)${HALF_DAY}\\s*${CLOCK}\\s*${HALF_DAY}$`);
const TIME_ONLY = new RegExp(`^${HALF_DAY}\\s*${CLOCK}\\s*${HALF_DAY}$`);
const TWO_DIGIT_YEAR = /^(\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2})(\D|$)/;

function day(match: RegExpExecArray): { year: number; month: number; day: number } | undefined {
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[4]);
  const date = Number(match[3] ?? match[5]);
  return year >= 1900 && isRealDay(year, month, date) ? { year, month, day: date } : undefined;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Why a text that is no date is none: a two-digit year or a time alone say so. */
function notADate(text: string, fallback: 'bad-date' | 'bad-datetime'): CellFault {
  if (TWO_DIGIT_YEAR.test(text)) return new CellFault('two-digit-year');
  if (TIME_ONLY.test(text)) return new CellFault('time-without-date');
  return new CellFault(fallback);
}

/** `2026年9月1日`, `２０２６/９/１`, `2026.9.1` → '2026-09-01'. */
export function dealerDate(raw: string): string | CellFault {
  const text = halfWidth(raw).trim();
  const match = DATE_ONLY.exec(text);
  const found = match ? day(match) : undefined;
  if (found) return `${found.year}-${pad(found.month)}-${pad(found.day)}`;
  return notADate(text, 'bad-date');
}

/** `2026年9月1日 09時15分`, `2026/9/3 下午 3:15:00`, `2026/9/3 3:15 PM` → wall-clock ms (as UTC fields). */
export function dealerDateTime(raw: string): number | CellFault {
  const text = halfWidth(raw).trim();
  const match = DATE_TIME.exec(text);
  const found = match ? day(match) : undefined;
  if (!match || !found) return notADate(text, 'bad-datetime');
  const halfDay = (match[6] ?? match[10])?.toUpperCase();
  let hour = Number(match[7]);
  const minute = Number(match[8]);
  const second = Number(match[9] ?? 0);
  if (halfDay !== undefined) {
    if (hour < 1 || hour > 12) return new CellFault('bad-datetime');
    const afternoon = halfDay === '下午' || halfDay === 'PM';
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return new CellFault('bad-datetime');
  return Date.UTC(found.year, found.month - 1, found.day, hour, minute, second);
}

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** `1,250.00`, `¥1,250.00`, `￥１２５０`, `1250.00元`, `RMB 1,250` → '1250.00'; undefined if none. */
export function dealerMoney(raw: string): string | undefined {
  let text = halfWidth(raw)
    .trim()
    .replace(/^(?:[¥￥]|RMB|CNY)\s*/i, '')
    .replace(/\s*元$/, '');
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return undefined;
    text = text.replace(/,/g, '');
  }
  return text === raw ? undefined : text;
}
