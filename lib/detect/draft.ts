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
  /** Reported outside quotation marks («أفادت سانا أن تنظيم داعش الإرهابي …»): the outlet's own wording of what it reports, so stance does not discount it. */
  paraphrased?: boolean;
};

/**
 * Every field of a draft, none set. Each detector makes its drafts from it (`{ ...DRAFT, kind: … }`),
 * so drafts of every kind have one shape, their fields in one order: the report reads each field
 * of every draft, and on drafts of as many shapes as there are detectors' literals each read was a
 * generic lookup in the JavaScript engine.
 */
export const DRAFT: { readonly [K in keyof Required<Draft>]: undefined } = {
  kind: undefined,
  s: undefined,
  e: undefined,
  t0: undefined,
  t1: undefined,
  severity: undefined,
  explanation: undefined,
  neutral: undefined,
  usedBy: undefined,
  actor: undefined,
  also: undefined,
  how: undefined,
  term: undefined,
  category: undefined,
  direction: undefined,
  quoted: undefined,
  paraphrased: undefined,
  weight: undefined,
  original: undefined,
  joined: undefined,
  attribution: undefined,
  sourceSpan: undefined,
  approximate: undefined,
  interestedParty: undefined,
  value: undefined,
  counted: undefined,
};

/** A detector: a pure function of the finished context (text, references, attribution). */
export type Detector = (ctx: Ctx) => Draft[];

/** Notes by id, per list of notes (looked up for every figure and source). */
const notesById = new WeakMap<object, Map<string, NonNullable<Ctx['lex']['list']['notes']>[number]>>();

/** The explanation and neutral wording of a note from the term lists. */
export function note(ctx: Ctx, id: string): Pick<Draft, 'explanation' | 'neutral'> {
  const notes = ctx.lex.list.notes;
  let byId = notes && notesById.get(notes);
  if (notes && !byId) {
    byId = new Map();
    // The first note with an id wins, as a search from the start would find it.
    for (const x of notes) if (!byId.has(x.id)) byId.set(x.id, x);
    notesById.set(notes, byId);
  }
  const n = byId?.get(id);
  if (!n) return { explanation: { ar: '', en: '' } };
  return n.neutral ? { explanation: n.explanation, neutral: n.neutral } : { explanation: n.explanation };
}
