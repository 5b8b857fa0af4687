/**
 * Where the verbs and nouns of reporting stand in a text («قال», «أفادت», «بحسب», «البيان»), and
 * the questions the source rules ask of them: is a word in a source's role, does «إن» or a colon
 * open what was said, whom is something told to.
 */
import { takesOther, type RefCtx as Ctx } from './references';
import type { Hit } from '../terms/matcher';
import type { CueEntry } from '../terms/schema';
import { TokenKind } from '../text/tokenize';
import { CONJUNCTIONS, DEFINITE_NISBA_PEOPLE, LAM, PREPOSITIONS, WITH_ARTICLE, WAW } from '../text/clitics';
import { normalizeText } from '../text/normalize';
import { scratchInt32, scratchUint8 } from '../text/scratch';

/** Where the cues are: per sentence and per token, as arrays indexed by number (a long text has many sentences). */
export interface CueTables {
  cues: CueEntry[];
  /** Sentence → first continuation cue token («وأضاف»), -1 for none. */
  continuesAt: Int32Array;
  /** 1 for a sentence whose continuing cue covers all of it (`wholeSentence`: «بحسب قولها»). */
  continuesWhole: Uint8Array;
  /** 1 on the token right after an according-to cue («بحسب»). */
  accordingEnds: Uint8Array;
  /** Sentence → first token of each according-to cue. */
  accordingAt: (number[] | undefined)[];
  /** Tokens where a statement cue («البيان») starts. */
  statementAt: Set<number>;
  /** Sentence → first token of a statement cue with no name after it («وأكد البيان أن»), -1 for none. */
  unnamedStatementAt: Int32Array;
  /** 1 where a cue (outside page chrome) starts. */
  cueStart: Uint8Array;
  /** The cues outside page chrome, in order. */
  cueHits: Hit[];
  /** 1 where a cue of `notBeforeCounts` starts that moves a count rather than passing news on («نقلت السلطات 50 طفلا»). */
  movesAt: Uint8Array;
  cuesBySentence: (Hit[] | undefined)[];
}

export function cueTables(ctx: Ctx): CueTables {
  const { lex, st, toks } = ctx;
  const cues = (lex.list.cues ?? []) as CueEntry[];
  const sentenceCount = st.sentenceStart.length - 1;
  const continuesAt = scratchInt32(sentenceCount).fill(-1);
  const continuesWhole = scratchUint8(sentenceCount);
  const accordingEnds = scratchUint8(toks.count + 1);
  const accordingAt: (number[] | undefined)[] = new Array(sentenceCount).fill(undefined);
  const statementAt = new Set<number>();
  const unnamedStatementAt = scratchInt32(sentenceCount).fill(-1);
  const all = ctx.hits.get('cues') ?? [];
  const otherSense = new Uint8Array(all.length);
  for (let hi = 0, list = all; hi < list.length; hi++) {
    const h = list[hi];
    if (ctx.chrome[h.t0]) continue;
    const c = cues[h.index];
    // A word of another sense carries no speaker on («مبنى تابع لقوى الأمن الداخلي»: «تابع» inside
    // its sentence is a tie, not «وتابع»); it is no cue below either.
    if (otherCueSense(ctx, c, h)) otherSense[hi] = 1;
    if ((c.continues || subjectless(ctx, h, c)) && !(continuesAt[st.sentence[h.t0]] >= 0) && otherSense[hi] === 0) continuesAt[st.sentence[h.t0]] = h.t0;
    if (c.continues && c.wholeSentence) continuesWhole[st.sentence[h.t0]] = 1;
    // «قتل عشرة مقاتلين … كما أعلن المرصد»: «كما» after what it reports makes a verb of saying an according-to cue.
    if (c.according || (!c.statement && asReported(ctx, h.t0))) {
      accordingEnds[h.t1] = 1;
      const owner = reportOwnerAt(ctx, h.t1);
      if (owner !== undefined) accordingEnds[owner] = 1;
      const sn = st.sentence[h.t0];
      const at = accordingAt[sn];
      if (at) at.push(h.t0);
      else accordingAt[sn] = [h.t0];
    }
    if (c.statement) {
      statementAt.add(h.t0);
      const sn = st.sentence[h.t0];
      // («… بحسب التقرير.» ends its sentence, or the text: no name follows it either.)
      const named = h.t1 < toks.count && st.sentence[h.t1] === sn && ctx.refs.mentionAt[h.t1] >= 0;
      if (!named && unnamedStatementAt[sn] < 0) unnamedStatementAt[sn] = h.t0;
    }
  }
  const movesAt = scratchUint8(toks.count);
  for (let hi = 0; hi < all.length; hi++) if (cues[all[hi].index].notBeforeCounts && movesCount(ctx, all[hi])) movesAt[all[hi].t0] = 1;
  const cueHits = all.filter((h, hi) => !ctx.chrome[h.t0] && otherSense[hi] === 0 && !verbalNoun(ctx, cues[h.index], h) && movesAt[h.t0] === 0);
  const cueStart = scratchUint8(toks.count);
  for (let hi = 0; hi < cueHits.length; hi++) cueStart[cueHits[hi].t0] = 1;
  const cuesBySentence: (Hit[] | undefined)[] = new Array(sentenceCount).fill(undefined);
  for (let hi = 0; hi < cueHits.length; hi++) {
    const h = cueHits[hi];
    const sn = st.sentence[h.t0];
    let list = cuesBySentence[sn];
    if (!list) cuesBySentence[sn] = list = [];
    list.push(h);
  }
  return { cues, continuesAt, continuesWhole, accordingEnds, accordingAt, statementAt, unnamedStatementAt, cueStart, cueHits, movesAt, cuesBySentence };
}

