/** UTF-16 code units held in a typed array, back to a string: one copy of the fast, safe way. */

/** Characters per piece for long text, and the array reused for a piece. */
const CHUNK = 8192;
const chunk: number[] = new Array(CHUNK).fill(0);
/** Up to this many characters, applying the codes beats a decoder call (a word, a name). */
const SHORT = 64;
/** A UTF-16 decoder when code units in memory are little-endian, as on every platform in use. */
const UTF16 = typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** Whether a surrogate stands without its partner: a decoder replaces it, String.fromCharCode keeps it. */
function hasLoneSurrogate(codes: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = codes[k]!;
    if ((c & 0xf800) !== 0xd800) continue;
    // A high surrogate followed by a low one is a pair, which decodes to the same two units.
    if (c <= 0xdbff && k + 1 < to && (codes[k + 1]! & 0xfc00) === 0xdc00) k++;
    else return true;
  }
  return false;
}

/**
 * Code units [from, to) as a string, at any length: short runs are applied directly, long ones
 * decoded in one pass where that gives the same string (no lone surrogate, which a decoder would
 * replace), and otherwise built in pieces and joined, so no argument list outgrows the stack.
 * `maySplitPairs: false` says the caller knows there is no lone surrogate in the range.
 */
export function stringOf(codes: Uint16Array, from: number, to: number, maySplitPairs = true): string {
  if (to - from <= SHORT) return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  if (UTF16 && (!maySplitPairs || !hasLoneSurrogate(codes, from, to))) return UTF16.decode(codes.subarray(from, to));
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  let k = from;
  for (; k + CHUNK <= to; k += CHUNK) {
    for (let j = 0; j < CHUNK; j++) chunk[j] = codes[k + j]!;
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  if (k < to) parts.push(String.fromCharCode.apply(null, codes.subarray(k, to) as unknown as number[]));
  return parts.join('');
}
