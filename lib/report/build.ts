/**
 * Turns detector drafts into the report: original offsets, quotes with prefix and suffix for
 * re-anchoring, stable ids, counts, the name ledger per actor, and stance.
 */
import type { Ctx } from '../resolve';
import type { Draft } from '../detect/draft';
import { byUse, computeStance } from './stance';
import { actorFirstWords, categoryIs, firstWordsOf } from '../terms/lexicon';
import { PROCLITICS } from '../text/clitics';
import { normalizeText, toOriginal } from '../text/normalize';
import { FINDING_KINDS, type ActorId, type ActorName, type Finding, type Report } from '../model/report';
import { countFindings } from './counts';
import { scratchFloat64, scratchInt32, scratchUint32, scratchUint8 } from '../text/scratch';

const CONTEXT_CHARS = 32;

function span(ctx: Ctx, d: { s: number; e: number; original?: { start: number; end: number } }) {
  return d.original ?? toOriginal(ctx.norm, d.s, d.e);
}

/** Proclitics a name may carry in running text, longest first, and what they leave in place (the article stays). */
const PROCLITIC_KEEPS: [string, string][] = PROCLITICS.filter((p) => p.text !== '').map((p) => [p.text, p.article ? 'ال' : '']);

/** Normalized first words of every name and label, to tell «لقسد» (ل + قسد) from «لجنة». */
const firstWords = new WeakMap<object, Set<string>>();
function knownFirstWords(ctx: Ctx): Set<string> {
  let set = firstWords.get(ctx.lex);
  if (set) return set;
  set = new Set([...actorFirstWords(ctx.lex), ...firstWordsOf(ctx.lex, ['labels', 'sympathy'])]);
  firstWords.set(ctx.lex, set);
  return set;
}

/**
 * The name as the ledger shows it: spaces tidied, surrounding quotes dropped, and a proclitic
 * taken off the first word («لقسد» → «قسد», «للتحالف الدولي» → «التحالف الدولي»).
 */
function tidyName(ctx: Ctx, raw: string): string {
  // The same names come back article after article: tidied once per lexicon, kept for a while.
  let cache = tidied.get(ctx.lex);
  if (!cache) tidied.set(ctx.lex, (cache = new Map()));
  const known = cache.get(raw);
  if (known !== undefined) return known;
  if (cache.size >= TIDIED_MAX) cache.clear();
  const out = tidyNameOnce(ctx, raw);
  cache.set(raw, out);
  return out;
}

/** Tidied names per lexicon, from the raw slice; cleared when it reaches {@link TIDIED_MAX}. */
const tidied = new WeakMap<object, Map<string, string>>();
const TIDIED_MAX = 4096;

function tidyNameOnce(ctx: Ctx, raw: string): string {
  const name = isTidy(raw) ? raw : closeQuote(raw.replace(/\s+/g, ' ').replace(/^[\s"«“”»]+|[\s"«“”»]+$/g, ''));
  const known = knownFirstWords(ctx);
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  const norm = normalizeText(first);
  if (known.has(norm)) return name;
  for (const [p, keep] of PROCLITIC_KEEPS) {
    if (!norm.startsWith(p) || norm.length - p.length < 2) continue;
    const rest = keep + norm.slice(p.length);
    if (known.has(rest) || (rest.startsWith('ال') && known.has(rest.slice(2)))) {
      // Drop the proclitic's letters from the original (harakat may sit between them).
      let i = 0;
      let seen = 0;
      while (i < name.length && seen < p.length) {
        if (/[\u0621-\u064a]/.test(name[i])) seen++;
        i++;
      }
      while (i < name.length && /[\u064b-\u065f\u0640]/.test(name[i])) i++;
      return keep + name.slice(i);
    }
  }
  return name;
}

/** «قوات “قسد»: a name whose quotation opens inside it and closes after it gets its closing mark back. */
function closeQuote(name: string): string {
  const open = name.lastIndexOf('“');
  if (open >= 0 && name.indexOf('”', open) < 0) return name + '”';
  const guillemet = name.lastIndexOf('«');
  if (guillemet >= 0 && name.indexOf('»', guillemet) < 0) return name + '»';
  return (name.split('"').length - 1) % 2 === 1 ? name + '"' : name;
}

/**
 * Whether tidying leaves `raw` as it is: single spaces between words, nothing to trim. Most names
 * are, and this check is cheaper than the two replacements. It errs on the safe side: any
 * character that may be a space or a quotation mark sends the name through the replacements.
 */
function isTidy(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || mayTidy(raw.charCodeAt(0)) || mayTidy(raw.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 ? raw.charCodeAt(i + 1) === 0x20 : mayTidy(c)) return false;
  }
  return true;
}

/** A character that may be whitespace (\s) or a quotation mark tidying trims: a superset, for {@link isTidy}. */
function mayTidy(c: number): boolean {
  return c <= 0x20 || c === 0x22 || (c >= 0x7f && c <= 0xa0) || c === 0xab || c === 0xbb || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
}

/**
 * Draft indices in reading order: by start, then kind in its listed order, then as found. The
 * three keys packed in one number sort natively; texts too long for that sort by comparison.
 */
