/**
 * Who a claim is attributed to. For each sentence, finds the sources it names — named
 * (a person with a name, an institution), vague («مصادر محلية», «ناشطون», «قيادات من قسد»)
 * or anonymous («اسم مستعار») — then answers, for any token, which source covers it: the
 * nearest one before it in the sentence, one after it introduced by «بحسب», the speaker of the
 * quotation it sits in, or the previous source carried on by «وأضاف», «وتابع», «وأكد البيان».
 */
import type { RefCtx as Ctx } from './references';
import type { ActorId, Attribution } from '../model/report';
import type { Hit } from '../terms/matcher';
import type { CueEntry, SourceEntry } from '../terms/schema';
import { TokenKind } from '../text/tokenize';
import { WITH_ARTICLE } from '../text/clitics';
import { refAfter } from './targets';
import { firstWordsOf, wordList } from '../terms/lexicon';
import { wordClass } from '../text/words';

export interface SourceCandidate {
  cls: Exclude<Attribution, 'none'>;
  t0: number;
  t1: number;
  s: number;
  e: number;
  actor?: ActorId;
  /** Term id of the source entry, or `title`/`cue-actor`/`statement`/`speaker`/`headline`. */
  via: string;
  /** Whether a cue (قال، أفاد، بحسب …) puts it in the role of a source. */
  cued: boolean;
  /** A definite «المصدر» referring back to a source already cited. */
  repeat?: boolean;
  /** The source a repeat refers back to by its head word («المصدر العسكري» after «مصدر عسكري»). */
  refersTo?: SourceCandidate;
}

export interface Covering {
  cls: Attribution;
  source?: SourceCandidate;
  /** The token sits in reported speech or a quotation: not the outlet's own words. */
  reported: boolean;
}

export interface Attributions {
  /** Sources found in each sentence, in token order (only those a cue puts in a source role). */
  bySentence: Map<number, SourceCandidate[]>;
  /** The attribution covering token `t`. */
  at(t: number): Covering;
  /** Every source in a source role, in text order. */
  all: SourceCandidate[];
}

const IN_CLAUSE = { clause: true };
/** «لمراسل سانا», «لوكالة الأناضول»: a word starting with «ل» (after «و» or «ف»). */
const LAM_FIRST = wordClass(/^(?:[وف]?ل)/);
/** Sentences a source carries over with «وأضاف»-style cues. */
const CARRY_SENTENCES = 4;
/** How many words after a speaker its reported speech reaches (without quotation marks). */
const REPORTED_REACH = 30;

/**
 * The attribution of a text, in named steps: the cue tables, the candidates each list or rule
 * finds, the roles they hand over or lose, the sources kept, what each sentence carries on,
 * and finally the covering of any token.
 */
export function buildAttribution(ctx: Ctx): Attributions {
  const cues = cueTables(ctx);
  const found = new Candidates(ctx);
  anonymousMarkers(ctx, found);
  initials(ctx, cues, found);
  listedNames(ctx, cues, found);
  titledNames(ctx, cues, found);
  vagueSources(ctx, cues, found);
  cuedActors(ctx, found);
  recalledStatements(ctx, found);
  headlineSpeakers(ctx, found);
  unlistedSpeakers(ctx, cues, found);
  knownSpeakers(ctx, cues, found);
  anonymousSpeakers(ctx, cues, found);
  const raw = found.sorted();
  handOverToOwners(ctx, raw);
  joinCoordinated(ctx, raw);
  withheldNames(ctx, raw);
  repeatedSources(ctx, cues, raw);
  const all = citedSources(ctx, raw);
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
        return { ...speaker, reported: true };
      }
      return coverAt(t);
    },
  };
}

/** Where the cues are: per sentence and per token, as arrays indexed by number (a long text has many sentences). */
interface CueTables {
  cues: CueEntry[];
  /** Sentence → first continuation cue token («وأضاف»), -1 for none. */
  continuesAt: Int32Array;
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
  cuesBySentence: (Hit[] | undefined)[];
}

function cueTables(ctx: Ctx): CueTables {
  const { lex, st, toks } = ctx;
  const cues = (lex.list.cues ?? []) as CueEntry[];
  const sentenceCount = st.sentenceStart.length - 1;
  const continuesAt = new Int32Array(sentenceCount).fill(-1);
  const accordingEnds = new Uint8Array(toks.count + 1);
  const accordingAt: (number[] | undefined)[] = new Array(sentenceCount).fill(undefined);
  const statementAt = new Set<number>();
  const unnamedStatementAt = new Int32Array(sentenceCount).fill(-1);
  for (let hi = 0, list = ctx.hits.get('cues') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (ctx.chrome[h.t0]) continue;
    const c = cues[h.index];
    if ((c.continues || subjectless(ctx, h)) && !(continuesAt[st.sentence[h.t0]] >= 0)) continuesAt[st.sentence[h.t0]] = h.t0;
    if (c.according) {
      accordingEnds[h.t1] = 1;
      const sn = st.sentence[h.t0];
      const at = accordingAt[sn];
      if (at) at.push(h.t0);
      else accordingAt[sn] = [h.t0];
    }
    if (c.statement) {
      statementAt.add(h.t0);
      const sn = st.sentence[h.t0];
      if (ctx.refs.mentionAt[h.t0 + 1] < 0 && unnamedStatementAt[sn] < 0) unnamedStatementAt[sn] = h.t0;
    }
  }
  const cueHits = (ctx.hits.get('cues') ?? []).filter((h) => !ctx.chrome[h.t0]);
  const cueStart = new Uint8Array(toks.count);
  for (let hi = 0; hi < cueHits.length; hi++) cueStart[cueHits[hi].t0] = 1;
  const cuesBySentence: (Hit[] | undefined)[] = new Array(sentenceCount).fill(undefined);
  for (let hi = 0; hi < cueHits.length; hi++) {
    const h = cueHits[hi];
    const sn = st.sentence[h.t0];
    let list = cuesBySentence[sn];
    if (!list) cuesBySentence[sn] = list = [];
    list.push(h);
  }
  return { cues, continuesAt, accordingEnds, accordingAt, statementAt, unnamedStatementAt, cueStart, cueHits, cuesBySentence };
}

