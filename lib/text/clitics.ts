/**
 * Arabic proclitics, in one place: the conjunctions «و», «ف» and the prepositions «ب», «ل», «ك»
 * written onto the next word, and the article «ال» (after «ل» written «لل»). Every rule that
 * strips or allows a prefix (the term matcher, sense words, the name ledger, the teacher pages'
 * grouping of sources) takes it from here.
 */
import { wordClass } from './words';

/** «ال»: the article. */
export const ARTICLE = 'ال';

/** «و», «ف»: conjunctions written onto the next word. */
export const CONJUNCTIONS = ['و', 'ف'] as const;
/**
 * Whether a word opens with the letter of a conjunction («وقسد», «فالنظام», «و»). By the letter only:
 * a word whose own first letter is «و» or «ف» («وزارة», «فصائل») answers yes too, so callers use it
 * to stay away from a word that may be joined on, not to strip one.
 */
export function opensWithConjunction(word: string): boolean {
  return CONJUNCTIONS.some((c) => word.startsWith(c));
}

/** «و»: the conjunction most rules read on its own («and»), apart from «ف». */
export const WAW = 'و';

/** Whether a word is «و» standing alone, written apart from what it joins. */
export function isWaw(word: string): boolean {
  return word === WAW;
}

/**
 * Whether a word opens with the letter «و» («والنظام», «وزارة»): by the letter only, as
 * {@link opensWithConjunction} judges; callers that must tell a joined «و» from a word's own add
 * their own test.
 */
export function opensWithWaw(word: string): boolean {
  return word.startsWith(WAW);
}

/** A word without a conjunction joined on: «والمصدر» → «المصدر», «فلجنة» → «لجنة»; by the letter, as {@link opensWithConjunction}. */
export function withoutConjunction(word: string): string {
  return opensWithConjunction(word) ? word.slice(1) : word;
}

/** Whether a word is a conjunction standing alone («و», «ف»), written apart from what it joins. */
export function isConjunction(word: string): boolean {
  return (CONJUNCTIONS as readonly string[]).includes(word);
}

/**
 * Whether a word opens with the article, after a conjunction or not: «المزعومة», «والانفصالي»,
 * «فالنظام». Unlike {@link WITH_ARTICLE} no preposition may stand before it («للنظام», «بالتحالف»).
 */
export function opensWithArticle(word: string): boolean {
  return word.startsWith(ARTICLE) || (opensWithConjunction(word) && word.startsWith(ARTICLE, 1));
}

/** A word without a conjunction and the article opening it: «والمصدر» → «مصدر», «مصدر» → «مصدر». */
export function withoutConjunctionAndArticle(word: string): string {
  const rest = withoutConjunction(word);
  return rest.startsWith(ARTICLE) ? rest.slice(ARTICLE.length) : rest;
}

/** «ب», «ل», «ك»: prepositions written onto the next word. */
export const PREPOSITIONS = ['ب', 'ل', 'ك'] as const;
/** «ب»: the preposition of the name something is known or called by («ما يعرف بقوات سوريا الديمقراطية»), sometimes written apart («بـ "…"»). */
export const BA = 'ب';
/** «ل»: the preposition of whom something is told or given to, and of whose it is; sometimes written apart («لـ موقع تلفزيون سوريا»). */
export const LAM = 'ل';

/** The first-person plural pronoun on a noun («رفاقنا», «قواتنا»): the party speaking. */
export const OUR = 'نا';

/**
 * «ها», «هم», «هن»: a third-person pronoun written onto a word's end. The dual «هما» is left out:
 * in news text it is most often a verb's object («يستخدمهما المتطرفون»), not whose a word is.
 */
const PRONOUN_END = /(?:ها|هم|هن)$/;

/** The object pronouns a verb may carry («حررتها», «ارتكبه»), longest first. */
export const OBJECT_PRONOUN = /(?:هما|ها|هم|هن|ه)$/;

/**
 * Whether a word ends in a third-person pronoun: «قواتها», «منظومتهم», «أوردتها». A bare «ه» (his,
 * him) counts only where the caller knows the word is a verb: after normalization it also spells
 * the ta marbuta of a noun («الحكومه»). The one pronoun test the rules share.
 */
