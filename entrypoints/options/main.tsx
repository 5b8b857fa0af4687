/** Options entry: loads settings, the reader's term list and the granted sites; renders Options. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import Options from '../../components/Options';
import { dirOf, resolveLang, t } from '../../lib/ext/i18n';
import { grantedOrigins } from '../../lib/browser/site-access';
import {
  customTermsFrom,
  customTermsItem,
  DEFAULT_SETTINGS,
  readCustomTerms,
  readSettings,
  settingsItem,
  updateSettings,
  withDefaults,
  type CustomTerms,
  type Settings,
} from '../../lib/browser/settings';
import { CURATED } from '../../lib/ext/sites';
import { readHistory, setHistoryEnabled, watchHistory } from '../../lib/browser/history';
import { countEntries, readTermFile, termFile } from '../../lib/ext/term-import';
import { builtinTermList } from '../../lib/terms/lexicon';
import { checkUserTermList } from '../../lib/terms/user';
import './style.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Entries in the stored list, or the first reason it is not used. */
function statusOf(custom: CustomTerms | null): { entries: number; problem: string | null } {
  if (!custom) return { entries: 0, problem: null };
  const parsed = checkUserTermList(custom.list);
  if (parsed.ok) return { entries: countEntries(parsed.list), problem: null };
  const first = parsed.errors[0]!;
  return { entries: 0, problem: `${first.path} — ${first.message}` };
}

/** The largest term-list file kept (storage.local holds 10 MB for everything). */
const MAX_TERM_FILE = 4 * 1024 * 1024;

interface AppProps {
  settings: Settings;
  custom: CustomTerms | null;
  granted: string[];
  historyEnabled: boolean;
}

function App(props: AppProps) {
  const [settings, setSettings] = useState(props.settings);
  const [custom, setCustom] = useState(props.custom);
  const [granted, setGranted] = useState(props.granted);
  const [notice, setNotice] = useState<string | null>(null);
  const [historyEnabled, setHistoryOn] = useState(props.historyEnabled);
  const status = statusOf(custom);
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());

  useEffect(() => settingsItem.watch((s) => setSettings(withDefaults(s))), []);
  useEffect(() => customTermsItem.watch((c) => setCustom(customTermsFrom(c))), []);
  useEffect(() => watchHistory((h) => setHistoryOn(h.enabled)), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  return (
    <Options
      lang={lang}
      settings={settings}
      custom={custom}
      customEntries={status.entries}
      customProblem={status.problem}
      curated={CURATED}
      granted={granted}
      notice={notice}
      onSettings={(change) => void updateSettings(change).then(setSettings)}
      onImport={async (name, text) => {
        if (new Blob([text]).size > MAX_TERM_FILE) return [{ path: '', message: t(lang, 'importTooBig') }];
        const outcome = readTermFile(text);
        if (!outcome.ok) return outcome.errors;
        const next: CustomTerms = { name, importedAt: new Date().toISOString(), list: outcome.json };
        try {
          await customTermsItem.setValue(next);
        } catch (e) {
          return [{ path: '', message: `${t(lang, 'importNotSaved')}: ${e instanceof Error ? e.message : String(e)}` }];
        }
        setCustom(next);
        return [];
      }}
      onExportCustom={() => custom && download('adasa-custom-terms.json', termFile(custom.list))}
      onExportBuiltin={() => download('adasa-builtin-terms.json', termFile(builtinTermList()))}
      onRemoveCustom={() => void customTermsItem.removeValue().then(() => setCustom(null))}
      onRevoke={async (origin) => {
        await browser.permissions.remove({ origins: [origin] });
        setGranted(await grantedOrigins());
      }}
      historyEnabled={historyEnabled}
      onHistoryEnabled={(on) => void setHistoryEnabled(on).then((h) => setHistoryOn(h.enabled))}
      onOpenHistory={() => void browser.tabs.create({ url: browser.runtime.getURL('/history.html') })}
      onReset={async () => {
        await settingsItem.setValue(DEFAULT_SETTINGS);
        await customTermsItem.removeValue();
        setSettings(DEFAULT_SETTINGS);
        setCustom(null);
        setNotice(t(lang, 'resetDone'));
      }}
    />
  );
}

async function main(): Promise<void> {
  const [settings, custom, granted, history] = await Promise.all([
    readSettings().catch(() => DEFAULT_SETTINGS),
    readCustomTerms().catch(() => null),
    grantedOrigins().catch(() => []),
    readHistory().catch(() => null),
  ]);
  render(<App settings={settings} custom={custom} granted={granted} historyEnabled={history?.enabled ?? false} />, document.getElementById('app')!);
  document.body.dataset.ready = 'true';
}

void main();