/**
 * Whether cue hit `h` is a word of another sense: it does not take what it must («تبنت الحكومة
 * خطة»), or it must open its sentence and stands inside one («القتال بين داعش والقوات الكردية»).
 */
export function otherCueSense(ctx: Ctx, c: CueEntry, h: Hit): boolean {
  if (takesOther(ctx, h, c.takes)) return true;
  if (!c.opensSentence) return false;
  const { st } = ctx;
  const start = st.sentenceStart[st.sentence[h.t0]];
  return h.t0 !== start && !(h.t0 === start + 1 && ctx.is(start, ctx.lex.wordLists['as-particles']));
}

/** Words after «نقلت» within which a count, before «عن» or «أن», makes it a verb of moving: its subject and a time. */
const MOVED_COUNT_REACH = 7;

/**
 * «نقل 700 شخص من المخيم», «نقلت السلطات الطاجيكية 50 طفلا», «نقلت الحكومة العراقية، خلال
 * الـ24 ساعة الأخيرة، المئات من رعاياها»: a count after the verb `h` and its subject, before any
 * «عن», «أن», colon or other cue, makes «نقل» a moving of people or goods, not a report («ونقلت
 * الوكالة عن مراسليها إن "طائرتين …"»; «نقلت وسائل إعلام محلية، خروج العشرات»).
 */
function movesCount(ctx: Ctx, h: Hit): boolean {
  const { st, toks } = ctx;
  for (let k = h.t1; k < toks.count && k - h.t1 <= MOVED_COUNT_REACH && st.sentence[k] === st.sentence[h.t0]; k++) {
    if (k > h.t1 && (ctx.is(k, ctx.lex.wordLists.that) || ctx.is(k, ctx.lex.wordLists.about) || colonBefore(ctx, k) || ctx.hasHit('cues', k))) return false;
    if (k === h.t1 && ctx.hasHit('vagueSources', k)) return false;
    if (movedCountAt(ctx, k)) return true;
  }
  return false;
}

/**
 * A count of things at `t`: a vague quantity («المئات»), or a number with what it counts right
 * after it («50 طفلا») — not a date («بتاريخ 17 الشهر», «السبت 23 كانون الأول», «اليوم الإثنين»).
 */
function movedCountAt(ctx: Ctx, t: number): boolean {
  if (ctx.is(t, ctx.lex.wordLists['day-words'])) return false;
  if (ctx.hasHit('vagueQuantities', t)) return true;
  const end = ctx.toks.kind[t] === TokenKind.Number ? t + 1 : ctx.hitEnd('numberWords', t);
  return end >= 0 && end < ctx.toks.count && ctx.hasHit('counted', end);
}

/**
 * Whether the verb of saying at `t` follows «كما» after what it reports: inside a clause («… في
 * القامشلي كما أعلن المرصد»), or opening a clause of the same sentence when no «إن»/«أن» follows
 * in it («قتل 12 شخصاً، كما أفاد مصدر عسكري»; «، كما قال الوزير إن …» is «also said») nor a count
 * of its own, and the verb only says who told (`as-said-verbs`: not «، كما أعلنت قسد مقتل 3 من
 * عناصرها», «، كما أبلغت الأهالي بضرورة البقاء», «، كما اتهمت … “قسد” بالسعي …»: the subject before
 * did more).
 */
function asReported(ctx: Ctx, t: number): boolean {
  const { st, toks } = ctx;
  if (t < 2 || !ctx.is(t - 1, ctx.lex.wordLists['as-particles']) || st.clause[t - 1] !== st.clause[t]) return false;
  if (st.clause[t - 2] === st.clause[t - 1]) return true;
  if (st.sentence[t - 2] !== st.sentence[t] || !ctx.is(t, ctx.lex.wordLists['as-said-verbs'])) return false;
  const that = ctx.lex.wordLists.that;
  for (let k = t + 1; k < toks.count && st.clause[k] === st.clause[t]; k++) if (ctx.is(k, that) || toks.kind[k] === TokenKind.Number) return false;
  return true;
}

/** Words that may describe a tally between it and whoever published it: «حصيلة جديدة أولية». */
const REPORT_QUALIFIERS = 2;

