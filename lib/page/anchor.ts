/**
 * From a finding's offsets to a live DOM Range, through the text index. The finding's own
 * text is checked against the indexed text first: a finding that does not match the text it
 * was computed from is never painted somewhere else.
 */
import type { Finding } from '../model/report';
import type { TextIndex } from './text-index';

/** A Range over [start, end) of the indexed text, or null if it cannot be placed. */
export function rangeFor(index: TextIndex, doc: Document, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = index.pointAt(start, 'start');
  const b = index.pointAt(end, 'end');
  if (!a || !b) return null;
  // A frame's text gets a range of its frame's document (each document paints its own).
  const range = (a.node.ownerDocument ?? doc).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}

/** The live Range of a finding, or null when its text is not where the report says. */
export function anchorFinding(index: TextIndex, doc: Document, f: Pick<Finding, 'start' | 'end' | 'text'>): Range | null {
  if (index.text.slice(f.start, f.end) !== f.text) return null;
  return rangeFor(index, doc, f.start, f.end);
}

/** The text a live Range shows, read through the same index (whitespace collapsed). */
export function indexedText(index: TextIndex, range: Range): string | null {
  const s = index.offsetOf(range.startContainer, range.startOffset);
  const e = index.offsetOf(range.endContainer, range.endOffset);
  if (s === null || e === null) return null;
  return index.text.slice(s, e);
}
