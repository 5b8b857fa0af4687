/**
 * Who a claim is attributed to. For each sentence, finds the sources it names — named
 * (a person with a name, an institution), vague («مصادر محلية», «ناشطون», «قيادات من قسد»)
 * or anonymous («اسم مستعار») — then answers, for any token, which source covers it: the
 * nearest one before it in the sentence, one after it introduced by «بحسب», the speaker of the
 * quotation it sits in, or the previous source carried on by «وأضاف», «وتابع», «وأكد البيان».
 */
import type { RefCtx as Ctx } from './references';
import type { Attribution } from '../model/report';
import { BA, LAM, WITH_ARTICLE } from '../text/clitics';
import { TokenKind } from '../text/tokenize';
import { countedKind } from '../terms/lexicon';
import { colonBefore, countAt, cueTables, continuation, thatBetween, type CueTables } from './cues';
import { findSources, issuerAt, joinedOn, referredTo, vagueEntry, type SourceCandidate } from './candidates';
import { lastWritten, TEH_MARBUTA } from './targets';
import { scratchUint8 } from '../text/scratch';

export type { SourceCandidate } from './candidates';

export interface Covering {
  cls: Attribution;
  source?: SourceCandidate;
  /** The token sits in reported speech or a quotation: not the outlet's own words. */
  reported: boolean;
  /** Reported speech outside quotation marks: what the source said, in the outlet's wording. */
  paraphrased: boolean;
}

export interface Attributions {
  /** Sources found in each sentence, in token order (only those a cue puts in a source role). */
  bySentence: Map<number, SourceCandidate[]>;
  /** The attribution covering token `t`. */
  at(t: number): Covering;
  /** Every source in a source role, in text order. */
  all: SourceCandidate[];
  /**
   * «أدانت الولايات المتحدة مقتل 9 مدنيين»: the body or party a verb of stance opening the
   * sentence of token `t` names, when that sentence cites no source of its own. It takes a stance,
   * it does not speak: it is the source of the sentence's figures, not of its words.
   */
  stanceAt(t: number): SourceCandidate | undefined;
}

/**
 * Words after a sentence-opening «كما» before which a source of the sentence's own leaves the
 * words up to it to the source carried on («كما اعتقلت قسد 633 مدنياً …، التي وثّقت "الشبكة"»).
 */
const AS_OPENER_WORDS = 3;

/** Sentences a source carries over with «وأضاف»-style cues. */
const CARRY_SENTENCES = 4;

/** How many words after a speaker its reported speech reaches (without quotation marks). */
const REPORTED_REACH = 30;

/**
 * The attribution of a text, in named steps: the cue tables, the sources named, what each
 * sentence carries on, and finally the covering of any token.
 */
export function buildAttribution(ctx: Ctx): Attributions {
  const cues = cueTables(ctx);
  const found = findSources(ctx, cues);
  const all = found.filter((c) => c.via !== 'stance');
  const stances = found.length === all.length ? undefined : found.filter((c) => c.via === 'stance');
  const { bySentence, ownAt } = bySentenceOf(ctx, all);
  const carried = carriedSources(ctx, cues, ownAt);
  const coverAt = (t: number) => covering(ctx, cues, ownAt, carried, t);
  const { st } = ctx;
  return {
    bySentence,
    all,
    at(t: number): Covering {
      const q = st.quote[t];
      if (q >= 0) {
        const quote = st.quotes[q];
        const speaker = coverAt(quote.t0);
        // A quotation with a known speaker is theirs; an unattributed one (a scare quote, a title) is still not the outlet's voice.
        return { ...speaker, reported: true, paraphrased: false };
      }
      return coverAt(t);
    },
    stanceAt(t: number): SourceCandidate | undefined {
      const sn = st.sentence[t];
      return stances?.find((c) => st.sentence[c.t0] === sn && c.t1 <= t);
    },
  };
}

/** Words from a claim to an according-to cue that still make the source after the cue the claim's own. */
const CLOSE_ACCORDING = 6;

