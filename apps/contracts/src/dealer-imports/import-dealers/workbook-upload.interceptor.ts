import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { ImportLimits } from '../import-limits';

type Upload = (req: unknown, res: unknown, done: (error?: unknown) => void) => void;

/**
 * Reads the multipart body's one file, `file`, into memory, reading no more than
 * DEALER_IMPORT_MAX_BYTES of it (multer, as Nest's FileInterceptor uses it), and refuses
 * anything else with a problem that names the field, not a bare message.
 */
@Injectable()
export class WorkbookUpload implements NestInterceptor {
  private readonly upload: Upload;

  constructor(private readonly limits: ImportLimits) {
    this.upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: limits.maxBytes, files: 1, fields: 0, parts: 1 } }).single('file') as Upload;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      this.upload(http.getRequest(), http.getResponse(), (error) => (error ? reject(this.refusal(error)) : resolve())));
    return next.handle();
  }

  private refusal(error: unknown): Error {
    if (!(error instanceof MulterError)) {
      return new BadRequestException({ message: 'The body is no readable multipart form', problems: [{ field: '(body)', reason: String((error as Error)?.message ?? error) }] });
    }
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new PayloadTooLargeException({
        message: 'The file is too large', problems: [{ field: 'file', reason: `must be at most ${this.limits.maxBytes} bytes (DEALER_IMPORT_MAX_BYTES)` }],
      });
    }
    // Busboy names the field of an unexpected file, not of a surplus part or text field.
    const field = error.field ?? 'file';
    const reason = error.field ? `${error.field} is not a field of this form: send the workbook as the field file`
      : 'the form must hold the workbook as the field file, and nothing else';
    return new BadRequestException({ message: 'The form is not as expected', problems: [{ field, reason }] });
  }
}
