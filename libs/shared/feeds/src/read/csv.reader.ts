import Papa from 'papaparse';
import type { Readable } from 'node:stream';
import type { FeedEncoding } from './detect';
import type { FeedSection, RawRecord } from './feed-section';
import { FeedReadError } from './feed-section';
import { decodeText, recordBlocks, RecordTooLong } from './text-blocks';

/** A CSV file as one section; papaparse parses each block of whole records. */
export function csvSection(bytes: Readable, encoding: FeedEncoding): FeedSection {
  return { records: csvRecords(bytes, encoding) };
}

async function* csvRecords(bytes: Readable, encoding: FeedEncoding): AsyncGenerator<RawRecord[]> {
  let delimiter = ''; // guessed by papaparse on the first block, then kept
  let nextRow = 1;
  try {
    for await (const block of recordBlocks(decodeText(bytes, encoding), true)) {
      if (block.text === '' && block.last) return;
      const parsed = Papa.parse<string[]>(block.text, { delimiter, delimitersToGuess: [',', '\t', ';', '|'] });
      delimiter = parsed.meta.delimiter;
      yield toRecords(parsed, nextRow);
      nextRow += parsed.data.length;
    }
  } catch (error) {
    if (error instanceof RecordTooLong) throw new FeedReadError('unterminated-quote', `row ${nextRow}`);
    throw error;
  }
}

function toRecords(parsed: Papa.ParseResult<string[]>, firstRow: number): RawRecord[] {
  const records: RawRecord[] = parsed.data.map((cells, i) => ({ row: firstRow + i, cells }));
  for (const error of parsed.errors) {
    // Only a quote left open breaks a record; papaparse's delimiter guess is no problem.
    if (error.code !== 'MissingQuotes' || error.row === undefined) continue;
    records[error.row] = { row: firstRow + error.row, fault: 'unterminated-quote' };
  }
  return records;
}
