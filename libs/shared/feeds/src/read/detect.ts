import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { KINDS } from '../kinds/kinds.registry';
import { normaliseHeader } from '../validate/header.mapper';
import { FeedReadError } from './feed-section';

export type FeedFormat = 'csv' | 'xlsx' | 'jsonl';
export type FeedEncoding = 'utf-8' | 'gb18030' | 'gbk' | 'big5' | 'utf-16le' | 'utf-16be';

const ZIP = Buffer.from([0x50, 0x4b]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** The format from the content (zip magic, a leading `{`), which wins over a file's name. */
export function sniffFormat(head: Buffer, declared?: FeedFormat): FeedFormat {
  if (head.length === 0) throw new FeedReadError('empty-file');
  if (head.subarray(0, 2).equals(ZIP)) {
    // An OpenDocument file begins with its uncompressed `mimetype` entry.
    if (head.subarray(0, 120).includes(ODS_MIMETYPE)) throw new FeedReadError('ods-file');
    return 'xlsx';
  }
  if (head.subarray(0, 4).equals(OLE2)) throw new FeedReadError('xls-file');
  if (declared === 'xlsx') throw new FeedReadError('corrupt-xlsx', 'not a zip archive');
  if (utf16Bom(head) === undefined && looksBinary(head)) throw new FeedReadError('binary-file');
  if (declared) return declared;
  const text = head.subarray(head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0).toString('latin1');
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** NUL bytes, or many control characters, never occur in a CSV or JSON text file. */
function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control > head.length / 100;
}

function utf16Bom(head: Buffer): FeedEncoding | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

const KNOWN_LABELS = new Set(
  Object.values(KINDS).flatMap((k) => k.columns.flatMap((c) => [c.traditional, c.simplified].map(normaliseHeader))),
);

/**
 * BOM, else strict UTF-8, else GB18030 or Big5: whichever decodes more of the header into
 * known column labels (a header is short, too short for statistics alone), then chardet.
 */
export function sniffEncoding(head: Buffer): FeedEncoding {
  if (head.subarray(0, 3).equals(UTF8_BOM)) return 'utf-8';
  const bom = utf16Bom(head);
  if (bom) return bom;
  const sample = wholeLines(head);
  if (isUtf8(sample)) return 'utf-8';
  const gb = knownLabelCount(sample, 'gb18030');
  const big5 = knownLabelCount(sample, 'big5');
  if (gb !== big5) return gb > big5 ? 'gb18030' : 'big5';
  const guesses = analyse(sample).filter((m) => m.name === 'GB18030' || m.name === 'Big5');
  return guesses[0]?.name === 'Big5' ? 'big5' : 'gb18030';
}

/** The head cut after its last newline, so no multi-byte character is cut in two. */
function wholeLines(head: Buffer): Buffer {
  const end = head.lastIndexOf(0x0a);
  return end > 0 && head.length >= 4096 ? head.subarray(0, end + 1) : head;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function knownLabelCount(sample: Buffer, encoding: FeedEncoding): number {
  const firstLine = iconv.decode(sample.subarray(0, 4096), encoding).split('\n')[0];
  return firstLine.split(/[,\t;"\s/*]+/).filter((cell) => KNOWN_LABELS.has(normaliseHeader(cell))).length;
}
