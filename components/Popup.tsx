import { useState } from 'preact/hooks';
import { FINDING_KINDS, type FindingKind } from '../lib/model/report';
import type { TabState } from '../lib/ext/messages';
import { dirOf, t, type Lang } from '../lib/ext/i18n';
import { coloursFor } from '../lib/ext/palette';
import { kindShown, type Language, type Settings } from '../lib/ext/settings-core';
import DisplayToggles from './DisplayToggles';
import FindingList from './FindingList';
import KindCounts from './KindCounts';
import LanguageSwitch from './LanguageSwitch';
import SiteControls from './SiteControls';
import StanceList from './StanceList';
import { tt } from '../lib/teacher/i18n';

export interface PopupProps {
  state: TabState;
  settings: Settings;
  lang: Lang;
  busy: boolean;
  onAnalyze(): void;
  onAlways(): void;
  onReveal(key: string): void;
  onSettings(change: (s: Settings) => Settings): void;
  onOptions(): void;
  /** Opens teacher mode (the demo library, with the compare view and presenter). */
  onTeacher(): void;
  /** Opens the reading history page. */
  onHistory(): void;
}

/** The toolbar popup: counts per kind, stance per party, the findings, and the switches. */
export default function Popup(props: PopupProps) {
  const { state, settings, lang } = props;
  const report = state.report;
  const [open, setOpen] = useState(false);
  const setKind = (kind: FindingKind, on: boolean) => props.onSettings((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
  const setLanguage = (language: Language) => props.onSettings((s) => ({ ...s, language }));
  const setDisabled = (disabled: boolean) =>
    props.onSettings((s) => {
      const site = state.site;
      if (!site) return s;
      const rest = s.disabledSites.filter((x) => x !== site);
      return { ...s, disabledSites: disabled ? [...rest, site].sort() : rest };
    });
  return (
    <main class="popup" dir={dirOf(lang)} lang={lang} data-status={state.status}>
      <header class="top">
        <h1>
          {t(lang, 'appName')}
          {report && (
            <span class="total" data-testid="total">
              {state.findingsTotal} {t(lang, 'findingsOnPage')}
            </span>
          )}
        </h1>
        <LanguageSwitch lang={lang} value={settings.language} onChange={setLanguage} />
      </header>
      <SiteControls lang={lang} state={state} busy={props.busy} onAnalyze={props.onAnalyze} onAlways={props.onAlways} onDisabled={setDisabled} />
      {report && (
        <>
          <KindCounts counts={report.counts} lang={lang} colours={coloursFor(settings.scheme, settings.colours)} scheme={settings.scheme} />
          <StanceList actors={report.actors} lang={lang} />
          <FindingList
            findings={state.findings}
            lang={lang}
            enabled={Object.fromEntries(FINDING_KINDS.map((k) => [k, kindShown(settings, k)]))}
            onReveal={props.onReveal}
            total={state.findingsTotal}
          />
        </>
      )}
      <details class="display" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t(lang, 'categories')}</summary>
        <DisplayToggles
          lang={lang}
          highlights={settings.highlights}
          kinds={settings.kinds}
          onHighlights={(on) => props.onSettings((s) => ({ ...s, highlights: on }))}
          onKind={setKind}
        />
      </details>
      <footer class="bottom">
        <button type="button" class="link" onClick={props.onTeacher} data-testid="teacher-mode">
          {tt(lang, 'teacherMode')}
        </button>
        <button type="button" class="link" onClick={props.onHistory} data-testid="history">
          {t(lang, 'historyOpen')}
        </button>
        <button type="button" class="link" onClick={props.onOptions}>
          {t(lang, 'options')}
        </button>
      </footer>
    </main>
  );
}
