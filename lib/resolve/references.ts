/**
 * Actor references in the text: mentions (neutral names, anaphora such as «التنظيم» once ISIS
 * has been named, and loaded labels that always mean one actor such as «سلطة دمشق»), plus the
 * relational adjectives («الأمريكية») that only point a label at an actor.
 */
import type { TextCtx } from '../context';
import { ACTOR_SECTIONS, actorFirstWords, bareForms, blocksSense, categoryIs, FORMER_OFFSET, SHARED_OFFSET, wordList, type SenseBlock, type SenseSection } from '../terms/lexicon';
import { wordValue, type WordClass } from '../text/words';
import { DEFINITE_NISBA, WITH_ARTICLE, isWaw, opensWithWaw } from '../text/clitics';
import { TokenKind } from '../text/tokenize';
import type { Hit } from '../terms/matcher';
import type { ActorId } from '../model/report';
import type { LabelEntry } from '../terms/schema';
import { scratchInt32, scratchUint16 } from '../text/scratch';

export interface Mention {
  actor: ActorId;
  t0: number;
  t1: number;
  s: number;
  e: number;
  via: 'alias' | 'anaphor' | 'label';
  /** The name itself carries a verdict (a fixed-target loaded label). */
  loaded: boolean;
}

export interface References {
  mentions: Mention[];
  /** The actor any reference (mention or adjective) on token `t` points to. */
  refAt(t: number): ActorId | undefined;
  /** Per token: index into `mentions`, or -1. */
  mentionAt: Int32Array;
  /** Alias spans, to drop label hits that are only part of a name («تحرير» in «هيئة تحرير الشام»). */
  insideAlias(t0: number, t1: number): boolean;
  /** Actors the text names anywhere: by a name, an anaphor or a fixed label (a relational adjective does not name a party). */
  named: Set<ActorId>;
  /** Actors the text refers to anywhere, by a name or by a relational adjective. */
  referred: Set<ActorId>;
  /**
   * Groups named only as a party's followers, right after it («الاحتلال التركي وفصائله»): the
   * party it backs is present, but no mention — the words after still speak of the party named
   * first («ومرتزقته اعتداءاته»).
   */
  followers: Mention[];
}

/** The bare forms of each word, worked out once per distinct word (read only). */
const BARE_FORMS = wordValue(bareForms);

/** The hit index of a word that introduces something else with a class word, so that the word refers back to no party. */
const NEW_INTRODUCTION = -2;

/** The shortest bare form of a word: its stem with every proclitic off. */
function stemOf(word: string): string {
  let out = word;
  for (const f of bareForms(word)) if (f.length < out.length) out = f;
  return out;
}

/**
 * The party a label with a fixed party names in this article: its `target`, or its `later` one in
 * an article dated wholly after `later.from` — unless a word of defeat or of remnants stands right
 * before it («بعد سقوط النظام السوري»: the fall of the government before; «فلول قوات النظام السوري»).
 */
export function fixedTarget(ctx: TextCtx, entry: Pick<LabelEntry, 'target' | 'later'>, hit: { t0: number }): ActorId | undefined {
  const later = entry.later;
  if (!later || !ctx.date || inEra({ from: later.from }, ctx.date) !== true) return entry.target;
  const before = hit.t0 - 1;
  if (before >= 0 && ctx.st.clause[before] === ctx.st.clause[hit.t0] && (ctx.is(before, ctx.lex.wordLists['defeat-words']) || ctx.is(before, ctx.lex.wordLists['remnant-words'])))
    return entry.target;
  return later.target;
}

/**
 * Of two actors that share names («الحكومة السورية»: the Assad-era government and the transitional
 * one), the one the article's date falls in the time of, when it falls in one's time and not the
 * other's; undefined when the date does not decide.
 */
export function byDate(ctx: Pick<TextCtx, 'date' | 'lex'>, actor: ActorId, other: ActorId): ActorId | undefined {
  if (!ctx.date) return undefined;
  const mine = inEra(ctx.lex.actors.get(actor), ctx.date);
  const theirs = inEra(ctx.lex.actors.get(other), ctx.date);
  return mine !== undefined && theirs !== undefined && mine !== theirs ? (mine ? actor : other) : undefined;
}

/**
 * «الحكومة المؤقتة الليبية», «الجيش الوطني الأفغاني»: a name a Syrian party bears only in its era
 * (an actor with «from» or «until»), right before another state's relational adjective (word list
 * `states-abroad`) in its clause, is that state's.
 */
function ofStateAbroad(ctx: TextCtx, actor: { from?: string; until?: string }, t0: number, t1: number): boolean {
  if (actor.from === undefined && actor.until === undefined) return false;
  return t1 < ctx.toks.count && ctx.st.clause[t1] === ctx.st.clause[t0] && ctx.is(t1, ctx.lex.wordLists['states-abroad']);
}

/** Whether a party dated `from` did not exist yet at `date` («الجيش الوطني» in 2015 is not the SNA, formed in 2016–17). */
export function beforeItsTime(actor: { from?: string } | undefined, date: string | undefined): boolean {
  if (!actor?.from || !date) return false;
  const hi = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return hi < actor.from;
}

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in the actor's time; undefined when it cannot tell. */
export function inEra(actor: { from?: string; until?: string } | undefined, date: string): boolean | undefined {
  if (!actor) return undefined;
  // A date known only to the year or month is compared at its start and end.
  const lo = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const hi = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  if (actor.until && lo >= actor.until) return false;
  if (actor.from && hi < actor.from) return false;
  if (actor.until && hi >= actor.until) return undefined; // the period straddles the change
  if (actor.from && lo < actor.from) return undefined;
  return true;
}

/** The text context with its actor references resolved. */
export interface RefCtx extends TextCtx {
  refs: References;
}

