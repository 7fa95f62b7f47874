import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FeedLimits } from '../feed-limits';

export interface ReceivedFile { path: string; fileName: string; bytes: number; contentHash: string; remove(): Promise<void> }

/** The client went away before its file was whole: nothing is kept and nothing recorded (a 400 nobody reads). */
export class UploadAbandoned extends BadRequestException {
  constructor(reason: string) {
    super({ message: 'The upload was not completed', problems: [{ field: 'file', reason }] });
  }
}

const problem = (field: string, reason: string) => ({ problems: [{ field, reason }] });

/**
 * Streams the multipart field `file` to a temporary file while hashing it (sha256) and counting
 * its bytes, never holding it in memory; refuses more than FEEDS_MAX_BYTES (413), another field
 * (400), a form without the file (400) and a body that is no multipart form (415).
 */
export async function receiveUpload(req: IncomingMessage, limits: FeedLimits, onBytes: (bytes: number) => void): Promise<ReceivedFile> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
    throw new UnsupportedMediaTypeException({ message: 'The body is not a multipart form', ...problem('file', 'send the feed as multipart/form-data with the field file') });
  }
  await mkdir(limits.uploadDir, { recursive: true });
  const path = join(limits.uploadDir, `${randomUUID()}.upload`);
  const remove = () => rm(path, { force: true });
  try {
    return await new Promise<ReceivedFile>((resolve, reject) => {
      let parser: ReturnType<typeof busboy>;
      try {
        parser = busboy({ headers: req.headers, limits: { fileSize: limits.maxBytes, files: 1, fields: 10 }, defParamCharset: 'utf8' });
      } catch (error) {
        reject(new BadRequestException({ message: 'The body is no readable multipart form', ...problem('(body)', (error as Error).message) }));
        return;
      }
      let written: Promise<ReceivedFile> | undefined;
      const fail = (error: Error) => { req.unpipe(parser); req.resume(); reject(error); };
      const abandoned = () => reject(new UploadAbandoned('the client closed the connection before the file was whole'));
      // The client may have gone while the upload directory was made: then no event comes any more.
      if (req.destroyed && !req.complete) {
        abandoned();
        return;
      }
      req.on('aborted', abandoned);
      req.on('close', () => { if (!req.complete) abandoned(); });
      req.on('error', () => reject(new UploadAbandoned('the connection failed before the file was whole')));
      parser.on('file', (name, stream, info) => {
        if (name !== 'file') {
          stream.resume();
          fail(new BadRequestException({ message: 'The form is not as expected', ...problem(name, `${name} is not a field of this form: send the feed as the field file`) }));
          return;
        }
        written = store(stream, path, info.filename || 'feed', limits, onBytes);
        written.catch(fail);
      });
      parser.on('field', (name) => fail(new BadRequestException({ message: 'The form is not as expected', ...problem(name, `${name} is not a field of this form: send only the feed, as the field file`) })));
      parser.on('filesLimit', () => fail(new BadRequestException({ message: 'The form is not as expected', ...problem('file', 'the form must hold one file, the feed, as the field file') })));
      parser.on('error', (error) => fail(new BadRequestException({ message: 'The body is no readable multipart form', ...problem('(body)', error.message) })));
      parser.on('close', () => {
        if (!written) reject(new BadRequestException({ message: 'No file was sent', ...problem('file', 'file is required: the feed (CSV, XLSX or JSON Lines) in the multipart field file') }));
        else written.then(resolve, reject);
      });
      req.pipe(parser);
    });
  } catch (error) {
    await remove();
    throw error;
  }
}

async function store(stream: NodeJS.ReadableStream & { truncated?: boolean }, path: string, fileName: string, limits: FeedLimits, onBytes: (n: number) => void): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  let tooLarge = false;
  (stream as NodeJS.EventEmitter).on('limit', () => { tooLarge = true; });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      onBytes(bytes);
      done(null, chunk);
    },
  });
  await pipeline(stream, counter, createWriteStream(path));
  if (tooLarge || stream.truncated) {
    throw new PayloadTooLargeException({ message: 'The file is too large', ...problem('file', `must be at most ${limits.maxBytes} bytes (FEEDS_MAX_BYTES)`) });
  }
  return { path, fileName: fileName.slice(0, 255), bytes, contentHash: hash.digest('hex'), remove: () => rm(path, { force: true }) };
}
