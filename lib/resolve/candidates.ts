/**
 * The sources a text names — named (a person with a name, an institution), vague («مصادر محلية»,
 * «ناشطون», «قيادات من قسد») or anonymous («اسم مستعار») — each found by a list or a rule, and
 * kept when a cue puts it in a source's role.
 */
import { byDate, otherSenseAround, relativeIn, type RefCtx as Ctx } from './references';
import type { ActorId, Attribution } from '../model/report';
import type { SourceEntry } from '../terms/schema';
import type { Hit } from '../terms/matcher';
import { TokenKind } from '../text/tokenize';
import { originalEnd } from '../text/normalize';
import {
  BA,
  DEFINITE_NISBA,
  LAM,
  OUR,
  prepositionOn,
  WITH_ARTICLE,
  withoutConjunctionAndArticle,
  withoutProclitics,
  isWaw,
  opensWithWaw,
  withoutConjunction,
} from '../text/clitics';
import { carriesPronoun, isPrepositional, lastWritten, MASCULINE_PLURAL, refAfter, refBefore, TEH_MARBUTA, unknownOwnerEnd } from './targets';
import { familyNames, firstWordsOf } from '../terms/lexicon';
import { wordClass } from '../text/words';
import {
  colonBefore,
  countAt,
  colonQuote,
  PLURAL_VERB_END,
  authorAt,
  continuation,
  cueBetween,
  thatBetween,
  hasAdjacentCue,
  hasCue,
  nameBeforeAbout,
  nameBeforeColonQuote,
  otherCueSense,
  toldTo,
  type CueTables,
} from './cues';
import { scratchUint8 } from '../text/scratch';

export interface SourceCandidate {
  cls: Exclude<Attribution, 'none'>;
  t0: number;
  t1: number;
  s: number;
  e: number;
  actor?: ActorId;
  /**
   * Term id of the source entry, or `title`/`cue-actor`/`statement`/`speaker`/`headline`; `stance`
   * for the subject of a verb of stance, the source of its sentence's figures only.
   */
  via: string;
  /** Whether a cue (قال، أفاد، بحسب …) puts it in the role of a source. */
  cued: boolean;
  /** A definite «المصدر» referring back to a source already cited. */
  repeat?: boolean;
  /** The source a repeat refers back to by its head word («المصدر العسكري» after «مصدر عسكري»). */
  refersTo?: SourceCandidate;
}

const IN_CLAUSE = { clause: true };

/** «لمراسل سانا», «لوكالة الأناضول»: a word starting with «ل» (after «و» or «ف»). */
const LAM_FIRST = wordClass(/^(?:[وف]?ل)/);

/**
 * The sources a text names, in named steps: the candidates each list or rule finds, the roles
 * they hand over or lose, and the ones kept — those a cue puts in a source's role, in text order.
 */
export function findSources(ctx: Ctx, cues: CueTables): SourceCandidate[] {
  const found = new Candidates(ctx);
  anonymousMarkers(ctx, found);
  initials(ctx, cues, found);
  listedNames(ctx, cues, found);
  titledNames(ctx, cues, found);
  vagueSources(ctx, cues, found);
  cuedActors(ctx, cues, found);
  recalledStatements(ctx, found);
  relativeSpeakers(ctx, found);
  headlineSpeakers(ctx, found);
  unlistedSpeakers(ctx, cues, found);
  recalledSpeakers(ctx, cues, found);
  knownSpeakers(ctx, cues, found);
  anonymousSpeakers(ctx, cues, found);
  participleSpeakers(ctx, cues, found);
  stanceSpeakers(ctx, found);
  const raw = found.sorted();
  handOverToOwners(ctx, raw);
  joinCoordinated(ctx, cues, raw);
  withheldNames(ctx, raw);
  repeatedSources(ctx, cues, raw);
  return citedSources(ctx, raw);
}

/** Words a subject may run to before the party it names: a title, an adjective and a name. */
const SUBJECT_WORDS = 6;

/**
 * «ووعد الرئيس التركي رجب طيب أردوغان بتوسيع العملية، قائلاً إن …», «وافتتح القائد العام لقوات
 * سوريا الديمقراطية، الجنرال مظلوم عبدي، أعمال الكونفرانس …، قائلاً: “…”»: a participle of saying
 * (a cue marked `participle`) with no source cited before it in its sentence speaks for the
 * subject of the verb that opens the sentence — a source or a party named right after that verb,
 * or a title and the party after it.
 */
function participleSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st } = ctx;
  const list = found.list;
  let speakers: Map<number, SourceCandidate> | undefined;
  for (let hi = 0; hi < cues.cueHits.length; hi++) {
    const p = cues.cueHits[hi].t0;
    if (!cues.cues[cues.cueHits[hi].index].participle || !saysWhat(ctx, p)) continue;
    const sn = st.sentence[p];
    // The verb opens the sentence, after «كما» if need be; the subject follows it.
    let verb = st.sentenceStart[sn];
    if (ctx.is(verb, ctx.lex.wordLists['as-particles'])) verb++;
    const subject = verb + 1;
    if (subject >= p || st.clause[verb] !== st.clause[subject]) continue;
    let cited = false;
    let atSubject: SourceCandidate | undefined;
    for (const c of list) {
      if (st.sentence[c.t0] !== sn || c.t0 >= p) continue;
      if (c.cued) cited = true;
      else if (c.t0 === subject) atSubject = c;
    }
    if (cited) continue;
    if (atSubject) {
      atSubject.cued = true;
      continue;
    }
    // «الرئيس التركي رجب طيب أردوغان»: a party named first in the subject, past a title and a name.
    // («وانتقد عبدي اصرار نظام بشار الاسد …، معتبرا»: a person the text has named as a speaker
    // ends the subject; the party after it is in the verb's object.)
    speakers ??= speakerNames(ctx, list);
    let m = -1;
    let person: SourceCandidate | undefined;
    for (let k = subject; k < p && k < subject + SUBJECT_WORDS && st.clause[k] === st.clause[subject]; k++) {
      if (ctx.is(k, ctx.lex.wordLists['not-a-name'])) break;
      person = speakers.get(ctx.ids[k]);
      if (person) {
        found.push({ cls: 'named', t0: subject, t1: k + 1, actor: person.actor, via: 'cue-actor', cued: true });
        break;
      }
      if (ctx.refs.mentionAt[k] >= 0) {
        m = ctx.refs.mentionAt[k];
        break;
      }
    }
    if (m < 0 || person) continue;
    const { t1, actor } = ctx.refs.mentions[m];
    found.push({ cls: 'named', t0: subject, t1, actor, via: 'cue-actor', cued: true });
  }
}

/**
 * «أدانت الولايات المتحدة مقتل 9 مدنيين», «أعربت الأمم المتحدة عن قلقها على مصير نحو 100 ألف
 * مدني», «حثت منظمة الأمم المتحدة للطفولة (يونيسيف) جميع الدول»: a body or a party right after a
 * verb of stance (word list `stance-verbs`) that opens its sentence, after «و» or «كما» if need be,
 * takes a stance on what its clause names, the counts in it too; it is their source.
 */
function stanceSpeakers(ctx: Ctx, found: Candidates): void {
  const { st, toks } = ctx;
  const verbs = ctx.lex.wordLists['stance-verbs'];
  for (let sn = 0; sn + 1 < st.sentenceStart.length; sn++) {
    let verb = st.sentenceStart[sn];
    if (verb < toks.count && ctx.is(verb, ctx.lex.wordLists['as-particles'])) verb++;
    const subject = verb + 1;
    if (subject >= toks.count || st.sentence[subject] !== sn || !ctx.is(verb, verbs) || st.clause[verb] !== st.clause[subject]) continue;
    let at: SourceCandidate | undefined;
    let cited = false;
    for (const c of found.list) {
      if (st.sentence[c.t0] !== sn) continue;
      if (c.cued) cited = true;
      else if (c.t0 === subject && c.cls === 'named') at = c;
    }
    if (cited) continue;
    if (at) {
      found.push({ cls: 'named', t0: at.t0, t1: at.t1, actor: at.actor, via: 'stance', cued: true });
      continue;
    }
    const m = ctx.refs.mentionAt[subject];
    if (m < 0 || ctx.refs.mentions[m].t0 !== subject) continue;
    const { t1, actor } = ctx.refs.mentions[m];
    found.push({ cls: 'named', t0: subject, t1, actor, via: 'stance', cued: true });
  }
}

/**
 * The last word of each person named as a speaker («وقال عبدي إن»), by its word number, with that
 * speaker. (A word with the article ends a body's name, «الإدارة العامة», and is no person's.)
 */
function speakerNames(ctx: Ctx, list: SourceCandidate[]): Map<number, SourceCandidate> {
  const names = new Map<number, SourceCandidate>();
  for (const c of list) if (c.via === 'speaker' && !ctx.is(c.t1 - 1, WITH_ARTICLE) && !ctx.refs.refAt(c.t1 - 1)) names.set(ctx.ids[c.t1 - 1], c);
  return names;
}

/**
 * Whether the participle at `p` opens what was said — «أن»/«إن» within three words, «إلى»/«عن»
 * right after it («مشيراً إلى ارتقاء …»), or a quotation, after a colon or not — and is no
 * adjective joined by «و» («حالات موثقة ومؤكدة»).
 */
function saysWhat(ctx: Ctx, p: number): boolean {
  if (opensWithWaw(ctx.word(p))) return false;
  const q = p + 1 < ctx.toks.count ? ctx.st.quote[p + 1] : -1;
  if (colonQuote(ctx, p) !== undefined || (q >= 0 && ctx.st.quotes[q].t0 === p + 1)) return true;
  // «مشيراً إلى ارتقاء 3 شهداء»: what it points to.
  if (p + 1 < ctx.toks.count && ctx.is(p + 1, ctx.lex.wordLists['pointing-particles'])) return true;
  for (let t = p + 1; t <= p + 3 && t < ctx.toks.count && ctx.st.sentence[t] === ctx.st.sentence[p]; t++) if (ctx.is(t, ctx.lex.wordLists.that)) return true;
  return false;
}

/** The candidates found so far, with a per-token flag of what they cover. */
class Candidates {
  readonly list: SourceCandidate[] = [];
  /** 1 where a candidate covers the token, so «a known source already stands there» is one look. */
  readonly covered: Uint8Array;
  /** Names declared anonymous («علي (اسم مستعار)»). */
  readonly anonNames = new Set<string>();

  constructor(private readonly ctx: Ctx) {
    this.covered = scratchUint8(ctx.toks.count);
  }

  /** `shownTo`: where the name shown to the reader ends, when it runs past the words the rules read («لجنة الإنقاذ الدولية»). */
  push(c: Omit<SourceCandidate, 's' | 'e'>, shownTo = c.t1): void {
    const { toks } = this.ctx;
    // Every candidate has the same fields, in the same order.
    this.list.push({
      cls: c.cls,
      t0: c.t0,
      t1: c.t1,
      s: toks.start[c.t0],
      e: toks.end[shownTo - 1],
      actor: c.actor,
      via: c.via,
      cued: c.cued,
      repeat: undefined,
      refersTo: undefined,
    });
    this.covered.fill(1, c.t0, c.t1);
  }

  /** The candidates by start, the longer first. */
  sorted(): SourceCandidate[] {
    return this.list.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  }
}

/** Anonymous markers, and the speaker they belong to («علي (اسم مستعار)»). */
function anonymousMarkers(ctx: Ctx, found: Candidates): void {
  const { toks } = ctx;
  for (let hi = 0, list = ctx.hits.get('anonymousMarkers') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    found.push({ cls: 'anonymous', t0: h.t0, t1: h.t1, via: 'anonymous', cued: true });
    const prev = h.t0 - 1;
    // (A party's name is no one's: «“قوات سوريا الديمقراطية” (قسد)، (تحفظ على ذكر اسمه)» withholds another's.)
    if (prev >= 0 && toks.kind[prev] === TokenKind.Arabic && !ctx.is(prev, ctx.lex.wordLists['not-a-name']) && ctx.refs.mentionAt[prev] < 0) found.anonNames.add(ctx.word(prev));
  }
}

/**
 * «وأشارت إفادات الإرهابيين "س. ت"، و"هـ. ش"»: a person given only by initials (single letters,
 * each but the last followed by a dot) is a source whose name is withheld — when a cue just
 * before introduces them, inside quotation marks or not. Initials joined to the first by «و» are
 * the same source's company.
 */
function initials(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, text, toks } = ctx;
  const { start, end, kind } = toks;
  const letter = (t: number) => t < toks.count && end[t] - start[t] === 1 && kind[t] === TokenKind.Arabic;
  let lastEnd = -1;
  for (let t = 0; t + 1 < toks.count; t++) {
    // Most tokens are longer than a letter: the one comparison settles them.
    if (end[t] - start[t] !== 1 || kind[t] !== TokenKind.Arabic || ctx.chrome[t]) continue;
    let e = t;
    while (letter(e + 1) && text.charCodeAt(toks.end[e]) === 0x2e && st.sentence[e + 1] === st.sentence[t]) e++;
    if (e === t) continue;
    // «وأكدت المصادر لـ (د.ب.أ):», «نقلت الوكالة الفرنسية للأنباء (أ.ف.ب)»: a news agency's initials are its name.
    if (agencyInitials(ctx, t, e)) {
      t = e;
      continue;
    }
    const sn = st.sentence[t];
    const cue = (cues.cuesBySentence[sn] ?? []).some((h) => h.t1 <= t && t - h.t1 <= 3);
    const joined = lastEnd >= 0 && t - lastEnd <= 1 && isWaw(ctx.word(t - 1));
    if (cue || joined) found.push({ cls: 'anonymous', t0: t, t1: e + 1, via: 'initials', cued: cue && !joined });
    lastEnd = e + 1;
    t = e;
  }
}

/** Whether the single letters `t` … `e` spell a news agency's initials («د.ب.أ», word list `agency-initials`). */
function agencyInitials(ctx: Ctx, t: number, e: number): boolean {
  let letters = '';
  for (let k = t; k <= e; k++) letters += ctx.word(k);
  return ctx.lex.wordLists['agency-initials'].test(letters);
}

/**
 * Where the one told starts when token `t` is «لـ» and whom words were told to, written on it or
 * apart («لرويترز», «لـ «الشرق»»); -1 when `t` is no recipient.
 */
function toldAt(ctx: Ctx, cues: CueTables, t: number): number {
  if (!isRecipient(ctx, cues, t)) return -1;
  return ctx.word(t) === LAM && t + 1 < ctx.toks.count ? t + 1 : t;
}

/** Whether token `t` is a source told, by name, title or quoted name: «لرويترز», «لـ «الشرق»». */
function toldOutlet(ctx: Ctx, cues: CueTables, t: number): boolean {
  const at = toldAt(ctx, cues, t);
  return at >= 0 && (ctx.hasHit('namedSources', at) || ctx.hasHit('titles', at) || ctx.st.quote[at] >= 0);
}

/** «لمراسل سانا», «لوكالة الأناضول»: who was told, not who told — unless «وفقاً لـ» put the ل there. */
function isRecipient(ctx: Ctx, cues: CueTables, t: number): boolean {
  if (authorAt(ctx, cues, t)) return false;
  // «سبق لوسائل إعلام أمريكية أن …»: after «سبق», «لـ» brings the subject.
  if (t > 0 && ctx.is(t - 1, ctx.lex.wordLists['lam-subject-verbs'])) return false;
  // «وقال مصدر لـ موقع تلفزيون سوريا»: «لـ» written apart.
  // («وقالت لجنة الإنقاذ الدولية»: the «ل» of «لجنة» is the word's own, not «لـ».)
  return (ctx.is(t, LAM_FIRST) && !ownLamWord(ctx, t)) || (t > 0 && ctx.word(t - 1) === LAM && ctx.st.clause[t - 1] === ctx.st.clause[t]);
}

/** Whether the word at `t`, past «و»/«ف», is a source or title's own first word that starts with «ل» («لجنة», «لواء»). */
function ownLamWord(ctx: Ctx, t: number): boolean {
  const w = ctx.word(t);
  return firstWordsOf(ctx.lex, SOURCE_SECTIONS).has(withoutConjunction(w));
}

/** Sources the lists name: institutions, agencies, officials. */
function listedNames(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const named = (ctx.lex.list.namedSources ?? []) as SourceEntry[];
  for (let hi = 0, list = ctx.hits.get('namedSources') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (isRecipient(ctx, cues, h.t0) || (h.t0 > 0 && isRecipient(ctx, cues, h.t0 - 1) && ctx.hasHit('titles', h.t0 - 1))) continue;
    // «وكالة الأنباء السورية (سانا)» in 2017: a source the lists give to the transitional
    // government speaks, in the Assad era, for the government it shares its names with.
    const own = named[h.index].actor;
    const shared = own !== undefined ? ctx.lex.actors.get(own)?.shared?.with : undefined;
    const actor = (own !== undefined && shared !== undefined ? (byDate(ctx, own, shared) ?? own) : own) ?? refAfter(ctx, h.t0, h.t1 - h.t0)?.actor;
    found.push({ cls: 'named', t0: h.t0, t1: h.t1, actor, via: named[h.index].id, cued: hasCue(ctx, cues, h.t0, h.t1) || ownActOpens(ctx, h.t0) });
  }
}

