/**
 * Which actor a word hits, decided by what it attaches to: «مرتزقة داعش» hits
 * ISIS, «ميليشيات تابعة لسلطة دمشق» Damascus, «تنظيم داعش الإرهابي» ISIS, and a bare
 * «الميليشيا» the actor it refers back to. Each rule is a small search in the tokens around
 * the word; the first that finds an actor wins.
 */
import type { RefCtx as Ctx } from './references';
import type { ActorId } from '../model/report';
import { wordClass, type WordClass } from '../text/words';
import { DEFINITE_NISBA, endsInPronoun, isConjunction, OBJECT_PRONOUN, opensWithArticle, opensWithConjunction, prepositionOn, WITH_ARTICLE, CONJUNCTIONS } from '../text/clitics';
import { TokenKind } from '../text/tokenize';

export interface Found {
  actor: ActorId;
  t: number;
  /** How it was found, for the evidence trail («fallback»: the only party of its kind the text names). */
  how: 'fixed' | 'fallback' | 'construct' | 'affiliation' | 'agent' | 'preceding' | 'following' | 'subject' | 'same-label' | 'recent' | 'owner';
}

interface Scope {
  /** Stop at sentence (default) or clause boundaries. */
  clause?: boolean;
  /** Only mentions (names), not relational adjectives. */
  mentionsOnly?: boolean;
}

function within(ctx: Ctx, a: number, b: number, scope: Scope): boolean {
  return scope.clause ? ctx.st.clause[a] === ctx.st.clause[b] : ctx.st.sentence[a] === ctx.st.sentence[b];
}

function refOn(ctx: Ctx, t: number, scope: Scope): ActorId | undefined {
  if (scope.mentionsOnly) {
    const m = ctx.refs.mentionAt[t];
    return m >= 0 ? ctx.refs.mentions[m].actor : undefined;
  }
  return ctx.refs.refAt(t);
}

/** The nearest reference after token `from` (inclusive) within `max` tokens and the scope. */
export function refAfter(ctx: Ctx, from: number, max: number, scope: Scope = {}): Found | undefined {
  for (let t = from; t < ctx.toks.count && t < from + max; t++) {
    if (t > from && !within(ctx, from, t, scope)) return undefined;
    const a = refOn(ctx, t, scope);
    if (a) return { actor: a, t, how: 'following' };
  }
  return undefined;
}

/** The nearest reference before token `from` (exclusive) within `max` tokens and the scope. */
export function refBefore(ctx: Ctx, from: number, max: number, scope: Scope = {}): Found | undefined {
  for (let t = from - 1; t >= 0 && t >= from - max; t--) {
    if (!within(ctx, from, t, scope)) return undefined;
    const a = refOn(ctx, t, scope);
    if (a) return { actor: a, t, how: 'preceding' };
  }
  return undefined;
}

/** The first mention in the sentence before token `t`: in Arabic's verb–subject order, usually the agent. */
export function sentenceSubject(ctx: Ctx, t: number): Found | undefined {
  const sn = ctx.st.sentence[t];
  const a = ctx.st.sentenceStart[sn];
  for (let k = a; k < t; k++) {
    // «وقالت قائدة الحملة: «هذا هو المكان الذى استخدمه (داعش)»، … إلا أن أهاليها عبروا عن سعادتهم
    // البالغة بتحريرها»: a party named inside a quotation the word stands outside of is no subject of its sentence.
    // (A quoted name, «"قسد"», is no quotation.)
    // («"ي ب ك/ بي كا كا"»: a name spelled letter by letter is a quoted name however many tokens it takes.)
    const q = ctx.st.quote[k];
    const m = ctx.refs.mentionAt[k];
    if (q >= 0 && q !== ctx.st.quote[t] && ctx.st.quotes[q].t1 - ctx.st.quotes[q].t0 > 4 && !(m >= 0 && namesWholeQuote(ctx, q))) continue;
    if (m >= 0) return { actor: ctx.refs.mentions[m].actor, t: k, how: 'subject' };
  }
  return undefined;
}

/** Whether every word of quotation `q` names a party: a quoted name («"ي ب ك/ بي كا كا"»), not a quotation. */
function namesWholeQuote(ctx: Ctx, q: number): boolean {
  const quote = ctx.st.quotes[q];
  for (let k = quote.t0; k < quote.t1; k++) if (!ctx.refs.refAt(k)) return false;
  return true;
}

