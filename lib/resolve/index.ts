/**
 * The finished context the detectors read: the text context, its actor references, and who
 * each stretch of text is attributed to. References are resolved from the text alone, and
 * attribution from the text and its references.
 */
import { buildTextContext, type TextCtx } from '../context';
import type { Lexicon } from '../terms/lexicon';
import { buildAttribution, type Attributions } from './attribution';
import { resolveReferences, type RefCtx, type References } from './references';

export interface Ctx extends TextCtx {
  refs: References;
  attr: Attributions;
}

/** Text context, then references, then attribution: the first half of the pipeline. */
export function buildContext(src: string, lex: Lexicon, date?: string): Ctx {
  const t = buildTextContext(src, lex, date);
  const refs = resolveReferences(t);
  const attr = buildAttribution(withReferences(t, refs));
  return Object.assign(withReferences(t, refs), { attr });
}

/**
 * The text context with its references, written out field by field, never spread (`{ ...t,
 * refs }`): a spread copy gets a hidden class that the JavaScript engine settles only after a few
 * analyses, and then every function reading the context is deoptimized at once. A stream of
 * articles ran about 12% slower for it, and a 1 MiB text took 45 ms, then 200 ms from the
 * seventh analysis on. (Adding `attr` to a fresh copy is one fixed step from the same shape.)
 */
function withReferences(t: TextCtx, refs: References): RefCtx {
  return {
    src: t.src,
    date: t.date,
    norm: t.norm,
    text: t.text,
    toks: t.toks,
    st: t.st,
    lex: t.lex,
    hits: t.hits,
    chrome: t.chrome,
    hitAt: t.hitAt,
    hasHit: t.hasHit,
    hitEnd: t.hitEnd,
    hitEntry: t.hitEntry,
    words: t.words,
    ids: t.ids,
    word: t.word,
    is: t.is,
    has: t.has,
    refs,
  };
}