/**
 * Whether a label's default party holds in the text: one of `anyOf` is referred to (or, for an
 * entry with `orWords`, the text has a word of that list) and none of `noneOf` is, by name or by its adjective («الاحتلال التركي», «وزارة الدفاع التركية»), and none of
 * `notInSentenceWith` in the label's sentence. The one rule for the default party the detectors
 * give and for the mention of that party the label makes here.
 */
export function defaultHolds(ctx: TextCtx, when: NonNullable<LabelEntry['fallbackWhen']>, referred: (a: ActorId) => boolean, inSentence: (a: ActorId) => boolean): boolean {
  const about = when.anyOf.some(referred) || (when.orWords !== undefined && ctx.has(wordList(ctx.lex, when.orWords)));
  return about && (when.allOf?.every(referred) ?? true) && !when.noneOf?.some(referred) && !when.notInSentenceWith?.some(inSentence);
}

/**
 * Whether a label names no one party, so no default holds for it: an adjective on a noun of groups
 * of a kind («الجماعات المتطرفة», «المنظمات الإسلامية المتطرفة»), one followed by «الأخرى» («داعش
 * والتنظيمات المتطرفة الأخرى»), or one after another relational adjective that already gives the
 * noun its kind («الفكر الطائفي المتطرف»: a current of thought), one on an attack («في هجوم
 * إرهابي على حافلة»: the doer is whoever the text says did it) or on another label («للميليشيات
 * الارهابية»), a classer's verdict («وتصنفه منظمة إرهابية»), and a word whose owner follows it
 * named by its kind only («لاحتلال التنظيم المذكور»).
 */
export function namesNoOne(ctx: TextCtx, t: number, t1: number): boolean {
  const { clause } = ctx.st;
  if (t1 < ctx.toks.count && clause[t1] === clause[t]) {
    if (ctx.is(t1, ctx.lex.wordLists.others)) return true;
    // «إرهابيي ما يسمّى “الجيش الحر”»: the word's owner is a party the lists name as no one's.
    if (ownedByUnlisted(ctx, t1)) return true;
    // «الخاضعة لاحتلال التنظيم المذكور»: the word's owner follows it, named by its kind only.
    if (ctx.word(t1).startsWith('ال') && ctx.is(t1, ctx.lex.wordLists['construct-heads'])) return true;
  }
  if (t === 0 || clause[t - 1] !== clause[t]) return false;
  if (ctx.is(t - 1, ctx.lex.wordLists['group-plurals']) || ctx.is(t - 1, ctx.lex.wordLists['attack-nouns'])) return true;
  // «للميليشيات الارهابية»: an adjective on a label noun (agreeing with it in the article), whose
  // own party decides. («بطش النظام» is a construct: the second word is the owner.)
  if (ctx.hitEnd('labels', t - 1) === t && ctx.is(t - 1, WITH_ARTICLE) === ctx.is(t, WITH_ARTICLE)) return true;
  // «وتصنفه منظمة إرهابية»: a classer's verdict, on whatever it classes.
  for (let k = t - 1; k >= 0 && k >= t - 4 && clause[k] === clause[t]; k--) if (ctx.is(k, ctx.lex.wordLists.designation)) return true;
  // (Only an adjective in the chain, with the article and nothing before it: «للمتشددين» after
  // «المعقل الرئيسي» is a noun of its own.)
  // («وتقاتل قوات سوريا الديمقراطية المتشددين»: the last word of a party's name gives no kind.)
  return ctx.word(t).startsWith('ال') && ctx.is(t - 1, DEFINITE_NISBA) && !endsName(ctx, t);
}

/**
 * Whether a name the lists hold as no party's («الجيش الحر», a neutral phrase) stands within three
 * words from token `t1`, in its clause, past a marker of distance but no listed party.
 */
export function ownedByUnlisted(ctx: TextCtx, t1: number): boolean {
  for (let k = t1; k < t1 + 3 && k < ctx.toks.count && ctx.st.clause[k] === ctx.st.clause[t1]; k++) {
    if (ctx.hasHit(ACTOR_SECTIONS.alias, k)) return false;
    if (ctx.hasHit('neutralPhrases', k)) return true;
    // «إرهابيي تنظيم "بي كي كي" في منطقة هاكورك شمالي العراق»: a name that points at no party here.
    const home = ctx.hitEntry(ACTOR_SECTIONS.homeAdjective, k);
    if (home >= 0 && homeMuted(ctx, home, k)) return true;
  }
  return false;
}

/** Whether a party's name ends right before token `t` («قوات سوريا الديمقراطية»). */
function endsName(ctx: TextCtx, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 4; k--) if (ctx.hitEnd(ACTOR_SECTIONS.alias, k) === t) return true;
  return false;
}

/**
 * «وليس احتلال المدينة», «ليس تعسفياً»: a word of verdict right after a denial is denied, not
 * passed — no finding, and no mention of a default party.
 */
export function denied(ctx: TextCtx, hit: Hit): boolean {
  return hit.t0 > 0 && ctx.st.clause[hit.t0 - 1] === ctx.st.clause[hit.t0] && ctx.is(hit.t0 - 1, ctx.lex.wordLists.denials);
}