/**
 * «طلبت وزارة الدفاع الأميركية (البنتاغون) تخصيص 130 مليون دولار»: an institution named right
 * after the verb of its own act that opens the clause tells of that act, and its figures are its own.
 */
function ownActOpens(ctx: Ctx, t0: number): boolean {
  const v = t0 - 1;
  return v >= 0 && ctx.st.clause[v] === ctx.st.clause[t0] && (v === 0 || ctx.st.clause[v - 1] !== ctx.st.clause[v]) && ctx.is(v, ctx.lex.wordLists['own-act-verbs']);
}

/** A title followed by a name: «المتحدث باسم قسد فرهاد شامي». */
function titledNames(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { lex, st, toks } = ctx;
  // The words of the titles a name followed (with and without proclitics), and the party of the last one.
  const named = new Map<string, ActorId | undefined>();
  for (let hi = 0, list = ctx.hits.get('titles') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    // «لـ موقع تلفزيون سوريا»: a title after the recipient's own title is the recipient's name.
    if (isRecipient(ctx, cues, h.t0) || (h.t0 > 0 && ctx.hasHit('titles', h.t0 - 1) && isRecipient(ctx, cues, h.t0 - 1))) continue;
    // «التحالف الدولي بقيادة الولايات المتحدة»: led by, not a command.
    if (ctx.is(h.t0, ctx.lex.wordLists['not-a-title'])) continue;
    const entry = (lex.list.titles ?? [])[h.index];
    // «وقال الناشطون لـ "سمارت"», «وبحسب ما ذكر الناشطين»: a person's title in the plural is a
    // group, no one it names.
    if (h.t1 - h.t0 === 1 && ctx.is(h.t0, MASCULINE_PLURAL) && !entry?.outlet) continue;
    // «وثّقت الشبكة السورية لحقوق الإنسان … ووثّقت "الشبكة" اعتقال»: a source the lists name,
    // opening with the title, is the one the title alone refers back to.
    const listedEnd = ctx.hitEnd('namedSources', h.t0);
    if (listedEnd > h.t1) {
      const actor = ctx.refs.refAt(h.t0) ?? refAfter(ctx, h.t0, listedEnd - h.t0, IN_CLAUSE)?.actor;
      for (const w of withoutProclitics(ctx.word(h.t0))) named.set(w, actor);
    }
    // «مراسل صحافي في محافظة الحسكة»: a title that names a place, after a preposition, is the place.
    // (Not where a report's author stands: «بحسب إحصائية صادرة عن بلدية الشعب», «بيان لبلدية القامشلي».)
    if (
      entry?.namesPlace &&
      ((h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && ctx.is(h.t0 - 1, ctx.lex.wordLists.prepositions)) || prepositionOn(ctx.word(h.t0))) &&
      !authorAt(ctx, cues, h.t0)
    )
      continue;
    const next = h.t1;
    // («المنظمة وثّقت اعتقال»: a verb of saying right after the title is its verb, not a name; a
    // title in quotation marks of its own («ووثّقت "الشبكة" اعتقال») ends with them.)
    const q = st.quote[h.t0];
    if (
      next >= toks.count ||
      (q >= 0 && st.quotes[q].t0 === h.t0 && st.quotes[q].t1 === h.t1) ||
      st.clause[next] !== st.clause[h.t0] ||
      toks.kind[next] === TokenKind.Number ||
      ctx.is(next, ctx.lex.wordLists['not-a-name']) ||
      cues.cueStart[next] === 1 ||
      // «وأضاف المسؤول لرويترز إن», «وأكد الناشط لـ «الشرق» أن»: the outlet a person's title,
      // definite, told is no name of theirs (not «المسؤول لدى نظام الأسد “عمر رحمون”»).
      (h.t1 - h.t0 === 1 && ctx.is(h.t0, WITH_ARTICLE) && ctx.is(h.t0, ctx.lex.wordLists['person-titles']) && toldOutlet(ctx, cues, next))
    ) {
      // «ونقلت وكالة الأنباء السورية … وبحسب الوكالة، فقد»: a definite title with no name after
      // it is the one a name followed before.
      // («المحافظة» after «محافظة الحسكة» is the province.)
      const before = h.t1 - h.t0 === 1 && !entry?.namesPlace && ctx.is(h.t0, WITH_ARTICLE) ? withoutProclitics(ctx.word(h.t0)).find((w) => named.has(w)) : undefined;
      if (before !== undefined) found.push({ cls: 'named', t0: h.t0, t1: h.t1, actor: named.get(before), via: 'title', cued: hasCue(ctx, cues, h.t0, h.t1) });
      // «وأشار التلفزيون الرسمي إلى»: the state's own outlet is named by that word (but «في بيان
      // على موقعها الرسمي» is the speaker's own).
      else if (next < toks.count && entry?.outlet && ctx.is(next, ctx.lex.wordLists.official)) {
        if (carriesPronoun(ctx, h.t0)) ownersMedium(ctx, cues, h, found);
        else found.push({ cls: 'named', t0: h.t0, t1: next + 1, via: 'title', cued: hasCue(ctx, cues, h.t0, next + 1) });
      }
      continue;
    }
    // «وقال المسؤول الأمريكي الذي تحدث …»: a party's relational adjective describes the title; it is
    // no name — but it names the state whose body «السلطات التركية» is.
    if (ctx.refs.refAt(next) !== undefined && ctx.refs.mentionAt[next] < 0 && !entry?.stateNames) continue;
    // «وكالة الأنباء الرسمية»: an agency's name may hold a vague word; a person's title may not («المتحدث باسم مصادر»).
    if (ctx.hasHit('vagueSources', next) && !entry?.outlet) continue;
    // «وكالات الأنباء», «شبكات إخبارية», «منظمات حقوقية»: bodies in the plural with no name are a vague source.
    // («المنظمة الحقوقية» after «منظمة العفو الدولية» is that one again.)
    if (entry?.yieldsToVague && !ctx.is(h.t0, WITH_ARTICLE) && ctx.hasHit('vagueSources', h.t0)) continue;
    // «وقالت "قسد"، في بيان نشرته على حسابها بموقعها الإلكتروني»: an outlet with a possessive
    // pronoun is the speaker's own medium, not a source; its role is its owner's, the party named
    // last before it in its sentence.
    if (entry?.outlet && carriesPronoun(ctx, h.t0)) {
      ownersMedium(ctx, cues, h, found);
      continue;
    }
    // Whose the title is, within its name — not past «إن» («وقال الرئيس العراقي إن الهجوم التركي …»).
    let reach = h.t1 - h.t0 + 5;
    const that = ctx.lex.wordLists.that;
    for (let k = h.t1; k < h.t0 + reach && k < toks.count; k++) if (ctx.is(k, that)) reach = k - h.t0;
    const actor = refAfter(ctx, h.t0, reach, { clause: true })?.actor;
    for (const w of withoutProclitics(ctx.word(h.t0))) named.set(w, actor);
    found.push({ cls: 'named', t0: h.t0, t1: next + 1, actor, via: 'title', cued: hasCue(ctx, cues, h.t0, next + 1) }, nameEnd(ctx, next + 1));
  }
}

/**
 * An outlet's title `h` with a possessive pronoun («بموقعها», «على موقعه الرسمي») is the speaker's
 * own medium: a cue on it puts its owner, the party named last before it in its sentence, in a
 * source's role — unless a source found already stands nearer.
 */
function ownersMedium(ctx: Ctx, cues: CueTables, h: Hit, found: Candidates): void {
  if (!hasCue(ctx, cues, h.t0, h.t1)) return;
  const f = refBefore(ctx, h.t0, h.t0, { mentionsOnly: true });
  if (!f || anyIn(found.covered, f.t, h.t0)) return;
  const owner = ctx.refs.mentions[ctx.refs.mentionAt[f.t]];
  found.push({ cls: 'named', t0: owner.t0, t1: owner.t1, actor: owner.actor, via: 'title', cued: true });
}

/** Words of a title's name after its first one, at most: «لجنة الإنقاذ الدولية», «وزارة الدفاع الروسية». */
const NAME_WORDS = 3;

/** Word lists whose words end a title's name: «أن», «التي», «التابعة», «اليوم». */
const NAME_STOPS = ['that', 'relatives', 'affiliation', 'day-words'] as const;

/**
 * Where a title's name that has its first word before `t` ends, as the reader is shown it: past
 * the words with the article that go on describing it («لجنة الإنقاذ الدولية», «هيئة الإغاثة
 * الإنسانية»), up to a verb of saying, «أن», a party's own name, another source or the clause's
 * end, a relative pronoun, a tie or a day. (The rules read the title and its first word only: where
 * speech opens is measured from there.)
 */
function nameEnd(ctx: Ctx, t: number): number {
  const { st, toks } = ctx;
  let k = t;
  while (
    k < toks.count &&
    k < t + NAME_WORDS &&
    st.clause[k] === st.clause[t - 1] &&
    toks.kind[k] === TokenKind.Arabic &&
    ctx.word(k).startsWith('ال') &&
    ctx.refs.mentionAt[k] < 0 &&
    !ctx.hasHit('cues', k) &&
    !ctx.hasHit('titles', k) &&
    !ctx.hasHit('vagueSources', k) &&
    !ctx.hasHit('namedSources', k) &&
    !NAME_STOPS.some((id) => ctx.is(k, ctx.lex.wordLists[id]))
  )
    k++;
  return k;
}

/** Vague sources, and whose they are: «مسؤولي قسد», «قيادات من قسد», «مصادر في الإدارة الذاتية». */
function vagueSources(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  const vague = (ctx.lex.list.vagueSources ?? []) as SourceEntry[];
  for (let hi = 0, list = ctx.hits.get('vagueSources') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (
      inAgencyName(ctx, h.t0) ||
      namedAfter(ctx, h.t1) ||
      oneOfNamed(ctx, h.t0, found.covered) ||
      nameAfterBody(ctx, h.t1) ||
      negated(ctx, cues, h.t0, vague[h.index]) ||
      otherSenseAround(ctx, h, 'vagueSources')
    )
      continue;
    // «نقلاً عن مصادره»: his sources; written with «ة», «مصادرة الأراضي» is confiscation.
    if (ctx.is(h.t0, ctx.lex.wordLists['pronoun-written']) && lastWritten(ctx, h.t0) === TEH_MARBUTA) continue;
    // «في تصريح لوسائل إعلام», «لخروج آمن للمواطنين»: whom something is said or given to.
    if (isRecipient(ctx, cues, h.t0)) continue;
    // «إطلاق سراح الإعلاميين», «مقتل أحد قادة التنظيم», «استهداف قادة من قسد»: the people an act
    // falls on, not someone who tells of it.
    if (h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && ctx.is(h.t0 - 1, ctx.lex.wordLists['acts-on-people'])) continue;
    // «وزير الإعلام السوري»: the words are a title's name.
    if (h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && ctx.hitEnd('titles', h.t0 - 1) === h.t0) continue;
    // «وقال شرفان عبدي وهو قيادي في قوات حماية الشعب»: what a person just named is.
    if (h.t0 > 0 && ctx.is(h.t0 - 1, ctx.lex.wordLists['cleft-pronouns'])) continue;
    // «وقال محسن الحمد (شاهد عيان من البلدة) لموقع «الحل» إن»: the same, in parentheses after the name.
    if (glossOfName(ctx, h.t0)) continue;
    // «بناءً على طلب ومناشدات أهالي منطقة منبج»: whose request it was, no one telling of it.
    if (h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && ctx.is(h.t0 - 1, ctx.lex.wordLists['request-words'])) continue;
    // «كشف مسؤول فريق الاستجابة في الرقة، ياسر الخميس، عن», «وقال عدنان عفرين القيادي في قسد إن»:
    // a title whose holder is named beside it is that named person; so is one of a group («ويقول
    // احد مقاتلي YPG، صفوان رشيد،»).
    const holder = ctx.is(h.t0, ctx.lex.wordLists['person-titles']) || ctx.is(h.t0, ctx.lex.wordLists['one-of']) ? titleHolder(ctx, cues, h) : undefined;
    if (holder) {
      found.push({ cls: 'named', t0: holder.t0, t1: holder.t1, via: 'speaker', cued: true });
      continue;
    }
    // «وقال مسؤول العلاقات والإعلام في المفوضية», «مسؤول مكتب الخروج في المخيم»: a title in
    // construct with a definite noun is a post, one person the text can be checked against.
    const post = holder === undefined && h.t1 - h.t0 === 1 && ctx.is(h.t0, ctx.lex.wordLists['person-titles']) ? unknownOwnerEnd(ctx, h.t0) : undefined;
    if (post !== undefined) {
      found.push({ cls: 'named', t0: h.t0, t1: post, via: 'title', cued: hasCue(ctx, cues, h.t0, post) });
      continue;
    }
    // «تلك الأنباء», «هذه التقارير»: reports already told of; «أي تقارير»: any at all, none given.
    // («وبحسب هذه المصادر»: the sources cited before, named again — see repeatedSources.)
    if (h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && (pointsBack(ctx, h.t0) ? !vague[h.index].anySource : ctx.is(h.t0 - 1, ctx.lex.wordLists['any-words']))) continue;
    // «وتناقل ناشطون أنباء تفيد بإصابة 4 عناصر»: a report another source passed on; that one is the source.
    if (vague[h.index].ownerNames && passedOnBy(ctx, h.t0, found.covered)) continue;
    // «بحسب تقارير الشرطة», «وفق تقديراتهم»: a document its owner names.
    const owner = vague[h.index].ownerNames ? documentOwner(ctx, h) : vague[h.index].pronounOwns ? ownersPronoun(ctx, h) : undefined;
    if (owner) {
      found.push({ cls: 'named', t0: owner.t0, t1: owner.t1, actor: ctx.refs.refAt(owner.t1 - 1), via: 'owner', cued: hasCue(ctx, cues, h.t0, h.t1) });
      continue;
    }
    // «ذكرت وسائل الإعلام السورية الرسمية»: the state's own outlets, named by that word.
    const official = vague[h.index].officialNames ? officialAfter(ctx, h.t0, h.t1) : -1;
    if (official >= 0) {
      found.push({ cls: 'named', t0: h.t0, t1: official + 1, actor: ctx.refs.refAt(h.t1), via: 'title', cued: hasCue(ctx, cues, h.t0, official + 1) });
      continue;
    }
    // «معلومات حصلت عليها الأناضول»: the report is of the source that got it; «معلومات وصلته», «وفق
    // المعلومات التي لديه»: of the one the pronoun names, told of already, no unnamed source.
    const got = vague[h.index].ownerNames ? receivedBy(ctx, h.t1) : undefined;
    if (got === null) continue;
    if (got) {
      found.push({ cls: 'named', t0: got.t0, t1: got.t1, actor: got.actor, via: 'publisher', cued: hasCue(ctx, cues, h.t0, h.t1) });
      continue;
    }
    // «وبحسب المعلومات التي نشرتها YPG»: the report is the named party's.
    const by = publisher(ctx, h.t1, found);
    if (by === null) continue;
    if (by) {
      found.push({ cls: 'named', t0: by.t0, t1: by.t1, actor: by.actor, via: 'publisher', cued: hasCue(ctx, cues, h.t0, h.t1) });
      continue;
    }
    const next = h.t1 < toks.count && st.clause[h.t1] === st.clause[h.t0];
    // «ويتهم ناشطون تنظيم داعش»: a plural that keeps its «ن» heads no construct; the name after it is
    // another noun — unless it agrees with it, an adjective in the same plural («مسؤولون أميركيون»).
    const construct = next && (!ctx.is(h.t1 - 1, MASCULINE_PLURAL) || ctx.is(h.t1, MASCULINE_PLURAL));
    const actor =
      (ctx.refs.refAt(h.t1) && construct ? ctx.refs.refAt(h.t1) : undefined) ??
      (next && ctx.is(h.t1, ctx.lex.wordLists['owners-follow']) ? refAfter(ctx, h.t1 + 1, 2, IN_CLAUSE)?.actor : undefined);
    const entry = vague[h.index];
    // «يُعتقد أن» opens its own clause; after a subject («من يرى الرقة يعتقد بأن») it is that
    // subject's verb, and inside a quotation the speaker's own hedge — not a belief widely held.
    if (entry.saysItself && !entry.general && ((h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0]) || st.quote[h.t0] >= 0)) continue;
    const cued = entry.adjacentCue
      ? hasAdjacentCue(ctx, cues, h.t0, h.t1)
      : entry.saysItself === true ||
        hasCue(ctx, cues, h.t0, h.t1) ||
        tellsAbout(ctx, entry, h) ||
        gotFrom(ctx, h.t0) ||
        (!entry.partyToEvents && voiced(ctx, h)) ||
        (entry.anySource === true && urgedBy(ctx, h));
    found.push({ cls: 'vague', t0: h.t0, t1: h.t1, actor, via: vague[h.index].id, cued });
  }
}

