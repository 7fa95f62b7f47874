/** Calendar arithmetic for cells: dates, wall-clock times and Excel serial numbers. */
import { isRealDay } from '@aftersales/calendar';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is passed. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real day (the calendar's one rule), from 1900 on: a feed holds no earlier dates. */
function isValidDay(year: number, month: number, day: number): boolean {
  return year >= 1900 && isRealDay(year, month, day);
}

/** '2024-03-05' or '2024/3/5' (Excel's zh-CN short date) → '2024-03-05'. */
export function parseCalendarDate(text: string): string | undefined {
  const end = scanDate(text);
  if (end !== text.length) return undefined;
  const { year, month, day } = scanned;
  if (!isValidDay(year, month, day)) return undefined;
  return text.length === 10 && text.charCodeAt(4) === 45 ? text : `${text.slice(0, 4)}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Fields of the last scanDate/scanTime, reused so that a cell allocates nothing. */
const scanned = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };

function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48; // NaN past the end
  return code >= 0 && code <= 9 ? code : -1;
}

/** `\d{1,2}` at `i`: the index after it, its value in scanned[field]; -1 if none. */
function oneOrTwo(text: string, i: number, field: 'month' | 'day' | 'hour'): number {
  const a = digit(text, i);
  if (a < 0) return -1;
  const b = digit(text, i + 1);
  if (b < 0) {
    scanned[field] = a;
    return i + 1;
  }
  scanned[field] = a * 10 + b;
  return i + 2;
}

function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function isDateSeparator(code: number): boolean {
  return code === 45 || code === 47; // - or /
}

/** `(\d{4})[-/](\d{1,2})[-/](\d{1,2})` at the start: the index after it, or -1. */
function scanDate(text: string): number {
  const y1 = digit(text, 0);
  const y2 = digit(text, 1);
  const y3 = digit(text, 2);
  const y4 = digit(text, 3);
  if (y1 < 0 || y2 < 0 || y3 < 0 || y4 < 0 || !isDateSeparator(text.charCodeAt(4))) return -1;
  scanned.year = ((y1 * 10 + y2) * 10 + y3) * 10 + y4;
  const i = oneOrTwo(text, 5, 'month');
  if (i < 0 || !isDateSeparator(text.charCodeAt(i))) return -1;
  return oneOrTwo(text, i + 1, 'day');
}

/**
 * 'YYYY-MM-DD HH:mm[:ss]' (or with '/', or 'T') as its wall-clock fields in UTC ms, or NaN.
 * The grammar of `^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$`,
 * scanned by character codes.
 */
export function wallClockMs(text: string): number {
  let i = scanDate(text);
  if (i < 0) return NaN;
  const between = text.charCodeAt(i);
  if (between !== 32 && between !== 84) return NaN; // ' ' or 'T'
  i = oneOrTwo(text, i + 1, 'hour');
  if (i < 0 || text.charCodeAt(i) !== 58) return NaN;
  const minute = two(text, i + 1);
  if (minute < 0) return NaN;
  i += 3;
  let second = 0;
  if (i !== text.length) {
    if (text.charCodeAt(i) !== 58 || i + 3 !== text.length) return NaN;
    second = two(text, i + 1);
    if (second < 0) return NaN;
  }
  const { year, month, day, hour } = scanned;
  if (!isValidDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return NaN;
  return Date.UTC(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** An ISO time with an explicit offset, as dealers' own systems send: an absolute instant. */
export function isAbsoluteTime(text: string): boolean {
  return WITH_OFFSET.test(text);
}

/**
 * 'YYYY-MM-DD HH:mm[:ss]' (or with '/') → its wall-clock fields as UTC ms; an ISO time
 * with an explicit offset, as dealers' own systems send, is an absolute instant.
 */
export function parseWallClock(text: string): { ms: number; absolute: boolean } | undefined {
  if (isAbsoluteTime(text)) return { ms: Date.parse(text), absolute: true };
  const ms = wallClockMs(text);
  return Number.isNaN(ms) ? undefined : { ms, absolute: false };
}

/** An Excel serial number (days, fraction = time of day) → wall-clock UTC ms, to the second. */
export function excelSerialToWallClock(serial: number): number | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1 || Math.floor(serial) === 60) {
    return undefined;
  }
  const days = serial < 60 ? serial + 1 : serial;
  return Math.round((EXCEL_EPOCH_MS + days * DAY_MS) / 1000) * 1000;
}

/** 'YYYY-MM' → its first day and the first day of the next month. */
export function monthDays(period: string): { firstDay: string; nextFirstDay: string } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return undefined;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1));
  return { firstDay: `${period}-01`, nextFirstDay: toIsoDay(next) };
}
