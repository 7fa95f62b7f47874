/** Calendar arithmetic for cells: dates, wall-clock times and Excel serial numbers. */
const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is passed. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** Milliseconds of a valid calendar date at UTC midnight, or undefined (2024-02-30). */
function calendarMs(year: number, month: number, day: number): number | undefined {
  return isValidDay(year, month, day) ? Date.UTC(year, month - 1, day) : undefined;
}

/** '2024-03-05' or '2024/3/5' (Excel's zh-CN short date) → '2024-03-05'. */
export function parseCalendarDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDay(year, month, day)) return undefined;
  return text.length === 10 && text[4] === '-' ? text : `${match[1]}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * 'YYYY-MM-DD HH:mm[:ss]' (or with '/') → its wall-clock fields as UTC ms; an ISO time
 * with an explicit offset, as dealers' own systems send, is an absolute instant.
 */
export function parseWallClock(text: string): { ms: number; absolute: boolean } | undefined {
  if (WITH_OFFSET.test(text)) return { ms: Date.parse(text), absolute: true };
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const day = calendarMs(Number(match[1]), Number(match[2]), Number(match[3]));
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (day === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  return { ms: day + ((hour * 60 + minute) * 60 + second) * 1000, absolute: false };
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