/**
 * «وأشارت إلى أن …», «وأوضح أن …»: a verb of saying that opens its sentence and goes straight on to
 * what was said has its subject in the verb — the source of the sentences before, carried on.
 */
function subjectless(ctx: Ctx, h: Hit): boolean {
  const { st } = ctx;
  const sn = st.sentence[h.t0];
  if (st.sentenceStart[sn] !== h.t0 || h.t1 >= ctx.toks.count || st.sentence[h.t1] !== sn) return false;
  // «يذكر أن …», «يشار إلى أن …»: the outlet's own background, in the passive.
  if (ctx.is(h.t0, wordList(ctx.lex, 'background'))) return false;
  const that = wordList(ctx.lex, 'that');
  const next = ctx.is(h.t1, wordList(ctx.lex, 'prepositions')) && h.t1 + 1 < ctx.toks.count ? h.t1 + 1 : h.t1;
  return ctx.is(next, that) && st.sentence[next] === sn;
}

/** The first continuation cue's token in sentence `sn`, if any. */
function continuation(cues: CueTables, sn: number): number | undefined {
  return cues.continuesAt[sn] >= 0 ? cues.continuesAt[sn] : undefined;
}

/**
 * A source is in a source role when a cue introduces it in the same clause («أفادت مصادر»),
 * follows it closely («الأخبار الواردة من مدينة الحسكة، تؤكد»), or is «بحسب»-like right
 * before it; cue and source on the same side of any quotation mark.
 */
function hasCue(ctx: Ctx, cues: CueTables, t0: number, t1 = t0 + 1): boolean {
  const { st } = ctx;
  if (cues.accordingEnds[t0] === 1 || reportedFrom(ctx, cues, t0)) return true;
  const list = cues.cuesBySentence[st.sentence[t0]];
  // «“القيادة المركزية الأميركية” تعلن»: a name in quotation marks of its own stands outside them.
  const q0 = st.quote[t0];
  const own = q0 >= 0 && st.quotes[q0].t0 === t0 && st.quotes[q0].t1 === t1 ? -1 : q0;
  for (let i = 0; list !== undefined && i < list.length; i++) {
    const h = list[i];
    if (st.quote[h.t0] !== own) continue;
    // «وأضاف المصدر»: a continuing cue names only the source right after it («مؤكداً حدوث التباس في المعلومات» does not).
    // «وقالت المنظمة في تقرير إن السكان …»: after «إن» comes what was said, not who said it.
    const reach = cues.cues[h.index].continues || cues.cues[h.index].adjacent ? 0 : 3;
    // «وأبلغت الأهالي بضرورة …»: after a verb of telling, a definite word is who was told.
    const told = cues.cues[h.index].adjacent === true && ctx.is(t0, WITH_ARTICLE);
    if (h.t1 <= t0 && t0 - h.t1 <= reach && !told && st.clause[h.t0] === st.clause[t0] && !thatBetween(ctx, h.t1, t0) && !eventBetween(ctx, h.t1, t0)) return true;
    // «الأخبار الواردة من مدينة الحسكة، تؤكد»: a finite verb of saying after its subject —
    // not a participle («مشيراً») that continues someone else's speech.
    // «بحسب» after it introduces another source, not this one's words.
    if (h.t0 >= t1 && h.t0 - t1 <= 8 && !cues.cues[h.index].continues && !cues.cues[h.index].according) return true;
  }
  return false;
}

/**
 * «ونقلت شبكة "فوكس نيوز"، أمس عن مصدرين مطلعين»: a source after «عن», a few words after a verb of
 * reporting in its sentence, is where the report comes from.
 */
function reportedFrom(ctx: Ctx, cues: CueTables, t0: number): boolean {
  if (t0 === 0 || ctx.word(t0 - 1) !== 'عن' || ctx.st.clause[t0 - 1] !== ctx.st.clause[t0]) return false;
  for (const h of cues.cuesBySentence[ctx.st.sentence[t0]] ?? []) if (h.t1 < t0 && t0 - h.t1 <= 8 && !cues.cues[h.index].according) return true;
  return false;
}

/**
 * «وقال عبد الرحمن: "تأكد مقتل 30"»: up to four words after a verb of saying, then a colon and a
 * quotation; the words before the colon name the speaker. Returns where the name ends.
 */
