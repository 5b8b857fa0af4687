/**
 * The text index: one string built from the article's live text nodes, with a map both ways
 * between a text offset and a (text node, offset) point. Whitespace is collapsed the way a
 * browser renders it (runs of spaces, tabs and newlines become one space), block boundaries
 * become "\n", and every collapsed character keeps a pointer to the raw character it came
 * from, so a finding's offsets land on exactly the characters the reader sees.
 * (After Hypothesis' `anchoring/text-range.ts`.)
 */

/** One text node's share of the text. */
export interface IndexEntry {
  readonly node: Text;
  /** Offset of the node's first kept character in the text. */
  readonly start: number;
  /** Number of characters the node contributes (after collapsing). */
  length: number;
  /**
   * For each kept character i, its offset in the node's raw data; `raw[length]` is the raw
   * offset just after the last kept character. `null` when nothing was collapsed (identity).
   */
  raw: number[] | null;
  /** The block element the node belongs to (for re-analysis of changed blocks). */
  readonly block: Element;
}

/** A point in the live DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

const SPACE = /[ \t\n\r\f]/;

/** Builds a text index incrementally, node by node, so the walk can be sliced. */
export class TextIndexBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastChar = '\n';
  private lastBlock: Element | null = null;
  readonly entries: IndexEntry[] = [];

  /** Starts a new block: the text gets a "\n" unless it is empty or already ends a line. */
  breakBlock(): void {
    this.trimTrailingSpace();
    if (this.length > 0 && this.lastChar !== '\n') this.push('\n');
    this.lastBlock = null;
  }

  /**
   * Appends a text node. `pre` keeps its whitespace (inside `<pre>`); otherwise whitespace
   * collapses. A node in a different block from the previous one starts a new line.
   */
  append(node: Text, block: Element, pre = false): void {
    if (this.lastBlock !== null && block !== this.lastBlock) this.breakBlock();
    const data = node.data;
    let kept = '';
    let raw: number[] | null = null;
    if (pre) kept = data;
    else {
      raw = [];
      let prevSpace = this.lastChar === ' ' || this.lastChar === '\n';
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (SPACE.test(ch)) {
          if (prevSpace) continue;
          kept += ' ';
          raw.push(i);
          prevSpace = true;
        } else {
          kept += ch;
          raw.push(i);
          prevSpace = false;
        }
      }
      raw.push(data.length);
      // Identity maps are the common case: drop them to save memory.
      if (kept.length === data.length) raw = null;
    }
    if (kept.length === 0) return;
    this.entries.push({ node, start: this.length, length: kept.length, raw, block });
    this.push(kept);
    this.lastBlock = block;
  }

  /** Finishes the index. */
  finish(): TextIndex {
    this.trimTrailingSpace();
    let text = this.parts.join('');
    // A separator after the last node belongs to no node: drop it.
    while (text.endsWith('\n')) text = text.slice(0, -1);
    return new TextIndex(text, this.entries);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1];
  }

  /** A space before a line break or the end is not rendered: take it back from its node. */
  private trimTrailingSpace(): void {
    if (this.lastChar !== ' ') return;
    const last = this.entries[this.entries.length - 1];
    if (!last || last.start + last.length !== this.length) return;
    const oldLength = last.length;
    if (!last.raw) last.raw = rawIdentity(oldLength);
    last.length = oldLength - 1;
    // The node's kept text now ends where the dropped space was.
    last.raw[last.length] = last.raw[oldLength - 1];
    last.raw.length = last.length + 1;
    const tail = this.parts[this.parts.length - 1];
    this.parts[this.parts.length - 1] = tail.slice(0, -1);
    this.length -= 1;
    this.lastChar = this.length === 0 ? '\n' : this.charBefore();
    if (last.length === 0) this.entries.pop();
  }

  private charBefore(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length > 0) return p[p.length - 1];
    }
    return '\n';
  }
}

function rawIdentity(length: number): number[] {
  const a = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) a[i] = i;
  return a;
}

/** The finished index: the text and the map from offsets to nodes and back. */
export class TextIndex {
  private readonly byNode = new Map<Text, IndexEntry>();

  constructor(
    readonly text: string,
    readonly entries: readonly IndexEntry[],
  ) {
    for (const e of entries) this.byNode.set(e.node, e);
  }

  /** Whether this index covers the node. */
  has(node: Node): boolean {
    return this.byNode.has(node as Text);
  }

  /**
   * The DOM point for a text offset. `side` says which way to go when the offset falls on a
   * block separator: 'start' moves to the next node, 'end' stays at the end of the previous.
   */
  pointAt(offset: number, side: 'start' | 'end'): DomPoint | null {
    const entries = this.entries;
    if (entries.length === 0) return null;
    let lo = 0;
    let hi = entries.length - 1;
    // Last entry whose start <= offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (entries[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const e = entries[lo];
    const local = offset - e.start;
    if (local < 0) return point(e, 0);
    if (local < e.length) {
      // An end exactly at a node's start belongs to the node before it.
      if (side === 'end' && local === 0 && lo > 0) return point(entries[lo - 1], entries[lo - 1].length);
      return point(e, local);
    }
    // At the end of a node, or on the separator after it.
    const next = entries[lo + 1];
    if (side === 'start' && next) return point(next, 0);
    return point(e, e.length);
  }

  /** The text offset of a DOM point inside an indexed text node, or null if not indexed. */
  offsetOf(node: Node, rawOffset: number): number | null {
    const e = this.byNode.get(node as Text);
    if (!e) return null;
    if (!e.raw) return e.start + Math.min(rawOffset, e.length);
    // Largest kept index whose raw offset <= rawOffset.
    let lo = 0;
    let hi = e.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (e.raw[mid] <= rawOffset) lo = mid;
      else hi = mid - 1;
    }
    return e.start + lo;
  }

  /** The entry holding a text offset (the one it starts in), or null on a separator. */
  entryAt(offset: number): IndexEntry | null {
    const p = this.pointAt(offset, 'start');
    return p ? (this.byNode.get(p.node) ?? null) : null;
  }
}

function point(e: IndexEntry, local: number): DomPoint {
  const offset = e.raw ? e.raw[Math.min(local, e.length)] : Math.min(local, e.length);
  return { node: e.node, offset };
}
