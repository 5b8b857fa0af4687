/**
 * Figures: every count of people, things or money — digits («40.000 طالب»), number words
 * («سبعة عشر أسيراً», «مئتي سجين») and vague quantities («العشرات من عناصرها», «مئات
 * الآلاف») — with its attribution class, an approximate flag and an interested-party flag.
 * Dates, clock times, durations, list numbering, unit names and page chrome are not figures.
 */
import type { Ctx } from '../resolve';
import { writtenDefinite } from '../resolve/targets';
import { countedKind } from '../terms/lexicon';
import type { ApproximatorEntry, NotCountedEntry, NumberWordEntry, SourceEntry } from '../terms/schema';
import { CONJUNCTIONS, PREPOSITIONS, WITH_ARTICLE, isWaw, opensWithWaw } from '../text/clitics';
import { originalEnd } from '../text/normalize';
import { TokenKind } from '../text/tokenize';
import { wordClass, wordValue } from '../text/words';
import { DRAFT, note, type Detector, type Draft } from './draft';
import { scratchUint8 } from '../text/scratch';

interface NumberSpan {
  t0: number;
  t1: number;
  value: number | null;
  vague: boolean;
  digits: boolean;
  /** A dual noun, its own count of two («شاحنتين»). */
  dual?: boolean;
}

/** «شاحنتين», «طفلان»: a dual noun at token `t` — not one a number word after it counts («مواطنان اثنان»). */
function dualAt(ctx: Ctx, t: number): NumberSpan | undefined {
  const h = ctx.hitAt('counted', t);
  if (!h || h.t0 !== t || !(ctx.lex.list.counted ?? [])[h.index]?.dual) return undefined;
  // «القريتين», «الطفلين»: with the article, the two already counted, named again.
  if (writtenDefinite(ctx, t)) return undefined;
  if (h.t1 < ctx.toks.count && sameClause(ctx, t, h.t1) && numberWordValue(ctx, h.t1)) return undefined;
  return { t0: t, t1: h.t1, value: 2, vague: false, digits: false, dual: true };
}

