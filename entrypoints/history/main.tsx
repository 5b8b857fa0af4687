/** Reading history entry: reads the history and the language setting, renders ReadingHistory, follows changes. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import ReadingHistory from '../../components/ReadingHistory';
import { dirOf, resolveLang, t } from '../../lib/ext/i18n';
import { clearHistory, readHistory, setHistoryEnabled, watchHistory, EMPTY_HISTORY, type History } from '../../lib/browser/history';
import { DEFAULT_SETTINGS, readSettings, settingsItem, updateSettings, withDefaults, type Settings } from '../../lib/browser/settings';
import './style.css';

function App(props: { history: History; settings: Settings }) {
  const [history, setHistory] = useState(props.history);
  const [settings, setSettings] = useState(props.settings);
  const [notice, setNotice] = useState<string | null>(null);
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());

  useEffect(() => watchHistory(setHistory), []);
  useEffect(() => settingsItem.watch((s) => setSettings(withDefaults(s))), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = `${t(lang, 'appName')} — ${t(lang, 'historyTitle')}`;
  }, [lang]);

  return (
    <ReadingHistory
      lang={lang}
      language={settings.language}
      history={history}
      now={Date.now()}
      notice={notice}
      onLanguage={(language) => void updateSettings((s) => ({ ...s, language })).then(setSettings)}
      onEnabled={(on) => void setHistoryEnabled(on).then((h) => (setHistory(h), setNotice(null)))}
      onClear={() => void clearHistory().then((h) => (setHistory(h), setNotice(t(lang, 'historyCleared'))))}
    />
  );
}

async function main(): Promise<void> {
  const [history, settings] = await Promise.all([readHistory().catch(() => EMPTY_HISTORY), readSettings().catch(() => DEFAULT_SETTINGS)]);
  render(<App history={history} settings={settings} />, document.getElementById('app')!);
  document.body.dataset.ready = 'true';
}

void main();
