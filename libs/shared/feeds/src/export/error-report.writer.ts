import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FeedProblem, problemMessage } from '../problems/feed-problem';
import type { FeedLanguage } from '../problems/problem-codes';
import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import { shownCell } from '../problems/shown-cell';
import type { RawCell } from '../validate/cell.parsers';
import { HEADER_ROWS, HeaderSearch } from '../validate/header-search';
import { escapeFormula } from './formula-escape';

/** A row of the dealer's file as read (cells as text), to show beside its problems. */
export interface ReportedRow {
  readonly sheet?: string;
  readonly row: number;
  readonly cells: readonly unknown[];
}

const LIST_HEADERS = ['列 row', '欄位 column', '值 value', '代碼 code', '繁體中文', '简体中文', 'English'];

/** The list's headers when the report is asked in one language. */
const HEADERS_IN: Readonly<Record<FeedLanguage, readonly string[]>> = {
  'zh-Hant': ['工作表', '列', '欄位', '值', '代碼', '問題'],
  'zh-Hans': ['工作表', '行', '列', '值', '代码', '问题'],
  en: ['sheet', 'row', 'column', 'value', 'code', 'problem'],
};

export interface ErrorReportOptions {
  /**
   * The language of the report (the caller's, which may differ from the upload's): one
   * message column, headers in it. Without it, the messages in all three languages.
   */
  readonly language?: FeedLanguage;
}

/**
 * The error report a dealer downloads: sheet 1 lists every problem; sheet 2 shows each
 * offending row of the file, its cells as sent, with its problems beside it. Streamed, so
 * the rows of the file are never all in memory; cells are escaped against formulas.
 */
export async function writeErrorReport(
  target: Writable,
  problems: readonly FeedProblem[],
  rows: Iterable<ReportedRow> | AsyncIterable<ReportedRow> = [],
  options: ErrorReportOptions = {},
): Promise<void> {
  const { language } = options;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target, useSharedStrings: false, useStyles: true });
  const list = workbook.addWorksheet('問題 问题 Problems');
  list.addRow(language ? [...HEADERS_IN[language]] : LIST_HEADERS).commit();
  for (const p of problems) {
    const column = p.header ?? p.column ?? '';
    const cells = language
      ? [p.sheet ?? '', p.row, column, p.value ?? '', p.code, problemMessage(p, language)]
      : [p.row, column, p.value ?? '', p.code, ...messages(p)];
    list.addRow(cells.map(text)).commit();
  }
  list.commit();
  const byRow = groupByRow(problems);
  const beside = workbook.addWorksheet('原始列 原始行 Rows');
  beside.addRow(['列 row', '問題 问题 problems', '…']).commit();
  const headers = new HeaderRows(problems);
  for await (const row of rows) {
    const found = byRow.get(rowKey(row.sheet, row.row));
    if (!found && !headers.isHeader(row)) continue; // the header row is kept to label the cells
    const summary = (found ?? [])
      .map((p) => (language ? problemMessage(p, language) : `${problemMessage(p, 'zh-Hant')} / ${problemMessage(p, 'en')}`))
      .join('\n');
    beside.addRow([row.row, text(summary), ...row.cells.map((c) => text(typeof c === 'string' ? c : c == null ? '' : shownCell(c)))]).commit();
  }
  beside.commit();
  await workbook.commit();
}

/** Finds each sheet's header row (under title rows, perhaps) by the kind its problems name. */
class HeaderRows {
  private readonly kinds = new Map<string, FeedKind | undefined>();
  private readonly found = new Set<string>();

  constructor(problems: readonly FeedProblem[]) {
    for (const p of problems) if (p.kind && !this.kinds.get(p.sheet ?? '')) this.kinds.set(p.sheet ?? '', p.kind);
  }

  isHeader(row: ReportedRow): boolean {
    const sheet = row.sheet ?? '';
    if (this.found.has(sheet) || row.row > HEADER_ROWS) return false;
    const kind = this.kinds.get(sheet);
    const isHeader = kind ? new HeaderSearch(kindDefinition(kind)).consider(row.cells as RawCell[], row.row).found : row.row === 1;
    if (isHeader) this.found.add(sheet);
    return isHeader;
  }
}

function messages(p: FeedProblem): string[] {
  return [problemMessage(p, 'zh-Hant'), problemMessage(p, 'zh-Hans'), problemMessage(p, 'en')];
}

function text(value: unknown): unknown {
  return typeof value === 'string' ? escapeFormula(value) : value;
}

function rowKey(sheet: string | undefined, row: number): string {
  return `${sheet ?? ''}\u0000${row}`;
}

function groupByRow(problems: readonly FeedProblem[]): Map<string, FeedProblem[]> {
  const byRow = new Map<string, FeedProblem[]>();
  for (const p of problems) {
    const key = rowKey(p.sheet, p.row);
    byRow.set(key, [...(byRow.get(key) ?? []), p]);
  }
  return byRow;
}
