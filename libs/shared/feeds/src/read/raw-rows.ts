import type { ReportedRow } from '../export/error-report.writer';
import { csvSection } from './csv.reader';
import { FeedEncoding, FeedFormat, sniffEncoding, sniffFormat } from './detect';
import { FEED_DEFAULTS } from './feed-options';
import type { FeedSection } from './feed-section';
import { FeedInput, openSource, OpenedSource } from './feed-source';
import { jsonlSection } from './jsonl.reader';
import { xlsxSections } from './xlsx.reader';
import { CellError, FormattedNumber } from './special-cells';
import type { RawCell } from '../validate/cell.parsers';

/**
 * The rows of a file as sent, without validation: to put them beside their problems in
 * the error report. Reads the file again rather than keeping it from the first read.
 */
export async function* readRawRows(
  input: FeedInput,
  options: { format?: FeedFormat; encoding?: FeedEncoding; maxBytes?: number } = {},
): AsyncGenerator<ReportedRow> {
  const source = await openSource(input, options.maxBytes ?? FEED_DEFAULTS.maxBytes);
  try {
    for await (const section of rawSections(source, options)) {
      for await (const batch of section.records) {
        for (const record of batch) {
          if ('cells' in record) yield { sheet: section.sheet, row: record.row, cells: record.cells.map(plainCell) };
          else if ('fields' in record) yield { row: record.row, cells: Object.values(record.fields) };
          else yield { row: record.row, cells: [record.value ?? ''] };
        }
      }
    }
  } finally {
    source.bytes.destroy();
  }
}

/** Cells as plain values: a number's whole value, a formula's error as its text (none if never computed). */
function plainCell(cell: RawCell): unknown {
  if (cell instanceof FormattedNumber) return cell.value;
  if (cell instanceof CellError) return cell.error === '' ? undefined : cell.error;
  return cell;
}

async function* rawSections(source: OpenedSource, options: { format?: FeedFormat; encoding?: FeedEncoding }): AsyncGenerator<FeedSection> {
  const format = sniffFormat(source.head, options.format);
  if (format === 'xlsx') {
    yield* xlsxSections(source, { maxUncompressedBytes: FEED_DEFAULTS.maxUncompressedBytes, maxEntries: FEED_DEFAULTS.maxEntries });
    return;
  }
  const encoding = options.encoding ?? sniffEncoding(source.head);
  const decodeAs = encoding === 'gbk' ? 'gb18030' : encoding;
  yield format === 'jsonl' ? jsonlSection(source.bytes, decodeAs) : csvSection(source.bytes, decodeAs);
}
