/**
 * The engine as the background runs it: the built-in term lists merged with the reader's
 * own list, compiled once and compiled again only when the reader's list changes.
 */
import { analyze } from '../analyze';
import { builtinTermList, compileLexicon, type Lexicon } from '../terms/lexicon';
import { mergeTermLists, parseTermList } from '../terms/schema';
import type { Report } from '../report/schema';
import { customTermsItem, type CustomTerms } from './settings';

let compiled: Promise<Lexicon> | null = null;

/** The lexicon in force (built-in plus the reader's list, if it still parses). */
export function lexicon(): Promise<Lexicon> {
  compiled ??= customTermsItem.getValue().then((custom) => compileLexicon(withCustom(custom)));
  return compiled;
}

function withCustom(custom: CustomTerms | null) {
  const base = builtinTermList();
  if (!custom) return base;
  const parsed = parseTermList(custom.list);
  return parsed.ok ? mergeTermLists(base, parsed.list) : base;
}

/** Forget the compiled lexicon (the reader's list changed). */
export function invalidateLexicon(): void {
  compiled = null;
}

/** Analyses one segment of a page; `date` is the publication date the page states, if any. */
export async function analyzeSegment(text: string, id: string, date?: string): Promise<Report> {
  return analyze(text, { lexicon: await lexicon(), id, ...(date ? { date } : {}) });
}
