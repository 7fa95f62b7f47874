/** The UI's languages: 繁體中文, 简体中文 and English (i18n files in i18n/<language>/<area>.json). */
export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'backoffice.language';

/** Each language's own name, as its readers write it (the language switch shows these). */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

// Taiwan, Hong Kong and Macau write Traditional characters; the rest of the Chinese-speaking world Simplified.
const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];

/**
 * The UI language for a BCP 47 tag from the browser or storage: zh-TW/zh-HK/zh-MO (or an explicit
 * Hant script) -> zh-Hant, any other Chinese -> zh-Hans, everything else -> English.
 */
export function languageOf(tag: string | null | undefined): Language {
  const parts = (tag ?? '').toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((part) => TRADITIONAL_REGIONS.includes(part)) ? 'zh-Hant' : 'zh-Hans';
}

/** The Intl locale that formats numbers and dates for a language. */
export function intlLocaleOf(language: Language): string {
  return { 'zh-Hant': 'zh-Hant-TW', 'zh-Hans': 'zh-Hans-CN', en: 'en-US' }[language];
}
