import { pipeline, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { FeedEncoding } from './detect';

/** A record longer than this is a runaway quote or a hostile file, not a dealer's form. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Bytes → text in the given encoding (BOM dropped); errors of the bytes flow through. */
export function decodeText(bytes: Readable, encoding: FeedEncoding): AsyncIterable<string> {
  const decoder = iconv.decodeStream(encoding, { stripBOM: true });
  // pipeline forwards an error of the bytes (a limit, a closed upload) to the decoder's reader.
  pipeline(bytes, decoder, () => undefined);
  return decoder as unknown as AsyncIterable<string>;
}

export interface TextBlock {
  readonly text: string;
  /** True for the last block, which may end inside an open quote. */
  readonly last: boolean;
}

/**
 * Cuts decoded text into blocks of whole records: each block ends at a line break outside
 * quotes (an even number of `"` before it, which RFC 4180's `""` escape preserves), so a
 * stateless CSV parse of each block is exact. Pull-based: the next chunk is read only when
 * the consumer asks, which is the backpressure. With `quoted` false (JSON Lines) any line
 * break ends a record.
 */
export async function* recordBlocks(text: AsyncIterable<string>, quoted: boolean): AsyncGenerator<TextBlock> {
  let pending = '';
  let scanned = 0; // chars of `pending` already scanned...
  let quotes = 0; // ...and the quotes in them
  let breakChar: string | undefined;
  for await (const chunk of text) {
    pending += chunk;
    breakChar ??= lineBreakOf(pending);
    const cut = lastRecordEnd(pending, scanned, quotes, quoted, breakChar ?? '\n');
    if (cut.end >= 0) {
      yield { text: withoutBreak(pending.slice(0, cut.end)), last: false };
      pending = pending.slice(cut.end + 1);
      scanned = 0;
      quotes = 0;
    } else {
      scanned = pending.length;
      quotes = cut.quotes;
    }
    if (pending.length > MAX_RECORD_CHARS) throw new RecordTooLong();
  }
  yield { text: withoutBreak(pending), last: true };
}

export class RecordTooLong extends Error {
  constructor() {
    super(`a record is longer than ${MAX_RECORD_CHARS} characters`);
  }
}

/** '\n' (Windows and Unix files), or '\r' for old Mac files that have no '\n' at all. */
function lineBreakOf(text: string): string | undefined {
  if (text.includes('\n')) return '\n';
  return text.length > 4096 && text.includes('\r') ? '\r' : undefined;
}

function withoutBreak(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/** Index of the last line break outside quotes at or after `from`, and the quote count. */
function lastRecordEnd(text: string, from: number, quotesBefore: number, quoted: boolean, breakChar: string) {
  if (!quoted) return { end: text.lastIndexOf(breakChar), quotes: 0 };
  // Jumps from quote to quote and from break to break with indexOf (no per-char loop).
  let quotes = quotesBefore;
  let end = -1;
  let at = from;
  let nextQuote = text.indexOf('"', at);
  let nextBreak = text.indexOf(breakChar, at); // kept until passed: each char is searched once
  for (;;) {
    if ((quotes & 1) === 1) {
      // inside quotes: only the closing quote matters
      if (nextQuote < 0) break;
      quotes += 1;
      at = nextQuote + 1;
      nextQuote = text.indexOf('"', at);
      continue;
    }
    if (nextBreak >= 0 && nextBreak < at) nextBreak = text.indexOf(breakChar, at);
    if (nextQuote < 0) {
      if (nextBreak >= 0) end = text.lastIndexOf(breakChar);
      break;
    }
    if (nextBreak >= 0 && nextBreak < nextQuote) {
      // the last break before the next quote
      end = text.lastIndexOf(breakChar, nextQuote);
    }
    quotes += 1;
    at = nextQuote + 1;
    nextQuote = text.indexOf('"', at);
  }
  return { end, quotes };
}