/**
 * «وفق حصيلة أوردها الإعلام السوري الرسمي», «بحسب تقرير للمرصد», «وفقاً لحصيلة نشرتها وكالة
 * هاوار»: where the one who published a tally or report at `t` (or right after «آخر», «أحدث» at
 * `t`) starts — past the words that describe it and a verb of publishing with its pronoun, in its clause. Undefined when no tally
 * stands at `t` or nothing follows it.
 */
export function reportOwnerAt(ctx: Ctx, t: number): number | undefined {
  const { st, toks } = ctx;
  // «بحسب آخر إحصائية صادرة عن …»: past «آخر», «أحدث» before the tally.
  if (t + 1 < toks.count && ctx.is(t, ctx.lex.wordLists['report-latest'])) t++;
  if (t >= toks.count || !ctx.is(t, ctx.lex.wordLists['report-nouns'])) return undefined;
  let k = t + 1;
  for (let n = 0; n < REPORT_QUALIFIERS && k < toks.count && ctx.is(k, ctx.lex.wordLists['report-qualifiers']); n++) k++;
  if (k < toks.count && ctx.is(k, ctx.lex.wordLists['published-verbs'])) {
    k++;
    // «إحصائية صادرة عن بلدية الشعب»: «عن», «من» after the verb, before its author.
    if (k < toks.count && ctx.is(k, ctx.lex.wordLists.from)) k++;
  }
  return k < toks.count && st.clause[k] === st.clause[t] && toks.kind[k] === TokenKind.Arabic ? k : undefined;
}

/** «وأفادت حصيلة سابقة للمرصد بمقتل …», «في بيان لوزارة الدفاع»: a source right after a tally or report (and the words describing it) is its author. */
export function publishedBy(ctx: Ctx, t: number): boolean {
  const reports = ctx.lex.wordLists['report-nouns'];
  for (let r = t - 1; r >= 0 && r >= t - 4; r--) if (ctx.is(r, reports)) return reportOwnerAt(ctx, r) === t;
  return false;
}

/** Whether a source at `t` stands where an according-to cue or a report puts its author («بحسب بلدية …», «إحصائية صادرة عن بلدية …»). */
export function authorAt(ctx: Ctx, cues: CueTables, t: number): boolean {
  return cues.accordingEnds[t] === 1 || publishedBy(ctx, t);
}

/** «حول نقل عدد من العائلات»: a verb of saying's spelling right after a word that governs a noun is that noun, not the verb. */
function verbalNoun(ctx: Ctx, c: CueEntry, h: Hit): boolean {
  if (c.statement || c.according) return false;
  // «بنقل المياه للسكان», «لإعلان»: a preposition written onto it makes it a noun.
  if (prefixed(c, ctx.word(h.t0), PREPOSITIONS)) return true;
  if (h.t0 === 0 || ctx.st.clause[h.t0 - 1] !== ctx.st.clause[h.t0]) return false;
  return ctx.is(h.t0 - 1, ctx.lex.wordLists['noun-governors']);
}

/**
 * Whether word `w`, a match of cue `c`, opens with one of `letters` as a proclitic: «وقال», «بنقل»;
 * not a letter of the verb's own («وثقت», «بثت», «لفتت»).
 */
function prefixed(c: CueEntry, w: string, letters: readonly string[]): boolean {
  if (!letters.some((l) => w.startsWith(l))) return false;
  return !firstWords(c).some((f) => w.startsWith(f));
}

/** The normalized first word of each of a cue's forms, worked out once per entry. */
const FIRST_WORDS = new WeakMap<CueEntry, string[]>();
function firstWords(c: CueEntry): string[] {
  let out = FIRST_WORDS.get(c);
  if (!out) FIRST_WORDS.set(c, (out = c.forms.map((f) => normalizeText(f.split(' ')[0]))));
  return out;
}

/**
 * «وأشارت إلى أن …», «وأوضح أن …», «كما أشار إلى أن …», «وأشار إلى إصابة 7 …», «وقال: “…”»: a verb
 * of saying (`c`, not an according-to cue nor a statement) that opens its sentence and goes straight on to what was said has its subject in the verb — the
 * source of the sentences before, carried on.
 */
