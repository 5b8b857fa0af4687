/**
 * The engine as the background runs it: the built-in term lists merged with the reader's
 * own list, compiled once and compiled again only when the reader's list changes. A list
 * that does not parse or compile is left out with a warning (the built-in lists stay in
 * force), and a failed compile is never cached.
 */
import { analyze } from '../analyze';
import { builtinTermList, compileLexicon, type Lexicon } from '../terms/lexicon';
import type { TermList } from '../terms/schema';
import { checkUserTermList } from '../terms/user';
import type { Report } from '../model/report';
import { readCustomTerms, type CustomTerms } from './settings';

let compiled: Promise<Lexicon> | null = null;

/** The lexicon in force (built-in plus the reader's list, if it still parses and compiles). */
export function lexicon(): Promise<Lexicon> {
  if (!compiled) {
    const next = readCustomTerms()
      .catch(() => null)
      .then(compileWith);
    next.catch(() => {
      if (compiled === next) compiled = null;
    });
    compiled = next;
  }
  return compiled;
}

function compileWith(custom: CustomTerms | null): Lexicon {
  const base = builtinTermList();
  const merged = withCustom(base, custom);
  if (merged === base) return compileLexicon(base);
  try {
    return compileLexicon(merged);
  } catch (e) {
    console.warn(`Adasa: the reader's term list ${custom?.name ?? ''} is left out: it does not compile (${e instanceof Error ? e.message : String(e)}).`);
    return compileLexicon(base);
  }
}

function withCustom(base: TermList, custom: CustomTerms | null): TermList {
  if (!custom) return base;
  const checked = checkUserTermList(custom.list, base);
  if (checked.ok) return checked.merged;
  const first = checked.errors[0]!;
  console.warn(`Adasa: the reader's term list ${custom.name} is left out: ${first.path} — ${first.message}.`);
  return base;
}

/** Forget the compiled lexicon (the reader's list changed). */
export function invalidateLexicon(): void {
  compiled = null;
}

/** Analyses one segment of a page; `date` is the publication date the page states, if any. */
export async function analyzeSegment(text: string, id: string, date?: string): Promise<Report> {
  return analyze(text, { lexicon: await lexicon(), id, ...(date ? { date } : {}) });
}
