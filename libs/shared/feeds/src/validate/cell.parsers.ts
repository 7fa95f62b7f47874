import { MoneyError, parseYuan } from '@aftersales/money';
import { ColumnDefinition, YES_NO_SPELLINGS } from '../kinds/column.definition';
import { excelSerialToWallClock, isAbsoluteTime, parseCalendarDate, toIsoDay, wallClockMs } from './calendar-cells';
import { wallClockToUtc } from './local-time';
import { CellError, FormattedNumber } from '../read/special-cells';
import { fifteenDigits } from '../read/number-format';
import { CellFault } from './cell-fault';
import { dealerDate, dealerDateTime, dealerMoney } from './dealer-spellings';

/**
 * A cell as a reader hands it over: CSV gives text, XLSX and JSON Lines typed values; a
 * workbook also a formula's error result and a number with more decimals than it shows.
 */
export type RawCell = string | number | boolean | Date | CellError | FormattedNumber | null | undefined;

export { CellFault };

/** A number cell's value, whether or not its format shows all of it. */
function plain(cell: RawCell): RawCell {
  return cell instanceof FormattedNumber ? cell.value : cell;
}

/** Excel keeps a time typed without a date as a fraction of day 0 (1899-12-30). */
const EXCEL_DAY_ONE = Date.UTC(1900, 0, 1);

export interface CellContext {
  readonly timeZone: string;
  /** Name of the text encoding, for the message about U+FFFD replacement characters. */
  readonly encoding: string;
}

export type CellParser = (cell: RawCell, column: ColumnDefinition, context: CellContext) => unknown;

const SPACE = /^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g;

/** Spaces (also the full-width U+3000) are trimmed; a leading tab or `=` stays: it is data. */
export function cellText(cell: RawCell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== 'string') return cell instanceof Date ? toIsoDay(cell) : String(plain(cell));
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  const text = isSpace(first) || isSpace(last) ? cell.replace(SPACE, '') : cell;
  return text === '' ? undefined : text;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x3000;
}

const readText: CellParser = (cell, _column, context) => {
  const text = cellText(cell);
  if (text !== undefined && text.includes('\ufffd')) return new CellFault('bad-encoding', context.encoding);
  return text;
};

const WHOLE_NUMBER = /^[+-]?\d{1,15}$/;

const readInteger: CellParser = (raw) => {
  const cell = plain(raw);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : new CellFault('not-whole-number');
  const text = cellText(cell);
  if (text === undefined) return undefined;
  return WHOLE_NUMBER.test(text) ? Number(text) : new CellFault('not-whole-number');
};

/**
 * `[+-]?\d{1,13}(\.\d{1,2})?` in fen with exact integer arithmetic (at most 15 digits, so
 * below 2^53), or NaN for anything else, which parseYuan then reads or rejects.
 */
export function plainYuanToFen(text: string): number {
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) i = 1; // + or -
  let whole = 0;
  const wholeStart = i;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  const wholeDigits = i - wholeStart;
  if (wholeDigits < 1 || wholeDigits > 13) return NaN;
  let cents = 0;
  if (i < text.length) {
    const decimals = text.length - i - 1;
    if (text.charCodeAt(i) !== 46 || decimals < 1 || decimals > 2) return NaN;
    const a = text.charCodeAt(i + 1) - 48;
    const b = decimals === 2 ? text.charCodeAt(i + 2) - 48 : 0;
    if (a < 0 || a > 9 || b < 0 || b > 9) return NaN;
    cents = a * 10 + b;
  }
  const fen = whole * 100 + cents;
  return first === 45 && fen !== 0 ? -fen : fen;
}

const readMoney: CellParser = (cell) => {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const fen = plainYuanToFen(text);
  if (!Number.isNaN(fen)) return fen;
  try {
    return parseYuan(dealerMoney(text) ?? text);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    if (!error.message.includes('decimals')) return new CellFault('not-money');
    // The sheet shows 33.33 but holds 100/3: the problem shows what the dealer sees, and why.
    if (cell instanceof FormattedNumber) return new CellFault('money-hidden-decimals', undefined, { held: fifteenDigits(cell.value) });
    return new CellFault('money-decimals');
  }
};

const readYesNo: CellParser = (cell) => {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell);
  if (text === undefined) return undefined;
  return YES_NO_SPELLINGS[text.toLowerCase()] ?? new CellFault('not-yes-no');
};

const readChoice: CellParser = (cell, column) => {
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const choices = column.choices ?? {};
  const canonical = choices[text.toLowerCase()];
  return canonical ?? new CellFault('not-a-choice', [...new Set(Object.values(choices))].join('/'));
};

const readDate: CellParser = (raw) => {
  const cell = plain(raw);
  if (cell instanceof Date) return cell.getTime() < EXCEL_DAY_ONE ? new CellFault('time-without-date') : toIsoDay(cell);
  if (typeof cell === 'number') return excelSerialDay(cell);
  const text = cellText(cell);
  if (text === undefined) return undefined;
  return parseCalendarDate(text) ?? (isSerial(text) ? excelSerialDay(Number(text)) : dealerDate(text));
};

function excelSerialDay(serial: number): string | CellFault {
  if (serial >= 0 && serial < 1) return new CellFault('time-without-date');
  const wall = excelSerialToWallClock(Math.floor(serial));
  return wall === undefined ? new CellFault('bad-date') : toIsoDay(new Date(wall));
}

const readDateTime: CellParser = (raw, _column, { timeZone }) => {
  const cell = plain(raw);
  if (cell instanceof Date) {
    if (cell.getTime() < EXCEL_DAY_ONE) return new CellFault('time-without-date');
    return new Date(wallClockToUtc(timeZone, cell.getTime()));
  }
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === undefined) return undefined;
  const wall = wallClockMs(text); // the usual 'YYYY-MM-DD HH:mm', scanned without a regex
  if (!Number.isNaN(wall)) return new Date(wallClockToUtc(timeZone, wall));
  if (isSerial(text)) {
    if (Number(text) < 1) return new CellFault('time-without-date');
    const serialWall = excelSerialToWallClock(Number(text));
    return serialWall === undefined ? new CellFault('bad-datetime') : new Date(wallClockToUtc(timeZone, serialWall));
  }
  if (isAbsoluteTime(text)) return new Date(Date.parse(text));
  const spelled = dealerDateTime(text);
  return typeof spelled === 'number' ? new Date(wallClockToUtc(timeZone, spelled)) : spelled;
};

const SERIAL = /^\d{1,7}(\.\d+)?$/;

function isSerial(text: string): boolean {
  return SERIAL.test(text);
}

export const CELL_PARSERS: Readonly<Record<ColumnDefinition['type'], CellParser>> = {
  text: readText,
  integer: readInteger,
  money: readMoney,
  'yes-no': readYesNo,
  choice: readChoice,
  date: readDate,
  datetime: readDateTime,
};

/** A row with no cell holding anything (an empty or only formatted row). */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) continue;
    // A number, a boolean or a valid date always has a text: no need to make it.
    if (typeof cell === 'number' || typeof cell === 'boolean') return false;
    if (cell instanceof Date && !Number.isNaN(cell.getTime())) return false;
    if (cellText(cell) !== undefined) return false;
  }
  return true;
}
