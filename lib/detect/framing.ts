/**
 * Loaded framing: labels that pass a verdict on an actor («ميليشيا قسد», «سلطة دمشق»,
 * «تنظيم داعش الإرهابي») and sympathy markers that push the other way («شهداء», «تحرير»,
 * «صد هجوم»), each with the actor it hits, resolved from the construct around it.
 */
import type { Ctx } from '../context';
import type { LabelEntry } from '../terms/schema';
import type { Hit } from '../terms/matcher';
import { affiliation, agent, apposition, recentMention, refAfter, refBefore, sentenceSubject, type Found } from '../resolve/targets';
import { TokenKind } from '../text/tokenize';
import type { Detector, Draft } from './draft';

/** Words between a label and its name that keep the construct: «ميليشيات تنظيم داعش», «مرتزقة عناصر…». */
const CONSTRUCT_HEADS = /^(?:و?ال)?(?:تنظيم|قوات|قوه|عناصر|مقاتلي|مقاتلو|خلايا|خليه|فصائل|فصيل|جماعه|حزب|جيش|نظام|حكومه|سلطه|سلطات)$/;

/** Label + name: the actor right after the label, or after one construct head. */
function construct(ctx: Ctx, hit: Hit): Found | undefined {
  let t = hit.t1;
  const same = (k: number) => k < ctx.toks.count && ctx.st.clause[k] === ctx.st.clause[hit.t0];
  if (!same(t)) return undefined;
  const a = ctx.refs.refAt[t];
  if (a) return { actor: a, t, how: 'construct' };
  // «المرتدين من عناصر قسد»: a partitive «من» before the head.
  if (ctx.word(t) === 'من' && same(t + 1)) t++;
  if (CONSTRUCT_HEADS.test(ctx.word(t)) && same(t + 1)) {
    const b = ctx.refs.refAt[t + 1];
    if (b) return { actor: b, t: t + 1, how: 'construct' };
  }
  return undefined;
}

/** Categories whose labels refer back to one another («خلايا داعش الإرهابية» … «الخلية الإرهابية»). */
const SHARED_REFERENCE = new Set(['militia', 'mercenary', 'occupation', 'terror', 'regime', 'authority']);

/**
 * The most recent finding of the same kind of label that found its actor: «تلك المليشيات»,
 * «لذلك المحتل» (seed 000), «الخلية الإرهابية» after «خلايا تنظيم داعش الإرهابي» (seed 004).
 */
function sameLabel(found: Draft[], entry: LabelEntry, t: number): Found | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (t - f.t1 > 120) break;
    if ((f.term === entry.id || (SHARED_REFERENCE.has(entry.category) && f.category === entry.category)) && f.direction === entry.direction && f.actor) {
      return { actor: f.actor, t: f.t0, how: 'same-label' };
    }
  }
  return undefined;
}

/** A following actor introduced by «من» is what one is freed or protected from, not the one praised: «تحرير ارض ديرالزور من قسد» (seed 000). */
function notFrom(ctx: Ctx, f: Found | undefined): Found | undefined {
  if (!f || f.t === 0) return f;
  return ctx.word(f.t - 1) === 'من' ? undefined : f;
}

/**
 * «تحرير» of people («تحرير آلاف السجناء», seed 001) is a release, not the liberation of a place:
 * not a sympathy marker.
 */
function isRelease(ctx: Ctx, hit: Hit, entry: LabelEntry): boolean {
  if (!entry.notBeforeCounts) return false;
  for (let t = hit.t1; t < hit.t1 + 3 && t < ctx.toks.count; t++) {
    if (ctx.hitAt('counted', t) || ctx.hitAt('vagueQuantities', t) || ctx.hitAt('numberWords', t) || ctx.word(t) === 'عدد') return true;
    if (ctx.toks.kind[t] === TokenKind.Number) return true;
  }
  return false;
}

/** An adjective right after a label that found its actor: «ميليشيا قسد الانفصالية», «ومرتزقته من التنظيمات الإرهابية». */
function previousLabel(ctx: Ctx, found: Draft[], t: number): Found | undefined {
  const f = found[found.length - 1];
  if (!f || !f.actor || f.kind !== 'framing' || t - f.t1 > 3 || ctx.st.clause[f.t0] !== ctx.st.clause[t]) return undefined;
  return { actor: f.actor, t: f.t0, how: 'construct' };
}