function subjectless(ctx: Ctx, h: Hit, c: CueEntry): boolean {
  const { st } = ctx;
  const sn = st.sentence[h.t0];
  // «وكان أفاد في وقت سابق أن …»: a statement recalled with «كان» (and «قد»), no subject between.
  const k = h.t0 > 0 && ctx.is(h.t0 - 1, ctx.lex.wordLists['verb-particles']) ? h.t0 - 1 : h.t0;
  const p = k > 0 && ctx.is(k - 1, ctx.lex.wordLists.pluperfect) ? k - 1 : h.t0;
  // «كما أشار إلى أن …»: «كما» opening the sentence is «also», the speaker going on.
  const also = p > 0 && ctx.is(p - 1, ctx.lex.wordLists['as-particles']) ? p - 1 : p;
  // «و أشار أن …»: a conjunction typed apart from its verb.
  const start = also > 0 && (CONJUNCTIONS as readonly string[]).includes(ctx.word(also - 1)) ? also - 1 : also;
  if (st.sentenceStart[sn] !== start || h.t1 >= ctx.toks.count || st.sentence[h.t1] !== sn) return false;
  // «يذكر أن …», «يشار إلى أن …»: the outlet's own background, in the passive.
  if (ctx.is(h.t0, ctx.lex.wordLists.background)) return false;
  const that = ctx.lex.wordLists.that;
  let next = ctx.is(h.t1, ctx.lex.wordLists.prepositions) && h.t1 + 1 < ctx.toks.count ? h.t1 + 1 : h.t1;
  // «… أفاد في وقت سابق أن», «وأكد أمس أن», «وقالت اليوم (الأحد)، إن»: time words may come before what was said.
  while (next < h.t1 + 4 && next + 1 < ctx.toks.count && !ctx.is(next, that) && ctx.is(next, ctx.lex.wordLists['time-words'])) next++;
  if (st.sentence[next] !== sn) return false;
  // «وقال: “كان يركض في نهاية نفق، ويبكي ووراءه ثلاثة من أطفاله”»: a colon right after the verb
  // opens what was said as «أن» does (a quotation mark alone may hold a name: «ونقل “الهواش” إلى المستشفى»).
  if (!c.according && !c.statement && colonBefore(ctx, next)) return true;
  // «وأشار إلى إصابة 7 من عناصر المعارضة»: a verb of pointing and «إلى»/«عن» open what was said too.
  return ctx.is(next, that) || (ctx.is(h.t0, ctx.lex.wordLists['pointing-verbs']) && next === h.t1 + 1 && ctx.is(h.t1, ctx.lex.wordLists['pointing-particles']));
}

/** The first continuation cue's token in sentence `sn`, if any. */
export function continuation(cues: CueTables, sn: number): number | undefined {
  return cues.continuesAt[sn] >= 0 ? cues.continuesAt[sn] : undefined;
}

/**
 * A source is in a source role when a cue introduces it in the same clause («أفادت مصادر»),
 * follows it closely («الأخبار الواردة من مدينة الحسكة، تؤكد»), or is «بحسب»-like right
 * before it; cue and source on the same side of any quotation mark.
 */
export function hasCue(ctx: Ctx, cues: CueTables, t0: number, t1 = t0 + 1): boolean {
  const { st } = ctx;
  if (cues.accordingEnds[t0] === 1 || reportedFrom(ctx, cues, t0)) return true;
  const list = cues.cuesBySentence[st.sentence[t0]];
  // «“القيادة المركزية الأميركية” تعلن»: a name in quotation marks of its own stands outside them.
  const q0 = st.quote[t0];
  const own = q0 >= 0 && st.quotes[q0].t0 === t0 && (st.quotes[q0].t1 === t1 || quotedName(ctx, q0, t1)) ? -1 : q0;
  for (let i = 0; list !== undefined && i < list.length; i++) {
    const h = list[i];
    if (st.quote[h.t0] !== own) continue;
    // «وأضاف المصدر»: a continuing cue names only the source right after it («مؤكداً حدوث التباس في المعلومات» does not).
    // «وقالت المنظمة في تقرير إن السكان …»: after «إن» comes what was said, not who said it.
    // «وأضافت هذه المصادر»: a word pointing back may stand between.
    const demonstrative = t0 > 0 && t0 - 1 === h.t1 && ctx.is(h.t1, ctx.lex.wordLists.demonstratives);
    const reach = cues.cues[h.index].continues || cues.cues[h.index].adjacent ? (demonstrative ? 1 : 0) : 3;
    // «وأبلغت الأهالي بضرورة …»: after a verb of telling, a definite word is who was told.
    const told = cues.cues[h.index].adjacent === true && ctx.is(t0, WITH_ARTICLE);
    // «وكانت مصادر … وشهود أفادوا فرانس برس بأن»: a verb in the plural follows its subject; the name right after it is whom it told.
    const object = t0 === h.t1 && PLURAL_VERB_END.test(ctx.word(h.t1 - 1));
    if (
      h.t1 <= t0 &&
      near(ctx, cues, h, t0, reach) &&
      !told &&
      !object &&
      st.clause[h.t0] === st.clause[t0] &&
      !thatBetween(ctx, h.t1, t0) &&
      (!eventBetween(ctx, h.t1, t0) || publishedBy(ctx, t0))
    )
      return true;
    // «الأخبار الواردة من مدينة الحسكة، تؤكد»: a finite verb of saying after its subject —
    // not a participle («مشيراً») that continues someone else's speech.
    // «بحسب» after it introduces another source, not this one's words; a preposition's object is no subject.
    if (
      h.t0 >= t1 &&
      h.t0 - t1 <= 8 &&
      (!cues.cues[h.index].continues || finiteSaying(ctx, cues, h)) &&
      !cues.cues[h.index].according &&
      (h.t0 - t1 <= 1 || !prepositionsObject(ctx, t0)) &&
      subjectBefore(ctx, cues, h, t0)
    )
      return true;
    if (h.t0 >= t1 && recalledSubject(ctx, cues, h, t0)) return true;
  }
  return false;
}

