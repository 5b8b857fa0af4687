/**
 * Findings on their way to the page, one column per field: a live blog's nine thousand findings
 * cross as four arrays and a string, which the page parses in a few milliseconds, rather than as
 * nine thousand objects. Their text is not sent: the page sent it, and slices it at the same
 * offsets. The page reads the columns defensively — an entry out of range is left out.
 */
import { FINDING_KINDS, type FindingKind } from '../model/kinds';
import type { Attribution, Finding } from '../model/report';

/**
 * A finding as the content script paints it: where and what, nothing to read. Explanations stay
 * in the background until a card asks for them.
 */
export type PageFinding = Pick<Finding, 'id' | 'kind' | 'start' | 'end' | 'text' | 'attribution'>;

export interface PackedFindings {
  ids: string[];
  /** Index into FINDING_KINDS. */
  kinds: number[];
  starts: number[];
  ends: number[];
  /** One letter per finding: its attribution's first letter, or «-» for none given. */
  attributions: string;
}

const ATTRIBUTION_OF: Record<string, Attribution> = { n: 'named', v: 'vague', a: 'anonymous', x: 'none' };
const LETTER_OF: Record<Attribution, string> = { named: 'n', vague: 'v', anonymous: 'a', none: 'x' };

export function packFindings(findings: readonly Pick<Finding, 'id' | 'kind' | 'start' | 'end' | 'attribution'>[]): PackedFindings {
  const out: PackedFindings = { ids: [], kinds: [], starts: [], ends: [], attributions: '' };
  const letters: string[] = [];
  for (const f of findings) {
    out.ids.push(f.id);
    out.kinds.push(FINDING_KINDS.indexOf(f.kind));
    out.starts.push(f.start);
    out.ends.push(f.end);
    letters.push(f.attribution ? LETTER_OF[f.attribution] : '-');
  }
  out.attributions = letters.join('');
  return out;
}

/** The findings of a packed reply on `text` (the text that was analysed); malformed entries are left out. */
export function unpackFindings(packed: unknown, text: string): PageFinding[] {
  const reading = unpacking(packed, text);
  for (;;) {
    const r = reading.next();
    if (r.done) return r.value;
  }
}

/** Entries read between two yields of {@link unpacking}. */
const UNPACK_STEP = 512;

/**
 * {@link unpackFindings} as a generator that yields every {@link UNPACK_STEP} entries, so the
 * page can read a live blog's nine thousand findings in slices rather than in the task the
 * reply arrives in.
 */
export function* unpacking(packed: unknown, text: string): Generator<void, PageFinding[]> {
  const p = packed as Partial<PackedFindings> | null;
  if (!p || !Array.isArray(p.ids) || !Array.isArray(p.kinds) || !Array.isArray(p.starts) || !Array.isArray(p.ends) || typeof p.attributions !== 'string') return [];
  const n = p.ids.length;
  if (p.kinds.length !== n || p.starts.length !== n || p.ends.length !== n || p.attributions.length !== n) return [];
  const out: PageFinding[] = [];
  for (let i = 0; i < n; i++) {
    if (i % UNPACK_STEP === UNPACK_STEP - 1) yield;
    const id = p.ids[i];
    const kind: FindingKind | undefined = FINDING_KINDS[p.kinds[i]];
    const start = p.starts[i];
    const end = p.ends[i];
    if (typeof id !== 'string' || !kind || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) continue;
    const attribution = ATTRIBUTION_OF[p.attributions[i]];
    out.push({ id, kind, start, end, text: text.slice(start, end), ...(attribution ? { attribution } : {}) });
  }
  return out;
}
