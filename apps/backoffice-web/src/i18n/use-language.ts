import { useTranslation } from 'react-i18next';
import { Language, languageOf } from './languages';

/** The UI's current language, and a way to switch it (remembered by the language detector's cache). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  return { language: languageOf(i18n.resolvedLanguage ?? i18n.language), setLanguage: (language) => void i18n.changeLanguage(language) };
}
