/**
 * Splits normalized text into word tokens: Arabic words, Latin words and numbers (digits with
 * their inner separators: «40.000», «1,200», «2017/3/6», «18:02»). Punctuation, quotes and
 * spaces are not tokens; what lies between two tokens is read from the text when needed.
 */
import { scratchInt32, scratchUint8 } from './scratch';

export const enum TokenKind {
  Arabic = 1,
  Latin = 2,
  Number = 3,
}

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Per token, {@link wordHash} of its characters, worked out while reading them (the word table's key). */
  hash?: Int32Array;
  /** Per token, its word number in the table given to {@link tokenize}, when one was. */
  ids?: Int32Array;
}

/** What {@link tokenize} needs of a word table (lib/text/words.ts): the number of the word at [s, e) of a code array, given its {@link wordHash}. */
export interface WordNumbers {
  idOfCodes(codes: Uint16Array, s: number, e: number, h: number): number;
}

/** FNV-1a over the characters [s, e) of `text`: how the word table finds a word. */
export function wordHash(text: string, s: number, e: number): number {
  let h = FNV_BASIS;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A character of an Arabic word token: a token of them ends where one of another kind stands. */
export function isArabicWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}
function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether exactly three digits start at `i`: a group of thousands after a separator. */
function thousandsGroup(text: Uint16Array, i: number, n: number): boolean {
  return i + 2 < n && isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && (i + 3 >= n || !isDigit(text[i + 3]));
}

/** Per character below U+0700: 1 Arabic word character, 2 digit, 3 Latin letter, 0 none. */
const CLASS_LIMIT = 0x700;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (let c = 0; c < CLASS_LIMIT; c++) CLASS[c] = isArabicWordChar(c) ? 1 : isDigit(c) ? 2 : isLatin(c) ? 3 : 0;

/** The token arrays {@link readTokens} fills, replaced by longer ones when they run out. */
interface TokenArrays {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  hash: Int32Array;
  ids: Int32Array;
}

/**
 * Tokenizes `text` in one pass. With a word table, each token is also looked up (and added when
 * new) as it is read, while its characters are at hand: the term matcher numbers tokens so.
 */
export function tokenize(text: string, words?: WordNumbers): Tokens {
  return tokenizeCodes(codesOf(text), text.length, words);
}

/** The characters of `text` as codes, the form {@link tokenizeCodes} and the word table read. */
export function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/**
 * {@link tokenize} over the first `n` characters of a code array: the normalizer hands its
 * output over so, before it becomes a string (lib/text/normalize.ts, `normalizeThen`).
 */
export function tokenizeCodes(codes: Uint16Array, n: number, words?: WordNumbers): Tokens {
  const cap = Math.max(16, n >> 2);
  const out: TokenArrays = {
    start: scratchInt32(cap),
    end: scratchInt32(cap),
    kind: scratchUint8(cap),
    hash: scratchInt32(cap),
    ids: scratchInt32(words ? cap : 0),
  };
  const count = readTokens(codes, n, out, words);
  return {
    count,
    start: out.start.subarray(0, count),
    end: out.end.subarray(0, count),
    kind: out.kind.subarray(0, count),
    hash: out.hash.subarray(0, count),
    ids: words ? out.ids.subarray(0, count) : undefined,
  };
}

/**
 * The loop of {@link tokenize}, in a function of its own that returns right after it. A long text
 * has the loop compiled while it runs (on-stack replacement); code after the loop that had not run
 * by then would send every later call back to the interpreter at the loop's end.
 */
function readTokens(text: Uint16Array, n: number, out: TokenArrays, words: WordNumbers | undefined): number {
  let { start, end, kind, hash, ids } = out;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text[i];
    const cls = c < CLASS_LIMIT ? CLASS[c] : 0;
    if (cls === 0) {
      i++;
      continue;
    }
    const s = i;
    let k: number;
    let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
    i++;
    if (cls === 1) {
      while (i < n) {
        const d = text[i];
        if (d >= CLASS_LIMIT || CLASS[d] !== 1) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      k = TokenKind.Arabic;
    } else if (cls === 2) {
      // Digits with their inner separators: «40.000», «1,200», «2017/3/6», «18:02», and the Arabic
      // comma before a group of exactly three digits («450،000 شخص»), not the one of a list
      // («حلب 346، ودير الزور 72») nor of a clock time («18،00»).
      while (i < n) {
        const d = text[i];
        if (isDigit(d)) i++;
        else if ((d === 0x2e || d === 0x2c || d === 0x2f || d === 0x3a) && i + 1 < n && isDigit(text[i + 1])) i += 2;
        else if (d === 0x60c && thousandsGroup(text, i + 1, n)) i += 4;
        else break;
      }
      h = FNV_BASIS;
      for (let k = s; k < i; k++) h = Math.imul(h ^ text[k], FNV_PRIME);
      k = TokenKind.Number;
    } else {
      while (i < n) {
        const d = text[i];
        if (d >= CLASS_LIMIT || CLASS[d] < 2) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      }
      k = TokenKind.Latin;
    }
    if (count === start.length) {
      grow(out, count * 2, words !== undefined);
      ({ start, end, kind, hash, ids } = out);
    }
    start[count] = s;
    end[count] = i;
    kind[count] = k;
    hash[count] = h;
    if (words !== undefined) ids[count] = words.idOfCodes(text, s, i, h);
    count++;
  }
  return count;
}

function grow(out: TokenArrays, cap: number, ids: boolean): void {
  out.start = grown32(out.start, cap);
  out.end = grown32(out.end, cap);
  const kind = new Uint8Array(cap);
  kind.set(out.kind);
  out.kind = kind;
  out.hash = grown32(out.hash, cap);
  if (ids) out.ids = grown32(out.ids, cap);
}

function grown32(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
