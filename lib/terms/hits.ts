/**
 * The term hits of one text, kept in columns: per hit its section, the entry's index in it and its
 * first and one-past-last token, numbered in the scanner's order (by start token). A hit starts and
 * ends on token boundaries, so its normalized offsets are read off the tokens, not kept. A MiB of
 * news has some 31,000 hits; made as objects up front, they lived through the whole analysis and
 * every minor garbage collection copied them again. Here a {@link Hit}
 * object is made only when a detector asks for one: a section's list once, on its first
 * {@link Hits.get}, and a hit asked for by its start ({@link Hits.at}) from that list when it is
 * made, else afresh (an object nothing keeps is cheap to collect).
 */
import type { Tokens } from '../text/tokenize';
import { scratchInt32 } from '../text/scratch';

export interface Hit {
  section: string;
  index: number;
  /** First and one-past-last token. */
  t0: number;
  t1: number;
  /** Normalized offsets. */
  s: number;
  e: number;
}

/** Grows the columns as the scanner appends hits; {@link HitColumns.finish} files them. */
export class HitColumns {
  count = 0;
  sid: Int32Array;
  index: Int32Array;
  t0: Int32Array;
  t1: Int32Array;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.sid = scratchInt32(n);
    this.index = scratchInt32(n);
    this.t0 = scratchInt32(n);
    this.t1 = scratchInt32(n);
  }

  push(sid: number, index: number, t0: number, t1: number): void {
    if (this.count === this.sid.length) this.grow();
    const i = this.count++;
    this.sid[i] = sid;
    this.index[i] = index;
    this.t0[i] = t0;
    this.t1[i] = t1;
  }

  private grow(): void {
    const n = this.sid.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.sid = more(this.sid);
    this.index = more(this.index);
    this.t0 = more(this.t0);
    this.t1 = more(this.t1);
  }

  /** The hits on the tokens `toks`, with `sections` naming each section number and `sectionNumber` numbering each name. */
  finish(sections: readonly string[], sectionNumber: ReadonlyMap<string, number>, toks: TokenOffsets): Hits {
    return new Hits(this, sections, sectionNumber, toks);
  }
}

/** The hits of one text (see the module comment). */
export class Hits {
  readonly count: number;
  /** Per hit: its section number (a position in {@link sections}). */
  readonly sid: Int32Array;
  /** Per hit: the entry's index in its section. */
  readonly index: Int32Array;
  /** Per hit: first and one-past-last token. */
  readonly t0: Int32Array;
  readonly t1: Int32Array;
  /** The tokens' normalized offsets: a hit's are its first token's start and its last token's end. */
  private toks: TokenOffsets;
  /** Section names by section number, and numbers by name. */
  readonly sections: readonly string[];
  private sectionNumber: ReadonlyMap<string, number>;
  /** Per token: 1 + the number of the first hit starting there (0 for none). */
  private firstAt: Int32Array;
  /** Per section number: the numbers of its hits, in order. */
  private numbersOf: Int32Array[];
  /** Per hit: its place in its section's list. */
  private rank: Int32Array;
  /** The lists made so far, by section number. */
  private lists: (Hit[] | undefined)[];

  constructor(c: HitColumns, sections: readonly string[], sectionNumber: ReadonlyMap<string, number>, toks: TokenOffsets) {
    const n = c.count;
    this.count = n;
    this.sid = c.sid.subarray(0, n);
    this.index = c.index.subarray(0, n);
    this.t0 = c.t0.subarray(0, n);
    this.t1 = c.t1.subarray(0, n);
    this.toks = toks;
    this.sections = sections;
    this.sectionNumber = sectionNumber;
    this.lists = new Array(sections.length);
    this.firstAt = scratchInt32(toks.count);
    this.rank = scratchInt32(n);
    this.numbersOf = fileBySection(this.sid, this.t0, sections.length, this.firstAt, this.rank);
  }

