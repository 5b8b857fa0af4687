import type { Site } from '../lib/ext/sites';
import { t, type Lang } from '../lib/ext/i18n';
import { localized } from '../lib/ext/locales';

export interface SiteSettingsProps {
  lang: Lang;
  curated: readonly Site[];
  granted: readonly string[];
  disabled: readonly string[];
  onRevoke(origin: string): void;
  onEnable(site: string): void;
}

/** The sites Adasa runs on: the curated list, the reader's grants, and where it is off. */
export default function SiteSettings({ lang, curated, granted, disabled, onRevoke, onEnable }: SiteSettingsProps) {
  return (
    <fieldset>
      <legend>{t(lang, 'sites')}</legend>
      <p>{t(lang, 'sitesGranted')}</p>
      {granted.length === 0 ? (
        <p class="empty">{t(lang, 'none')}</p>
      ) : (
        <ul class="plain" data-testid="granted">
          {granted.map((o) => (
            <li key={o}>
              <bdi dir="ltr">{o}</bdi>{' '}
              <button type="button" onClick={() => onRevoke(o)}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>{t(lang, 'sitesOff')}</p>
      {disabled.length === 0 ? (
        <p class="empty">{t(lang, 'none')}</p>
      ) : (
        <ul class="plain" data-testid="disabled">
          {disabled.map((s) => (
            <li key={s}>
              <bdi dir="ltr">{s}</bdi>{' '}
              <button type="button" onClick={() => onEnable(s)}>
                {t(lang, 'turnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          {t(lang, 'sitesCurated')} ({curated.length})
        </summary>
        <ul class="sites" data-testid="curated">
          {curated.map((s) => (
            <li key={s.host + (s.path ?? '')}>
              {localized(s.name, lang)} — <bdi dir="ltr">{s.host + (s.path ?? '')}</bdi>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