/**
 * «وطالب المصدر المجتمع الدولي بـ"إدانة السلوك العدواني"», «ودعا المصدر الفلاحين إلى», «وعبر
 * المصدر عن تطلع المملكة»: a word for any source right after a verb of calling on, ruling out or
 * voicing is its subject, who tells.
 */
function urgedBy(ctx: Ctx, h: Hit): boolean {
  const { st } = ctx;
  if (h.t0 === 0 || st.clause[h.t0 - 1] !== st.clause[h.t0]) return false;
  if (ctx.is(h.t0 - 1, ctx.lex.wordLists['source-urging-verbs'])) return true;
  return ctx.is(h.t0 - 1, ctx.lex.wordLists['voicing-about-verbs']) && h.t1 < ctx.toks.count && st.clause[h.t1] === st.clause[h.t0] && ctx.is(h.t1, ctx.lex.wordLists.about);
}

/** Words after a source within which «أن» makes «بين» before it the verb «بيّن». */
const SHOWN_REACH = 6;

/** Whether «أن»/«إن» stands within {@link SHOWN_REACH} words from `t`, in its sentence: «وبين مصدر خاص لموقع تلفزيون سوريا أن». */
function thatSoonAfter(ctx: Ctx, t: number): boolean {
  const { st, toks } = ctx;
  for (let k = t; k < t + SHOWN_REACH && k < toks.count && st.sentence[k] === st.sentence[t - 1]; k++) if (ctx.is(k, ctx.lex.wordLists.that)) return true;
  return false;
}

/**
 * «وندد ناشطون», «تسجيل مصور نشره ناشطون», «ناشطون محليون وجهوا نداءات»: a verb of voicing a
 * view or passing something on right before the words, or in the plural right after them, has
 * them for its subject — who voiced it. Made definite by the article they are such people or
 * outlets in general, no source cited («صور تداولتها وسائل الإعلام»).
 */
function voiced(ctx: Ctx, h: Hit): boolean {
  const { st, toks } = ctx;
  const voicing = ctx.lex.wordLists['voicing-verbs'];
  if (h.t0 > 0 && ctx.is(h.t0 - 1, ctx.lex.wordLists['showing-verbs']) && thatSoonAfter(ctx, h.t1)) return true;
  if (h.t0 > 0 && st.clause[h.t0 - 1] === st.clause[h.t0] && ctx.is(h.t0 - 1, voicing)) {
    for (let k = h.t0; k < h.t1; k++) if (ctx.is(k, WITH_ARTICLE)) return false;
    return true;
  }
  return h.t1 < toks.count && st.clause[h.t1] === st.clause[h.t0] && ctx.is(h.t1, voicing) && PLURAL_VERB_END.test(ctx.word(h.t1));
}

/** Words a verb of passing on may stand before the report it passed on, past its subject: «تداول ناشطون من محافظة دير الزور شرقي سوريا أنباء». */
const PASSING_REACH = 9;

/**
 * Whether the report at `t` is the object of a verb of passing on whose subject is a source found
 * before it: right after the verb («وأوردت مصادر سورية معارضة أنباء عن», «ونقلت صحيفة "الوطن"
 * السورية معلومات») or, the report right after the verb, before it («وسائل إعلام محلية تناقلت
 * معلومات»). With no source there the report is the subject («ترددت أنباء عن», «عقب تداول أنباء»).
 */
function passedOnBy(ctx: Ctx, t: number, covered: Uint8Array): boolean {
  const { st } = ctx;
  // («ونقلت وكالة الأنباء الرسمية (سانا) عن تقارير إعلامية», «مشيرة الى تقارير»: a preposition or another cue brings the report in as a source.)
  if (t > 0 && ctx.is(t - 1, ctx.lex.wordLists.prepositions)) return false;
  const passing = ctx.lex.wordLists['passing-on-verbs'];
  const sourceAt = (k: number) => k >= 0 && st.clause[k] === st.clause[t] && covered[k] === 1;
  for (let v = t - 1; v >= 0 && v >= t - PASSING_REACH && st.clause[v] === st.clause[t]; v--) {
    const cueEnd = ctx.hitEnd('cues', v);
    if (!ctx.is(v, passing)) {
      if (cueEnd >= 0) return false;
      continue;
    }
    if (cueEnd > v + 1) return false;
    if (v + 1 < t) return covered[v + 1] === 1 || ctx.refs.mentionAt[v + 1] >= 0;
    return sourceAt(v - 1) || sourceAt(v - 2);
  }
  return false;
}

/**
 * Whether token `at`, or «من»/«أحد» right before it, opens a parenthesis right after a personal
 * name — a word with no article that is no function word, or such a word and a family name
 * («محمد عبدي (مواطن من القامشلي)», «محسن الحمد (شاهد عيان من البلدة)», «وقال محمد طه (من سكان
 * ريف دير الزور الشرقي)»): it says who the named person is.
 */
function glossOfName(ctx: Ctx, at: number): boolean {
  const from = at > 1 && ctx.st.sentence[at - 1] === ctx.st.sentence[at] && oneOfWord(ctx, at - 1);
  const t = from && charBefore(ctx, at - 1) === 0x28 ? at - 1 : at;
  if (t === 0 || ctx.toks.kind[t - 1] !== TokenKind.Arabic || charBefore(ctx, t) !== 0x28) return false;
  const bare = (k: number) =>
    k >= 0 &&
    ctx.toks.kind[k] === TokenKind.Arabic &&
    !ctx.is(k, WITH_ARTICLE) &&
    !ctx.is(k, ctx.lex.wordLists['not-a-name']) &&
    !ctx.refs.refAt(k) &&
    !ctx.hasHit('vagueSources', k);
  // «محسن الحمد»: a family name may carry the article after a given name.
  const surname = ctx.is(t - 1, WITH_ARTICLE) && !ctx.refs.refAt(t - 1) && t > 1 && ctx.st.clause[t - 2] === ctx.st.clause[t - 1] && bare(t - 2);
  return bare(t - 1) || surname;
}

/** The character before token `t`, past spaces; -1 at the text's start. */
function charBefore(ctx: Ctx, t: number): number {
  const text = ctx.norm.text;
  let i = ctx.toks.start[t] - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/**
 * The token of «الرسمية» within the two words after a definite source ending at `t1` («وسائل
 * الإعلام السورية الرسمية»: the state's own), in its clause; -1 if none. («وسائل إعلام رسمية»,
 * some official outlets, stays vague.)
 */
function officialAfter(ctx: Ctx, t0: number, t1: number): number {
  if (!ctx.is(t1 - 1, WITH_ARTICLE)) return -1;
  // «بحسب الإعلام الرسمي السوري»: the word is in the form itself, with the article («إعلام رسمي», an outlet of some state, stays unnamed).
  if (t1 - t0 > 1 && ctx.is(t0, WITH_ARTICLE) && ctx.is(t1 - 1, ctx.lex.wordLists.official)) return t1 - 1;
  for (let t = t1; t < t1 + 2 && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[t0]; t++) {
    if (ctx.is(t, ctx.lex.wordLists.official)) return ctx.is(t, WITH_ARTICLE) ? t : -1;
  }
  return -1;
}

/** Whether token `t` can be a word of a person's name: Arabic, no article, no party, not a word that cannot be a name. */
function nameWord(ctx: Ctx, t: number): boolean {
  return (
    ctx.toks.kind[t] === TokenKind.Arabic &&
    !ctx.is(t, WITH_ARTICLE) &&
    !ctx.refs.refAt(t) &&
    !ctx.is(t, ctx.lex.wordLists['not-a-name']) &&
    !ctx.is(t, ctx.lex.wordLists['cleft-pronouns']) &&
    !ctx.hasHit('cues', t) &&
    !ctx.hasHit('vagueSources', t)
  );
}

/** A later word of a person's name: Arabic, no party, no cue, no «إن»/«أن». */
function laterNameWord(ctx: Ctx, t: number): boolean {
  return ctx.toks.kind[t] === TokenKind.Arabic && !ctx.refs.refAt(t) && !ctx.hasHit('cues', t) && !ctx.is(t, ctx.lex.wordLists.that) && !ctx.is(t, ctx.lex.wordLists.prepositions);
}

/**
 * The person a title names beside it: two or three name words between a verb of saying and the
 * title («وقال عدنان عفرين القيادي في قسد», «وأوضح خيرو الداوود مسؤول منطقة عفرين أن»), or set
 * off by a comma or quotation marks between them («وقال "دجوار خبات"، القائد الميداني في قسد»), or
 * set off by commas right after the title's phrase («كشف مسؤول فريق الاستجابة الأولية في الرقة،
 * ياسر الخميس، عن»), or ending the phrase ({@link holderAfterPhrase}). Undefined when there is none.
 */
function titleHolder(ctx: Ctx, cues: CueTables, h: Hit): { t0: number; t1: number } | undefined {
  const { st, toks } = ctx;
  const saidAt = (a: number) => (cues.cuesBySentence[st.sentence[a]] ?? []).some((c) => c.t1 === a && !cues.cues[c.index].according);
  // Before: the name words run back to a verb of saying; a family name may carry the article.
  let a = h.t0;
  while (a > 0 && h.t0 - a < 3 && st.clause[a - 1] === st.clause[h.t0] && (nameWord(ctx, a - 1) || (a === h.t0 && familyName(ctx, a - 1)))) a--;
  if (h.t0 - a >= 2 && a > 0 && st.clause[a - 1] === st.clause[h.t0] && saidAt(a)) return { t0: a, t1: h.t0 };
  // Or the name is a clause of its own, right after the verb: the title stands in apposition.
  if (h.t0 > 1 && st.clause[h.t0 - 1] !== st.clause[h.t0] && st.sentence[h.t0 - 1] === st.sentence[h.t0]) {
    for (let n = h.t0 - 2; n > 0 && n >= h.t0 - 3 && st.clause[n] === st.clause[h.t0 - 1]; n--) {
      if (!saidAt(n)) continue;
      let k = n + 1;
      while (k < h.t0 && laterNameWord(ctx, k) && !ctx.hasHit('titles', k) && !ctx.hasHit('vagueSources', k)) k++;
      if (k === h.t0 && nameWord(ctx, n)) return { t0: n, t1: h.t0 };
    }
  }
  // After: the title's phrase ends at a comma, then a clause of two or three name words.
  let e = h.t1;
  while (e < toks.count && e - h.t1 < 8 && st.clause[e] === st.clause[h.t0]) e++;
  if (e >= toks.count || st.sentence[e] !== st.sentence[h.t0] || st.clause[e] === st.clause[h.t0]) return holderAfterPhrase(ctx, cues, h, e);
  // The first word opens a name; a family name may carry the article («ياسر الخميس»).
  let b = e;
  while (b < toks.count && st.clause[b] === st.clause[e] && (b === e ? nameWord(ctx, b) : laterNameWord(ctx, b))) b++;
  const closed = b < toks.count && st.clause[b] !== st.clause[e];
  // «واتهم المسئول الكردي إدريس نعسان، المقيم في»: else the name may end the phrase, at the comma.
  return b - e >= 2 && b - e <= 3 && closed ? { t0: e, t1: b } : holderAfterPhrase(ctx, cues, h, e);
}

/**
 * Whether the words from `a` to `b` only describe the title before them: words with the article
 * («الكردي», «في الشؤون الأمنية»), «من»/«في» and the noun after it, the noun right after the title,
 * a party or a place the lists know, quotations («في صحيفة "هآرتس"») and adjectives of relation;
 * no verb, no «أن» (the name after «إلى أن زعيم "داعش"» is in what was said).
 */
function describesTitle(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (ctx.hasHit('cues', k) || ctx.is(k, ctx.lex.wordLists.that)) return false;
    const plain =
      ctx.is(k, WITH_ARTICLE) ||
      ctx.is(k, ctx.lex.wordLists['owners-follow']) ||
      ctx.refs.refAt(k) !== undefined ||
      ctx.st.quote[k] >= 0 ||
      ctx.hasHit('captures', k) ||
      /(?:ي|يه)$/.test(ctx.word(k)) ||
      // «مسؤول فريق "الاستجابة الأولية"», «الناشط من دير الزور»: a noun the title or «من» governs.
      k === a ||
      ctx.is(k - 1, ctx.lex.wordLists['owners-follow']);
    if (!plain) return false;
  }
  return true;
}

/** Whether the comma at `end` closes a name of bare words from `b`, in the title `h`'s sentence: «المسئول الكردي إدريس نعسان،». */
function closesName(ctx: Ctx, h: Hit, b: number, end: number): boolean {
  const { st, toks } = ctx;
  if (end >= toks.count || st.sentence[end] !== st.sentence[h.t0] || st.clause[end] === st.clause[h.t0]) return false;
  for (let k = b; k < end; k++)
    if (!nameWord(ctx, k) || ctx.hasHit('anonymousMarkers', k) || ctx.hasHit('titles', k) || ctx.hasHit('namedSources', k) || placeWord(ctx, k)) return false;
  return true;
}

/** A word of a place: one the lists know («كوباني», «سوريا») or one placing it («شرق»). */
function placeWord(ctx: Ctx, t: number): boolean {
  return ctx.hasHit('captures', t) || ctx.is(t, ctx.lex.wordLists['syria-names']) || ctx.is(t, ctx.lex.wordLists['region-words']);
}

/** The alef maksura «ى», which normalization writes «ي». */
const ALEF_MAKSURA = 0x649;

/** A family name with the article after a given name («خيرو الداوود»): no party, source, title or cue. */
function familyName(ctx: Ctx, t: number): boolean {
  return (
    t > 0 &&
    ctx.is(t, WITH_ARTICLE) &&
    laterNameWord(ctx, t) &&
    !ctx.is(t, ctx.lex.wordLists['not-a-name']) &&
    !ctx.hasHit('titles', t) &&
    !ctx.hasHit('vagueSources', t) &&
    !ctx.hasHit('namedSources', t) &&
    nameWord(ctx, t - 1)
  );
}

/**
 * The holder named right after the title's phrase, where the telling follows the name: «وقال
 * مسؤول فريق "الاستجابة الأولية" ياسر الخميس في تصريح خاص لـ"سمارت" إن», «حيث قال الناشط من دير
 * الزور جميل العبد لديارنا إنه». The phrase ends on a word with the article, a quotation («محلل
 * الشؤون العربية في صحيفة "هآرتس" تسفي باريل إن») or one word after «من»/«في» («ناشط من كوباني
 * مصطفى عبدي»); the name is a word without one and one or two more; then «في تصريح», «لـ… إن», a
 * verb of saying, the outlet told («وكالة فرانس برس») or the comma closing the phrase at `end`.
 */
function holderAfterPhrase(ctx: Ctx, cues: CueTables, h: Hit, end: number): { t0: number; t1: number } | undefined {
  const { st, toks } = ctx;
  const outlet = (k: number) => ctx.hasHit('namedSources', k) || ctx.hasHit('titles', k);
  for (let b = h.t1 + 1; b <= end - 2; b++) {
    const q = st.quote[b - 1];
    const phraseEnd =
      (ctx.is(b - 1, WITH_ARTICLE) && !ctx.is(b - 1, ctx.lex.wordLists['not-a-name'])) ||
      (q >= 0 && st.quotes[q].t1 === b && st.quote[b] < 0) ||
      (b - 2 >= h.t1 && ctx.is(b - 2, ctx.lex.wordLists['owners-follow']) && ctx.hitEnd('captures', b - 1) === b);
    // A word in «ي»/«ية» is an adjective of relation, not a given name (one in «ى» may be: «مصطفى»).
    // («قيادي عسكري في “قسد” (قائد فوج)»: words in parentheses say what the person is.)
    // (Nor is a quotation a name here: «أحد منظمي الحملة "ابو ابراهيم"» is one by a name of war.)
    if (
      !phraseEnd ||
      charBefore(ctx, b) === 0x28 ||
      st.quote[b] >= 0 ||
      !nameWord(ctx, b) ||
      ctx.is(b, ctx.lex.wordLists['told-to']) ||
      placeWord(ctx, b) ||
      (/(?:ي|يه)$/.test(ctx.word(b)) && lastWritten(ctx, b) !== ALEF_MAKSURA)
    )
      continue;
    if (!describesTitle(ctx, h.t1, b)) return undefined;
    let n = b + 1;
    while (n < end && n - b < 3 && laterNameWord(ctx, n) && !isPrepositional(ctx, n) && !outlet(n)) n++;
    if (n - b < 2) return undefined;
    // At the comma, the words are a name only when none carries the article or is a word the lists know («شريطة عدم»).
    if (n >= end) return closesName(ctx, h, b, end) ? { t0: b, t1: n } : undefined;
    const that = (k: number) => k < toks.count && st.sentence[k] === st.sentence[h.t0] && ctx.is(k, ctx.lex.wordLists.that);
    const tells =
      cues.cueStart[n] === 1 ||
      (isPrepositional(ctx, n) && n + 1 < toks.count && cues.cueStart[n + 1] === 1) ||
      (ctx.word(n).startsWith(LAM) && (that(n + 1) || that(n + 2))) ||
      outlet(n);
    return tells ? { t0: b, t1: n } : undefined;
  }
  return undefined;
}

