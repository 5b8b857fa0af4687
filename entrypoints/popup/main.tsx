/**
 * Popup entry: finds the tab (the active one, or `?tabId=` when opened as a page), reads the
 * report the background already computed, and renders the Popup.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import Popup from '../../components/Popup';
import { dirOf, resolveLang } from '../../lib/ext/i18n';
import { TabState, unwrap, type PopupToBackground, type PopupToBackgroundReply } from '../../lib/ext/messages';
import { readSettings, settingsItem, updateSettings, withDefaults, type Settings } from '../../lib/browser/settings';
import { originPattern } from '../../lib/ext/sites';
import './style.css';

async function send<T extends PopupToBackground['type']>(msg: Extract<PopupToBackground, { type: T }>): Promise<PopupToBackgroundReply[T]> {
  return unwrap<PopupToBackgroundReply[T]>(await browser.runtime.sendMessage(msg));
}

async function targetTab(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

interface AppProps {
  tabId: number;
  state: TabState;
  settings: Settings;
}

function App(props: AppProps) {
  const [state, setState] = useState(props.state);
  const [settings, setSettings] = useState(props.settings);
  const [busy, setBusy] = useState(false);
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());

  useEffect(() => settingsItem.watch((s) => setSettings(withDefaults(s))), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);

  const refresh = async () => setState(TabState.parse(await send({ type: 'popup:tab-state', tabId: props.tabId, compact: true })));

  return (
    <Popup
      state={state}
      settings={settings}
      lang={lang}
      busy={busy}
      onAnalyze={async () => {
        setBusy(true);
        try {
          setState(TabState.parse(await send({ type: 'popup:analyze', tabId: props.tabId })));
        } catch (e) {
          // Never only a line in the console: the reader sees that the page could not be read.
          console.warn('Adasa: this page could not be analysed', e);
          setState((s) => ({ ...s, status: 'unavailable', blocked: 'other' }));
        } finally {
          setBusy(false);
        }
      }}
      onAlways={async () => {
        const origin = originPattern(state.url);
        if (!origin) return;
        // Asked from the click itself: browsers grant permissions only inside a user gesture.
        const granted = await browser.permissions.request({ origins: [origin] });
        if (granted) await refresh();
      }}
      onReveal={(key) => void send({ type: 'popup:reveal', tabId: props.tabId, key })}
      onSettings={(change) => void updateSettings(change).then(setSettings)}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onTeacher={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
      onHistory={() => void browser.tabs.create({ url: browser.runtime.getURL('/history.html') })}
    />
  );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const tabId = await targetTab();
  const [raw, settings] = await Promise.all([send({ type: 'popup:tab-state', tabId, compact: true }), readSettings()]);
  render(<App tabId={tabId} state={TabState.parse(raw)} settings={settings} />, document.getElementById('app')!);
  document.body.dataset.ready = String(Math.round(performance.now() - t0));
}

void main();
