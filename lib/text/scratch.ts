/**
 * Tables that live only while one text is analysed — per token, per sentence, per hit: sentence
 * and clause numbers, where hits start, cover marks — some fifty typed arrays for an article, each
 * a few kilobytes. Made on its own, each is an allocation outside the JavaScript heap that costs
 * more than filling it (a few microseconds for 2,000 tokens). While an analysis runs
 * ({@link withScratch}) they are views into one buffer instead, cleared when it ends and reused by
 * the next; outside an analysis, or once the buffer is full, they are arrays of their own. A table
 * made here must not outlive its analysis: the report and the caches kept from text to text hold none.
 *
 * A short text's buffer is kept from analysis to analysis, up to a megabyte. A long text's tables
 * take some 21 bytes per character, megabytes that the allocator would zero table by table and
 * the collector free after: they go into a buffer of their own instead, which grows to what the
 * longest analysis asked for and is held weakly, so that it serves long texts analysed one after
 * another and goes with the next full collection.
 */

/** Texts up to this many characters use the short texts' buffer; longer ones the long texts'. */
const MAX_TEXT = 1 << 15;

/** The short texts' buffer grows to what an analysis asked for, up to this; tables past it are arrays of their own. */
const MAX_BYTES = 1 << 20;

/** The long texts' buffer grows up to this (the tables of some three million characters). */
const MAX_LONG_BYTES = 1 << 26;

/** A buffer with its bytes, to clear it. */
interface Pool {
  buffer: ArrayBuffer;
  bytes: Uint8Array;
}

function poolOf(size: number): Pool {
  const buffer = new ArrayBuffer(size);
  return { buffer, bytes: new Uint8Array(buffer) };
}

let short = poolOf(0);
let long: WeakRef<Pool> | undefined;
/** The running analysis's buffer. */
let buffer = short.buffer;
let used = 0;
/** Bytes the running analysis asked for, whether they fitted or not. */
let asked = 0;
let active = false;

/** Runs the analysis of a text of `length` characters; the tables made in it are views into a buffer until it returns. */
export function withScratch<T>(length: number, run: () => T): T {
  if (active) return run();
  const isLong = length > MAX_TEXT;
  let pool = isLong ? (long?.deref() ?? poolOf(0)) : short;
  buffer = pool.buffer;
  active = true;
  try {
    return run();
  } finally {
    active = false;
    pool.bytes.fill(0, 0, used);
    const want = Math.min(asked, isLong ? MAX_LONG_BYTES : MAX_BYTES);
    if (want > pool.buffer.byteLength) pool = poolOf(want);
    if (isLong) long = new WeakRef(pool);
    else short = pool;
    buffer = short.buffer;
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