function bySentenceOf(ctx: Ctx, all: SourceCandidate[]): { bySentence: Map<number, SourceCandidate[]>; ownAt: (SourceCandidate[] | undefined)[] } {
  const { st } = ctx;
  const bySentence = new Map<number, SourceCandidate[]>();
  const ownAt: (SourceCandidate[] | undefined)[] = new Array(st.sentenceStart.length - 1).fill(undefined); // the same lists, by sentence
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    const sn = st.sentence[c.t0];
    let list = bySentence.get(sn);
    if (!list) {
      bySentence.set(sn, (list = []));
      ownAt[sn] = list;
    }
    list.push(c);
  }
  return { bySentence, ownAt };
}

/** What each sentence carries on from earlier ones. */
interface Carried {
  /** The source carried on, per sentence. */
  source: (SourceCandidate | undefined)[];
  /** 1 where only a sentence-opening «كما» carries it: the source's account goes on, in the outlet's own words. */
  alsoAt: Uint8Array;
}

/**
 * The source each sentence carries on from earlier ones («وأضاف», «وأكد البيان» with no name after
 * it, «كما» right after the speaker's sentence). The last source given on is two variables, not
 * an object made anew at every sentence.
 */
function carriedSources(ctx: Ctx, cues: CueTables, ownAt: (SourceCandidate[] | undefined)[]): Carried {
  const { st } = ctx;
  const sentenceCount = st.sentenceStart.length - 1;
  const carried: (SourceCandidate | undefined)[] = new Array(sentenceCount).fill(undefined);
  const alsoAt = scratchUint8(sentenceCount);
  // The last source given on, and the sentence it was last given on to.
  let last: SourceCandidate | undefined;
  let lastSn = -1;
  const listed = listLines(ctx);
  for (let sn = 0; sn < sentenceCount; sn++) {
    const own = ownAt[sn];
    // «أسفرت عن مقتل 101 شخص، توزعوا على النحو التالي: ⏎ - 85 قتيلاً …»: the items of a list a
    // sourced sentence opens with a colon are that source's, item after item.
    const t = st.sentenceStart[sn];
    const item = t < ctx.toks.count && st.lineStart[st.line[t]] === t && listed[st.line[t]] === 1;
    // (Only the colon's own sentence gives its source on: the one just before the list, or the item before.)
    if (item && last && !own && lastSn === st.sentence[t - 1]) {
      carried[sn] = last;
      lastSn = sn;
      continue;
    }
    // «أعلن البنتاغون أن جنديين … قُتلوا. كما أُصيب ثلاثة جنود آخرون»: «كما» (or «حيث») opening
    // the sentence right after the speaker's goes on with the speaker's account, told in the outlet's words.
    // («وأكد البيان» with no name after it refers back to the last statement's author.)
    const said = cues.continuesAt[sn] >= 0 || cues.unnamedStatementAt[sn] >= 0;
    // «منسق الأمم المتحدة “عمران رضا” أوضح أن … . وبحسب “رضا” فإن حوالي أربعة عشر مليون شخص»: an
    // according-to cue that opens the sentence before no source of its own names again the one
    // just given, told in the outlet's words.
    const according = !said && !own && last !== undefined && accordingOpens(ctx, cues, sn, t);
    const also =
      !said &&
      (own === undefined || own[0].t0 > t + AS_OPENER_WORDS) &&
      last !== undefined &&
      lastSn === sn - 1 &&
      t < ctx.toks.count &&
      (ctx.is(t, ctx.lex.wordLists['as-particles']) || ctx.is(t, ctx.lex.wordLists['continuing-openers']) || tollGoesOn(ctx, t));
    const continues = said || also || according;
    if (last && continues && sn - lastSn <= CARRY_SENTENCES) carried[sn] = last;
    if (also || according) alsoAt[sn] = 1;
    // «وأضاف المصدر»: a repeated source carries on the one it refers back to. (No one is named in
    // «يُعتقد أن»: there is no one to carry on.)
    let speaker: SourceCandidate | undefined;
    if (own) for (let i = own.length - 1; i >= 0 && !speaker; i--) if (!saysItself(ctx, own[i]) && !quotedBySpeaker(ctx, own, i)) speaker = own[i];
    if (speaker) {
      last = referredTo(speaker, carried[sn]);
      lastSn = sn;
    } else if (last && continues) lastSn = sn;
  }
  return { source: carried, alsoAt };
}