const MENTIONS_IN_SENTENCE: Scope = { mentionsOnly: true, clause: false };

/** The most recent mention before `t`, across sentences, within `max` tokens. */
export function recentMention(ctx: Ctx, t: number, max = 80): Found | undefined {
  const r = refBefore(ctx, t, max, MENTIONS_IN_SENTENCE);
  if (r) return { actor: r.actor, t: r.t, how: 'recent' };
  // refBefore stops at the sentence edge: walk the mentions list instead.
  const ms = ctx.refs.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].t1 <= t) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best >= 0 && t - ms[best].t1 <= max) return { actor: ms[best].actor, t: ms[best].t0, how: 'recent' };
  return undefined;
}

/** Words back from a tie's pronoun («التابعة له») to the party it points to. */
export const TIE_OWNER_REACH = 16;

/** «ميليشيات تابعة لسلطة دمشق», «المدعومة من إيران»: an affiliation word then the actor. */
export function affiliation(ctx: Ctx, t1: number): Found | undefined {
  const last = t1 - 1;
  // «ميليشيا «السلطان سليمان شاه» الموالية لتركيا»: past a quoted name right after the word.
  const q = t1 < ctx.toks.count ? ctx.st.quote[t1] : -1;
  if (q >= 0 && ctx.st.quotes[q].t0 === t1 && ctx.st.quotes[q].t1 - t1 <= 4) t1 = ctx.st.quotes[q].t1;
  for (let t = t1; t < t1 + 2 && t < ctx.toks.count; t++) {
    if (ctx.st.sentence[t] !== ctx.st.sentence[t1 - 1]) return undefined;
    const inside = ctx.is(t, ctx.lex.wordLists['inside-ties']);
    if (inside || ctx.is(t, ctx.lex.wordLists.affiliation)) {
      // «والآراء المتشددة التابع لدار الإفتاء»: a masculine tie after a feminine word agrees with a noun further back.
      // (The ending as written: «ة», not the pronoun «ه» the normalized text shares it with.)
      if (last >= 0 && lastWritten(ctx, last) === TEH_MARBUTA && ctx.is(t, ctx.lex.wordLists['masculine-ties'])) return undefined;
      // («الفصائل الإرهابية التابعة له، وميليشيا "قسد"»: a pronoun is the patron, and a name after it
      // is not; only the pronoun's own reference counts.)
      const pronoun = t + 1 < ctx.toks.count && ctx.is(t + 1, ctx.lex.wordLists['tie-pronouns']);
      const f = refAfter(ctx, t + 1, inside || pronoun ? 1 : 3) ?? (pronoun ? undefined : labelledPatron(ctx, t + 1));
      if (f) return { actor: f.actor, t: f.t, how: 'affiliation' };
      // «الفصائل الإرهابية التابعة له», «والميليشيات المتحالفة معها»: the pronoun points back to the party named before.
      if (t + 1 < ctx.toks.count && ctx.is(t + 1, ctx.lex.wordLists['tie-pronouns'])) {
        // By a name or a relational adjective («الاحتلال التركي والفصائل التابعة له»).
        const owner = refBefore(ctx, t1 - 1, TIE_OWNER_REACH);
        // «قسد المرتبطة به، والتنظيمات الإرهابية التابعة له»: the party before is itself tied to
        // the one the pronoun means, named further back.
        if (!owner || tiedToPronoun(ctx, owner.t + 1, t1)) return undefined;
        return { actor: owner.actor, t: owner.t, how: 'affiliation' };
      }
    }
  }
  return undefined;
}

/**
 * «ممارسات ميليشيا قسد المدعومة من قوات الاحتلال الأمريكي»: when the party at token `t` is the
 * patron an affiliation word ties a party before it to, that party, the head of the phrase.
 */
export function patronsClient(ctx: Ctx, t: number): Found | undefined {
  const k = patronTie(ctx, t);
  if (k === undefined) return undefined;
  const client = refBefore(ctx, k, 3);
  return client && client.actor !== ctx.refs.refAt(t) ? { actor: client.actor, t: client.t, how: 'preceding' } : undefined;
}