export function endsInPronoun(word: string, verb = false): boolean {
  return PRONOUN_END.test(word) || (verb && word.endsWith('ه'));
}

/** Whether a word ends in the plural «هم» or «هن» (their, them): «مقاتليهم», «قواتهن». */
export function endsInPluralPronoun(word: string): boolean {
  return word.endsWith('هم') || word.endsWith('هن');
}

export interface Proclitic {
  text: string;
  /** Whether it ends with the article. */
  article: boolean;
}

/** Every sequence a word may open with: [conjunction][preposition][article], longest first; the empty one last. */
export const PROCLITICS: readonly Proclitic[] = (() => {
  const out: Proclitic[] = [];
  for (const c of ['', ...CONJUNCTIONS]) {
    for (const p of ['', ...PREPOSITIONS]) {
      out.push({ text: c + p, article: false });
      out.push({ text: c + (p === LAM ? 'لل' : p + ARTICLE), article: true });
    }
  }
  return out.sort((a, b) => b.text.length - a.text.length);
})();

/** The words a normalized word may be without a proclitic, keeping at least `minRest` letters: itself first. */
export function withoutProclitics(word: string, minRest = 2): string[] {
  const out = [word];
  for (const p of PROCLITICS) if (p.text && word.startsWith(p.text) && word.length - p.text.length >= minRest) out.push(word.slice(p.text.length));
  return out;
}

/**
 * The proclitic holding a preposition a word opens with, longest first: «للنظام» (ل with the
 * article), «لتنظيم», «بالتحالف», «وبقوات»; undefined for none.
 */
export function prepositionOn(word: string): Proclitic | undefined {
  const list = PREPOSITIONAL_BY_FIRST.get(word.charCodeAt(0));
  if (list === undefined) return undefined;
  for (const p of list) if (word.startsWith(p.text) && word.length - p.text.length >= 2) return p;
  return undefined;
}

/** The preposition a proclitic holds, behind any conjunction: «ل» in «وللنظام», «ب» in «بالتحالف». */
export function prepositionOf(p: Proclitic): string | undefined {
  const rest = CONJUNCTIONS.some((c) => p.text.startsWith(c)) ? p.text.slice(1) : p.text;
  return PREPOSITIONS.find((q) => rest.startsWith(q));
}
const PREPOSITIONAL = PROCLITICS.filter((p) => prepositionOf(p) !== undefined);
/** {@link PREPOSITIONAL} by first letter, in its order: a word opening with none of these letters is settled at once. */
const PREPOSITIONAL_BY_FIRST = new Map<number, Proclitic[]>();
for (const p of PREPOSITIONAL) {
  const list = PREPOSITIONAL_BY_FIRST.get(p.text.charCodeAt(0));
  if (list) list.push(p);
  else PREPOSITIONAL_BY_FIRST.set(p.text.charCodeAt(0), [p]);
}

/**
 * A word that carries the article, behind any proclitics: «الميليشيا», «وبالميليشيات», «للنظام»,
 * «والطفل». The one test for «definite» the rules share.
 */
export const WITH_ARTICLE = wordClass((w) => PROCLITICS.some((p) => p.article && w.startsWith(p.text) && w.length - p.text.length >= 2 && !agencyWord(p, w)));

/** «وكالة», «وكالات», «وكالتها»: a word whose own letters spell «و» + «كال», no article in it. */
function agencyWord(p: Proclitic, w: string): boolean {
  return p.text.endsWith('كال') && /^(?:ه|ات|ت)/.test(w.slice(p.text.length));
}

/**
 * A definite word with a relational adjective's ending, behind any proclitics: «الإسلامي»,
 * «الكرديه», «والتركية». The one test the rules share for an adjective of a name.
 */
export const DEFINITE_NISBA = wordClass((w) => WITH_ARTICLE.test(w) && /ي(?:ه)?$/.test(w));

/** The same for people, in the masculine plural: «الأمريكيين», «الكرديون». */
export const DEFINITE_NISBA_PEOPLE = wordClass((w) => WITH_ARTICLE.test(w) && /ي(?:ين|ون)$/.test(w));