/** Words an according-to cue may take at most: «وفقاً لما», «بحسب ما». */
const ACCORDING_WORDS = 3;

/**
 * Whether sentence `sn`, starting at token `t`, opens with an according-to cue («وبحسب», «ووفقاً
 * لـ») before a word that names someone again: one with the article («الصحيفة», «المذيع», «القرار»)
 * or a name in quotation marks («“رضا”») — not «واستناداً إلى تجاربه المريرة», a reason.
 */
function accordingOpens(ctx: Ctx, cues: CueTables, sn: number, t: number): boolean {
  const at = cues.accordingAt[sn];
  if (at === undefined || at[0] !== t) return false;
  const { st } = ctx;
  for (let k = t + 1; k <= t + ACCORDING_WORDS && k < ctx.toks.count && st.sentence[k] === sn; k++) {
    if (cues.accordingEnds[k] !== 1) continue;
    const q = st.quote[k];
    return ctx.is(k, ctx.lex.wordLists['according-speakers']) || ctx.hitAt('titles', k) !== undefined || (q >= 0 && st.quotes[q].t0 === k);
  }
  return false;
}

/**
 * «… موقعة أكثر من 100 قتيل، وفق توثيق المرصد. وبلغت حصيلة خسائر المجموعات 85 عنصراً»: a toll
 * opening the sentence at `t` goes on with the count of people the sentence before gave; so does
 * its breakdown («… بلغ عدد الطلاب 201 ألف. وتوزع العدد على 170975 طالبًا في المرحلة الابتدائية»).
 */
function tollGoesOn(ctx: Ctx, t: number): boolean {
  const { st } = ctx;
  if (t < 1 || t + 1 >= ctx.toks.count || st.sentence[t + 1] !== st.sentence[t]) return false;
  const toll = ctx.is(t, ctx.lex.wordLists['toll-openers']) && ctx.is(t + 1, ctx.lex.wordLists['toll-nouns']);
  // «وتوزع القتلى على النحو الآتي», «وتوزع القتلى كالآتي:»; not «وتوزع المنظمة المساعدات», a present with its object.
  const leads = t + 2 < ctx.toks.count && st.sentence[t + 2] === st.sentence[t] && (ctx.is(t + 2, ctx.lex.wordLists['breakdown-leads']) || colonBefore(ctx, t + 2));
  const breakdown = ctx.is(t, ctx.lex.wordLists['breakdown-verbs']) && ctx.is(t + 1, WITH_ARTICLE) && leads;
  if (!toll && !breakdown) return false;
  for (let k = st.sentenceStart[st.sentence[t - 1]]; k + 1 < t; k++) if (countAt(ctx, k) && countedKind(ctx.lex, ctx.hitEntry('counted', k + 1)) === 'people') return true;
  return false;
}

/**
 * «وجاء في بيان للوزارة “وسط تقارير عن تدهور الأوضاع …”»: a source named inside a quotation is
 * what the speaker said, not who speaks; the source before it, outside the quotation, is.
 */
function quotedBySpeaker(ctx: Ctx, own: SourceCandidate[], i: number): boolean {
  const { st } = ctx;
  if (st.quote[own[i].t0] < 0) return false;
  for (let j = 0; j < i; j++) if (st.quote[own[j].t0] < 0) return true;
  return false;
}

/** Whether the source is words that are their own verb of saying («يُعتقد أن»), with no one named. */
function saysItself(ctx: Ctx, c: SourceCandidate): boolean {
  return c.cls === 'vague' && vagueEntry(ctx, c.via)?.saysItself === true;
}

/**
 * Lines that are items of a list opened by a colon: each opens with a number or after a dash or a
 * bullet, and follows the colon's line or another item. 1 for such a line.
 */
