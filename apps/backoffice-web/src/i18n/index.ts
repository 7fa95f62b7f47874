import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, LANGUAGES, languageOf } from './languages';

// Every area's texts in every language, bundled: a few kilobytes, and a language switch that never waits.
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

/** `{ en: { common: {...}, dealers: {...} }, ... }` from i18n/<language>/<area>.json. */
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, texts] of Object.entries(files)) {
  const [, language, area] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (language && area) (resources[language] ??= {})[area] = texts;
}

// Screen readers and the browser's fonts follow <html lang>: set it for the detected language too, not only on a switch.
i18n.on('languageChanged', (language) => document.documentElement.setAttribute('lang', language));

/**
 * Keys are written with their area: t('dealers:list.title'); a key without one is in `common`.
 * The browser's language is the default (languages.ts maps it), a choice is remembered in localStorage.
 */
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (tag: string) => languageOf(tag),
    },
  });

export { i18n };
