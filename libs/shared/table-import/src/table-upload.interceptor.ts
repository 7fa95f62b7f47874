import {
  BadRequestException, CallHandler, ExecutionContext, Inject, mixin, NestInterceptor, PayloadTooLargeException, Type, UnprocessableEntityException,
} from '@nestjs/common';
import multer, { MulterError, StorageEngine } from 'multer';
import { Readable } from 'node:stream';
import { Observable } from 'rxjs';
import { callerLanguage, Language } from './table-columns';
import { NotATableFile } from './table-reading';

type Upload = (req: unknown, res: unknown, done: (error?: unknown) => void) => void;
interface UploadRequest { query: Record<string, unknown>; headers: Record<string, unknown> }

/** How an import reads its file, and the setting that bounds its size. */
export interface TableUploadOptions<S, R> {
  /** The settings class (a provider) the limits come from. */
  settings: Type<S>;
  maxBytes(settings: S): number;
  /** The setting's name, told to the caller of a file too large. */
  maxBytesSetting: string;
  /** Reads the file as it streams in; `fileName` is the name the form gave it. */
  read(file: Readable, settings: S, language: Language, fileName: string): Promise<R>;
}

/**
 * An interceptor that reads the multipart body's one file, `file`, as it arrives: multer hands its
 * stream to the import's reader (a storage engine that stores nothing), so the file is never held
 * whole, and at most the configured bytes of it are read. The reading (or a 422 for a file that is
 * neither CSV nor XLSX, a 400 for a form not as expected, a 413 for too large) reaches the
 * controller as `req.file.reading`.
 */
export function TableUpload<S, R>(options: TableUploadOptions<S, R>): Type<NestInterceptor> {
  class Interceptor implements NestInterceptor {
    private readonly upload: Upload;

    constructor(@Inject(options.settings) private readonly settings: S) {
      const storage: StorageEngine = {
        _handleFile(req, file, done) {
          const language = callerLanguage((req as unknown as UploadRequest).query['lang'], req.headers['accept-language']);
          options.read(file.stream as Readable, settings, language, file.originalname).then(
            (reading) => done(null, { reading } as never),
            (error: unknown) => { file.stream.resume(); done(error as Error); },
          );
        },
        _removeFile: (_req, _file, done) => done(null),
      };
      // defParamCharset: browsers send a file name of Chinese characters as UTF-8 bytes (busboy's default reads them as latin1).
      this.upload = multer({ storage, defParamCharset: 'utf8', limits: { fileSize: options.maxBytes(settings), files: 1, fields: 0, parts: 1 } }).single('file') as Upload;
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      await new Promise<void>((resolve, reject) =>
        this.upload(http.getRequest(), http.getResponse(), (error) => (error ? reject(this.refusal(error)) : resolve())));
      return next.handle();
    }

    private refusal(error: unknown): Error {
      if (error instanceof NotATableFile) return new UnprocessableEntityException({ message: 'The file is neither CSV nor XLSX', problems: [{ field: 'file', reason: error.message, row: 0, code: 'not-a-file' }] });
      return formRefusal(error, { maxBytes: options.maxBytes(this.settings), setting: options.maxBytesSetting, what: 'file' });
    }
  }
  return mixin(Interceptor);
}

/**
 * What multer's refusal of a one-file form is told: 413 past the size setting, 400 for a form
 * not as expected (naming the field busboy names), never a 500.
 */
export function formRefusal(error: unknown, limit: { maxBytes: number; setting: string; what: string }): Error {
  if (!(error instanceof MulterError)) {
    return new BadRequestException({ message: 'The body is no readable multipart form', problems: [{ field: '(body)', reason: String((error as Error)?.message ?? error) }] });
  }
  if (error.code === 'LIMIT_FILE_SIZE') {
    return new PayloadTooLargeException({ message: 'The file is too large', problems: [{ field: 'file', reason: `must be at most ${limit.maxBytes} bytes (${limit.setting})` }] });
  }
  // Busboy names the field of an unexpected file, not of a surplus part or text field.
  const field = error.field ?? 'file';
  const reason = error.field ? `${error.field} is not a field of this form: send the ${limit.what} as the field file` : `the form must hold the ${limit.what} as the field file, and nothing else`;
  return new BadRequestException({ message: 'The form is not as expected', problems: [{ field, reason }] });
}

/** The reading a TableUpload left on the request; a 400 when the form held no file. */
/** A file name as a record keeps it: without control characters, at most 255 characters; undefined when nothing is left. */
export function cleanFileName(name: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  const clean = (name ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 255);
  return clean || undefined;
}

export function uploadedReading<R>(req: { file?: { reading?: R } }): R {
  const reading = req.file?.reading;
  if (!reading) throw new BadRequestException({ message: 'No file was sent', problems: [{ field: 'file', reason: 'file is required: a CSV or XLSX file in the multipart field file' }] });
  return reading;
}