/** The affiliation word that makes the party at token `t` a patron («المدعومة من قوات الاحتلال الأمريكي»), if one does. */
function patronTie(ctx: Ctx, t: number): number | undefined {
  // Past «من (قبل)» and the words of a labelled name («من قوات الاحتلال الأمريكي»).
  const tie = ctx.lex.wordLists.affiliation;
  const s = nameStart(ctx, t);
  let k = s - 1;
  while (k > 0 && s - k <= 4 && ctx.st.clause[k] === ctx.st.clause[t] && !ctx.is(k, tie)) k--;
  return k > 0 && ctx.is(k, tie) && ctx.st.clause[k] === ctx.st.clause[t] ? k : undefined;
}

/** «من», «قبل»: a word of «من (قبل)» between a tie or a verdict and the party it names («مدعومة من قبل الولايات المتحدة»). */
export function isFromOrBy(ctx: Ctx, t: number): boolean {
  return ctx.is(t, ctx.lex.wordLists.from) || ctx.is(t, ctx.lex.wordLists['by-words']);
}

/**
 * «مدعومة من قوات الاحتلال التركي»: past «من (قبل)», a label whose relational adjective right
 * after it names the patron (the label's own words can push the adjective past `refAfter`'s reach).
 */
function labelledPatron(ctx: Ctx, from: number): Found | undefined {
  let k = from;
  while (k < from + 2 && k < ctx.toks.count && isFromOrBy(ctx, k)) k++;
  const labelEnd = k < ctx.toks.count ? ctx.hitEnd('labels', k) : -1;
  if (labelEnd < 0 || labelEnd >= ctx.toks.count || ctx.st.sentence[labelEnd] !== ctx.st.sentence[from]) return undefined;
  const a = ctx.refs.mentionAt[labelEnd] < 0 ? ctx.refs.refAt(labelEnd) : undefined;
  return a ? { actor: a, t: labelEnd, how: 'affiliation' } : undefined;
}

/** The gender a relative pronoun at token `k` shows: «الذي» masculine, «التي» feminine; undefined for others. */
export function relativeAgreement(ctx: Ctx, k: number): 'masculine' | 'feminine' | undefined {
  return ctx.is(k, ctx.lex.wordLists['masculine-relatives']) ? 'masculine' : ctx.is(k, ctx.lex.wordLists['feminine-relatives']) ? 'feminine' : undefined;
}

/**
 * «الجيش الوطني الليبي، الذي يسعى إلى تحرير العاصمة», «(قسد)، التي لطالما استخدمته كذريعة»: a
 * relative pronoun up to four words before token `t`, in its sentence; the party named right
 * before the pronoun is the one the clause is about — unless the pronoun cannot agree with it
 * («الحملة ضد تنظيم “داعش” والتي تهدف»: «التي» is the campaign's).
 */
export function relativeAntecedent(ctx: Ctx, t: number): Found | undefined {
  for (let k = t - 1; k > 0 && k >= t - 4 && ctx.st.sentence[k] === ctx.st.sentence[t]; k--) {
    if (!ctx.is(k, ctx.lex.wordLists.relatives)) continue;
    const m = ctx.refs.mentionAt[k - 1];
    if (m < 0 || ctx.st.sentence[k - 1] !== ctx.st.sentence[k]) return undefined;
    return disagrees(relativeAgreement(ctx, k), subjectAgreement(ctx, ctx.refs.mentions[m].t0), true) ? undefined : { actor: ctx.refs.mentions[m].actor, t: k - 1, how: 'agent' };
  }
  return undefined;
}

/** Whether tokens `a` … `b - 1` hold an affiliation word followed by a pronoun («المرتبطة به», «الموالية لها»). */
function tiedToPronoun(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) {
    if (ctx.is(k, ctx.lex.wordLists.affiliation) && ctx.is(k + 1, ctx.lex.wordLists['tie-pronouns'])) return true;
  }
  return false;
}