/**
 * «تقارير الشرطة», «تقديرات اللجنة»: a document with no article and its owner right after it with
 * one (not a relational adjective: «التقارير الدولية», «تقارير أممية» name no owner); or
 * «تقديراتهم», «تقديراتنا», the owner's pronoun on it. The span of the owner's source.
 */
function documentOwner(ctx: Ctx, h: Hit): { t0: number; t1: number } | undefined {
  // «كشف تقرير جديد لمنظمة العفو الدولية»: a report of the source named right after «لـ».
  const of = ownerAfterLam(ctx, h) ?? ownerPastAdjective(ctx, h);
  if (of !== undefined) return { t0: h.t0, t1: of };
  if (h.t1 - h.t0 !== 1) return undefined;
  const mine = ownersPronoun(ctx, h);
  if (mine) return mine;
  const next = h.t1;
  if (ctx.is(h.t0, WITH_ARTICLE) || next >= ctx.toks.count || ctx.st.clause[next] !== ctx.st.clause[h.t0]) return undefined;
  // «بحسب تقارير قسد», «معلومات سانا»: a party's name or a named source, article or not.
  const owner = prepositionOn(ctx.word(next)) ? undefined : sourceEndFrom(ctx, next);
  if (owner !== undefined) return { t0: h.t0, t1: owner };
  // «وبحسب معلومات مراسلنا»: the outlet's own correspondent, who speaks for the outlet.
  if (ctx.is(next, ctx.lex.wordLists['own-reporters'])) return { t0: next, t1: next + 1 };
  if (!ctx.is(next, WITH_ARTICLE) || prepositionOn(ctx.word(next)) || ctx.is(next, DEFINITE_NISBA)) return undefined;
  return { t0: h.t0, t1: next + 1 };
}

/** «تقديراتهم», «تقديراتنا», «معرفاته»: one word with no article and the owner's pronoun on it. */
function ownersPronoun(ctx: Ctx, h: Hit): { t0: number; t1: number } | undefined {
  return h.t1 - h.t0 === 1 && !ctx.is(h.t0, WITH_ARTICLE) && (carriesPronoun(ctx, h.t0) || ctx.word(h.t0).endsWith(OUR)) ? { t0: h.t0, t1: h.t1 } : undefined;
}

/**
 * Where a named source or a party written onto «لـ» right after an indefinite report ends; undefined
 * if none stands there. «لـ» may stand apart from the name («تقارير لـ المرصد السوري»).
 */
function ownerAfterLam(ctx: Ctx, h: Hit): number | undefined {
  const next = h.t1;
  if (ctx.is(h.t0, WITH_ARTICLE) || next >= ctx.toks.count || ctx.st.clause[next] !== ctx.st.clause[h.t0] || !ctx.word(next).startsWith(LAM)) return undefined;
  if (ctx.word(next) === LAM) return next + 1 < ctx.toks.count && ctx.st.clause[next + 1] === ctx.st.clause[h.t0] ? sourceEndFrom(ctx, next + 1) : undefined;
  return sourceEndFrom(ctx, next);
}

/**
 * «ووفق الاحصاءات النهائية لمديرية زراعة الحسكة», «وحسب إحصائيات رسمية للنظام السوري», «وتشير
 * إحصائيات خاصة بالتنسيقية الوطنية لعائلات العالقين»: an adjective between a report and its owner
 * written onto «لـ» (onto «بـ» after «خاصة») — a party, a listed source, or a body's title and the
 * owner after it. Not an outlet: «معلومات متقاطعة لعنب بلدي», «معلومات محلية لشبكة رووداو» are the
 * outlet's own, from sources it leaves unnamed. Where the owner ends; undefined if none stands there.
 */
function ownerPastAdjective(ctx: Ctx, h: Hit): number | undefined {
  const a = h.t1;
  const o = a + 1;
  if (o >= ctx.toks.count || ctx.st.clause[o] !== ctx.st.clause[h.t0] || prepositionOn(ctx.word(a)) || !adjectiveOf(ctx, h.t1 - 1, a)) return undefined;
  if (!ctx.word(o).startsWith(ctx.is(a, ctx.lex.wordLists['belonging-words']) ? BA : LAM)) return undefined;
  const m = ctx.refs.mentionAt[o];
  if (m >= 0 && ctx.refs.mentions[m].t0 === o) return ctx.refs.mentions[m].t1;
  const namedEnd = ctx.hitEnd('namedSources', o);
  if (namedEnd >= 0) return !outletAt(ctx, 'namedSources', o) ? namedEnd : undefined;
  const titleEnd = ctx.hitEnd('titles', o);
  return titleEnd >= 0 && !outletAt(ctx, 'titles', o) ? unknownOwnerEnd(ctx, titleEnd - 1) : undefined;
}

/** Whether an outlet's hit starts at token `k` (`outlet`: a title for outlets, or a listed outlet). */
function outletAt(ctx: Ctx, section: 'titles' | 'namedSources', k: number): boolean {
  const entry = ctx.hitEntry(section, k);
  return entry >= 0 && (ctx.lex.list[section] ?? [])[entry]?.outlet === true;
}

/** Where a party's name or a named source that starts at token `t` ends; undefined if none starts there. */
function sourceEndFrom(ctx: Ctx, t: number): number | undefined {
  const m = ctx.refs.mentionAt[t];
  if (m >= 0 && ctx.refs.mentions[m].t0 === t) return ctx.refs.mentions[m].t1;
  const namedEnd = ctx.hitEnd('namedSources', t);
  return namedEnd >= 0 ? namedEnd : undefined;
}

/**
 * «وسط أنباء عن هروب عناصر», «أنباء غير مؤكدة عن»: a report followed, within two words, by what it
 * tells about; «مع معلومات عن», «بعد ورود معلومات عن» after a word of circumstance.
 */
function tellsAbout(ctx: Ctx, entry: SourceEntry, h: Hit): boolean {
  if (!(entry.tellsAbout || (entry.tellsAboutAfter && afterCircumstance(ctx, h.t0))) || ctx.is(h.t0, WITH_ARTICLE)) return false;
  for (let t = h.t1; t < h.t1 + 3 && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[h.t0]; t++) if (ctx.is(t, ctx.lex.wordLists.about)) return true;
  return false;
}

/** «مع معلومات», «بعد ورود معلومات»: a word of circumstance right before the report at `t0`, or before a word of coming right before it. */
function afterCircumstance(ctx: Ctx, t0: number): boolean {
  const { st } = ctx;
  const at = (k: number) => k >= 0 && st.clause[k] === st.clause[t0] && ctx.is(k, ctx.lex.wordLists['hearsay-circumstances']);
  return at(t0 - 1) || (t0 > 1 && st.clause[t0 - 1] === st.clause[t0] && ctx.is(t0 - 1, ctx.lex.wordLists['arrival-words']) && at(t0 - 2));
}

/** Words before a report within which a negation, with no cue of its own between, says it was not given. */
const NEGATED_REPORT_REACH = 5;

/**
 * «لم ترد معلومات عن سقوط خسائر», «ولا معلومات عن مصيره»: information said to be missing is no
 * source — a negation right before the words, before a word of coming right before them, or before
 * the verb of reporting right before them.
 */
function negated(ctx: Ctx, cues: CueTables, t0: number, entry: SourceEntry): boolean {
  const { st } = ctx;
  // («لا تزال التقارير تشير إلى»: «لا» before a verb of going on says «still», word list `still-verbs`.)
  const negation = (t: number) => t >= 0 && st.clause[t] === st.clause[t0] && ctx.is(t, ctx.lex.wordLists.negations) && !ctx.is(t + 1, ctx.lex.wordLists['still-verbs']);
  if (negation(t0 - 1)) return true;
  // «دون ورود أنباء عن وقوع ضحايا»: a word of coming between.
  if (t0 > 1 && ctx.is(t0 - 1, ctx.lex.wordLists['arrival-words']) && negation(t0 - 2)) return true;
  // «فيما لم ترد للمرصد معلومات مؤكدة», «ولم يقدم ريان معلومات عن عدد القتلى», «دون أن ترد على
  // الفور معلومات»: a report the verb after the negation says was not given, a few words on. A cue
  // between that is not the negated verb tells of its own («لم يمض أسبوع حتى أعلنت وسائل الإعلام»).
  if (entry.ownerNames)
    for (let k = t0 - 1; k >= 0 && k >= t0 - NEGATED_REPORT_REACH && st.clause[k] === st.clause[t0]; k--) {
      if (negation(k)) return true;
      if (ctx.hasHit('cues', k) && !negation(k - 1) && !negation(k - 2)) break;
    }
  // «ولم يكشف المصدر عن عدد الذين تم تبادلهم»: a source that leaves one thing untold still tells.
  if (entry.anySource) return false;
  for (const h of cues.cuesBySentence[st.sentence[t0]] ?? []) if (h.t1 === t0 && negation(h.t0 - 1)) return true;
  return false;
}

/**
 * «وكالة أنباء هاوار», «وكالة سانا السورية للأنباء»: token `t` is a word of an agency's name, up to
 * three words after «وكالة». A preposition or a cue ends the name: «نقلت وكالة "سانا" عن مصادر محلية»,
 * «وذكرت وكالة «الأناضول» بحسب مصادر محلية».
 */
function inAgencyName(ctx: Ctx, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 3 && ctx.st.clause[k] === ctx.st.clause[t]; k--) {
    if (ctx.is(k, ctx.lex.wordLists['agency-heads'])) return true;
    if (ctx.is(k, ctx.lex.wordLists.from) || ctx.is(k, ctx.lex.wordLists.prepositions) || ctx.hasHit('cues', k)) return false;
  }
  return false;
}

/** «من» or a word of `one-of` («أحد») at token `k`: whom the person named before is one of. */
function oneOfWord(ctx: Ctx, k: number): boolean {
  return ctx.word(k) === 'من' || ctx.is(k, ctx.lex.wordLists['one-of']);
}

/**
 * «ووفق “خالد أسعد” من أهالي رأس العين»: «من» or «أحد» right after a short name in quotation
 * marks says whom the named person is one of; the source is the person. So it does after a given
 * and a family name with no quotation marks and no source found there: «أوضح جمعة حمادي أحد سكان
 * دير حافر», «شيروان يونس، من سكان حي الصالحية» (not «نشر المرصد السوري لحقوق الإنسان من مصادر»).
 */
function oneOfNamed(ctx: Ctx, t0: number, covered: Uint8Array): boolean {
  const { st } = ctx;
  const k = t0 - 1;
  if (k < 1 || st.sentence[k - 1] !== st.sentence[t0] || !oneOfWord(ctx, k)) return false;
  if (k > 1 && st.sentence[k - 2] === st.sentence[t0] && !anyIn(covered, k - 2, k) && personName(ctx, k - 2)) return true;
  const q = st.quote[k - 1];
  // («وفق ما روى لـ"المدن" أحد شهود العيان»: an outlet told is no person.)
  return (
    q >= 0 &&
    st.quote[k] !== q &&
    st.quotes[q].t1 === k &&
    st.quotes[q].t1 - st.quotes[q].t0 <= 3 &&
    !ctx.hasHit('namedSources', st.quotes[q].t0) &&
    !ctx.refs.refAt(st.quotes[q].t0) &&
    !(st.quotes[q].t0 > 0 && (ctx.word(st.quotes[q].t0 - 1) === LAM || isPrepositional(ctx, st.quotes[q].t0 - 1)))
  );
}

/**
 * Whether tokens `t` and `t + 1` are a given and a family name, outside quotation marks: words no
 * list knows, the family name with the article or not («جمعة حمادي», «عيسى الحمد»).
 */
function personName(ctx: Ctx, t: number): boolean {
  const { st } = ctx;
  const plain = (k: number) => st.quote[k] < 0 && !ctx.hasHit('namedSources', k) && !ctx.hasHit('titles', k);
  return plain(t) && plain(t + 1) && nameWord(ctx, t) && (nameWord(ctx, t + 1) || (ctx.is(t + 1, WITH_ARTICLE) && laterNameWord(ctx, t + 1) && !ctx.hasHit('vagueSources', t + 1)));
}

/**
 * «الناشط “علي المرسومي”», «أحد المواقع الموالية للنظام والذي يدعى "سينسيريا"»: a vague head
 * whose name is given right after it — in quotation marks, or after a naming word — is named.
 */
function namedAfter(ctx: Ctx, t1: number): boolean {
  const { st, toks } = ctx;
  if (t1 >= toks.count || st.sentence[t1] !== st.sentence[t1 - 1]) return false;
  const q = st.quote[t1];
  // («مصادر "المرصد السوري"»: a body the lists know, in quotation marks, is whose they are, not their name.)
  if (q >= 0 && st.quotes[q].t0 === t1 && st.quotes[q].t1 - t1 <= 3 && st.clause[t1] === st.clause[t1 - 1]) return quotedName(ctx, t1, st.quotes[q].t1);
  const givers = ctx.lex.wordLists['name-givers'];
  const that = ctx.lex.wordLists.that;
  for (let t = t1; t < t1 + 5 && t < toks.count && st.sentence[t] === st.sentence[t1]; t++) {
    // «رفض الكشف عن اسمه»: a name withheld, not given; «أفادت وسائل إعلام أن ما تسمى “الإدارة
    // الذاتية”»: past «أن» is what was said, where «تسمى» names something else.
    if (ctx.hasHit('anonymousMarkers', t) || ctx.is(t, that)) return false;
    // «ويدعى أحمد حسين (اسم مستعار)»: a name given as made up withholds the real one.
    if (ctx.is(t, givers)) return !madeUpName(ctx, t + 1);
  }
  return false;
}

/** Words a given name may run to before the marker that says it is made up: «أحمد حسين (اسم مستعار)». */
const GIVEN_NAME_WORDS = 4;

/** Whether a marker withholding a name («اسم مستعار») follows the name given from `t`, within {@link GIVEN_NAME_WORDS} words. */
function madeUpName(ctx: Ctx, t: number): boolean {
  const { st, toks } = ctx;
  for (let k = t; k < toks.count && k <= t + GIVEN_NAME_WORDS && st.sentence[k] === st.sentence[t - 1]; k++) if (ctx.hasHit('anonymousMarkers', k)) return true;
  return false;
}

/**
 * Whether the quoted words from `t0` to `t1` can be a name: a first word with no article, no
 * party («الناشط “علي المرسومي”»). The party or outlet whose the source is («مصادر “المدن”»,
 * «ويتهم ناشطون "الدولة الإسلامية"»), a plural or one word ending in «ة» — an adjective
 * («مصادر “موثوقة” أفادت», «نقلت صفحات “كردية”») — is no name.
 */
function quotedName(ctx: Ctx, t0: number, t1: number): boolean {
  if (ctx.hasHit('namedSources', t0) || ctx.hasHit('titles', t0) || ctx.refs.refAt(t0) || ctx.is(t0, MASCULINE_PLURAL)) return false;
  // «قال مراسل “المصدر” بريف الحسكة»: a correspondent is named by the outlet they report for.
  if (ctx.is(t0, WITH_ARTICLE)) return ctx.is(t0 - 1, ctx.lex.wordLists['own-reporters']);
  return t1 - t0 > 1 || lastWritten(ctx, t0) !== TEH_MARBUTA;
}

/**
 * «القيادي في وحدات حماية الشعب حقي كوباني قال»: a vague head, its party, then two or three words
 * with no article and a verb of saying — the person's name.
 */
function nameAfterBody(ctx: Ctx, t1: number): boolean {
  const { st, toks } = ctx;
  if (t1 + 1 >= toks.count || !ctx.is(t1, ctx.lex.wordLists['owners-follow'])) return false;
  const m = ctx.refs.mentionAt[t1 + 1];
  if (m < 0 || ctx.refs.mentions[m].t0 !== t1 + 1) return false;
  const from = ctx.refs.mentions[m].t1;
  for (let t = from; t < from + 4 && t < toks.count && st.clause[t] === st.clause[t1]; t++) {
    if (t - from >= 2 && ctx.is(t, ctx.lex.wordLists['said-verbs'])) return true;
    if (toks.kind[t] !== TokenKind.Arabic || ctx.is(t, WITH_ARTICLE) || ctx.refs.refAt(t) || ctx.is(t, ctx.lex.wordLists['not-a-name']) || ctx.is(t, ctx.lex.wordLists['told-to']))
      return false;
  }
  return false;
}

