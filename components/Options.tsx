import type { CustomTerms, Settings } from '../lib/ext/settings-core';
import type { Site } from '../lib/ext/sites';
import { dirOf, t, type Lang } from '../lib/ext/i18n';
import ColourSettings from './ColourSettings';
import DisplayToggles from './DisplayToggles';
import LanguageSwitch from './LanguageSwitch';
import SiteSettings from './SiteSettings';
import TermListSettings, { type ImportError } from './TermListSettings';

export interface OptionsProps {
  lang: Lang;
  settings: Settings;
  custom: CustomTerms | null;
  customEntries: number;
  /** Why the stored list is not used, when it does not parse. */
  customProblem: string | null;
  curated: readonly Site[];
  granted: readonly string[];
  notice: string | null;
  onSettings(change: (s: Settings) => Settings): void;
  onImport(name: string, text: string): Promise<ImportError[]>;
  onExportCustom(): void;
  onExportBuiltin(): void;
  onRemoveCustom(): void;
  onRevoke(origin: string): void;
  onReset(): void;
  /** The reading history: on or off (off until the reader turns it on), and its page. */
  historyEnabled: boolean;
  onHistoryEnabled(on: boolean): void;
  onOpenHistory(): void;
}

/** The options page: categories, colours, sites, term lists, the reading history, language, reset. */
export default function Options(props: OptionsProps) {
  const { lang, settings } = props;
  return (
    <main class="options" dir={dirOf(lang)} lang={lang}>
      <header class="top">
        <h1>{t(lang, 'settingsTitle')}</h1>
        <LanguageSwitch lang={lang} value={settings.language} onChange={(language) => props.onSettings((s) => ({ ...s, language }))} />
      </header>
      <DisplayToggles
        lang={lang}
        highlights={settings.highlights}
        kinds={settings.kinds}
        onHighlights={(on) => props.onSettings((s) => ({ ...s, highlights: on }))}
        onKind={(k, on) => props.onSettings((s) => ({ ...s, kinds: { ...s.kinds, [k]: on } }))}
      />
      <ColourSettings
        lang={lang}
        scheme={settings.scheme}
        colours={settings.colours}
        onScheme={(scheme) => props.onSettings((s) => ({ ...s, scheme }))}
        onColour={(k, c) => props.onSettings((s) => ({ ...s, colours: { ...s.colours, [k]: c } }))}
        onResetColours={() => props.onSettings((s) => ({ ...s, colours: {}, scheme: 'standard' }))}
      />
      <SiteSettings
        lang={lang}
        curated={props.curated}
        granted={props.granted}
        disabled={settings.disabledSites}
        onRevoke={props.onRevoke}
        onEnable={(site) => props.onSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))}
      />
      <TermListSettings
        lang={lang}
        custom={props.custom}
        entries={props.customEntries}
        problem={props.customProblem}
        onImport={props.onImport}
        onExportCustom={props.onExportCustom}
        onExportBuiltin={props.onExportBuiltin}
        onRemove={props.onRemoveCustom}
      />
      <fieldset class="reading-history">
        <legend>{t(lang, 'historyTitle')}</legend>
        <p class="help">{t(lang, 'historyHelp')}</p>
        <label class="toggle">
          <input type="checkbox" checked={props.historyEnabled} onChange={(e) => props.onHistoryEnabled(e.currentTarget.checked)} data-testid="history-on" />
          {t(lang, 'historyEnable')}
        </label>{' '}
        <button type="button" onClick={props.onOpenHistory} data-testid="open-history">
          {t(lang, 'historyOpen')}
        </button>
      </fieldset>
      <footer class="bottom">
        <button type="button" onClick={props.onReset} data-testid="reset">
          {t(lang, 'reset')}
        </button>
        {props.notice && <p role="status">{props.notice}</p>}
      </footer>
    </main>
  );
}
