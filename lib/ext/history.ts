/**
 * The reading history: off until the reader turns it on, kept in `storage.local` on this device
 * and never sent anywhere. One compact summary per article (its address, title, site, when it
 * was read, and per party the names used and the stance) — never the article's text. Bounded:
 * a week at most, at most {@link MAX_ARTICLES} articles and {@link MAX_BYTES} of JSON, the
 * oldest dropped first. Read field by field: a bad field falls back, a bad article or party is
 * dropped, the rest stands.
 */
import * as z from 'zod/mini';
import { ActorId, StanceLabel, type Report } from '../model/report';
import { siteKey } from './site-key';

/** The key the history is stored under in `storage.local`. */
export const HISTORY_KEY = 'readingHistory';

export const HISTORY_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;
export const MAX_ARTICLES = 200;
export const MAX_ACTORS = 12;
export const MAX_NAMES = 6;
/** The largest serialized history kept (storage.local holds 10 MB for everything). */
export const MAX_BYTES = 512 * 1024;
const MAX_URL = 2048;
const MAX_TITLE = 300;
const MAX_NAME = 60;

const cut = (n: number) => (s: string) => (s.length > n ? s.slice(0, n) : s);
const Text = (n: number, fallback = '') => z.catch(z.pipe(z.string(), z.transform(cut(n))), fallback);

/** A web address: only http(s), since it becomes a link. */
const WebUrl = z.string().check(
  z.maxLength(MAX_URL),
  z.refine((u) => siteKey(u) !== null, 'an http(s) address'),
);

const Name = z.object({
  text: z.pipe(z.string().check(z.minLength(1)), z.transform(cut(MAX_NAME))),
  count: z.catch(z.int().check(z.minimum(1), z.maximum(100_000)), 1),
  loaded: z.catch(z.boolean(), false),
});
export type HistoryName = z.infer<typeof Name>;

const PartyName = z.object({ ar: Text(MAX_NAME), en: Text(MAX_NAME) });

const Actor = z.object({
  id: ActorId,
  name: z.catch(PartyName, { ar: '', en: '' }),
  label: z.catch(StanceLabel, 'neutral'),
  score: z.catch(z.number().check(z.minimum(-1), z.maximum(1)), 0),
  names: z.catch(z.array(z.unknown()), []),
});
export interface HistoryActor {
  id: string;
  name: { ar: string; en: string };
  label: StanceLabel;
  score: number;
  names: HistoryName[];
}

const Article = z.object({
  url: WebUrl,
  title: Text(MAX_TITLE),
  /** When it was read (ms since the epoch). */
  at: z.number().check(z.minimum(0)),
  actors: z.catch(z.array(z.unknown()), []),
});
export interface HistoryArticle {
  url: string;
  site: string;
  title: string;
  at: number;
  actors: HistoryActor[];
}

export interface History {
  enabled: boolean;
  articles: HistoryArticle[];
}

export const EMPTY_HISTORY: History = { enabled: false, articles: [] };

function nameFrom(raw: unknown): HistoryName | null {
  const r = Name.safeParse(raw);
  return r.success ? r.data : null;
}

function actorFrom(raw: unknown): HistoryActor | null {
  const r = Actor.safeParse(raw);
  if (!r.success) return null;
  const names = r.data.names.map(nameFrom).filter((n): n is HistoryName => n !== null);
  return { ...r.data, names: names.slice(0, MAX_NAMES) };
}

function articleFrom(raw: unknown): HistoryArticle | null {
  const r = Article.safeParse(raw);
  if (!r.success || !Number.isFinite(r.data.at)) return null;
  const actors = r.data.actors.map(actorFrom).filter((a): a is HistoryActor => a !== null);
  return { url: r.data.url, site: siteKey(r.data.url)!, title: r.data.title, at: r.data.at, actors: actors.slice(0, MAX_ACTORS) };
}

/** The history from whatever storage holds: off and empty unless it has the right shape, field by field. */
export function historyFrom(stored: unknown): History {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return { ...EMPTY_HISTORY, articles: [] };
  const s = stored as Record<string, unknown>;
  const list = Array.isArray(s.articles) ? s.articles.slice(-MAX_ARTICLES * 2) : [];
  const articles = list.map(articleFrom).filter((a): a is HistoryArticle => a !== null);
  return { enabled: s.enabled === true, articles: bound(articles, Number.POSITIVE_INFINITY) };
}