/** «تفرض مُحتل على ابناء المنطقة اسمه مليشيا قسد» (seed 000): a naming word, then the actor. */
export function apposition(ctx: Ctx, t1: number, reach = 3): Found | undefined {
  for (let t = t1; t < t1 + 8 && t < ctx.toks.count; t++) {
    if (ctx.st.sentence[t] !== ctx.st.sentence[t1 - 1]) return undefined;
    if (ctx.is(t, ctx.lex.wordLists.naming)) {
      // «من المتطرفين في الحسكة، وهو يعمل ضمن قسد»: a singular pronoun does not refer back to a
      // plural in «ين/ون»; it is the subject of a clause of its own.
      if (ctx.is(t, ctx.lex.wordLists['singular-pronouns']) && ctx.is(t1 - 1, MASCULINE_PLURAL)) return undefined;
      const f = refAfter(ctx, t + 1, reach);
      if (f) return { actor: f.actor, t: f.t, how: 'construct' };
      return undefined;
    }
  }
  return undefined;
}

/** «على يد قسد», «من قبل قسد», «نفذته خلايا داعش»: the agent of an act (`verbs: false`, only after «على يد», «من قبل»). */
export function agent(ctx: Ctx, t1: number, verbs = true): Found | undefined {
  for (let t = t1; t < t1 + AGENT_PAIR_REACH && t < ctx.toks.count; t++) {
    if (ctx.st.sentence[t] !== ctx.st.sentence[t1 - 1]) return undefined;
    if (ctx.refs.refAt(t)) return undefined;
    // «تعرضت للخطف مع عائلتها في 23 شباط الماضي على يد تنظيم الدولة»: «على يد» reaches past a
    // date in the act's clause; a verb of doing only a few words on.
    if (t >= t1 + 6 && !(ctx.st.clause[t] === ctx.st.clause[t1 - 1] && isAgentPair(ctx, t))) continue;
    // «الانتهاكات التي تقوم بها الدولة التركية», «حرب ممنهجة تقوم بها تركيا»: a verb of performing
    // with the act's pronoun after «بـ» is a verb of doing, its subject past the pronoun — when the
    // pronoun is the act's: the verb right after the act, or after a relative pronoun («عما قام به
    // نظام الأسد» performs «ما», not the act).
    const performs =
      verbs &&
      t + 1 < ctx.toks.count &&
      (t - t1 <= 1 || ctx.is(t - 1, ctx.lex.wordLists.relatives)) &&
      ctx.is(t, ctx.lex.wordLists['performing-verbs']) &&
      ctx.is(t + 1, ctx.lex.wordLists['tie-pronouns']);
    const verb = performs || (verbs && ctx.is(t, ctx.lex.wordLists['agent-verbs-past']));
    const s = performs ? t + 2 : t + 1;
    // «للجريمة التي ارتكبها الطيران الصهيو-امريكي بحق رجالات كتائب حزب الله»: the verb's subject
    // comes right after it, here a doer no list knows; a party further on is not it.
    if (verb && unknownSubject(ctx, s)) return undefined;
    // «الهجوم والاحتلال من جانب الجيش التركي»: «من جانب» names the doer right after the act, and
    // right after it («من جانب آخر» is «on the other hand»); further on it may be another act's
    // («وتزامن خطف المسيحيين مع تقدم مستمر من جانب المقاتلين الأكراد»).
    const side = t === t1 + 1 && ctx.word(t1) === 'من' && ctx.is(t, ctx.lex.wordLists['side-words']);
    if (verb || side || (t > 0 && isAgentPair(ctx, t))) {
      // «من قبل حرس السجن، وقيادات في صفوف قسد» (seed 001): the agent may come after a list; a
      // verb's subject comes right after it, in its clause («الجرائم التي يرتكبها العدو بحق أهلنا
      // في غزة، استهدف مجاهدو …»: no party there).
      const f = verb || side ? refAfter(ctx, s, 3, { clause: true }) : refAfter(ctx, t + 1, 8);
      // «من قبل الميليشيا بالتعاون مع قوات الاحتلال»: a labelled noun right after it is the doer;
      // a party named past a preposition after that noun is not («من قبل مجرمي العصر مليشيا قسد» is).
      if (f && !verb && labelledDoerBefore(ctx, t + 1, f.t)) return undefined;
      if (f) return { actor: f.actor, t: f.t, how: 'agent' };
    }
  }
  return undefined;
}