export function resolveReferences(ctx: TextCtx): References {
  const { lex, toks } = ctx;
  const actorsList = lex.list.actors ?? [];
  // Per token: 1 + the number of the actor a reference there points to (0 for none), so a long
  // text costs one small typed array rather than an array of strings.
  const refNumber = scratchUint16(toks.count);
  const actorNumber = new Map<ActorId, number>();
  const actorIds: ActorId[] = [];
  const numberOf = (actor: ActorId): number => {
    let k = actorNumber.get(actor);
    if (k === undefined) {
      actorIds.push(actor);
      actorNumber.set(actor, (k = actorIds.length));
    }
    return k;
  };
  const refAt = (t: number): ActorId | undefined => {
    const k = refNumber[t];
    return k ? actorIds[k - 1] : undefined;
  };
  const mentionAt = scratchInt32(toks.count).fill(-1);
  const raw: Mention[] = [];
  // The names are read off the hits' columns: a MiB of news names its parties some 10,000 times,
  // and no name needs a hit object of its own.
  const { hits } = ctx;
  const aliasHits = hits.numbers(ACTOR_SECTIONS.alias);

  // Names shared by two actors go to whichever the article otherwise names more (the Assad-era
  // government before December 2024, the transitional one after).
  // Counted when the first shared name comes up.
  let own: Map<ActorId, number> | undefined;
  const countOwn = () => {
    const counts = new Map<ActorId, number>();
    for (let hi = 0; hi < aliasHits.length; hi++) {
      const index = hits.index[aliasHits[hi]];
      if (index < SHARED_OFFSET) counts.set(actorsList[index].id, (counts.get(actorsList[index].id) ?? 0) + 1);
    }
    for (let hi = 0, list = ctx.hits.get('labels') ?? []; hi < list.length; hi++) {
      const h = list[hi];
      const entry = (lex.list.labels ?? [])[h.index];
      const target = entry ? fixedTarget(ctx, entry, h) : undefined;
      if (target) counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    return counts;
  };
  // A shared name or adjective: the actor of the article's time, or the one it otherwise names more.
  const sharedActor = (index: number): ActorId => {
    const actor = actorsList[index - SHARED_OFFSET].id;
    const other = actorsList[index - SHARED_OFFSET].shared!.with;
    const dated = byDate(ctx, actor, other);
    if (dated !== undefined) return dated;
    own ??= countOwn();
    return (own.get(other) ?? 0) > (own.get(actor) ?? 0) ? other : actor;
  };
  // «المنتخب الإيراني», «نظيره التركي», «الليرة التركية»: the adjective describes a team, a
  // counterpart or a currency, not a party a label could hit — also when the name's stem matches it.
  const notPartyHeads = ctx.lex.wordLists['not-party-heads'];
  const afterNotPartyHead = (t0: number, t1: number, section: string = ACTOR_SECTIONS.adjective) => {
    if (!(t0 > 0 && ctx.is(t0 - 1, notPartyHeads))) return false;
    const i = hits.numberAt(section, t0);
    return i >= 0 && hits.t1[i] === t1;
  };
  // «أبو فاروق التركي», «عبد الله التركي»: a relational adjective ending a personal name is part of the name.
  // «ياسر المصري»: a definite relational adjective after a bare word with no article — no noun it
  // could describe, as a noun and its adjective agree in the article — is a family name.
  // («طائرات التحالف» is a construct: its second word is a noun, not a relational adjective.)
  const inPersonalName = (t0: number, t1: number) =>
    (t0 > 1 && ctx.is(t0 - 2, ctx.lex.wordLists['name-compounds']) && ctx.st.clause[t0 - 2] === ctx.st.clause[t0]) ||
    (t1 - t0 === 1 &&
      t0 > 0 &&
      ctx.st.clause[t0 - 1] === ctx.st.clause[t0] &&
      ctx.is(t0, DEFINITE_NISBA) &&
      ctx.toks.kind[t0 - 1] === TokenKind.Arabic &&
      !ctx.is(t0 - 1, WITH_ARTICLE) &&
      !ctx.is(t0 - 1, ctx.lex.wordLists['not-a-name']) &&
      !ctx.hasHit(ACTOR_SECTIONS.alias, t0 - 1) &&
      !ctx.hasHit('labels', t0 - 1) &&
      !ctx.hasHit('cues', t0 - 1) &&
      // «التي حاول الأميركي توحيدها»: a verb after a relative pronoun, with the party as its subject.
      !(t0 > 1 && (ctx.is(t0 - 2, ctx.lex.wordLists.relatives) || ctx.is(t0 - 2, ctx.lex.wordLists.that))));
  // «الجيش السوري الحر»: a name inside another party's longer name (a neutral phrase) is not a
  // mention of its own.
  const insideOtherName = phraseCover(ctx, NO_HITS);
  for (let hi = 0; hi < aliasHits.length; hi++) {
    const i = aliasHits[hi];
    const index = hits.index[i];
    const t0 = hits.t0[i];
    const t1 = hits.t1[i];
    if (afterNotPartyHead(t0, t1) || insideOtherName(t0, t1) || inPersonalName(t0, t1)) continue;
    if (index < SHARED_OFFSET && (beforeItsTime(actorsList[index], ctx.date) || ofStateAbroad(ctx, actorsList[index], t0, t1))) continue;
    const s = ctx.toks.start[t0];
    const e = ctx.toks.end[t1 - 1];
    // «قوات الأمن الداخلي» in 2026: a former name is the actor's only in an article of its time.
    if (index >= FORMER_OFFSET) {
      const former = actorsList[index - FORMER_OFFSET];
      if (ctx.date && inEra({ until: former.formerly!.until }, ctx.date) === true) raw.push({ actor: former.id, t0, t1, s, e, via: 'alias', loaded: false });
      continue;
    }
    const actor = index >= SHARED_OFFSET ? sharedActor(index) : actorsList[index].id;
    raw.push({ actor, t0, t1, s, e, via: 'alias', loaded: false });
  }
  for (const section of ['labels', 'sympathy'] as const) {
    const entries = (lex.list[section] ?? []) as LabelEntry[];
    for (let hi = 0, list = ctx.hits.get(section) ?? []; hi < list.length; hi++) {
      const h = list[hi];
      const entry = entries[h.index];
      // «الجيش العربي السوري» in 2026: a naming of its time only («until»), after it the army's plain name.
      const target = entry.target ? fixedTarget(ctx, entry, h) : undefined;
      if (target && categoryIs(lex, entry.category, 'names') && !(ctx.date && inEra(entry, ctx.date) === false)) {
        raw.push({ actor: target, t0: h.t0, t1: h.t1, s: h.s, e: h.e, via: 'label', loaded: true });
      }
    }
  }
  // A relational adjective points its words at the actor, where no longer one already did. The
  // adjectives are read off the hits' columns too, as the names are.
  const point = (t0: number, t1: number, actor: ActorId) => {
    const k = numberOf(actor);
    for (let t = t0; t < t1; t++) if (refNumber[t] === 0) refNumber[t] = k;
  };
  const adjectiveHits = hits.numbers(ACTOR_SECTIONS.adjective);
  for (let hi = 0; hi < adjectiveHits.length; hi++) {
    const i = adjectiveHits[hi];
    const index = hits.index[i];
    const t0 = hits.t0[i];
    const t1 = hits.t1[i];
    if (afterNotPartyHead(t0, t1) || inPersonalName(t0, t1)) continue;
    point(t0, t1, index >= SHARED_OFFSET ? sharedActor(index) : actorsList[index].id);
  }
  // «حزب العمال الكردستاني» in a text with no word of Syria, or in a sentence naming a place of its
  // fight abroad and none of Syria («شمالي العراق»): the party's fight there, not the north-east's.
  // (A longer adjective holding it, «ي ب ك/بي كا كا», already pointed its words.)
  const homeHits = hits.numbers(ACTOR_SECTIONS.homeAdjective);
  for (let hi = 0; hi < homeHits.length; hi++) {
    const i = homeHits[hi];
    const index = hits.index[i];
    const t0 = hits.t0[i];
    const t1 = hits.t1[i];
    if (afterNotPartyHead(t0, t1, ACTOR_SECTIONS.homeAdjective) || inPersonalName(t0, t1) || homeMuted(ctx, index, t0)) continue;
    point(t0, t1, actorsList[index].id);
  }
  // Names and neutral phrases that contain a loaded word: «هيئة تحرير الشام», «النظام الداخلي».
  const insideAlias = phraseCover(ctx, aliasHits);
  // Labels that name a party only in a text about that party's conflict («النظام» where Syria's
  // parties are named by name — a relational adjective such as «الأمريكية» names no party), and
  // only when no name or adjective right after them says otherwise and the word is not used in
  // another sense («النظام الداخلي», «النظام الجديد»).
  const present = new Set<ActorId>();
  for (let i = 0; i < raw.length; i++) present.add(raw[i].actor);
  const byAdjective = new Set<ActorId>(actorIds);
  for (let hi = 0, list = ctx.hits.get('labels') ?? []; hi < list.length; hi++) {
    const h = list[hi];
    const entry = (lex.list.labels ?? [])[h.index];
    const when = entry?.fallbackWhen;
    // (A word for a deed — «اختطاف», «دروع بشرية» — names no one, whoever it is given to; nor does a verb: «يحتلها»;
    // nor a word that takes its meaning from its owner: «من الإرهاب».)
    if (!when || !categoryIs(lex, entry.category, 'names') || entry.role === 'verb' || entry.resolve === 'construct' || (h.t1 < toks.count && refAt(h.t1))) continue;
    const sn = ctx.st.sentence[h.t0];
    if (
      !defaultHolds(
        ctx,
        when,
        (a) => present.has(a) || byAdjective.has(a),
        (a) => raw.some((m) => m.actor === a && ctx.st.sentence[m.t0] === sn),
      )
    )
      continue;
    if (insideAlias(h.t0, h.t1) || otherSenseAround(ctx, h, 'labels') || namesNoOne(ctx, h.t0, h.t1) || denied(ctx, h)) continue;
    raw.push({ actor: when.actor, t0: h.t0, t1: h.t1, s: h.s, e: h.e, via: 'label', loaded: true });
  }
  const followers = backedGroups(ctx, raw, refAt);
  raw.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1 || (a.via === 'label' ? -1 : 1));

  const mentions: Mention[] = [];
  const seen = new Set<ActorId>();
  const anaphors = withClassAnaphora(ctx, ctx.hits.get(ACTOR_SECTIONS.anaphor) ?? []);
  let ai = 0;
  // «التنظيم» refers back to the party last introduced with that word: ISIS after «تنظيم داعش»,
  // the YPG after «تنظيم "ي ب ك"» in Turkish state media.
  const introducedBy = new Map<string, ActorId>();
  // «إرهابيي تنظيم "ب ي د" … محاربة تنظيم "داعش" … عناصر التنظيم الإرهابي»: a class word two
  // parties were introduced with refers back to neither.
  const contested = new Set<string>();
  const introduce = (form: string, actor: ActorId) => {
    const before = introducedBy.get(form);
    if (before !== undefined && before !== actor) contested.add(form);
    introducedBy.set(form, actor);
  };
  const pushAnaphorsBefore = (t: number) => {
    while (ai < anaphors.length && anaphors[ai].t0 < t) {
      const h = anaphors[ai++];
      // «حزب يكيتي», «الحزب الديمقراطي الكوردستاني»: the class word now introduces something no
      // list knows, and until a party is introduced with it again it refers back to none.
      if (h.index === NEW_INTRODUCTION) {
        if (mentionAt[h.t0] < 0) forgetIntroduction(introducedBy, contested, stemOf(ctx.word(h.t0)));
        continue;
      }
      // A class word («المنظمة») refers only to a party introduced with it; an actor's own anaphor
      // («التنظيم» for ISIS) falls back to that actor once it is named.
      const own = h.index >= 0 ? actorsList[h.index].id : undefined;
      let intro: ActorId | undefined;
      let disputed = false;
      for (let hi = 0, list = ctx.words.derive(ctx.ids[h.t0], BARE_FORMS); hi < list.length; hi++) {
        const f = list[hi];
        if (contested.has(f)) disputed = true;
        if ((intro = introducedBy.get(f)) !== undefined) break;
      }
      const actor = disputed ? undefined : (intro ?? (own !== undefined && seen.has(own) ? own : undefined));
      if (actor && mentionAt[h.t0] < 0) add({ actor, t0: h.t0, t1: h.t1, s: h.s, e: h.e, via: 'anaphor', loaded: false });
      else if (!actor && h.t1 < toks.count && ctx.hasHit('labels', h.t1)) ahead.push(h);
    }
  };
  // «لتحرير السجناء من سجون التنظيم الإرهابي … من احتلال تنظيم PKK/YPG»: a class word no party
  // was introduced with before it, with a label right after it that makes it a party, looks ahead
  // to the first one introduced with it, a short way on («التنظيم هاجم القرية ثم أعلن تنظيم داعش»,
  // with no label, stays no one).
  const ahead: Hit[] = [];
  const resolveAhead = (m: Mention, forms: readonly string[]) => {
    // Mentions come in text order: class words out of reach of this one are out of reach of every
    // later one too, and leave the list (which would otherwise grow with the text, and be read whole
    // at every name).
    let gone = 0;
    while (gone < ahead.length && m.t0 - ahead[gone].t0 > CATAPHORA_REACH) gone++;
    if (gone > 0) ahead.splice(0, gone);
    for (let i = 0; i < ahead.length; i++) {
      const h = ahead[i];
      // (The word right before the name, «تحث المنظمة الإدارة الذاتية», is no introduction of itself.)
      if (m.t0 - h.t0 > CATAPHORA_REACH || h.t1 >= m.t0) continue;
      const own = ctx.words.derive(ctx.ids[h.t0], BARE_FORMS);
      if (!own.some((f) => forms.includes(f))) continue;
      ahead.splice(i--, 1);
      if (mentionAt[h.t0] < 0) add({ actor: m.actor, t0: h.t0, t1: h.t1, s: h.s, e: h.e, via: 'anaphor', loaded: false });
    }
  };
  // «تنظيم PKK/YPG»: an alias right after a relational name of its own party («PKK») starts the
  // name there, so the word before the whole name is the one that introduces it.
  const nameWithAdjectivesStart = (m: Mention): number => {
    const k = numberOf(m.actor);
    let s = m.t0;
    while (s > 0 && m.t0 - s < 4 && refNumber[s - 1] === k && mentionAt[s - 1] < 0 && ctx.st.sentence[s - 1] === ctx.st.sentence[m.t0]) s--;
    return s;
  };
  const add = (m: Mention) => {
    for (let t = m.t0; t < m.t1; t++) if (mentionAt[t] >= 0) return; // overlapped by an earlier, longer one
    mentions.push(m);
    seen.add(m.actor);
    // The word that introduces the name: its own first word («تنظيم داعش», the label «تنظيم "ي ب ك"
    // الإرهابي») or, for an alias, the one before it («تنظيم "قسد"»).
    if (m.via === 'alias' || (m.via === 'label' && m.t1 - m.t0 > 1)) {
      for (let hi = 0, list = ctx.words.derive(ctx.ids[m.t0], BARE_FORMS); hi < list.length; hi++) introduce(list[hi], m.actor);
      if (ahead.length > 0) resolveAhead(m, ctx.words.derive(ctx.ids[m.t0], BARE_FORMS));
      // («الفصائل وهيئة تحرير الشام»: a name joined by «و» is introduced by no word before it.)
      const s = m.via === 'alias' ? nameWithAdjectivesStart(m) : 0;
      if (s > 0 && ctx.st.sentence[s - 1] === ctx.st.sentence[m.t0] && !joinedByWaw(ctx, s)) {
        for (let hi = 0, list = ctx.words.derive(ctx.ids[s - 1], BARE_FORMS); hi < list.length; hi++) introduce(list[hi], m.actor);
        if (ahead.length > 0) resolveAhead(m, ctx.words.derive(ctx.ids[s - 1], BARE_FORMS));
      }
    }
    const k = numberOf(m.actor);
    for (let t = m.t0; t < m.t1; t++) {
      mentionAt[t] = mentions.length - 1;
      refNumber[t] = k;
    }
  };
  for (let hi = 0, list = raw; hi < list.length; hi++) {
    const m = list[hi];
    pushAnaphorsBefore(m.t0);
    add(m);
  }
  pushAnaphorsBefore(toks.count);
  mentions.sort((a, b) => a.t0 - b.t0);
  for (let i = 0; i < mentions.length; i++) for (let t = mentions[i].t0; t < mentions[i].t1; t++) mentionAt[t] = i;

  // Every mention was added through `add`, which notes its actor in `seen`: the actors named are those.
  return { mentions, refAt, mentionAt, insideAlias, named: seen, referred: new Set(actorIds), followers };
}

