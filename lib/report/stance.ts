/**
 * Stance per actor, from the findings that hit it. The outlet's own words count in full, and so
 * does its own wording of what it reports outside quotation marks; labels inside quotations count
 * much less; an actor named only in neutral terms is `neutral`.
 */
import type { Ctx } from '../resolve';
import type { Draft } from '../detect/draft';
import type { ActorId, ActorName, ActorStance, Evidence, Finding, StanceLabel } from '../model/report';
import type { ActorEntry } from '../terms/schema';

/** Weight of words in quotation marks: the speaker's, not the outlet's. */
export const QUOTED_FACTOR = 0.3;
/** Below this total evidence an actor is neutral. */
const MIN_EVIDENCE = 0.5;
/** Against and favour both at least this share of the larger side: mixed. */
const MIXED_RATIO = 0.5;
const MIN_SCORE = 0.2;
/** The outlet's own words must weigh at least this for a stance other than neutral. */
const OWN_MIN = 0.3;

/** Score in (-1, 1): (favour − against) / (favour + against + 1). */
export function stanceLabel(pos: number, neg: number): { label: StanceLabel; score: number } {
  const score = (pos - neg) / (pos + neg + 1);
  const total = pos + neg;
  if (total < MIN_EVIDENCE) return { label: 'neutral', score };
  const lo = Math.min(pos, neg);
  const hi = Math.max(pos, neg);
  if (lo >= 0.6 && lo >= MIXED_RATIO * hi) return { label: 'mixed', score };
  if (score <= -MIN_SCORE) return { label: 'against', score };
  if (score >= MIN_SCORE) return { label: 'favour', score };
  return { label: 'neutral', score };
}

/**
 * An actor's stance from its evidence: favour and against summed, and words the outlet only
 * reports do not make its stance — without words of its own weighing {@link OWN_MIN} it stays
 * neutral. The one rule for a report and for a page composed of several reports.
 */
export function stanceOf(evidence: readonly Evidence[]): { label: StanceLabel; score: number } {
  let pos = 0;
  let neg = 0;
  let own = 0;
  for (const e of evidence) {
    if (e.direction === 'favour') pos += e.weight;
    else neg += e.weight;
    if (!e.quoted) own += e.weight;
  }
  const r = stanceLabel(pos, neg);
  return { label: own >= OWN_MIN ? r.label : 'neutral', score: Math.round(r.score * 1000) / 1000 };
}

/** Names by use, most used first; ties in code-unit order, so the order is the same everywhere. */
export function byUse(a: ActorName, b: ActorName): number {
  return b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** Actors by mentions, most mentioned first; ties by id. */
export function byMentions(x: ActorStance, y: ActorStance): number {
  return y.mentions - x.mentions || x.id.localeCompare(y.id);
}

/** Stance per actor from the report's findings, each beside the draft it was made from (`drafts[i]` for `findings[i]`). */
export function computeStance(ctx: Ctx, findings: readonly Pick<Finding, 'id' | 'text'>[], drafts: readonly Draft[], names: Map<ActorId, ActorName[]>): ActorStance[] {
  const acc = new Map<ActorId, Evidence[]>();
  const get = (id: ActorId) => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = []));
    return a;
  };
  const mentions = new Map<ActorId, number>();
  // A party named only as another's followers («الاحتلال التركي وفصائله») is named all the same.
  for (const all of [ctx.refs.mentions, ctx.refs.followers]) {
    for (let i = 0; i < all.length; i++) {
      const m = all[i];
      if (ctx.chrome[m.t0]) continue;
      mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
    }
  }
  for (let i = 0; i < findings.length; i++) {
    const { id: findingId, text } = findings[i];
    const draft = drafts[i];
    if (!draft.actor || !draft.direction || !draft.weight) continue;
    // What the outlet reports in its own words, outside quotation marks («أفادت سانا أن تنظيم
    // داعش الإرهابي نفذ هجوماً», «وأوضحت المصادر أنّ القصف مصدره مسلحو قسد»), counts as its own:
    // the epithet is the outlet's choice. A direct quotation stays the speaker's.
    const quoted = draft.quoted === true && draft.paraphrased !== true;
    const w = Math.round(draft.weight * (quoted ? QUOTED_FACTOR : 1) * 100) / 100;
    const e: Evidence = { findingId, text, direction: draft.direction, weight: w, quoted, ...(draft.kind === 'distancing' ? { doubt: true as const } : {}) };
    get(draft.actor).push(e);
    // «إرهابيي "ي ب ك/ بي كا كا" و"داعش"»: the word weighs on every party it governs.
    if (draft.also) for (const id of draft.also) get(id).push({ ...e });
  }
  const ids = new Set<ActorId>([...mentions.keys(), ...acc.keys()]);
  sides(ctx.lex.list.actors ?? [], acc, (id) => mentions.has(id));
  const out: ActorStance[] = [];
  for (const actor of ctx.lex.list.actors ?? []) {
    if (!ids.has(actor.id)) continue;
    const evidence = acc.get(actor.id) ?? [];
    const { label, score } = stanceOf(evidence);
    out.push({
      id: actor.id,
      name: actor.name,
      label,
      score,
      mentions: mentions.get(actor.id) ?? 0,
      evidence,
      names: names.get(actor.id) ?? [],
    });
  }
  return out.sort(byMentions);
}

