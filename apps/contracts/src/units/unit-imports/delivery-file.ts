import { isCalendarDate } from '@aftersales/calendar';
import { readRawRows } from '@aftersales/feeds';
import { isDealerCode, textProblem } from '@aftersales/integration-events';
import { Readable } from 'node:stream';
import { Language } from '../../dealer-imports/import-columns';
import { columnLetter, shownValue } from '../../dealer-imports/import-problem';
import { DELIVERY_COLUMNS, DELIVERY_REASONS, deliveryColumnOf, DeliveryColumn, DeliveryProblemCode } from './delivery-columns';

/** One thing wrong with a delivery file, at its row and column, its reason in the caller's language. */
export interface DeliveryProblem { row: number; column?: string; field: string; value?: string; code: DeliveryProblemCode; reason: string }

/** What a file held: its rows, the problems found while reading, and each field's column letter. */
export interface DeliveryReading { rows: DeliveryRow[]; problems: DeliveryProblem[]; columns: Record<string, string>; language: Language }

export interface DeliveryRow { row: number; dealerCode: string; serialNo: string; model: string; receivedOn: string }

/** The file is no CSV or XLSX the reader can open (400, not 422). */
export class NotADeliveryFile extends Error {}

type Cell = string | number | boolean | Date | null | undefined;
const blank = (cell: Cell) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

export function deliveryProblem(language: Language, code: DeliveryProblemCode, at: Omit<DeliveryProblem, 'code' | 'reason'>, words: Record<string, string> = {}): DeliveryProblem {
  return { ...at, code, reason: DELIVERY_REASONS[code][language]({ value: at.value ?? '', ...words }) };
}

/**
 * Reads a delivery file as it streams in (feeds' reader: CSV in any encoding it detects, or the
 * first sheet of a workbook), each row into a delivery or problems at its cells. More than
 * `maxRows` rows stops the reading with one problem.
 */
export async function readDeliveryFile(file: Readable, limits: { maxBytes: number; maxRows: number }, language: Language): Promise<DeliveryReading> {
  const rows: DeliveryRow[] = [];
  const problems: DeliveryProblem[] = [];
  let header: { column: DeliveryColumn; index: number }[] | undefined;
  let firstSheet: string | undefined;
  try {
    for await (const { sheet, row, cells } of readRawRows(file, { maxBytes: limits.maxBytes })) {
      firstSheet ??= sheet;
      if (sheet !== firstSheet || (cells as Cell[]).every(blank)) continue;
      if (!header) { header = readHeader(cells as Cell[], row, problems, language); continue; }
      if (rows.length >= limits.maxRows) {
        problems.push(deliveryProblem(language, 'too-many-rows', { row, field: '(file)' }, { max: String(limits.maxRows) }));
        break;
      }
      const read = readRow(header, row, cells as Cell[], problems, language);
      if (read) rows.push(read);
    }
  } catch (error) {
    throw new NotADeliveryFile((error as Error).message);
  }
  if (!header || (rows.length === 0 && problems.length === 0)) problems.push(deliveryProblem(language, 'no-rows', { row: 0, field: '(file)' }));
  const columns = Object.fromEntries((header ?? []).map(({ column, index }) => [column.key, columnLetter(index + 1)]));
  return { rows, problems, columns, language };
}

function readHeader(cells: Cell[], row: number, problems: DeliveryProblem[], language: Language) {
  const header: { column: DeliveryColumn; index: number }[] = [];
  cells.forEach((cell, i) => {
    if (blank(cell)) return;
    const column = deliveryColumnOf(String(cell));
    const at = { row, column: columnLetter(i + 1), value: shownValue(cell) };
    if (!column) problems.push(deliveryProblem(language, 'unknown-column', { ...at, field: String(cell) }));
    else if (header.some((h) => h.column === column)) problems.push(deliveryProblem(language, 'repeated-column', { ...at, field: column.key }));
    else header.push({ column, index: i });
  });
  for (const column of DELIVERY_COLUMNS.filter((c) => !header.some((h) => h.column === c))) {
    problems.push(deliveryProblem(language, 'missing-column', { row, field: column.key }, { column: column.labels[language] }));
  }
  return header;
}

function readRow(header: { column: DeliveryColumn; index: number }[], row: number, cells: Cell[], problems: DeliveryProblem[], language: Language): DeliveryRow | undefined {
  const read: Partial<DeliveryRow> = { row };
  let ok = true;
  for (const { column, index } of header) {
    const cell = cells[index];
    const at = { row, column: columnLetter(index + 1), field: column.key, value: shownValue(cell) };
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : blank(cell) ? '' : String(cell).trim();
    const problem = !text ? 'required' : checkOf(column.key, text);
    if (problem) {
      problems.push(deliveryProblem(language, problem === 'required' || problem === 'not-a-date' ? problem : 'invalid', at, { detail: problem }));
      ok = false;
    } else read[column.key] = text;
  }
  return ok && header.length === DELIVERY_COLUMNS.length ? (read as DeliveryRow) : undefined;
}

/** The cell's problem: a code, an English reason, or undefined when it is fine. */
function checkOf(key: DeliveryColumn['key'], text: string): string | undefined {
  switch (key) {
    case 'dealerCode': return isDealerCode(text) ? undefined : 'dealerCode must be 2-32 upper-case letters, digits or dashes';
    case 'receivedOn': return isCalendarDate(text) ? undefined : 'not-a-date';
    case 'serialNo': case 'model': { const problem = textProblem(text, 64); return problem && `${key} ${problem}`; }
  }
}