/** «مرتزقة الاحتلال التركي», «ومرتزقته» after Turkey: fighters hired by an actor are its proxy (DOMAIN: SNA). */
function viaProxy(ctx: Ctx, entry: LabelEntry, f: Found | undefined): Found | undefined {
  if (!f || entry.category !== 'mercenary') return f;
  const proxy = ctx.lex.actors.get(f.actor)?.proxy;
  return proxy ? { ...f, actor: proxy } : f;
}

/** «مشروعهم الانفصالي»: the noun's possessive pronoun points back to the last actor named. */
function possessive(ctx: Ctx, t: number): Found | undefined {
  if (t === 0 || ctx.st.clause[t - 1] !== ctx.st.clause[t] || ctx.refs.refAt[t - 1]) return undefined;
  // Not a bare «ه»: after normalization it is also the ta marbuta («وملاحقة»).
  return /(?:ها|هم|هن)$/.test(ctx.word(t - 1)) && ctx.word(t - 1).length > 4 ? recentMention(ctx, t - 1, 40) : undefined;
}

/** Resolves the actor a label or sympathy marker hits; the first rule that finds one wins. */
export function resolveLabelTarget(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  if (entry.target) return { actor: entry.target, t: hit.t0, how: 'fixed' };
  if (entry.resolve === 'construct') return construct(ctx, hit);
  const t = hit.t0;
  const rules: (() => Found | undefined)[] =
    entry.direction === 'favour'
      ? [
          () => construct(ctx, hit),
          () => refBefore(ctx, t, 8, { clause: true }),
          () => notFrom(ctx, refAfter(ctx, hit.t1, 5, { clause: true, mentionsOnly: true })),
          () => sentenceSubject(ctx, t),
        ]
      : entry.category === 'event'
        ? [
            () => agent(ctx, hit.t1),
            () => construct(ctx, hit),
            () => sameLabel(found, entry, t),
            () => refAfter(ctx, hit.t1, 4, { clause: true, mentionsOnly: true }),
            () => refBefore(ctx, t, 12, { mentionsOnly: true }),
            () => sentenceSubject(ctx, t),
            () => recentMention(ctx, t, 60),
          ]
        : entry.role === 'adjective'
          ? [
              () => refBefore(ctx, t, 3, { clause: true }),
              () => previousLabel(ctx, found, t),
              () => agent(ctx, hit.t1),
              () => construct(ctx, hit),
              () => apposition(ctx, hit.t1),
              // No looser fallback: «القضاء على عشرات الإرهابيين» after «الجيش» is not about the army.
              () => sameLabel(found, entry, t),
              () => possessive(ctx, t),
            ]
          : [
              () => construct(ctx, hit),
              () => affiliation(ctx, hit.t1),
              () => agent(ctx, hit.t1),
              () => apposition(ctx, hit.t1),
              () => sameLabel(found, entry, t),
              () => refBefore(ctx, t, 4, { clause: true }),
              () => recentMention(ctx, t, 80),
            ];
  for (const rule of rules) {
    const f = rule();
    if (f) return viaProxy(ctx, entry, f);
  }
  return undefined;
}

export const detectFraming: Detector = ({ ctx, attr }) => {
  const found: Draft[] = [];
  const all: { hit: Hit; entry: LabelEntry }[] = [];
  for (const section of ['labels', 'sympathy'] as const) {
    const entries = (ctx.lex.list[section] ?? []) as LabelEntry[];
    for (const hit of ctx.hits.get(section) ?? []) all.push({ hit, entry: entries[hit.index] });
  }
  all.sort((a, b) => a.hit.t0 - b.hit.t0);
  let lastEnd = -1;
  for (const { hit, entry } of all) {
    if (ctx.chrome[hit.t0] || ctx.refs.insideAlias(hit) || isRelease(ctx, hit, entry)) continue;
    if (hit.t0 < lastEnd) continue; // a sympathy phrase inside a label phrase, or the reverse
    lastEnd = hit.t1;
    const target = resolveLabelTarget(ctx, hit, entry, found);
    if (!target && entry.resolve === 'construct') continue;
    const cover = attr.at(hit.t0);
    found.push({
      kind: 'framing',
      s: hit.s,
      e: hit.e,
      t0: hit.t0,
      t1: hit.t1,
      severity: entry.severity,
      explanation: entry.explanation,
      ...(entry.neutral ? { neutral: entry.neutral } : {}),
      ...(entry.usedBy ? { usedBy: entry.usedBy } : {}),
      ...(target ? { actor: target.actor, how: target.how } : {}),
      term: entry.id,
      category: entry.category,
      direction: entry.direction,
      quoted: cover.reported,
      weight: entry.weight,
    });
  }
  return found;
};
