/**
 * Loading a user's term list on top of the built-in ones. A list that fails validation is
 * rejected with its errors and the lexicon already in force is returned unchanged.
 */
import { builtinLexicon, builtinTermList, compileLexicon, type Lexicon } from './lexicon';
import { actorIds, mergeTermLists, parseTermList, unknownActorErrors, type TermListError } from './schema';

export interface UserListResult {
  ok: boolean;
  /** The lexicon to use from now on: the new one, or the previous one when the list was rejected. */
  lexicon: Lexicon;
  errors?: TermListError[];
}

/** Validates `input`, merges it with the built-in lists and compiles the result. */
export function loadUserTermList(previous: Lexicon | undefined, input: unknown): UserListResult {
  const r = parseTermList(input);
  if (!r.ok) return { ok: false, lexicon: previous ?? builtinLexicon(), errors: r.errors };
  const base = builtinTermList();
  const unknown = unknownActorErrors(r.list, new Set([...actorIds(base), ...actorIds(r.list)]));
  if (unknown.length) return { ok: false, lexicon: previous ?? builtinLexicon(), errors: unknown };
  return { ok: true, lexicon: compileLexicon(mergeTermLists(base, r.list)) };
}