function colonQuote(ctx: Ctx, t0: number): number | undefined {
  const { st, toks, text } = ctx;
  for (let t = t0; t < t0 + 4 && t + 1 < toks.count && st.sentence[t + 1] === st.sentence[t0]; t++) {
    const gap = text.slice(toks.end[t], toks.start[t + 1]);
    if (gap.includes(':')) return st.quote[t + 1] >= 0 && st.quotes[st.quote[t + 1]].t0 === t + 1 ? t + 1 : undefined;
    if (gap.trim() !== '') return undefined;
  }
  return undefined;
}

/** «وأعلنت قسد اعتقال قيادي في التنظيم»: a casualty or arrest word in `a` … `b - 1` makes the word after it its object, not a source. */
function eventBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (ctx.hitAt('countCues', t)) return true;
  return false;
}

/** Whether a «إن»/«أن» opening what was said stands between tokens `a` (inclusive) and `b`. */
function thatBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (ctx.is(t, wordList(ctx.lex, 'that'))) return true;
  return false;
}

/** A cue right next to the source, in its clause: ending just before it («أفادت مواقع») or starting just after it («مواقع اعترفت»). */
function hasAdjacentCue(ctx: Ctx, cues: CueTables, t0: number, t1: number): boolean {
  const { st } = ctx;
  if (cues.accordingEnds[t0] === 1) return true;
  for (const h of cues.cuesBySentence[st.sentence[t0]] ?? []) {
    if (st.clause[h.t0] !== st.clause[t0]) continue;
    if (h.t1 === t0 || (h.t0 === t1 && !cues.cues[h.index].continues)) return true;
  }
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
    this.covered = new Uint8Array(ctx.toks.count);
  }

  push(c: Omit<SourceCandidate, 's' | 'e'>): void {
    const { toks } = this.ctx;
    // Every candidate has the same fields, in the same order.
    this.list.push({
      cls: c.cls,
      t0: c.t0,
      t1: c.t1,
      s: toks.start[c.t0],
      e: toks.end[c.t1 - 1],
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
    if (prev >= 0 && toks.kind[prev] === TokenKind.Arabic && !ctx.is(prev, wordList(ctx.lex, 'not-a-name'))) found.anonNames.add(ctx.word(prev));
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
    const sn = st.sentence[t];
    const cue = (cues.cuesBySentence[sn] ?? []).some((h) => h.t1 <= t && t - h.t1 <= 3);
    const joined = lastEnd >= 0 && t - lastEnd <= 1 && ctx.word(t - 1) === 'و';
    if (cue || joined) found.push({ cls: 'anonymous', t0: t, t1: e + 1, via: 'initials', cued: cue && !joined });
    lastEnd = e + 1;
    t = e;
  }
}

/** «لمراسل سانا», «لوكالة الأناضول»: who was told, not who told — unless «وفقاً لـ» put the ل there. */
function isRecipient(ctx: Ctx, cues: CueTables, t: number): boolean {
  return ctx.is(t, LAM_FIRST) && cues.accordingEnds[t] !== 1;
}

/** Sources the lists name: institutions, agencies, officials. */
function listedNames(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const named = (ctx.lex.list.namedSources ?? []) as SourceEntry[];
  for (let hi = 0, list = ctx.hits.get('namedSources') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (isRecipient(ctx, cues, h.t0) || (h.t0 > 0 && isRecipient(ctx, cues, h.t0 - 1) && ctx.hitAt('titles', h.t0 - 1))) continue;
    const actor = named[h.index].actor ?? refAfter(ctx, h.t0, h.t1 - h.t0)?.actor;
    found.push({ cls: 'named', t0: h.t0, t1: h.t1, actor, via: named[h.index].id, cued: hasCue(ctx, cues, h.t0, h.t1) });
  }
}

/** A title followed by a name: «المتحدث باسم قسد فرهاد شامي». */
function titledNames(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { lex, st, toks } = ctx;
  for (let hi = 0, list = ctx.hits.get('titles') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (isRecipient(ctx, cues, h.t0)) continue;
    const next = h.t1;
    if (next >= toks.count || st.clause[next] !== st.clause[h.t0]) continue;
    if (toks.kind[next] === TokenKind.Number || ctx.is(next, wordList(ctx.lex, 'not-a-name'))) continue;
    // «وقال المسؤول الأمريكي الذي تحدث …»: a party's relational adjective describes the title; it is no name.
    if (ctx.refs.refAt(next) !== undefined && ctx.refs.mentionAt[next] < 0) continue;
    // «وكالة الأنباء الرسمية»: an agency's name may hold a vague word; a person's title may not («المتحدث باسم مصادر»).
    const outlets = (lex.list.titles ?? [])[h.index]?.id === 'outlets';
    if (ctx.hitAt('vagueSources', next) && !outlets) continue;
    // «وكالات الأنباء», «شبكات إخبارية»: outlets in the plural with no name are a vague source.
    if (outlets && ctx.hitAt('vagueSources', h.t0)?.t0 === h.t0) continue;
    const actor = refAfter(ctx, h.t0, h.t1 - h.t0 + 5, { clause: true })?.actor;
    found.push({ cls: 'named', t0: h.t0, t1: next + 1, actor, via: 'title', cued: hasCue(ctx, cues, h.t0, next + 1) });
  }
}

/** Vague sources, and whose they are: «مسؤولي قسد», «قيادات من قسد», «مصادر في الإدارة الذاتية». */
function vagueSources(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  const vague = (ctx.lex.list.vagueSources ?? []) as SourceEntry[];
  for (let hi = 0, list = ctx.hits.get('vagueSources') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    if (inAgencyName(ctx, h.t0) || namedAfter(ctx, h.t1) || negated(ctx, cues, h.t0)) continue;
    const next = h.t1 < toks.count && st.clause[h.t1] === st.clause[h.t0];
    const actor =
      (ctx.refs.refAt(h.t1) && next ? ctx.refs.refAt(h.t1) : undefined) ??
      (next && ctx.is(h.t1, wordList(ctx.lex, 'owners-follow')) ? refAfter(ctx, h.t1 + 1, 2, IN_CLAUSE)?.actor : undefined);
    const cued = vague[h.index].adjacentCue ? hasAdjacentCue(ctx, cues, h.t0, h.t1) : hasCue(ctx, cues, h.t0, h.t1);
    found.push({ cls: 'vague', t0: h.t0, t1: h.t1, actor, via: vague[h.index].id, cued });
  }
}

/**
 * «لم ترد معلومات عن سقوط خسائر», «ولا معلومات عن مصيره»: information said to be missing is no
 * source — a negation right before the words, or before the verb of reporting right before them.
 */
function negated(ctx: Ctx, cues: CueTables, t0: number): boolean {
  const { st } = ctx;
  const negation = (t: number) => t >= 0 && st.clause[t] === st.clause[t0] && ctx.is(t, wordList(ctx.lex, 'negations'));
  if (negation(t0 - 1)) return true;
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
    if (ctx.is(k, wordList(ctx.lex, 'agency-heads'))) return true;
    if (ctx.is(k, wordList(ctx.lex, 'from')) || ctx.is(k, wordList(ctx.lex, 'prepositions')) || ctx.hitAt('cues', k)) return false;
  }
  return false;
}

