import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import multer, { MulterError, StorageEngine } from 'multer';
import { Observable } from 'rxjs';
import { Readable } from 'node:stream';
import { UnitSettings } from '../unit-settings';
import { DeliveryReading, NotADeliveryFile, readDeliveryFile } from './delivery-file';
import { callerLanguage } from './language';

type Upload = (req: unknown, res: unknown, done: (error?: unknown) => void) => void;
interface UploadRequest { query: Record<string, unknown>; headers: Record<string, unknown>; file?: { reading?: DeliveryReading } }

/**
 * Reads the multipart body's one file, `file`, as it arrives: multer hands its stream to the
 * delivery reader (a storage engine that stores nothing), so the file is never held whole; at
 * most UNIT_IMPORT_MAX_BYTES of it are read. The rows read (or a 400 for a file that is neither
 * CSV nor XLSX) go to the controller as `req.file.reading`.
 */
@Injectable()
export class DeliveryUpload implements NestInterceptor {
  private readonly upload: Upload;

  constructor(private readonly settings: UnitSettings) {
    const limits = { maxBytes: settings.importMaxBytes, maxRows: settings.importMaxRows };
    const storage: StorageEngine = {
      _handleFile(req, file, done) {
        const language = callerLanguage((req as unknown as UploadRequest).query['lang'], req.headers['accept-language']);
        readDeliveryFile(file.stream as Readable, limits, language).then(
          (reading) => done(null, { reading } as never),
          (error: unknown) => { file.stream.resume(); done(error as Error); },
        );
      },
      _removeFile: (_req, _file, done) => done(null),
    };
    this.upload = multer({ storage, limits: { fileSize: settings.importMaxBytes, files: 1, fields: 0, parts: 1 } }).single('file') as Upload;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      this.upload(http.getRequest(), http.getResponse(), (error) => (error ? reject(this.refusal(error)) : resolve())));
    return next.handle();
  }

  private refusal(error: unknown): Error {
    if (error instanceof NotADeliveryFile) return new UnprocessableEntityException({ message: 'The file is neither CSV nor XLSX', problems: [{ field: 'file', reason: error.message, row: 0, code: 'not-a-file' }] });
    if (!(error instanceof MulterError)) {
      return new BadRequestException({ message: 'The body is no readable multipart form', problems: [{ field: '(body)', reason: String((error as Error)?.message ?? error) }] });
    }
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new PayloadTooLargeException({ message: 'The file is too large', problems: [{ field: 'file', reason: `must be at most ${this.settings.importMaxBytes} bytes (UNIT_IMPORT_MAX_BYTES)` }] });
    }
    const field = error.field ?? 'file';
    const reason = error.field ? `${error.field} is not a field of this form: send the file as the field file` : 'the form must hold the file as the field file, and nothing else';
    return new BadRequestException({ message: 'The form is not as expected', problems: [{ field, reason }] });
  }
}
