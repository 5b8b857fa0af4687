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
   * offset just after the last kept character. `null` for the identity: the kept characters are
   * the node's first `length` characters as they are (nothing collapsed, at most a trailing space
   * taken back).
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

/** Text with nothing to collapse: no whitespace but single spaces. */
const COLLAPSES = /[\t\n\r\f]| {2}/;

/** Whether a UTF-16 code is whitespace a browser collapses (space, tab, LF, CR, FF). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/**
 * A node's text with whitespace collapsed, and for each kept character its raw offset (`null`
 * when the text is kept whole). `prevSpace`: the text so far ends in a space or a line break,
 * so a leading space goes too. Most article text has nothing to collapse and is taken as it is;
 * the rest is cut into runs of kept characters rather than built character by character, which
 * on a live blog's megabyte was most of the reading time and left much garbage behind.
 */
function collapse(data: string, prevSpace: boolean): { kept: string; raw: number[] | null } {
  if (!COLLAPSES.test(data) && !(prevSpace && data.charCodeAt(0) === 32)) return { kept: data, raw: null };
  const raw: number[] = [];
  const pieces: string[] = [];
  let word = -1;
  for (let i = 0; i < data.length; i++) {
    if (!isSpace(data.charCodeAt(i))) {
      if (word < 0) word = i;
      raw.push(i);
      prevSpace = false;
      continue;
    }
    if (word >= 0) pieces.push(data.slice(word, i));
    word = -1;
    if (prevSpace) continue;
    pieces.push(' ');
    raw.push(i);
    prevSpace = true;
  }
  if (word >= 0) pieces.push(data.slice(word));
  raw.push(data.length);
  const kept = pieces.join('');
  // Identity maps are the common case: drop them to save memory.
  return { kept, raw: kept.length === data.length ? null : raw };
}

/** Builds a text index incrementally, node by node, so the walk can be sliced. */
export class TextIndexBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastChar = '\n';
  private lastBlock: Element | null = null;
  readonly entries: IndexEntry[] = [];

  /** Characters of text so far. */
  get size(): number {
    return this.length;
  }

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
    const { kept, raw } = pre ? { kept: data, raw: null } : collapse(data, this.lastChar === ' ' || this.lastChar === '\n');
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
    last.length = oldLength - 1;
    // The node's kept text now ends where the dropped space was. A node kept whole stays an
    // identity map: its first `length` characters are kept and the space after them is not.
    if (last.raw) {
      last.raw[last.length] = last.raw[oldLength - 1];
      last.raw.length = last.length + 1;
    }
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

/** The finished index: the text and the map from offsets to nodes and back. */
export class TextIndex {
  /**
   * Entry by node, made on first use (hovering, a change): the first pass needs only offsets, and
   * on a live blog making the map added 3 ms to the task that ends reading.
   */
  private nodeMap: Map<Text, IndexEntry> | null = null;

  constructor(
    readonly text: string,
    readonly entries: readonly IndexEntry[],
  ) {}

  private get byNode(): Map<Text, IndexEntry> {
    this.nodeMap ??= new Map(this.entries.map((e) => [e.node, e]));
    return this.nodeMap;
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
