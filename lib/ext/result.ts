/**
 * Replies across the extension's message boundaries: a value or an error, never a bare throw.
 * Kept free of zod so the content script stays small; the message schemas are in messages.ts.
 */

/** A reply: the value, or why there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a handler's outcome as a Result, turning a throw into an error reply. */
export async function toResult<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Reads a reply: the value, or a thrown Error with the other side's reason. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new Error('no reply');
  }
  const r = reply as Result<T>;
  if (!r.ok) throw new Error(typeof r.error === 'string' ? r.error : 'error');
  return r.value;
}
