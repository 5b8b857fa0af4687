/**
 * Turns detector drafts into the report: original offsets, quotes with prefix and suffix for
 * re-anchoring, stable ids, counts, the name ledger per actor, and stance.
 */
import type { Ctx } from '../context';
import type { Draft } from '../detect/draft';
import { computeStance } from '../stance';
import { toOriginal } from '../text/normalize';
import { FINDING_KINDS, type ActorId, type ActorName, type Counts, type Finding, type Report } from './schema';

const CONTEXT_CHARS = 32;

function span(ctx: Ctx, d: { s: number; e: number; original?: { start: number; end: number } }) {
  return d.original ?? toOriginal(ctx.norm, d.s, d.e);
}

/** The names the article uses for each actor, a loaded label joined to the name it precedes («ميليشيا قسد»). */
function nameLedger(ctx: Ctx, drafts: Draft[]): Map<ActorId, ActorName[]> {
  const byActor = new Map<ActorId, Map<string, ActorName>>();
  const add = (actor: ActorId, text: string, loaded: boolean) => {
    let m = byActor.get(actor);
    if (!m) byActor.set(actor, (m = new Map()));
    const key = text.replace(/\s+/g, ' ').trim();
    const prev = m.get(key);
    if (prev) prev.count++;
    else m.set(key, { text: key, count: 1, loaded });
  };
  const labelEndingAt = new Map<number, Draft>();
  for (const d of drafts) if (d.kind === 'framing' && d.direction === 'against' && d.how === 'construct') labelEndingAt.set(d.t1, d);
  for (const m of ctx.refs.mentions) {
    if (ctx.chrome[m.t0]) continue;
    const label = labelEndingAt.get(m.t0) ?? labelEndingAt.get(m.t0 - 1);
    const from = label && label.actor === m.actor ? label.s : m.s;
    const o = toOriginal(ctx.norm, from, m.e);
    add(m.actor, ctx.src.slice(o.start, o.end).replace(/^[\s"«“”»]+|[\s"«“”»]+$/g, ''), m.loaded || from !== m.s);
  }
  const out = new Map<ActorId, ActorName[]>();
  for (const [actor, m] of byActor) out.set(actor, [...m.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)));
  return out;
}

export function buildReport(ctx: Ctx, drafts: Draft[], opts: { id?: string; includeText?: boolean }): Report {
  const sorted = [...drafts].sort((a, b) => span(ctx, a).start - span(ctx, b).start || FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));
  const perKind = new Map<string, number>();
  const findings: Finding[] = [];
  const stanceInputs = [];
  for (const d of sorted) {
    const { start, end } = span(ctx, d);
    const n = (perKind.get(d.kind) ?? 0) + 1;
    perKind.set(d.kind, n);
    const { s, e, t0, t1, original, sourceSpan, weight, how, ...rest } = d;
    void s, e, t0, t1, original, weight, how;
    const f: Finding = {
      id: `${d.kind}-${n}`,
      ...rest,
      start,
      end,
      text: ctx.src.slice(start, end),
      prefix: ctx.src.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: ctx.src.slice(end, end + CONTEXT_CHARS),
    };
    if (sourceSpan) {
      const o = toOriginal(ctx.norm, sourceSpan.s, sourceSpan.e);
      f.source = { text: ctx.src.slice(o.start, o.end), start: o.start, end: o.end, ...(sourceSpan.actor ? { actor: sourceSpan.actor } : {}) };
    }
    findings.push(f);
    stanceInputs.push({ findingId: f.id, draft: d, text: f.text });
  }
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, perKind.get(k) ?? 0])) as Counts;
  const figures = { named: 0, vague: 0, anonymous: 0, none: 0 };
  for (const f of findings) if (f.kind === 'figure' && f.attribution) figures[f.attribution]++;
  return {
    schema: 'adasa.report/1',
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(opts.includeText ? { text: ctx.src } : {}),
    length: ctx.src.length,
    findings,
    actors: computeStance(ctx, stanceInputs, nameLedger(ctx, drafts)),
    counts,
    figures,
  };
}