/**
 * «المعلومات التي نشرتها YPG», «الأرقام التي أعلنها المرصد»: a relative pronoun, a verb carrying
 * its object's pronoun, then a party or a listed source — the one who gave the report. An indefinite
 * report takes the verb with no relative pronoun («ووفق إحصائيات أوردتها التنسيقية الوطنية
 * للعالقين»); the pronoun may be on a preposition after the verb («بحسب الإحصائيات التي صرحت بها
 * إدارة المخيم»), or a participle of issuing and «عن» may stand for it all («كشفت المعلومات الصادرة
 * عن قوى الأمن الداخلي»). A body named by its title is the one the title rule found («وبحسب
 * المعلومات التي أعلنتها وزارة الدفاع الروسية»). Null when an unnamed source gave the report out
 * («المعلومات التي نشرتها مصادر محلية»): that source is the one cited.
 */
function publisher(ctx: Ctx, t: number, found: Candidates): { t0: number; t1: number; actor?: ActorId } | null | undefined {
  const { st, toks } = ctx;
  const same = (k: number) => k < toks.count && st.clause[k] === st.clause[t - 1];
  let n = -1;
  if (same(t + 1) && ctx.is(t, ctx.lex.wordLists['issuing-words']) && ctx.is(t + 1, ctx.lex.wordLists.from)) n = t + 2;
  else {
    const verb = same(t) && ctx.is(t, ctx.lex.wordLists.relatives) ? t + 1 : ctx.is(t - 1, WITH_ARTICLE) ? -1 : t;
    if (verb < 0 || !same(verb)) return undefined;
    if (carriesPronoun(ctx, verb)) n = verb + 1;
    else if (same(verb + 1) && ctx.is(verb + 1, ctx.lex.wordLists['report-pronouns'])) n = verb + 2;
  }
  if (n < 0 || !same(n)) return undefined;
  const m = ctx.refs.mentionAt[n];
  if (m >= 0 && ctx.refs.mentions[m].t0 === n) return ctx.refs.mentions[m];
  const namedEnd = ctx.hitEnd('namedSources', n);
  if (namedEnd >= 0) return { t0: n, t1: namedEnd };
  const titled = found.list.find((c) => c.t0 === n && c.cls === 'named' && c.via === 'title');
  if (titled) return { t0: titled.t0, t1: titled.t1, actor: titled.actor };
  return ctx.hasHit('vagueSources', n) ? null : undefined;
}

/** Words from a word of receiving to «من» before the source a report was got from: «حصلت عليها شبكة رووداو الإعلامية من مصادر طبية». */
const GOT_FROM_REACH = 6;

/**
 * «المعلومات التي حصلت عليها شبكة رووداو الإعلامية من مصادر طبية»: a source right after «من»,
 * past the one who received the report, is where it came from — the source the report cites.
 */
function gotFrom(ctx: Ctx, t: number): boolean {
  const { st } = ctx;
  // (Inside a speaker's quotation it is what the speaker tells of: «بعد بلاغات تلقاها الفريق من المواطنين».)
  if (t < 2 || !ctx.is(t - 1, ctx.lex.wordLists.from) || st.clause[t - 1] !== st.clause[t] || st.quote[t] >= 0) return false;
  const received = (k: number) => k >= 0 && st.clause[k] === st.clause[t] && ctx.is(k, ctx.lex.wordLists['receipt-words']);
  // A verb of receiving: «عليها», «لديها» alone are prepositions («يشرف عليهم عدد من القادة»).
  for (let k = t - 2; k >= 0 && k >= t - 1 - GOT_FROM_REACH && st.clause[k] === st.clause[t]; k--) {
    if (received(k) && (!ctx.is(k, ctx.lex.wordLists['pronoun-prepositions']) || received(k - 1))) return true;
  }
  return false;
}

/**
 * After a report ending at `t`, past an adjective of it («معلومات أولية حصلت عليها»): «(التي) حصلت
 * عليها الأناضول» gives the named source that got it; «وصلته», «التي وصلت إليه», «التي لديه» —
 * received, a pronoun for who got it and no name after — give null, and so do a source named by its
 * title after «لدى» («لدى شبكة رووداو»), which the title rule finds, and an unnamed source the
 * report was got from («حصلت عليها رووداو من مصادر طبية»); undefined when no word of receiving
 * follows.
 */
function receivedBy(ctx: Ctx, t: number): { t0: number; t1: number; actor?: ActorId } | null | undefined {
  const { st, toks } = ctx;
  const same = (k: number) => k < toks.count && st.clause[k] === st.clause[t - 1];
  const receipt = ctx.lex.wordLists['receipt-words'];
  const relatives = ctx.lex.wordLists.relatives;
  let k = t;
  // «معلومات أولية حصلت عليها», «للمعلومات المتوافرة لديه»: an adjective may stand between.
  if (same(k + 1) && !ctx.is(k, receipt) && !ctx.is(k, relatives) && (ctx.is(k + 1, receipt) || ctx.is(k + 1, relatives)) && adjectiveOf(ctx, t - 1, k)) k++;
  if (same(k) && ctx.is(k, relatives)) k++;
  let received = 0;
  while (received < 2 && same(k) && ctx.is(k, receipt)) {
    k++;
    received++;
  }
  if (!received) return undefined;
  // («… حصلت عليها رووداو من مصادر طبية»: the report came from the source after «من», the one it cites.)
  for (let j = k + 1; j <= k + GOT_FROM_REACH && same(j); j++) if (ctx.hasHit('vagueSources', j) && gotFrom(ctx, j)) return null;
  const owner = same(k) ? sourceEndFrom(ctx, k) : undefined;
  if (owner !== undefined) {
    const m = ctx.refs.mentionAt[k];
    return { t0: k, t1: owner, actor: m >= 0 ? ctx.refs.mentions[m].actor : undefined };
  }
  // «لدى شبكة رووداو»: a source named after its title got it, no unnamed one (the title's own rule finds the name).
  if (same(k + 1) && ctx.hitEnd('titles', k) === k + 1 && sourceEndFrom(ctx, k + 1) !== undefined) return null;
  return carriesPronoun(ctx, k - 1) ? null : undefined;
}

/**
 * Whether token `k` can be an adjective of the noun at `t`: no party, no source or title, and the
 * article on both or on neither («معلومات خاصة», «المعطيات المتوفرة»).
 */
function adjectiveOf(ctx: Ctx, t: number, k: number): boolean {
  return (
    ctx.toks.kind[k] === TokenKind.Arabic &&
    ctx.is(k, WITH_ARTICLE) === ctx.is(t, WITH_ARTICLE) &&
    !ctx.refs.refAt(k) &&
    !ctx.hasHit('namedSources', k) &&
    !ctx.hasHit('vagueSources', k) &&
    !ctx.hasHit('titles', k) &&
    !ctx.hasHit('cues', k)
  );
}

/** «في بيان نقلته», «بيان رسمي نشرته»: a verb of passing on at `t`, a statement one or two words before it. */
function relaysStatement(ctx: Ctx, t: number): boolean {
  if (!ctx.is(t, ctx.lex.wordLists['relay-verbs'])) return false;
  for (let k = t - 1; k >= t - 2 && k >= 0 && ctx.st.clause[k] === ctx.st.clause[t]; k--) {
    const cue = ctx.hitEntry('cues', k);
    if (cue >= 0 && (ctx.lex.list.cues ?? [])[cue].statement) return true;
  }
  return false;
}

/** Words that may describe a statement between it and its issuer: «بيان رسمي», «بيان صحفي». */
const STATEMENT_QUALIFIERS = 2;

/**
 * «أكد بيان لـ”الإدارة الذاتية”», «وقال بيان صادر عن "قسد"», «بيان رسمي لقسد»: where the issuer
 * of the statement ending at `t` starts — past the words describing it, a participle of issuing
 * and its «عن», or a «لـ» written alone; `t` itself when none stands there.
 */
export function issuerAt(ctx: Ctx, t: number): number {
  const { st, toks } = ctx;
  let k = t;
  for (let n = 0; n < STATEMENT_QUALIFIERS && k < toks.count && st.clause[k] === st.clause[t] && ctx.is(k, ctx.lex.wordLists['report-qualifiers']); n++) k++;
  if (k + 1 < toks.count && ctx.is(k, ctx.lex.wordLists['issuing-words']) && ctx.is(k + 1, ctx.lex.wordLists.from)) k += 2;
  else if (k + 1 < toks.count && ctx.word(k) === LAM) k++;
  return k < toks.count && st.clause[k] === st.clause[t] ? k : t;
}

/** A cue or a statement followed by an actor's name: «أعلنت قسد», «بيان قسد», «أعلنت قوات الأسايش», «أوردت ما يسمى بالإدارة الذاتية». */
function cuedActors(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  for (let hi = 0, list = ctx.hits.get('cues') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    // «نقلت السلطات الطاجيكية 50 طفلا»: a verb of moving, not of passing on.
    if (cues.movesAt[h.t0] === 1) continue;
    // «القتال بين داعش والقوات الكردية»: no verb of saying («وبيّن المراسل أن» is one). (A claim
    // names its claimant whatever it takes: «تبنى تنظيم داعش تنفيذ ست هجمات».)
    if (!cues.cues[h.index].claims && otherCueSense(ctx, cues.cues[h.index], h)) continue;
    // «وأوردت ما يسمى بالإدارة الذاتية في بيان»: the outlet's distancing before the name leaves it the speaker.
    const distancingEnd = h.t1 < toks.count ? ctx.hitEnd('distancing', h.t1) : -1;
    const a = distancingEnd >= 0 && distancingEnd < toks.count && st.clause[distancingEnd] === st.clause[h.t0] ? distancingEnd : h.t1;
    const s = (ctx.lex.list.cues ?? [])[h.index].statement ? issuerAt(ctx, a) : a;
    const n = s + 1 < toks.count && ctx.refs.mentionAt[s] < 0 && ctx.is(s, ctx.lex.wordLists['speaker-heads']) ? s + 1 : s;
    const m = n < toks.count ? ctx.refs.mentionAt[n] : -1;
    if (m >= 0 && ctx.refs.mentions[m].t0 === n && st.clause[n] === st.clause[h.t0]) {
      const mention = ctx.refs.mentions[m];
      // «العفو الدولية تتهم تركيا بارتكاب جرائم حرب»: the party right before what it is accused of is the accused.
      if (ctx.is(h.t0, ctx.lex.wordLists['accuse-verbs']) && mention.t1 < toks.count && ctx.word(mention.t1).startsWith('ب')) continue;
      // «مبنى تابع لقوى الأمن الداخلي», «وقال … لقسد»: a party with «لـ» written on it, right after a
      // verb, is whom it was told to or whose a thing is, not who speaks (after a statement, «بيان لقسد», it is its issuer).
      if (!cues.cues[h.index].statement && isRecipient(ctx, cues, n)) continue;
      found.push({ cls: 'named', t0: mention.t0, t1: mention.t1, actor: mention.actor, via: 'cue-actor', cued: true });
    }
  }
}

/**
 * «وكان تنظيم داعش أكد في شريط مصور إعدام 20 جندياً»: a statement recalled with «كان», the party
 * between it and its verb of saying; «قوات سوريا الديمقراطية أعلنت أنها أوقفت القتال»: a party
 * opening its sentence before its verb of saying and «أن».
 */
function recalledStatements(ctx: Ctx, found: Candidates): void {
  const { st, toks } = ctx;
  // Asked after every mention: the lists looked up once.
  const particles = ctx.lex.wordLists['verb-particles'];
  const said = ctx.lex.wordLists['said-verbs'];
  for (const m of ctx.refs.mentions) {
    // «وكان الجيش التركي قد أعلن»: «قد» may stand between the party and its verb.
    const v = m.t1 + 1 < toks.count && ctx.is(m.t1, particles) ? m.t1 + 1 : m.t1;
    if (v >= toks.count || !ctx.is(v, said) || st.clause[v] !== st.clause[m.t0]) continue;
    const recalled = m.t0 > 0 && st.clause[m.t0 - 1] === st.clause[v] && ctx.is(m.t0 - 1, ctx.lex.wordLists.pluperfect);
    const opening = v === m.t1 && st.sentenceStart[st.sentence[m.t0]] === m.t0 && m.t1 + 1 < toks.count && st.clause[m.t1 + 1] === st.clause[m.t1] && saysAfter(ctx, m.t1 + 1);
    if (recalled || opening) found.push({ cls: 'named', t0: m.t0, t1: m.t1, actor: m.actor, via: 'cue-actor', cued: true });
  }
}

/**
 * «قوات سوريا الديموقراطية "قسد"، التي أعلنت مقتل 11 من عناصرها»: a party, then a relative pronoun
 * and a verb of saying with no subject of its own after it — the party is the one who said it
 * («المناطق التي أعلنت قوات "قسد"» has its speaker after the verb, and is not this).
 */
function relativeSpeakers(ctx: Ctx, found: Candidates): void {
  const { st, toks, refs } = ctx;
  // Asked after every mention: the lists looked up once.
  const relatives = ctx.lex.wordLists.relatives;
  const said = ctx.lex.wordLists['said-verbs'];
  for (let i = 0; i < refs.mentions.length; i++) {
    const m = refs.mentions[i];
    // «قوات سوريا الديموقراطية "قسد"»: the name and its short form are one speaker.
    const again = refs.mentions[i + 1];
    const end = again && again.t0 === m.t1 && again.actor === m.actor ? again.t1 : m.t1;
    const verb = end + 1;
    if (verb + 1 >= toks.count || st.sentence[verb + 1] !== st.sentence[m.t0]) continue;
    if (!ctx.is(end, relatives) || !ctx.is(verb, said)) continue;
    if (refs.refAt(verb + 1) || ctx.hasHit('namedSources', verb + 1) || afterPrepositionWord(ctx, m.t0)) continue;
    // What was said follows: «إن/أن», or a toll («أعلنت مقتل»); «الذي أعلن في العام 2014 إقامة» is a deed recalled.
    if (!saysAfter(ctx, verb + 1)) continue;
    found.push({ cls: 'named', t0: m.t0, t1: end, actor: m.actor, via: 'cue-actor', cued: true });
  }
}

/** Whether «إن/أن» or a toll word («مقتل», «اعتقال») opens what was said within two words of `t`. */
function saysAfter(ctx: Ctx, t: number): boolean {
  for (let k = t; k < t + 2 && k < ctx.toks.count && ctx.st.sentence[k] === ctx.st.sentence[t]; k++) {
    if (ctx.is(k, ctx.lex.wordLists.that) || ctx.hasHit('countCues', k)) return true;
  }
  return false;
}

/** «مقاتلين من قسد، الذين …»: a party after a preposition is not what a relative pronoun after it refers to. */
function afterPrepositionWord(ctx: Ctx, t: number): boolean {
  return t > 0 && ctx.st.sentence[t - 1] === ctx.st.sentence[t] && ctx.is(t - 1, ctx.lex.wordLists.prepositions);
}

/**
 * «قوات سوريا الديمقراطية: الهجمات التركية قتلت 14 مدنياً»: a party or a listed source opening a
 * line and followed by a colon is the speaker of what follows — the headline style of giving a
 * statement; so is an unnamed one («مسؤول أمريكي: …»).
 */
function headlineSpeakers(ctx: Ctx, found: Candidates): void {
  const { st, toks } = ctx;
  const colonAfter = (t1: number) => t1 < toks.count && st.sentence[t1] === st.sentence[t1 - 1] && colonBefore(ctx, t1);
  const opensLine = (t0: number) => st.lineStart[st.line[t0]] === t0;
  // «مسؤول أمريكي: نحو 200 سجين فروا»: an unnamed source gives the line's words the same way.
  // («المصدر: دبي - قناة العربية» is a credit line: the article-definite word labels what follows.)
  // The unnamed source may carry one word more («مسؤول أمريكي», «مصدر أمني»).
  for (const c of found.list) {
    if (c.cued || !opensLine(c.t0)) continue;
    if (c.via === 'title') {
      // «وزارة الهجرة والمهجرين العراقية: 18 ألف عراقي …»: a title's name runs on to the colon —
      // unless the title names a place too («محافظة حلب: استشهد 3 مدنيين»: a dateline), or an
      // unnamed source opens there («منظمة حقوقية: 1800 مدنياً»).
      const title = ctx.hitEntry('titles', c.t0);
      if (title >= 0 && (ctx.lex.list.titles ?? [])[title]?.namesPlace) continue;
      if (ctx.hasHit('vagueSources', c.t0)) continue;
      for (let k = c.t1 - 1; k <= c.t1 + 3 && k < toks.count && st.clause[k] === st.clause[c.t0] && toks.kind[k] === TokenKind.Arabic; k++) {
        if (!colonAfter(k + 1)) continue;
        c.t1 = k + 1;
        c.cued = true;
        break;
      }
      continue;
    }
    if (c.cls === 'named' || ctx.is(c.t0, WITH_ARTICLE)) continue;
    if (colonAfter(c.t1) || (c.t1 < toks.count && toks.kind[c.t1] === TokenKind.Arabic && colonAfter(c.t1 + 1))) c.cued = true;
  }
  const spans = [...ctx.refs.mentions, ...(ctx.hits.get('namedSources') ?? [])];
  for (const m of spans) {
    if (!opensLine(m.t0) || !colonAfter(m.t1)) continue;
    // A listed source is already a candidate there: the colon puts it in a source's role.
    const known = found.list.find((c) => c.t0 === m.t0 && c.t1 === m.t1);
    if (known) known.cued = true;
    else if (!found.covered[m.t0]) found.push({ cls: 'named', t0: m.t0, t1: m.t1, actor: 'actor' in m ? m.actor : undefined, via: 'headline', cued: true });
  }
}

