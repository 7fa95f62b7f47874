import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';

/** The language switch shown on every page, the sign-in page included; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Select
      aria-label={t('common:language.label')}
      data-testid="language-switch"
      value={language}
      onChange={setLanguage}
      prefix={<GlobalOutlined />}
      style={{ width: 150 }}
      options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_NAMES[value]}</span> }))}
    />
  );
}
