/**
 * What a detector produces: a finding in normalized offsets, before the report maps it back to
 * the original text and numbers it.
 */
import type { Ctx } from '../resolve';
import type { Finding } from '../model/report';

export type Draft = Omit<Finding, 'id' | 'start' | 'end' | 'text' | 'prefix' | 'suffix' | 'source'> & {
  /** Normalized span. */
  s: number;
  e: number;
  /** Token span. */
  t0: number;
  t1: number;
  /** Set when the span is already in original offsets (broken words). */
  original?: { start: number; end: number };
  /** Normalized span of the source a figure is attributed to. */
  sourceSpan?: { s: number; e: number; actor?: Finding['actor'] };
  /** Stance weight before the quotation discount; 0 or absent for findings that do not move stance. */
  weight?: number;
  /** How the target was resolved (for the evidence trail and tests). */
  how?: string;
};

/** A detector: a pure function of the finished context (text, references, attribution). */
export type Detector = (ctx: Ctx) => Draft[];

/** The explanation and neutral wording of a note from the term lists. */
export function note(ctx: Ctx, id: string): Pick<Draft, 'explanation' | 'neutral'> {
  const n = ctx.lex.list.notes?.find((x) => x.id === id);
  if (!n) return { explanation: { ar: '', en: '' } };
  return n.neutral ? { explanation: n.explanation, neutral: n.neutral } : { explanation: n.explanation };
}