function listLines(ctx: Ctx): Uint8Array {
  const { st, toks, text } = ctx;
  const lines = st.lineStart.length - 1;
  const out = scratchUint8(Math.max(lines, 0));
  for (let l = 1; l < lines; l++) {
    const t = st.lineStart[l];
    // Most gaps are a bare line break: one is sliced for the patterns only when it holds a mark they need.
    const gap = hasListMark(text, toks.end[t - 1], toks.start[t]) ? text.slice(toks.end[t - 1], toks.start[t]) : '';
    const item = toks.kind[t] === TokenKind.Number || /[-–—•*]\s*$/.test(gap);
    if (item && (out[l - 1] === 1 || /^[^\n]*:\s*\n/.test(gap))) out[l] = 1;
  }
  return out;
}

/** Whether `text` has between `a` and `b` a dash, bullet, asterisk or colon: without one, neither pattern of {@link listLines} matches. */
function hasListMark(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a || c === 0x3a) return true;
  }
  return false;
}

/** A sentence with no sources of its own, and the two coverings without a source: shared, as nothing changes them. */
const NO_SOURCES: readonly SourceCandidate[] = [];
const SAID_UNNAMED: Covering = { cls: 'none', reported: true, paraphrased: true };
const OWN_WORDS: Covering = { cls: 'none', reported: false, paraphrased: false };

/** A covering outside quotation marks: reported speech there is the outlet's wording of it. */
function outside(cls: Attribution, source: SourceCandidate, reported: boolean): Covering {
  return { cls, source, reported, paraphrased: reported };
}

/** Which source covers token `t` (outside a quotation; {@link Attributions.at} reads a quotation's own). */
function covering(ctx: Ctx, cues: CueTables, ownAt: (SourceCandidate[] | undefined)[], carriedOn: Carried, t: number): Covering {
  const { st } = ctx;
  const sn = st.sentence[t];
  const carried = carriedOn.source;
  const own = ownAt[sn] ?? NO_SOURCES;
  const anon = own.find((c) => c.cls === 'anonymous');
  let before: SourceCandidate | undefined;
  let at = -1;
  for (let i = 0; i < own.length; i++) if (own[i].t1 <= t) before = own[(at = i)];
  // «وقال الناشطون، حسبما نقلت قناة "العربية"، إن …»: what the outlet relays is still its speaker's.
  if (at > 0 && relays(ctx, cues, own[at - 1], own[at])) before = own[at - 1];
  // «أفاد المرصد السوري لحقوق الإنسان ومسؤول محلي، أن جثتين …»: of two sources joined by «و», the named one.
  else if (at > 0 && joinedNamed(ctx, own[at - 1], own[at])) before = own[at - 1];
  if (anon && (before || carried[sn] !== undefined)) return outside('anonymous', anon, true);
  // «أفادت وكالات محلية بأن … لتصبح الحصيلة 17 قتيلاً وفق أرقام قسد»: a source given right after the
  // claim, a few words on, is the claim's own and wins over the one that opened the sentence.
  const according = cues.accordingAt[sn];
  // Whether the words are reported stays the opening source's to say («قال … إن»).
  const close =
    before &&
    according &&
    own.find((c) => c.t0 > t && according.some((a) => a > t && a - t <= CLOSE_ACCORDING && a < c.t0 && c.t0 - a - distancedBy(ctx, c.t0) <= ACCORDING_TO_SOURCE));
  if (before) {
    // «وأشار مراسلنا إلى أن …»: the outlet's own correspondent is the outlet speaking.
    const reported =
      speaks(ctx, cues, before, t) && !beforeItsVerb(ctx, cues, before, t) && !describesSource(ctx, before, t) && !ctx.is(before.t0, ctx.lex.wordLists['own-reporters']);
    // «وبحسب وكالة "نهر ميديا" فقد انشق … وبحسب المصدر»: «المصدر» again is the one just named.
    if (close) {
      const again = close.cls === 'vague' && close.t1 - close.t0 === 1 && ctx.is(close.t0, WITH_ARTICLE) && before.cls === 'named';
      const source = again ? before : close;
      return outside(source.cls, source, reported);
    }
    if (tollOfClaimed(ctx, cues, before, t)) return OWN_WORDS;
    const source = referredTo(before, carried[sn]);
    return outside(source.cls, source, reported);
  }
  // «…، بحسب ما أفاد المرصد», «وفق ما ذكرته شبكات محلية», «بحسب تقديرات الأمم المتحدة».
  const after = according && own.find((c) => c.t0 > t && according.some((a) => a >= t && a < c.t0 && c.t0 - a - distancedBy(ctx, c.t0) <= ACCORDING_TO_SOURCE));
  // A source named after the claim covers the claim, not the outlet's own choice of words; «وفق
  // المصدر ذاته» is the source it names again.
  if (after) {
    const next = own[own.indexOf(after) + 1];
    const source = next && joinedNamed(ctx, next, after) ? next : referredTo(after, undefined);
    return outside(source.cls, source, false);
  }
  const carry = carried[sn];
  if (carry) {
    const ct = continuation(cues, sn);
    // «وأكد البيان أن … 4 آليات، مشيراً إلى»: the statement, before the claim, carries it on.
    const statement = cues.unnamedStatementAt[sn];
    if (ct === undefined || ct < t || cues.continuesWhole[sn] === 1 || (statement >= 0 && statement < t) || st.quote[t] >= 0)
      return outside(carry.cls, carry, carriedOn.alsoAt[sn] !== 1 || st.quote[t] >= 0);
  }
  // «وقال عبدالرحمن … أن هناك مجموعة من المرتزقة»: a verb of saying that opens the sentence, then
  // «أن»/«إن», report what was said even when no source is recognised in between.
  return saidUnnamed(ctx, cues, sn, t) ? SAID_UNNAMED : OWN_WORDS;
}