/**
 * «الناشط “علي المرسومي”», «أحد المواقع الموالية للنظام والذي يدعى "سينسيريا"»: a vague head
 * whose name is given right after it — in quotation marks, or after a naming word — is named.
 */
function namedAfter(ctx: Ctx, t1: number): boolean {
  const { st, toks } = ctx;
  if (t1 >= toks.count || st.sentence[t1] !== st.sentence[t1 - 1]) return false;
  const q = st.quote[t1];
  if (q >= 0 && st.quotes[q].t0 === t1 && st.quotes[q].t1 - t1 <= 3 && st.clause[t1] === st.clause[t1 - 1]) return true;
  for (let t = t1; t < t1 + 5 && t < toks.count && st.sentence[t] === st.sentence[t1]; t++) {
    // «رفض الكشف عن اسمه»: a name withheld, not given.
    if (ctx.hitAt('anonymousMarkers', t)) return false;
    if (ctx.is(t, wordList(ctx.lex, 'name-givers'))) return true;
  }
  return false;
}

/** A cue or a statement followed by an actor's name: «أعلنت قسد», «بيان قسد». */
function cuedActors(ctx: Ctx, found: Candidates): void {
  const { st, toks } = ctx;
  for (let hi = 0, list = ctx.hits.get('cues') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    const m = ctx.refs.mentionAt[h.t1];
    if (h.t1 < toks.count && m >= 0 && st.clause[h.t1] === st.clause[h.t0]) {
      const mention = ctx.refs.mentions[m];
      found.push({ cls: 'named', t0: mention.t0, t1: mention.t1, actor: mention.actor, via: 'cue-actor', cued: true });
    }
  }
}

/** «وكان تنظيم داعش أكد في شريط مصور إعدام 20 جندياً»: a statement recalled with «كان», the party between it and its verb of saying. */
function recalledStatements(ctx: Ctx, found: Candidates): void {
  const { st, toks } = ctx;
  for (const m of ctx.refs.mentions) {
    if (m.t0 === 0 || m.t1 >= toks.count || st.clause[m.t0 - 1] !== st.clause[m.t1]) continue;
    if (!ctx.is(m.t0 - 1, wordList(ctx.lex, 'pluperfect')) || !ctx.is(m.t1, wordList(ctx.lex, 'said-verbs'))) continue;
    found.push({ cls: 'named', t0: m.t0, t1: m.t1, actor: m.actor, via: 'cue-actor', cued: true });
  }
}

/**
 * «قوات سوريا الديمقراطية: الهجمات التركية قتلت 14 مدنياً»: a party or a listed source opening a
 * line and followed by a colon is the speaker of what follows — the headline style of giving a
 * statement; so is an unnamed one («مسؤول أمريكي: …»).
 */
