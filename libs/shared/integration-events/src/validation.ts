import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** One problem with an input: the field (dotted path) and why it was refused. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const reason of Object.values(error.constraints ?? {})) problems.push({ field, reason });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Validates a plain JSON value against a class-validator class. Unknown properties are
 * refused (a published schema changes only by adding optional fields, in a new class).
 */
export function validatePlain<T extends object>(schema: new () => T, plain: unknown, prefix = ''): Validated<T> {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { ok: false, problems: [{ field: prefix || '(root)', reason: 'must be an object' }] };
  }
  const instance = plainToInstance(schema, plain);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) return { ok: false, problems: flattenValidationErrors(errors, prefix) };
  return { ok: true, value: instance };
}

export function describeProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
}
