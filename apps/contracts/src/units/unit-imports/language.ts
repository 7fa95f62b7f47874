import { Language, LANGUAGES } from '../../dealer-imports/import-columns';

/** The caller's language: `lang` when it is one of ours, else the first of Accept-Language we speak (zh-TW/HK/MO: 繁體), else English. */
export function callerLanguage(lang: unknown, acceptLanguage: unknown): Language {
  if (typeof lang === 'string' && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  const asked = typeof acceptLanguage === 'string' ? acceptLanguage.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '') : [];
  for (const tag of asked) {
    if (/^zh-(hant|tw|hk|mo)/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