/** Words between a speaker and the according-to cue that names who relayed them, at most: «مصادر إغاثية وصحية بمحافظة الحسكة وفق». */
const RELAYED_REACH = 4;

/**
 * «وقال الناشطون، حسبما نقلت قناة "العربية"، إن: "سيارة مفخخة انفجرت … ما أسفر عن مقتل عشرة
 * أشخاص"», «بينما قالت مصادر نظامية، بحسب وكالة الألمانية، … إن عدد الاسرى لا يتجاوز 130 عنصراً»:
 * a named outlet brought in by «بحسب»/«وفق» right after an unnamed speaker relays what that speaker
 * said; the claim stays the speaker's, as it does in «أفادت وكالة الأناضول نقلا عن مصادر محلية».
 */
function relays(ctx: Ctx, cues: CueTables, speaker: SourceCandidate, outlet: SourceCandidate): boolean {
  if (speaker.cls !== 'vague' || outlet.cls !== 'named') return false;
  const according = cues.accordingAt[ctx.st.sentence[outlet.t0]] ?? [];
  return according.some((a) => a >= speaker.t1 && a - speaker.t1 <= RELAYED_REACH && a < outlet.t0 && outlet.t0 - a - distancedBy(ctx, outlet.t0) <= ACCORDING_TO_SOURCE);
}

/**
 * «بحسب ما أفاد ناشطون والمرصد السوري لحقوق الإنسان», «وأفاد المرصد السوري لحقوق الإنسان ومسؤول
 * محلي أن جثتين …»: an unnamed source joined by «و» to a named one beside it gives the claim with
 * it; the named one is who the reader can check, and it leads.
 */
function joinedNamed(ctx: Ctx, named: SourceCandidate, vague: SourceCandidate): boolean {
  if (named.cls !== 'named' || vague.cls !== 'vague') return false;
  const [first, second] = named.t0 < vague.t0 ? [named, vague] : [vague, named];
  // («ناشطون محليون والمرصد»: a word describing the first may stand between.)
  const gap = second.t0 - first.t1;
  return (gap === 0 || (gap === 1 && ctx.st.clause[first.t1] === ctx.st.clause[first.t0] && !ctx.hasHit('cues', first.t1))) && joinedOn(ctx, second.t0);
}

