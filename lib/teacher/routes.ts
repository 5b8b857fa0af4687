/**
 * Addresses of the teacher pages and the article references they take. An article is either a
 * demo article (`seed:000`) or a tab the reader had Adasa analyse (`tab:12`); the pages are the
 * extension's own (`library.html`, `compare.html`, `presenter.html`), linked relative to each
 * other so they work from any extension origin and offline.
 */
import { isLang, type Lang } from '../ext/locales';

/** An article a teacher page can show: a demo article or an analysed tab. */
export type ArticleRef = { kind: 'seed'; id: string } | { kind: 'tab'; tabId: number };

/** `seed:000` or `tab:12` → a reference; anything else → null. */
export function parseRef(value: string | null | undefined): ArticleRef | null {
  if (!value) return null;
  const seed = /^seed:(\d{3})$/.exec(value);
  if (seed) return { kind: 'seed', id: seed[1] };
  const tab = /^tab:(\d{1,10})$/.exec(value);
  if (tab) return { kind: 'tab', tabId: Number(tab[1]) };
  return null;
}

/** A reference as it appears in an address. */
export function refString(ref: ArticleRef): string {
  return ref.kind === 'seed' ? `seed:${ref.id}` : `tab:${ref.tabId}`;
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The library, optionally open at an article. */
export function libraryUrl(opts: { article?: string; lang?: Lang } = {}): string {
  return `library.html${query({ article: opts.article, lang: opts.lang })}`;
}

/** The compare view for two articles. */
export function compareUrl(a: ArticleRef, b: ArticleRef, lang?: Lang): string {
  return `compare.html${query({ a: refString(a), b: refString(b), lang })}`;
}

/** The presenter on an article, optionally at a finding (0-based). */
export function presenterUrl(ref: ArticleRef, opts: { lang?: Lang; at?: number } = {}): string {
  return `presenter.html${query({ article: refString(ref), lang: opts.lang, at: opts.at === undefined ? undefined : String(opts.at) })}`;
}

/** The `lang` an address asks for, if any. */
export function langParam(search: string): Lang | null {
  const v = new URLSearchParams(search).get('lang');
  return isLang(v) ? v : null;
}
