/**
 * What a dealer code is, defined once for the contracts published language: every request,
 * path parameter and published schema that carries a dealer code refers to this.
 */
export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
/** What a refusal says a dealer code must be: `code must be ${DEALER_CODE_RULE}`. */
export const DEALER_CODE_RULE = 'a dealer code: 2-32 upper-case letters, digits or dashes';

export function isDealerCode(value: unknown): value is string {
  return typeof value === 'string' && DEALER_CODE.test(value);
}