/** Whether a label starts at token `a` and a preposition stands between its end and token `b`. */
function labelledDoerBefore(ctx: Ctx, a: number, b: number): boolean {
  const labelEnd = ctx.hitEnd('labels', a);
  if (labelEnd < 0 || ctx.refs.refAt(a)) return false;
  for (let k = labelEnd; k < b; k++) if (isPrepositional(ctx, k)) return true;
  return false;
}

/** Whether token `t` is a preposition written apart («في», «مع») or carries one as a proclitic («بالتعاون», «للنظام»). */
export function isPrepositional(ctx: Ctx, t: number): boolean {
  return ctx.is(t, ctx.lex.wordLists.prepositions) || prepositionOn(ctx.word(t)) !== undefined;
}

/** How far after an act «على يد»/«من قبل» may name its doer, in the act's clause. */
const AGENT_PAIR_REACH = 10;

/** A definite noun at `s` that is no party, no label and no head of a party's name, with no party adjective after it. */
function unknownSubject(ctx: Ctx, s: number): boolean {
  if (s >= ctx.toks.count || !ctx.is(s, WITH_ARTICLE) || ctx.refs.refAt(s)) return false;
  if (ctx.is(s, ctx.lex.wordLists['construct-heads']) || ctx.hasHit('labels', s)) return false;
  return !(s + 1 < ctx.toks.count && ctx.refs.refAt(s + 1));
}

/** «على يد», «من قبل»: token `t` is the second word, with the first it needs before it. */
export function isAgentPair(ctx: Ctx, t: number): boolean {
  const w = ctx.word(t);
  return (w === 'يد' && ctx.word(t - 1) === 'علي') || (w === 'قبل' && ctx.word(t - 1) === 'من');
}

/** A word carrying a possessive pronoun («ها», «هم», «هن»); not a bare «ه», which after normalization is also the ta marbuta. */
const POSSESSIVE_WORD = wordClass((w) => endsInPronoun(w) && w.length > 4);
/** A word with no article that may end in the pronoun «ه» («خلافته», «منظومته»). */
const MAYBE_POSSESSED = wordClass((w) => /ه$/.test(w) && w.length > 3 && !WITH_ARTICLE.test(w));
/** The endings of the sound masculine plural, of people: «المتشددين», «الإرهابيون». */
const SOUND_PLURAL = /(?:ين|ون)$/;
/** A word in the sound masculine plural. */
export const MASCULINE_PLURAL = wordClass((w) => SOUND_PLURAL.test(w) && w.length > 4);
/** A singular word with the article («المزعومة», «الانفصالي»); a plural one («الإرهابيين») is often a noun itself. */
const DEFINITE_SINGULAR = wordClass((w) => opensWithArticle(w) && !SOUND_PLURAL.test(w));

/**
 * Whether token `t` is a noun carrying a possessive pronoun: «مشروعهم», «أجندتها» — or
 * «خلافته» with a definite singular adjective right after it («خلافته المزعومة», «قواعده غير
 * الشرعية»): a noun with no article that a definite adjective describes is made definite by its
 * pronoun «ه» («his»).
 */
export function isPossessed(ctx: Ctx, t: number): boolean {
  if (ctx.is(t, POSSESSIVE_WORD)) return true;
  // «قواعده غير الشرعية»: a negated adjective is its negation word and the adjective.
  const a = t + 1 < ctx.toks.count && ctx.is(t + 1, ctx.lex.wordLists['not-words']) ? t + 2 : t + 1;
  if (!ctx.is(t, MAYBE_POSSESSED) || a >= ctx.toks.count || ctx.st.clause[a] !== ctx.st.clause[t] || !ctx.is(a, DEFINITE_SINGULAR)) return false;
  // Written «ه», not the ta marbuta «ة» that normalization also makes «ه» («حكومة»).
  return lastWritten(ctx, t) === HEH;
}

/**
 * Whether token `t` carries a possessive pronoun on its own: «أبنائها», «عناصرهم», or a final «ه»
 * written as such, not as the ta marbuta («أبنائه»), on a word with no article.
 */
export function carriesPronoun(ctx: Ctx, t: number): boolean {
  if (ctx.is(t, POSSESSIVE_WORD)) return true;
  return ctx.is(t, MAYBE_POSSESSED) && lastWritten(ctx, t) === HEH;
}

/** «ة» as the source writes it: a feminine ending (normalized text writes it «ه», like the pronoun). */
export const TEH_MARBUTA = 0x629;