/**
 * Whether the home adjective at token `t` (of the actor numbered `entry`) points at no one: the text holds no word of the actor's
 * home, or the sentence names a place abroad and none of home.
 */
function homeMuted(ctx: TextCtx, entry: number, t: number): boolean {
  const home = (ctx.lex.list.actors ?? [])[entry]?.homeAdjectives;
  if (!home) return false;
  if (!ctx.has(wordList(ctx.lex, home.words))) return true;
  return home.abroad !== undefined && sentenceHas(ctx, t, wordList(ctx.lex, home.abroad)) && !sentenceHas(ctx, t, wordList(ctx.lex, home.words));
}

/** Whether a word of the class stands in the sentence of token `t`. */
function sentenceHas(ctx: TextCtx, t: number, c: WordClass): boolean {
  const sn = ctx.st.sentence[t];
  for (let k = ctx.st.sentenceStart[sn]; k < ctx.st.sentenceStart[sn + 1]; k++) if (ctx.is(k, c)) return true;
  return false;
}

/** How far on (in words) a class word with no party before it looks for the one it introduces. */
const CATAPHORA_REACH = 80;

/** Words of description between the groups and their affiliation word («الفصائل السورية المسلحة الموالية لها»). */
const BACKED_DESCRIPTION = 3;
/** How far back the party a pronoun after the affiliation word points to may be named, in its sentence. */
const BACKED_PATRON_REACH = 12;