/** Words after a source within which «مسؤوليته» makes its statement a claim of responsibility («أعلن تنظيم داعش الإرهابي، اليوم الخميس، مسؤوليته»). */
const RESPONSIBILITY_REACH = 6;

/** Words back from a source to a claim of responsibility right before it («تبنى تنظيم داعش الثلاثاء هجوماً»). */
const CLAIM_VERB_REACH = 2;

/**
 * «تبنى تنظيم "داعش" التفجير الانتحاري الذي استهدف اليوم الأربعاء مدينة القامشلي، موقعا عشرات
 * القتلى», «أعلن تنظيم داعش الإرهابي مسؤوليته عن هجوم على حافلة جنود سورية أدى إلى مقتل 40
 * عسكرياً»: a source that claims (or denies) responsibility tells who did the deed; the toll the
 * outlet gives of the deed, after a relative pronoun or a verb of result, is the outlet's own —
 * unless a cue or «أن» opens more of what the source said first («مؤكداً أن العمليات أسفرت عن»).
 */
function tollOfClaimed(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  let from = -1;
  // (The claim itself, «تبنى», right before the source: kept as a cue or not, «تبنى تنظيم داعش الثلاثاء هجوماً».)
  for (let k = c.t0 - 1; k >= 0 && k >= c.t0 - CLAIM_VERB_REACH; k--) {
    const h = ctx.hitAt('cues', k);
    if (h && h.t1 <= c.t0 && cues.cues[h.index].claims) from = c.t1;
  }
  for (let k = c.t1; from < 0 && k < t && k - c.t1 <= RESPONSIBILITY_REACH; k++) if (ctx.is(k, ctx.lex.wordLists.responsibility)) from = k + 1;
  if (from < 0) return false;
  const that = ctx.lex.wordLists.that;
  const relatives = ctx.lex.wordLists.relatives;
  const results = ctx.lex.wordLists['result-verbs'];
  const tolls = ctx.lex.wordLists['toll-verbs'];
  const written = ctx.lex.wordLists['toll-written'];
  let toll = false;
  for (let k = from; k < t; k++) {
    if (cues.cueStart[k] === 1 || ctx.is(k, that)) return false;
    // A verb or participle giving the toll: «أوقع», «موقعاً», or «موقعة» as the source writes it («عبر موقعه» is its website).
    if (ctx.is(k, relatives) || ctx.is(k, results) || ctx.is(k, tolls) || (ctx.is(k, written) && lastWritten(ctx, k) === TEH_MARBUTA)) toll = true;
  }
  return toll;
}

/** Words from an according-to cue to the source it brings in: «بحسب ما أفادت به وكالة …». */
const ACCORDING_TO_SOURCE = 5;

/** Words of the outlet's distancing before a source, at most: «ما يسمى», «على حد زعمه». */
const DISTANCING_WORDS = 3;

/**
 * «وفق ما أفاد ما يسمى بـ"المرصد السوري لحقوق الانسان"»: how many words of the outlet's distancing
 * (and the «بـ» after it) stand right before a source at `t0`; they do not put it further from its cue.
 */
function distancedBy(ctx: Ctx, t0: number): number {
  const k = t0 > 0 && ctx.word(t0 - 1) === BA ? t0 - 1 : t0;
  for (let j = k - 1; j >= 0 && j >= k - DISTANCING_WORDS; j--) {
    if (ctx.hitEnd('distancing', j) === k) return t0 - j;
  }
  return 0;
}

/**
 * Whether token `t` follows, within the reported clause's reach, a verb of saying at the start of
 * its sentence and the «أن»/«إن» that opens what was said. Not the outlet's own background in
 * the passive («يذكر أن»), nor an according-to cue or a statement noun.
 */
function saidUnnamed(ctx: Ctx, cues: CueTables, sn: number, t: number): boolean {
  const start = ctx.st.sentenceStart[sn];
  for (const h of cues.cuesBySentence[sn] ?? []) {
    if (h.t0 > start + 1 || h.t1 > t) break;
    const c = cues.cues[h.index];
    if (c.according || c.statement || ctx.is(h.t0, ctx.lex.wordLists.background)) continue;
    if (t - h.t1 <= REPORTED_REACH && thatBetween(ctx, h.t1, t)) return true;
  }
  return false;
}

