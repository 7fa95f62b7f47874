import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { FeedReadError } from './feed-section';

export type FeedInput = Readable | string | Buffer | Uint8Array;

/** The first bytes of a file, for sniffing its format and encoding, and the whole of it. */
export interface OpenedSource {
  readonly head: Buffer;
  /** All the bytes, head included, failing with 'file-too-large' past the limit. */
  readonly bytes: Readable;
  readonly path?: string;
  readonly buffer?: Buffer;
}

export const HEAD_BYTES = 64 * 1024;

export async function openSource(input: FeedInput, maxBytes: number): Promise<OpenedSource> {
  if (typeof input === 'string') {
    const { size } = await stat(input);
    if (size > maxBytes) throw new FeedReadError('file-too-large', String(maxBytes));
    return { ...(await peek(createReadStream(input), maxBytes)), path: input };
  }
  if (input instanceof Uint8Array) {
    const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (buffer.length > maxBytes) throw new FeedReadError('file-too-large', String(maxBytes));
    return { head: buffer.subarray(0, HEAD_BYTES), bytes: Readable.from([buffer]), buffer };
  }
  return peek(input, maxBytes);
}

/** Reads the head of a stream without losing it: the returned stream replays it first. */
async function peek(stream: Readable, maxBytes: number): Promise<OpenedSource> {
  const chunks = stream[Symbol.asyncIterator]();
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    headChunks.push(chunk);
    headLength += chunk.length;
  }
  const head = Buffer.concat(headChunks);
  return { head: head.subarray(0, HEAD_BYTES), bytes: Readable.from(replay(head, ended ? undefined : chunks, maxBytes)) };
}

async function* replay(head: Buffer, rest: AsyncIterator<unknown> | undefined, maxBytes: number) {
  if (head.length > maxBytes) throw new FeedReadError('file-too-large', String(maxBytes));
  if (head.length > 0) yield head;
  let total = head.length;
  try {
    for (let next = await rest?.next(); next && !next.done; next = await rest?.next()) {
      const chunk = toBuffer(next.value);
      total += chunk.length;
      // Counted as the bytes flow, so a stream without a known size is cut off at the limit.
      if (total > maxBytes) throw new FeedReadError('file-too-large', String(maxBytes));
      yield chunk;
    }
  } finally {
    await rest?.return?.(); // closes the file or the caller's stream when reading stops early
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new FeedReadError('read-failed', 'the input stream must give bytes');
}