function headlineSpeakers(ctx: Ctx, found: Candidates): void {
  const { st, toks, text } = ctx;
  const colonAfter = (t1: number) => t1 < toks.count && st.sentence[t1] === st.sentence[t1 - 1] && text.slice(toks.end[t1 - 1], toks.start[t1]).includes(':');
  const opensLine = (t0: number) => st.lineStart[st.line[t0]] === t0;
  // «مسؤول أمريكي: نحو 200 سجين فروا»: an unnamed source gives the line's words the same way.
  // («المصدر: دبي - قناة العربية» is a credit line: the article-definite word labels what follows.)
  // The unnamed source may carry one word more («مسؤول أمريكي», «مصدر أمني»).
  for (const c of found.list) {
    if (c.cls === 'named' || c.cued || !opensLine(c.t0) || ctx.is(c.t0, WITH_ARTICLE)) continue;
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

/**
 * «وقال يلديز إن …», «وأضاف المندوب التركي أن …»: the words between a verb of saying and «إن»
 * name the speaker even when no list knows the name.
 */
function unlistedSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  for (let hi = 0, list = cues.cueHits; hi < list.length; hi++) {
    const h = list[hi];
    const c = cues.cues[h.index];
    if (c.according || c.statement) continue;
    let k = h.t1;
    const end = Math.min(toks.count, h.t1 + 9);
    while (k < end && st.sentence[k] === st.sentence[h.t0] && !ctx.is(k, wordList(ctx.lex, 'that'))) k++;
    // Up to five words name the speaker; more only when a statement they gave comes first («وقالت المنظمة في تقرير صدر الخميس إن»).
    const statement = cueBetween(cues, h.t1, k);
    // «وقال حسو لشبكة رووداو، اليوم الثلاثاء، إن …»: the name ends where what it was told to
    // («ل…») starts, in its clause; «إن» may come further on.
    const told = toldTo(ctx, h.t1);
    const colon = colonQuote(ctx, h.t1);
    if (told !== undefined) k = told;
    else if (colon !== undefined) k = colon;
    else if (k >= end || k === h.t1 || st.sentence[k] !== st.sentence[h.t0] || !ctx.is(k, wordList(ctx.lex, 'that'))) continue;
    else {
      // «قال قاسم الأعرجي، مستشار الأمن القومي العراقي، إن»: the name stops at its title's comma.
      const named = nameBeforeApposition(ctx, h.t0, h.t1, k);
      if (named !== undefined) k = named;
      else if (trimmedEnd(ctx, h.t1, k) - h.t1 > 5 && statement === undefined) continue;
    }
    if (ctx.is(h.t1, wordList(ctx.lex, 'told-to'))) continue; // «وقال لشبكة رووداو إن»: no name
    if (st.clause[h.t1] !== st.clause[h.t0]) continue; // «وقالت، وهي تبكي، إن»: the speaker is the verb's pronoun
    if (anyIn(found.covered, h.t1, k)) continue; // a known source already stands there
    // «وأكد البيان أن»: a statement, resolved below; «وقالت المنظمة في تقرير إن»: the name ends where the statement starts.
    if (statement !== undefined) k = statement;
    const nameEnd = trimmedEnd(ctx, h.t1, k);
    if (nameEnd === h.t1 || ctx.is(h.t1, wordList(ctx.lex, 'not-a-name'))) continue;
    found.push({ cls: 'named', t0: h.t1, t1: nameEnd, via: 'speaker', cued: true });
  }
}

/**
 * «قال قاسم الأعرجي، مستشار الأمن القومي العراقي، إن»: a name of up to four words right after the
 * verb of saying (`v` … `a - 1`), then its title set off by commas, then «إن» at `k`. Returns
 * where the name ends, or undefined.
 */
function nameBeforeApposition(ctx: Ctx, v: number, a: number, k: number): number | undefined {
  const { st } = ctx;
  if (st.clause[a] !== st.clause[v] || st.clause[k] === st.clause[k - 1]) return undefined;
  let e = a;
  while (e < k && st.clause[e] === st.clause[a]) e++;
  return e > a && e - a <= 4 && e < k ? e : undefined;
}

/** Where a name in `a` … `b - 1` ends once the words that cannot be a name («اليوم الثلاثاء», numbers) are taken off its end. */
function trimmedEnd(ctx: Ctx, a: number, b: number): number {
  let end = b;
  while (end > a && (ctx.is(end - 1, wordList(ctx.lex, 'not-a-name')) || ctx.toks.kind[end - 1] === TokenKind.Number)) end--;
  return end;
}

/** The first token in `a` … `b - 1` where a cue starts, if any. */
function cueBetween(cues: CueTables, a: number, b: number): number | undefined {
  for (let t = a; t < b; t++) if (cues.cueStart[t] === 1) return t;
  return undefined;
}

/**
 * «وقال حسو لشبكة رووداو …، إن»: the end of a speaker's name right after a verb of saying — the
 * first word of what they were told to («لشبكة», «لوكالة»: the told-to list), at most three words
 * on and in the name's clause — when «إن» or «أن» opens what was said later in the sentence, or
 * a colon and a quotation follow what they were told to. Undefined otherwise.
 */
function toldTo(ctx: Ctx, t: number): number | undefined {
  const { st, toks } = ctx;
  let k = t;
  while (k < t + 3 && k < toks.count && st.clause[k] === st.clause[t] && toks.kind[k] === TokenKind.Arabic && !isToldWord(ctx, k)) k++;
  if (k === t || k >= toks.count || st.clause[k] !== st.clause[t] || !isToldWord(ctx, k)) return undefined;
  for (let x = k + 1; x < k + 16 && x < toks.count && st.sentence[x] === st.sentence[t]; x++) if (ctx.is(x, wordList(ctx.lex, 'that'))) return k;
  // «وقال عبد الرحمن لوكالة فرانس برس: "…"»: a quotation after a colon, in place of «إن».
  return colonQuote(ctx, k) !== undefined ? k : undefined;
}

/** A word of the told-to list («لشبكة», «لوكالة»). */
function isToldWord(ctx: Ctx, t: number): boolean {
  return ctx.is(t, wordList(ctx.lex, 'told-to'));
}

/**
 * «حسو، أشار إلى …»: a person named once as a speaker (after a verb of saying, or after a title:
 * «مدير المكتب الإعلامي، بديع حسو،») is a source wherever the name comes back with a cue.
 */
function knownSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  const { st, toks } = ctx;
  const names = new Set<string>();
  const inline: number[] = [];
  // «عبد الرحمن», «أبو الوليد»: the second word of a compound name carries the article.
  const isName = (t: number) =>
    toks.kind[t] === TokenKind.Arabic && !ctx.is(t, wordList(ctx.lex, 'not-a-name')) && (!ctx.is(t, WITH_ARTICLE) || compoundTail(ctx, t)) && !ctx.refs.refAt(t);
  for (const c of found.list) {
    if (c.cls !== 'named') continue;
    if (c.via === 'speaker' && c.t1 - c.t0 <= 3 && isName(c.t1 - 1)) names.add(ctx.word(c.t1 - 1));
    if (c.via !== 'title') continue;
    // The name right after the title, before what it was told to or «إن»: «وقال مدير المرصد رامي
    // عبد الرحمن لوكالة فرانس برس».
    let e = c.t1;
    while (e < toks.count && e < c.t1 + 3 && st.clause[e] === st.clause[c.t0] && isName(e) && !ctx.is(e, wordList(ctx.lex, 'told-to'))) e++;
    if (e > c.t1 && e < toks.count && st.clause[e] === st.clause[c.t0] && (ctx.is(e, wordList(ctx.lex, 'told-to')) || ctx.is(e, wordList(ctx.lex, 'that')))) {
      names.add(ctx.word(e - 1));
      inline.push(e - 1); // the title's own name there is the title's, not a second source
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
      if (all) names.add(ctx.word(b - 1));
    }
  }
  if (names.size === 0) return;
  for (let t = 0; t < toks.count; t++) {
    if (found.covered[t] || !names.has(ctx.word(t)) || inline.includes(t)) continue;
    // «وفق عبد الرحمن»: the name starts at the compound's first word.
    const t0 = compoundTail(ctx, t) && ctx.is(t, WITH_ARTICLE) ? t - 1 : t;
    if (!hasCue(ctx, cues, t0, t + 1)) continue;
    found.push({ cls: 'named', t0, t1: t + 1, via: 'speaker', cued: true });
  }
}

