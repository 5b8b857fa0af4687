/**
 * Obfuscation: words broken on purpose to slip past platform filters («داعـ.ـش», «القـ.ـوات»,
 * seeds 003 and 004). Normalization joins them for matching; this reports each one with the
 * word as read, and the actor when the joined word names one.
 */
import { withoutBreaks } from '../text/normalize';
import { DRAFT, note, type Detector, type Draft } from './draft';

export const detectObfuscation: Detector = (ctx) => {
  const out: Draft[] = [];
  const { norm, toks } = ctx;
  if (norm.broken.length === 0) return out;
  const { explanation, neutral } = note(ctx, 'obfuscation');
  // The same broken spelling comes back often («داعـ.ـش»): joined once per spelling.
  const joinedOf = new Map<string, string>();
  let t = 0;
  for (const b of norm.broken) {
    // The token that holds the joined word.
    while (t < toks.count && norm.start[toks.end[t] - 1] < b.start) t++;
    if (t >= toks.count) break;
    if (ctx.chrome[t]) continue;
    const actor = ctx.refs.refAt(t);
    const raw = ctx.src.slice(b.start, b.end);
    let joined = joinedOf.get(raw);
    if (joined === undefined) joinedOf.set(raw, (joined = withoutBreaks(raw).normalize('NFKC')));
    out.push({
      ...DRAFT,
      kind: 'obfuscation',
      s: toks.start[t],
      e: toks.end[t],
      t0: t,
      t1: t + 1,
      original: { start: b.start, end: b.end },
      severity: 'low',
      explanation,
      ...(neutral ? { neutral } : {}),
      ...(actor ? { actor } : {}),
      category: 'obfuscation',
      joined,
    });
  }
  return out;
};
