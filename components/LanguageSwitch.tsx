import type { Language } from '../lib/ext/settings-core';
import { t, type Lang } from '../lib/ext/i18n';

export interface LanguageSwitchProps {
  lang: Lang;
  value: Language;
  onChange(value: Language): void;
}

/** The interface language: the browser's, Arabic or English. */
export default function LanguageSwitch({ lang, value, onChange }: LanguageSwitchProps) {
  return (
    <label class="lang-switch">
      <span>{t(lang, 'language')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as Language)} data-testid="language">
        <option value="auto">{t(lang, 'langAuto')}</option>
        <option value="ar" lang="ar">
          العربية
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
