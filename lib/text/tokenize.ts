/**
 * Splits normalized text into word tokens: Arabic words, Latin words and numbers (digits with
 * their inner separators: «40.000», «1,200», «2017/3/6», «18:02»). Punctuation, quotes and
 * spaces are not tokens; what lies between two tokens is read from the text when needed.
 */

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
}

function isArabicWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}
function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Per character below U+0700: 1 Arabic word character, 2 digit, 3 Latin letter, 0 none. */
const CLASS_LIMIT = 0x700;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (let c = 0; c < CLASS_LIMIT; c++) CLASS[c] = isArabicWordChar(c) ? 1 : isDigit(c) ? 2 : isLatin(c) ? 3 : 0;

/** Tokenizes `text` in one pass. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < CLASS_LIMIT ? CLASS[c] : 0;
    if (cls === 0) {
      i++;
      continue;
    }
    const s = i;
    let k: number;
    i++;
    if (cls === 1) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= CLASS_LIMIT || CLASS[d] !== 1) break;
        i++;
      }
      k = TokenKind.Arabic;
    } else if (cls === 2) {
      // Digits with their inner separators: «40.000», «1,200», «2017/3/6», «18:02».
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 0x2e || d === 0x2c || d === 0x2f || d === 0x3a) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      k = TokenKind.Number;
    } else {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= CLASS_LIMIT || CLASS[d] < 2) break;
        i++;
      }
      k = TokenKind.Latin;
    }
    if (count === cap) {
      cap *= 2;
      start = grown32(start, cap);
      end = grown32(end, cap);
      const nk = new Uint8Array(cap);
      nk.set(kind);
      kind = nk;
    }
    start[count] = s;
    end[count] = i;
    kind[count] = k;
    count++;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), kind: kind.subarray(0, count) };
}

function grown32(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