/** Token `t` is the second word of a compound name after «عبد» or «أبو» in its clause. */
function compoundTail(ctx: Ctx, t: number): boolean {
  return t > 0 && ctx.st.clause[t - 1] === ctx.st.clause[t] && ctx.is(t - 1, wordList(ctx.lex, 'name-compounds'));
}

/** Speakers earlier declared anonymous («يكمل علي» after «علي (اسم مستعار)»). */
function anonymousSpeakers(ctx: Ctx, cues: CueTables, found: Candidates): void {
  if (found.anonNames.size === 0) return;
  for (let t = 0; t < ctx.toks.count; t++) {
    if (found.anonNames.has(ctx.word(t)) && hasCue(ctx, cues, t) && !ctx.hitAt('anonymousMarkers', t + 1)) {
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
    // «مصادر وزارة الخارجية»: people of an institution stay unnamed; its reports and activists speak for it.
    if (c.cls !== 'vague' || vagueEntry(ctx, c.via)?.ownedUnnamed) continue;
    let k = c.t1;
    if (k < toks.count && ctx.is(k, wordList(ctx.lex, 'coming-from'))) k++;
    if (k < toks.count && k > c.t1 && ctx.is(k, wordList(ctx.lex, 'from'))) k++;
    const owner = k < toks.count && st.sentence[k] === st.sentence[c.t0] ? startsAt(k) : undefined;
    // «نشطاء وصفحات إخبارية», «ناشطون والمرصد السوري»: a source joined by «و» is a second one, not
    // the first's owner — unless the «و» is the name's own («وكالة الأناضول»).
    if (owner && k === c.t1 && ctx.word(k).startsWith('و') && !ownsItsWaw(ctx, k)) continue;
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
 * «وسائل إعلام وحسابات مقربة من التنظيم»: a vague source joined to the one before it is the same
 * source; so is one it is drawn from, after «من» and at most one adjective («مصادر أهلية من سكان
 * المنطقة») — not one it comes from («المعلومات الواردة من مصادر أمنية»: that one is the source).
 */
function joinCoordinated(ctx: Ctx, raw: SourceCandidate[]): void {
  const vagueEnds = new Uint8Array(ctx.toks.count + 1);
  for (let i = 0; i < raw.length; i++) if (raw[i].cls === 'vague') vagueEnds[raw[i].t1] = 1;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'vague') continue;
    if (vagueEnds[c.t0] === 1 && ctx.word(c.t0).startsWith('و')) c.cued = false;
    else if (
      c.t0 > 1 &&
      ctx.word(c.t0 - 1) === 'من' &&
      (vagueEnds[c.t0 - 1] === 1 || (vagueEnds[c.t0 - 2] === 1 && ctx.st.clause[c.t0 - 2] === ctx.st.clause[c.t0] && !ctx.is(c.t0 - 2, wordList(ctx.lex, 'coming-from'))))
    )
      c.cued = false;
  }
}

/** «ناشط حقوقي … فضّل عدم كشف اسمه»: a vague source whose name is withheld is anonymous. */
function withheldNames(ctx: Ctx, raw: SourceCandidate[]): void {
  const { st, toks } = ctx;
  // Per token: 1 when an anonymous marker («اسم مستعار») starts there.
  const anonStart = new Uint8Array(toks.count);
  for (let i = 0; i < raw.length; i++) if (raw[i].cls === 'anonymous' && raw[i].via === 'anonymous') anonStart[raw[i].t0] = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c.cls !== 'vague') continue;
    const sn = st.sentence[c.t0];
    for (let t = c.t1; t <= c.t1 + 8 && t < toks.count; t++) {
      if (anonStart[t] === 1 && st.sentence[t] === sn) {
        c.cls = 'anonymous';
        if (c.via === 'anonymous') anonStart[c.t0] = 1;
        break;
      }
    }
  }
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
    // «وتابع المصدر ذاته»: the source cited last, whoever it was.
    if (definite && previous && c.t1 < ctx.toks.count && ctx.st.clause[c.t1] === ctx.st.clause[c.t0] && ctx.is(c.t1, wordList(ctx.lex, 'same'))) {
      c.repeat = true;
      c.refersTo = referredTo(previous, undefined);
      lastCited = previous;
      continue;
    }
    const head = headWord(ctx.word(c.t0));
    const earlier = definite ? introduced.get(head) : undefined;
    if (earlier && earlier.t1 <= c.t0) {
      c.repeat = true;
      c.refersTo = earlier;
      // «أفاد مسؤول أميركي … وقال المسؤول الذي تحدث شريطة عدم الكشف عن هويته»: the name withheld is the first one's.
      if (c.cls === 'anonymous') earlier.cls = 'anonymous';
      continue;
    }
    // Only one person or source: a definite plural («المصادر») often means sources in general.
    if (!definite && c.cued && !PLURAL_HEAD.test(head) && vagueEntry(ctx, c.via)?.namedAgain) introduced.set(head, c);
    const cont = continuation(cues, st.sentence[c.t0]);
    const continued = cont !== undefined && cont < c.t0 && c.t0 - cont <= 2;
    if (continued && c.cls === 'vague' && definite && c.t1 - c.t0 === 1 && firstCitedEnd <= c.t0) c.repeat = true;
  }
}

