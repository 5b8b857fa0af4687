/**
 * The teacher's own articles: text pasted in (or kept from an analysed tab) with a title,
 * outlet and date, kept in the extension's local storage. Whatever storage holds is read
 * through these schemas field by field: an entry without a usable id or text is dropped, any
 * other field that is missing, of the wrong type or too long falls back on its own.
 */
import * as z from 'zod/mini';
import { OWN_ID } from './routes';

/** The longest text kept (characters): a long article, far below storage's quota. */
export const MAX_TEXT = 200_000;
/** The most articles kept; the oldest beyond it are dropped on save. */
export const MAX_ARTICLES = 60;
const MAX_TITLE = 300;
const MAX_OUTLET = 120;
const MAX_ADDRESS = 2_000;

/** One of the teacher's own articles. */
export interface OwnArticle {
  id: string;
  title: string;
  outlet: string;
  /** The publication date as `YYYY-MM-DD`, or '' when not known. */
  date: string;
  text: string;
  /** When it was saved or last edited (ms since the epoch). */
  saved: number;
  /** The page it was kept from, shown as text only. */
  address?: string;
}

/** What the form gives: everything but the id and time. */
export type OwnDraft = Pick<OwnArticle, 'title' | 'outlet' | 'date' | 'text'> & { address?: string };

const Id = z.string().check(z.regex(OWN_ID));
const Text = z.string().check(
  z.maxLength(MAX_TEXT),
  z.refine((s) => s.trim().length > 0),
);
const Title = z.string().check(z.maxLength(MAX_TITLE));
const Outlet = z.string().check(z.maxLength(MAX_OUTLET));
const DateString = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const Saved = z.number().check(z.gte(0), z.lte(8.64e15));
const Address = z.string().check(z.maxLength(MAX_ADDRESS));

/** One field through its schema, or the fallback. */
function field<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const r = schema.safeParse(value);
  return r.success ? r.data : fallback;
}

/** A stored entry, field by field; null when it has no usable id or text. */
export function ownArticleFrom(stored: unknown): OwnArticle | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  const o = stored as Record<string, unknown>;
  const id = field(Id, o.id, null);
  const text = field(Text, o.text, null);
  if (id === null || text === null) return null;
  const address = field(Address, o.address, undefined);
  return {
    id,
    title: clean(field(Title, o.title, '')),
    outlet: clean(field(Outlet, o.outlet, '')),
    date: field(DateString, o.date, ''),
    text,
    saved: field(Saved, o.saved, 0),
    ...(address ? { address } : {}),
  };
}

/** The stored list, read entry by entry: bad entries and repeated ids are left out. */
export function ownArticlesFrom(stored: unknown): OwnArticle[] {
  if (!Array.isArray(stored)) return [];
  const out: OwnArticle[] = [];
  const seen = new Set<string>();
  for (const entry of stored.slice(0, MAX_ARTICLES * 2)) {
    const a = ownArticleFrom(entry);
    if (a && !seen.has(a.id)) {
      seen.add(a.id);
      out.push(a);
    }
  }
  return out.slice(0, MAX_ARTICLES);
}

/** Line breaks and control characters out of a one-line field, spaces collapsed. */
function clean(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 ? ' ' : ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Why a draft cannot be saved, as catalog keys; empty when it can. */
export function draftProblems(d: OwnDraft): ('needText' | 'textTooLong' | 'badDate')[] {
  const out: ('needText' | 'textTooLong' | 'badDate')[] = [];
  if (d.text.trim().length === 0) out.push('needText');
  if (d.text.length > MAX_TEXT) out.push('textTooLong');
  if (d.date !== '' && !DateString.safeParse(d.date).success) out.push('badDate');
  return out;
}

/** A fresh id: a time stamp and random letters, in base 36. */
export function newOwnId(now: number, random: () => number = Math.random): string {
  const r = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${Math.max(0, Math.floor(now)).toString(36)}${r}`.slice(-24);
}

/**
 * The list after saving a draft: a new article first (with `id`), or the article `id` changed in
 * place. Line endings become "\n" so offsets mean the same everywhere; the oldest beyond
 * {@link MAX_ARTICLES} are dropped.
 */
export function saveDraft(list: readonly OwnArticle[], id: string, draft: OwnDraft, now: number): OwnArticle[] {
  const article = ownArticleFrom({ ...draft, text: draft.text.replace(/\r\n?/g, '\n'), id, saved: now });
  if (!article) throw new Error('a draft needs an id and a text');
  const at = list.findIndex((a) => a.id === id);
  if (at >= 0) return list.map((a, i) => (i === at ? { ...article, address: article.address ?? a.address } : a));
  return [article, ...list].slice(0, MAX_ARTICLES);
}

/** The list without article `id`. */
export function removeOwn(list: readonly OwnArticle[], id: string): OwnArticle[] {
  return list.filter((a) => a.id !== id);
}

/** A title for lists: the given one, else the text's first line, clipped. */
export function ownTitle(a: Pick<OwnArticle, 'title' | 'text'>, max = 80): string {
  const t = a.title || a.text.trim().split('\n')[0].trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