/** «ه» as the source writes it: the pronoun, not a «ة» normalized text also writes «ه». */
export const HEH = 0x647;

/** The letter at normalized offset `i` as the source writes it: normalization makes «ة» and «ه» one letter, and «آ», «أ», «إ» and «ا». */
function writtenAt(ctx: Ctx, i: number): number {
  return ctx.src.charCodeAt(ctx.norm.start[i]);
}

/** The last letter of token `t` as the source writes it. */
export function lastWritten(ctx: Ctx, t: number): number {
  return writtenAt(ctx, ctx.toks.end[t] - 1);
}

/**
 * Whether token `t` carries the article as the source writes it: «آليتين» normalizes to
 * «اليتين», a word of its own, not «ال» and «يتين». («لل» writes the article without its alef.)
 */
export function writtenDefinite(ctx: Ctx, t: number): boolean {
  if (!ctx.is(t, WITH_ARTICLE)) return false;
  const at = ctx.word(t).indexOf('ال');
  return at < 0 || writtenAt(ctx, ctx.toks.start[t] + at) === ALEF;
}

const ALEF = 0x627;

/** The party a possessive pronoun on token `t` points back to: the last party named in its sentence. */
export function pronounOwner(ctx: Ctx, t: number): Found | undefined {
  const m = recentMention(ctx, t, 40);
  if (!m || ctx.st.sentence[m.t] !== ctx.st.sentence[t]) return undefined;
  // «قوات سوريا الديمقراطية المتحالف مع الولايات المتحدة تصرفاته»: a patron named after the tie that
  // closes the phrase leaves the pronoun to the phrase's head, the party it ties.
  return patronsClient(ctx, m.t) ?? m;
}

/** The first token of the party's name at token `t` (a relational adjective stands alone). */
export function nameStart(ctx: Ctx, t: number): number {
  const m = ctx.refs.mentionAt[t];
  return m >= 0 ? ctx.refs.mentions[m].t0 : t;
}

/** A party's first word after a preposition: one written apart («في داعش»), one with the article («للنظام», «بالتحالف»), or one on a class noun («لتنظيم "ي ب ك"»). */
export function afterPreposition(ctx: Ctx, t: number): boolean {
  if (t > 0 && ctx.is(t - 1, ctx.lex.wordLists.prepositions)) return true;
  const w = ctx.word(t);
  const p = prepositionOn(w);
  return p !== undefined && (p.article || ctx.lex.wordLists['construct-heads'].test(w.slice(p.text.length)));
}

/**
 * Whether the party named at `t` stands after a preposition: on its name's first word or written
 * apart («في داعش», «للنظام»), or on the class word right before the name («لتنظيم “ي ب ك” في
 * سوريا بزعم», «من تنظيم "داعش"»).
 */
export function nameAfterPreposition(ctx: Ctx, t: number): boolean {
  const s = nameStart(ctx, t);
  if (afterPreposition(ctx, s)) return true;
  const k = s - 1;
  return k >= 0 && ctx.st.clause[k] === ctx.st.clause[s] && !ctx.refs.refAt(k) && prepositionOn(ctx.word(k)) !== undefined && afterPreposition(ctx, k);
}

/**
 * «ميليشيات حكومة السراج», «مسؤول العلاقات», «مسؤول مكتب الخروج»: the head at `t`, without the
 * article, in construct with an owner that is no party, no label and no adjective of relation —
 * a definite noun, or a noun and a definite noun after it. Returns where the owner ends, or
 * undefined when no such owner follows (a preposition, «و», a party's name, an adjective).
 */
export function unknownOwnerEnd(ctx: Ctx, t: number): number | undefined {
  if (ctx.is(t, WITH_ARTICLE)) return undefined;
  const noun = (k: number) =>
    k < ctx.toks.count &&
    ctx.st.clause[k] === ctx.st.clause[t] &&
    ctx.toks.kind[k] === TokenKind.Arabic &&
    !ctx.refs.refAt(k) &&
    !ctx.hasHit('labels', k) &&
    !isPrepositional(ctx, k) &&
    !opensWithConjunction(ctx.word(k));
  const definiteNoun = (k: number) => noun(k) && ctx.is(k, WITH_ARTICLE) && !ctx.is(k, DEFINITE_NISBA);
  if (definiteNoun(t + 1)) return t + 2;
  if (noun(t + 1) && !ctx.is(t + 1, WITH_ARTICLE) && !INDEFINITE_NISBA.test(ctx.word(t + 1)) && definiteNoun(t + 2)) return t + 3;
  return undefined;
}