/**
 * Whether the words at `t` are the source's rather than the outlet's: after a verb of saying,
 * once «إن»/«أن» or a colon opens what was said («قال … إن», «أكد البيان أن», «"سانا": …»), within
 * the reported clause's reach. A verb with a noun for its object is the outlet's summary in its
 * own words («أعلنت الوزارة القبض على 81 عنصراً من تنظيم داعش الإرهابي»). What follows «بحسب»/
 * «وفقاً لـ» and a named source is that source's account («حسب وكالة سانا أن رتلاً للاحتلال
 * الأمريكي»); after an unnamed one («ووفقاً لمصادر محلية كثفت قسد») the outlet owns the words.
 */
function speaks(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  if (cues.accordingEnds[c.t0] === 1) return t - c.t1 <= REPORTED_REACH && (c.cls === 'named' || (thatBetween(ctx, c.t1, t) && saidBefore(ctx, cues, c)));
  if (t - c.t1 <= REPORTED_REACH) return thatBetween(ctx, c.t1, t) || openerBetween(ctx, c.t1, t) || pointsTo(ctx, cues, c, t);
  // «… سيخرج من هذه الارض، لافتاً الى العدوان الذي شنه المحتل»: a participle of saying further on
  // opens more of what the same speaker said, reaching as far from it as from the speaker.
  if (goesOnSaying(ctx, cues, c, t)) return true;
  // «قالت قوات سوريا الديمقراطية وهي تحالف … يدعمه تحالف دولي … في بيان، إنها»: a speaker
  // described at length; what was said reaches as far from its «إن» as from a name right before it.
  const { st } = ctx;
  for (let k = c.t1; k < t && k - c.t1 <= DESCRIBED_SPEAKER && st.sentence[k] === st.sentence[c.t0]; k++) {
    if (ctx.is(k, ctx.lex.wordLists.that)) return t - k <= REPORTED_REACH;
  }
  return false;
}

/**
 * «وذكرت سانا نقلاً عن مصادر محلية أن قافلة …»: a verb of saying before the source it passes on,
 * in its sentence — so the «أن» after the source opens what was said, not the outlet's words.
 */
function saidBefore(ctx: Ctx, cues: CueTables, c: SourceCandidate): boolean {
  for (const h of cues.cuesBySentence[ctx.st.sentence[c.t0]] ?? []) {
    if (h.t1 > c.t0) break;
    const cue = cues.cues[h.index];
    if (!cue.according && !cue.statement && !cue.continues) return true;
  }
  return false;
}

/**
 * «لفتت المصادر إلى قيام ميليشيا الأسايش», «تحدث ناشطون عن قصف طائرات النظام»: a verb of pointing
 * or telling right before the source, and «إلى»/«عن» right after it, open what the source told.
 */
function pointsTo(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  const v = statementOf(ctx, cues, c.t0) - 1;
  if (v < 0 || c.t1 >= t || !ctx.is(v, ctx.lex.wordLists['pointing-verbs'])) return false;
  return ctx.is(c.t1, ctx.lex.wordLists['pointing-particles']) && ctx.st.sentence[c.t1] === ctx.st.sentence[t];
}

/** Words a statement may stand before its issuer at most: «بيان رسمي صادر عن». */
const STATEMENT_TO_ISSUER = 4;

/**
 * «أشار بيان “قسد” إلى», «تحدث بيان للمرصد صباح أمس، عن»: where the statement whose issuer
 * starts at `t0` stands, right before it or a few words back; `t0` itself when none does.
 */
function statementOf(ctx: Ctx, cues: CueTables, t0: number): number {
  for (let k = t0 - 1; k >= 0 && k >= t0 - STATEMENT_TO_ISSUER; k--) {
    const h = ctx.hitAt('cues', k);
    if (h && h.t0 === k && cues.cues[h.index].statement && issuerAt(ctx, h.t1) === t0) return k;
  }
  return t0;
}

