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
  let newline: '\n' | '\r' | '\r\n' | undefined; // likewise
  let nextRow = 1;
  let parser: Papa.Parser | undefined;
  try {
    for await (const block of recordBlocks(decodeText(bytes, encoding), true)) {
      if (block.text === '' && block.last) return;
      // Once the delimiter and the line break are known, papaparse's Parser is used directly:
      // Papa.parse's wrapping (a streamer and a handle around the same Parser) costs about as
      // much again, in garbage collection mostly. The first block still goes through
      // Papa.parse, which drops a BOM and guesses the delimiter and the line break.
      const parsed: Papa.ParseResult<string[]> = parser
        ? parser.parse(block.text, 0, false)
        : Papa.parse<string[]>(block.text, { delimiter, newline, delimitersToGuess: [',', '\t', ';', '|'] });
      if (!parser) {
        delimiter = parsed.meta.delimiter;
        if (block.text.includes('\n') || block.text.length > 4096) newline = parsed.meta.linebreak as '\n' | '\r' | '\r\n';
        if (delimiter && newline) parser = new Papa.Parser({ delimiter, newline });
      }
      const records = toRecords(parsed, nextRow);
      nextRow += records.length;
      yield records; // `parsed` is no longer needed: the rows can die as they are checked
    }
  } catch (error) {
    if (error instanceof RecordTooLong) throw new FeedReadError('unterminated-quote', `row ${nextRow}`);
    throw error;
  }
}

function toRecords(parsed: Papa.ParseResult<string[]>, firstRow: number): RawRecord[] {
  const { data } = parsed;
  const records: RawRecord[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) records[i] = { row: firstRow + i, cells: data[i] };
  for (const error of parsed.errors) {
    // Only a quote left open breaks a record; papaparse's delimiter guess is no problem.
    if (error.code !== 'MissingQuotes' || error.row === undefined) continue;
    records[error.row] = { row: firstRow + error.row, fault: 'unterminated-quote' };
  }
  return records;
}
