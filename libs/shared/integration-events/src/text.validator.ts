import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators: none belongs in a one-line field. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The same rule as one pattern, for the OpenAPI document (JSON Schema, read by other regex
 * dialects too, hence only `\uXXXX` escapes): no control character, and at least one character
 * that is neither a control nor what String.prototype.trim removes (spaces, U+3000, U+FEFF...).
 */
export const TEXT_PATTERN = new RegExp(
  '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*'
  + '[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]'
  + '[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$',
);

/** Why a value is not one line of text of at most `maxLength` characters, or undefined when it is. */
export function textProblem(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return 'must be text';
  if (value.trim() === '') return 'must not be blank';
  if (CONTROL.test(value)) return 'must not contain control characters (such as NUL, tab or a line break)';
  // Characters as JSON Schema's maxLength counts them (code points), not UTF-16 units: 𠀋 is one.
  if ([...value].length > maxLength) return `must be at most ${maxLength} characters`;
  return undefined;
}

/**
 * One line of real text: a string, not blank (whitespace alone, U+3000 too, says nothing),
 * with no control characters, at most `maxLength` characters. One reason per field.
 */
export function IsText(maxLength: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [maxLength],
      validator: {
        validate: (value: unknown) => textProblem(value, maxLength) === undefined,
        defaultMessage: (args?: ValidationArguments) => describe(args, maxLength),
      },
    },
    options,
  );
}

function describe(args: ValidationArguments | undefined, maxLength: number): string {
  const property = args?.property ?? 'value';
  const value: unknown = args?.value;
  if (!Array.isArray(value)) return `${property} ${textProblem(value, maxLength) ?? 'must be text'}`;
  const index = value.findIndex((item) => textProblem(item, maxLength) !== undefined);
  return `item ${index} of ${property} ${textProblem(value[index], maxLength) ?? 'must be text'}`;
}