/** Words between a verb of saying and «إن» that may still be the speaker's name («وأفادت الشرطة المحلية التابعة للسلطات الكردية (أسايش) بأن»). */
const SPEAKER_WORDS = 7;

/**
 * «وقال يلديز إن …», «وأضاف المندوب التركي أن …»: the words between a verb of saying and «إن»
 * name the speaker even when no list knows the name.
 */
function unlistedSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  // Asked of every word up to «إن»/«أن» after each cue: the list looked up once.
  const that = ctx.lex.wordLists.that;
  for (let hi = 0, list = cues.cueHits; hi < list.length; hi++) {
    const h = list[hi];
    const c = cues.cues[h.index];
    if (c.according || c.statement) continue;
    if (cues.accordingEnds[h.t0] === 1) {
      asSaidBy(ctx, h, found);
      continue;
    }
    // «قال له العناصر إنهم», «أكدت لها أن»: a preposition with a pronoun right after the verb is whom
    // (or what) it was said to or of; the speaker, when one is named, comes after it.
    const a = h.t1 < toks.count && ctx.is(h.t1, ctx.lex.wordLists['pronoun-complements']) && h.t1 + 1 < toks.count && st.clause[h.t1 + 1] === st.clause[h.t0] ? h.t1 + 1 : h.t1;
    let k = a;
    let end = Math.min(toks.count, a + 9);
    while (k < end && st.sentence[k] === st.sentence[h.t0] && !ctx.is(k, that)) k++;
    if (k >= end) {
      // «وقالت ديانا سمعان، الباحثة في الشؤون السورية في منظمة العفو الدولية إن»: a long title after the name's comma.
      const far = thatAfterTitle(ctx, a);
      if (far !== undefined) end = (k = far) + 1;
    }
    // Up to seven words name the speaker; more only when a statement they gave comes first («وقالت المنظمة في تقرير صدر الخميس إن»).
    let statement = cueBetween(cues, a, k);
    // «وقال حسو لشبكة رووداو، اليوم الثلاثاء، إن …»: the name ends where what it was told to
    // («ل…») starts, in its clause; «إن» may come further on.
    const told = toldTo(ctx, a);
    const colon = colonQuote(ctx, a) ?? nameBeforeColonQuote(ctx, a);
    if (told !== undefined) k = told;
    else if (colon !== undefined) k = colon;
    else if (k >= end || k === a || st.sentence[k] !== st.sentence[h.t0] || !ctx.is(k, that)) {
      // «أعلنت لجنة الاستجابة في حلب عن استقبال …»: what was announced follows «عن».
      const about = nameBeforeAbout(ctx, a, c.announces === true) ?? nameBeforeSetting(ctx, cues, a);
      if (about === undefined) continue;
      k = about;
    } else {
      // «قال قاسم الأعرجي، مستشار الأمن القومي العراقي، إن»: the name stops at its title's comma;
      // «وقال شرفان عبدي وهو قيادي في قوات حماية الشعب، إن»: at «وهو».
      const named = nameBeforeApposition(ctx, h.t0, a, k) ?? describedFrom(ctx, a, k);
      if (named !== undefined) {
        k = named;
        // «وقال الضابط ، الذي طلب عدم الكشف عن هويته، إنه»: a cue past the name's comma is no statement it gave.
        if (statement !== undefined && statement >= named) statement = undefined;
      } else if (trimmedEnd(ctx, a, k) - a > SPEAKER_WORDS && statement === undefined) {
        const set = nameBeforeSetting(ctx, cues, a);
        if (set === undefined) continue;
        k = set;
      }
    }
    if (ctx.is(a, ctx.lex.wordLists['told-to'])) continue; // «وقال لشبكة رووداو إن»: no name
    // «وكان ناشطون قد أكدوا يوم أمس أن»: a verb in the plural follows its subject; no name comes after it.
    if (PLURAL_VERB_END.test(ctx.word(h.t1 - 1))) continue;
    if (st.clause[a] !== st.clause[h.t0]) continue; // «وقالت، وهي تبكي، إن»: the speaker is the verb's pronoun
    if (anyIn(found.covered, a, k)) continue; // a known source already stands there
    // «وأكد البيان أن»: a statement, resolved below; «وقالت المنظمة في تقرير إن»: the name ends where the statement starts.
    if (statement !== undefined) k = statement;
    // «وقالت إحدى هؤلاء الفتيات للقناة، وتدعى …:»: «لـ» and an outlet after the speaker is whom
    // they told, not who they are; the name ends before it.
    const nameEnd = trimmedEnd(ctx, a, toldAfterName(ctx, cues, a, k));
    // «قدر للمدينة الهادئة … أن»: a name does not open with a preposition and the article.
    if (nameEnd === a || ctx.is(a, ctx.lex.wordLists['not-a-name']) || prepositionOn(ctx.word(a))?.article) continue;
    if (noSpeaker(ctx, a, nameEnd)) continue;
    // «الرقم الذي أعلن عنه رضوان عيارة … في أكتوبر الماضي الذي قدر عدد»: past the verb's complement, a
    // relative pronoun opens a clause of its own; the words up to it are no certain name.
    if (a > h.t1 && relativeIn(ctx, a, nameEnd)) continue;
    // «لم يتحدث أحد إليه», «قد يقول أحد ما إن»: «أحد» with no group after it is anyone at all, no one cited.
    if (ctx.is(a, ctx.lex.wordLists['one-of']) && (nameEnd === a + 1 || ctx.is(a + 1, ctx.lex.wordLists['one-alone-after']))) continue;
    // «قال الرئيس التركي رجب طيب أردوغان»: the party the speaker's words name is the speaker's.
    // «وقال أحد المغادرين ضمن الرحلة»: one of a group is no one named — unless a name is given
    // («وقالت إحدى هؤلاء الفتيات للقناة، وتدعى أماندين لوكوز»).
    // «وقال تجار مواد غذائية لـ "سمارت"», «وأضاف التجار»: people of a trade, none named — unless
    // a name or an outlet follows («قال مراسل “المصدر” بريف الحسكة»: the outlet's own).
    const unnamed = (ctx.is(a, ctx.lex.wordLists['one-of']) || ctx.is(a, ctx.lex.wordLists['unnamed-groups'])) && !namedAfter(ctx, a + 1) && !namedAfter(ctx, nameEnd);
    const cls = unnamed ? 'vague' : 'named';
    // «وأصدر الجيش الإسرائيلي بياناً قال فيه:»: the statement's pronoun alone stands for the one
    // that gave the statement.
    const actor = nameEnd - a === 1 && ctx.is(a, ctx.lex.wordLists.resumptive) ? issuerBefore(ctx, h.t0, found) : refAfter(ctx, a, nameEnd - a, IN_CLAUSE)?.actor;
    found.push({ cls, t0: a, t1: nameEnd, actor, via: 'speaker', cued: true });
  }
}

/**
 * «إحدى هؤلاء الفتيات للقناة», «أقرباء للعمال لنورث برس», «بوغدانوف للصحافيين»: where the first
 * word after a speaker's first that names whom they told («للقناة», «لـ»+an outlet) stands in
 * `a` … `k - 1`; `k` when none does. After a correspondent or an edition, «لـ» and the outlet are
 * whose they are («مراسلون لفرانس برس», «النسخة العربية لوكالة ويبانقاه»).
 */
function toldAfterName(ctx: Ctx, cues: CueTables, a: number, k: number): number {
  for (let j = a + 1; j < k; j++) {
    if (!ctx.is(j, ctx.lex.wordLists['told-to']) && !outletTold(ctx, cues, j)) continue;
    for (let x = a; x < j; x++) if (ctx.is(x, ctx.lex.wordLists['outlet-parts'])) return k;
    return j;
  }
  return k;
}

/** «لرويترز», «لنورث برس», «لـ "فرانس برس"»: «لـ» and a listed outlet at `t`, whom words were told to (not «للجنة السورية لحقوق الإنسان», a body whose office it is). */
function outletTold(ctx: Ctx, cues: CueTables, t: number): boolean {
  const at = toldAt(ctx, cues, t);
  return at >= 0 && (outletAt(ctx, 'namedSources', at) || outletAt(ctx, 'titles', at));
}

/** Words a subject no list knows may run to between «كان» and its verb of saying. */
const RECALLED_SPEAKER_WORDS = 10;

/**
 * «وكانت شرطة كولونيا أشارت إلى مشاركة ألف شخص», «وكانت مفوضية شؤون اللاجئين التابعة للأمم
 * المتحدة قد كشفت … عن وصول»: «كان» opening the sentence, then a subject, then (after «قد») a
 * verb of saying — the subject, however the lists miss it, is the one who said it.
 */
function recalledSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st } = ctx;
  // Asked of every word of each subject: the lists looked up once.
  const particles = ctx.lex.wordLists['verb-particles'];
  const relatives = ctx.lex.wordLists.relatives;
  const that = ctx.lex.wordLists.that;
  for (let hi = 0, list = cues.cueHits; hi < list.length; hi++) {
    const h = list[hi];
    const c = cues.cues[h.index];
    if (c.according || c.statement || c.continues || c.participle) continue;
    const s = st.sentenceStart[st.sentence[h.t0]];
    if (!ctx.is(s, ctx.lex.wordLists.pluperfect)) continue;
    const t0 = s + 1;
    const v = ctx.is(h.t0 - 1, particles) ? h.t0 - 1 : h.t0;
    if (v <= t0 || v - t0 > RECALLED_SPEAKER_WORDS || st.clause[t0] !== st.clause[s]) continue;
    let clear = true;
    for (let k = t0; k < v && clear; k++) clear = st.clause[k] === st.clause[s] && !ctx.is(k, relatives) && !ctx.is(k, that) && !ctx.hasHit('cues', k);
    // «وكانت حصيلة أولية أشارت إلى مقتل عشرين شخصاً»: an earlier toll is the outlet's own, no speaker.
    if (!clear || anyIn(found.covered, t0, v) || ctx.is(t0, ctx.lex.wordLists['not-a-name']) || ctx.is(t0, ctx.lex.wordLists['toll-nouns'])) continue;
    if (!saidOpensAfter(ctx, h.t1)) continue;
    found.push({ cls: 'named', t0, t1: v, actor: refAfter(ctx, t0, v - t0, IN_CLAUSE)?.actor, via: 'speaker', cued: true });
  }
}

/** Words from a recalled verb of saying to what it opens, past when it was said («في نهاية أكتوبر الماضي»). */
const RECALLED_SAID_REACH = 6;

/**
 * «قالت، أول أمس الأحد، إنها», «كشفت في نهاية أكتوبر الماضي عن وصول», «أشارت إلى مشاركة»: what
 * was said opens a few words after the verb ending at `t` — «أن»/«إن», «عن», «إلى» or a colon —
 * before any count («وكانت القوات قد نقلت 20 جريحاً» moved people, it told nothing).
 */
function saidOpensAfter(ctx: Ctx, t: number): boolean {
  const { st, toks } = ctx;
  for (let k = t; k < toks.count && k - t <= RECALLED_SAID_REACH && st.sentence[k] === st.sentence[t - 1]; k++) {
    if (countAt(ctx, k)) return false;
    if (ctx.is(k, ctx.lex.wordLists.that) || ctx.is(k, ctx.lex.wordLists['pointing-particles']) || colonBefore(ctx, k)) return true;
  }
  return false;
}

/** Words from a speaker's name to the «إن» that opens what was said, past when and where it was said. */
const SETTING_WORDS = 12;

/**
 * «وقالت دائرة العلاقات الخارجية في الإدارة الذاتية في بيان لها، اليوم الثلاثاء، إن», «وقال
 * عبدالرحمن اليوم الإثنين في لقاء مع قناة ” الغد العربي ” أن»: the name right after a verb of
 * saying runs to the first word that cannot be a name («في», «اليوم»); when and where it was said
 * come between it and «إن» — a statement, a name in quotation marks, but no other verb of saying
 * or words quoted. Where the name ends, or undefined.
 */
function nameBeforeSetting(ctx: Ctx, cues: CueTables, a: number): number | undefined {
  const { st, toks } = ctx;
  const sn = st.sentence[a];
  // («وتابع "يقول الموظفون الميدانيون في مفوضية الأمم المتحدة … إن": a speaker within another's words is no source of the outlet's.)
  if (st.quote[a] >= 0) return undefined;
  let e = a;
  while (e < toks.count && e - a <= SPEAKER_WORDS && st.sentence[e] === sn && toks.kind[e] === TokenKind.Arabic && !ctx.is(e, ctx.lex.wordLists['not-a-name'])) e++;
  if (e === a || e - a > SPEAKER_WORDS || e >= toks.count || st.sentence[e] !== sn) return undefined;
  // «وقال الإداري في البيت الإيزيدي»: a title alone, with the article, names no one; «تحدثت فيه عن»: a pronoun is no name.
  if ((e - a === 1 && ctx.is(a, WITH_ARTICLE)) || ctx.is(a, ctx.lex.wordLists.resumptive) || ctx.is(a, ctx.lex.wordLists['about-pronouns'])) return undefined;
  for (let k = e; k < toks.count && k - e <= SETTING_WORDS && st.sentence[k] === sn; k++) {
    if (ctx.is(k, ctx.lex.wordLists.that)) return e;
    // («في بيان لها»: the statement it was said in; «مع قناة ” الغد العربي ”»: a name quoted.)
    const cue = cues.cueStart[k] === 1 ? ctx.hitEntry('cues', k) : -1;
    if (cue >= 0 && !cues.cues[cue].statement) return undefined;
    const q = st.quote[k];
    if (q !== st.quote[a] && (q < 0 || st.quotes[q].t1 - st.quotes[q].t0 > QUOTED_NAME_WORDS)) return undefined;
  }
  return undefined;
}

/** Words in quotation marks that may be a name; more are a title or words quoted. */
const QUOTED_NAME_WORDS = 3;

/**
 * The party of the one named last before token `t` in its sentence — a source a cue found there,
 * or else a party — past words in quotation marks longer than a name («تقريرا بعنوان “جاءوا
 * ليُدَمِروا: جرائم داعش ضد الإيزيديين”»: a title, not who gave it); undefined if none is, or that
 * source has no party.
 */
function issuerBefore(ctx: Ctx, t: number, found: Candidates): ActorId | undefined {
  const { st } = ctx;
  for (let k = t - 1; k >= 0 && st.sentence[k] === st.sentence[t]; k--) {
    const q = st.quote[k];
    if (q >= 0 && st.quotes[q].t1 - st.quotes[q].t0 > QUOTED_NAME_WORDS) continue;
    const source = found.covered[k] ? found.list.find((c) => c.t0 <= k && k < c.t1 && c.cued) : undefined;
    if (source) return source.actor;
    if (ctx.refs.mentionAt[k] >= 0) return ctx.refs.mentions[ctx.refs.mentionAt[k]].actor;
  }
  return undefined;
}

/**
 * Whether the words `a` … `e - 1` after a verb of saying are no speaker: a word written with tanwin
 * fath opens them — an object or an adverb, where a subject would not be in the accusative («كتب
 * لوحةً عليه تقول:», «أكدت مراراً وتكراراً خلال السنوات الماضية، أن») — or a word of when or how it
 * was said («وتقول متذمرة:», «وأوضح حينها أنَّ»), or a deed or its reason that was told of («أعلنت
 * انسحابها من المخيم الذي يبلغ عدد قاطنيه», «توضح سبب غض النظر الامريكان عن»); or «هناك» stands
 * among them: things of a place, no one named («وقد سجلت المناهل هناك، وعددها نحو 58»).
 */
function noSpeaker(ctx: Ctx, a: number, e: number): boolean {
  if (writtenAccusative(ctx, a) || ctx.is(a, ctx.lex.wordLists['said-how']) || ctx.is(a, ctx.lex.wordLists['told-deeds'])) return true;
  const place = ctx.lex.wordLists['place-adverbs'];
  for (let k = a; k < e; k++) if (ctx.is(k, place)) return true;
  return false;
}

/** The tanwin fath «ً», which normalization drops: the mark of the accusative. */
const TANWIN_FATH = '\u064b';

/** Whether token `t` is written with tanwin fath («مراراً», «لوحةً», «مرارًا»): a word in the accusative. */
function writtenAccusative(ctx: Ctx, t: number): boolean {
  const { norm, toks } = ctx;
  return ctx.src.slice(norm.start[toks.start[t]], originalEnd(norm, toks.end[t] - 1) + 1).includes(TANWIN_FATH);
}

