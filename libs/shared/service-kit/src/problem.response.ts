import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

/** One reason a request was refused, and the field it is about. */
export class FieldProblemResponse {
  @ApiProperty({ example: 'amountFen', description: 'The field, dotted for nested ones (`serviceLevels.arrivalHours.local`); `(body)` for the body as a whole' })
  field!: string;

  @ApiProperty({ example: 'amountFen must be an integer number of fen' })
  reason!: string;
}

/** The body of every error answer, whatever its status (ProblemFilter writes it). */
export class ProblemResponse {
  @ApiProperty({ type: 'integer', example: 400, description: 'The HTTP status again' })
  statusCode!: number;

  @ApiProperty({ example: 'BAD_REQUEST', description: 'The name of the status' })
  error!: string;

  @ApiProperty({ example: 'The request is invalid' })
  message!: string;

  @ApiProperty({ type: [FieldProblemResponse], description: 'Each field refused and why; empty when no one field is at fault' })
  problems!: FieldProblemResponse[];

  @ApiProperty({ example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', description: 'The x-correlation-id of the request, made up when it had none' })
  correlationId!: string;
}

/** An error answer of this operation, with the problem body. */
export function ApiProblem(status: number, description: string): MethodDecorator & ClassDecorator {
  return ApiResponse({ status, description, type: ProblemResponse });
}

/** The 400 of an operation that reads a query, a path or a body; and the 413 and 415 of one that reads a body. */
export function ApiInputProblems(options: { body?: boolean } = {}): MethodDecorator & ClassDecorator {
  const malformed = options.body
    ? 'Malformed: a field missing, of the wrong type or out of range, an unknown field, or a body that is not a JSON object'
    : 'Malformed: a path or query value of the wrong form or out of range, or an unknown query parameter';
  return applyDecorators(
    ApiProblem(400, malformed),
    ...(options.body ? [ApiProblem(413, 'The body is larger than 100 kB'), ApiProblem(415, 'The body is not `application/json`')] : []),
  );
}
