import { readRawRows } from '@aftersales/feeds';
import { Readable } from 'node:stream';
import { columnLetter, Language, shownValue, TableColumn, tableColumnOf } from './table-columns';

/** The problems every one-sheet import can find while reading; an import adds its own codes. */
export type ReadingProblemCode =
  | 'no-rows' | 'too-many-rows' | 'missing-column' | 'unknown-column' | 'repeated-column' | 'required' | 'invalid' | 'not-a-date';

/** One thing wrong with a file, at its row and column, its reason in the caller's language. */
export interface TableProblem<C extends string = string> { row: number; column?: string; field: string; value?: string; code: C; reason: string }

type Words = (p: Record<string, string>) => string;
/** Each problem's reason in each language (the value and details as sent). */
export type TableReasons<C extends string> = Record<C, Record<Language, Words>>;

/** What an import reads: its columns, each cell's check, each problem's reason. */
export interface TableSpec<K extends string, C extends string, O extends string = never> {
  /** The required columns (keys K) and the optional ones (keys O, marked `optional`). */
  columns: readonly TableColumn<K | O>[];
  /** The cell's problem: `not-a-date`, another reason (shown as `invalid`), or undefined when it is fine. */
  check(key: K | O, text: string): string | undefined;
  reasons: TableReasons<C | ReadingProblemCode>;
}

/** A row read: its number, the required cells by key, the optional ones unless blank. */
export type TableRow<K extends string, O extends string = never> = { row: number } & Record<K, string> & Partial<Record<O, string>>;

/** What a file held: its rows, the problems found, each key's column letter. */
export interface TableReading<K extends string, C extends string = ReadingProblemCode, O extends string = never> {
  rows: TableRow<K, O>[];
  problems: TableProblem<C | ReadingProblemCode>[];
  columns: Partial<Record<K | O, string>>;
  language: Language;
}

/** The file is no CSV or XLSX the reader can open (the upload answers 422 `not-a-file`). */
export class NotATableFile extends Error {}

type Cell = string | number | boolean | Date | null | undefined;
const blank = (cell: Cell) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

export function tableProblem<C extends string>(spec: { reasons: TableReasons<C> }, language: Language, code: C,
  at: Omit<TableProblem, 'code' | 'reason'>, words: Record<string, string> = {}): TableProblem<C> {
  return { ...at, code, reason: spec.reasons[code][language]({ value: at.value ?? '', ...words }) };
}

/**
 * Reads a one-sheet import as it streams in (feeds' reader: CSV in any encoding it detects, or
 * the first sheet of a workbook), each row into its cells by key or problems at its cells. More
 * than `maxRows` rows stops the reading with one problem.
 */
export async function readTable<K extends string, C extends string, O extends string = never>(file: Readable, spec: TableSpec<K, C, O>,
  limits: { maxBytes: number; maxRows: number }, language: Language): Promise<TableReading<K, C, O>> {
  const rows: TableRow<K, O>[] = [];
  const problems: TableProblem<C | ReadingProblemCode>[] = [];
  let header: Header<K | O> | undefined;
  let firstSheet: string | undefined;
  try {
    for await (const { sheet, row, cells } of readRawRows(file, { maxBytes: limits.maxBytes })) {
      firstSheet ??= sheet;
      if (sheet !== firstSheet || (cells as Cell[]).every(blank)) continue;
      if (!header) { header = readHeader(spec, cells as Cell[], row, problems, language); continue; }
      if (rows.length >= limits.maxRows) {
        problems.push(tableProblem(spec, language, 'too-many-rows', { row, field: '(file)' }, { max: String(limits.maxRows) }));
        break;
      }
      const read = readRow(spec, header, row, cells as Cell[], problems, language);
      if (read) rows.push(read);
    }
  } catch (error) {
    throw new NotATableFile((error as Error).message);
  }
  if (!header || (rows.length === 0 && problems.length === 0)) problems.push(tableProblem(spec, language, 'no-rows', { row: 0, field: '(file)' }));
  const columns = Object.fromEntries((header ?? []).map(({ column, index }) => [column.key, columnLetter(index + 1)])) as Partial<Record<K | O, string>>;
  return { rows, problems, columns, language };
}

type Header<K extends string> = { column: TableColumn<K>; index: number }[];

function readHeader<K extends string, C extends string, O extends string>(spec: TableSpec<K, C, O>, cells: Cell[], row: number,
  problems: TableProblem<C | ReadingProblemCode>[], language: Language): Header<K | O> {
  const header: Header<K | O> = [];
  cells.forEach((cell, i) => {
    if (blank(cell)) return;
    const column = tableColumnOf(spec.columns, String(cell));
    const at = { row, column: columnLetter(i + 1), value: shownValue(cell) };
    if (!column) problems.push(tableProblem(spec, language, 'unknown-column', { ...at, field: String(cell) }));
    else if (header.some((h) => h.column === column)) problems.push(tableProblem(spec, language, 'repeated-column', { ...at, field: column.key }));
    else header.push({ column, index: i });
  });
  for (const column of spec.columns.filter((c) => !c.optional && !header.some((h) => h.column === c))) {
    problems.push(tableProblem(spec, language, 'missing-column', { row, field: column.key }, { column: column.labels[language] }));
  }
  return header;
}

function readRow<K extends string, C extends string, O extends string>(spec: TableSpec<K, C, O>, header: Header<K | O>, row: number, cells: Cell[],
  problems: TableProblem<C | ReadingProblemCode>[], language: Language): TableRow<K, O> | undefined {
  const read: Record<string, string | number> = { row };
  let ok = true;
  for (const { column, index } of header) {
    const cell = cells[index];
    const at = { row, column: columnLetter(index + 1), field: column.key, value: shownValue(cell) };
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : blank(cell) ? '' : String(cell).trim();
    if (!text && column.optional) continue;
    const problem = !text ? 'required' : spec.check(column.key, text);
    if (problem) {
      problems.push(tableProblem(spec, language, problem === 'required' || problem === 'not-a-date' ? problem : 'invalid', at, { detail: problem }));
      ok = false;
    } else read[column.key] = text;
  }
  // Every required column is in the header here (else its missing-column problem refuses the file).
  return ok && spec.columns.every((c) => c.optional || header.some((h) => h.column === c)) ? (read as TableRow<K, O>) : undefined;
}

/** The reasons every import shares; an import gives its own `no-rows`, `too-many-rows` and `unknown-column`. */
export const READING_REASONS: Omit<TableReasons<ReadingProblemCode>, 'no-rows' | 'too-many-rows' | 'unknown-column'> = {
  'missing-column': { en: (p) => `the file has no ${p['column']} column`, 'zh-Hans': (p) => `文件缺少「${p['column']}」列`, 'zh-Hant': (p) => `檔案缺少「${p['column']}」欄` },
  'repeated-column': { en: () => 'appears twice', 'zh-Hans': () => '重复出现', 'zh-Hant': () => '重複出現' },
  required: { en: () => 'is required', 'zh-Hans': () => '必填', 'zh-Hant': () => '必填' },
  invalid: { en: (p) => p['detail'] ?? '', 'zh-Hans': (p) => `格式不正确 (${p['detail']})`, 'zh-Hant': (p) => `格式不正確 (${p['detail']})` },
  'not-a-date': { en: () => 'must be a real date written YYYY-MM-DD', 'zh-Hans': () => '须为真实日期，格式 YYYY-MM-DD', 'zh-Hant': () => '須為真實日期，格式 YYYY-MM-DD' },
};
