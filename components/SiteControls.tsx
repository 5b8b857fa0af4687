import type { TabState } from '../lib/ext/messages';
import type { BlockedReason } from '../lib/ext/blocked';
import { t, type Lang, type UiKey } from '../lib/ext/i18n';

export interface SiteControlsProps {
  lang: Lang;
  state: TabState;
  busy: boolean;
  onAnalyze(): void;
  onAlways(): void;
  onDisabled(disabled: boolean): void;
}

const BLOCKED: Record<BlockedReason, UiKey> = {
  browser: 'blockedBrowser',
  store: 'blockedStore',
  pdf: 'blockedPdf',
  file: 'blockedFile',
  other: 'blockedOther',
};

/**
 * How Adasa runs on this site, and the reader's say over it: analyse this page now, always
 * analyse the site (an optional host permission), or switch Adasa off here. A page the browser
 * keeps extensions off says why.
 */
export default function SiteControls({ lang, state, busy, onAnalyze, onAlways, onDisabled }: SiteControlsProps) {
  if (state.status === 'unavailable') {
    return (
      <p class="notice blocked" role="status" data-testid="blocked" data-reason={state.blocked ?? ''}>
        {state.blocked ? t(lang, BLOCKED[state.blocked]) : t(lang, 'unavailable')}
      </p>
    );
  }
  const automatic = state.mode !== 'on-request';
  const modeText = state.mode === 'curated' ? t(lang, 'siteCurated') : state.mode === 'granted' ? t(lang, 'siteGranted') : null;
  return (
    <section class="site" aria-label={state.site ?? t(lang, 'unknownSite')}>
      <p class="site-name" data-testid="site-name">
        {state.site ? <bdi dir="ltr">{state.site}</bdi> : <span class="unknown">{t(lang, 'unknownSite')}</span>}
        {state.site && modeText && ` · ${modeText}`}
      </p>
      {state.site && state.mode === 'on-request' && state.status !== 'ready' && <p class="notice">{t(lang, 'notAnalyzed')}</p>}
      {state.disabled && <p class="notice">{t(lang, 'switchedOff')}</p>}
      <div class="site-actions">
        {(state.status !== 'ready' || state.disabled) && (
          <button type="button" class="primary" onClick={onAnalyze} disabled={busy} data-testid="analyze">
            {busy ? t(lang, 'analyzing') : t(lang, 'analyze')}
          </button>
        )}
        {state.mode === 'on-request' && state.site && (
          <button type="button" onClick={onAlways} data-testid="always">
            {t(lang, 'alwaysSite')}
          </button>
        )}
      </div>
      {automatic && (
        <label class="toggle">
          <input type="checkbox" checked={!state.disabled} onChange={(e) => onDisabled(!e.currentTarget.checked)} data-testid="site-on" />
          {t(lang, 'siteOn')}
        </label>
      )}
    </section>
  );
}
