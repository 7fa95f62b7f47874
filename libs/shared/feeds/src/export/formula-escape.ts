/** Characters that make Excel or LibreOffice read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * Prefixes a formula-looking text with `'`, which spreadsheets show as text and never run
 * (OWASP CSV injection advice). Negative amounts such as `-5.00` stay numbers.
 */
export function escapeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
