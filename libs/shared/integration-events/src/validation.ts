import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { checkedFieldsOf } from './checked.validator';

/** One problem with an input: the field (dotted path) and why it was refused. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Constraints that say what kind of value a field takes, in the order their reason is preferred.
 * When one of them fails, the value's range or length says nothing: "abc" for a number of fen
 * gets "must be an integer number of fen", not that and "must not be less than 1" too.
 */
const TYPE_CONSTRAINTS = [
  'whitelistValidation', 'isObject', 'isArray', 'isText', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isIn', 'isEnum',
  'isCalendarDate', 'isQuarter', 'isDealerCode', 'isTimeZone', 'matches', 'nestedValidation',
];

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const reason of reasons(error)) problems.push({ field, reason });
    const children = error.constraints?.['isObject'] ? error.children?.filter(saysMoreThanNotAnObject) : error.children;
    if (children?.length) problems.push(...flattenValidationErrors(children, field));
  }
  return problems;
}

/** A list element that is no object already has its reason on the list ("each value must be an object"). */
function saysMoreThanNotAnObject(child: ValidationError): boolean {
  return Boolean(child.children?.length) || Object.keys(child.constraints ?? {}).some((name) => name !== 'nestedValidation');
}

/** One reason when the field is missing or of the wrong type; every reason otherwise. */
function reasons(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  const failed = Object.keys(constraints);
  if (!failed.length) return [];
  if (error.value === undefined && !failed.includes('whitelistValidation')) return [`${error.property} is required`];
  const type = TYPE_CONSTRAINTS.find((name) => failed.includes(name));
  return type ? [constraints[type] ?? type] : Object.values(constraints);
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
  const checked = checkedFieldsOf(schema);
  const rest: Record<string, unknown> = checked ? { ...plain } : (plain as Record<string, unknown>);
  const checkedProblems: FieldProblem[] = [];
  for (const [name, check] of checked ?? []) {
    checkedProblems.push(...check((plain as Record<string, unknown>)[name], prefix ? `${prefix}.${name}` : name));
    delete rest[name];
  }
  const instance = plainToInstance(schema, rest);
  // Class fields may be defined on the instance (as undefined): the whitelist would refuse a checked one.
  for (const name of checked?.keys() ?? []) delete (instance as Record<string, unknown>)[name];
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  const problems = [...flattenValidationErrors(errors, prefix), ...checkedProblems];
  if (problems.length) return { ok: false, problems };
  for (const name of checked?.keys() ?? []) if (name in plain) (instance as Record<string, unknown>)[name] = (plain as Record<string, unknown>)[name];
  return { ok: true, value: instance };
}

export function describeProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
}
