/**
 * Background: runs the engine for content scripts, keeps each tab's report, shows the count on
 * the toolbar badge, answers the popup, and turns the reader's requests (popup button, context
 * menu, keyboard commands) into messages to the page.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeSegment, invalidateLexicon, lexicon, warmUp } from '../lib/browser/engine-host';
import {
  BackgroundToContent,
  ContentToBackground,
  MAX_LISTED,
  PopupToBackground,
  toResult,
  unwrap,
  type BackgroundToContentReply,
  type KeyedFinding,
  type TabState,
} from '../lib/ext/messages';
import type { Finding } from '../lib/model/report';
import { badgeCount, findingDetails, pageReport, pageView, type PageRecord } from '../lib/ext/page-report';
import { customTermsItem, readSettings, settingsItem, type Settings } from '../lib/browser/settings';
import { inject, siteMode, syncGrantedScripts } from '../lib/browser/site-access';
import { siteKey } from '../lib/ext/sites';
import { packFindings } from '../lib/ext/packed';
import { blockedByError, blockedByUrl } from '../lib/ext/blocked';
import { TabStore } from '../lib/browser/tab-store';
import { TextParts } from '../lib/browser/text-parts';
import { ANALYSIS_PORT, type PortReply, type PortRequest } from '../lib/ext/port';
import { readHistory, recordArticle, summarize } from '../lib/browser/history';

export default defineBackground(() => {
  // A record kept lean (a huge page) is built again from the text the page still holds: the
  // engine gives the same findings, ids and keys as before the restart.
  const tabs = new TabStore(async (tabId, lean) => {
    const reply = await toContent(tabId, { type: 'bg:segments', page: lean.page });
    if (reply.page !== lean.page) return null;
    const texts = new Map(reply.segments.map((s) => [s.id, s.text]));
    const segments = [];
    for (const { id } of lean.segments) {
      const text = texts.get(id);
      if (text === undefined) return null;
      segments.push({ id, report: await analyzeSegment(text, `${lean.page}:${id}`, reply.date) });
    }
    return { page: lean.page, url: lean.url, title: lean.title, dropped: lean.dropped, timings: lean.timings, segments };
  });
  const action = browser.action ?? browser.browserAction;
  const textParts = new TextParts();

  async function toContent<T extends BackgroundToContent['type']>(tabId: number, msg: Extract<BackgroundToContent, { type: T }>) {
    return unwrap<BackgroundToContentReply[T]>(await browser.tabs.sendMessage(tabId, msg));
  }

  async function showBadge(tabId: number, rec: PageRecord | null): Promise<void> {
    const n = badgeCount(rec);
    await action.setBadgeText({ tabId, text: rec ? String(n) : '' }).catch(() => {});
    await action.setBadgeBackgroundColor({ tabId, color: '#0072B2' }).catch(() => {});
  }

  async function onContent(msg: ContentToBackground, sender: Browser.runtime.MessageSender): Promise<unknown> {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('not from a tab');
    switch (msg.type) {
      case 'content:analyze': {
        // The page sends its text without waiting for its own read of the settings: whether the
        // reader switched the site off is read here (the settings are kept in memory), and on a
        // site switched off the text is dropped unread.
        const text = msg.parts ? (await textParts.join(tabId, msg.page, msg.segment, msg.parts)) + msg.text : msg.text;
        if (msg.byItself && (await switchedOff(msg.url))) return { off: true };
        const report = await analyzeSegment(text, `${msg.page}:${msg.segment}`, msg.date);
        if (msg.reset) {
          tabs.set(tabId, { page: msg.page, url: msg.url, title: msg.title, segments: [{ id: msg.segment, report }], dropped: [], timings: null });
        } else {
          await tabs.update(tabId, msg.page, (rec) => rec.segments.push({ id: msg.segment, report }));
        }
        // The badge can wait: the page is waiting for its findings.
        void tabs.get(tabId).then((rec) => showBadge(tabId, rec));
        remember(tabId, msg.page);
        return { packed: packFindings(report.findings) };
      }
      case 'content:text-part':
        textParts.add(tabId, msg.page, msg.segment, msg.part, msg.text);
        return null;
      case 'content:dropped': {
        const rec = await tabs.update(tabId, msg.page, (r) => r.dropped.push(...msg.keys));
        void showBadge(tabId, rec);
        return null;
      }
      case 'content:timings':
        await tabs.update(tabId, msg.page, (r) => (r.timings = msg.timings));
        return null;
      case 'content:finding': {
        const rec = await tabs.get(tabId);
        if (!rec || rec.page !== msg.page) throw new Error('page not analysed');
        const lex = await lexicon();
        return findingDetails(rec, msg.key, (id) => lex.actors.get(id)?.name);
      }
    }
  }

  /**
   * The reading history (when the reader turned it on) gets the page's summary once its
   * segments stop arriving: names and stance per party, never the text.
   */
  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  function remember(tabId: number, page: string): void {
    // Whether the history was on when the page was read: a page read while it was off is never kept.
    const wasOn = readHistory()
      .then((h) => h.enabled)
      .catch(() => false);
    clearTimeout(pending.get(tabId));
    pending.set(
      tabId,
      setTimeout(() => {
        pending.delete(tabId);
        void tabs.get(tabId).then(async (rec) => {
          if (!rec || rec.page !== page || !(await wasOn)) return;
          const report = pageReport(rec, (await lexicon()).list.actors);
          const article = report && summarize({ url: rec.url, title: rec.title }, report, Date.now());
          if (article) await recordArticle(article).catch((e: unknown) => console.warn('Adasa: the reading history could not be kept', e));
        });
      }, 400),
    );
  }

  async function tabState(tabId: number, compact = false): Promise<TabState> {
    const tab = await browser.tabs.get(tabId);
    const rec = await tabs.get(tabId);
    // Without the "tabs" permission a tab's URL is known only through `activeTab` (the popup) or
    // from the tab's own content script; ask it when the record may be stale.
    const ping = await toContent(tabId, { type: 'bg:ping' }).catch(() => null);
    const url = tab.url ?? ping?.url ?? rec?.url ?? '';
    const current = rec && ping?.page === rec.page ? rec : null;
    const key = url ? siteKey(url) : null;
    const settings = await readSettings();
    const view = current ? pageView(current, (await lexicon()).list.actors) : null;
    const report = view?.report ?? null;
    const byUrl = url ? (blockedByUrl(url) ?? (key ? null : 'browser')) : null;
    // A PDF in the browser's viewer: a content script may run on the viewer's frame, but reads no text.
    const blocked = current ? (byUrl === 'pdf' && (report?.length ?? 0) === 0 ? 'pdf' : null) : byUrl;
    const listed = view && !blocked ? view.live : [];
    return {
      status: blocked ? 'unavailable' : current ? 'ready' : 'none',
      ...(blocked ? { blocked } : {}),
      url,
      title: tab.title ?? current?.title ?? '',
      site: key,
      mode: url && key ? await siteMode(url) : 'on-request',
      disabled: !!key && settings.disabledSites.includes(key),
      // The popup's reply stays small on a huge page: no findings twice, no explanations, a bounded list.
      report: blocked || !report ? null : compact ? { ...report, findings: [] } : report,
      findings: listed.length > MAX_LISTED && compact ? listed.slice(0, MAX_LISTED).map(toListed) : compact ? listed.map(toListed) : listed,
      findingsTotal: listed.length,
      timings: current?.timings ?? null,
    };
  }

  /** The reader asked: start the content script if it is not there, then analyse. */
  async function analyzeTab(tabId: number): Promise<TabState> {
    let present = false;
    try {
      await toContent(tabId, { type: 'bg:ping' });
      present = true;
    } catch {
      try {
        await inject(tabId);
      } catch (e) {
        // The browser keeps extensions off this page: the popup says why.
        return refused(tabId, e);
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await toContent(tabId, { type: 'bg:analyze' });
        break;
      } catch (e) {
        if (present) throw e;
        if (attempt >= 20) return refused(tabId, e);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return tabState(tabId);
  }

  /** The tab's state with the reason the page could not be analysed. */
  async function refused(tabId: number, e: unknown): Promise<TabState> {
    const message = e instanceof Error ? e.message : String(e);
    console.warn(`Adasa: tab ${tabId} cannot be analysed (${message}).`);
    const state = await tabState(tabId);
    return { ...state, status: 'unavailable', blocked: blockedByError(message, state.url) };
  }

  async function onPopup(msg: PopupToBackground): Promise<unknown> {
    switch (msg.type) {
      case 'popup:tab-state':
        return tabState(msg.tabId, msg.compact === true);
      case 'popup:analyze':
        return analyzeTab(msg.tabId);
      case 'popup:reveal':
        return toContent(msg.tabId, { type: 'bg:reveal', key: msg.key });
      case 'popup:tab-text':
        return toContent(msg.tabId, { type: 'bg:text' });
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const fromContent = ContentToBackground.safeParse(raw);
    if (fromContent.success) return toResult(() => onContent(fromContent.data, sender));
    const fromPopup = PopupToBackground.safeParse(raw);
    // Only the extension's own pages may speak for the popup.
    const ownPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    if (fromPopup.success && ownPage) return toResult(() => onPopup(fromPopup.data));
    return undefined;
  });

  // The content script's port: its requests are read through the same schema and answered alike.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYSIS_PORT) return;
    port.onMessage.addListener((raw: unknown) => {
      const { id, msg } = (raw ?? {}) as Partial<PortRequest>;
      if (typeof id !== 'number') return;
      const parsed = ContentToBackground.safeParse(msg);
      const result = parsed.success ? toResult(() => onContent(parsed.data, port.sender ?? {})) : Promise.resolve({ ok: false as const, error: 'not a message' });
      void result.then((r) => {
        try {
          port.postMessage({ id, result: r } satisfies PortReply);
        } catch {
          // The page went away meanwhile.
        }
      });
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    textParts.dropTab(tabId);
    void tabs.delete(tabId);
  });

  // Context menu: analyse any page on request.
  const menuTitle = browser.i18n.getUILanguage().startsWith('ar') ? 'عدسة: حلّل هذه الصفحة' : 'Adasa: analyze this page';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'adasa-analyze', title: menuTitle, contexts: ['page', 'selection'] });
    void syncGrantedScripts();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'adasa-analyze' && tab?.id !== undefined) void analyzeTab(tab.id).catch(() => {});
  });

  // Keyboard: next and previous finding on the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const direction = command === 'previous-finding' ? -1 : command === 'next-finding' ? 1 : 0;
    if (direction !== 0) await toContent(tab.id, { type: 'bg:step', direction }).catch(() => {});
  });

  // "Always analyze this site": keep the registered content script in step with the grants.
  browser.permissions.onAdded.addListener(() => void syncGrantedScripts());
  browser.permissions.onRemoved.addListener(() => void syncGrantedScripts());

  // The reader's term list changed: compile again before the next analysis.
  customTermsItem.watch(() => invalidateLexicon());
  // The settings changed (a site switched off or on): read them again, now.
  settingsItem.watch(() => {
    settingsKept = null;
    void keptSettings();
  });
  void keptSettings();
  // Compile and run the engine while the worker is idle, so the first page waits for neither.
  void warmUp().catch(() => {});
});

/**
 * The settings as last read, kept while the worker lives and read again when they change: a
 * storage read on a busy machine took up to 36 ms, and the page waits for this one.
 */
let settingsKept: Promise<Settings | null> | null = null;

function keptSettings(): Promise<Settings | null> {
  settingsKept ??= readSettings().catch(() => null);
  return settingsKept;
}

/** Whether the reader switched Adasa off on the site of `url` (unreadable settings: not off). */
async function switchedOff(url: string): Promise<boolean> {
  const key = siteKey(url);
  return !!key && !!(await keptSettings())?.disabledSites.includes(key);
}

/** A finding as the popup's list shows it. */
function toListed({ key, finding: f }: { key: string; finding: Finding }): KeyedFinding {
  return { key, finding: { id: f.id, kind: f.kind, start: f.start, end: f.end, text: f.text, ...(f.attribution ? { attribution: f.attribution } : {}) } };
}
