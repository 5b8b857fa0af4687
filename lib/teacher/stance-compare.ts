/**
 * Stance per actor across articles, ready to draw as diverging bars side by side: the engine's
 * score and label for each article, the words that moved it, and the editors' reading of the
 * article's leaning (seeds/articles/index.json) where there is one. Scores are the engine's.
 */
import { actorName, type ActorId, type ActorStance, type Bilingual, type Direction, type Report, type StanceLabel } from '../model/report';

/** A word that moved an actor's stance. */
export interface StanceWord {
  text: string;
  direction: Direction;
  quoted: boolean;
  /** The party the word was said of, when the stance was taken through a rival or a patron. */
  via?: Bilingual;
}

/** One article's stance towards one actor. */
export interface StanceCell {
  score: number;
  label: StanceLabel;
  mentions: number;
  words: StanceWord[];
}

/** One party across the articles compared. */
export interface StanceRow {
  id: ActorId;
  name: Bilingual;
  /** `cells[i]`: article i's stance, null if it does not mention the actor. */
  cells: (StanceCell | null)[];
}

/** At most this many words under each bar: enough to see why, few enough to read on a projector. */
export const MAX_WORDS = 4;

/** The words behind a stance, heaviest first, each wording once (once more when said of another party). */
export function movedBy(actor: ActorStance, max = MAX_WORDS, nameOf: (id: ActorId) => Bilingual = (id) => actorName([], id)): StanceWord[] {
  const seen = new Map<string, { w: StanceWord; weight: number }>();
  for (const e of actor.evidence) {
    const key = `${e.text}\u0000${e.via ?? ''}`;
    const prev = seen.get(key);
    const via = e.via ? nameOf(e.via) : undefined;
    if (!prev || e.weight > prev.weight) seen.set(key, { w: { text: e.text, direction: e.direction, quoted: e.quoted, ...(via ? { via } : {}) }, weight: e.weight });
  }
  return [...seen.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .map((x) => x.w);
}

function cell(report: Report, id: ActorId): StanceCell | null {
  const a = report.actors.find((x) => x.id === id);
  if (!a || (a.mentions === 0 && a.evidence.length === 0)) return null;
  return { score: Math.max(-1, Math.min(1, a.score)), label: a.label, mentions: a.mentions, words: movedBy(a, MAX_WORDS, (v) => actorName(report.actors, v)) };
}

/**
 * Rows for every actor at least one article mentions, ordered by how far apart the articles
 * stand on it (the actors that divide them come first), then by mentions.
 */
export function compareStance(reports: readonly Report[]): StanceRow[] {
  const names = new Map<ActorId, Bilingual>();
  for (const r of reports) for (const a of r.actors) if (!names.has(a.id)) names.set(a.id, a.name);
  const rows: StanceRow[] = [...names].map(([id, name]) => ({ id, name, cells: reports.map((r) => cell(r, id)) }));
  const spread = (row: StanceRow) => {
    const scores = row.cells.map((c) => c?.score ?? 0);
    return Math.max(...scores) - Math.min(...scores);
  };
  const mentions = (row: StanceRow) => row.cells.reduce((n, c) => n + (c?.mentions ?? 0), 0);
  return rows.filter((row) => row.cells.some(Boolean)).sort((a, b) => spread(b) - spread(a) || mentions(b) - mentions(a) || a.id.localeCompare(b.id));
}

/** The side of the axis a score falls on (`neutral` inside the dead zone around zero). */
export function sideOf(score: number, deadZone = 0.05): Direction | 'neutral' {
  if (score <= -deadZone) return 'against';
  if (score >= deadZone) return 'favour';
  return 'neutral';
}
