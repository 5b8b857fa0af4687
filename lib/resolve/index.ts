/**
 * The finished context the detectors read: the text context, its actor references, and who
 * each stretch of text is attributed to. References are resolved from the text alone, and
 * attribution from the text and its references.
 */
import { buildTextContext, type TextCtx } from '../context';
import type { Lexicon } from '../terms/lexicon';
import { buildAttribution, type Attributions } from './attribution';
import { resolveReferences, type References } from './references';

export interface Ctx extends TextCtx {
  refs: References;
  attr: Attributions;
}

/** Text context, then references, then attribution: the first half of the pipeline. */
export function buildContext(src: string, lex: Lexicon, date?: string): Ctx {
  const text = buildTextContext(src, lex, date);
  const refs = resolveReferences(text);
  const withRefs = { ...text, refs };
  return { ...withRefs, attr: buildAttribution(withRefs) };
}
