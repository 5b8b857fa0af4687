/**
 * Slicing long work so no task blocks the page: a generator runs until its slice of time is
 * spent, then the main thread goes back to the page (after Dark Reader's
 * `utils/async-queue.ts`). Every wait honours an AbortSignal so a page change stops old work.
 */

/** Milliseconds of work per slice: well under the 50 ms long-task line. */
export const SLICE_MS = 8;

/** Thrown (as the signal's reason) when work is abandoned. */
export class Aborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'Aborted';
  }
}

/** Gives the main thread back: `scheduler.yield` where it exists, else a macrotask. */
export function yieldToPage(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new Aborted());
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield().then(() => check(signal));
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (signal?.aborted) reject(new Aborted());
      else resolve();
    };
    channel.port2.postMessage(null);
  });
}

function check(signal?: AbortSignal): void {
  if (signal?.aborted) throw new Aborted();
}

/**
 * Measures the main-thread tasks of a piece of work: `begin()` when a task of it starts running,
 * `end()` before it gives the thread back. `longest` is the longest such task in ms.
 */
export class TaskMeter {
  longest = 0;
  total = 0;
  tasks = 0;
  private t = -1;

  begin(): void {
    this.t = performance.now();
  }

  /**
   * When the task being measured began (now, if none is): a slice counts from there, so work
   * that starts partway through a task gets only what is left of its slice.
   */
  taskStart(): number {
    return this.t < 0 ? performance.now() : this.t;
  }

  end(): void {
    if (this.t < 0) return;
    const d = performance.now() - this.t;
    this.total += d;
    this.tasks += 1;
    if (d > this.longest) this.longest = d;
    this.t = -1;
  }
}

/**
 * Yielded by a generator before a step long enough to want a task of its own (joining a live
 * blog's megabyte of text): the slice ends there, so the step does not run on at its end.
 */
export const OWN_TASK = Symbol('own task');

/** Runs a generator to its end in slices of `sliceMs`; resolves with its return value. */
export async function runSliced<T>(gen: Generator<void | typeof OWN_TASK, T>, signal?: AbortSignal, meter?: TaskMeter, sliceMs = SLICE_MS): Promise<T> {
  // Two pieces of work run one after the other share a task: the second must not start a slice
  // of its own (on a live blog that made tasks of 16 to 24 ms).
  let t0 = meter ? meter.taskStart() : performance.now();
  for (;;) {
    check(signal);
    const r = gen.next();
    if (r.done) return r.value;
    if (r.value === OWN_TASK || performance.now() - t0 >= sliceMs) {
      meter?.end();
      await yieldToPage(signal);
      meter?.begin();
      t0 = performance.now();
    }
  }
}