/** Words from a claim to an according-to cue that still make the source after the cue the claim's own. */
const CLOSE_ACCORDING = 6;

/** A sound plural («مسؤولون», «قياديين»): no single source to name again. */
const PLURAL_HEAD = /(?:ون|ين|ات)$/;

/** The vague-source entry a candidate came from, by its id (undefined for titles, speakers and the like). */
function vagueEntry(ctx: Ctx, id: string): SourceEntry | undefined {
  return ((ctx.lex.list.vagueSources ?? []) as SourceEntry[]).find((e) => e.id === id);
}

/** A word without «و»/«ف» and the article: «والمصدر» → «مصدر». */
function headWord(w: string): string {
  return w.replace(/^[وف]?(?:ال)?/, '');
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

/** The source each sentence carries on from earlier ones («وأضاف», «وأكد البيان» with no name after it). */
function carriedSources(ctx: Ctx, cues: CueTables, ownAt: (SourceCandidate[] | undefined)[]): (SourceCandidate | undefined)[] {
  const { st } = ctx;
  const sentenceCount = st.sentenceStart.length - 1;
  // «وأكد البيان» with no name after it refers back to the last statement's author.
  const statementSentences = new Set<number>();
  for (let sn = 0; sn < sentenceCount; sn++) if (cues.unnamedStatementAt[sn] >= 0) statementSentences.add(sn);
  const carried: (SourceCandidate | undefined)[] = new Array(sentenceCount).fill(undefined);
  let last: { c: SourceCandidate; sn: number } | undefined;
  for (let sn = 0; sn < sentenceCount; sn++) {
    const own = ownAt[sn];
    const continues = cues.continuesAt[sn] >= 0 || statementSentences.has(sn);
    if (last && continues && sn - last.sn <= CARRY_SENTENCES) carried[sn] = last.c;
    // «وأضاف المصدر»: a repeated source carries on the one it refers back to.
    if (own && own.length > 0) last = { c: referredTo(own[own.length - 1], carried[sn]), sn };
    else if (last && continues) last = { c: last.c, sn };
  }
  return carried;
}

/** Which source covers token `t` (outside a quotation). */
function covering(ctx: Ctx, cues: CueTables, ownAt: (SourceCandidate[] | undefined)[], carried: (SourceCandidate | undefined)[], t: number): Covering {
  const { st } = ctx;
  const sn = st.sentence[t];
  const own = ownAt[sn] ?? [];
  const anon = own.find((c) => c.cls === 'anonymous');
  let before: SourceCandidate | undefined;
  for (let i = 0; i < own.length; i++) if (own[i].t1 <= t) before = own[i];
  if (anon && (before || carried[sn] !== undefined)) return { cls: 'anonymous', source: anon, reported: true };
  // «أفادت وكالات محلية بأن … لتصبح الحصيلة 17 قتيلاً وفق أرقام قسد»: a source given right after the
  // claim, a few words on, is the claim's own and wins over the one that opened the sentence.
  const according = cues.accordingAt[sn];
  // Whether the words are reported stays the opening source's to say («قال … إن»).
  const close = before && according && own.find((c) => c.t0 > t && according.some((a) => a > t && a - t <= CLOSE_ACCORDING && a < c.t0 && c.t0 - a <= 5));
  if (before) {
    const reported = speaks(ctx, cues, before, t) && !beforeItsVerb(ctx, cues, before, t) && !describesSource(ctx, before, t);
    // «وبحسب وكالة "نهر ميديا" فقد انشق … وبحسب المصدر»: «المصدر» again is the one just named.
    if (close) {
      const again = close.cls === 'vague' && close.t1 - close.t0 === 1 && ctx.is(close.t0, WITH_ARTICLE) && before.cls === 'named';
      const source = again ? before : close;
      return { cls: source.cls, source, reported };
    }
    const source = referredTo(before, carried[sn]);
    return { cls: source.cls, source, reported };
  }
  // «…، بحسب ما أفاد المرصد», «وفق ما ذكرته شبكات محلية», «بحسب تقديرات الأمم المتحدة».
  const after = according && own.find((c) => c.t0 > t && according.some((a) => a >= t && a < c.t0 && c.t0 - a <= 5));
  // A source named after the claim covers the claim, not the outlet's own choice of words.
  if (after) return { cls: after.cls, source: after, reported: false };
  const carry = carried[sn];
  if (carry) {
    const ct = continuation(cues, sn);
    // «وأكد البيان أن … 4 آليات، مشيراً إلى»: the statement, before the claim, carries it on.
    const statement = cues.unnamedStatementAt[sn];
    if (ct === undefined || ct < t || (statement >= 0 && statement < t) || st.quote[t] >= 0) return { cls: carry.cls, source: carry, reported: true };
  }
  return { cls: 'none', reported: false };
}

/**
 * Whether the words at `t` are the source's rather than the outlet's: after a verb of saying,
 * once «إن»/«أن» or a colon opens what was said («قال … إن», «أكد البيان أن», «"سانا": …»), within
 * the reported clause's reach. A verb with a noun for its object is the outlet's summary in its
 * own words («أعلنت الوزارة القبض على 81 عنصراً من تنظيم داعش الإرهابي»), and so is what
 * follows «بحسب»/«وفقاً لـ».
 */
function speaks(ctx: Ctx, cues: CueTables, c: SourceCandidate, t: number): boolean {
  return cues.accordingEnds[c.t0] !== 1 && t - c.t1 <= REPORTED_REACH && (thatBetween(ctx, c.t1, t) || openerBetween(ctx, c.t1, t));
}

/**
 * Whether what was said is opened between a speaker ending at `a` and token `b`: a colon
 * («"سانا": ميليشيا "قسد" خطفت»), or a quotation mark right after the speaker's name, apart from
 * it («ولفت أردوغان ، ' لو استخدمنا القوة …'»: one the text never closes, or an apostrophe used as
 * one). A mark that closes the speaker's own quoted name («أعلن "الجيش الوطني" استعادة») opens nothing.
 */
function openerBetween(ctx: Ctx, a: number, b: number): boolean {
  const { text, toks } = ctx;
  for (let t = Math.max(a, 1); t <= b && t < toks.count; t++) {
    for (let i = toks.end[t - 1]; i < toks.start[t]; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3a || (t === a && (c === 0x22 || c === 0x27) && i > toks.end[t - 1])) return true;
    }
  }
  return false;
}

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
    if (ctx.is(k, wordList(ctx.lex, 'that'))) return false;
    if (!ctx.is(k, wordList(ctx.lex, 'affiliation'))) continue;
    // From the tie word on: the party's name, then its adjectives, up to `t`.
    for (let j = k + 1; j <= t; j++) if (!ctx.refs.refAt(j) && !ctx.hitAt('labels', j) && !ctx.word(j).startsWith('ل')) return false;
    return true;
  }
  return false;
}

/** The source a candidate stands for: a repeated «المصدر» stands for the source it names again or continues, when there is one. */
function referredTo(c: SourceCandidate, carried: SourceCandidate | undefined): SourceCandidate {
  if (c.refersTo) return c.refersTo;
  return c.repeat && carried ? carried : c;
}

/** Whether any of `flags[a]` … `flags[b - 1]` is set. */
function anyIn(flags: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (flags[t] === 1) return true;
  return false;
}