/**
 * For {@link backedGroups}, per token: 1 + the index in `raw` of the last name covering it, and 1 +
 * the index of the first name starting at it (0 for none).
 */
function nameMarks(count: number, raw: Mention[]): [Int32Array, Int32Array] {
  const named = scratchInt32(count);
  const startsAt = scratchInt32(count);
  for (let i = 0; i < raw.length; i++) {
    named.fill(i + 1, raw[i].t0, raw[i].t1);
    if (startsAt[raw[i].t0] === 0) startsAt[raw[i].t0] = i + 1;
  }
  return [named, startsAt];
}

/**
 * «القوات التركية والفصائل السورية الموالية لها», «فصائل المعارضة المسلحة التابعة لتركيا»: armed
 * groups tied by an affiliation word to a party — named right after it, by a label and the
 * party's relational adjective («للنظام التركي»), or by a pronoun pointing back to the party named
 * last before them in the sentence — are the groups that party backs: a
 * mention of its proxy where the lists give it one (Turkey's: the SNA), else of the party itself
 * («قوات النظام والمسلحين الموالين لها»). Added to `raw`; a name already there wins.
 */
function backedGroups(ctx: TextCtx, raw: Mention[], refAt: (t: number) => ActorId | undefined): Mention[] {
  const { toks, st } = ctx;
  const groups = ctx.lex.wordLists['backed-groups'];
  const tie = ctx.lex.wordLists.affiliation;
  const described = ctx.lex.wordLists['backed-descriptions'];
  const from = ctx.lex.wordLists.from;
  const partner = ctx.lex.wordLists['partner-words'];
  // The pronouns `affiliation` in lib/resolve/targets.ts reads after the same words, and «منها» («المدعومة منها»).
  const pronouns = [ctx.lex.wordLists['tie-pronouns'], ctx.lex.wordLists['from-pronouns']];
  // Per token: 1 + the index in `raw` of the last name there (alias or label), 0 for none; built
  // at the first group word. A typed array, as a map per token cost more than the whole loop.
  let named: Int32Array | undefined;
  // Per token: 1 + the index in `raw` of the first name starting there, 0 for none; built with
  // `named`. A search of `raw` per group word cost time in proportion to the whole text's names.
  let startsAt: Int32Array | undefined;
  const nameAt = (t: number): ActorId | undefined => {
    if (!named) [named, startsAt] = nameMarks(toks.count, raw);
    const k = named[t];
    return k > 0 ? raw[k - 1].actor : undefined;
  };
  const nameStartingAt = (t: number): Mention | undefined => {
    if (!startsAt) [named, startsAt] = nameMarks(toks.count, raw);
    const k = startsAt[t];
    return k > 0 ? raw[k - 1] : undefined;
  };
  const at = (t: number) => nameAt(t) ?? refAt(t);
  // A function of its own: a closure over the loop's `p` would make every turn of the loop, one
  // per token, allocate a scope for it.
  const isPronoun = (t: number) => pronouns.some((c) => ctx.is(t, c));
  // Only the group words can open one: the loop visits them alone.
  const groupWords = ctx.words.tokensIn(ctx.ids, toks.count, groups);
  const proxyGroups = ctx.lex.wordLists['proxy-groups'];
  const patronGroups = ctx.lex.wordLists['patron-groups'];
  // «المجموعات الإرهابية التابعة لتركيا»: a one-word label agreeing with the groups in the article
  // describes them, like the words of `backed-descriptions`.
  const describingLabel = (g: number, k: number) => ctx.hitEnd('labels', k) === k + 1 && ctx.is(k, WITH_ARTICLE) === ctx.is(g, WITH_ARTICLE);
  // The patron named right after groups at `g`, and where the groups' mention ends: with its
  // relational adjective or its name; or, factions and militias in the construct state, its name,
  // or a label and its adjective (the label is the patron's own: the mention ends before it).
  const patronNamed = (g: number): { actor: ActorId; t1: number } | undefined => {
    const p = g + 1;
    const name = nameAt(p);
    const adjective = name ? undefined : refAt(p);
    if (adjective) return { actor: adjective, t1: p + 1 };
    if (ctx.is(g, WITH_ARTICLE) || !ctx.is(g, patronGroups)) return undefined;
    const m = name ? nameStartingAt(p) : undefined;
    if (m) return { actor: m.actor, t1: m.t1 };
    const labelEnd = name ? -1 : ctx.hitEnd('labels', p);
    const byLabel = labelEnd >= 0 && labelEnd < toks.count && st.clause[labelEnd] === st.clause[p] && !nameAt(labelEnd) ? refAt(labelEnd) : undefined;
    return byLabel ? { actor: byLabel, t1: p } : undefined;
  };
  for (let i = 0; i < groupWords.length; i++) {
    const g = groupWords[i];
    if (at(g)) continue;
    // «الفصائل التركية»: groups named by a patron's relational adjective are the patron's proxy
    // (fighters, «المقاتلين الأتراك», are its own). So are groups governing the patron's name
    // («قيام فصائل أنقرة بسرقة») or a label and its adjective («ميليشيات الاحتلال التركي»). («فصائل»
    // is a group word as written: its shortest bare form drops the «ف» as a conjunction.)
    const patronAfter = g + 1 < toks.count && st.clause[g + 1] === st.clause[g] && (ctx.is(g, proxyGroups) || proxyGroups.test(stemOf(ctx.word(g)))) ? patronNamed(g) : undefined;
    const proxyOf = patronAfter && ctx.lex.actors.get(patronAfter.actor)?.proxy;
    if (proxyOf) {
      const t1 = patronAfter.t1;
      raw.push({ actor: proxyOf, t0: g, t1, s: toks.start[g], e: toks.end[t1 - 1], via: 'alias', loaded: false });
      continue;
    }
    let k = g + 1;
    while (k < toks.count && k - g <= BACKED_DESCRIPTION && st.clause[k] === st.clause[g] && (ctx.is(k, described) || describingLabel(g, k)) && !at(k)) k++;
    if (k >= toks.count || !ctx.is(k, tie) || st.clause[k] !== st.clause[g]) continue;
    let p = k + 1;
    // «المتحالفة مع أنقرة»: the partner after a word of alliance.
    if (p < toks.count && (ctx.is(p, from) || ctx.is(p, partner))) p++;
    if (p >= toks.count || st.sentence[p] !== st.sentence[g]) continue;
    let patron = at(p);
    // «الفصائل المسلحة الموالية لقوات الاحتلال التركي», «ميليشيات تابعة للنظام التركي»: a label
    // whose relational adjective right after it names the patron. (The label is the patron's own:
    // the mention ends before it.)
    const labelEnd = patron ? -1 : ctx.hitEnd('labels', p);
    const byLabel = labelEnd >= 0 && labelEnd < toks.count && st.clause[labelEnd] === st.clause[p] && !nameAt(labelEnd) ? refAt(labelEnd) : undefined;
    if (byLabel) patron = byLabel;
    if (!patron && isPronoun(p)) {
      let b = g - 1;
      for (; b >= 0 && b >= g - BACKED_PATRON_REACH && st.sentence[b] === st.sentence[g] && !patron; b--) patron = at(b);
      // «ميليشيا قسد الموالية لها والفصائل الإرهابية التابعة لها»: the party before is itself tied
      // to the one the pronoun means, named further back.
      for (let j = b + 2; patron && j + 1 < g; j++) if (ctx.is(j, tie) && isPronoun(j + 1)) patron = undefined;
    }
    if (!patron) continue;
    const actor = ctx.lex.actors.get(patron)?.proxy ?? patron;
    let t1 = byLabel ? p : p + 1;
    while (!byLabel && t1 < toks.count && nameAt(t1) === patron && nameAt(t1 - 1) === patron) t1++;
    raw.push({ actor, t0: g, t1, s: toks.start[g], e: toks.end[t1 - 1], via: 'alias', loaded: false });
  }
  // «الاحتلال التركي وفصائله», «القوات التركية وفصائلها»: groups with a pronoun, joined by «و»
  // right after a party's name or adjective, are the groups it backs — its followers.
  const followers: Mention[] = [];
  const own = ctx.words.tokensIn(ctx.ids, toks.count, ctx.lex.wordLists['own-groups']);
  for (let i = 0; i < own.length; i++) {
    const g = own[i];
    if (at(g)) continue;
    const b = opensWithWaw(ctx.word(g)) ? g - 1 : g > 0 && isWaw(ctx.word(g - 1)) ? g - 2 : -1;
    const patron = b >= 0 && st.clause[b] === st.clause[g] ? at(b) : undefined;
    if (!patron) continue;
    followers.push({ actor: ctx.lex.actors.get(patron)?.proxy ?? patron, t0: g, t1: g + 1, s: toks.start[g], e: toks.end[g], via: 'alias', loaded: false });
  }
  return followers;
}