/** Words a speaker named after «حسب ما أفاد به» may run to, to the end of its clause. */
const AS_SAID_WORDS = 8;

/**
 * «حسب ما أفاد به أرنو فابليه منسق الطوارئ في أطباء بلا حدود», «وفق ما ذكرته منصة "مداد نيوز"»:
 * after «حسب ما» and a verb of saying `h` (and the pronoun or «بذلك» that points back to what was said),
 * the speaker runs to the end of its clause, or to what it was told to («لوكالة فرانس برس»). An
 * official with no name is one not named («حسب ما أفاد به مسؤول في المخيم»).
 */
function asSaidBy(ctx: Ctx, h: Hit, found: Candidates): void {
  const { st, toks } = ctx;
  let a = h.t1;
  if (a < toks.count && st.clause[a] === st.clause[h.t0] && (ctx.is(a, ctx.lex.wordLists['tie-pronouns']) || ctx.is(a, ctx.lex.wordLists['said-how']))) a++;
  if (a >= toks.count || st.clause[a] !== st.clause[h.t0] || toks.kind[a] !== TokenKind.Arabic) return;
  let k = a;
  while (k < toks.count && k - a <= AS_SAID_WORDS && st.clause[k] === st.clause[a] && !ctx.is(k, ctx.lex.wordLists['told-to']) && !(k > a + 1 && outletToldAt(ctx, k))) k++;
  if (k - a > AS_SAID_WORDS) return;
  const nameEnd = trimmedEnd(ctx, a, k);
  if (nameEnd === a || ctx.is(a, ctx.lex.wordLists['not-a-name']) || anyIn(found.covered, a, nameEnd)) return;
  const unnamed = (ctx.is(a, ctx.lex.wordLists['person-titles']) || ctx.is(a, ctx.lex.wordLists['one-of'])) && !namedAfter(ctx, a + 1) && !holderNamedLast(ctx, a, nameEnd);
  found.push({ cls: unnamed ? 'vague' : 'named', t0: a, t1: nameEnd, actor: refAfter(ctx, a, nameEnd - a, IN_CLAUSE)?.actor, via: 'speaker', cued: true });
}

/**
 * «مسؤولة المخيم جيهان حنان»: a title in construct with a definite noun (at `a` … `e - 3`), then
 * two words of a person's name ending at `e` — the holder is named.
 */
function holderNamedLast(ctx: Ctx, a: number, e: number): boolean {
  return e - a >= 4 && ctx.is(e - 3, WITH_ARTICLE) && nameWord(ctx, e - 2) && nameWord(ctx, e - 1);
}

/**
 * «وفق ما أفادت مسؤولة المخيم جيهان حنان وكالة فرانس برس»: an outlet's title right after a
 * person's name, with no «ل» before it, is the outlet the speaker told.
 */
function outletToldAt(ctx: Ctx, k: number): boolean {
  return outletAt(ctx, 'titles', k) && nameWord(ctx, k - 1);
}

/** «شرفان عبدي وهو قيادي …»: where «وهو»/«وهي» starts describing a name of up to four words at `a`; undefined if it does not. */
function describedFrom(ctx: Ctx, a: number, k: number): number | undefined {
  for (let j = a + 1; j < k && j <= a + 4; j++) if (ctx.is(j, ctx.lex.wordLists['cleft-pronouns'])) return j;
  return undefined;
}

/**
 * «قال قاسم الأعرجي، مستشار الأمن القومي العراقي، إن»: a name of up to four words right after the
 * verb of saying (`v` … `a - 1`), then its title set off by commas, then «إن» at `k`. Returns
 * where the name ends, or undefined.
 */
function nameBeforeApposition(ctx: Ctx, v: number, a: number, k: number): number | undefined {
  const { st } = ctx;
  if (st.clause[a] !== st.clause[v]) return undefined;
  const e = commaNameEnd(ctx, a);
  if (e === undefined || e >= k) return undefined;
  // «وقالت ديانا سمعان، الباحثة في منظمة العفو الدولية إن»: the title's closing comma may be missing.
  return st.clause[k] !== st.clause[k - 1] || k - e <= APPOSITION_WORDS ? e : undefined;
}

/** Where a name of up to four words at `a`, ended by its clause's comma, ends; undefined if its clause runs longer. */
function commaNameEnd(ctx: Ctx, a: number): number | undefined {
  const { st, toks } = ctx;
  let e = a;
  while (e < toks.count && e <= a + 4 && st.clause[e] === st.clause[a]) e++;
  return e > a && e - a <= 4 && e < toks.count && st.sentence[e] === st.sentence[a] ? e : undefined;
}

/** Words a speaker's title may run to «إن» when no comma closes it. */
const APPOSITION_WORDS = 10;

/** «إن» after a name of up to four words at `a`, its comma and a title of up to {@link APPOSITION_WORDS} words; undefined if there is none. */
function thatAfterTitle(ctx: Ctx, a: number): number | undefined {
  const { st, toks } = ctx;
  const e = commaNameEnd(ctx, a);
  if (e === undefined) return undefined;
  for (let k = e; k < toks.count && k <= e + APPOSITION_WORDS && st.sentence[k] === st.sentence[a]; k++) if (ctx.is(k, ctx.lex.wordLists.that)) return k;
  return undefined;
}

/** Where a name in `a` … `b - 1` ends once the words that cannot be a name («اليوم الثلاثاء», numbers) are taken off its end. */
function trimmedEnd(ctx: Ctx, a: number, b: number): number {
  let end = b;
  while (end > a && (ctx.is(end - 1, ctx.lex.wordLists['not-a-name']) || ctx.toks.kind[end - 1] === TokenKind.Number)) end--;
  return end;
}

/**
 * «حسو، أشار إلى …»: a person named once as a speaker (after a verb of saying, or after a title:
 * «مدير المكتب الإعلامي، بديع حسو،») is a source wherever the name comes back with a cue.
 */
function knownSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  // The names by word number: every token is looked up below, by its number rather than by its
  // string (a map, not an array the size of the word table, which holds up to 100,000 words over
  // a stream of articles). Each with the party its title or its words named («وزير الدفاع التركي،
  // خلوصي أكار»); null when none did, and for good once two of the same word named different parties.
  const names = new Map<number, ActorId | null>();
  const twoParties = new Set<number>();
  const addName = (t: number, actor: ActorId | undefined) => {
    const id = ctx.ids[t];
    const had = names.get(id) ?? null;
    if (had !== null && actor !== undefined && had !== actor) twoParties.add(id);
    names.set(id, twoParties.has(id) ? null : (had ?? actor ?? null));
  };
  // Per token: 1 where a title's own name stands. A mark, not a list searched at every name word:
  // the list grew with the text, and the search with it.
  const inline = scratchUint8(toks.count);
  // «عبد الرحمن», «أبو الوليد»: the second word of a compound name carries the article.
  const isName = (t: number) =>
    toks.kind[t] === TokenKind.Arabic && !ctx.is(t, ctx.lex.wordLists['not-a-name']) && (!ctx.is(t, WITH_ARTICLE) || compoundTail(ctx, t)) && !ctx.refs.refAt(t);
  for (const c of found.list) {
    if (c.cls !== 'named') continue;
    if (c.via === 'speaker' && c.t1 - c.t0 <= 3 && isName(c.t1 - 1)) addName(c.t1 - 1, c.actor);
    if (c.via !== 'title') continue;
    // The name right after the title, before what it was told to or «إن»: «وقال مدير المرصد رامي
    // عبد الرحمن لوكالة فرانس برس».
    // («مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن»: the rest of the body the title serves
    // comes first, words with the article.)
    let e = c.t1;
    while (e < toks.count && e < c.t1 + BODY_WORDS && st.clause[e] === st.clause[c.t0] && ctx.is(e, WITH_ARTICLE)) e++;
    const from = e;
    while (e < toks.count && e < from + 3 && st.clause[e] === st.clause[c.t0] && isName(e) && !ctx.is(e, ctx.lex.wordLists['told-to'])) e++;
    const opens = (k: number) =>
      k < toks.count &&
      (st.clause[k] === st.clause[c.t0]
        ? ctx.is(k, ctx.lex.wordLists['told-to']) || ctx.is(k, ctx.lex.wordLists.that)
        : // «رامي عبدالرحمن، إن»: a comma may stand before the «إن».
          st.sentence[k] === st.sentence[c.t0] && st.clause[k - 1] === st.clause[c.t0] && ctx.is(k, ctx.lex.wordLists.that));
    if (e > from && opens(e)) {
      addName(e - 1, c.actor);
      inline[e - 1] = 1; // the title's own name there is the title's, not a second source
    }
    // The name in apposition: a clause of one to three name words right after the title's.
    let a = c.t1;
    while (a < toks.count && st.clause[a] === st.clause[c.t0]) a++;
    let b = a;
    while (b < toks.count && st.clause[b] === st.clause[a]) b++;
    if (a < toks.count && st.sentence[a] === st.sentence[c.t0] && b - a >= 1 && b - a <= 3 && b < toks.count && st.clause[b] !== st.clause[a]) {
      // «، بحسب مصادر محلية»: a clause holding a cue or a source is no name.
      let all = !anyIn(cues.cueStart, a, b) && !anyIn(found.covered, a, b);
      for (let t = a; t < b; t++) all &&= isName(t);
      if (all) addName(b - 1, c.actor);
    }
    // «رئيس مكتب الشؤون الزراعية في الاتحاد العام للفلاحين “محمد الخليف” أن»: the holder's name in
    // quotation marks of its own, further on in the title's clause.
    const quoted = quotedHolder(ctx, c);
    if (quoted !== undefined) {
      addName(quoted, c.actor);
      inline[quoted] = 1;
    }
  }
  // «وأضاف عبدي» after «مظلوم عبدي»: one of a party's people, once named in full, is called by the
  // family name.
  const family = familyNames(ctx.lex);
  const people = new Map<number, ActorId>();
  for (const m of ctx.refs.mentions) if (m.via === 'alias' && m.t1 - m.t0 > 1 && family.get(ctx.word(m.t1 - 1)) === m.actor) people.set(ctx.ids[m.t1 - 1], m.actor);
  // «وقال أكار»: a speaker found by its verb of saying alone, with no party in its words, is the
  // party's whose title the name was first given with, or whose people it names.
  for (const c of found.list) {
    if (c.via !== 'speaker' || c.actor !== undefined || c.t1 - c.t0 > 3) continue;
    // («وقال مصطفى عبدي»: another first name is someone else.)
    const party = names.get(ctx.ids[c.t1 - 1]) ?? (c.t1 - c.t0 === 1 ? people.get(ctx.ids[c.t0]) : undefined);
    if (party) c.actor = party;
  }
  if (names.size === 0) return;
  // Every token is read below: whether its word is a name is one read of a mark per word number,
  // not a lookup in the map. (The marks are as long as the word table, which starts over before
  // it outgrows 100,000 words; the map keeps the parties.)
  const isNamed = scratchUint8(ctx.words.size);
  for (const id of names.keys()) isNamed[id] = 1;
  for (let t = 0; t < toks.count; t++) {
    if (found.covered[t] || isNamed[ctx.ids[t]] === 0 || inline[t] === 1) continue;
    // «وفق عبد الرحمن»: the name starts at the compound's first word.
    const t0 = compoundTail(ctx, t) && ctx.is(t, WITH_ARTICLE) ? t - 1 : t;
    if (!hasCue(ctx, cues, t0, t + 1)) continue;
    found.push({ cls: 'named', t0, t1: t + 1, actor: names.get(ctx.ids[t]) ?? undefined, via: 'speaker', cued: true });
  }
}

/** Words after a title within which its holder's name in quotation marks may stand. */
const QUOTED_HOLDER_REACH = 8;

/**
 * «المتحدث باسم الأمم المتحدة "ينس ليركه" في جنيف أن»: the last word of a name of two or three
 * words in quotation marks of their own, the first quotation within {@link QUOTED_HOLDER_REACH}
 * words after title `c` in its clause, when «إن»/«أن» opens what was said within a few words
 * after it. Undefined otherwise.
 */
function quotedHolder(ctx: Ctx, c: SourceCandidate): number | undefined {
  const { st, toks } = ctx;
  const that = ctx.lex.wordLists.that;
  for (let k = c.t1; k < toks.count && k < c.t1 + QUOTED_HOLDER_REACH && st.clause[k] === st.clause[c.t0]; k++) {
    if (ctx.is(k, that)) return undefined;
    const q = st.quote[k];
    if (q < 0) continue;
    const { t0, t1 } = st.quotes[q];
    if (t0 !== k || t1 - t0 < 2 || t1 - t0 > QUOTED_NAME_WORDS || !nameWord(ctx, t0)) return undefined;
    for (let j = t0 + 1; j < t1; j++) if (!laterNameWord(ctx, j) || ctx.hasHit('titles', j) || ctx.hasHit('namedSources', j)) return undefined;
    for (let j = t1; j < toks.count && j <= t1 + QUOTED_NAME_TO_THAT && st.sentence[j] === st.sentence[k]; j++) if (ctx.is(j, that)) return t1 - 1;
    return undefined;
  }
  return undefined;
}

/** Words that may stand between a quoted name and the «إن» that opens what was said. */
const QUOTED_NAME_TO_THAT = 4;

/** Words with the article that may finish a title's body before its holder's name. */
const BODY_WORDS = 3;

/** Token `t` is the second word of a compound name after «عبد» or «أبو» in its clause. */
function compoundTail(ctx: Ctx, t: number): boolean {
  return t > 0 && ctx.st.clause[t - 1] === ctx.st.clause[t] && ctx.is(t - 1, ctx.lex.wordLists['name-compounds']);
}

/** Speakers earlier declared anonymous («يكمل علي» after «علي (اسم مستعار)»). */
function anonymousSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  if (found.anonNames.size === 0) return;
  for (let t = 0; t < ctx.toks.count; t++) {
    if (found.anonNames.has(ctx.word(t)) && hasCue(ctx, cues, t) && !ctx.hasHit('anonymousMarkers', t + 1)) {
      found.push({ cls: 'anonymous', t0: t, t1: t + 1, via: 'speaker', cued: true });
    }
  }
}

/**
 * «نشطاء المرصد السوري», «تقارير الأمم المتحدة», «المعلومات الواردة من مصادر أمنية»: a vague
 * head that names whose it is hands its role to that source.
 */
function handOverToOwners(ctx: Ctx, raw: SourceCandidate[]): void {
  const { st, toks } = ctx;
  // The candidate listed first among those starting at token `k` (the list is sorted by start).
  const startsAt = (k: number): SourceCandidate | undefined => {
    let lo = 0;
    let hi = raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (raw[mid].t0 < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < raw.length && raw[lo].t0 === k ? raw[lo] : undefined;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'vague') continue;
    // «مصادر وزارة الخارجية»: people of an institution stay unnamed; its reports and activists speak
    // for it. «مصادر أمنية من إدارة مخيم الهول»: the body they sit in is no second speaker.
    if (vagueEntry(ctx, c.via)?.ownedUnnamed) {
      // «مصادر وزارة الخارجية», «لمصادر الوزارة»: the body in construct with them is theirs.
      const body = c.cued ? startsAt(c.t1) : undefined;
      if (body && body.cls === 'named' && st.clause[c.t1] === st.clause[c.t0]) {
        // «مصادر المرصد»: a monitor's network is the monitor speaking.
        if (sourceEntry(ctx, 'namedSources', body.via)?.ownSources) {
          c.cued = false;
          continue;
        }
        body.cued = false;
        c.actor ??= body.actor;
        continue;
      }
      let k = c.t1;
      if (k + 1 < toks.count && !ctx.is(k, ctx.lex.wordLists['owners-follow']) && !startsAt(k)) k++;
      if (!c.cued || k + 1 >= toks.count || st.clause[k + 1] !== st.clause[c.t0] || !ctx.is(k, ctx.lex.wordLists['owners-follow'])) continue;
      for (let j = i + 1; j < raw.length && raw[j].t0 <= k + 1; j++) {
        if (raw[j].t0 < k + 1 || raw[j].cls === 'anonymous') continue;
        raw[j].cued = false;
        c.actor ??= raw[j].actor;
      }
      continue;
    }
    // «ناشطون عبر مواقع التواصل الاجتماعي», «ونشرت على مواقع التواصل الاجتماعي صور»: a medium
    // after «عبر»/«على»/«في» is where something was posted, not who posted it; after «بيان نقلته» it
    // carries a statement, whose author is the source.
    const before = c.t0 > 0 && st.clause[c.t0 - 1] === st.clause[c.t0];
    const relays = before && relaysStatement(ctx, c.t0 - 1);
    if (relays || (before && vagueEntry(ctx, c.via)?.medium && ctx.is(c.t0 - 1, ctx.lex.wordLists.through))) {
      // «بيان رسمي نشرته معرفات تنظيم "داعش"»: the carrier's party is the statement's author.
      if (relays && c.actor && c.cls === 'vague') c.cls = 'named';
      else c.cued = false;
      continue;
    }
    let k = c.t1;
    if (k < toks.count && ctx.is(k, ctx.lex.wordLists['coming-from'])) k++;
    if (k < toks.count && k > c.t1 && ctx.is(k, ctx.lex.wordLists.from)) k++;
    // «وتناقل ناشطون أنباء تفيد»: a plural that keeps its «ن» is in construct with nothing; the
    // source after it is its object.
    const owner = k < toks.count && st.sentence[k] === st.sentence[c.t0] && !(k === c.t1 && ctx.is(c.t1 - 1, MASCULINE_PLURAL)) ? startsAt(k) : undefined;
    // «نشطاء وصفحات إخبارية», «ناشطون والمرصد السوري»: a source joined by «و» is a second one, not
    // the first's owner — unless the «و» is the name's own («وكالة الأناضول»).
    if (owner && k === c.t1 && opensWithWaw(ctx.word(k)) && !ownsItsWaw(ctx, k)) continue;
    if (owner && owner !== c && owner.cls !== 'anonymous') {
      owner.cued ||= c.cued;
      c.cued = false;
    }
  }
}

