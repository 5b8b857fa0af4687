/**
 * Which finding is under the pointer: the caret position at the point (a text node and an
 * offset) goes through the text index to a text offset, then to the findings covering it; the
 * pointer must also be inside one of the finding's line boxes, since a caret position is found
 * even in the empty margin beside a line.
 */

/** A caret point in the live DOM. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The caret position at viewport coordinates, with whichever API the browser has; `shadowRoots`
 * are the open shadow roots the lookup may return a position inside.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    let p: { offsetNode: Node; offset: number } | null;
    try {
      p = shadowRoots.length > 0 ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    } catch {
      // A browser that refuses the options answers without looking into shadow roots.
      p = d.caretPositionFromPoint(x, y);
    }
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) is inside one of the range's boxes, with a little slack for thin lines. */
export function pointInRange(range: Range, x: number, y: number, slack = 2): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/**
 * Indexes of the intervals covering `offset` in a list sorted by start. Offsets at an interval's
 * end count as inside: a caret after a word's last letter is still on the word.
 */
export function covering<T extends { start: number; end: number }>(sorted: readonly T[], offset: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  // Findings are short: look back a bounded way for ones that started earlier and still cover.
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
    const f = sorted[i];
    if (f.start <= offset && offset <= f.end) out.push(f);
  }
  return out.sort((a, b) => a.end - a.start - (b.end - b.start));
}
