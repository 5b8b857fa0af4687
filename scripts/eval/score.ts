/**
 * Scores the engine's reports against the gold of the real-article corpus: whether each loaded
 * word is loaded and hits the right party, whether each figure's attribution is right, whether
 * each vague or anonymous source is one, and whether the stance per party agrees with the reader.
 */
import type { ActorStance, Finding } from '../../lib/model/report';
import { locate, type Gold } from './gold';

export interface Tally {
  /** Engine framing/distancing findings, and how many fall on a gold loaded word. */
  loadedFound: number;
  loadedTrue: number;
  /** Gold loaded words, and how many an engine finding covers (recall). */
  loadedGold: number;
  loadedCovered: number;
  /** Among engine findings on a gold loaded word: party right, attached to a wrong party, left unattached when gold has one. */
  partyRight: number;
  partyWrong: number;
  partyMissing: number;
  /** Among engine findings on a gold loaded word: whether quoted (another's words) or the outlet's own agrees with the gold. */
  quotedAgree: number;
  /** Engine figures, those on a gold figure, and those whose attribution matches. */
  figuresFound: number;
  figuresTrue: number;
  figuresGold: number;
  attributionRight: number;
  /** Engine vague/anonymous source findings, and those on a gold source of the same kind. */
  sourcesFound: number;
  sourcesRight: number;
  sourcesGold: number;
  sourcesCovered: number;
  /** Parties compared and those agreeing. */
  stanceCompared: number;
  stanceAgree: number;
}

export const emptyTally = (): Tally => ({
  loadedFound: 0,
  loadedTrue: 0,
  loadedGold: 0,
  loadedCovered: 0,
  partyRight: 0,
  partyWrong: 0,
  partyMissing: 0,
  quotedAgree: 0,
  figuresFound: 0,
  figuresTrue: 0,
  figuresGold: 0,
  attributionRight: 0,
  sourcesFound: 0,
  sourcesRight: 0,
  sourcesGold: 0,
  sourcesCovered: 0,
  stanceCompared: 0,
  stanceAgree: 0,
});

export function addTally(a: Tally, b: Tally): Tally {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] += b[k];
  return out;
}