function readingOrder(starts: Int32Array, kinds: Uint8Array): Uint32Array {
  const n = starts.length;
  const order = scratchUint32(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let maxStart = 0;
  for (let i = 0; i < n; i++) if (starts[i] > maxStart) maxStart = starts[i];
  const span = 2 ** Math.ceil(Math.log2(n + 1));
  const kindSpan = FINDING_KINDS.length;
  if ((maxStart + 1) * kindSpan * span > Number.MAX_SAFE_INTEGER) return order.sort((a, b) => starts[a] - starts[b] || kinds[a] - kinds[b] || a - b);
  const keys = scratchFloat64(n);
  for (let i = 0; i < n; i++) keys[i] = (starts[i] * kindSpan + kinds[i]) * span + i;
  keys.sort();
  for (let j = 0; j < n; j++) order[j] = keys[j] % span;
  return order;
}

/** The names the article uses for each actor, a loaded label joined to the name it precedes («ميليشيا قسد»). */
function nameLedger(ctx: Ctx, drafts: Draft[]): Map<ActorId, ActorName[]> {
  const byActor = new Map<ActorId, Map<string, ActorName>>();
  // Keyed by the raw slice; the tidy form is computed once per distinct name.
  const add = (actor: ActorId, raw: string, loaded: boolean) => {
    let m = byActor.get(actor);
    if (!m) byActor.set(actor, (m = new Map()));
    const prev = m.get(raw);
    if (prev) prev.count++;
    else m.set(raw, { text: tidyName(ctx, raw), count: 1, loaded });
  };
  // Per token: the naming label that ends right before it (index into drafts + 1; the last one wins).
  const labelEndingAt = scratchInt32(ctx.toks.count + 1);
  drafts.forEach((d, i) => {
    if (d.kind === 'framing' && d.direction === 'against' && d.how === 'construct' && categoryIs(ctx.lex, d.category, 'names')) labelEndingAt[d.t1] = i + 1;
  });
  const mentions = ctx.refs.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (ctx.chrome[m.t0]) continue;
    const at = labelEndingAt[m.t0] || (m.t0 > 0 ? labelEndingAt[m.t0 - 1] : 0);
    const label = at > 0 ? drafts[at - 1] : undefined;
    const from = label && label.actor === m.actor ? label.s : m.s;
    const o = toOriginal(ctx.norm, from, m.e);
    add(m.actor, ctx.src.slice(o.start, o.end), m.loaded || from !== m.s);
  }
  const out = new Map<ActorId, ActorName[]>();
  for (const [actor, m] of byActor) {
    // Raw slices that tidy to the same name («قسد» with and without a trailing mark) are one name.
    const merged = new Map<string, ActorName>();
    for (const n of m.values()) {
      const prev = merged.get(n.text);
      if (prev) prev.count += n.count;
      else merged.set(n.text, { ...n });
    }
    out.set(actor, [...merged.values()].sort(byUse));
  }
  return out;
}

export function buildReport(ctx: Ctx, drafts: Draft[], opts: { id?: string; includeText?: boolean }): Report {
  const n = drafts.length;
  const starts = scratchInt32(n);
  const ends = scratchInt32(n);
  const kinds = scratchUint8(n);
  for (let i = 0; i < n; i++) {
    const o = span(ctx, drafts[i]);
    starts[i] = o.start;
    ends[i] = o.end;
    kinds[i] = FINDING_KINDS.indexOf(drafts[i].kind);
  }
  const order = readingOrder(starts, kinds);
  const perKind = scratchInt32(FINDING_KINDS.length);
  // The findings in reading order, and beside them the drafts they were made from (stance reads both).
  const findings = new Array<Finding>(n);
  const inOrder = new Array<Draft>(n);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const d = drafts[i];
    const start = starts[i];
    const end = ends[i];
    const k = ++perKind[kinds[i]];
    const sourceSpan = d.sourceSpan;
    let source: Finding['source'];
    if (sourceSpan) {
      const o = toOriginal(ctx.norm, sourceSpan.s, sourceSpan.e);
      source = sourceSpan.actor
        ? { text: ctx.src.slice(o.start, o.end), start: o.start, end: o.end, actor: sourceSpan.actor }
        : { text: ctx.src.slice(o.start, o.end), start: o.start, end: o.end };
    }
    // Every field in one order, absent ones undefined: one object shape for all findings, which
    // serializes exactly as with the absent fields left out.
    const f: Finding = {
      id: `${d.kind}-${k}`,
      kind: d.kind,
      start,
      end,
      text: ctx.src.slice(start, end),
      prefix: ctx.src.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: ctx.src.slice(end, end + CONTEXT_CHARS),
      severity: d.severity,
      explanation: d.explanation,
      neutral: d.neutral,
      usedBy: d.usedBy,
      actor: d.actor,
      also: d.also,
      term: d.term,
      category: d.category,
      direction: d.direction,
      quoted: d.quoted,
      paraphrased: d.paraphrased,
      attribution: d.attribution,
      approximate: d.approximate,
      interestedParty: d.interestedParty,
      value: d.value,
      counted: d.counted,
      joined: d.joined,
      source,
    };
    findings[j] = f;
    inOrder[j] = d;
  }
  const { counts, figures } = countFindings(findings);
  return {
    schema: 'adasa.report/1',
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(opts.includeText ? { text: ctx.src } : {}),
    length: ctx.src.length,
    findings,
    actors: computeStance(ctx, findings, inOrder, nameLedger(ctx, drafts)),
    counts,
    figures,
  };
}
