import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { FeedKind } from '../kinds/feed-kind';
import { kindDefinition } from '../kinds/kinds.registry';
import type { FeedEncoding } from '../read/detect';
import { escapeFormula } from './formula-escape';
import { headerText, HeaderStyle, rowTexts } from './row.formatter';
import { xlsxCell, xlsxColumns } from './xlsx-cells';

export interface FeedWriteOptions {
  readonly headers?: HeaderStyle;
  readonly timeZone?: string;
  /** Prefix formula-looking cells with `'` (default true; off only to test reading them). */
  readonly escapeFormulae?: boolean;
}

export interface CsvWriteOptions extends FeedWriteOptions {
  readonly encoding?: FeedEncoding;
  /** A UTF-8 BOM makes Excel show Chinese correctly; default true for UTF-8. */
  readonly bom?: boolean;
}

type Rows = Iterable<object> | AsyncIterable<object>;

const BATCH = 500;

/** Typed rows of a kind as a CSV byte stream, in the dealers' encodings. */
export function writeFeedCsv(kind: FeedKind, rows: Rows, options: CsvWriteOptions = {}): Readable {
  return Readable.from(csvChunks(kind, rows, options));
}

async function* csvChunks(kind: FeedKind, rows: Rows, options: CsvWriteOptions): AsyncGenerator<Buffer> {
  const encoding = options.encoding === 'gbk' ? 'gb18030' : (options.encoding ?? 'utf-8');
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const escape = options.escapeFormulae ?? true;
  const encode = (lines: string[][]) => iconv.encode(`${Papa.unparse(lines, { newline: '\r\n' })}\r\n`, encoding);
  if (encoding === 'utf-8' && (options.bom ?? true)) yield Buffer.from([0xef, 0xbb, 0xbf]);
  yield encode([kindDefinition(kind).columns.map((c) => headerText(c, options.headers ?? 'english'))]);
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(rowTexts(kind, row, timeZone).map((text) => (escape ? escapeFormula(text) : text)));
    if (batch.length >= BATCH) {
      yield encode(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield encode(batch);
}

/** Typed rows as JSON Lines with the English keys; amounts and times as the dealer writes them. */
export function writeFeedJsonl(kind: FeedKind, rows: Rows, options: FeedWriteOptions = {}): Readable {
  const columns = kindDefinition(kind).columns;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  return Readable.from(
    (async function* () {
      for await (const row of rows) {
        const texts = rowTexts(kind, row, timeZone);
        const entries = columns.map((c, i) => [c.key, texts[i]] as const).filter(([, text]) => text !== '');
        yield Buffer.from(`${JSON.stringify(Object.fromEntries(entries))}\n`);
      }
    })(),
  );
}

export interface XlsxSheet {
  readonly kind: FeedKind;
  readonly rows: Rows;
  /** Default: the kind's Chinese form name, which the reader recognises. */
  readonly name?: string;
}

/** Typed rows as a workbook, one sheet per kind, streamed: dates are real Excel dates. */
export async function writeFeedXlsx(target: Writable, sheets: readonly XlsxSheet[], options: FeedWriteOptions = {}) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: target, useSharedStrings: false, useStyles: true });
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  for (const sheet of sheets) {
    const definition = kindDefinition(sheet.kind);
    const worksheet = workbook.addWorksheet(sheet.name ?? definition.forms[0]);
    worksheet.columns = xlsxColumns(definition.columns, options.headers ?? 'bilingual');
    for await (const row of sheet.rows) {
      const values = row as Record<string, unknown>;
      const cells = definition.columns.map((c) => xlsxCell(c, values[c.key], timeZone, options.escapeFormulae ?? true));
      worksheet.addRow(cells).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
