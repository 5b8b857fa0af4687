/**
 * The sourcing profile of an article: its figures counted by attribution class (named, vague,
 * anonymous, none) and who it quotes or cites — the engine's source findings and the sources
 * its figures name — grouped by wording.
 */
import { ATTRIBUTIONS, type ActorId, type Attribution, type Report } from '../model/report';
import { normalize } from '../text/normalize';
import { PREPOSITIONS, PROCLITICS } from '../text/clitics';

/** One source as the article words it. */
export interface SourceEntry {
  text: string;
  attribution: Attribution;
  /** How often the article cites it (source findings and figures together). */
  count: number;
  /** How many figures rest on it. */
  figures: number;
  actor?: ActorId;
  /** The source is itself a party to what it reports. */
  interestedParty?: ActorId;
}

/** How one article sources its claims. */
export interface SourcingProfile {
  figures: Record<Attribution, number>;
  totalFigures: number;
  sources: SourceEntry[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A word without its proclitics when they hold a preposition or the article («والمصادر», «لمصادر» → «مصادر»). */
const withoutPreposition = (w: string) => {
  for (const p of PROCLITICS) if ((p.article || PREPOSITIONS.some((x) => p.text.includes(x))) && w.startsWith(p.text)) return w.slice(p.text.length);
  return w;
};

/** One key for «مصادر», «المصادر» and «لمصادر»: normalized, without a proclitic or the article. */
const groupKey = (s: string) =>
  normalize(collapse(s))
    .text.split(' ')
    .map((w, i) => (i === 0 && w.length > 4 ? withoutPreposition(w) : w))
    .join(' ');

/** The profile of one report. Figure counts are the report's own `figures` block. */
export function sourcingProfile(report: Report): SourcingProfile {
  const byKey = new Map<string, SourceEntry>();
  const add = (text: string, attribution: Attribution, isFigure: boolean, actor?: ActorId, interested?: ActorId) => {
    const key = `${attribution}\u0000${groupKey(text)}`;
    let e = byKey.get(key);
    if (!e) {
      e = { text: collapse(text), attribution, count: 0, figures: 0 };
      byKey.set(key, e);
    } else if (collapse(text).length < e.text.length) e.text = collapse(text); // show the plainest wording
    e.count += 1;
    if (isFigure) e.figures += 1;
    e.actor ??= actor;
    e.interestedParty ??= interested;
  };
  for (const f of report.findings) {
    // A source finding of class "none" (evidence an article only claims to hold, «حالات موثقة»)
    // is a finding, but nobody is cited.
    if (f.kind === 'source' && f.attribution === 'none') continue;
    if (f.kind === 'source') add(f.text, f.attribution ?? 'vague', false, f.actor ?? f.source?.actor, f.interestedParty);
    else if (f.kind === 'figure' && f.source) add(f.source.text, f.attribution ?? 'named', true, f.source.actor, f.interestedParty);
  }
  const order = (a: Attribution) => ATTRIBUTIONS.indexOf(a);
  const sources = [...byKey.values()].sort((a, b) => order(a.attribution) - order(b.attribution) || b.count - a.count || a.text.localeCompare(b.text, 'ar'));
  const figures = { ...report.figures };
  return { figures, totalFigures: ATTRIBUTIONS.reduce((n, a) => n + figures[a], 0), sources };
}

/** The share of an article's figures that carry no source at all, in [0, 1] (0 with no figures). */
export function unsourcedShare(profile: SourcingProfile): number {
  return profile.totalFigures === 0 ? 0 : profile.figures.none / profile.totalFigures;
}
