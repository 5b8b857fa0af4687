/**
 * Loading articles for the teacher pages: a demo article is analysed here, in the page, by the
 * same engine and term lists the background uses (built-in plus the reader's own list); a
 * tab's report is asked from the background with the popup's typed message, so it is exactly
 * what the popup shows for that tab.
 */
import { browser } from 'wxt/browser';
import { analyze } from '../analyze';
import { TabState, TabText, unwrap, type PopupToBackgroundReply } from '../ext/messages';
import { MAX_TEXT, type OwnDraft } from '../teacher/own-articles';
import type { Report } from '../model/report';
import type { AnalyzedTab, LoadedArticle } from '../reader/articles';
import { articleLines } from '../teacher/article-lines';
import { demoArticle } from '../teacher/demo-articles';
import type { ArticleRef } from '../teacher/routes';
import { lexicon } from './engine-host';
import { readOwnArticle } from './own-articles';

const reports = new Map<string, Promise<Report>>();

/** The report of a demo article, computed once per page. */
export function demoReport(id: string): Promise<Report> {
  let p = reports.get(id);
  if (!p) {
    const a = demoArticle(id);
    if (!a) return Promise.reject(new Error(`no demo article ${id}`));
    p = lexicon().then((lx) => analyze(a.text, { lexicon: lx, id: a.entry.id }));
    reports.set(id, p);
  }
  return p;
}

const ownReports = new Map<string, { text: string; report: Promise<Report> }>();

/** The report of one of the teacher's own articles, computed once per page and text. */
function ownReport(id: string, text: string): Promise<Report> {
  const known = ownReports.get(id);
  if (known && known.text === text) return known.report;
  const report = lexicon().then((lx) => analyze(text, { lexicon: lx, id: `own-${id}` }));
  ownReports.set(id, { text, report });
  return report;
}

async function tabState(tabId: number): Promise<TabState> {
  const reply = await browser.runtime.sendMessage({ type: 'popup:tab-state', tabId });
  return TabState.parse(unwrap<PopupToBackgroundReply['popup:tab-state']>(reply));
}

/** Loads an article by reference; throws when it is unknown or the tab has no report. */
export async function loadArticle(ref: ArticleRef): Promise<LoadedArticle> {
  if (ref.kind === 'seed') {
    const a = demoArticle(ref.id);
    if (!a) throw new Error(`no demo article ${ref.id}`);
    return { ref, report: await demoReport(ref.id), text: a.text, lines: a.lines, entry: a.entry };
  }
  if (ref.kind === 'own') {
    const own = await readOwnArticle(ref.id);
    if (!own) throw new Error(`no article ${ref.id} in the teacher's library`);
    return { ref, report: await ownReport(own.id, own.text), text: own.text, lines: articleLines(own.text), own };
  }
  const state = await tabState(ref.tabId);
  if (!state.report) throw new Error(`tab ${ref.tabId} has no report`);
  return { ref, report: state.report, title: state.title || state.url, url: state.url };
}

/** The open tabs Adasa has analysed (asked tab by tab, the way the popup asks). */
export async function analyzedTabs(): Promise<AnalyzedTab[]> {
  const tabs = await browser.tabs.query({});
  const states = await Promise.all(
    tabs.map(async (t) => {
      if (t.id === undefined) return null;
      try {
        const s = await tabState(t.id);
        return s.status === 'ready' && s.report ? { tabId: t.id, title: s.title || s.url, url: s.url, findings: s.findings.length } : null;
      } catch {
        return null;
      }
    }),
  );
  return states.filter((s): s is AnalyzedTab => s !== null);
}

/**
 * An open tab's article as a draft for the teacher's own library: the text its content script
 * read (whole, not excerpts), the page's title, its site as the outlet and its stated date.
 */
export async function tabDraft(tabId: number): Promise<OwnDraft | null> {
  const reply = await browser.runtime.sendMessage({ type: 'popup:tab-text', tabId });
  const tab = TabText.safeParse(unwrap<PopupToBackgroundReply['popup:tab-text']>(reply));
  if (!tab.success || !tab.data.text.trim()) return null;
  const { text, title, url, date } = tab.data;
  let outlet = '';
  try {
    outlet = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not an address: no outlet.
  }
  return { title: title.slice(0, 300), outlet, date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', text: text.slice(0, MAX_TEXT), address: url };
}