/**
 * «طلبت المليشيات الإيرانية من أهالي مدينة البوكمال التجمع لمشاهدة عملية اعدام من قالت إنهم
 * عملاء»: vague words right after a preposition are its object, no subject of a verb further on —
 * unless the preposition draws them from a group («عدد من سكان القرية الذين رووا»). (A verb right
 * after them describes them: «من مصادر موثوقة أكدت أن».)
 */
function prepositionsObject(ctx: Ctx, t0: number): boolean {
  const { st } = ctx;
  if (t0 === 0 || !ctx.hasHit('vagueSources', t0) || st.clause[t0 - 1] !== st.clause[t0] || !ctx.is(t0 - 1, ctx.lex.wordLists.prepositions)) return false;
  return !(t0 > 1 && (ctx.is(t0 - 2, ctx.lex.wordLists['part-of-group']) || countAt(ctx, t0 - 2)));
}

/**
 * «المصدر أضاف أن قسد قابلت …»: a continuing verb of saying, finite (no participle), with «أن»/«إن»
 * right after it opens what its subject before it said.
 */
function finiteSaying(ctx: Ctx, cues: CueTables, h: Hit): boolean {
  const c = cues.cues[h.index];
  return !c.participle && !c.wholeSentence && h.t1 < ctx.toks.count && ctx.st.sentence[h.t1] === ctx.st.sentence[h.t0] && ctx.is(h.t1, ctx.lex.wordLists.that);
}

/** A past verb in the masculine plural («أفادوا», «قالوا»): its subject came before it. */
export const PLURAL_VERB_END = /وا$/;

/**
 * Whether a source at `t0` is within `reach` words of cue `h` ending before it, or of where the
 * author of a report right after the cue starts: «بحسب بيان صحفي لإدارة الإعلام في وزارة الدفاع».
 */
function near(ctx: Ctx, cues: CueTables, h: Hit, t0: number, reach: number): boolean {
  if (t0 - h.t1 <= reach) return true;
  const owner = reportOwnerAt(ctx, cues.cues[h.index].statement ? h.t0 : h.t1);
  return owner !== undefined && owner <= t0 && t0 - owner <= reach;
}

/** Whether a count opens at token `t`: a number, a number word or a quantity («700 شخص», «المئات», «عشرات العائلات»). */
export function countAt(ctx: Ctx, t: number): boolean {
  return t < ctx.toks.count && (ctx.toks.kind[t] === TokenKind.Number || ctx.hasHit('numberWords', t) || ctx.hasHit('vagueQuantities', t));
}

/** Words a subject recalled with «كان … قد» may run to before its verb («وكان مصدر طبي في الإدارة الذاتية لمناطق شمال شرق سوريا قد قال»). */
const RECALLED_SUBJECT = 16;

/**
 * «وكان مصدر طبي في الإدارة الذاتية لمناطق شمال شرق سوريا قد قال»: «كان» right before the source
 * and «قد» right before the verb of saying, in one clause, frame the source as the verb's subject
 * however long its description.
 */
function recalledSubject(ctx: Ctx, cues: CueTables, h: Hit, t0: number): boolean {
  const { st } = ctx;
  const c = cues.cues[h.index];
  if (c.continues || c.according || t0 === 0 || h.t0 - t0 > RECALLED_SUBJECT) return false;
  if (!ctx.is(t0 - 1, ctx.lex.wordLists.pluperfect)) return false;
  if (!ctx.is(h.t0 - 1, ctx.lex.wordLists['verb-particles']) && !recalledOpening(ctx, t0, h)) return false;
  return st.clause[t0 - 1] === st.clause[h.t0] && st.clause[t0] === st.clause[h.t0];
}

/**
 * «وكانت هيئة الصحة فيما تسمى "الإدارة الذاتية" … أعلنت في وقت سابق»: with no «قد», «كان» opening
 * the sentence before the source still frames it as the subject of verb `h` — with no relative
 * pronoun, «أن» or other cue up to the verb, and no subject of the verb's own right after it
 * («… حين قال الأطباء»; «اتهمت «قسد»» names whom it accused).
 */
function recalledOpening(ctx: Ctx, t0: number, h: Hit): boolean {
  const { st } = ctx;
  if (st.sentenceStart[st.sentence[t0]] !== t0 - 1) return false;
  const relatives = ctx.lex.wordLists.relatives;
  const that = ctx.lex.wordLists.that;
  for (let k = t0; k < h.t0; k++) if (ctx.is(k, relatives) || ctx.is(k, that) || ctx.hasHit('cues', k)) return false;
  const k = h.t1;
  if (k >= ctx.toks.count || st.clause[k] !== st.clause[h.t0]) return true;
  if (ctx.refs.mentionAt[k] >= 0) return ctx.is(h.t0, ctx.lex.wordLists['accuse-verbs']);
  // «وكانت مصادر محلية قالت للأناضول»: whom it was told to.
  if (ctx.is(k, ctx.lex.wordLists['told-to']) || (ctx.hasHit('namedSources', k) && ctx.word(k).startsWith(LAM))) return true;
  return !ctx.hasHit('namedSources', k) && !ctx.hasHit('vagueSources', k) && !ctx.hasHit('titles', k) && !(ctx.is(k, WITH_ARTICLE) && !ctx.is(k, ctx.lex.wordLists['time-words']));
}