/** Whether the «و» starting token `t` belongs to a source's name or title («وكالة», «وزارة») rather than joining it on. */
function ownsItsWaw(ctx: Ctx, t: number): boolean {
  return firstWordsOf(ctx.lex, SOURCE_SECTIONS).has(ctx.word(t));
}

const SOURCE_SECTIONS = ['namedSources', 'vagueSources', 'titles'] as const;

/**
 * A vague source joined by «و» to a source in a source's role shares its role («وفق ما أفاد
 * المرصد ومصدر كردي», «مصادر وشهود عيان»), past words saying whose the first is (see
 * {@link describes}). A vague source that the one before it is drawn from, after «من» and at
 * most one adjective, is not («مصادر أهلية من سكان المنطقة») — unlike one it comes from
 * («المعلومات الواردة من مصادر أمنية»: that one is the source).
 */
function joinCoordinated(ctx: Ctx, cues: CueTables, raw: SourceCandidate[]): void {
  const vagueEnds = scratchUint8(ctx.toks.count + 1);
  // «وفق ما أفاد المرصد السوري لحقوق الإنسان ومصدر كردي», «نقلت وسائل إعلام محلية، وصفحات
  // مجتمعية»: a vague source joined by «و» to a source in a source's role, named or not, shares
  // its verb of saying and its role — and so does a named one («بحسب وسائل اعلام محلية، والمرصد
  // السوري لحقوق الانسان»).
  let last: SourceCandidate | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'anonymous' && !c.cued && last && joinedOn(ctx, c.t0) && describes(ctx, cues, last, c.t0)) c.cued = true;
    if ((c.cued || voicedBy(ctx, c.t0)) && c.cls !== 'anonymous') last = c;
  }
  for (let i = 0; i < raw.length; i++) if (raw[i].cls === 'vague') vagueEnds[raw[i].t1] = 1;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'vague') continue;
    if (
      c.t0 > 1 &&
      ctx.word(c.t0 - 1) === 'من' &&
      (vagueEnds[c.t0 - 1] === 1 || (vagueEnds[c.t0 - 2] === 1 && ctx.st.clause[c.t0 - 2] === ctx.st.clause[c.t0] && !ctx.is(c.t0 - 2, ctx.lex.wordLists['coming-from'])))
    )
      c.cued = false;
  }
}

/**
 * «وندد المرصد السوري لحقوق الإنسان وناشطون بعمليات القتل»: a source right after a verb of voicing
 * a view, in its clause, is who voiced it — no cue of saying, but a source's role for one joined on
 * to it (see {@link joinCoordinated}).
 */
function voicedBy(ctx: Ctx, t: number): boolean {
  return t > 0 && ctx.st.clause[t - 1] === ctx.st.clause[t] && ctx.is(t - 1, ctx.lex.wordLists['voicing-verbs']);
}

/**
 * Whether the word at `t` opens with a «و» joining it onto the words right before it: in their
 * clause, or after a comma alone («وسائل إعلام محلية، وصفحات مجتمعية»).
 */
export function joinedOn(ctx: Ctx, t: number): boolean {
  const { st, toks, text } = ctx;
  if (t === 0 || !opensWithWaw(ctx.word(t)) || ownsItsWaw(ctx, t) || st.sentence[t - 1] !== st.sentence[t]) return false;
  if (st.clause[t - 1] === st.clause[t]) return true;
  const gap = text.slice(toks.end[t - 1], toks.start[t]).trim();
  return gap === '،' || gap === ',';
}

/** Words that may stand between a cited source and one joined on to it: whose the first is. */
const JOINED_REACH = 10;

/**
 * Whether the words between source `p` and token `t` describe `p` alone, so that a source joined on
 * at `t` is joined to `p`: none, whose a vague source is in its clause («أفادت مصادر في منظمات
 * إنسانية وشهود»), or whom it is tied to, in its clause or set off by commas («نشرت وكالة “هاوار“،
 * المقربة من “الإدارة الذاتية” لشمالي وشرقي سوريا، وناشطون مقاطع») — with no cue, «أن» or relative
 * pronoun among them, which would start words of another's («المرصد الذي يستند إلى شبكة واسعة من
 * المندوبين والمصادر الطبية»).
 */
function describes(ctx: Ctx, cues: CueTables, p: SourceCandidate, t: number): boolean {
  const { st } = ctx;
  const a = p.t1;
  if (a > t || t - a > JOINED_REACH || st.sentence[a] !== st.sentence[t] || st.quote[a] !== st.quote[t]) return false;
  if (a === t) return true;
  const owners = p.cls === 'vague' && ctx.is(a, ctx.lex.wordLists['owners-follow']) && st.clause[a - 1] === st.clause[t - 1];
  const tied = ctx.is(a, ctx.lex.wordLists.affiliation) && (st.clause[a - 1] === st.clause[t - 1] || st.clause[a] === st.clause[t - 1]);
  if (!owners && !tied) return false;
  for (let k = a; k < t; k++) if (ctx.is(k, ctx.lex.wordLists.relatives)) return false;
  return !thatBetween(ctx, a, t) && cueBetween(cues, a, t) === undefined;
}

/** Words a marker may stand after the source whose name it withholds. */
const WITHHELD_REACH = 8;

/**
 * «ناشط حقوقي … فضّل عدم كشف اسمه»: a vague source whose name is withheld is anonymous; so is a
 * speaker or title no list names («وقال الضابط، الذي طلب عدم الكشف عن هويته»).
 */
function withheldNames(ctx: Ctx, raw: SourceCandidate[]): void {
  const { st, toks } = ctx;
  // Per token: 1 when an anonymous marker («اسم مستعار») starts there.
  const anonStart = scratchUint8(toks.count);
  for (let i = 0; i < raw.length; i++) if (raw[i].cls === 'anonymous' && raw[i].via === 'anonymous') anonStart[raw[i].t0] = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'vague' && !withheldTitle(ctx, raw, i) && !withheldSpeaker(ctx, c)) continue;
    const sn = st.sentence[c.t0];
    for (let t = c.t1; t <= c.t1 + WITHHELD_REACH && t < toks.count; t++) {
      if (anonStart[t] === 1 && st.sentence[t] === sn) {
        c.cls = 'anonymous';
        if (c.via === 'anonymous') anonStart[c.t0] = 1;
        break;
      }
    }
  }
}

/**
 * «وأوضح رئيس أحد الأحزاب المشاركة في “الإدارة الذاتية” فضل عدم الكشف عن هويته»: a person's title
 * no list names, the last candidate before the marker, is one whose name the marker withholds — not
 * an outlet («وكالة رويترز عن مسؤول أميركي، طلب عدم نشر اسمه») nor the body a source is from
 * («لمصدر من المجلس الوطني الكردي (فضل عدم ذكر اسمه)»).
 */
function withheldTitle(ctx: Ctx, raw: SourceCandidate[], i: number): boolean {
  const c = raw[i];
  if (c.cls !== 'named' || c.via !== 'title' || (c.t0 > 0 && ctx.word(c.t0 - 1) === 'من')) return false;
  const title = ctx.hitEntry('titles', c.t0);
  if (title >= 0 && (ctx.lex.list.titles ?? [])[title]?.outlet === true) return false;
  for (let j = i + 1; j < raw.length && raw[j].t0 <= c.t1 + WITHHELD_REACH; j++) if (raw[j].t0 >= c.t1 && raw[j].via !== 'anonymous') return false;
  return true;
}

/**
 * «وقال الضابط ، الذي طلب عدم الكشف عن هويته، إنه»: a speaker no list names, right after its verb
 * of saying, then its comma and a marker withholding its name (after «الذي»/«التي» or not), is the
 * one whose name the marker withholds.
 */
function withheldSpeaker(ctx: Ctx, c: SourceCandidate): boolean {
  const { st, toks } = ctx;
  if (c.cls !== 'named' || c.via !== 'speaker' || c.t0 < 1 || ctx.hitEnd('cues', c.t0 - 1) !== c.t0) return false;
  if (c.t1 >= toks.count || st.clause[c.t1] === st.clause[c.t1 - 1]) return false;
  // («المصدر تحدث لنورث برس، شريطة عدم الكشف عن اسمه»: the outlet told withholds no name of its own.)
  if (ctx.is(c.t0, LAM_FIRST) && !ownLamWord(ctx, c.t0)) return false;
  const m = ctx.is(c.t1, ctx.lex.wordLists.relatives) ? c.t1 + 1 : c.t1;
  const marker = m < toks.count ? ctx.hitEntry('anonymousMarkers', m) : -1;
  return marker >= 0 && (ctx.lex.list.anonymousMarkers ?? [])[marker]?.givesReason !== true;
}

/**
 * «هذه المصادر», «تلك الأنباء»: a word pointing back stands right before token `t` — not one a
 * verb of saying takes for what was said («حسبما أفاد بذلك النشطاء»).
 */
function pointsBack(ctx: Ctx, t: number): boolean {
  return t > 0 && ctx.is(t - 1, ctx.lex.wordLists.demonstratives) && !(t > 1 && ctx.is(t - 1, ctx.lex.wordLists['said-how']) && ctx.hitEnd('cues', t - 2) === t - 1);
}

/**
 * «وأضاف المصدر»: a definite «المصدر» continuing a source already cited refers back to it; it
 * carries the attribution but is not a new source to point out. So does a definite source whose
 * head word an earlier cited one introduced without the article: «أكد مصدر مطلع … وقال المصدر»,
 * «أفاد قائد ميداني … وقال القائد الميداني»; and «المصدر ذاته», the source cited last.
 */
function repeatedSources(ctx: Ctx, cues: CueTables, raw: SourceCandidate[]): void {
  const { st } = ctx;
  let firstCitedEnd = Infinity; // where the earliest-ending cued source that is not a name ends
  for (let i = 0; i < raw.length; i++) if (raw[i].cued && raw[i].cls !== 'named' && raw[i].t1 < firstCitedEnd) firstCitedEnd = raw[i].t1;
  const introduced = new Map<string, SourceCandidate>(); // head word → the last cited source that introduced it
  let lastCited: SourceCandidate | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    const previous = lastCited;
    if (c.cued && !c.repeat) lastCited = c;
    if (c.cls === 'named') continue;
    const definite = ctx.is(c.t0, WITH_ARTICLE);
    const head = sourceHead(ctx, c.t0);
    const entry = vagueEntry(ctx, c.via);
    // The source cited last, whoever it was: «وتابع المصدر ذاته»; and «المصدر» alone, one source
    // with the article, when no source of its own head was cited («أفادت مصادر إعلامية … وأوضح
    // المصدر», «وقال محسن الحمد … أضاف المصدر»).
    const same =
      (c.t1 < ctx.toks.count && ctx.st.clause[c.t1] === ctx.st.clause[c.t0] && ctx.is(c.t1, ctx.lex.wordLists.same)) ||
      (c.t0 > 0 && ctx.st.clause[c.t0 - 1] === ctx.st.clause[c.t0] && pointsBack(ctx, c.t0));
    const alone = c.t1 - c.t0 === 1 && entry?.anySource === true && entry.namedAgain === true && !introduced.has(head) && !(entry.group && previous?.cls === 'named');
    // «وقال مدير المكتب، صلاح جميل، إن … وفق القيادي»: one person's title with the article, alone,
    // after a person cited by name a few sentences before, is that person again.
    const person =
      definite &&
      c.t1 - c.t0 === 1 &&
      previous?.cls === 'named' &&
      (previous.via === 'speaker' || previous.via === 'title') &&
      !introduced.has(head) &&
      st.sentence[c.t0] - st.sentence[previous.t0] <= 3 &&
      ctx.is(c.t0, ctx.lex.wordLists['person-titles']) &&
      !(c.t1 < ctx.toks.count && ctx.is(c.t1, ctx.lex.wordLists['serves-in']));
    if (definite && previous && (same || alone || person)) {
      c.repeat = true;
      c.refersTo = referredTo(previous, undefined);
      lastCited = previous;
      continue;
    }
    const earlier = definite ? introduced.get(head) : undefined;
    if (earlier && earlier.t1 <= c.t0) {
      c.repeat = true;
      c.refersTo = earlier;
      // «أفاد مسؤول أميركي … وقال المسؤول الذي تحدث شريطة عدم الكشف عن هويته»: the name withheld is the first one's.
      // (Not a group's: «وبحسب مصادر محلية … وقالت المصادر مفضلة عدم الكشف عن هويتها» may be some of them.)
      if (c.cls === 'anonymous' && !entry?.group) earlier.cls = 'anonymous';
      continue;
    }
    // «أعلن القيادي في وحدات حماية الشعب دجوار خبات»: one person's title with the article and the
    // body or place it serves in, no source of its kind cited before, is a known person — the name
    // follows («وقال المسؤول الأمريكي» alone stays unnamed).
    if (
      definite &&
      c.cls === 'vague' &&
      c.t1 - c.t0 === 1 &&
      entry?.namedAgain &&
      ctx.is(c.t0, ctx.lex.wordLists['person-titles']) &&
      ctx.is(c.t1, ctx.lex.wordLists['serves-in'])
    ) {
      c.cls = 'named';
      continue;
    }
    // Only one person or source: a definite plural («المصادر») often means sources in general.
    if (!definite && c.cued && !PLURAL_HEAD.test(head) && entry?.namedAgain) introduced.set(head, c);
    const cont = continuation(cues, st.sentence[c.t0]);
    const continued = cont !== undefined && cont < c.t0 && c.t0 - cont <= 2;
    // «وأضاف المصدر»: a word for any source carries on the one cited last; «وأضاف الناشطون» after
    // another kind of source brings in new ones.
    if (continued && c.cls === 'vague' && definite && c.t1 - c.t0 === 1 && firstCitedEnd <= c.t0 && entry?.anySource) c.repeat = true;
  }
}

/** A sound plural («مسؤولون», «قياديين»): no single source to name again. */
const PLURAL_HEAD = /(?:ون|ين|ات)$/;

/** The vague-source entry a candidate came from, by its id (undefined for titles, speakers and the like). */
export function vagueEntry(ctx: Pick<Ctx, 'lex'>, id: string): SourceEntry | undefined {
  return sourceEntry(ctx, 'vagueSources', id);
}

/** The entry `id` of a section of sources («sohr» in `namedSources`), if the lists have one. */
function sourceEntry(ctx: Pick<Ctx, 'lex'>, section: 'vagueSources' | 'namedSources', id: string): SourceEntry | undefined {
  return ((ctx.lex.list[section] ?? []) as SourceEntry[]).find((e) => e.id === id);
}

/** A word without «و»/«ف» and the article: «والمصدر» → «مصدر». */
function headWord(w: string): string {
  return withoutConjunctionAndArticle(w);
}

/** The head word of the source at `t`; in the accusative without its «ا» («لكن مصدرا عسكريا … وقال المصدر»: one source). */
function sourceHead(ctx: Ctx, t: number): string {
  const head = headWord(ctx.word(t));
  return ctx.is(t, ctx.lex.wordLists['accusative-sources']) ? head.slice(0, -1) : head;
}

/** The sources in a source role, outside page chrome, without candidates inside a longer one. */
function citedSources(ctx: Ctx, raw: SourceCandidate[]): SourceCandidate[] {
  const all: SourceCandidate[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (!c.cued || ctx.chrome[c.t0]) continue;
    const last = all[all.length - 1];
    // «قيادات من قسد»: the vague head wins over the actor name inside it.
    if (last && c.t0 < last.t1) continue;
    all.push(c);
  }
  return all;
}

/** The source a candidate stands for: a repeated «المصدر» stands for the source it names again or continues, when there is one. */
export function referredTo(c: SourceCandidate, carried: SourceCandidate | undefined): SourceCandidate {
  if (c.refersTo) return c.refersTo;
  return c.repeat && carried ? carried : c;
}

/** Whether any of `flags[a]` … `flags[b - 1]` is set. */
export function anyIn(flags: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (flags[t] === 1) return true;
  return false;
}
