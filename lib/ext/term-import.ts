/**
 * Reading a term-list file the reader picked: JSON first, then the engine's own parser, so the
 * options page accepts exactly what the engine can compile and reports every problem with its
 * path. Nothing is stored unless the whole file passes.
 */
import { parseTermList } from '../terms/schema';
import type { TermList } from '../terms/schema';

export type ImportOutcome = { ok: true; list: TermList; json: unknown } | { ok: false; errors: { path: string; message: string }[] };

/** Parses and validates a file's text. */
export function readTermFile(text: string): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
  const parsed = parseTermList(json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, list: parsed.list, json };
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
