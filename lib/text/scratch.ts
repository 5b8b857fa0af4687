/**
 * Tables that live only while one text is analysed — per token, per sentence, per hit: sentence
 * and clause numbers, where hits start, cover marks — some fifty typed arrays for an article, each
 * a few kilobytes. Made on its own, each is an allocation outside the JavaScript heap that costs
 * more than filling it (a few microseconds for 2,000 tokens). While an analysis runs
 * ({@link withScratch}) they are views into one buffer instead, cleared when it ends and reused by
 * the next; outside an analysis, or once the buffer is full, they are arrays of their own. A table
 * made here must not outlive its analysis: the report and the caches kept from text to text hold none.
 *
 * Only short texts use the buffer: a long one's tables are few for its length, and views into a
 * buffer they mostly overflow made the bench's longest adversarial inputs some 5% slower.
 */

/** Texts up to this many characters use the buffer (their tables take some 21 bytes per character); longer ones make their own. */
const MAX_TEXT = 1 << 15;

/** The buffer grows to what an analysis asked for, up to this; tables past it are arrays of their own. */
const MAX_BYTES = 1 << 20;

let buffer = new ArrayBuffer(0);
let bytes = new Uint8Array(buffer);
let used = 0;
/** Bytes the running analysis asked for, whether they fitted or not. */
let asked = 0;
let active = false;

/** Runs the analysis of a text of `length` characters; the tables made in it are views into the buffer until it returns. */
export function withScratch<T>(length: number, run: () => T): T {
  if (active || length > MAX_TEXT) return run();
  active = true;
  try {
    return run();
  } finally {
    active = false;
    bytes.fill(0, 0, used);
    const want = Math.min(asked, MAX_BYTES);
    if (want > buffer.byteLength) {
      buffer = new ArrayBuffer(want);
      bytes = new Uint8Array(buffer);
    }
    used = 0;
    asked = 0;
  }
}

/** Where a table of `size` bytes starts in the buffer, or -1 when it is to be an array of its own. */
function place(size: number): number {
  if (!active) return -1;
  const n = (size + 7) & ~7;
  asked += n;
  if (used + n > buffer.byteLength) return -1;
  const at = used;
  used += n;
  return at;
}

/** A table of `length` zeros, for the running analysis only. */
export function scratchInt32(length: number): Int32Array<ArrayBuffer> {
  const at = place(length * 4);
  return at < 0 ? new Int32Array(length) : new Int32Array(buffer, at, length);
}

/** A table of `length` zeros, for the running analysis only. */
export function scratchUint8(length: number): Uint8Array<ArrayBuffer> {
  const at = place(length);
  return at < 0 ? new Uint8Array(length) : new Uint8Array(buffer, at, length);
}

/** A table of `length` zeros, for the running analysis only. */
export function scratchUint16(length: number): Uint16Array<ArrayBuffer> {
  const at = place(length * 2);
  return at < 0 ? new Uint16Array(length) : new Uint16Array(buffer, at, length);
}

/** A table of `length` zeros, for the running analysis only. */
export function scratchUint32(length: number): Uint32Array<ArrayBuffer> {
  const at = place(length * 4);
  return at < 0 ? new Uint32Array(length) : new Uint32Array(buffer, at, length);
}

/** A table of `length` zeros, for the running analysis only. */
export function scratchFloat64(length: number): Float64Array<ArrayBuffer> {
  const at = place(length * 8);
  return at < 0 ? new Float64Array(length) : new Float64Array(buffer, at, length);
}
