/**
 * The distinct words of the texts analysed, each with a number. News text repeats its words,
 * so the term matcher looks each word up once per text instead of once per token, and the
 * detectors ask «is this a relative pronoun?» or «is this an affiliation word?» once per word
 * instead of once per token: the answer is kept with the word.
 */

import { stringOf } from './codes';

/** A yes-or-no question about a word, answered once per distinct word (see {@link Words.is}). */
export interface WordClass {
  readonly index: number;
  readonly test: (word: string) => boolean;
}

let classCount = 0;

/** Declares a question about words: a pattern the whole word must match, or a test. */
export function wordClass(test: RegExp | ((word: string) => boolean)): WordClass {
  const fn = typeof test === 'function' ? test : (w: string) => test.test(w);
  return { index: classCount++, test: fn };
}

/** A value computed from a word, kept with the word (see {@link Words.derive}). */
export interface WordValue<T> {
  readonly index: number;
  readonly compute: (word: string) => T;
}

let valueCount = 0;

/** Declares a value computed once per distinct word. */
export function wordValue<T>(compute: (word: string) => T): WordValue<T> {
  return { index: valueCount++, compute };
}

/** An open-addressing table of words keyed by their characters, with the answers kept per word. */
export class Words {
  /** The words by number. */
  readonly list: string[] = [];
  /** Characters of every word, one after another, for comparing without building a string. */
  private pool = new Uint16Array(1024);
  private poolLen = 0;
  private at: Int32Array = new Int32Array(64);
  private len: Int32Array = new Int32Array(64);
  private hash: Int32Array = new Int32Array(64);
  /** Slot → word number + 1 (0: empty); the size is a power of two, at most half full. */
  private slots = new Int32Array(128);
  /** Per word class: per word, 0 not asked yet, 1 no, 2 yes. */
  private answers: Uint8Array[] = [];
  private values: unknown[][] = [];

  get size(): number {
    return this.list.length;
  }

  /**
   * The number of the word at [s, e) of a code array (a text's characters as codes: the
   * normalizer hands its output over so), given its hash (`wordHash` in tokenize.ts); the word is added when new.
   */
  idOfCodes(codes: Uint16Array, s: number, e: number, h: number): number {
    const n = e - s;
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const k = slots[slot];
      if (k === 0) break;
      const id = k - 1;
      if (this.hash[id] === h && this.len[id] === n && this.same(id, codes, s, n)) return id;
      slot = (slot + 1) & mask;
    }
    return this.add(codes, s, e, h, slot);
  }

  private same(id: number, codes: Uint16Array, s: number, n: number): boolean {
    const pool = this.pool;
    const a = this.at[id];
    for (let k = 0; k < n; k++) if (pool[a + k] !== codes[s + k]) return false;
    return true;
  }

  private add(codes: Uint16Array, s: number, e: number, h: number, slot: number): number {
    const id = this.list.length;
    const n = e - s;
    if (id === this.at.length) {
      this.at = grown(this.at, id * 2);
      this.len = grown(this.len, id * 2);
      this.hash = grown(this.hash, id * 2);
    }
    if (this.poolLen + n > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + n));
      pool.set(this.pool);
      this.pool = pool;
    }
    const word = codes.subarray(s, e);
    this.pool.set(word, this.poolLen);
    this.at[id] = this.poolLen;
    this.len[id] = n;
    this.hash[id] = h;
    this.poolLen += n;
    this.list.push(stringOf(codes, s, e));
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.list.length; id++) {
      let slot = this.hash[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  /** Whether word `id` is in the class; the class's test runs once per word. */
  is(id: number, c: WordClass): boolean {
    let answers = this.answers[c.index];
    if (answers === undefined || answers.length <= id) answers = this.growAnswers(c.index);
    const a = answers[id];
    if (a !== 0) return a === 2;
    const yes = c.test(this.list[id]);
    answers[id] = yes ? 2 : 1;
    return yes;
  }

  /**
   * Of the first `count` tokens, numbered by `ids`, those whose word is in the class, in order: a
   * scan of every token for a few words, made in one pass over the class's answers rather than
   * with a call to {@link is} per token.
   */
  tokensIn(ids: Int32Array, count: number, c: WordClass): number[] {
    let answers = this.answers[c.index];
    if (answers === undefined || answers.length < this.list.length) answers = this.growAnswers(c.index);
    const out: number[] = [];
    for (let t = 0; t < count; t++) {
      const id = ids[t];
      let a = answers[id];
      if (a === 0) answers[id] = a = c.test(this.list[id]) ? 2 : 1;
      if (a === 2) out.push(t);
    }
    return out;
  }

  private growAnswers(index: number): Uint8Array {
    const old = this.answers[index];
    const answers = new Uint8Array(Math.max(64, this.list.length * 2));
    if (old) answers.set(old);
    this.answers[index] = answers;
    return answers;
  }

  /** The value `v` for word `id`, computed on first use. */
  derive<T>(id: number, v: WordValue<T>): T {
    let values = this.values[v.index] as T[] | undefined;
    if (values === undefined) this.values[v.index] = values = [];
    // Grown one slot at a time, never with gaps: the array keeps fast elements.
    while (values.length <= id) values.push(undefined as T);
    let x = values[id];
    if (x === undefined) values[id] = x = v.compute(this.list[id]);
    return x;
  }
}

function grown(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
