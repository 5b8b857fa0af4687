/**
 * Articles for the teacher pages, whichever way they were loaded (a demo article analysed in
 * the page, or a tab's report from the background): their shape, title and particulars.
 */
import type { Lang } from '../ext/i18n';
import type { Report } from '../model/report';
import type { ArticleLine } from '../teacher/article-lines';
import { entryMeta, type LibraryEntry } from '../teacher/library';
import { ownTitle, type OwnArticle } from '../teacher/own-articles';
import type { ArticleRef } from '../teacher/routes';
import type { ExportMeta } from '../export/html';
import { localized } from '../ext/locales';

/** An article ready to show: its report and, for demo articles, its text and particulars. */
export interface LoadedArticle {
  ref: ArticleRef;
  report: Report;
  text?: string;
  lines?: ArticleLine[];
  entry?: LibraryEntry;
  /** One of the teacher's own articles, as stored. */
  own?: OwnArticle;
  /** A tab's title and address. */
  title?: string;
  url?: string;
}

/** A tab with a report, as the pickers list it. */
export interface AnalyzedTab {
  tabId: number;
  title: string;
  url: string;
  findings: number;
}

/** The article's title in the UI language. */
export function articleTitle(a: LoadedArticle, lang: Lang): string {
  if (a.own) return ownTitle(a.own, 200);
  return a.entry ? localized(a.entry.title, lang) : (a.title ?? '');
}

/** What the exports print about the article. */
export function articleMeta(a: LoadedArticle, lang: Lang): ExportMeta {
  if (a.entry) return entryMeta(a.entry, lang);
  if (a.own) return { title: ownTitle(a.own, 200), outlet: a.own.outlet || undefined, date: a.own.date || undefined, address: a.own.address };
  return { title: a.title ?? a.url ?? '', address: a.url };
}
