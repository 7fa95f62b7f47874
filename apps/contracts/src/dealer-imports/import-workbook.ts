import { readRawRows } from '@aftersales/feeds';
import { Cell, readCell, setPath } from './import-cells';
import { ImportColumn, ImportSheet, LANGUAGES, SHEETS } from './import-columns';
import { columnLetter, ImportProblem, shownValue } from './import-problem';

/** One data row of a sheet: the request it makes, and where each field's cell is. */
export interface SheetRow {
  row: number;
  request: Record<string, unknown>;
  /** Field key → its column letter and the cell as sent. */
  cells: Map<string, { column: string; value?: string }>;
}

export interface Workbook {
  dealers: SheetRow[];
  agreements: SheetRow[];
  problems: ImportProblem[];
}

/** The file is no XLSX workbook the reader can open (400, not 422). */
export class NotAWorkbook extends Error {}

/** Sheet names the import reads, in every language of the template. */
const SHEET_NAMES: Record<string, ImportSheet> = { dealers: 'dealers', '经销商': 'dealers', '經銷商': 'dealers', agreements: 'agreements', '协议': 'agreements', '協議': 'agreements' };

/**
 * Reads both sheets whole (feeds' XLSX reader: zip-bomb checks, streamed by exceljs), each
 * cell into its request field, or a cell problem. More than `maxRows` data rows in all stops
 * the reading with one problem.
 */
export async function readWorkbook(file: Buffer, limits: { maxBytes: number; maxRows: number }): Promise<Workbook> {
  const book: Workbook = { dealers: [], agreements: [], problems: [] };
  const headers = new Map<ImportSheet, Header[]>();
  let rows = 0;
  try {
    for await (const { sheet: name, row, cells } of readRawRows(file, { format: 'xlsx', maxBytes: limits.maxBytes })) {
      const sheet = SHEET_NAMES[String(name).trim().toLowerCase()];
      if (!sheet || (cells as Cell[]).every(isBlank)) continue;
      const header = headers.get(sheet);
      if (!header) {
        headers.set(sheet, readHeader(sheet, cells as Cell[], book.problems));
        continue;
      }
      if (++rows > limits.maxRows) {
        book.problems.push({ sheet, row, field: '(file)', code: 'too-many-rows', reason: `at most ${limits.maxRows} rows may be imported at once (DEALER_IMPORT_MAX_ROWS)` });
        break;
      }
      book[sheet].push(readRow(sheet, row, header, cells as Cell[], book.problems));
    }
  } catch (error) {
    throw new NotAWorkbook(`the file is not a readable XLSX workbook (${(error as Error).message})`);
  }
  if (rows === 0) book.problems.push({ row: 0, field: '(file)', code: 'no-rows', reason: 'neither a dealers nor an agreements sheet has a row to import' });
  return book;
}

interface Header { column: ImportColumn; index: number }

const isBlank = (cell: Cell) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** `Name * (name)` → the column `name`; a bare key or a label in any language is read too. */
function columnOf(sheet: ImportSheet, text: string): ImportColumn | undefined {
  const key = /\(([A-Za-z.]+)\)\s*$/.exec(text)?.[1] ?? text.replace(/\*/g, '').trim();
  return SHEETS[sheet].find((c) => c.key === key || LANGUAGES.some((language) => c.labels[language] === key));
}

function readHeader(sheet: ImportSheet, cells: Cell[], problems: ImportProblem[]): Header[] {
  const header: Header[] = [];
  cells.forEach((cell, i) => {
    if (isBlank(cell)) return;
    const column = columnOf(sheet, String(cell));
    const at = { sheet, row: 1, column: columnLetter(i + 1), value: shownValue(cell) };
    if (!column) problems.push({ ...at, field: String(cell), code: 'unknown-column', reason: 'is not a column of this sheet (see the notes sheet of the template)' });
    else if (header.some((h) => h.column === column)) problems.push({ ...at, field: column.key, code: 'repeated-column', reason: 'appears twice' });
    else header.push({ column, index: i });
  });
  for (const column of SHEETS[sheet].filter((c) => c.required && !header.some((h) => h.column === c))) {
    problems.push({ sheet, row: 1, field: column.key, code: 'missing-column', reason: `the sheet has no ${column.key} column` });
  }
  return header;
}

function readRow(sheet: ImportSheet, row: number, header: Header[], cells: Cell[], problems: ImportProblem[]): SheetRow {
  const read: SheetRow = { row, request: {}, cells: new Map() };
  for (const { column, index } of header) {
    const cell = cells[index];
    const at = { column: columnLetter(index + 1), value: shownValue(cell) };
    read.cells.set(column.key, at);
    const reading = readCell(column.kind, cell);
    if (!reading) continue;
    if (reading.ok) setPath(read.request, column.key, reading.value);
    else problems.push({ sheet, row, ...at, field: column.key, code: reading.code, reason: reading.reason });
  }
  return read;
}
