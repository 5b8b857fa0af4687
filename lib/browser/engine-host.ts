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

/**
 * A short article of our own that goes through every detector (labels and their parties,
 * distancing, an obfuscated name, sourced and unsourced figures, named, vague and anonymous
 * sources, reported speech).
 */
export const WARM_UP_TEXT = `قالت مصادر محلية لـ«عدسة» إن ميليشيا قسد اعتقلت 12 شاباً في ريف دير الزور الشرقي، فيما أفاد المرصد السوري لحقوق الإنسان بمقتل ثلاثة مدنيين بقصف لقوات النظام على قرية قريبة.

وأعلن التحالف الدولي بقيادة الولايات المتحدة أنه نفذ 4 ضربات جوية ضد تنظيم داعش الإرهابي، بينما قال ناشطون إن ما يسمى «الجيش الوطني» المدعوم من الاحتلال التركي قصف مواقع قرب منبج.

ونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري، فضّل عدم الكشف عن اسمه لأسباب أمنية، أن خلايا داعـ.ـش هاجمت حاجزاً للجيش، وأن نحو 200 عائلة نزحت خلال أسبوعين.

وتصدّت قواتنا للهجوم الذي شنته خلايا التنظيم على الحاجز. وقال أحد الأهالي: «ميليشيا قسد خطفت ابني».`;

/**
 * Runs the engine on {@link WARM_UP_TEXT} a few times, each run a task of its own so a page's
 * request is never kept waiting behind more than one. The first runs of the engine in a fresh
 * worker build its tables and leave the hot paths to the JavaScript engine's interpreter: in
 * Chromium's service worker the first analysis of seed 003 took 260 ms and the second 34 ms. Run
 * when the worker starts, this puts that cost before the first page rather than on it.
 */
export async function warmUp(runs = WARM_UP_RUNS): Promise<void> {
  const lex = await lexicon();
  for (let i = 0; i < runs; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    analyze(WARM_UP_TEXT, { lexicon: lex });
  }
}

const WARM_UP_RUNS = 25;
