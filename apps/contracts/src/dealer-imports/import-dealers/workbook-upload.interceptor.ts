import { formRefusal } from '@aftersales/table-import';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import multer from 'multer';
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
    return formRefusal(error, { maxBytes: this.limits.maxBytes, setting: 'DEALER_IMPORT_MAX_BYTES', what: 'workbook' });
  }
}