/** What {@link sides} reads of an actor's entry in the term lists. */
export type SidedActor = Pick<ActorEntry, 'id' | 'rivals' | 'proxy'>;

/** Weight of a stance taken through another party (a rival's or a patron's), less than one ordinary label. */
export const SIDE_WEIGHT = 0.5;

/**
 * Sides: an outlet against a party in its own words leans to the party's `rivals` («ميليشيا قسد»
 * in an article on the tribes' fight with the SDF) and is against its `proxy` («الاحتلال التركي»
 * beside the SNA), when the article names them. Each such party gets one piece of evidence, the
 * outlet's heaviest own word against the other party that is not mere distancing (`doubt`), marked
 * `via` that party. Only stances taken from a party's own evidence pass on, one step. A page of
 * several segments takes its sides once, over all of them (lib/ext/page-report.ts).
 */
export function sides(actors: readonly SidedActor[], acc: Map<ActorId, Evidence[]>, mentioned: (id: ActorId) => boolean): void {
  const against = new Map<ActorId, Evidence>();
  for (const [id, evidence] of acc) {
    if (stanceOf(evidence).label !== 'against') continue;
    let top: Evidence | undefined;
    // Doubt of what a party says («ما يسمى التحالف الدولي», «زعم التحالف») is no verdict on its acts:
    // readers of it alone call the SDF beside the coalition, or the SNA beside Turkey, neutral.
    for (const e of evidence) if (!e.quoted && !e.doubt && e.direction === 'against' && (!top || e.weight > top.weight)) top = e;
    if (top) against.set(id, top);
  }
  if (against.size === 0) return;
  const derived: [ActorId, Evidence][] = [];
  for (const actor of actors) {
    for (const rival of actor.rivals ?? []) {
      const e = against.get(rival);
      // A lean with nothing of the party's own behind it is no stance: readers of «ميليشيا قسد» alone
      // call the SNA, the tribes or the SDF's other rivals neutral more often than favoured.
      if (e && rival !== actor.id && mentioned(actor.id) && (acc.get(actor.id)?.length ?? 0) > 0) derived.push([actor.id, passedOn(e, 'favour', rival)]);
    }
    const e = against.get(actor.id);
    if (e && actor.proxy && actor.proxy !== actor.id && mentioned(actor.proxy)) derived.push([actor.proxy, passedOn(e, e.direction, actor.id)]);
  }
  for (const [id, e] of derived) {
    let list = acc.get(id);
    if (!list) acc.set(id, (list = []));
    list.push(e);
  }
}

/**
 * The outlet's word `e` against a party, passed on `via` it to another party with `direction`. `e`
 * is its own word, neither doubt nor passed on itself: its fields are the five written here, in
 * their order. (Written out, not spread: a spread object given a field it lacks gets a hidden class
 * of its own in the JavaScript engine, some microseconds each.)
 */
function passedOn(e: Evidence, direction: Evidence['direction'], via: ActorId): Evidence {
  return { findingId: e.findingId, text: e.text, direction, weight: SIDE_WEIGHT, quoted: e.quoted, via };
}