  /** The hit numbered `i`, as an object: its section list's when that is made. */
  hit(i: number): Hit {
    const list = this.lists[this.sid[i]];
    return list !== undefined ? list[this.rank[i]] : this.make(i);
  }

  private make(i: number): Hit {
    const t0 = this.t0[i];
    const t1 = this.t1[i];
    return { section: this.sections[this.sid[i]], index: this.index[i], t0, t1, s: this.toks.start[t0], e: this.toks.end[t1 - 1] };
  }

  /** The section's hits in text order, or undefined when it has none (as a Map of lists answered). */
  get(section: string): Hit[] | undefined {
    const k = this.sectionNumber.get(section);
    if (k === undefined || this.numbersOf[k].length === 0) return undefined;
    let list = this.lists[k];
    if (list === undefined) {
      const numbers = this.numbersOf[k];
      list = new Array<Hit>(numbers.length);
      for (let j = 0; j < numbers.length; j++) list[j] = this.make(numbers[j]);
      this.lists[k] = list;
    }
    return list;
  }

  /** The numbers of the section's hits, in text order (empty for none): for loops that need no objects. */
  numbers(section: string): Int32Array {
    const k = this.sectionNumber.get(section);
    return k === undefined ? NONE : this.numbersOf[k];
  }

  /** The number of the section's hit starting at token `t`, or -1. A section has at most one hit starting at a token. */
  numberAt(section: string, t: number): number {
    const k = this.firstAt[t];
    if (!(k > 0)) return -1;
    const sections = this.sections;
    for (let i = k - 1; i < this.count && this.t0[i] === t; i++) if (sections[this.sid[i]] === section) return i;
    return -1;
  }

  /** The section's hit starting at token `t`, if any. */
  at(section: string, t: number): Hit | undefined {
    const i = this.numberAt(section, t);
    return i < 0 ? undefined : this.hit(i);
  }

  // The three below answer what most callers of `at` want with no object made.

  /** Whether a hit of the section starts at token `t`. */
  has(section: string, t: number): boolean {
    return this.numberAt(section, t) >= 0;
  }

  /** One past the last token of the section's hit starting at token `t`; -1 when none starts there. */
  endAt(section: string, t: number): number {
    const i = this.numberAt(section, t);
    return i < 0 ? -1 : this.t1[i];
  }

  /** The entry's index in its section of the section's hit starting at token `t`; -1 when none starts there. */
  entryAt(section: string, t: number): number {
    const i = this.numberAt(section, t);
    return i < 0 ? -1 : this.index[i];
  }
}

const NONE = new Int32Array(0);

/** What the hits need of the tokens: their number and normalized offsets. */
type TokenOffsets = Pick<Tokens, 'count' | 'start' | 'end'>;

/**
 * Per section, the numbers of its hits, and per token its first hit. A loop of its own for the
 * same reason as the tokenizer's: compiled while running on a long text, it must not be followed
 * by code that had not run yet. The sections' lists are consecutive parts of one array, each
 * counted first (an array of its own per section made some twenty typed arrays per text, most of
 * them empty or short, and each costs more to make than to fill).
 */
function fileBySection(sid: Int32Array, t0: Int32Array, sections: number, firstAt: Int32Array, rank: Int32Array): Int32Array[] {
  const counts = scratchInt32(sections);
  for (let i = 0; i < sid.length; i++) counts[sid[i]]++;
  const all = scratchInt32(sid.length);
  const out: Int32Array[] = [];
  let from = 0;
  for (let k = 0; k < sections; k++) {
    out.push(all.subarray(from, from + counts[k]));
    from += counts[k];
  }
  counts.fill(0);
  for (let i = 0; i < sid.length; i++) {
    const k = sid[i];
    rank[i] = counts[k];
    out[k][counts[k]++] = i;
    if (firstAt[t0[i]] === 0) firstAt[t0[i]] = i + 1;
  }
  return out;
}
