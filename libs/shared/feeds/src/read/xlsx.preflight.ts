import { createInflateRaw } from 'node:zlib';
import { Entry, fromBufferPromise, openPromise, ZipFile } from 'yauzl';
import { FeedReadError } from './feed-section';

export interface XlsxLimits {
  /** Bytes all entries may expand to; a zip bomb goes far beyond. */
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
}

/** Sheet file number (`xl/worksheets/sheet3.xml` → '3') → the name the user gave the sheet. */
export type SheetNames = ReadonlyMap<string, string>;

export interface WorkbookSheets {
  readonly names: SheetNames;
  /** Sheet file numbers of the hidden sheets (state hidden or veryHidden). */
  readonly hidden: ReadonlySet<string>;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Checks a workbook before exceljs sees it: complete (central directory present), not a zip
 * bomb (declared sizes, and yauzl's check that each entry inflates to no more than it
 * declares), every entry inflates cleanly. Returns the names of the sheets, which exceljs's
 * streaming reader does not give.
 */
export async function preflightXlsx(file: { path?: string; buffer?: Buffer }, limits: XlsxLimits): Promise<WorkbookSheets> {
  const zip = await openZip(file);
  try {
    if (zip.entryCount > limits.maxEntries) throw new FeedReadError('zip-bomb', `${zip.entryCount} entries`);
    const kept = new Map<string, string>();
    const seen = new Set<string>();
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      seen.add(entry.fileName);
      total += entry.uncompressedSize;
      if (total > limits.maxUncompressedBytes) throw new FeedReadError('zip-bomb', `more than ${limits.maxUncompressedBytes} bytes`);
      const text = await inflate(zip, entry, entry.fileName === WORKBOOK || entry.fileName === WORKBOOK_RELS);
      if (text !== undefined) kept.set(entry.fileName, text);
    }
    const workbook = kept.get(WORKBOOK);
    if (workbook === undefined) throw notAWorkbook(seen);
    return sheetNames(workbook, kept.get(WORKBOOK_RELS) ?? '');
  } catch (error) {
    throw asReadError(error);
  } finally {
    zip.close();
  }
}

async function openZip({ path, buffer }: { path?: string; buffer?: Buffer }): Promise<ZipFile> {
  const options = { validateEntrySizes: true, strictFileNames: false, autoClose: false };
  try {
    if (buffer) return await fromBufferPromise(buffer, options);
    if (path) return await openPromise(path, options);
  } catch (error) {
    throw asReadError(error);
  }
  throw new FeedReadError('read-failed', 'no workbook given');
}

/** Inflates one entry to the end (failing it if it inflates past, or short of, its declared size). */
async function inflate(zip: ZipFile, entry: Entry, keep: boolean) {
  if (!keep && entry.compressionMethod === DEFLATE) return countInflated(zip, entry);
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) if (keep) chunks.push(chunk as Buffer);
  return keep ? Buffer.concat(chunks).toString('utf8') : undefined;
}

const DEFLATE = 8;
/** Big output chunks: far fewer thread-pool round trips than zlib's 16 KiB default. */
const INFLATE_CHUNK = 1024 * 1024;

/**
 * yauzl's check (validateEntrySizes) done here, on the raw deflate data with large chunks:
 * the inflated bytes are counted and dropped, the entry failing as soon as it passes its size.
 */
async function countInflated(zip: ZipFile, entry: Entry): Promise<undefined> {
  const raw = await zip.openReadStreamPromise(entry, { decompress: false });
  const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  const expected = entry.uncompressedSize;
  let actual = 0;
  try {
    raw.on('error', (error) => inflater.destroy(error));
    raw.pipe(inflater);
    for await (const chunk of inflater) {
      actual += (chunk as Buffer).length;
      if (actual > expected) throw new Error(`too many bytes in the stream. expected ${expected}. got at least ${actual}`);
    }
  } finally {
    raw.destroy();
    inflater.destroy();
  }
  if (actual < expected) throw new Error(`not enough bytes in the stream. expected ${expected}. got only ${actual}`);
  return undefined;
}

/** A zip that is no XLSX: an OpenDocument or binary workbook is named, anything else is corrupt. */
function notAWorkbook(entries: ReadonlySet<string>): FeedReadError {
  if (entries.has('content.xml') && entries.has('mimetype')) return new FeedReadError('ods-file');
  if (entries.has('xl/workbook.bin')) return new FeedReadError('unsupported-format', 'XLSB');
  return new FeedReadError('corrupt-xlsx', `no ${WORKBOOK}`);
}

function asReadError(error: unknown): FeedReadError {
  if (error instanceof FeedReadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/too many bytes|exceeds|expected .* bytes/i.test(message)) return new FeedReadError('zip-bomb', message);
  return new FeedReadError('corrupt-xlsx', message);
}

function sheetNames(workbook: string, rels: string): WorkbookSheets {
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const number = /worksheets\/sheet(\d+)\.xml/.exec(attribute(tag, 'Target') ?? '')?.[1];
    if (id && number) targets.set(id, number);
  }
  const names = new Map<string, string>();
  const hidden = new Set<string>();
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const number = targets.get(attribute(tag, 'r:id') ?? attribute(tag, 'id') ?? '');
    const name = attribute(tag, 'name');
    if (number && name !== undefined) names.set(number, name);
    if (number && /hidden/i.test(attribute(tag, 'state') ?? '')) hidden.add(number);
  }
  return { names, hidden };
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]) : undefined;
}

function decodeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? all;
  });
}
