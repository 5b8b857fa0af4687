/**
 * Addresses of the teacher pages and the article references they take. An article is either a
 * demo article (`seed:000`) or a tab the reader had Adasa analyse (`tab:12`); the pages are the
 * extension's own (`library.html`, `compare.html`, `presenter.html`), linked relative to each
 * other so they work from any extension origin and offline.
 */
import { isLang, type Lang } from '../ext/locales';

/** An article a teacher page can show: a demo article, an analysed tab or one of the teacher's own. */
export type ArticleRef = { kind: 'seed'; id: string } | { kind: 'tab'; tabId: number } | { kind: 'own'; id: string };

/** The id of a teacher's own article: lower-case letters and digits. */
export const OWN_ID = /^[a-z0-9]{4,24}$/;

/** `seed:000`, `tab:12` or `own:k3x9a1` → a reference; anything else → null. */
export function parseRef(value: string | null | undefined): ArticleRef | null {
  if (!value) return null;
  const seed = /^seed:(\d{3})$/.exec(value);
  if (seed) return { kind: 'seed', id: seed[1] };
  const own = /^own:([a-z0-9]{4,24})$/.exec(value);
  if (own) return { kind: 'own', id: own[1] };
  const tab = /^tab:(\d{1,10})$/.exec(value);
  if (tab) return { kind: 'tab', tabId: Number(tab[1]) };
  return null;
}

/** A reference as it appears in an address. */
export function refString(ref: ArticleRef): string {
  return ref.kind === 'tab' ? `tab:${ref.tabId}` : `${ref.kind}:${ref.id}`;
}

/** A reference as a file-name and storage-key safe slug: `000`, `tab-12`, `own-k3x9a1`. */
export function refSlug(ref: ArticleRef): string {
  return ref.kind === 'seed' ? ref.id : ref.kind === 'tab' ? `tab-${ref.tabId}` : `own-${ref.id}`;
}

/**
 * Who the page is shown to. In the student view the answers (the editors' leaning, the
 * teacher's notes, the stance) stay hidden until the teacher reveals them.
 */
export type View = 'teacher' | 'student';

/** The view an address asks for: `?view=student`, else the teacher's. */
export function viewParam(search: string): View {
  return new URLSearchParams(search).get('view') === 'student' ? 'student' : 'teacher';
}

const viewValue = (view?: View) => (view === 'student' ? 'student' : undefined);

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The library, optionally open at an article. */
export function libraryUrl(opts: { article?: string; lang?: Lang; view?: View } = {}): string {
  return `library.html${query({ article: opts.article, lang: opts.lang, view: viewValue(opts.view) })}`;
}

/** The compare view for two articles. */
export function compareUrl(a: ArticleRef, b: ArticleRef, lang?: Lang, view?: View): string {
  return `compare.html${query({ a: refString(a), b: refString(b), lang, view: viewValue(view) })}`;
}

/** The presenter on an article, optionally at a finding (0-based). */
export function presenterUrl(ref: ArticleRef, opts: { lang?: Lang; at?: number; view?: View } = {}): string {
  return `presenter.html${query({ article: refString(ref), lang: opts.lang, at: opts.at === undefined ? undefined : String(opts.at), view: viewValue(opts.view) })}`;
}

/** The `lang` an address asks for, if any. */
export function langParam(search: string): Lang | null {
  const v = new URLSearchParams(search).get('lang');
  return isLang(v) ? v : null;
}