/** One disagreement, for the reader of `npm run eval -- --verbose`. */
export interface Miss {
  what: 'loaded-extra' | 'loaded-missed' | 'party' | 'quoted' | 'figure-extra' | 'figure-missed' | 'attribution' | 'source-extra' | 'source-missed' | 'stance';
  text: string;
  at: number;
  got?: string;
  want?: string;
  /** The words around it, for the reader. */
  context?: string;
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function placed<T extends { text: string; occurrence: number }>(body: string, items: T[]): (T & Span)[] {
  return items.map((i) => {
    const start = locate(body, i.text, i.occurrence);
    return { ...i, start, end: start + i.text.length };
  });
}

/**
 * What scoring reads of a report: each finding's kind, place, party, voice and attribution, and
 * each party's stance. An engine report is one; so is another reader's gold (eval/agreement.ts).
 */
export interface Scored {
  findings: Pick<Finding, 'kind' | 'start' | 'end' | 'text' | 'actor' | 'quoted' | 'attribution'>[];
  actors: Pick<ActorStance, 'id' | 'label'>[];
}

/** Scores one report against its gold. `body` is the excerpt the report was made from. */
export function scoreArticle(body: string, gold: Gold, report: Scored): { tally: Tally; misses: Miss[] } {
  const t = emptyTally();
  const misses: Miss[] = [];
  const by = (kind: Finding['kind'] | Finding['kind'][]) => report.findings.filter((f) => (Array.isArray(kind) ? kind.includes(f.kind) : f.kind === kind));

  // Loaded words and their party.
  const loadedGold = placed(body, gold.loaded);
  const loaded = by(['framing', 'distancing']);
  t.loadedFound = loaded.length;
  t.loadedGold = loadedGold.length;
  for (const f of loaded) {
    const g = loadedGold.find((x) => overlaps(x, f));
    if (!g) {
      misses.push({ what: 'loaded-extra', text: f.text, at: f.start, got: f.actor ?? '-' });
      continue;
    }
    t.loadedTrue++;
    if (!!f.quoted === g.quoted) t.quotedAgree++;
    else misses.push({ what: 'quoted', text: f.text, at: f.start, got: f.quoted ? 'quoted' : 'own voice', want: g.quoted ? 'quoted' : 'own voice' });
    const want = g.actor === 'other' ? null : g.actor;
    const got = f.actor ?? null;
    if (got === want) t.partyRight++;
    else {
      if (got === null) t.partyMissing++;
      else t.partyWrong++;
      misses.push({ what: 'party', text: f.text, at: f.start, got: got ?? '-', want: g.actor ?? '-' });
    }
  }
  for (const g of loadedGold) {
    if (loaded.some((f) => overlaps(g, f))) t.loadedCovered++;
    else misses.push({ what: 'loaded-missed', text: g.text, at: g.start, want: g.actor ?? '-' });
  }

  // Figures and their attribution.
  const figGold = placed(body, gold.figures);
  const figs = by('figure');
  t.figuresFound = figs.length;
  t.figuresGold = figGold.length;
  for (const f of figs) {
    const g = figGold.find((x) => overlaps(x, f));
    if (!g) {
      misses.push({ what: 'figure-extra', text: f.text, at: f.start });
      continue;
    }
    t.figuresTrue++;
    if (f.attribution === g.attribution) t.attributionRight++;
    else misses.push({ what: 'attribution', text: f.text, at: f.start, got: f.attribution, want: g.attribution });
  }
  for (const g of figGold) if (!figs.some((f) => overlaps(g, f))) misses.push({ what: 'figure-missed', text: g.text, at: g.start, want: g.attribution });

  // Vague and anonymous sources.
  const srcGold = placed(body, gold.sources);
  const srcs = by('source').filter((f) => f.attribution === 'vague' || f.attribution === 'anonymous');
  t.sourcesFound = srcs.length;
  t.sourcesGold = srcGold.length;
  for (const f of srcs) {
    const g = srcGold.find((x) => overlaps(x, f));
    if (g && g.kind === f.attribution) t.sourcesRight++;
    else misses.push({ what: 'source-extra', text: f.text, at: f.start, got: f.attribution, want: g?.kind ?? '-' });
  }
  for (const g of srcGold) {
    if (srcs.some((f) => overlaps(g, f))) t.sourcesCovered++;
    else misses.push({ what: 'source-missed', text: g.text, at: g.start, want: g.kind });
  }

  // Stance: every party the gold names, and any party the engine does not call neutral.
  const got = new Map(report.actors.map((a) => [a.id as string, a.label]));
  const parties = new Set<string>([...Object.keys(gold.stance).filter((k) => k !== 'other'), ...report.actors.filter((a) => a.label !== 'neutral').map((a) => a.id)]);
  for (const p of parties) {
    const want = (gold.stance as Record<string, string>)[p] ?? 'neutral';
    const g = got.get(p) ?? 'neutral';
    t.stanceCompared++;
    if (g === want) t.stanceAgree++;
    else misses.push({ what: 'stance', text: p, at: -1, got: g, want });
  }
  for (const m of misses) if (m.at >= 0) m.context = body.slice(Math.max(0, m.at - 50), m.at + m.text.length + 40).replace(/\s+/g, ' ');
  return { tally: t, misses };
}

const pct = (a: number, b: number) => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** The summary table `npm run eval` prints. */
export function formatTally(t: Tally): string[] {
  return [
    `loaded-word precision   ${pct(t.loadedTrue, t.loadedFound)}  (${t.loadedTrue}/${t.loadedFound} findings on a gold loaded word)`,
    `loaded-word recall      ${pct(t.loadedCovered, t.loadedGold)}  (${t.loadedCovered}/${t.loadedGold} gold loaded words found)`,
    `party right             ${pct(t.partyRight, t.loadedTrue)}  (${t.partyRight}/${t.loadedTrue}; wrong party ${t.partyWrong}, left unattached ${t.partyMissing})`,
    `party wrong             ${pct(t.partyWrong, t.loadedTrue)}  (attached to a party the text does not support)`,
    `quoted or own voice     ${pct(t.quotedAgree, t.loadedTrue)}  (${t.quotedAgree}/${t.loadedTrue} findings whose speaker, the outlet or another, agrees)`,
    `figure precision        ${pct(t.figuresTrue, t.figuresFound)}  (${t.figuresTrue}/${t.figuresFound}; gold figures ${t.figuresGold}, recall ${pct(t.figuresTrue, t.figuresGold).trim()})`,
    `figure attribution      ${pct(t.attributionRight, t.figuresTrue)}  (${t.attributionRight}/${t.figuresTrue} figures with the right class)`,
    `vague/anon. sources     ${pct(t.sourcesRight, t.sourcesFound)}  (${t.sourcesRight}/${t.sourcesFound} right; gold ${t.sourcesGold}, recall ${pct(t.sourcesCovered, t.sourcesGold).trim()})`,
    `stance agreement        ${pct(t.stanceAgree, t.stanceCompared)}  (${t.stanceAgree}/${t.stanceCompared} parties)`,
  ];
}
