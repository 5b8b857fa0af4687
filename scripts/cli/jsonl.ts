/**
 * The command line's JSONL stream: lines of `{"id","text"[,"date"]}` in, one report per line
 * out, in input order. Lines are split from the raw bytes (so invalid UTF-8 is reported with
 * its byte offset instead of being replaced in silence), at most a bounded number of lines are
 * in flight (so memory stays flat whatever the stream's length), and with `workers > 1` the
 * analysis runs on worker threads while this thread keeps the order.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../lib/analyze';

export interface JsonlRecord {
  id: string;
  text: string;
  date?: string;
}

/** One input line: its number (from 1), its bytes' offset in the stream, its bytes. */
export interface RawLine {
  n: number;
  offset: number;
  bytes: Buffer;
}

/** Splits a byte stream on `\n` (a `\r` before it is dropped), keeping each line's byte offset. */
export async function* rawLines(input: Readable): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingStart = 0;
  let offset = 0;
  let n = 0;
  const emit = (bytes: Buffer): RawLine => {
    n++;
    const line = { n, offset: pendingStart, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes };
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      pending.push(chunk.subarray(from, nl));
      yield emit(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      pendingStart = offset + nl + 1;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    offset += chunk.length;
  }
  if (pending.length > 0) yield emit(Buffer.concat(pending));
}

/** The offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function invalidUtf8At(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    const c1 = b[i + 1]!;
    // The second byte's range excludes overlong forms and surrogates.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/**
 * Reads one line's JSON. The id is kept exactly as written: a string as it is, an integer as
 * its digits (so `12345678901234567890` stays that, not a rounded double); any other id is
 * refused with a message. Without an id, the line number is the id.
 */
export function parseRecord(line: string, n: number): JsonlRecord {
  const text = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  let idSource: string | undefined;
  let root: unknown;
  try {
    root = JSON.parse(text, function (this: unknown, key: string, value: unknown, context?: { source?: string }) {
      if (key === 'id' && typeof value === 'number') idSource = context?.source;
      return value;
    });
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`, { cause: e });
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw new Error('expected an object like {"id": "…", "text": "…"}');
  const obj = root as Record<string, unknown>;
  if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
  let id: string;
  if (obj.id === undefined) id = String(n);
  else if (typeof obj.id === 'string') id = obj.id;
  else if (typeof obj.id === 'number' && idSource !== undefined && /^-?\d+$/.test(idSource)) id = idSource;
  else throw new Error(`"id" must be a string or an integer (got ${typeof obj.id === 'number' ? (idSource ?? String(obj.id)) : (JSON.stringify(obj.id) ?? typeof obj.id)})`);
  if (obj.date !== undefined && (typeof obj.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(obj.date))) {
    throw new Error('"date" must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return { id, text: obj.text, ...(typeof obj.date === 'string' ? { date: obj.date } : {}) };
}

/** Turns one line into its output (a report as JSON), or throws with a message. */
export type LineJob = (line: string, n: number) => string;

/** The job: the line's report as one line of JSON; `date` stands for lines without their own. */
export function analyzeLine(line: string, n: number, date?: string): string {
  const rec = parseRecord(line, n);
  const d = rec.date ?? date;
  return JSON.stringify(analyze(rec.text, { id: rec.id, ...(d ? { date: d } : {}) }));
}

export interface StreamOptions {
  input: Readable;
  output: Writable;
  /** Problems, one per line (`line 3: …`). */
  warn(message: string): void;
  /** Worker threads; 1 analyses on this thread. */
  workers: number;
  /** The module a worker runs (it answers `{n, line}` with `{n, out}` or `{n, error}`), and its data. */
  workerUrl: URL;
  workerData?: unknown;
  job: LineJob;
}

/** Streams the lines through `job` (or the workers) in order; resolves with the number of failed lines. */
export async function streamJsonl(opts: StreamOptions): Promise<number> {
  const decoder = new TextDecoder('utf-8');
  let failed = 0;
  const write = async (s: string) => {
    if (!opts.output.write(s)) await once(opts.output, 'drain');
  };
  const decode = (raw: RawLine): string => {
    const bad = invalidUtf8At(raw.bytes);
    if (bad >= 0) opts.warn(`line ${raw.n}: invalid UTF-8 at byte ${raw.offset + bad}; undecodable bytes read as U+FFFD`);
    return decoder.decode(raw.bytes);
  };
  if (opts.workers <= 1) {
    for await (const raw of rawLines(opts.input)) {
      const line = decode(raw);
      if (!line.trim()) continue;
      try {
        await write(opts.job(line, raw.n) + '\n');
      } catch (e) {
        failed++;
        opts.warn(`line ${raw.n}: ${(e as Error).message}`);
      }
    }
    return failed;
  }
  return streamOnWorkers(opts, decode, write);
}

/** Lines read ahead of the oldest unanswered one, per worker, before reading waits. */
const AHEAD_PER_WORKER = 16;

type Answer = { n: number; out: string } | { n: number; error: string };

async function streamOnWorkers(opts: StreamOptions, decode: (raw: RawLine) => string, write: (s: string) => Promise<void>): Promise<number> {
  let failed = 0;
  const pool = Array.from({ length: opts.workers }, () => new Worker(opts.workerUrl, { workerData: opts.workerData }));
  const idle = [...pool];
  const done = new Map<number, Answer>();
  const order: number[] = [];
  let wake: (() => void) | null = null;
  const onAnswer = (w: Worker) => (a: Answer) => {
    done.set(a.n, a);
    idle.push(w);
    wake?.();
  };
  for (const w of pool) w.on('message', onAnswer(w));
  const crashed = new Promise<never>((_, reject) => {
    for (const w of pool) w.on('error', reject);
  });
  const waitForAnswer = () => Promise.race([new Promise<void>((r) => (wake = r)), crashed]);
  const flush = async () => {
    while (order.length > 0 && done.has(order[0]!)) {
      const a = done.get(order[0]!)!;
      done.delete(order.shift()!);
      if ('out' in a) await write(a.out + '\n');
      else {
        failed++;
        opts.warn(`line ${a.n}: ${a.error}`);
      }
    }
  };
  try {
    for await (const raw of rawLines(opts.input)) {
      const line = decode(raw);
      if (!line.trim()) continue;
      // Bounded in flight: wait for a free worker, writing out what is ready meanwhile.
      while (idle.length === 0 || order.length >= opts.workers * AHEAD_PER_WORKER) {
        await waitForAnswer();
        await flush();
      }
      order.push(raw.n);
      idle.pop()!.postMessage({ n: raw.n, line });
      await flush();
    }
    while (order.length > 0) {
      if (!done.has(order[0]!)) await waitForAnswer();
      await flush();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return failed;
}
