/**
 * Reading a term-list file the reader picked: JSON first, then the engine's own parser, so the
 * options page accepts exactly what the engine can compile and reports every problem with its
 * path. Nothing is stored unless the whole file passes.
 */
import type { TermList } from '../terms/schema';
import { checkUserTermList } from '../terms/user';

export type ImportOutcome = { ok: true; list: TermList; json: unknown } | { ok: false; errors: { path: string; message: string }[] };

/** Parses and validates a file's text. */
export function readTermFile(text: string): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
  const checked = checkUserTermList(json);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return { ok: true, list: checked.list, json };
}

/** Number of entries in a list, over all its sections. */
export function countEntries(list: TermList): number {
  let n = 0;
  for (const section of Object.values(list)) if (Array.isArray(section)) n += section.length;
  return n;
}

/** A list as a file: pretty JSON with a trailing newline. */
export function termFile(list: unknown): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