/**
 * Whether a verb of saying after a source at `t0` can have it for its subject: not when a party or
 * a source follows the verb as its own subject («تخويف السكان، بحسب ما أفادت مصادر محلية», «في وقت
 * أعلنت فيه قوات سوريا الديمقراطية»), nor when the verb opens a clause of its own with «و»
 * («بنقل المياه للسكان …، وقال المسؤول»).
 */
function subjectBefore(ctx: Ctx, cues: CueTables, h: Hit, t0: number): boolean {
  const { st, toks } = ctx;
  // «أعلنت فيه قوات …»: the subject may come after a preposition with a pronoun.
  const k = h.t1 + 1 < toks.count && ctx.is(h.t1, ctx.lex.wordLists.resumptive) ? h.t1 + 1 : h.t1;
  // (A verb in the plural has its subject before it: what follows is whom it told, «أفادوا فرانس برس».)
  const plural = PLURAL_VERB_END.test(ctx.word(h.t1 - 1));
  if (!plural && k < toks.count && st.clause[k] === st.clause[h.t0] && (ctx.refs.mentionAt[k] >= 0 || ctx.hasHit('namedSources', k) || ctx.hasHit('vagueSources', k))) return false;
  // «أجبر تنظيم داعش سكان المدينة، التي أعلن أنها عاصمة», «التحقيق في جميع التقارير التي تفيد»: a
  // verb after a relative pronoun for things belongs to the clause it opens, about the noun before
  // it or reports told of, not to a source saying it. A relative for people may be the source's
  // own («عدد من سكان القرية الذين رووا»).
  for (let j = t0 + 1; j < h.t0; j++) if (ctx.is(j, ctx.lex.wordLists.relatives) && !ctx.is(j, ctx.lex.wordLists['people-relatives'])) return false;
  // «وثقت», «وردت», «وصف»: a «و» of the verb's own is no conjunction. A verb joined by «و» goes on
  // with the subject of the clause before it («تتهم … باحتجاز ثلاثة قيادات كوردية وتقول»).
  if (st.clause[h.t0] === st.clause[t0] && cues.cues[h.index].statement) return true;
  return !prefixed(cues.cues[h.index], ctx.word(h.t0), WAW_ONLY);
}

/** «و» alone among the proclitics a cue may carry. */
const WAW_ONLY = [WAW] as const;

/**
 * «ونقلت شبكة "فوكس نيوز"، أمس عن مصدرين مطلعين»: a source after «عن», a few words after a verb of
 * reporting in its sentence, is where the report comes from.
 */
function reportedFrom(ctx: Ctx, cues: CueTables, t0: number): boolean {
  if (t0 === 0 || ctx.word(t0 - 1) !== 'عن' || ctx.st.clause[t0 - 1] !== ctx.st.clause[t0]) return false;
  for (const h of cues.cuesBySentence[ctx.st.sentence[t0]] ?? []) if (h.t1 < t0 && t0 - h.t1 <= 8 && !cues.cues[h.index].according) return true;
  return false;
}

/** Whether a colon stands between token `t - 1` and token `t`: «وقال عبد الرحمن: "…"», «"سانا": …». */
export function colonBefore(ctx: Ctx, t: number): boolean {
  const { text, toks } = ctx;
  for (let i = toks.end[t - 1]; i < toks.start[t]; i++) if (text.charCodeAt(i) === 0x3a) return true;
  return false;
}

/**
 * «وقال عبد الرحمن: "تأكد مقتل 30"»: up to four words after a verb of saying, then a colon and a
 * quotation; the words before the colon name the speaker. Returns where the name ends.
 */
export function colonQuote(ctx: Ctx, t0: number): number | undefined {
  const { st, toks, text } = ctx;
  for (let t = t0; t < t0 + 4 && t + 1 < toks.count && st.sentence[t + 1] === st.sentence[t0]; t++) {
    if (colonBefore(ctx, t + 1)) return st.quote[t + 1] >= 0 && st.quotes[st.quote[t + 1]].t0 === t + 1 ? t + 1 : undefined;
    if (text.slice(toks.end[t], toks.start[t + 1]).trim() !== '') return undefined;
  }
  return undefined;
}

/** How many words after a speaker's name a quotation opened by a colon may still be theirs. */
const QUOTE_REACH = 30;

/**
 * «قال رامي عبد الرحمن ، رئيس المرصد …: “قُتل …”», «وأعلن أبو الغيط، عن …، قائلا: «…»»: where a
 * speaker's name right after a verb of saying ends, when a quotation opened by a colon follows
 * later in the sentence with no «إن»/«أن» before it. The name is its clause's first words (up to
 * four), ending at the clause's end or where the words of its setting start («وقال غريفيث خلال جلسة …:»:
 * the word list `speech-settings`).
 * Undefined otherwise.
 */
