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

/** Tokenizes `text` in one pass. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let count = 0;
  const add = (s: number, e: number, k: number) => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(start);
      start = ns;
      const ne = new Int32Array(cap);
      ne.set(end);
      end = ne;
      const nk = new Uint8Array(cap);
      nk.set(kind);
      kind = nk;
    }
    start[count] = s;
    end[count] = e;
    kind[count] = k;
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isArabicWordChar(c)) {
      const s = i;
      while (i < n && isArabicWordChar(text.charCodeAt(i))) i++;
      add(s, i, TokenKind.Arabic);
    } else if (isDigit(c)) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 0x2e || d === 0x2c || d === 0x2f || d === 0x3a) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      add(s, i, TokenKind.Number);
    } else if (isLatin(c)) {
      const s = i;
      while (i < n && (isLatin(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
      add(s, i, TokenKind.Latin);
    } else i++;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), kind: kind.subarray(0, count) };
}
