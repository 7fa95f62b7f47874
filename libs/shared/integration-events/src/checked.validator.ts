import type { FieldProblem } from './validation';

/** Checks one field's value; `field` is its dotted path, for the problems it names. */
export type FieldCheck = (value: unknown, field: string) => FieldProblem[];

const checks = new WeakMap<object, Map<string, FieldCheck>>();

/**
 * A field checked by a plain function instead of class-transformer and class-validator, and
 * kept as given. For the large parts of an event: a feed chunk's 500 rows cost the decorators
 * about 20 ms per event and per consumer (plainToInstance walks every value even where no
 * decorator looks), the function a tenth of that; and an envelope's `data`, which its own
 * schema checks next. `validatePlain` runs the check; the problems name the field the same way.
 */
export function CheckedBy(check: FieldCheck): PropertyDecorator {
  return (target, property) => {
    const own = checks.get(target) ?? new Map<string, FieldCheck>();
    own.set(String(property), check);
    checks.set(target, own);
  };
}

/** The checked fields of a class and of the classes it extends. */
export function checkedFieldsOf(schema: new () => object): Map<string, FieldCheck> | undefined {
  let found: Map<string, FieldCheck> | undefined;
  for (let proto = schema.prototype as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const own = checks.get(proto);
    if (own) for (const [field, check] of own) if (!found?.has(field)) (found ??= new Map()).set(field, check);
  }
  return found;
}

/** The last segment of a dotted path: what a reason calls the field ("key", "changes"). */
export const nameOf = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/** Required, and an object (not a list). */
export const anObject: FieldCheck = (value, field) =>
  value === undefined ? [{ field, reason: `${nameOf(field)} is required` }]
    : value === null || typeof value !== 'object' || Array.isArray(value) ? [{ field, reason: `${nameOf(field)} must be an object` }]
      : [];