/** Whether a continuing cue («لافتاً», «مشيراً», «مضيفاً») stands after speaker `c` in its sentence, with `t` within reach after it. */
function goesOnSaying(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  const sn = ctx.st.sentence[c.t0];
  if (ctx.st.sentence[t] !== sn) return false;
  for (const h of cues.cuesBySentence[sn] ?? []) if (h.t0 >= c.t1 && h.t1 <= t && t - h.t1 <= REPORTED_REACH && cues.cues[h.index].continues) return true;
  return false;
}

/** Words of description a speaker's name may have before the «إن» that opens what it said. */
const DESCRIBED_SPEAKER = 20;

/**
 * Whether what was said is opened between a speaker ending at `a` and token `b`: a colon
 * («"سانا": ميليشيا "قسد" خطفت»), or a quotation mark right after the speaker's name, apart from
 * it («ولفت أردوغان ، ' لو استخدمنا القوة …'»: one the text never closes, or an apostrophe used as
 * one), or one never closed a few words on. A mark that closes the speaker's own quoted name («أعلن "الجيش الوطني" استعادة») opens nothing.
 */
function openerBetween(ctx: Ctx, a: number, b: number): boolean {
  const { text, toks } = ctx;
  for (let t = Math.max(a, 1); t <= b && t < toks.count; t++) if (colonBefore(ctx, t)) return true;
  if (a < 1 || a >= toks.count) return false;
  for (let i = toks.end[a - 1] + 1; i < toks.start[a]; i++) if (text.charCodeAt(i) === 0x22 || text.charCodeAt(i) === 0x27) return true;
  // «وأوردت الإدارة الذاتية في بيان “نعلن … ومؤسساتنا»: a mark a few words on that opens a
  // quotation the text never closes still opens what was said.
  for (let k = a + 1; k <= Math.min(b, a + UNCLOSED_REACH) && k < toks.count; k++) {
    const at = toks.start[k] - 1;
    // (A mark the text closes starts the quotation token `k` sits in.)
    const q = ctx.st.quote[k];
    if (at > toks.end[k - 1] && text.charCodeAt(at) === 0x22 && (q < 0 || ctx.st.quotes[q].s !== at)) return true;
  }
  return false;
}

/** Words after a speaker's name within which a quotation mark never closed opens what they said («في بيان “»). */
const UNCLOSED_REACH = 3;

/**
 * «المواطنة شمسة أحمد والدة الشهيد كمال قالت "…"»: a source named before its verb of saying —
 * no cue just before it — is described by the outlet until that verb; token `t` sits in between.
 */
function beforeItsVerb(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  if (cues.accordingEnds[c.t0] === 1) return false;
  const list = cues.cuesBySentence[ctx.st.sentence[c.t0]] ?? [];
  let after: number | undefined;
  for (const h of list) {
    if (h.t1 <= c.t0 && c.t0 - h.t1 <= 3) return false; // «قالت المواطنة …»: the verb comes first
    if (h.t0 >= c.t1 && after === undefined) after = h.t0;
  }
  return after !== undefined && t < after;
}

/**
 * «نشر المكتب الإعلامي لـ"ولاية حلب" التابعة لتنظيم داعش الإرهابي، مقطع فيديو»: the tie that
 * follows a source tells whose it is, in the outlet's words; token `t` sits in it (the party and
 * the adjectives after the tie word).
 */
function describesSource(ctx: Ctx, c: SourceCandidate, t: number): boolean {
  const { st } = ctx;
  if (t < c.t1 || t > c.t1 + 8 || st.clause[t] !== st.clause[c.t1 - 1]) return false;
  for (let k = c.t1; k < t; k++) {
    if (ctx.is(k, ctx.lex.wordLists.that)) return false;
    if (!ctx.is(k, ctx.lex.wordLists.affiliation)) continue;
    // From the tie word on: the party's name, then its adjectives, up to `t`.
    for (let j = k + 1; j <= t; j++) if (!ctx.refs.refAt(j) && !ctx.hasHit('labels', j) && !ctx.word(j).startsWith(LAM)) return false;
    return true;
  }
  return false;
}
