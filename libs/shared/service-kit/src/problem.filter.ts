import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '@aftersales/event-sourcing';
import { FieldProblem, flattenValidationErrors } from '@aftersales/integration-events';
import { ValidationError } from 'class-validator';
import { throwError } from 'rxjs';
import { requestContext } from './json-logger';
import { JsonLogger } from './json-logger';

interface MinimalResponse { status(code: number): { json(body: unknown): void } }

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
};

/** A 400 that lists every field problem; thrown by the ValidationPipe's exceptionFactory. */
export class InputProblems extends BadRequestException {
  constructor(readonly problems: FieldProblem[], readonly summary = 'The request is invalid') {
    super(problems.map((p) => `${p.field}: ${p.reason}`).join('; '));
  }
}

export function validationExceptionFactory(errors: ValidationError[]): InputProblems {
  return new InputProblems(flattenValidationErrors(errors));
}

/**
 * Every error leaves as `{statusCode, error, message, problems[], correlationId}`; problems
 * name the field and the reason. Unexpected errors are logged and answered 500 without details.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    // A Kafka handler's error goes back to the transport as it is: it decides retry, dead letter or outage.
    if (host.getType() !== 'http') return throwError(() => exception);
    const response = host.switchToHttp().getResponse<MinimalResponse>();
    const correlationId = requestContext.getStore()?.correlationId;
    const { status, message, problems } = this.describe(exception);
    if (status >= 500) this.logger.error(String((exception as Error)?.stack ?? exception), undefined, 'http');
    response.status(status).json({ statusCode: status, error: HttpStatus[status] ?? 'Error', message, problems, correlationId });
  }

  private describe(exception: unknown): { status: number; message: string; problems: FieldProblem[] } {
    if (exception instanceof InputProblems) {
      return { status: 400, message: exception.summary, problems: exception.problems };
    }
    if (exception instanceof DomainError) {
      const problems = exception.field ? [{ field: exception.field, reason: exception.message }] : [];
      return { status: STATUS[exception.kind], message: exception.message, problems };
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse() as string | { message?: unknown; problems?: unknown };
      const message = typeof body === 'string' ? body : String(body.message ?? exception.message);
      const problems = typeof body === 'object' && Array.isArray(body.problems) ? (body.problems as FieldProblem[]) : [];
      return { status: exception.getStatus(), message, problems };
    }
    return { status: 500, message: 'Internal error', problems: [] };
  }
}