/** An adjective of relation or a sound plural without the article («إجرامية», «مسلحين», «عربية»): no owner. */
const INDEFINITE_NISBA = /(?:ي|يه|يين|يون|ين|ون|ات)$/;

/**
 * What a subject's head word asks of its verb: the masculine singular («التحالف»), the feminine
 * singular («الإدارة», «تركيا», «قسد»), or a plural that a verb after it takes in the feminine or the
 * plural («قوات», «الفصائل») — and one before it in either gender.
 */
export type Agreement = 'masculine' | 'feminine' | 'plural';

/** The agreement the word lists give the word at token `t`; undefined for a word none holds. */
export function wordAgreement(ctx: Ctx, t: number): Agreement | undefined {
  if (ctx.is(t, ctx.lex.wordLists['masculine-heads'])) return 'masculine';
  if (ctx.is(t, ctx.lex.wordLists['feminine-heads'])) return 'feminine';
  return ctx.is(t, ctx.lex.wordLists['plural-heads']) ? 'plural' : undefined;
}

/**
 * The agreement of the noun at token `k` that governs the noun after it in a construct: one the
 * word lists know («قوات التحالف», «تنظيم قسد») or one in the feminine plural «ات» («طائرات
 * التحالف»). `null` for a word that governs none: one with the article, a particle, one carrying
 * a pronoun («التي تفرضها «قسد»») or a verb before its subject («ارتكبت قسد»); undefined for any
 * other word, which may be the head («دولة الاحتلال», «أحد مسلحي الفصائل») or an act done to the
 * party («محاربة تنظيم داعش»).
 */
function governorAgreement(ctx: Ctx, k: number): Agreement | null | undefined {
  if (ctx.toks.kind[k] !== TokenKind.Arabic || ctx.is(k, WITH_ARTICLE) || isConjunction(ctx.word(k))) return null;
  if (ctx.is(k, ctx.lex.wordLists.prepositions) || ctx.is(k, ctx.lex.wordLists.that) || ctx.is(k, ctx.lex.wordLists.relatives)) return null;
  const known = wordAgreement(ctx, k);
  if (known) return known;
  const w = ctx.word(k);
  if (w.endsWith('ات') && w.length >= 5) return 'plural';
  return carriesPronoun(ctx, k) || verbAgreement(w) ? null : undefined;
}

/**
 * The agreement of the phrase whose own first word is token `t0`: that of its head — the noun
 * before that governs it, if one does («قوات التحالف», «تنظيم قسد», «مرتزقة الاحتلال»).
 */
export function subjectAgreement(ctx: Ctx, t0: number): Agreement | undefined {
  let h = t0;
  for (; h > 0 && ctx.st.clause[h - 1] === ctx.st.clause[h]; h--) {
    const g = governorAgreement(ctx, h - 1);
    if (g === undefined) return undefined;
    if (g === null) break;
  }
  return h === t0 ? wordAgreement(ctx, h) : (governorAgreement(ctx, h) ?? undefined);
}

/**
 * The gender a verb shows its subject, when it shows one for certain: the feminine «ت» closing a
 * perfect («حررتها», «ارتكبت») or opening an imperfect («ترتكب»), the masculine «ي» («يرتكب»), or a
 * perfect whose feminine is «ت» more («كثف»). With `verb`, each is confirmed by the other gender's
 * form in the list («شنت» for «شن»; «تعمد», whose «ت» is its own, is masculine: «تعمدت»); without,
 * only the «ت» closing a perfect of three letters or more and the «ي» opening an imperfect count.
 * A plural («ارتكبوا», «يرتكبونها») shows none, nor any verb ending in «و» or «ون» («يدعو», «يكون»).
 */
