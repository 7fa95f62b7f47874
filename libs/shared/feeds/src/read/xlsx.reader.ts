import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { kindByName } from '../kinds/kinds.registry';
import type { RawCell } from '../validate/cell.parsers';
import { FeedReadError, FeedSection, RawRecord } from './feed-section';
import type { OpenedSource } from './feed-source';
import { formatNumber, hasMoreThanCents } from './number-format';
import { CellError, FormattedNumber } from './special-cells';
import { sheetXmlChunks, utf8Chunks } from './utf8-chunks';
import { preflightXlsx, XlsxLimits } from './xlsx.preflight';

const BATCH = 256;

/** Each sheet of a workbook as a section, streamed by exceljs after the preflight check. */
export async function* xlsxSections(source: OpenedSource, limits: XlsxLimits): AsyncGenerator<FeedSection> {
  const file = await onDisk(source);
  try {
    const { names, hidden } = await preflightXlsx(file, limits);
    const visible = [...names].filter(([id]) => !hidden.has(id)).map(([, name]) => name);
    const reader = new Utf8SafeWorkbookReader(file.path ?? bufferStream(file.buffer), {
      sharedStrings: 'cache',
      styles: 'cache', // tells date cells from numbers
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    const read = new Set<string>();
    try {
      for await (const worksheet of reader) {
        const id = String((worksheet as unknown as { id: string | number }).id);
        const sheet = names.get(id) ?? `Sheet${id}`;
        read.add(id);
        const records = sheetRecords(worksheet);
        yield { sheet, kind: kindByName(sheet), workbookSheets: visible, hidden: hidden.has(id), records };
      }
    } catch (error) {
      throw error instanceof FeedReadError ? error : new FeedReadError('corrupt-xlsx', (error as Error).message);
    }
    // Known defect (exceljs's streaming reader): a workbook in Excel's own entry order, read by a
    // consumer that awaits I/O between rows, can end without its later sheets. Never a silent part:
    // a sheet the workbook lists that was not read rejects the file.
    const missed = [...names].filter(([id]) => !read.has(id)).map(([, name]) => name);
    if (missed.length > 0) throw new FeedReadError('corrupt-xlsx', `sheets not read: ${missed.join(', ')}`);
  } finally {
    await file.cleanup();
  }
}

type SheetParser = (iterator: AsyncIterable<unknown>, sheetNo: string) => AsyncGenerator<unknown>;
type StringsParser = (entry: Readable) => AsyncGenerator<unknown>;

/** exceljs's streaming reader, fed whole UTF-8 characters (see utf8-chunks.ts). */
class Utf8SafeWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string) {
    const parse = (ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as { _parseWorksheet: SheetParser })._parseWorksheet;
    return parse.call(this, sheetXmlChunks(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable) {
    const parse = (ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as { _parseSharedStrings: StringsParser })._parseSharedStrings;
    return parse.call(this, Readable.from(utf8Chunks(entry)));
  }
}

type SheetEvents = AsyncIterable<readonly { eventType: string; value: unknown }[]>;

/**
 * The rows of a sheet in the batches exceljs parses them in (one per chunk of the sheet's
 * XML): its `parse()` events rather than its row-by-row async iterator, so that no await
 * happens per row.
 */
async function* sheetRecords(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<RawRecord[]> {
  const events = (worksheet as unknown as { parse(): SheetEvents }).parse();
  let batch: RawRecord[] = [];
  for await (const chunk of events) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i].eventType !== 'row') continue;
      const row = chunk[i].value as ExcelJS.Row;
      batch.push({ row: row.number, cells: rowCells(row) });
    }
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function rowCells(row: ExcelJS.Row): RawCell[] {
  const values = row.values as unknown[];
  const cells: RawCell[] = new Array(Math.max(values.length - 1, 0));
  for (let i = 1; i < values.length; i++) {
    const cell = cellValue(values[i]);
    // A number holding more than it shows (33.33 holding 100/3) keeps what it shows.
    cells[i - 1] = typeof cell === 'number' && hasMoreThanCents(cell) ? formatted(cell, row.getCell(i).numFmt) : cell;
  }
  return cells;
}

function formatted(value: number, format: string | undefined): RawCell {
  const shown = formatNumber(value, format);
  return shown === undefined ? value : new FormattedNumber(value, shown);
}

/** No saved result: a formula written by a program and never computed by a spreadsheet. */
const NOT_COMPUTED = new CellError('');

/**
 * exceljs cell values → plain ones; a formula cell gives its saved result (an error result
 * as its text: see sheetXmlChunks), or NOT_COMPUTED when the file saved none.
 */
function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value as RawCell;
  const v = value as { richText?: { text: string }[]; text?: unknown; formula?: string; sharedFormula?: string; result?: unknown; error?: string };
  if (v.richText) return v.richText.map((part) => part.text).join('');
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    const result = v.result;
    return result === undefined || (typeof result === 'number' && Number.isNaN(result)) ? NOT_COMPUTED : cellValue(result);
  }
  if ('result' in v) return cellValue(v.result);
  if (v.error !== undefined) return v.error;
  if (v.text !== undefined) return cellValue(v.text);
  return undefined;
}

/** yauzl needs random access: a stream is first written to a temporary file (bytes limited). */
async function onDisk(source: OpenedSource) {
  if (source.path || source.buffer) {
    source.bytes.destroy();
    return { path: source.path, buffer: source.buffer, cleanup: async () => undefined };
  }
  const folder = await mkdtemp(join(tmpdir(), 'feed-'));
  const path = join(folder, 'upload.xlsx');
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    await pipeline(source.bytes, createWriteStream(path));
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { path, buffer: undefined, cleanup };
}

function bufferStream(buffer: Buffer | undefined): Readable {
  return Readable.from([buffer ?? Buffer.alloc(0)]);
}