export function nameBeforeColonQuote(ctx: Ctx, t: number): number | undefined {
  const { st, toks } = ctx;
  const that = ctx.lex.wordLists.that;
  let q: number | undefined;
  for (let x = t + 1; x < toks.count && x <= t + QUOTE_REACH && st.sentence[x] === st.sentence[t]; x++) {
    if (ctx.is(x, that)) return undefined;
    if (colonBefore(ctx, x)) {
      if (st.quote[x] >= 0 && st.quotes[st.quote[x]].t0 === x) q = x;
      break;
    }
  }
  if (q === undefined) return undefined;
  let e = t;
  const setting = ctx.lex.wordLists['speech-settings'];
  while (e < q && e - t < 5 && st.clause[e] === st.clause[t] && toks.kind[e] === TokenKind.Arabic && !ctx.is(e, setting)) e++;
  const ends = e === q || st.clause[e] !== st.clause[t] || ctx.is(e, setting);
  return e > t && e - t <= 4 && ends ? e : undefined;
}

/** Words a name may have between a verb of announcing and what it announced: a body's full name runs long («التنسيقية الوطنية لعائلات العالقين والمعتقلين المغاربة في سوريا والعراق»). */
const ABOUT_NAME = 10;

/**
 * «أعلنت لجنة الاستجابة في حلب عن استقبال 142 ألف نازح», «أعلنت لجنة الإنقاذ الدولية وفاة 12
 * شخصاً»: where a speaker's name right after a verb of announcing ends, when what was announced
 * follows it in its clause — after «عن», or (after a verb that `announces`) as a toll or arrest word. The name is up to {@link ABOUT_NAME} words,
 * with no «إن»/«أن» before it ends; a time set off by commas after it («، يوم الخميس،»), or a comma alone,
 * is no part of it. Undefined otherwise.
 */
export function nameBeforeAbout(ctx: Ctx, t: number, announces = false): number | undefined {
  const { st, toks } = ctx;
  const about = ctx.lex.wordLists['announced-about'];
  const announced = (x: number) => ctx.is(x, about) || (announces && ctx.hasHit('countCues', x));
  let e = t;
  while (e < toks.count && e - t <= ABOUT_NAME && st.clause[e] === st.clause[t] && toks.kind[e] === TokenKind.Arabic && !announced(e)) e++;
  if (e === t || e - t > ABOUT_NAME || e + 1 >= toks.count) return undefined;
  // «، يوم الخميس، عن»: a clause of time words only, between the name and what was announced.
  let w = e;
  if (st.clause[e] !== st.clause[t]) {
    // («، عن»: the word of what was announced right after the comma is no time word.)
    while (w < toks.count && w - e < 4 && st.clause[w] === st.clause[e] && !announced(w) && (ctx.is(w, ctx.lex.wordLists['not-a-name']) || toks.kind[w] === TokenKind.Number)) w++;
    if (w >= toks.count || (w > e && st.clause[w] === st.clause[e])) return undefined;
    // «أعلن الرئيس التركي، رجب طيب أردوغان، عن»: the title's name in apposition, between commas.
    if (w === e && !announced(w)) {
      const n = appositionName(ctx, e);
      if (n !== undefined && announced(n) && n + 1 < toks.count && st.clause[n + 1] === st.clause[n]) return n;
    }
  }
  if (!announced(w) || st.clause[w + 1] !== st.clause[w]) return undefined;
  // «تحدثت فيه عن», «فور الإعلان عنه عن مقتل»: a pronoun after a preposition is no name.
  if (ctx.is(t, ctx.lex.wordLists['not-a-name']) || ctx.is(t, ctx.lex.wordLists['about-pronouns'])) return undefined;
  for (let x = t; x < e; x++) if (ctx.is(x, ctx.lex.wordLists.that) || ctx.is(x, ctx.lex.wordLists.resumptive)) return undefined;
  return e;
}

/** Words of a name in apposition between commas. */
const APPOSED_NAME = 4;

/** The end of a clause at `e` of one to {@link APPOSED_NAME} words that can be a name, when the next clause starts right after it. */
function appositionName(ctx: Ctx, e: number): number | undefined {
  const { st, toks } = ctx;
  let n = e;
  while (n < toks.count && st.clause[n] === st.clause[e] && toks.kind[n] === TokenKind.Arabic && !ctx.is(n, ctx.lex.wordLists['not-a-name'])) n++;
  return n > e && n - e <= APPOSED_NAME && n < toks.count && st.clause[n] !== st.clause[e] && st.sentence[n] === st.sentence[e] ? n : undefined;
}

/** «وأعلنت قسد اعتقال قيادي في التنظيم»: a casualty or arrest word in `a` … `b - 1` makes the word after it its object, not a source. */
export function eventBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (ctx.hasHit('countCues', t)) return true;
  return false;
}