/** Whether a relative pronoun («الذي», «التي») stands in `a` … `e - 1`. */
export function relativeIn(ctx: Pick<TextCtx, 'is' | 'lex'>, a: number, e: number): boolean {
  for (let k = a; k < e; k++) if (ctx.is(k, ctx.lex.wordLists.relatives)) return true;
  return false;
}

/** Whether the name at token `t` opens with the conjunction «و» («وهيئة تحرير الشام»), not a «و» of its own («وحدات حماية الشعب»). */
export function joinedByWaw(ctx: Pick<TextCtx, 'word' | 'lex'>, t: number): boolean {
  const w = ctx.word(t);
  return opensWithWaw(w) && !actorFirstWords(ctx.lex).has(w);
}

/**
 * The anaphor hits, with the words of the `class-anaphora` list merged in by position (index -1):
 * «المنظمة» after «منظمة "ب ي د"» in Turkish state media is the YPG.
 */
function withClassAnaphora(ctx: TextCtx, hits: Hit[]): Hit[] {
  const cls = ctx.lex.wordLists['class-anaphora'];
  const at = ctx.words.tokensIn(ctx.ids, ctx.toks.count, cls);
  if (at.length === 0) return hits;
  const extra: Hit[] = [];
  // «التي تشكل الفصائل الكردية عمودها الفقري»: a class word that opens a group of its own is no
  // actor's own anaphor there either (the SNA's «الفصائل»).
  const fresh = new Set<number>();
  for (let i = 0; i < at.length; i++) {
    const t = at[i];
    const own = namesItsOwn(ctx, t);
    if (own) fresh.add(t);
    extra.push({ section: ACTOR_SECTIONS.anaphor, index: own ? NEW_INTRODUCTION : -1, t0: t, t1: t + 1, s: ctx.toks.start[t], e: ctx.toks.end[t] });
  }
  if (fresh.size > 0) hits = hits.filter((h) => !fresh.has(h.t0));
  const other = ctx.words.tokensIn(ctx.ids, ctx.toks.count, ctx.lex.wordLists['class-introducers']);
  for (let i = 0; i < other.length; i++) {
    const t = other[i];
    extra.push({ section: ACTOR_SECTIONS.anaphor, index: NEW_INTRODUCTION, t0: t, t1: t + 1, s: ctx.toks.start[t], e: ctx.toks.end[t] });
  }
  return [...hits, ...extra].sort((a, b) => a.t0 - b.t0);
}