/** «40.000» (dot for thousands), «1,200», «450،000», «6,539», «2.5», «3,5» (a decimal comma). */
export function parseDigits(w: string): number | null {
  if (/[/:]/.test(w)) return null;
  if (/^\d{1,3}([.,،]\d{3})+$/.test(w)) return Number(w.replace(/[.,،]/g, ''));
  // A comma not followed by a group of three digits is a decimal comma («3,5», «1.200,5»).
  if (/^(?:\d+|\d{1,3}(?:\.\d{3})+),\d+$/.test(w)) return Number(w.replace(/\./g, '').replace(',', '.'));
  const v = Number(w.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** The value of each distinct number token, read once (null when it is not a count). */
const DIGITS_VALUE = wordValue(parseDigits);
/** «2017/3/6», «18:02»: a date or a clock time. */
const DATE_OR_TIME = wordClass(/[/:]/);
/** A percent sign right after a number, with at most one space before it. */
const PERCENT = /\s?%/y;
/**
 * A currency written as a sign or an abbreviation right after a number: «400 ل.س», «4200 ل. س»
 * (Syrian pounds), «ل.ت» (Turkish), «ل.ل» (Lebanese), «د.ع» (Iraqi dinars), «د.ا» (Jordanian),
 * «30$», «€», «£» — not a word that goes on («ل.سوريا»).
 */
const CURRENCY_SIGN = /\s?(?:[$€£]|ل\.\s?[ستل]|د\.\s?[عا])(?![\u0621-\u064a])/y;

function notCountedKind(ctx: Ctx, t: number): NotCountedEntry['kind'] | undefined {
  return notCountedAt(ctx, t)?.kind;
}

function notCountedAt(ctx: Ctx, t: number): NotCountedEntry | undefined {
  const entry = ctx.hitEntry('notCounted', t);
  return entry >= 0 ? (ctx.lex.list.notCounted ?? [])[entry] : undefined;
}

function numberWordValue(ctx: Ctx, t: number): { value: number; t1: number } | undefined {
  const h = ctx.hitAt('numberWords', t);
  if (!h) return undefined;
  return { value: ((ctx.lex.list.numberWords ?? []) as NumberWordEntry[])[h.index].value, t1: h.t1 };
}

function vagueValue(ctx: Ctx, t: number): { value: number; t1: number } | undefined {
  const h = ctx.hitAt('vagueQuantities', t);
  if (!h) return undefined;
  return { value: ((ctx.lex.list.vagueQuantities ?? []) as NumberWordEntry[])[h.index].value, t1: h.t1 };
}

function sameClause(ctx: Ctx, a: number, b: number): boolean {
  return b < ctx.toks.count && ctx.st.clause[a] === ctx.st.clause[b];
}

/** Reads a number starting at token `t`: digits, words, compounds («115 ألف», «سبعة عشر», «مئات الآلاف»). */
function readNumber(ctx: Ctx, t: number): NumberSpan | undefined {
  const { toks } = ctx;
  let span: NumberSpan | undefined;
  if (toks.kind[t] === TokenKind.Number) {
    span = { t0: t, t1: t + 1, value: ctx.words.derive(ctx.ids[t], DIGITS_VALUE), vague: false, digits: true };
  } else {
    const w = numberWordValue(ctx, t);
    if (w) span = { t0: t, t1: w.t1, value: w.value, vague: false, digits: false };
    else {
      const v = vagueValue(ctx, t);
      if (v) span = { t0: t, t1: v.t1, value: null, vague: true, digits: false };
      else return dualAt(ctx, t);
    }
  }
  if (!span) return undefined;
  // The thousands word the span ends in so far («ألف», «مليون»), whose rest may follow after «و».
  // A number of hundreds written out takes its rest the same way («مئتين وخمسة وسبعين»).
  let unit = !span.digits && span.value !== null && span.value >= 1000 ? thousandsOf(span.value) : !span.digits && hundreds(span.value) ? 100 : 0;
  // Compounds: «سبعة عشر», «خمسة وعشرون», «115 ألف», «ثلاثة آلاف», «مئات الآلاف», «ألف و500».
  for (let guard = 0; guard < 6 && sameClause(ctx, span.t0, span.t1); guard++) {
    const nx = span.t1;
    const w = ctx.word(nx);
    const nw = numberWordValue(ctx, nx);
    const vq = vagueValue(ctx, nx);
    // The span is this reading's own: it grows in place.
    if (nw && nw.value === 10 && !span.digits && span.value !== null && span.value < 10) {
      span.t1 = nw.t1;
      span.value = span.value + 10;
    } else if (nw && nw.value >= 1000 && span.value !== null) {
      span.t1 = nw.t1;
      span.value = span.value * nw.value;
      unit = thousandsOf(nw.value);
    } else if (vq && vq.value >= 1000) {
      span.t1 = vq.t1;
      span.value = span.value !== null && !span.vague ? span.value * vq.value : null;
      unit = vq.value;
    } else if (unit > 0 && span.value !== null && (isWaw(w) ? nx + 1 < toks.count && toks.kind[nx + 1] === TokenKind.Number : opensWithWaw(w) && nw !== undefined)) {
      // «نحو ألف و500 شاحنة», «إلى مليون و40 ألف ليرة», «أكثر من ألف وستمائة قتيل»: the rest of a
      // number after its thousands word, smaller than that word's unit — not a second number
      // («بين 81 ألفًا و100 ألف»).
      const rest = readNumber(ctx, isWaw(w) ? nx + 1 : nx);
      if (!rest || rest.vague || rest.value === null || rest.value >= unit || !sameClause(ctx, span.t0, rest.t1 - 1)) break;
      span.t1 = rest.t1;
      span.value = span.value + rest.value;
      if (rest.value >= 1000) unit = thousandsOf(rest.value);
    } else if (opensWithWaw(w) && !span.digits && span.value !== null && span.value < 10) {
      const rest = numberWordValue(ctx, nx);
      if (rest && rest.value >= 20 && rest.value < 100) {
        span.t1 = rest.t1;
        span.value = span.value + rest.value;
      } else break;
    } else break;
  }
  return span;
}

/** Whether a value is a whole number of hundreds below a thousand: «مئة», «مئتي», «سبعمئة». */
function hundreds(v: number | null): boolean {
  return v !== null && v >= 100 && v < 1000 && v % 100 === 0;
}

/** The power of a thousand a value is counted in: «ألفين» in thousands, «مليوني» in millions. */
function thousandsOf(v: number): number {
  return 1000 ** Math.floor(Math.log10(v) / 3);
}

/** Whether a value is a year of the modern era as news writes it («2017», «1980–2011»). */
function isYear(v: number | null): boolean {
  return v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** Is the number a date, a time, a duration, a list item, a unit name or an ordinal? */
function isExcluded(ctx: Ctx, n: NumberSpan): boolean {
  const { toks, text, st } = ctx;
  const t = n.t0;
  if (n.digits) {
    if (ctx.is(t, DATE_OR_TIME)) return true; // 2017/3/6, 18:02
    // «في تمام الساعة 50: 09», «في 24/ 6 / 2023»: a clock time or a date with spaces in it.
    if (t > 0 && toks.kind[t - 1] === TokenKind.Number && /^\s*[:/]\s*$/.test(text.slice(toks.end[t - 1], toks.start[t]))) return true;
    // List numbering: first token of its line, followed by «-», «)», «.» or «:».
    if (st.lineStart[st.line[t]] === t) {
      const gap = text.slice(toks.end[t], t + 1 < toks.count ? toks.start[t + 1] : text.length);
      if (/^\s*[-–).:]/.test(gap)) return true;
    }
    // «الـ15»: an ordinal — not «ما يفوق الـ300 من المقاتلين», the article on a count of something,
    // nor digits times a thousands word («من بين الـ13 ألف الذين أرسلتهم تركيا»).
    if (t > 0 && n.t1 - t === 1 && toks.end[t - 1] === toks.start[t] && ctx.word(t - 1) === 'ال' && !(t + 1 < toks.count && ctx.word(t + 1) === 'من')) return true;
  }
  // «ليلة الاثنين موقعاً», «اليوم الإثنين سيارة»: the day, not the number two before a noun.
  if (!n.digits && n.t1 - n.t0 === 1 && ctx.is(t, ctx.lex.wordLists['day-words'])) return true;
  const beforeEntry = t > 0 && sameClause(ctx, t - 1, t) ? notCountedAt(ctx, t - 1) : undefined;
  const before = beforeEntry?.kind;
  // «عام 2019», «الفوج 137», «آب 2025», «يوم 5»: a time word or a unit name before the number —
  // not a span of time, which names no number after it («قتل خلال شهرين 3 آلاف من مسلحي التنظيم»,
  // «قد أعدم قبل أسابيع 200 من عناصره»), though a number word may count it («سنوات أربع مرت»);
  // nor a year a scene is set in, a year of life only after its number («وقتل خلال عام 300 مدني»).
  const sceneYear = before === 'age' && t > 1 && sameClause(ctx, t - 2, t) && ctx.is(t - 2, ctx.lex.wordLists['scene-words']);
  // «الأكثر دموية هذا العام 15 قتيلاً», «واستشهد في مجزرة 25 حزيران 233 مدنياً»: after a month or
  // a date word, digits that are no year and a counted noun right after them are a count.
  const counts = n.digits && !isYear(n.value) && sameClause(ctx, t, n.t1) && ctx.hasHit('counted', n.t1);
  const dated = counts && (before === 'month' || before === 'date');
  if (before && !sceneYear && !dated && !(beforeEntry?.span && (n.digits || n.vague))) return true;
  // «كانون الثاني 2018», «تشرين الأول 2019»: a month of two words — not a month, then any word
  // («يوم الأحد 8 أيلول سراح 4 من أعضاء المجلس», «في نهاية تموز/يوليو نحو 200 مدني»).
  if (t > 1 && !counts && sameClause(ctx, t - 2, t) && notCountedKind(ctx, t - 2) === 'month' && ctx.is(t - 1, ctx.lex.wordLists['month-ordinals'])) return true;
  const after = sameClause(ctx, t, n.t1) ? notCountedKind(ctx, n.t1) : undefined;
  if (after === 'duration' || after === 'age' || after === 'month' || after === 'measure' || after === 'abstract') return true;
  // «في 10 من آب», «يوم 14 من تشرين الأول», «وفي 16 من الجاري»: a day of a month, the month after «من».
  if (n.digits && n.t1 + 1 < ctx.toks.count && ctx.is(n.t1, ctx.lex.wordLists.from) && sameClause(ctx, t, n.t1 + 1)) {
    if (notCountedKind(ctx, n.t1 + 1) === 'month' || ctx.is(n.t1 + 1, ctx.lex.wordLists['this-month'])) return true;
  }
  // «وقتل شاب يبلغ 25 من العمر», «خمسة وعشرين من عمره»: an age, a word for it after «من».
  if (n.t1 + 1 < ctx.toks.count && ctx.is(n.t1, ctx.lex.wordLists.from) && sameClause(ctx, t, n.t1 + 1) && ctx.is(n.t1 + 1, ctx.lex.wordLists['age-words'])) return true;
  // «في 2017», «لعام ألفين واثنان وعشرين»: a year — not one that counts a noun after it, directly or
  // after «من» («يذكر أن 2000 من المسلحين الأكراد يقاتلون», «وكشف التقرير أن هناك 2000 من
  // المرتزقة», «إلى ألفين وخمسين ليرة»). A single number word is no year («عددهم نحو ألفين»).
  if ((n.digits || n.t1 - n.t0 > 1) && isYear(n.value) && !ctx.hasHit('counted', n.t1)) {
    return !(ctx.is(n.t1, ctx.lex.wordLists.from) && sameClause(ctx, t, n.t1 + 1) && ctx.hasHit('counted', n.t1 + 1));
  }
  return false;
}

/** The letters of «و», «ف», «ب», «ل», «ك»: a conjunction or a preposition on a word's front. */
const PROCLITIC_LETTERS = new Set([...CONJUNCTIONS, ...PREPOSITIONS].map((c) => c.charCodeAt(0)));

/** The counted noun after the number: directly, after «من», or a pronoun «منهم». */
function countedNoun(ctx: Ctx, n: NumberSpan): { t1: number; noun?: string; e?: number } | undefined {
  const { src, norm, toks } = ctx;
  if (n.dual) return { t1: n.t1, noun: ctx.word(n.t0) };
  const nx = n.t1;
  if (nx < toks.count && sameClause(ctx, n.t0, nx)) {
    const w = ctx.word(nx);
    // «مقتل 7 وإصابة 12»: a noun joined by «و» starts the next item, it is not what is counted —
    // unless the letter is the noun's own («فصائل»: the hit is the whole word, not a form after it).
    // Nor does a noun behind a preposition («في عام 2014 بهدف محاربة …»): a counted noun right
    // after its number carries none («بلدات», «لاجئين»: letters of their own).
    const countedEnd = ctx.hitEnd('counted', nx);
    const nounEnd = PROCLITIC_LETTERS.has(w.charCodeAt(0)) && countedEnd >= 0 && !ownFirstLetter(ctx, nx) ? -1 : countedEnd;
    // «بطائرة واحدة قياديين من قيادات التنظيم»: «واحد» follows the noun it counts, never a noun after it.
    if (nounEnd >= 0 && (n.digits || n.value !== 1)) return { t1: nounEnd, noun: w };
    if (ctx.is(nx, ctx.lex.wordLists['of-them'])) return { t1: nx + 1 };
    if ((n.digits || (n.value ?? 0) >= 1000) && ctx.is(nx, ctx.lex.wordLists.nationals)) return { t1: nx + 1, noun: w };
    // «قال إن 150 ألفاً فروا»: people counted by what befell them, with no noun.
    if ((n.digits || (n.value ?? 0) >= 1000) && ctx.is(nx, ctx.lex.wordLists['fate-verbs'])) return { t1: n.t1 };
    // «أن 90 على الأقل من الرجال», «إن سبعة على الأقل من مقاتلي»: an approximator after the number
    // stands before «من».
    const ofWords = ctx.lex.wordLists['of-particles'];
    const of = ctx.is(nx, ofWords) ? nx : afterApproximator(ctx, nx);
    if (of !== undefined && ctx.is(of, ofWords) && sameClause(ctx, n.t0, of + 1)) {
      const partEnd = ctx.hitEnd('counted', of + 1);
      if (partEnd >= 0) return { t1: partEnd, noun: ctx.word(of + 1) };
      if (ctx.refs.mentionAt[of + 1] >= 0) return { t1: of + 2 };
      // «و2 من ميليشيا "زينبيون"», «5 من عناصر قسد»: a party's force, then the party.
      const force = sameClause(ctx, of, of + 2) && (ctx.hitEnd('labels', of + 1) === of + 2 || ctx.is(of + 1, ctx.lex.wordLists['construct-heads']));
      if (force && ctx.refs.mentionAt[of + 2] >= 0) return { t1: of + 3 };
      // «القبض على اثنين من أخطر متزعمي التنظيم», «تعليم اثنين من أبنائها»: a number of two or
      // more, then «من» and what it is a part of, counts some of them.
      if (!n.digits && partOf(ctx, n, of + 1)) return { t1: of + 2 };
      // Digits are read so only before a noun with the article, «من» set apart by a space alone
      // («واختطفوا 250 من المسيحيين», «مقتل 4 مدنيين عاملين في حقول الغاز و11 من الرعاة»): not a
      // share («80% من المدينة»), a day («16 من الجاري»), a number in brackets («(29) من نوعها», «م
      // (19) من الاتفاقية») or a place in a series, after the article or a noun with it («الوجبة
      // الـ31 من العائدين», «المرحلة 3 من الاتفاق»).
      if (n.digits && of === nx && plainGap(ctx, of) && !inSeries(ctx, n.t0) && ctx.is(of + 1, WITH_ARTICLE) && partOf(ctx, n, of + 1)) {
        return { t1: of + 2, noun: ctx.word(of + 1) };
      }
    }
    // A noun in the accusative of specification after digits: «عنصراً», «شخصاً» (tanwin fath in the original).
    if (n.digits && toks.kind[nx] === TokenKind.Arabic && !notCountedKind(ctx, nx)) {
      const word = src.slice(norm.start[toks.start[nx]], originalEnd(norm, toks.end[nx] - 1) + 1);
      if (word.includes('\u064b')) return { t1: nx + 1, noun: w };
    }
    // «أعدم تنظيم "داعش" اليوم الخميس عشرين كرديًّا», «الحريق الذي اندلع في نحو ثلاثين خزانا»: a
    // number written out from eleven to ninety-nine, alone or after its hundreds («خطف مئتين وعشرين
    // آشورياً»), governs a singular noun in the accusative (a measure or a span of time after it is
    // no count: «عشرين كيلومتراً»); not an ordinal («ذات التسعة عشر ربيعاً»).
    if (!n.digits && !n.vague && n.value !== null && n.value < 1000 && n.value % 100 > 10 && !ctx.is(n.t0, WITH_ARTICLE)) {
      if ((plainNoun(ctx, nx) || ctx.is(nx, ctx.lex.wordLists.nationals)) && writtenAccusative(ctx, nx)) return { t1: nx + 1, noun: w };
    }
    // «أكثر من مئة حاوية من الإمدادات», «دخل مائتا مقاتل من الثوار», «إلى نحو مئتي إيزيدية»: a
    // number of hundreds written out governs a singular noun in the genitive, whatever the noun.
    if (!n.digits && !n.vague && hundreds(n.value) && n.t1 - n.t0 === 1 && !ctx.is(n.t0, WITH_ARTICLE)) {
      if (plainNoun(ctx, nx) || ctx.is(nx, ctx.lex.wordLists.nationals)) return { t1: nx + 1, noun: w };
    }
  }
  if (governs(ctx, n)) return { t1: nx + 1, noun: ctx.word(nx) };
  // «نزح 25 ألفاً», «ومازال 400 ألف بحاجة للمساعدة», «يضم أكثر من 67 ألف مقيم»: digits times a
  // thousands word are a count whatever follows (a measure after it is not: «52 ألف كيلومتر مربع»),
  // with the noun it governs; so is a number written out past a thousand («قد يكون أكثر من مئة
  // ألف», «يضمنها أكثر من ألفي شرطي», «عددهم نحو ألفين»). «ألف» alone is a count only of a noun
  // that is counted («ألف مدني»): «يضعون ألف إشارة استفهام» is an idiom, «الألف الثالث قبل
  // الميلاد» a millennium.
  const thousands = n.digits ? timesThousands(ctx, n) : !n.vague && (n.value ?? 0) >= 1000 && !(n.value === 1000 && n.t1 - n.t0 === 1);
  if (thousands) {
    return nx < toks.count && sameClause(ctx, n.t0, nx) && plainNoun(ctx, nx) ? { t1: nx + 1, noun: ctx.word(nx) } : { t1: n.t1 };
  }
  // «مواطنان اثنان», «المدنيين التسعة»: a number word after the noun it counts, as its adjective
  // («الدفعة الواحدة» is «each batch», not a count). For one, see {@link oneCounted}.
  if (!n.digits && !n.vague && n.value !== null && n.value >= 1 && n.t0 > 0 && sameClause(ctx, n.t0 - 1, n.t0)) {
    const noun = countedEndingAt(ctx, n.t0);
    if (noun !== undefined && (n.value >= 2 || oneCounted(ctx, noun))) return { t1: n.t1, noun: ctx.word(noun) };
  }
  // Percentages: «30%», «30 بالمئة».
  const numEnd = toks.end[n.t1 - 1];
  PERCENT.lastIndex = numEnd;
  const pct = PERCENT.exec(ctx.text);
  if (pct) return { t1: n.t1, noun: '%', e: numEnd + pct[0].length };
  // Money by its sign or abbreviation: «وكيلو الطحين الأبيض 400 ل.س», «سعر تهريب الشخص الواحد 30$».
  if (n.digits) {
    CURRENCY_SIGN.lastIndex = numEnd;
    const cur = CURRENCY_SIGN.exec(ctx.text);
    if (cur) {
      const e = numEnd + cur[0].length;
      let t1 = n.t1;
      while (t1 < toks.count && toks.end[t1] <= e) t1++;
      return { t1, noun: cur[0].trim(), e };
    }
  }
  // A bare number after a count word: «قتل 3 وجرح 5», «بلغ عدد القتلى 50», «ارتفع عددهم إلى 30»,
  // «مقتل جندي وجرح اثنين» (a number word without the article: «الاثنين» is Monday).
  if (n.digits || (!n.vague && n.value !== null && n.value >= 2 && !ctx.is(n.t0, WITH_ARTICLE))) {
    for (let back = 1; back <= 4 && n.t0 - back >= 0; back++) {
      const t = n.t0 - back;
      if (!sameClause(ctx, t, n.t0)) break;
      if (ctx.hasHit('countCues', t)) return { t1: n.t1 };
    }
  }
  if (n.digits && reachedTotal(ctx, n)) return { t1: n.t1 };
  return undefined;
}

/**
 * Whether token `t` is written as a singular noun in the accusative: with tanwin fath («موقوفاً»),
 * on a final alif without it («خزانا»), or a feminine «ة», whose accusative is unwritten («أكثر من
 * عشرين حافلة»).
 */
function writtenAccusative(ctx: Ctx, t: number): boolean {
  const { src, norm, toks } = ctx;
  const last = norm.start[toks.end[t] - 1];
  return src.slice(norm.start[toks.start[t]], originalEnd(norm, toks.end[t] - 1) + 1).includes('\u064b') || /[^\u0627]\u0627$/.test(ctx.word(t)) || src[last] === 'ة';
}

/** Whether the digits at `t` follow the article or a noun with it in their clause, a place in a series: «الوجبة الـ31», «المرحلة 3». */
function inSeries(ctx: Ctx, t: number): boolean {
  return t > 0 && sameClause(ctx, t - 1, t) && (ctx.word(t - 1) === 'ال' || (ctx.is(t - 1, WITH_ARTICLE) && ctx.refs.mentionAt[t - 1] < 0));
}

/** Whether digits are times a thousands word, with or without a rest after it: «25 ألفاً», «49 ألفاً و394». */
function timesThousands(ctx: Ctx, n: NumberSpan): boolean {
  for (let k = n.t0 + 1; k < n.t1; k++) {
    if (ctx.hasHit('numberWords', k) || ctx.hasHit('vagueQuantities', k)) return true;
  }
  return false;
}

/** The token after an approximator that follows a number and starts at `t` («على الأقل»), if any. */
function afterApproximator(ctx: Ctx, t: number): number | undefined {
  const h = ctx.hitAt('approximators', t);
  return h && h.t0 === t && ((ctx.lex.list.approximators ?? []) as ApproximatorEntry[])[h.index].position === 'after' && h.t1 < ctx.toks.count ? h.t1 : undefined;
}

/** Words back from «إلى» to the count word or verb of rising of a total it reaches. */
const TOTAL_REACH = 12;

/**
 * «وارتفعت حصيلة القتلى الإجمالية نتيجة الأحداث إلى 102», «ليرتفع إلى 167 بينهم 59 طفلاً»,
 * «ارتفاع عدد القتلى من الجماعات المسلحة مجتمعة الى 35»: digits after «إلى» (or «إلى نحو»), with a
 * count word or a verb of rising or falling before it in the sentence, are the total reached.
 */
function reachedTotal(ctx: Ctx, n: NumberSpan): boolean {
  let to = n.t0 - 1;
  for (let k = to; k >= 0 && k >= n.t0 - 4; k--) if (ctx.hitEnd('approximators', k) === n.t0) to = k - 1;
  return to >= 0 && ctx.is(to, ctx.lex.wordLists['total-particles']) && sameClause(ctx, to, n.t0) && risesBefore(ctx, to);
}

/**
 * Whether the number governs the word right after it, what it counts whatever the noun: a number
 * word from three to ten its plural («السيطرة على أربعة أحياء», «وأعلنت ثلاث عشائر»), digits of
 * three or more their noun («استهدفت 5 مقار», «يتكون من 13 لجنة», «134 مادة»). Not the ten of a
 * compound or an ordinal («القرن الثامن عشر», «الحادية عشرة»).
 */
function governs(ctx: Ctx, n: NumberSpan): boolean {
  const t = n.t0;
  if (n.vague || n.value === null || n.value < 3 || n.t1 - t !== 1 || n.t1 >= ctx.toks.count || !sameClause(ctx, t, n.t1)) return false;
  if (n.digits) return Number.isInteger(n.value) && plainNoun(ctx, n.t1, true);
  if (n.value > 10 || ctx.is(t, WITH_ARTICLE) || ctx.word(t) === 'عشر' || (n.value === 10 && t > 0 && ctx.is(t - 1, WITH_ARTICLE))) return false;
  return plainNoun(ctx, n.t1);
}

/** Only spaces, or an opening quote, between the token before `t` and `t` as written: not «3ـ نادر خلو», «(9) قرب», «8” هبطت». */
function plainGap(ctx: Ctx, t: number): boolean {
  const a = ctx.norm.start[ctx.toks.end[t - 1]];
  return ctx.src[a - 1] !== 'ـ' && /^\s+["«“]?$/.test(ctx.src.slice(a, ctx.norm.start[ctx.toks.start[t]]));
}

/**
 * Whether the word at `t` can be a noun a number counts: a bare word, no article or proclitic, no
 * particle, place word, time or measure. A title or a source word is counted too («بينهم 4 ضباط»,
 * «يضم 14 لجنة», «ضمن 4 محافظات», «بينهم خمسة ضباط») unless it is a source the text cites, the
 * speaker of a claim («أكدت 3 مصادر سورية مطلعة أن …», «قالت ثلاثة مصادر أمنية»). After digits,
 * a word starting with «ك» may be the noun itself (see {@link ownKaf}).
 */
function plainNoun(ctx: Ctx, t: number, afterDigits = false): boolean {
  const w = ctx.word(t);
  if (t > 0 && !plainGap(ctx, t)) return false;
  if (ctx.toks.kind[t] !== TokenKind.Arabic || w.length < 3 || ctx.is(t, WITH_ARTICLE)) return false;
  if (PROCLITIC_LETTERS.has(w.charCodeAt(0)) && !ownFirstLetter(ctx, t) && !(afterDigits && ownKaf(ctx, t, w))) return false;
  if (ctx.hasHit('numberWords', t) || ctx.hasHit('vagueQuantities', t) || ctx.hasHit('approximators', t)) return false;
  if (ctx.is(t, ctx.lex.wordLists['not-a-name']) || ctx.is(t, ctx.lex.wordLists['region-words'])) return false;
  if (notCountedKind(ctx, t) || ctx.is(t, ctx.lex.wordLists.prepositions)) return false;
  return !(ctx.hasHit('vagueSources', t) || ctx.hasHit('titles', t)) || !cited(ctx, t);
}

/** Whether token `t` is in a source the text cites (one of its sentence's: a source does not run past its sentence). */
function cited(ctx: Ctx, t: number): boolean {
  const list = ctx.attr.bySentence.get(ctx.st.sentence[t]);
  return list !== undefined && list.some((c) => c.t0 <= t && t < c.t1);
}

/**
 * «استعادة 14 كنديا», «نحو 26 كيانا فرديا», «ستجرى في 7 كانتونات»: right after digits, a word
 * starting with «ك» is the noun itself, its letter its own — unless what follows the «ك» is a word
 * the lexicon reads alone, a counted noun, a number, a measure or a particle, which makes the «ك»
 * the preposition («كواحد من ثلاث مخيمات», «كما»), or a word written with «أ», an elative or
 * «أحد», «أول» («في المرتبة 3 كأكثر المدن تضررا», «عام 1957 كأول تنظيم»).
 */
function ownKaf(ctx: Ctx, t: number, w: string): boolean {
  if (!w.startsWith('ك') || ctx.src[ctx.norm.start[ctx.toks.start[t] + 1]] === 'أ') return false;
  const rest = w.slice(1);
  const { matcher } = ctx.lex;
  if (['counted', 'numberWords', 'vagueQuantities', 'notCounted'].some((section) => matcher.isBareForm(section, rest))) return false;
  return !ctx.lex.wordLists['not-a-name'].test(rest);
}

/**
 * Whether the word at `t`, after a number and «من», is what the number counts a part of: not an age
 * («الثامنة عشر من عمره»), not a word for a source alone («اثنان من المصادر افادا»); people a source
 * or a title names are counted unless the text cites them («إخلاء حوالي 20 من القادة», «إشراك
 * 3000- 5000 من النشطاء»).
 */
function partOf(ctx: Ctx, n: NumberSpan, t: number): boolean {
  if (n.vague || (n.value ?? 0) < 2 || ctx.is(n.t0, WITH_ARTICLE) || ctx.toks.kind[t] !== TokenKind.Arabic) return false;
  if (notCountedKind(ctx, t) || ctx.is(t, ctx.lex.wordLists['age-words'])) return false;
  const source = ctx.hitEntry('vagueSources', t);
  if (source >= 0 && ((ctx.lex.list.vagueSources ?? []) as SourceEntry[])[source].anySource) return false;
  return !(source >= 0 || ctx.hasHit('titles', t)) || !cited(ctx, t);
}

/**
 * «وإصابة مدني واحد», «بينها طفل واحد وسيدتان», «باستثناء شخص واحد»: one person is a count in a
 * tally — people without the article, joined to other items or after a casualty word or «بينهم».
 * Not «من عائلة واحدة» (one family), «هبة رجل واحد» (as one man), «دفعة واحدة» (at once).
 */
function oneCounted(ctx: Ctx, noun: number): boolean {
  if (countedKind(ctx.lex, ctx.hitEntry('counted', noun)) !== 'people' || ctx.is(noun, WITH_ARTICLE)) return false;
  if (opensWithWaw(ctx.word(noun)) && !ownFirstLetter(ctx, noun)) return true;
  const before = noun - 1;
  return before >= 0 && sameClause(ctx, before, noun) && (ctx.hasHit('countCues', before) || ctx.is(before, ctx.lex.wordLists['among-them']));
}

/** Whether token `t` is a counted noun whose first letter «و», «ف» or «ل» is its own, not a proclitic («فردا», «فصائل», «لاجئي»). */
function ownFirstLetter(ctx: Ctx, t: number): boolean {
  return ctx.lex.matcher.isBareForm('counted', ctx.word(t));
}

/** The counted noun ending right before token `t` («مواطنان» before «اثنان»), if any: its first token. */
function countedEndingAt(ctx: Ctx, t: number): number | undefined {
  for (let k = t - 1; k >= 0 && k >= t - 3 && sameClause(ctx, k, t); k--) {
    if (ctx.hitEnd('counted', k) === t) return k;
  }
  return undefined;
}

function approximator(ctx: Ctx, n: NumberSpan, end: number): { s?: number; t0?: number; e?: number; t1?: number } | undefined {
  const entries = (ctx.lex.list.approximators ?? []) as ApproximatorEntry[];
  // Before: ending right at the number, or «لا تقل الدفعة الواحدة عن 30» with «عن» just before it.
  for (let back = 1; back <= 5 && n.t0 - back >= 0; back++) {
    const t = n.t0 - back;
    if (!sameClause(ctx, t, n.t0)) break;
    const h = ctx.hitAt('approximators', t);
    if (h && entries[h.index].position === 'before') {
      if (h.t1 === n.t0 || (ctx.word(n.t0 - 1) === 'عن' && /^(?:لا|ما)$/.test(ctx.word(h.t0)))) return { s: h.s, t0: h.t0 };
    }
  }
  const h = ctx.hitAt('approximators', end);
  if (h && entries[h.index].position === 'after' && sameClause(ctx, end - 1, end)) return { e: h.e, t1: h.t1 };
  return undefined;
}

/** Words from one item of a tally to the next: «13 حالة في الحسكة، و11 في القامشلي». */
const LIST_ITEM_GAP = 6;

/**
 * «13 حالة في الحسكة، و11 في القامشلي، و5 في المالكية», «14 حالة 11 منها في حلب و2 في دير الزور»:
 * digits (or a number word of two or more: «وأربعة في عامودا») right before «في», in a tally whose item before — a figure a few words back in the same
 * sentence, itself followed by «في» — named what is counted, count the same thing.
 */
function listItem(ctx: Ctx, n: NumberSpan, found: Draft[]): { t1: number; noun?: string; e?: number } | undefined {
  const prev = found[found.length - 1];
  const count = n.digits || (!n.vague && n.value !== null && n.value >= 2 && !ctx.is(n.t0, WITH_ARTICLE));
  if (!count || !prev || prev.kind !== 'figure' || n.t1 >= ctx.toks.count || ctx.word(n.t1) !== 'في' || !sameClause(ctx, n.t0, n.t1)) return undefined;
  if (n.t0 - prev.t1 > LIST_ITEM_GAP || ctx.st.sentence[prev.t1 - 1] !== ctx.st.sentence[n.t0]) return undefined;
  if (prev.t1 >= ctx.toks.count || ctx.word(prev.t1) !== 'في') return undefined;
  return { t1: n.t1, noun: prev.counted };
}

/** The second number of a range or a change, with what it counts; undefined for none. */
type SecondBound = { span: NumberSpan; noun: { t1: number; noun?: string; e?: number } } | undefined;

/**
 * «بين 200 و250 شابا», «بحدود 650-700 شخص», «ارتفع سعر الليتر من 525 إلى 2300 ليرة»:
 * digits that count nothing themselves, then «إلى», «و» or a dash and a second number that is a
 * figure — the second number and what it counts.
 */
function secondBound(ctx: Ctx, n: NumberSpan): SecondBound {
  const { toks } = ctx;
  if (!n.digits || n.t1 >= toks.count) return undefined;
  const gap = ctx.text.slice(toks.end[n.t1 - 1], toks.start[n.t1]);
  const dash = /^\s*[-–]\s*$/.test(gap);
  const m = ctx.is(n.t1, ctx.lex.wordLists['range-joiners']) && /^\s+$/.test(gap) ? n.t1 + 1 : dash ? n.t1 : -1;
  if (m < 0 || m >= toks.count || toks.kind[m] !== TokenKind.Number || (!dash && !sameClause(ctx, n.t0, m))) return undefined;
  const span = readNumber(ctx, m);
  if (!span || isExcluded(ctx, span)) return undefined;
  // «17 -2 -2016»: a date written with dashes, not a range.
  if (dash && isYear(span.value)) return undefined;
  const noun = countedNoun(ctx, span);
  return noun ? { span, noun } : undefined;
}

/**
 * The second bound of a range: larger than the first — «وتم نقل 50 إلى 3 مستشفيات» is where the
 * fifty went, not a range.
 */
function upperBound(n: NumberSpan, second: () => SecondBound): SecondBound {
  const to = second();
  return to && n.value !== null && to.span.value !== null && to.span.value > n.value ? to : undefined;
}

/**
 * The number after «إلى» or «و», read once, for a change and for a range alike. Made by a function
 * of its own: a closure declared in the loop over tokens made the loop allocate a scope for every
 * token, numbers or not.
 */
function boundReader(ctx: Ctx, n: NumberSpan): () => SecondBound {
  let bound: SecondBound | null = null;
  return () => (bound === null ? (bound = secondBound(ctx, n)) : bound);
}

/**
 * «ارتفع سعر الليتر الواحد من 525 إلى 2300 ليرة»: a value a verb of rising or falling takes from
 * one number to another — two figures, the first counting what the second counts. Without such a
 * verb «من 10 إلى 30 عسكري» is a range.
 */
function changedFrom(ctx: Ctx, n: NumberSpan, second: () => SecondBound): { t1: number; noun?: string; e?: number } | undefined {
  const from = n.t0 - 1;
  if (
    from < 0 ||
    !ctx.is(from, ctx.lex.wordLists['of-particles']) ||
    ctx.hasHit('approximators', from - 1) ||
    n.t1 >= ctx.toks.count ||
    !ctx.is(n.t1, ctx.lex.wordLists['total-particles'])
  )
    return undefined;
  if (!risesBefore(ctx, from)) return undefined;
  const to = second();
  return to ? { t1: n.t1, noun: to.noun.noun } : undefined;
}

/** A count word or a verb of rising or falling in the sentence, up to {@link TOTAL_REACH} words before `t`. */
function risesBefore(ctx: Ctx, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - TOTAL_REACH && ctx.st.sentence[k] === ctx.st.sentence[t]; k--) {
    if (ctx.hasHit('countCues', k) || ctx.is(k, ctx.lex.wordLists['rise-words'])) return true;
  }
  return false;
}

/** The note for a figure by its attribution class. */
const NOTE_FOR = { named: 'figure-named', vague: 'figure-vague', anonymous: 'figure-anonymous', none: 'figure-none' } as const;

export const detectFigures: Detector = (ctx) => {
  const { attr } = ctx;
  const out: Draft[] = [];
  // What each figure counts by kind («people», …), read off its counted noun.
  const kinds: (string | undefined)[] = [];
  const { toks } = ctx;
  // Only tokens that can start a number: digits, number words, vague quantities.
  const starts = scratchUint8(toks.count);
  for (let t = 0; t < toks.count; t++) if (toks.kind[t] === TokenKind.Number) starts[t] = 1;
  // Read off the hits' columns: most counted nouns start no figure, and need no hit object.
  const { hits } = ctx;
  for (const section of ['numberWords', 'vagueQuantities']) for (const i of hits.numbers(section)) starts[hits.t0[i]] = 1;
  const counted = ctx.lex.list.counted ?? [];
  for (const i of hits.numbers('counted')) if (counted[hits.index[i]]?.dual) starts[hits.t0[i]] = 1;
  for (let t = 0; t < toks.count; t++) {
    if (starts[t] === 0 || ctx.chrome[t]) continue;
    const n = readNumber(ctx, t);
    if (!n) continue;
    if (isExcluded(ctx, n)) {
      t = n.t1 - 1;
      continue;
    }
    // A range «بين 200 و250 شابا» is one figure, counted as its upper bound and approximate — also
    // when a count word alone would make bare digits a figure («يُقدر عددهم بين 80 و90 ألف مقاتل»),
    // though not a value changed from one number to another («ارتفع من 8 إلى 11 قتيلا»). (Digits
    // times a thousands word count on their own: «تتقاضى بين 81 ألفًا و100 ألف» is two.)
    const counted = countedNoun(ctx, n);
    const bare = counted !== undefined && counted.noun === undefined && counted.t1 === n.t1 && n.t1 === n.t0 + 1;
    const second = boundReader(ctx, n);
    const own = bare ? changedFrom(ctx, n, second) : (counted ?? listItem(ctx, n, out) ?? changedFrom(ctx, n, second));
    const range = own ? undefined : upperBound(n, second);
    const noun = own ?? range?.noun ?? (bare ? counted : undefined);
    if (!noun && !n.vague) continue;
    const end = noun ? noun.t1 : n.t1;
    const approx = approximator(ctx, n, end);
    const t0 = approx?.t0 ?? n.t0;
    const t1 = approx?.t1 ?? end;
    const said = attr.at(n.t0);
    // «أدانت الولايات المتحدة مقتل 9 مدنيين»: a count in the outlet's words, in a sentence a body's stance opens, is that body's.
    const stance = said.cls === 'none' && !said.reported ? attr.stanceAt(n.t0) : undefined;
    const cover = stance ? { cls: stance.cls, source: stance, reported: false, paraphrased: false } : said;
    const interested = cover.cls === 'named' ? cover.source?.actor : undefined;
    const { explanation, neutral } = note(ctx, interested ? 'figure-interested' : NOTE_FOR[cover.cls]);
    const source = cover.source;
    out.push({
      ...DRAFT,
      kind: 'figure',
      s: approx?.s ?? toks.start[t0],
      e: approx?.e ?? noun?.e ?? toks.end[t1 - 1],
      t0,
      t1,
      severity: cover.cls === 'named' && !interested ? 'low' : cover.cls === 'none' ? 'high' : 'medium',
      explanation,
      neutral,
      attribution: cover.cls,
      sourceSpan: source ? { s: source.s, e: source.e, actor: source.actor ? source.actor : undefined } : undefined,
      approximate: n.vague || approx !== undefined || range !== undefined,
      interestedParty: interested ? interested : undefined,
      value: range ? range.span.value : n.value,
      counted: noun?.noun ? noun.noun : undefined,
      quoted: cover.reported,
      paraphrased: cover.paraphrased ? true : undefined,
      category: cover.cls,
    });
    kinds.push(kindIn(ctx, t0, t1));
    t = t1 - 1;
  }
  restated(ctx, out, kinds);
  return out;
};

/** The kind of the counted noun within a figure's tokens, if any. */
function kindIn(ctx: Ctx, t0: number, t1: number): string | undefined {
  for (let k = t0; k < t1; k++) {
    const kind = countedKind(ctx.lex, ctx.hitEntry('counted', k));
    if (kind) return kind;
  }
  return undefined;
}

/** Sentences back from a figure given again with no source to the mention that credits it. */
const RESTATED_REACH = 2;

/**
 * «أعلن نائب محافظ نينوى، رفعت سمو، عن إعادة 150 عائلة», then «أن "قافلة تضم 150 عائلة يبلغ
 * مجموع أفرادها 600 شخص"»: a figure the text has just credited to a source, given again in the
 * next sentences with none, is still that source's — the same value exactly (three or more: one
 * and two recur by chance), counting the same noun. Left alone when earlier mentions give it to
 * different sources, and further on, where the outlet's narration may count another event.
 */
function restated(ctx: Ctx, figs: Draft[], kinds: (string | undefined)[]): void {
  // Figures credited so far, by value, noun and kind, in text order: each figure reads back only
  // through its own value's mentions, and only as far as the reach.
  const credited = new Map<string, number[]>();
  const keyOf = (i: number) => `${figs[i].value}\u0000${figs[i].counted}\u0000${kinds[i]}`;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    const mentions =
      f.attribution === 'none' && f.value !== null && f.value !== undefined && f.value >= 3 && !f.approximate && f.counted !== undefined ? credited.get(keyOf(i)) : undefined;
    if (mentions) restate(ctx, f, mentions, figs);
    if (f.attribution !== 'none' && f.sourceSpan) {
      const key = keyOf(i);
      const list = credited.get(key);
      if (list) list.push(i);
      else credited.set(key, [i]);
    }
  }
}

/** More credited mentions of one figure than this within the reach are a table, not a figure given again. */
const RESTATED_MENTIONS = 16;

function restate(ctx: Ctx, f: Draft, mentions: number[], figs: Draft[]): void {
  const earlier: Draft[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const g = figs[mentions[k]];
    if (ctx.st.sentence[f.t0] - ctx.st.sentence[g.t0] > RESTATED_REACH) break;
    if (earlier.length === RESTATED_MENTIONS) return;
    earlier.push(g);
  }
  if (earlier.length === 0) return;
  const key = (d: Draft) => `${d.attribution} ${d.sourceSpan!.actor ?? ctx.text.slice(d.sourceSpan!.s, d.sourceSpan!.e)}`;
  const g = earlier[earlier.length - 1];
  if (earlier.some((d) => key(d) !== key(g))) return;
  const { explanation, neutral } = note(ctx, g.interestedParty ? 'figure-interested' : NOTE_FOR[g.attribution!]);
  Object.assign(f, {
    attribution: g.attribution,
    category: g.category,
    sourceSpan: g.sourceSpan,
    interestedParty: g.interestedParty,
    severity: g.severity,
    explanation,
    neutral,
  });
}
