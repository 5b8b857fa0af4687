/**
 * The one way a reader's term list joins the built-in ones, for every surface (the options
 * page's import, the background's engine, the command line and the tests): parsed against the
 * schema, every actor and word list it refers to defined in one of the two lists, then merged. A list that
 * fails is rejected with its errors and whatever was in force stays in force.
 */
import { builtinLexicon, builtinTermList, compileLexicon, type Lexicon } from './lexicon';
import { actorIds, mergeTermLists, parseTermList, unknownActorErrors, unknownWordListErrors, wordListIds, type TermList, type TermListError } from './schema';

export type CheckedList = { ok: true; list: TermList; merged: TermList } | { ok: false; errors: TermListError[] };

/** Validates a reader's list (parsed JSON or JSON text) against the schema and the built-in actors, and merges it. */
export function checkUserTermList(input: unknown, base: TermList = builtinTermList()): CheckedList {
  const r = parseTermList(input);
  if (!r.ok) return { ok: false, errors: r.errors };
  const unknown = [
    ...unknownActorErrors(r.list, new Set([...actorIds(base), ...actorIds(r.list)])),
    ...unknownWordListErrors(r.list, new Set([...wordListIds(base), ...wordListIds(r.list)])),
  ];
  if (unknown.length) return { ok: false, errors: unknown };
  return { ok: true, list: r.list, merged: mergeTermLists(base, r.list) };
}

export interface UserListResult {
  ok: boolean;
  /** The lexicon to use from now on: the new one, or the previous one when the list was rejected. */
  lexicon: Lexicon;
  errors?: TermListError[];
}

/** Validates `input`, merges it with the built-in lists and compiles the result. */
export function loadUserTermList(previous: Lexicon | undefined, input: unknown): UserListResult {
  const r = checkUserTermList(input);
  if (!r.ok) return { ok: false, lexicon: previous ?? builtinLexicon(), errors: r.errors };
  return { ok: true, lexicon: compileLexicon(r.merged) };
}