/** Drops what a class word's stem was introduced with, under any of its forms («الحزب», «لحزب», «حزب»), and whether two parties were. */
function forgetIntroduction(introducedBy: Map<string, ActorId>, contested: Set<string>, stem: string): void {
  for (const k of [...introducedBy.keys()]) if (stemOf(k) === stem) introducedBy.delete(k);
  for (const k of [...contested]) if (stemOf(k) === stem) contested.delete(k);
}

/**
 * «الحزب الديمقراطي الكوردستاني», «الفصائل العراقية»: a class word followed in its clause by a
 * relational adjective with the article opens a name or a group of its own, and refers back to no
 * party — unless the adjective is a label («للمنظمة الإرهابية»), a party's own («للفصائل
 * الإيرانية») or a tie («الفصائل الموالية لتركيا»).
 */
function namesItsOwn(ctx: TextCtx, t: number): boolean {
  const k = t + 1;
  return (
    k < ctx.toks.count &&
    ctx.st.clause[k] === ctx.st.clause[t] &&
    ctx.is(k, DEFINITE_NISBA) &&
    // («الفصائل التي», «الفصائل الأخرى»: a relative pronoun and «الأخرى» only look like one.)
    !ctx.is(k, ctx.lex.wordLists.relatives) &&
    !ctx.is(k, ctx.lex.wordLists.others) &&
    !ctx.hasHit('labels', k) &&
    // «للفصائل الإيرانية»: a party's own adjective names that party's groups.
    !ctx.hasHit(ACTOR_SECTIONS.adjective, k) &&
    !ctx.hasHit(ACTOR_SECTIONS.homeAdjective, k) &&
    !tiedAfter(ctx, k)
  );
}

