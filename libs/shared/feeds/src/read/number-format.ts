/**
 * A number as a cell's number format shows it (`0.00`, `#,##0.00`, `"¥"#,##0.00`, `0%`):
 * enough of Excel's format language for the amounts of a dealer's form. Undefined for the
 * General format or one this does not understand.
 */
export function formatNumber(value: number, format: string | undefined): string | undefined {
  if (!format || /^general$/i.test(format)) return undefined;
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0] ?? format;
  // Digits are looked for outside [..] (a locale or colour) and "..." (text), kept in place.
  const masked = section.replace(/\[[^\]]*]|"[^"]*"/g, (part) => '~'.repeat(part.length));
  const first = masked.search(/[#0]/);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < masked.length && /[#0,.]/.test(masked[last + 1])) last++;
  const digits = section.slice(first, last + 1);
  const decimals = /\.([0#]+)/.exec(digits)?.[1].length ?? 0;
  const percent = section.includes('%');
  const shown = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  const [whole, fraction] = shown.split('.');
  const grouped = digits.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const literal = (text: string) =>
    text
      .replace(/\[\$([^-\]]*)(-[^\]]*)?]/g, '$1') // [$¥-804]: the currency sign of a locale
      .replace(/\[[^\]]*]|[_*]./g, '')
      .replace(/["\\]/g, '');
  const sign = value < 0 && !format.includes(';') ? '-' : '';
  return `${sign}${literal(section.slice(0, first))}${grouped}${fraction === undefined ? '' : `.${fraction}`}${literal(section.slice(last + 1))}`;
}

/** A number with more than 2 decimals (an amount that shows fewer than it holds). */
export function hasMoreThanCents(value: number): boolean {
  return Math.round(value * 100) / 100 !== value;
}

/** The value as a spreadsheet shows a number in General format: 15 significant digits. */
export function fifteenDigits(value: number): string {
  return String(Number(value.toPrecision(15)));
}