export function verbAgreement(word: string, verb?: WordClass): 'masculine' | 'feminine' | undefined {
  const genders = new Set<'masculine' | 'feminine'>();
  for (const p of ['', ...CONJUNCTIONS]) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    const pronoun = OBJECT_PRONOUN.exec(rest)?.[0] ?? '';
    const stem = rest.length - pronoun.length >= 2 ? rest.slice(0, rest.length - pronoun.length) : rest;
    if (/(?:وا|ون|و)$/.test(stem)) continue;
    const listed = (w: string) => verb !== undefined && verb.test(p + w + (stem === rest ? '' : pronoun));
    // An imperfect whose masculine the list holds («تواصل»: «يواصل») is no perfect of its own «ت».
    const imperfect = stem.startsWith('ت') && listed('ي' + stem.slice(1));
    if (imperfect || (stem.endsWith('ت') && (verb ? listed(stem.slice(0, -1)) : stem.length >= 4))) genders.add('feminine');
    if (stem.startsWith('ي') && (verb ? listed('ت' + stem.slice(1)) : stem.length >= 4)) genders.add('masculine');
    if (!imperfect && listed(stem + 'ت')) genders.add('masculine');
  }
  return genders.size === 1 ? [...genders][0] : undefined;
}

/**
 * The agreement of the party named at token `t`: that of its name's phrase. A relational adjective
 * shows none: it agrees with a noun that may itself be owned («قوات الاحتلال التركي ومرتزقتها»).
 */
export function refAgreement(ctx: Ctx, t: number): Agreement | undefined {
  const m = ctx.refs.mentionAt[t];
  return m >= 0 ? subjectAgreement(ctx, ctx.refs.mentions[m].t0) : undefined;
}

/**
 * The agreement of the name of the party named at token `t`, by its own first word or a class noun
 * in the singular right before it («تنظيم داعش»): what a possessive pronoun may point to, whatever
 * governs the name («تحركات التنظيم … فلوله»: «ه» is the organisation's). A plural first word
 * governing the rest of the name shows none, nor a masculine one governing a feminine: the pronoun
 * may be the governed word's («لمساندة قوات النظام في قمعه», «تنظيم الدولة … فلولها»).
 */
export function nameAgreement(ctx: Ctx, t: number): Agreement | undefined {
  const m = ctx.refs.mentionAt[t];
  if (m < 0) return undefined;
  const { t0, t1 } = ctx.refs.mentions[m];
  const own = wordAgreement(ctx, t0);
  if (own === 'plural' && t1 - t0 > 1) return undefined;
  // «تنظيم الدولة … وغدت فلولها»: a masculine first word governing a feminine one («ة» as written)
  // shows none either; the pronoun may be the governed word's.
  if (own === 'masculine' && t1 - t0 > 1 && !ctx.is(t0, WITH_ARTICLE) && lastWritten(ctx, t1 - 1) === TEH_MARBUTA) return undefined;
  if (own) return own;
  const k = t0 - 1;
  const before = k >= 0 && ctx.st.clause[k] === ctx.st.clause[t0] && !ctx.is(k, WITH_ARTICLE) ? wordAgreement(ctx, k) : undefined;
  return before === 'plural' ? undefined : before;
}

/**
 * The gender the possessive pronoun closing token `t` shows of its owner: «ه» as the source writes
 * it, the masculine singular («اعتداءاته»); «ها», the feminine singular or a plural of things
 * («انتهاكاتها»). «هم» and «هما» show none, nor «ته».
 */
export function pronounAgreement(ctx: Ctx, t: number): 'masculine' | 'feminine' | undefined {
  const w = ctx.word(t);
  // («وقمعته»: a verb's feminine «ت» and its object, or a noun's «ة» and its owner.)
  if (/(?:هما|هم|هن|ته)$/.test(w)) return undefined;
  if (w.endsWith('ها') && w.length > 4) return 'feminine';
  return w.endsWith('ه') && w.length > 3 && lastWritten(ctx, t) === HEH ? 'masculine' : undefined;
}

/** Whether a verb of agreement `verb` cannot have a subject of agreement `subject`; `before`: the subject stands before the verb. */
export function disagrees(verb: 'masculine' | 'feminine' | undefined, subject: Agreement | undefined, before: boolean): boolean {
  if (!verb || !subject) return false;
  if (verb === 'feminine') return subject === 'masculine';
  return subject === 'feminine' || (subject === 'plural' && before);
}