/**
 * «الفصائل الموالية لتركيا», «الفصائل الجهادية التابعة لتركيا», «الفصائل السورية المسلحة التابعة
 * للمعارضة»: a word of tie at token `k` or past up to two adjectives with the article after it.
 */
function tiedAfter(ctx: TextCtx, k: number): boolean {
  const tie = ctx.lex.wordLists.affiliation;
  for (let j = k; j < k + 3 && j < ctx.toks.count && ctx.st.clause[j] === ctx.st.clause[k]; j++) {
    if (ctx.is(j, tie)) return true;
    if (!ctx.is(j, WITH_ARTICLE)) return false;
  }
  return false;
}

/** Whether a hit lies inside a longer name or neutral phrase: «تحرير» in «هيئة تحرير الشام», «النظام» in «النظام الداخلي». */
function phraseCover(ctx: TextCtx, aliasHits: Int32Array): (t0: number, t1: number) => boolean {
  const { hits } = ctx;
  const spans: { t0: number; t1: number }[] = [];
  for (let k = 0; k < aliasHits.length; k++) {
    const i = aliasHits[k];
    if (hits.t1[i] - hits.t0[i] > 1) spans.push({ t0: hits.t0[i], t1: hits.t1[i] });
  }
  for (const h of ctx.hits.get('neutralPhrases') ?? []) if (h.t1 - h.t0 > 1) spans.push(h);
  const cover = scratchInt32(ctx.toks.count).fill(-1);
  spans.forEach((h, i) => {
    for (let t = h.t0; t < h.t1; t++) if (cover[t] < 0 || spans[cover[t]].t1 - spans[cover[t]].t0 < h.t1 - h.t0) cover[t] = i;
  });
  return (t0: number, t1: number) => {
    const i = cover[t0];
    if (i < 0) return false;
    const a = spans[i];
    return t1 <= a.t1 && a.t1 - a.t0 > t1 - t0;
  };
}

const NO_HITS = new Int32Array(0);

/**
 * Whether the word right before or after a label or marker, in its clause, shows another sense
 * (the entry's notAfter and notBefore words: «النظام الداخلي», «مشفى الشهيد»), or the word it
 * stands on is one the entry refuses (its notWords: «غزوان», a name, is not «غزو»).
 */
export function otherSenseAround(ctx: TextCtx, hit: Hit, section: SenseSection): boolean {
  const { st } = ctx;
  if (blocksAt(ctx, hit.t0, section, hit.index, 'self')) return true;
  if (hit.t0 > 0 && st.clause[hit.t0 - 1] === st.clause[hit.t0] && blocksAt(ctx, hit.t0 - 1, section, hit.index, 'before')) return true;
  return hit.t1 < ctx.toks.count && st.clause[hit.t1] === st.clause[hit.t0] && blocksAt(ctx, hit.t1, section, hit.index, 'after');
}

/** Words after an entry in which what it `takes` must stand. */
const TAKES_REACH = 12;

/**
 * A word whose sense depends on what it takes (a label's or a cue's `takes`), with no word of that
 * word list within {@link TAKES_REACH} words after it in its clause: «استولت على عتاد» is no
 * seizure of property, «تبنت الحكومة خطة» no claim of responsibility.
 */
export function takesOther(ctx: TextCtx, hit: Hit, takes: string | undefined): boolean {
  if (!takes) return false;
  const list = wordList(ctx.lex, takes);
  for (let t = hit.t1; t < hit.t1 + TAKES_REACH && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[hit.t0]; t++) if (ctx.is(t, list)) return false;
  return true;
}

/**
 * Whether the word at token `t` blocks entry `index` of `section` from `where` it stands. A
 * function of its own, not a closure: this runs for every label and marker in the text.
 */
function blocksAt(ctx: TextCtx, t: number, section: SenseSection, index: number, where: SenseBlock['where']): boolean {
  return blocksSense(ctx.words.derive(ctx.ids[t], ctx.lex.sensesOfWord), section, index, where);
}