/** Words a quoted name may run past the title the lists know, and words on from it to the «إن» that opens what was said. */
const QUOTED_NAME_WORDS = 3;
const QUOTED_NAME_TO_THAT = 6;

/**
 * «وقال "المجلس التنفيذي لإقليم الجزيرة" التابع لـ"الإدارة الذاتية"، إن …»: quotation `q` holds a
 * speaker's name, a few words past the source ending at `t1`, when «إن»/«أن» follows it shortly in
 * its sentence (what was said comes after it) and none sits inside it.
 */
function quotedName(ctx: Ctx, q: number, t1: number): boolean {
  const { st, toks } = ctx;
  const { t1: e } = st.quotes[q];
  if (e < t1 || e - t1 > QUOTED_NAME_WORDS || thatBetween(ctx, t1, e)) return false;
  const that = ctx.lex.wordLists.that;
  for (let t = e; t < toks.count && t <= e + QUOTED_NAME_TO_THAT && st.sentence[t] === st.sentence[e - 1]; t++) if (ctx.is(t, that)) return true;
  return false;
}

/** Whether a «إن»/«أن» opening what was said stands between tokens `a` (inclusive) and `b`. */
export function thatBetween(ctx: Ctx, a: number, b: number): boolean {
  const that = ctx.lex.wordLists.that;
  for (let t = a; t < b; t++) if (ctx.is(t, that)) return true;
  return false;
}

/** A cue right next to the source, in its clause: ending just before it («أفادت مواقع») or starting just after it («مواقع اعترفت»). */
export function hasAdjacentCue(ctx: Ctx, cues: CueTables, t0: number, t1: number): boolean {
  const { st } = ctx;
  if (cues.accordingEnds[t0] === 1) return true;
  for (const h of cues.cuesBySentence[st.sentence[t0]] ?? []) {
    if (st.clause[h.t0] !== st.clause[t0]) continue;
    // After the words, a verb of saying is theirs; «وفقاً لـ» there brings in someone else («وجرح عشرات آخرون وفقاً لمركز العمليات»).
    const after = h.t0 === t1 || (h.t0 === t1 + 1 && ctx.is(t1, DEFINITE_NISBA_PEOPLE));
    if (h.t1 === t0 || (after && !cues.cues[h.index].continues && !cues.cues[h.index].according)) return true;
  }
  return false;
}

/** The first token in `a` … `b - 1` where a cue starts, if any. */
export function cueBetween(cues: CueTables, a: number, b: number): number | undefined {
  for (let t = a; t < b; t++) if (cues.cueStart[t] === 1) return t;
  return undefined;
}

/**
 * «وقال حسو لشبكة رووداو …، إن»: the end of a speaker's name right after a verb of saying — the
 * first word of what they were told to («لشبكة», «لوكالة»: the told-to list), at most
 * {@link TOLD_REACH} words on, before any «إن», and in the name's clause — when «إن» or «أن» opens what was said later in the sentence, or
 * a colon and a quotation follow what they were told to. Undefined otherwise.
 */
export function toldTo(ctx: Ctx, t: number): number | undefined {
  const { st, toks } = ctx;
  const that = ctx.lex.wordLists.that;
  let k = t;
  while (k < t + TOLD_REACH && k < toks.count && st.clause[k] === st.clause[t] && toks.kind[k] === TokenKind.Arabic && !isToldWord(ctx, k) && !ctx.is(k, that)) k++;
  if (k === t || k >= toks.count || st.clause[k] !== st.clause[t] || !isToldWord(ctx, k)) {
    // «وقال الملازم في شرطة نينوى جمال الحمداني، لمراسل الأناضول، إن»: a longer name, set off by
    // a comma from what it was told to.
    k = t;
    while (k < t + TOLD_AFTER_COMMA && k < toks.count && st.clause[k] === st.clause[t]) k++;
    if (k === t || k >= t + TOLD_AFTER_COMMA || k >= toks.count || st.sentence[k] !== st.sentence[t] || !isToldWord(ctx, k)) return undefined;
  }
  for (let x = k + 1; x < k + 16 && x < toks.count && st.sentence[x] === st.sentence[t]; x++) if (ctx.is(x, that)) return k;
  // «وقال عبد الرحمن لوكالة فرانس برس: "…"»: a quotation after a colon, in place of «إن».
  return colonQuote(ctx, k) !== undefined ? k : undefined;
}

/**
 * Words a speaker's name and title may run to before what they were told to, with no comma
 * between («وقال الإداري في "البيت الإيزيدي" إلياس سيدو بتصريح إلى "سمارت" إنهم سلموا»).
 */
const TOLD_REACH = 8;

/** Words a speaker's name and title may run to before the comma that sets off what they were told to. */
const TOLD_AFTER_COMMA = 10;

/** A word of the told-to list («لشبكة», «لوكالة»). */
function isToldWord(ctx: Ctx, t: number): boolean {
  return ctx.is(t, ctx.lex.wordLists['told-to']);
}
