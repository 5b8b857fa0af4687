/** Options entry: loads settings, the reader's term list and the granted sites; renders Options. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import Options from '../../components/Options';
import { resolveLang, t } from '../../lib/ext/i18n';
import { grantedOrigins } from '../../lib/ext/site-access';
import { customTermsItem, DEFAULT_SETTINGS, readSettings, settingsItem, updateSettings, withDefaults, type CustomTerms, type Settings } from '../../lib/ext/settings';
import { CURATED } from '../../lib/ext/sites';
import { countEntries, readTermFile, termFile } from '../../lib/ext/term-import';
import { builtinTermList } from '../../lib/terms/lexicon';
import { parseTermList } from '../../lib/terms/schema';
import './style.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function entriesOf(custom: CustomTerms | null): number {
  if (!custom) return 0;
  const parsed = parseTermList(custom.list);
  return parsed.ok ? countEntries(parsed.list) : 0;
}

interface AppProps {
  settings: Settings;
  custom: CustomTerms | null;
  granted: string[];
}

function App(props: AppProps) {
  const [settings, setSettings] = useState(props.settings);
  const [custom, setCustom] = useState(props.custom);
  const [granted, setGranted] = useState(props.granted);
  const [notice, setNotice] = useState<string | null>(null);
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());

  useEffect(() => settingsItem.watch((s) => setSettings(withDefaults(s))), []);
  useEffect(() => customTermsItem.watch((c) => setCustom(c)), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);

  return (
    <Options
      lang={lang}
      settings={settings}
      custom={custom}
      customEntries={entriesOf(custom)}
      curated={CURATED}
      granted={granted}
      notice={notice}
      onSettings={(change) => void updateSettings(change).then(setSettings)}
      onImport={async (name, text) => {
        const outcome = readTermFile(text);
        if (!outcome.ok) return outcome.errors;
        const next: CustomTerms = { name, importedAt: new Date().toISOString(), list: outcome.json };
        await customTermsItem.setValue(next);
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
  const [settings, custom, granted] = await Promise.all([readSettings(), customTermsItem.getValue(), grantedOrigins()]);
  render(<App settings={settings} custom={custom} granted={granted} />, document.getElementById('app')!);
  document.body.dataset.ready = 'true';
}

void main();