/** An article's summary from its report: the parties it names, how, and the stance. Null for a page with no text. */
export function summarize(page: { url: string; title: string }, report: Report, at: number): HistoryArticle | null {
  const site = siteKey(page.url);
  if (!site || report.length === 0 || page.url.length > MAX_URL) return null;
  const actors = report.actors
    .filter((a) => a.mentions > 0 || a.evidence.length > 0)
    .slice(0, MAX_ACTORS)
    .map((a) => ({
      id: a.id,
      name: { ar: cut(MAX_NAME)(a.name.ar), en: cut(MAX_NAME)(a.name.en) },
      label: a.label,
      score: Math.max(-1, Math.min(1, Number.isFinite(a.score) ? a.score : 0)),
      names: [...a.names]
        .sort((x, y) => y.count - x.count)
        .slice(0, MAX_NAMES)
        .map((n) => ({ text: cut(MAX_NAME)(n.text), count: Math.max(1, Math.round(n.count)), loaded: n.loaded })),
    }));
  return { url: page.url, site, title: cut(MAX_TITLE)(page.title.trim()), at, actors };
}

/** Keeps the week before `now`, oldest first, within the count and size bounds (the oldest dropped). */
function bound(articles: HistoryArticle[], now: number): HistoryArticle[] {
  const since = now === Number.POSITIVE_INFINITY ? -Infinity : now - HISTORY_DAYS * DAY;
  let kept = articles.filter((a) => a.at >= since).sort((a, b) => a.at - b.at);
  if (kept.length > MAX_ARTICLES) kept = kept.slice(kept.length - MAX_ARTICLES);
  while (kept.length > 0 && JSON.stringify(kept).length > MAX_BYTES) kept = kept.slice(Math.max(1, Math.floor(kept.length / 10)));
  return kept;
}

/** The history with `article` added (replacing an earlier read of the same address), bounded. */
export function withArticle(history: History, article: HistoryArticle, now: number): History {
  const rest = history.articles.filter((a) => a.url !== article.url);
  return { enabled: history.enabled, articles: bound([...rest, article], now) };
}

/** One party as a site named it over the week. */
export interface SiteParty {
  id: string;
  name: { ar: string; en: string };
  /** Articles that name the party. */
  articles: number;
  /** The mean of its stance scores over those articles, in [-1, 1]. */
  score: number;
  /** Whether any of those articles judged it mixed. */
  mixed: boolean;
  /** Every name used, with how often, most used first. */
  names: HistoryName[];
}

export interface SiteSummary {
  site: string;
  /** Newest first. */
  articles: HistoryArticle[];
  /** Most named first. */
  parties: SiteParty[];
}

/** The week before `now`, per site (most read first): its articles, and per party its names and stance. */
export function bySite(history: History, now: number): SiteSummary[] {
  const since = now - HISTORY_DAYS * DAY;
  const sites = new Map<string, HistoryArticle[]>();
  for (const a of history.articles) {
    if (a.at < since) continue;
    const list = sites.get(a.site) ?? [];
    list.push(a);
    sites.set(a.site, list);
  }
  const out: SiteSummary[] = [];
  for (const [site, articles] of sites) {
    const parties = new Map<string, SiteParty & { total: number; byName: Map<string, HistoryName> }>();
    for (const art of articles) {
      for (const actor of art.actors) {
        let p = parties.get(actor.id);
        if (!p) {
          p = { id: actor.id, name: actor.name, articles: 0, score: 0, mixed: false, names: [], total: 0, byName: new Map() };
          parties.set(actor.id, p);
        }
        p.articles += 1;
        p.total += actor.score;
        p.mixed ||= actor.label === 'mixed';
        for (const n of actor.names) {
          const seen = p.byName.get(n.text);
          if (seen) seen.count += n.count;
          else p.byName.set(n.text, { ...n });
        }
      }
    }
    const list = [...parties.values()].map(({ total, byName, ...p }) => ({
      ...p,
      score: Math.round((total / p.articles) * 1000) / 1000,
      names: [...byName.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'ar')),
    }));
    list.sort((a, b) => b.articles - a.articles || Math.abs(b.score) - Math.abs(a.score) || a.id.localeCompare(b.id));
    out.push({ site, articles: [...articles].sort((a, b) => b.at - a.at), parties: list });
  }
  return out.sort((a, b) => b.articles.length - a.articles.length || a.site.localeCompare(b.site));
}
