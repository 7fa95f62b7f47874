import { intlLocaleOf, Language } from '../i18n/languages';

const BUSINESS_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A business date (YYYY-MM-DD, as the API writes received-on and effective dates) per language.
 * It names a calendar day, not an instant, so it is formatted in UTC: no time zone shifts it.
 */
export function formatDate(date: string, language: Language): string {
  if (!BUSINESS_DATE.test(date)) return formatDateTime(date, language);
  return new Intl.DateTimeFormat(intlLocaleOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant (ISO 8601 timestamp) per language, in the reader's own time zone unless one is given. */
export function formatDateTime(instant: string | Date, language: Language, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(intlLocaleOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A count or other plain number per language (grouping, decimal sign). */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocaleOf(language), options).format(value);
}

/** A rate given in basis points (300 = 3%), as the agreements write fund rates. */
export function formatBasisPoints(basisPoints: number, language: Language): string {
  return formatNumber(basisPoints / 10_000, language, { style: 'percent', maximumFractionDigits: 2 });
}
