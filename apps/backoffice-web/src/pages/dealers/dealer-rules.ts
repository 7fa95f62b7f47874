/**
 * The rules POST /api/dealers applies, checked in the form before sending (the API still decides:
 * its problems are shown beside the fields too). From libs/shared/integration-events:
 * dealer-code.ts and text.validator.ts.
 */
export const DEALER_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The limits of the register-dealer text fields, in characters (code points, as the API counts). */
export const TEXT_LIMITS = { name: 200, address: 300, hotline: 50 } as const;

/** Why a text is not one line of real text of at most `max` characters: the problems key, or undefined. */
export function textProblem(value: string, max: number): 'problems:blank' | 'problems:control' | 'problems:maxLength' | undefined {
  if (value.trim() === '') return 'problems:blank';
  if (CONTROL.test(value)) return 'problems:control';
  if ([...value].length > max) return 'problems:maxLength';
  return undefined;
}

export function isDealerCode(value: string): boolean {
  return DEALER_CODE.test(value);
}

/** The request body of the form's values: optional fields left empty are not sent. */
export function registerDealerBody(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}
