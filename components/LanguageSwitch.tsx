import type { Language } from '../lib/ext/settings-core';
import { LANGS, languageName, t, type Lang } from '../lib/ext/i18n';

export interface LanguageSwitchProps {
  lang: Lang;
  value: Language;
  onChange(value: Language): void;
}

/** The interface language: the browser's, or one of the languages with a catalog. */
export default function LanguageSwitch({ lang, value, onChange }: LanguageSwitchProps) {
  return (
    <label class="lang-switch">
      <span>{t(lang, 'language')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as Language)} data-testid="language">
        <option value="auto">{t(lang, 'langAuto')}</option>
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
