import type { Readable } from 'node:stream';
import type { FeedEncoding } from './detect';
import { FeedReadError, FeedSection, RawRecord } from './feed-section';
import { decodeText, recordBlocks, RecordTooLong } from './text-blocks';

/** A JSON Lines file as one section: one object per line, keys as the CSV headers. */
export function jsonlSection(bytes: Readable, encoding: FeedEncoding): FeedSection {
  return { records: jsonlRecords(bytes, encoding) };
}

async function* jsonlRecords(bytes: Readable, encoding: FeedEncoding): AsyncGenerator<RawRecord[]> {
  let nextLine = 1;
  try {
    for await (const block of recordBlocks(decodeText(bytes, encoding), false)) {
      const lines = block.text.split('\n');
      yield lines.map((line, i) => parseLine(line, nextLine + i));
      nextLine += lines.length;
    }
  } catch (error) {
    if (error instanceof RecordTooLong) throw new FeedReadError('bad-json', `line ${nextLine} is too long`);
    throw error;
  }
}

function parseLine(line: string, row: number): RawRecord {
  const text = line.trim();
  if (text === '') return { row, cells: [] };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { row, fields: value as Record<string, unknown> };
    }
    return { row, fault: 'bad-json', detail: typeof value, value: text };
  } catch (error) {
    return { row, fault: 'bad-json', detail: (error as Error).message, value: text };
  }
}
