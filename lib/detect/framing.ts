/**
 * Loaded framing: labels that pass a verdict on an actor («ميليشيا قسد», «سلطة دمشق»,
 * «تنظيم داعش الإرهابي») and sympathy markers that push the other way («شهداء», «تحرير»,
 * «صد هجوم»), each with the actor it hits, resolved from the construct around it.
 */
import type { Ctx } from '../resolve';
import type { ActorId } from '../model/report';
import type { CaptureEntry, DistancingEntry, LabelEntry } from '../terms/schema';
import type { Hit } from '../terms/matcher';
import {
  affiliation,
  afterPreposition,
  agent,
  apposition,
  carriesPronoun,
  disagrees,
  isAgentPair,
  isFromOrBy,
  isPossessed,
  isPrepositional,
  lastWritten,
  TEH_MARBUTA,
  MASCULINE_PLURAL,
  nameAgreement,
  nameAfterPreposition,
  nameStart,
  patronsClient,
  pronounAgreement,
  pronounOwner,
  recentMention,
  refAfter,
  refAgreement,
  refBefore,
  relativeAgreement,
  relativeAntecedent,
  sentenceSubject,
  subjectAgreement,
  unknownOwnerEnd,
  verbAgreement,
  wordAgreement,
  type Found,
} from '../resolve/targets';
import { ACTOR_SECTIONS, blocksSense, categoryIs, countedKind } from '../terms/lexicon';
import { countAt, PLURAL_VERB_END } from '../resolve/cues';
import { defaultHolds, denied, fixedTarget, inEra, joinedByWaw, namesNoOne, otherSenseAround, ownedByUnlisted, relativeIn, takesOther } from '../resolve/references';
import {
  BA,
  CONJUNCTIONS,
  DEFINITE_NISBA,
  DEFINITE_NISBA_PEOPLE,
  endsInPluralPronoun,
  endsInPronoun,
  LAM,
  OBJECT_PRONOUN,
  opensWithConjunction,
  OUR,
  prepositionOf,
  prepositionOn,
  WITH_ARTICLE,
  isWaw,
  opensWithWaw,
} from '../text/clitics';
import { TokenKind } from '../text/tokenize';
import { wordClass, type WordClass } from '../text/words';
import { DRAFT, type Detector, type Draft } from './draft';
import { spokenAs } from './voice';
import { scratchInt32 } from '../text/scratch';

/** Token `k` lies in the clause of token `t`. */
function sameClause(ctx: Ctx, k: number, t: number): boolean {
  return k < ctx.toks.count && ctx.st.clause[k] === ctx.st.clause[t];
}

/**
 * Label + name: the actor right after the label, or after what keeps the construct — a head
 * («ميليشيات تنظيم داعش»), a partitive «من» («المرتدين من عناصر قسد»), another noun label
 * («جرائم مليشيا قسد») or, for acts, a coordinated noun («جرائم وتجاوزات مليشيا قسد»).
 */
function construct(ctx: Ctx, hit: Hit, acts = false): Found | undefined {
  let t = hit.t1;
  if (!sameClause(ctx, t, hit.t0)) return undefined;
  // «تضحيات أبنائها»: the noun it governs carries a singular pronoun, as a party takes («ها», «ه»;
  // «أبنائهم» points to people) — the party named before it in the sentence. Not after an act,
  // whose noun is its object («تهجير سكانه»), nor an adjective, nor a word after «و» or «ف»
  // («وبتوجيه»), which starts something else.
  // A label with the article governs no noun directly: in «إعلان الميليشيا سيطرتها» the pronoun's
  // noun is the object of «إعلان», not the label's owner («البطولي لمقاتليه», with «لـ», still is).
  // A tie's verb is no such noun: in «ميليشيات تدعمها إيران» the pronoun is the label itself.
  const w0 = ctx.word(t);
  if (
    !acts &&
    !isAdjective(ctx, hit.t0) &&
    !(ctx.is(hit.t0, WITH_ARTICLE) && !w0.startsWith(LAM)) &&
    !opensWithConjunction(w0) &&
    !endsInPluralPronoun(w0) &&
    !ctx.refs.refAt(t) &&
    ctx.toks.kind[t] === TokenKind.Arabic &&
    carriesPronoun(ctx, t) &&
    !ctx.is(t, ctx.lex.wordLists.affiliation)
  ) {
    const f = refBefore(ctx, hit.t0, 40);
    return f ? { actor: f.actor, t: f.t, how: 'construct' } : undefined;
  }
  // «ميليشيات من الحرس الثوري», «المرتزقة من فصائل الجيش الوطني»: members of the body after «من».
  // A force with the article is whole of itself: the party right after «من» belongs to the noun
  // before it («استياء الميليشيات من الولايات المتحدة»), unless a group word follows.
  if (
    ctx.word(t) === 'من' &&
    !ctx.refs.refAt(t) &&
    sameClause(ctx, t + 1, hit.t0) &&
    !(ctx.is(hit.t0, WITH_ARTICLE) && isForceLabel(ctx, hit.t0) && !isAdjective(ctx, hit.t0) && !ctx.is(t + 1, ctx.lex.wordLists['construct-heads']))
  )
    t++;
  // «التي تتعرّض للنهب من مرتزقة العدوان التركي»: an act read through a hired force to its patron
  // is the hired force's — the patron's proxy.
  let hired = false;
  for (let k = 0; k < 3 && sameClause(ctx, t, hit.t0); k++, t++) {
    if (ctx.refs.refAt(t) && joinedByWaw(ctx, t)) return undefined;
    // «بين الميليشيا والاحتلال الأمريكي»: a label joined by «و» is the other side, not the owner.
    const joined = acts || ctx.refs.refAt(t) ? -1 : ctx.hitEntry('labels', t);
    if (joined >= 0 && conjoined(ctx, t, (ctx.lex.list.labels ?? [])[joined] as LabelEntry)) return undefined;
    const a = ctx.refs.refAt(t) ?? labelActorAt(ctx, t);
    if (a) return { actor: (hired && ctx.lex.actors.get(a)?.proxy) || a, t, how: 'construct' };
    hired ||= acts && categoryIs(ctx.lex, labelAt(ctx, t)?.category, 'hired');
    const w = ctx.word(t);
    const coordinated = acts && t === hit.t1 && opensWithWaw(w) && w.length > 3 && ctx.toks.kind[t] === TokenKind.Arabic;
    // «العدوان العسكري التركي»: an adjective of kind stands between the label and its party's adjective.
    const kind = ctx.is(t, ctx.lex.wordLists['kind-adjectives']);
    // «اعتداء عناصر من "مجلس منبج العسكري"»: «من» after a head of members, then the body they belong to.
    const partitive = w === 'من' && t > hit.t1 && ctx.is(t - 1, ctx.lex.wordLists['construct-heads']);
    if (!ctx.is(t, ctx.lex.wordLists['construct-heads']) && !kind && !coordinated && !partitive && !(isForceLabel(ctx, t) && !opensWithWaw(w))) return undefined;
  }
  return undefined;
}

/** The term-list entry of the label at token `t`, if one is there. */
function labelAt(ctx: Ctx, t: number): LabelEntry | undefined {
  const entry = ctx.hitEntry('labels', t);
  return entry >= 0 ? ((ctx.lex.list.labels ?? [])[entry] as LabelEntry | undefined) : undefined;
}

/** A loaded noun («ميليشيا», «مرتزقة») starts at token `t`. */
function isNounLabel(ctx: Ctx, t: number): boolean {
  const e = labelAt(ctx, t);
  return e !== undefined && e.role !== 'adjective';
}

/**
 * «ميليشيا الفوج 47 التابع للحرس الثوري الإيراني»: a force label, then its own name no list holds
 * (up to {@link OWN_NAME_REACH} words, none a party, a label, a particle or a word joined by «و»),
 * then a tie: the party after the tie is the force's patron, as {@link affiliation} reads it right
 * after the label. (The tie agrees with the name, so a masculine one after «ميليشيا» is no bar.)
 */
function affiliationPastName(ctx: Ctx, hit: Hit): Found | undefined {
  for (let t = hit.t1; t < hit.t1 + OWN_NAME_REACH && t < ctx.toks.count; t++) {
    if (!sameClause(ctx, t, hit.t0) || ctx.refs.refAt(t) || ctx.hasHit('labels', t)) return undefined;
    if (opensWithConjunction(ctx.word(t)) || ctx.is(t, ctx.lex.wordLists.prepositions) || ctx.is(t, ctx.lex.wordLists.relatives) || ctx.is(t, ctx.lex.wordLists.that))
      return undefined;
    // («الميليشيات العراقية الطائفية المدعومة من إيران»: an adjective of origin or kind with the
    // article makes the force another's than its backer's; «ميليشيات تسمى لواء …» names it.)
    if (ctx.is(t, DEFINITE_NISBA) || ctx.is(t, ctx.lex.wordLists.naming)) return undefined;
    if (t > hit.t1 && (ctx.is(t, ctx.lex.wordLists.affiliation) || ctx.is(t, ctx.lex.wordLists['inside-ties']))) {
      return affiliation(ctx, t);
    }
  }
  return undefined;
}

/** Words of a force's own name between its label and a tie (see {@link affiliationPastName}). */
const OWN_NAME_REACH = 4;

/** A label naming a force, which a construct reads through: «جرائم مليشيا قسد». */
function isForceLabel(ctx: Ctx, t: number): boolean {
  return categoryIs(ctx.lex, labelAt(ctx, t)?.category, 'force');
}

/**
 * The agent the sentence names for its acts: «قتل 70 مدنياً على يد قسد … قُتلوا بطريقة وحشية».
 * An event word later in the sentence describes the acts of that agent.
 */
function sentenceAgent(ctx: Ctx, hit: Hit): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  // The words right before the act: the name after the verb must come before the act.
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - AGENT_REACH && ctx.st.sentence[t] === sn; t--) {
    const f = agentAfter(ctx, t);
    if (f && f.t < hit.t0) return { actor: f.actor, t: f.t, how: 'agent' };
  }
  // Further back, the nearest verb naming its agent, found by one pass over the sentence.
  const from = hit.t0 - AGENT_REACH;
  if (from < 0 || ctx.st.sentence[from] !== sn) return undefined;
  const t = walkedBefore(ctx, Walk.SentenceAgent, from, (lo, hi, out) => {
    let last = NONE;
    for (let j = lo; j < hi; j++) {
      out[j] = last;
      if (agentAfter(ctx, j)) last = j;
    }
  });
  const f = t < 0 ? undefined : agentAfter(ctx, t);
  return f ? { actor: f.actor, t: f.t, how: 'agent' } : undefined;
}

/** Words after a verb of doing, or a pair naming an agent, where the agent's name may start. */
const AGENT_REACH = 3;

/** The party named within {@link AGENT_REACH} words after token `t` when it is a verb of doing or a pair naming an agent («على يد»). */
function agentAfter(ctx: Ctx, t: number): Found | undefined {
  if (!(t > 0 && isAgentPair(ctx, t)) && !ctx.is(t, ctx.lex.wordLists['doing-verbs'])) return undefined;
  return refAfter(ctx, t + 1, AGENT_REACH, MENTIONS_ONLY);
}

/**
 * Where the particle that governs the act at token `t` stands: the word before it when that is one
 * of `particles` («على تهجير», «في سرقة»), or `t` itself when the act carries «لـ» («لاحتلال»,
 * «لنهب»); -1 when neither.
 */
function particleBefore(ctx: Ctx, t: number, particles: WordClass): number {
  if (t > 0 && ctx.is(t - 1, particles)) return t - 1;
  const lam = prepositionOn(ctx.word(t));
  return lam && prepositionOf(lam) === LAM ? t : -1;
}

/** How many words an act may come after the verb of undertaking it («وأقدمت ميليشيا "فرقة الحمزة" الإرهابية قبل أيام على اختطاف»). */
const UNDERTAKEN_REACH = 16;

/**
 * «أقدمت وحدات الحماية … على تهجير سكان القرى», «وأقدموا على اختطاف عدد من الأهالي», «تسعى تركيا
 * من خلالها إلى احتلال سوريا»: an act right after «على», «من», «إلى» (or with «لـ») that a verb of
 * undertaking, attaining or seeking governs. The party named between the verb and the particle
 * undertook it; with none there, the verb's subject right before it or labelled right after it
 * («أن أنقرة "تسعى إلى احتلال"», «أقدمت قوات الاحتلال الأمريكي على سرقة»); failing that, the
 * verb's pronoun stands for the one party the sentence names before the verb, and for no one when
 * it names several.
 */
function undertaker(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const u = undertakingVerb(ctx, hit.t0);
  if (!u) return undefined;
  const named = refAfter(ctx, u.v + 1, u.end - u.v - 1, MENTIONS_ONLY);
  // «إن مليشيا قسد عمدت … عقب سقوط نظام الأسد، إلى الاستيلاء»: a party named after a word of
  // its defeat is what befell it, not the one undertaking the act.
  const doer = named ? { ...named, how: 'agent' as const } : undefined;
  if (doer && !wordBeforeName(ctx, doer, [ctx.lex.wordLists['defeat-words']])) return doer;
  // («مشيرةً إلى أن أنقرة "تسعى إلى احتلال كامل شمال وشرق سوريا"»: the subject, however many
  // parties the sentence names; a verb joined by «و» has none right before it.)
  const verbs = ctx.lex.wordLists['undertaking-verbs'];
  const joined = joinedWord(ctx, u.v, verbs);
  return (doer ? undefined : verbOwnSubject(ctx, u.v, u.end, verbs, found, joined)) ?? onlyPartyBefore(ctx, u.v, true);
}

/**
 * The verb of undertaking `v` that governs the act at token `t`, within {@link UNDERTAKEN_REACH}
 * words before it in the sentence, and `end`, the particle before the act — or «لـ» on it («يفتح
 * الباب أمام تركيا لاحتلال الأراضي السورية»); undefined if none.
 */
function undertakingVerb(ctx: Ctx, t: number): { v: number; end: number } | undefined {
  const end = particleBefore(ctx, t, ctx.lex.wordLists['undertaking-particles']);
  if (end < 1) return undefined;
  const sn = ctx.st.sentence[t];
  const verbs = ctx.lex.wordLists['undertaking-verbs'];
  for (let v = end - 1; v >= 0 && v >= t - UNDERTAKEN_REACH && ctx.st.sentence[v] === sn; v--) if (ctx.is(v, verbs)) return { v, end };
  return undefined;
}

/**
 * «بعدما تمكنت ميليشيا" قوات سوريا الديمقراطية" من تحريرها»: a word of freeing that a verb of undertaking or attaining governs is
 * its subject's — the party named first between the verb and the particle, unless it only helps
 * or is defeated. With none named there, the other rules decide.
 */
function freer(ctx: Ctx, hit: Hit): Found | undefined {
  const u = undertakingVerb(ctx, hit.t0);
  const named = u && u.v + 1 < u.end ? refAfter(ctx, u.v + 1, u.end - u.v - 1) : undefined;
  return named && !wordBeforeName(ctx, named, [ctx.lex.wordLists['defeat-words'], ctx.lex.wordLists['with-words']]) ? { ...named, how: 'agent' } : undefined;
}

/**
 * The one party the sentence names before token `t` (by name, or with `mentionsOnly` off by
 * adjective too), standing for a verb's pronoun; undefined when it names none or several. With
 * `subjectsOnly`, a name is read at its first word, and one after a preposition is no subject («على
 * الباغوز، آخر بلدة خاضعة لتنظيم "داعش"»). A party that condemns ({@link condemns}) is passed.
 */
function onlyPartyBefore(ctx: Ctx, t: number, mentionsOnly: boolean, subjectsOnly = false): Found | undefined {
  const k = walkedBefore(ctx, Walk.OnlyParty + (mentionsOnly ? 1 : 0) + (subjectsOnly ? 2 : 0), t, (from, to, out) => {
    let only: ActorId | undefined;
    let last = NONE;
    for (let j = from; j < to; j++) {
      out[j] = last;
      const actor = partyOnlyAt(ctx, j, mentionsOnly, subjectsOnly);
      if (!actor) continue;
      // A second party decides no one, for every token after it.
      if (only && only !== actor) {
        out.fill(NONE, j + 1, to);
        return;
      }
      [only, last] = [actor, j];
    }
  });
  const actor = k < 0 ? undefined : partyOnlyAt(ctx, k, mentionsOnly, subjectsOnly);
  return actor ? { actor, t: k, how: 'agent' } : undefined;
}

/** The party token `k` names as {@link onlyPartyBefore} reads a sentence; undefined when it names none or is passed. */
function partyOnlyAt(ctx: Ctx, k: number, mentionsOnly: boolean, subjectsOnly: boolean): ActorId | undefined {
  const m = ctx.refs.mentionAt[k];
  if (subjectsOnly && (m < 0 || ctx.refs.mentions[m].t0 !== k || afterPreposition(ctx, k))) return undefined;
  // «وأدانت قسد المجزرة التي ارتكبها»: the party that condemns is not the one the pronoun stands for.
  if (m >= 0 && condemns(ctx, ctx.refs.mentions[m].t0)) return undefined;
  return m >= 0 ? ctx.refs.mentions[m].actor : mentionsOnly ? undefined : ctx.refs.refAt(k);
}

/** A token no walk has reached yet; a walk that finds no one. */
const UNWALKED = -2;
const NONE = -1;

/**
 * The walks back over a sentence ({@link walkedBefore}), numbered: {@link onlyPartyBefore} walks
 * four ways, one per setting of its two switches (`OnlyParty` + 1 for `mentionsOnly`, + 2 for
 * `subjectsOnly`). Numbers, not names: a name made per call («only true false») cost a string and
 * a lookup by it for every act asked about.
 */
const enum Walk {
  SentenceAgent = 0,
  OnlyParty = 1,
  SoleSubject = 5,
  Antecedent = 6,
  Count = 7,
}

/** Per text, the answers of each walk back over a sentence ({@link walkedBefore}), by walk and token. */
const WALKS = new WeakMap<Ctx, (Int32Array | undefined)[]>();

/**
 * What walk number `walk` finds before token `t` in its sentence: a token, or -1 for none. A walk
 * back to the sentence's start for every act makes a long sentence of acts quadratic, so `fill` answers
 * for every token of the sentence at once, in one pass from its start (`out[j]` for the words
 * before token `j`), the first time one of its tokens is asked about.
 */
function walkedBefore(ctx: Ctx, walk: number, t: number, fill: (from: number, to: number, out: Int32Array) => void): number {
  let walks = WALKS.get(ctx);
  if (!walks) WALKS.set(ctx, (walks = new Array<Int32Array | undefined>(Walk.Count).fill(undefined)));
  let out = walks[walk];
  if (!out) walks[walk] = out = scratchInt32(ctx.toks.count).fill(UNWALKED);
  if (out[t] === UNWALKED) {
    const sn = ctx.st.sentence[t];
    fill(ctx.st.sentenceStart[sn], ctx.st.sentenceStart[sn + 1], out);
  }
  return out[t];
}

/**
 * «قامت دولة الاحتلال التركي … بغزو مدينتي سري كانيه وتل أبيض الأمر الذي أدى إلى تهجير الآلاف»,
 * «أسفر الهجوم التركي … عن تهجير أكثر من 300 ألف مدني»: an act a verb of result brings about,
 * up to two words before it, is the doing of the party whose deed the sentence told — when the
 * sentence names one party before that verb, and no one when it names several.
 */
function resultOf(ctx: Ctx, hit: Hit): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  const verbs = ctx.lex.wordLists['result-verbs'];
  let r = -1;
  for (let k = hit.t0 - 1; k >= 0 && k >= hit.t0 - 3 && ctx.st.sentence[k] === sn && r < 0; k--) if (ctx.is(k, verbs)) r = k;
  return r < 0 ? undefined : onlyPartyBefore(ctx, r, false);
}

/** Words from an act to the word of cause that names what brought it about, and from the attack to its doer. */
const CAUSE_REACH = 24;
const CAUSE_DOER_REACH = 4;

/**
 * «مجزرة راح ضحيتها 8 مدنيين …، جراء قصف مدفعي مكثف لتنظيم الدولة», «… بقصف تركي»: an act
 * whose sentence goes on to its cause — a word of cause and an attack — is the doing of the party
 * the attack is told of: right after a shelling or a raid («غارات التحالف»), or with «لـ» a few
 * words on. After «استهداف» or «هجوم» the party may be the one attacked («جراء استهداف آخر
 * معاقل تنظيم داعش»): only «لـ» names the doer there.
 */
function causedBy(ctx: Ctx, hit: Hit): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  const causes = ctx.lex.wordLists['cause-words'];
  for (let k = hit.t1; k + 1 < ctx.toks.count && k < hit.t1 + CAUSE_REACH && ctx.st.sentence[k] === sn; k++) {
    if (!ctx.is(k, causes)) continue;
    // «بقصف», «بغارات»: the word of cause may be the attack itself.
    const attack = attackAt(ctx, k) ? k : attackAt(ctx, k + 1) ? k + 1 : -1;
    if (attack < 0) return undefined;
    const owned = ctx.is(attack, ctx.lex.wordLists['owned-attacks']);
    for (let t = attack + 1; t < ctx.toks.count && t <= attack + CAUSE_DOER_REACH && ctx.st.sentence[t] === sn; t++) {
      if (ctx.is(t, ctx.lex.wordLists.prepositions)) return undefined;
      const actor = ctx.refs.refAt(t);
      if (actor && ((owned && t === attack + 1) || ctx.word(t).startsWith(LAM))) return { actor, t, how: 'agent' };
      if (actor) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** An attack, by a verb of attacking or its noun («قصف», «استهداف») or by shelling and raids («غارات», «نيران»). */
function attackAt(ctx: Ctx, t: number): boolean {
  return ctx.is(t, ctx.lex.wordLists['attack-verbs']) || ctx.is(t, ctx.lex.wordLists['owned-attacks']);
}

/**
 * «أسست إيران ميليشيا مسلحة جديدة», «الحرس الثوري الإيراني بدأ بتشكيل ميليشيا جديدة»: a force a
 * party forms is that party's — the party named between the word of forming and the label, or the
 * one named before that word in its clause (not after a preposition).
 */
function formedBy(ctx: Ctx, hit: Hit): Found | undefined {
  const forming = ctx.lex.wordLists['forming-words'];
  for (let v = hit.t0 - 1; v >= 0 && v >= hit.t0 - 3 && sameClause(ctx, v, hit.t0); v--) {
    if (!ctx.is(v, forming)) continue;
    const named = refAfter(ctx, v + 1, hit.t0 - v - 1, MENTIONS_ONLY);
    if (named) return { ...named, how: 'agent' };
    const b = refBefore(ctx, v, 6, MENTIONS_IN_CLAUSE);
    return b && !nameAfterPreposition(ctx, b.t) ? { actor: b.actor, t: b.t, how: 'agent' } : undefined;
  }
  return undefined;
}

/** How many words back a verdict on an act may name the act it characterises. */
const CHARACTERISED_REACH = 10;

/**
 * «اعتبرت فيه العملية العسكرية التركية عدوانًا», «ووصفت السعودية الهجوم التركي بأنه عدوان»: a
 * verdict on an act, with the act named a few words before it in the sentence by a noun of a
 * military act and its doer's adjective or name. The first party met on the way back must be
 * that doer; any other party there, and no one is decided.
 */
function characterisedAct(ctx: Ctx, hit: Hit): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - CHARACTERISED_REACH && ctx.st.sentence[t] === sn; t--) {
    const a = ctx.refs.refAt(t);
    if (!a) continue;
    const start = nameStart(ctx, t);
    // «أدانت السعودية الهجوم التركي على القوات الكردية … ووصفته بأنه عدوان»: a party after a
    // preposition is what the act was aimed at; its doer is named before it.
    if (afterPreposition(ctx, start)) {
      t = start;
      continue;
    }
    for (let k = start - 1; k >= 0 && k >= start - 3 && sameClause(ctx, k, start); k--) {
      // «إن الجيش الوطني أعدموا مدنيين … أثناء الهجوم التركي في شمال شرق سوريا ونهبوا ممتلكات»:
      // an act in a phrase of time or cause sets the scene; the verdict is on the sentence's doer.
      if (ctx.is(k, ctx.lex.wordLists['act-nouns']))
        return k > 0 && sameClause(ctx, k - 1, k) && ctx.is(k - 1, ctx.lex.wordLists['scene-words']) ? undefined : { actor: a, t, how: 'agent' };
      if (!ctx.is(k, ctx.lex.wordLists['kind-adjectives'])) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * «يستخدم تنظيم داعش المدنيين دروعاً بشرية», «اتخذت ميليشيا قسد من المدنيين دروعاً بشرية»: the
 * party named right after a verb of using, earlier in the sentence, is the one using the means.
 */
function user(ctx: Ctx, hit: Hit): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  for (let t = hit.t0 - 1; t >= 0 && ctx.st.sentence[t] === sn; t--) {
    if (!ctx.is(t, ctx.lex.wordLists['use-verbs'])) continue;
    const f = refAfter(ctx, t + 1, 3, MENTIONS_ONLY);
    if (f && f.t < hit.t0) return { actor: f.actor, t: f.t, how: 'agent' };
    // «داعش يستخدم المدنيين دروعاً بشرية»: the subject before its verb.
    const m = t > 0 && sameClause(ctx, t - 1, t) ? ctx.refs.mentionAt[t - 1] : -1;
    if (m >= 0 && ctx.refs.mentions[m].t1 === t) return { actor: ctx.refs.mentions[m].actor, t: t - 1, how: 'agent' };
    // «يحرص إرهابيو "ب ي د" على استخدام المدنيين كدروع بشرية»: the noun of using after the
    // preposition its verb takes, the verb's subject right before that preposition.
    if (t > 1 && sameClause(ctx, t - 1, t) && ctx.is(t - 1, ctx.lex.wordLists.prepositions)) {
      const a = sameClause(ctx, t - 2, t) ? ctx.refs.refAt(t - 2) : undefined;
      if (a) return { actor: a, t: t - 2, how: 'agent' };
    }
    return undefined;
  }
  return undefined;
}

/**
 * «عبر معبر الوليد غير الشرعي», «من قاعدة (قسرك) غير الشرعية»: an adjective on a crossing or a base
 * judges the force that holds it — the party opening the sentence, the one that moves through it
 * («أخرجت قوات الاحتلال الأمريكي رتلاً … عبر معبر الوليد غير الشرعي»). The word's own list of
 * parties it can describe still decides.
 */
function placeHolder(ctx: Ctx, hit: Hit, entry: LabelEntry): Found | undefined {
  for (let k = hit.t0 - 1; k >= 0 && k >= hit.t0 - 3 && sameClause(ctx, k, hit.t0); k--) {
    // The place's own name may stand between («معبر الوليد»), not another noun after «لـ» or «بـ»
    // («للقواعد لمخيمات الارهابيين»: the camps are what the word describes).
    // Nor «من (قبل)»: «كـ"قاعدة من قبل الإرهابيين"» names who uses the base, not a word on it.
    if (prepositionOn(ctx.word(k + 1)) || ctx.refs.refAt(k + 1) || isFromOrBy(ctx, k + 1)) return undefined;
    if (!ctx.is(k, ctx.lex.wordLists['held-places'])) continue;
    // The first party the sentence names, by its name or its adjective («قوات الاحتلال الأمريكي»).
    for (let j = ctx.st.sentenceStart[ctx.st.sentence[k]]; j < k; j++) {
      const a = ctx.refs.refAt(j);
      if (a) return { actor: a, t: j, how: 'subject' };
    }
    // «ونقل الضابط إلى قاعدة الشدادي غير الشرعية»: with no party before it in the sentence, the one
    // party of those the word can describe that the article refers to holds the place.
    const holders = (entry.describes ?? []).filter((a) => ctx.refs.referred.has(a));
    return holders.length === 1 ? { actor: holders[0], t: k, how: 'fallback' } : undefined;
  }
  return undefined;
}

/**
 * «العفو الدولية تتهم تركيا بارتكاب جرائم حرب», «واتهمت المنظمة القوات التركية والفصائل بارتكاب
 * "جرائم حرب"»: after a verb of accusing, the party accused — named right before «بارتكاب» or
 * first after the verb — is the doer of the act it is accused of. So it is for an act carrying «بـ»
 * itself, past nouns of carrying it on («اتهمت الهيئة «قسد» بالاستمرار بالقيام بانتهاكات»).
 */
function accusedOf(ctx: Ctx, hit: Hit): Found | undefined {
  let m = hit.t0 - 1;
  if (m < 1 || !sameClause(ctx, m, hit.t0)) return undefined;
  // «بارتكاب جرائم», or the act itself after «بـ» written apart from it («بـ "تهجير العرب"»).
  const by = (ctx.is(m, ctx.lex.wordLists['agent-masdars']) && ctx.word(m).startsWith(BA)) || ctx.word(m) === BA;
  if (!by) {
    // «واتهمت الهيئة «قسد» بالاستمرار بالقيام بانتهاكات»: the act carrying «بـ» itself, past the
    // nouns of carrying it on that govern it.
    const p = prepositionOn(ctx.word(hit.t0));
    if (!p || prepositionOf(p) !== BA) return undefined;
    m = hit.t0;
    const carryingOn = ctx.lex.wordLists['carrying-on-masdars'];
    while (m > 1 && sameClause(ctx, m - 1, m) && ctx.is(m - 1, carryingOn)) m--;
  }
  const accuse = ctx.lex.wordLists['accuse-verbs'];
  for (let k = m - 1; k >= 0 && k >= m - ACCUSED_REACH && sameClause(ctx, k, m); k--) {
    if (!ctx.is(k, accuse)) continue;
    // The accused is the verb's object, the party named last before «بارتكاب» (in «اتهمت قسد الجيش
    // الوطني بارتكاب» the first is the accuser); one joined to a party before it by «و» is still
    // the list's («القوات التركية والفصائل»), and its head is named first.
    let f = refBefore(ctx, m, m - k - 1, MENTIONS_IN_CLAUSE);
    while (f && f.t > k + 1 && opensWithWaw(ctx.word(nameStart(ctx, f.t)))) {
      const prev = refBefore(ctx, nameStart(ctx, f.t), nameStart(ctx, f.t) - k - 1, MENTIONS_IN_CLAUSE);
      if (!prev) break;
      f = prev;
    }
    return f ? { actor: f.actor, t: f.t, how: 'agent' } : undefined;
  }
  return undefined;
}

/** Words from the act a verb of amounting has for subject to the verb: its adjectives or what it violates («انتهاكات لحقوق الإنسان تشكل»). */
const AMOUNT_SUBJECT_REACH = 3;

/** Words from the first thing an act amounts to to a second joined by «و»: the first one's adjectives and what it violates («يمثل تطوراً خطيراً واعتداءً»). */
const SECOND_PREDICATE_REACH = 6;

/**
 * «بارتكاب انتهاكات جسيمة ترقى إلى جرائم حرب», «انتهاكات لحقوق الإنسان تشكل جرائم حرب»: an act
 * that another act amounts to is the doing of whoever did that one — the party of the act found
 * right before the verb, with no party named between. So is a second act joined by «و» to the
 * first thing the act amounts to («إن هذا العدوان يمثل تطوراً خطيراً واعتداءً صارخاً»).
 */
function amountsTo(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const v = amountVerbBefore(ctx, hit.t0);
  if (v >= 0) return amountSubject(ctx, v, found);
  // The second of two things the subject amounts to, joined by «و»: past the first one's words to its verb.
  if (!opensWithWaw(ctx.word(hit.t0))) return undefined;
  for (let first = hit.t0 - 1; first > 0 && first >= hit.t0 - SECOND_PREDICATE_REACH && sameClause(ctx, first, hit.t0); first--) {
    if (ctx.refs.refAt(first)) return undefined;
    const w = amountVerbBefore(ctx, first);
    if (w >= 0) return amountSubject(ctx, w, found);
  }
  return undefined;
}

/** The verb of amounting, past the particles after it, that governs the act at token `t`; -1 if none. */
function amountVerbBefore(ctx: Ctx, t: number): number {
  let v = t - 1;
  const particles = ctx.lex.wordLists['amount-particles'];
  while (v >= 0 && sameClause(ctx, v, t) && ctx.is(v, particles)) v--;
  return v >= 0 && sameClause(ctx, v, t) && ctx.is(v, ctx.lex.wordLists['amount-verbs']) ? v : -1;
}

/** The party of the act a verb of amounting at `v` has for subject, found right before it with no party named between. */
function amountSubject(ctx: Ctx, v: number, found: Draft[]): Found | undefined {
  const f = found[firstStartingAfter(found, v) - 1];
  if (!f?.actor || f.kind !== 'framing' || !categoryIs(ctx.lex, f.category, 'act') || f.t1 > v || v - f.t1 > AMOUNT_SUBJECT_REACH || !sameClause(ctx, f.t0, v)) return undefined;
  for (let k = f.t1; k < v; k++) if (ctx.refs.refAt(k)) return undefined;
  return { actor: f.actor, t: f.t0, how: 'agent' };
}

/** Words from a verb of accusing to «بارتكاب»: room for an accuser and an accused of a few words each. */
const ACCUSED_REACH = 12;

/** How far (in words) a label refers to one of its kind. */
const SAME_LABEL_REACH = 120;

const MENTIONS_ONLY = { mentionsOnly: true };
const IN_CLAUSE = { clause: true };
const MENTIONS_IN_CLAUSE = { clause: true, mentionsOnly: true };

/**
 * The most recent finding of the same kind of label that found its actor: «تلك المليشيات»,
 * «لذلك المحتل» (seed 000), «الخلية الإرهابية» after «خلايا تنظيم داعش الإرهابي» (seed 004).
 */
function sameLabel(ctx: Ctx, found: Draft[], entry: LabelEntry, hit: Hit): Found | undefined {
  const t = hit.t0;
  // «والجماعات المتطرفة الأخرى», «مجموعات ارهابية اخرى»: others of the label's kind are not the party it named before.
  // (Another act of the kind, «وفي مجزرة أخرى», may well be the same party's: it refers back as any act does.)
  if (!categoryIs(ctx.lex, entry.category, 'act') && hit.t1 < ctx.toks.count && sameClause(ctx, hit.t1, t) && ctx.is(hit.t1, ctx.lex.wordLists.others)) return undefined;
  let reported: boolean | undefined; // whether the label at `t` is reported, asked once
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (t - f.t1 > SAME_LABEL_REACH) break;
    // A party given by default is the word's own: it is no referent for another word of its category.
    if (f.how === 'fallback' && f.term !== entry.id) continue;
    // A word with a default party («الميليشيات الطائفية») refers back only to itself, not to its category.
    const sameKind = f.term === entry.id || (!entry.fallback && categoryIs(ctx.lex, entry.category, 'sharedReference') && f.category === entry.category);
    if (!sameKind || f.direction !== entry.direction || !f.actor || !fits(entry, f.actor)) continue;
    // A classer's verdict reported («التي تعتبرها أنقرة جماعة إرهابية») is not what the outlet, in
    // its own words, calls the party («وفرار إرهابيين من السجون الكردية»).
    if (classedBy(ctx, f.t0) && !(reported ??= ctx.attr.at(t).reported)) continue;
    return { actor: f.actor, t: f.t0, how: 'same-label' };
  }
  return undefined;
}

/** «حررتها قوات سوريا الديمقراطية», «حرر مقاتلو مجلس منبج العسكري»: the subject named right after a verb. */
function subjectAfterVerb(ctx: Ctx, hit: Hit): Found | undefined {
  if (hit.t1 >= ctx.toks.count || !sameClause(ctx, hit.t1, hit.t0)) return undefined;
  const a = ctx.refs.refAt(hit.t1) ?? labelActorAt(ctx, hit.t1);
  return a ? { actor: a, t: hit.t1, how: 'subject' } : undefined;
}

/** «التي حررها مع الجيش التركي»: a party named after «مع» helps; it is not the one praised. */
function notHelper(ctx: Ctx, f: Found | undefined): Found | undefined {
  return f && !wordBeforeName(ctx, f, [ctx.lex.wordLists['with-words']]) ? f : undefined;
}

/**
 * «تقدمت القوات السورية الديمقراطية مدعومة بالدبابات وطائرات التحالف … وقد تمكنت من تحرير»,
 * «الذين تمكنوا بدعم من التحالف الدولي»: a patron or helper named in passing is not the one a
 * favour word praises; the client a patron's phrase describes is, and a helper alone leaves no party.
 */
function clientNotHelper(ctx: Ctx, f: Found | undefined): Found | undefined {
  return (f && patronsClient(ctx, f.t)) ?? notHelper(ctx, f);
}

/** A following actor introduced by «من» is what one is freed or protected from, not the one praised: «تحرير ارض ديرالزور من قسد» (seed 000). */
function notFrom(ctx: Ctx, f: Found | undefined): Found | undefined {
  if (!f || f.t === 0) return f;
  // «التحرر من إرهابيي "داعش"»: words may stand between «من» and the name.
  let k = f.t - 1;
  while (k > 0 && k >= f.t - 2 && leadsToName(ctx, k)) k--;
  return ctx.word(k) === 'من' ? undefined : f;
}

/**
 * «ستة شهداء ارتقوا نتيجة استهداف دولة الاحتلال التركي»: a party named after a word of cause
 * («نتيجة», «جراء», «برصاص») did the harm; praise of the fallen never goes to it.
 */
function notTheCause(ctx: Ctx, hit: Hit, f: Found | undefined): Found | undefined {
  if (!f || f.t < hit.t1) return f;
  const causes = ctx.lex.wordLists['cause-words'];
  for (let k = hit.t1; k < f.t; k++) if (ctx.is(k, causes)) return undefined;
  return f;
}

/** A word that may stand between «من» and a party's name: a label («إرهابيي»), a head of a construct («عناصر») or the party's grip («قبضة»). */
function leadsToName(ctx: Ctx, k: number): boolean {
  return ctx.hasHit('labels', k) || ctx.is(k, ctx.lex.wordLists['construct-heads']) || ctx.is(k, ctx.lex.wordLists.holdings);
}

/**
 * «تحرير» of people («تحرير آلاف السجناء», seed 001) is a release, not the liberation of a place:
 * not a sympathy marker.
 */
function isRelease(ctx: Ctx, hit: Hit, entry: LabelEntry): boolean {
  if (!entry.notBeforeCounts) return false;
  // «تحرير آلاف السجناء»: people counted; «تحرير أكثر من 200 قرية», «تحرير مناطق واسعة»: places, a liberation.
  let counted = false;
  let from = hit.t1;
  // «حرر مقاتلو مجلس منبج العسكري 200 قرية»: a plural in construct, in the nominative, and the
  // party it belongs to are who freed them; what was freed comes after.
  if (ctx.hitEnd('counted', from) === from + 1 && ctx.word(from).endsWith('و')) {
    const m = ctx.refs.mentionAt[from + 1];
    from = m >= 0 ? ctx.refs.mentions[m].t1 : from + 1;
  }
  if (freesCaptives(ctx, hit, from)) return true;
  for (let t = from; t < from + 5 && t < ctx.toks.count && sameClause(ctx, t, hit.t0); t++) {
    const noun = ctx.hitEntry('counted', t);
    if (noun >= 0) return countedKind(ctx.lex, noun) === 'people';
    if (countAt(ctx, t) || ctx.word(t) === 'عدد') counted = true;
    else if (!counted || t - from >= 3) break;
  }
  return counted;
}

/** Words after a word of freeing in which «من» and a place of captivity may stand. */
const CAPTIVITY_REACH = 8;

/**
 * «تحرير المختطفين», «لتحرير ما تبقى من المختطفات الإيزيديات»: the word frees people held (word
 * list `captives`), right after it from token `from`; «تحرير ليلى من المخيم», «حررت "قسد" عشرات
 * الإيزيديين من سجون التنظيم»: it frees them from a place of captivity (`captivity`). A rescue,
 * not the liberation of a place.
 */
function freesCaptives(ctx: Ctx, hit: Hit, from: number): boolean {
  const captives = ctx.lex.wordLists.captives;
  if (from < ctx.toks.count && sameClause(ctx, from, hit.t0) && ctx.is(from, captives)) return true;
  // «ما تبقى من المختطفات»
  if (
    from + 3 < ctx.toks.count &&
    sameClause(ctx, from + 3, hit.t0) &&
    ctx.word(from) === 'ما' &&
    ctx.word(from + 1) === 'تبقي' &&
    ctx.word(from + 2) === 'من' &&
    ctx.is(from + 3, captives)
  )
    return true;
  for (let t = hit.t1; t + 1 < ctx.toks.count && t < hit.t1 + CAPTIVITY_REACH && sameClause(ctx, t + 1, hit.t0); t++)
    if (ctx.word(t) === 'من' && ctx.is(t + 1, ctx.lex.wordLists.captivity)) return true;
  return false;
}

/** An adjective right after a label that found its actor: «ميليشيا قسد الانفصالية», «ومرتزقته من التنظيمات الإرهابية». */
function previousLabel(ctx: Ctx, found: Draft[], t: number): Found | undefined {
  const f = found[found.length - 1];
  if (!f || !f.actor || f.kind !== 'framing' || t - f.t1 > 3 || ctx.st.clause[f.t0] !== ctx.st.clause[t]) return undefined;
  // «ما بين المسلحين الكرد والإرهابيين»: after a word of between, a word joined by «و» is the other side.
  if (conjoined(ctx, t) && betweenBefore(ctx, f.t0)) return undefined;
  // «بإبادة “هذا الجيش من الإرهابيين”»: a masculine plural speaks of people; it does not describe an act.
  if (categoryIs(ctx.lex, f.category, 'act') && ctx.is(t, MASCULINE_PLURAL)) return undefined;
  const proxyGroups = ctx.lex.wordLists['proxy-groups'];
  // «الاحتلال التركي والفصائل الإرهابية», «النظام السوري أو الفصائل الإرهابية», «العدو الصهيوني
  // والإرهاب التكفيري»: a noun joined by «و» or «أو» in between — a loaded one too — is what the
  // adjective describes (a loaded adjective joined so, «الإرهابية والانفصالية», goes on describing).
  for (let k = f.t1; k < t; k++) {
    if (ctx.word(k) === 'او' || (opensWithWaw(ctx.word(k)) && !ctx.refs.refAt(k) && !isAdjective(ctx, k))) return undefined;
    // «أدخلت قوات الاحتلال التركي عشرات الإرهابيين»: a count in between opens a noun of its own, the verb's object.
    if (countAt(ctx, k)) return undefined;
    // «يواصل الاحتلال التركي عبر مجموعاته الإرهابية»: groups carrying a party's pronoun in between
    // are what the adjective describes, the groups it backs (`possessive`).
    if (ctx.is(k, proxyGroups) && carriesPronoun(ctx, k)) return undefined;
  }
  // «العميلة للاحتلال الأمريكي هجمات إجرامية»: an indefinite adjective right after a noun of its
  // own without the article («هجمات») describes that noun, not the label before it.
  if (t > f.t1 && !ctx.is(t, WITH_ARTICLE) && ownIndefiniteNoun(ctx, t - 1)) return undefined;
  return { actor: f.actor, t: f.t0, how: 'construct' };
}

/** Whether token `k` is a noun of its own without the article: no party, label, preposition or «من (قبل)». */
function ownIndefiniteNoun(ctx: Ctx, k: number): boolean {
  return !ctx.is(k, WITH_ARTICLE) && !ctx.refs.refAt(k) && !ctx.hasHit('labels', k) && !isPrepositional(ctx, k) && !isFromOrBy(ctx, k);
}

/**
 * «ودعمها للميليشيات الارهابية الانفصالية»: an adjective with the article right after a label
 * noun with the article that found no party describes that noun — no earlier finding or pronoun
 * names its party either. («بربرية الإرهابيين»: a definite word after an indefinite one is its
 * genitive, not its adjective.)
 */
function describesUnattached(ctx: Ctx, found: Draft[], t: number): boolean {
  return describesUnattachedLabel(ctx, found[found.length - 1], t);
}

/** {@link describesUnattached} for the finding `f` right before token `t`. */
function describesUnattachedLabel(ctx: Ctx, f: Draft | undefined, t: number): boolean {
  if (f === undefined || f.kind !== 'framing' || f.actor || f.t1 !== t || ctx.st.clause[f.t0] !== ctx.st.clause[t]) return false;
  return ctx.is(f.t1 - 1, WITH_ARTICLE) && ctx.is(t, WITH_ARTICLE);
}

/**
 * «الجماعات المسلحة الموالية للنظام التركي تواصل جرائمها», «الميليشيات الكردية المدعومة من
 * أمريكا ترتكب جرائم حرب»: the party found at token `t` is named only as the patron of what is
 * tied to it. Returns the token of the affiliation word («الموالية», «المدعومة»), or -1.
 */
function tiedAt(ctx: Ctx, hit: Hit, t: number): number {
  // The label is the patron's own name («مسيّرة تابعة للاحتلال التركي»): it hits the patron.
  if (t >= hit.t0 && t <= hit.t1) return -1;
  // Back over the rest of the name («للنظام التركي»: the adjective names the party) and «من (قبل)» to the word before it.
  // (A label may start at the affiliation word itself: «المسلحون الموالون للجيش الأميركي».)
  const tie = ctx.lex.wordLists.affiliation;
  let k = t - 1;
  while (k >= 0 && k >= t - 4 && ctx.st.clause[k] === ctx.st.clause[t] && !ctx.is(k, tie) && (ctx.refs.refAt(k) !== undefined || ctx.hasHit('labels', k) || isFromOrBy(ctx, k)))
    k--;
  return k >= 0 && ctx.st.clause[k] === ctx.st.clause[t] && ctx.is(k, tie) ? k : -1;
}

/** A party the entry gives (its target, or a default), not one a rule found in the text. */
function given(f: Found): boolean {
  return f.how === 'fixed' || f.how === 'fallback';
}

function viaProxy(ctx: Ctx, hit: Hit, entry: LabelEntry, f: Found | undefined): Found | undefined {
  if (!f) return f;
  // What is tied to a patron is the party named before the tie («الميليشيات الكردية المدعومة من
  // أمريكا»: the SDF), else the patron's proxy, else the patron's side («مجموعات تابعة لحكومة دمشق»).
  // (The label itself standing right before the tie is the thing tied: «ميليشيات موالية لإيران».)
  const tie = f.how === 'same-label' || given(f) ? -1 : tiedAt(ctx, hit, f.t);
  if (tie >= 0 && !(hit.t1 <= tie && tie - hit.t1 <= 2)) {
    // «الطائرات التابعة للتحالف الدولي»: a means of war tied to a party is that party's own.
    if (tie > 0 && ctx.is(tie - 1, ctx.lex.wordLists['means-nouns'])) return f;
    const held = refBefore(ctx, tie, 3, IN_CLAUSE);
    if (held && held.t < tie && held.actor !== f.actor && !nounBetween(ctx, held.t, tie)) return { actor: held.actor, t: held.t, how: 'affiliation' };
    const proxy = ctx.lex.actors.get(f.actor)?.proxy;
    return proxy ? { ...f, actor: proxy, how: 'affiliation' } : f;
  }
  // «مرتزقة تركيا», and whatever is tied to a patron: «الميليشيات الموالية لتركيا», «المجموعات
  // الإرهابية التابعة لتركيا», a patron's own force «سلطة الاحتلال التركي … ميليشياتها» are the SNA.
  // So is a force named by a patron's relational adjective right after it: «ميليشيات تركية».
  const force = categoryIs(ctx.lex, entry.category, 'force');
  // «العسكريون والمرتزقة الأمريكيون»: a people's plural right after the force says who its men are.
  if (f.t === hit.t1 && ctx.is(f.t, DEFINITE_NISBA_PEOPLE)) return f;
  const patronAdjective = force && f.t === hit.t1 && ctx.refs.mentionAt[f.t] < 0;
  const hiredOrTied = categoryIs(ctx.lex, entry.category, 'hired') || f.how === 'affiliation' || (f.how === 'owner' && force) || patronAdjective;
  if (!hiredOrTied) return f;
  const proxy = ctx.lex.actors.get(f.actor)?.proxy;
  return proxy ? { ...f, actor: proxy } : f;
}

/**
 * «عنصرين من “قسد” بحسب الوكالة المقربة من التنظيم»: a noun of its own between a party and the
 * tie after it is what is tied — not the party (its name, labels, adjectives and «التي» are not).
 */
function nounBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (ctx.refs.refAt(k) || ctx.hasHit('labels', k) || ctx.is(k, DEFINITE_NISBA) || ctx.is(k, ctx.lex.wordLists.relatives)) continue;
    return true;
  }
  return false;
}

/**
 * «مشروعهم الانفصالي»: the noun's possessive pronoun points back to the last party named in the
 * sentence — unless a labelled noun phrase stands closer («المنظمات الإرهابية … أجندتها
 * الانفصالية»): then it points to that phrase, whose party may be unknown.
 */
function possessive(ctx: Ctx, t: number, found: Draft[]): Found | undefined {
  if (t === 0 || ctx.st.clause[t - 1] !== ctx.st.clause[t] || ctx.refs.refAt(t - 1)) return undefined;
  // «109 أشخاص وصفهم بالإرهابيين»: a verb of designating with its object, no noun of an owner.
  // «أراض يسيطر عليها المتطرفون»: a preposition's pronoun, no noun of an owner.
  if (!isPossessed(ctx, t - 1) || ctx.is(t - 1, ctx.lex.wordLists.designation) || ctx.is(t - 1, ctx.lex.wordLists['pronoun-prepositions'])) return undefined;
  const m = pronounOwner(ctx, t - 1);
  // Findings are in text order and do not overlap: the first one after the mention is the only
  // candidate; with no mention in the sentence, the last one before the noun («جيش الاحتلال
  // الأميركي … من قواعدها غير الشرعية»).
  const i = m ? firstStartingAfter(found, m.t) : firstStartingAfter(found, t - 2) - 1;
  const closer = i >= 0 && i < found.length && found[i].kind === 'framing' && found[i].t1 <= t - 1 && ctx.st.sentence[found[i].t0] === ctx.st.sentence[t] ? found[i] : undefined;
  const owner = closer ? (closer.actor ? { actor: closer.actor, t: closer.t0, how: 'construct' as const } : undefined) : m;
  // «جيش الاحتلال التركي … ومجموعاته الإرهابية»: a party's groups are tied to it, so `viaProxy`
  // gives them to its proxy when it has one.
  return owner && ctx.is(t - 1, ctx.lex.wordLists['proxy-groups']) ? { ...owner, how: 'affiliation' } : owner;
}

/**
 * Whether token `t` opens with «و»/«ف» as a conjunction: a definite word behind it («والفصائل»),
 * or — for the label `entry` matched there — a word none of whose forms opens with that letter
 * («ومليشيات»; not «وحشية», «وهابية»).
 */
function conjoined(ctx: Ctx, t: number, entry?: LabelEntry): boolean {
  const w = ctx.word(t);
  const c = CONJUNCTIONS.find((x) => w.startsWith(x));
  if (c === undefined) return false;
  if (ctx.is(t, WITH_ARTICLE)) return true;
  return entry !== undefined && !entry.forms.some((f) => f.startsWith(c));
}

/** «المحتل التركي والمحتل الإيراني»: a label after «و» starts a phrase of its own, whose party is named right after it. */
function conjoinedWithName(ctx: Ctx, hit: Hit): Found | undefined {
  if (!conjoined(ctx, hit.t0) || hit.t1 >= ctx.toks.count || !sameClause(ctx, hit.t1, hit.t0)) return undefined;
  const a = ctx.refs.refAt(hit.t1);
  return a ? { actor: a, t: hit.t1, how: 'construct' } : undefined;
}

/**
 * «القوات التركية والفصائل السورية المتشددة», «الجيش التركي والمرتزقة»: a force joined by «و»
 * to a patron named right before it is the patron's proxy (the SNA beside Turkey) — not
 * one of two sides («اشتباكات بين الجيش التركي والمرتزقة»), nor a deed of the patron's own
 * («غزو أمريكا واحتلالها»).
 */
function patronsPartner(ctx: Ctx, hit: Hit, entry: LabelEntry): Found | undefined {
  // «غزو أمريكا واحتلالها للعراق»: a pronoun on the word points back to the patron itself.
  if (ctx.is(hit.t0, PRONOUN_ON_LABEL)) return undefined;
  // The label's own first word, or its noun one or two words before it («والفصائل السورية المتشددة»).
  for (let n = hit.t0; n > 0 && n >= hit.t0 - 2 && sameClause(ctx, n - 1, hit.t0); n--) {
    if (n < hit.t0 && ctx.refs.refAt(n)) return undefined;
    if (!conjoined(ctx, n, n === hit.t0 ? entry : undefined)) continue;
    // («دكتاتورية أردوغان وفاشية حزب العدالة»: a label joined so is the patron's force only when it names a force.)
    if (n === hit.t0 && !categoryIs(ctx.lex, entry.category, 'force') && !ctx.is(n, ctx.lex.wordLists['backed-groups'])) return undefined;
    const patron = ctx.refs.refAt(n - 1);
    const proxy = patron && ctx.lex.actors.get(patron)?.proxy;
    if (!proxy) return undefined;
    if (betweenBefore(ctx, nameStart(ctx, n - 1))) return undefined;
    return { actor: proxy, t: n - 1, how: 'affiliation' };
  }
  return undefined;
}

/** «إرهابيي داعش», «إرهابيو»: a one-word masculine plural that dropped its «ن» to govern the word after it. */
function inConstruct(ctx: Ctx, hit: Hit): boolean {
  return hit.t1 - hit.t0 === 1 && CONSTRUCT_PLURAL.test(ctx.word(hit.t0));
}

const CONSTRUCT_PLURAL = /ي(?:ي|و)$/;

/**
 * The noun an adjective describes: the reference right before it («تنظيم داعش الإرهابي», «قسد
 * الانفصالية»), across other adjectives in the chain («القوات التركية المحتلة»). The subject of
 * a verb before the noun is not what the adjective describes: in «الجيش يعتقل خلية إرهابية» the
 * word before «إرهابية» is its own noun, and no party is named.
 */
function head(ctx: Ctx, hit: Hit): Found | undefined {
  // «ارهابيي داعش»: a plural that dropped its «ن» governs the name after it; it describes nothing before it.
  if (inConstruct(ctx, hit)) return undefined;
  // «خلية إرهابية»: the phrase holds its own noun; what stands before it is not described
  // («التحالف غير الشرعي»: «غير» and its adjective are one adjective).
  if (hit.t1 - hit.t0 > 1 && !ctx.is(hit.t0, ctx.lex.wordLists['not-words'])) return undefined;
  // «بمساعدة إسرائيل للانفصاليين الأكراد»: a word behind «لـ» is a noun of its own. («تصنفهما
  // تركيا بالإرهابيين»: «بـ» may bring the class a verb puts a party in.)
  const p = prepositionOn(ctx.word(hit.t0));
  if (p && prepositionOf(p) === LAM) return undefined;
  for (let t = hit.t0 - 1, k = 0; t >= 0 && k < 3; t--, k++) {
    if (ctx.st.clause[t] !== ctx.st.clause[hit.t0]) return undefined;
    const a = ctx.refs.refAt(t);
    if (a) {
      // «وتقاتل قوات سوريا الديمقراطية المتشددين»: a masculine plural does not agree with a
      // feminine word; it stands as the verb's object.
      if (ctx.is(hit.t0, MASCULINE_PLURAL) && lastWritten(ctx, t) === TEH_MARBUTA) return undefined;
      // «وطرد المقاتلون الأكراد المتشددين»: a plural in «ين» after a name whose head ends in «ون» (or
      // the other way round) is in another case — the verb's object, not an adjective of the name.
      if (ctx.is(hit.t0, MASCULINE_PLURAL) && ctx.is(nameStart(ctx, t), MASCULINE_PLURAL) && ctx.word(hit.t0).slice(-2) !== ctx.word(nameStart(ctx, t)).slice(-2)) return undefined;
      if (k === 0 && describesJoined(ctx, hit)) return undefined;
      // «ما بين المسلحين الكرد والإرهابيين التابعين للنظام التركي»: after a word of between, a word
      // joined by «و» is the other side, no adjective of the first.
      if (k === 0 && conjoined(ctx, hit.t0) && betweenBefore(ctx, nameStart(ctx, t))) return undefined;
      // After a word of designation the party is the designator: what it designates, or no one.
      const d = designated(ctx, t);
      return d === undefined ? { actor: a, t, how: 'construct' } : (d ?? undefined);
    }
    // «تصنيف قسد فصيلاً إرهابياً»: the class a party is put in, right after the party.
    if (k === 0 && ctx.is(t, ctx.lex.wordLists['class-nouns']) && t > 0 && ctx.refs.refAt(t - 1) && ctx.st.clause[t - 1] === ctx.st.clause[t]) {
      return { actor: ctx.refs.refAt(t - 1)!, t: t - 1, how: 'construct' };
    }
    // «جماعة الحوثي، المصنفة دوليًا كمنظمة إرهابية»: the class after a word of designating with no
    // designator named (at most a word of whose designation between) is the party before that word.
    if (k === 0 && (ctx.is(t, ctx.lex.wordLists['class-nouns']) || (ctx.word(t).startsWith('ك') && ctx.lex.wordLists['class-nouns'].test(ctx.word(t).slice(1))))) {
      return designatedBefore(ctx, t);
    }
    // «مقاتلي التنظيم الجهادي المتطرف», «التنظيم الإسلامي المتطرف»: past another adjective of the name.
    if (!isAdjective(ctx, t) && !ctx.is(t, DEFINITE_NISBA)) return undefined;
  }
  return undefined;
}

/** A word of between («بين», «ما بين») up to `reach` words (four by default) before token `from`, in its clause. */
function betweenBefore(ctx: Ctx, from: number, reach = 4): boolean {
  const between = ctx.lex.wordLists.between;
  for (let k = from - 1; k >= 0 && k >= from - reach && sameClause(ctx, k, from); k--) if (ctx.is(k, between)) return true;
  return false;
}

/**
 * «لتطهيرها من إرهابيي "ي ب ك/ بي كا كا" و"داعش"»: a noun of verdict that governs a party's name
 * governs every name joined to it by «و» — the parties after the first, in their order. Not after
 * a word of between earlier in the clause («معارك بين قوات النظام مدعومة بميليشيات الدفاع الوطني
 * ووحدات حماية الشعب»: the «و» joins the two sides), and not a word with the article, which is an
 * adjective of its own noun («للميليشيات الإيرانية و"حزب الله"»).
 */
function joinedOwners(ctx: Ctx, hit: Hit, target: Found): ActorId[] | undefined {
  const { mentionAt, mentions } = ctx.refs;
  if (target.how !== 'construct' || target.t !== hit.t1 || ctx.is(hit.t0, WITH_ARTICLE) || !sameClause(ctx, hit.t1, hit.t0)) return undefined;
  const first = mentionAt[hit.t1] >= 0 ? mentions[mentionAt[hit.t1]] : undefined;
  if (first?.actor !== target.actor) return undefined;
  if (betweenBefore(ctx, hit.t0, Infinity)) return undefined;
  let out: ActorId[] | undefined;
  let end = first.t1;
  for (;;) {
    // «"ي ب ك/ بي كا كا"»: the first party's other name, written on after the first.
    const otherEnd = ctx.hitEnd(ACTOR_SECTIONS.homeAdjective, end);
    if (otherEnd >= 0) end = otherEnd;
    const at = sameClause(ctx, end, hit.t0) && isWaw(ctx.word(end)) ? end + 1 : end;
    const m = sameClause(ctx, at, hit.t0) ? mentionAt[at] : -1;
    if (m < 0 || (at === end && !joinedByWaw(ctx, at))) return out;
    const next = mentions[m];
    if (next.actor !== target.actor && !out?.includes(next.actor)) (out ??= []).push(next.actor);
    end = next.t1;
  }
}

/**
 * «تنظيمي "ب ي د" و"داعش" الإرهابيين», «منظمتي بي كي كي وداعش الإرهابيتين»: a plural right after
 * two parties joined by «و» describes both; it hits neither alone, and no default applies.
 */
function describesJoined(ctx: Ctx, hit: Hit): boolean {
  const t = hit.t0 - 1;
  const a = t >= 0 && sameClause(ctx, t, hit.t0) && ctx.is(hit.t0, MASCULINE_PLURAL) ? ctx.refs.refAt(t) : undefined;
  if (!a) return false;
  const s = nameStart(ctx, t);
  const before = s > 0 && isWaw(ctx.word(s - 1)) ? s - 2 : joinedByWaw(ctx, s) ? s - 1 : -1;
  const other = before >= 0 && sameClause(ctx, before, t) ? ctx.refs.refAt(before) : undefined;
  return other !== undefined && other !== a;
}

/**
 * «تنظيم "ب ي د" المصنف من قبل تركيا إرهابياً», «حزب العمال الذي تصنفه أنقرة إرهابياً»: the party
 * right before the adjective is the one that designates, after a word of designation; the
 * adjective describes what is designated, the party named before that word (none: no party).
 */
function designated(ctx: Ctx, t: number): Found | null | undefined {
  let k = t - 1;
  while (k >= 0 && k >= t - 3 && sameClause(ctx, k, t) && isFromOrBy(ctx, k)) k--;
  if (k < 0 || !sameClause(ctx, k, t) || !ctx.is(k, ctx.lex.wordLists.designation)) return undefined;
  let j = k - 1;
  if (j >= 0 && ctx.is(j, ctx.lex.wordLists.relatives)) j--;
  // («قوات حماية الشعب الكردية التي تعتبرها أنقرة إرهابية»: past an adjective of the name that names no party.)
  if (j > 0 && !ctx.refs.refAt(j) && ctx.is(j, DEFINITE_NISBA) && sameClause(ctx, j - 1, k)) j--;
  const what = j >= 0 && sameClause(ctx, j, k) ? ctx.refs.refAt(j) : undefined;
  return what ? { actor: what, t: j, how: 'construct' } : null;
}

/** The party named right before a word of designating that stands before the class noun at `t` (see {@link head}). */
function designatedBefore(ctx: Ctx, t: number): Found | undefined {
  let d = t - 1;
  if (d >= 0 && sameClause(ctx, d, t) && ctx.is(d, ctx.lex.wordLists['designating-adverbs'])) d--;
  if (d < 1 || !ctx.is(d, ctx.lex.wordLists.designation) || ctx.st.sentence[d - 1] !== ctx.st.sentence[t]) return undefined;
  const a = ctx.refs.mentionAt[d - 1] >= 0 ? ctx.refs.refAt(d - 1) : undefined;
  return a ? { actor: a, t: d - 1, how: 'construct' } : undefined;
}

/** The adjective stands on a noun of its own right before it («الممارسات الإرهابية»), not as a noun after a preposition («على الإرهابيين»). */
function describesNoun(ctx: Ctx, hit: Hit): boolean {
  const k = hit.t0 - 1;
  // («أنّ الإرهابيين تم تحييدهم من قبل قوات الكوماندوز التركية»: nor after «أنّ», opening a clause it is the subject of.)
  return (
    k >= 0 &&
    sameClause(ctx, k, hit.t0) &&
    ctx.toks.kind[k] === TokenKind.Arabic &&
    !ctx.refs.refAt(k) &&
    !ctx.is(k, ctx.lex.wordLists.prepositions) &&
    !ctx.is(k, ctx.lex.wordLists.that)
  );
}

/** A loaded adjective starts at token `t` («المحتلة» in «القوات التركية المحتلة الإرهابية»). */
function isAdjective(ctx: Ctx, t: number): boolean {
  return labelAt(ctx, t)?.role === 'adjective';
}

/**
 * «المحافظات التي تحتلها ميليشيات "قسد"، باتت على وشك التحرر»: a word of favour whose party the
 * grammar only guessed (the subject, the party named last, or the one named before it in its
 * clause) is not given to a party the same sentence has just called an occupier, a militia or a
 * hireling («ضربات موجعة لمرتزقة “داعش” … نظفت مدينة “حسكة” من المرتزقة وحررتها») — the
 * liberation is from it.
 */
function notTheOccupier(ctx: Ctx, f: Found | undefined, hit: Hit, found: Draft[]): Found | undefined {
  if (!f || (f.how !== 'subject' && f.how !== 'recent' && f.how !== 'preceding')) return f;
  const sn = ctx.st.sentence[hit.t0];
  for (let i = found.length - 1; i >= 0 && ctx.st.sentence[found[i].t0] === sn; i--) {
    const d = found[i];
    if (d.kind === 'framing' && d.direction === 'against' && d.actor === f.actor && (categoryIs(ctx.lex, d.category, 'holdsByForce') || categoryIs(ctx.lex, d.category, 'hired')))
      return undefined;
  }
  return f;
}

/** Whether a loaded noun (not an adjective, not joined by «و»: «انتهاكاتها وجرائمها») starts at token `t`, in the clause of token `from`. */
function nounLabelAt(ctx: Ctx, t: number, from: number): boolean {
  if (t >= ctx.toks.count || !sameClause(ctx, t, from)) return false;
  const entry = labelAt(ctx, t);
  return entry !== undefined && entry.role !== 'adjective' && !conjoined(ctx, t, entry) && !ctx.refs.refAt(t);
}

/** Words back from a label's pronoun to the party it may point to. */
const OWNER_REACH = 40;

/**
 * A pronoun that points back from the label: on the label itself («ومرتزقته», «ميليشياتها») or
 * on a quantifier before a partitive («وجلهم من المرتزقة»): the party named just before.
 */
function ownPossessive(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  // «ومداهمة أوكاره»: a final «ه» the source writes as the pronoun, not as «ة».
  const onLabel = ctx.is(hit.t0, PRONOUN_ON_LABEL) || (hit.t1 - hit.t0 === 1 && carriesPronoun(ctx, hit.t0));
  const partitive = hit.t0 > 1 && ctx.word(hit.t0 - 1) === 'من' && ctx.is(hit.t0 - 2, ctx.lex.wordLists.quantifiers);
  if (!onLabel && !partitive) return undefined;
  // «العدو الصهيوني وصنيعته الإرهاب التكفيري»: a labelled noun right after the label is what it
  // stands for; the pronoun names its maker, and the label hits a thing with no party.
  // (Only a label that names: «صمته عن جرائم» is silence about the crimes, not their name.)
  if (onLabel && hit.section === 'labels' && categoryIs(ctx.lex, (ctx.lex.list.labels ?? [])[hit.index]?.category, 'names') && nounLabelAt(ctx, hit.t1, hit.t0)) return undefined;
  // The nearest party named before it in the sentence (by a name or a relational adjective: «القصف
  // التركي … عقب اجتياحهم»), else the last party named.
  const from = partitive ? hit.t0 - 2 : hit.t0;
  // «والتي تضيق الخناق على فلوله»: a party whose name cannot agree with the pronoun is passed — or,
  // on a verb, with the verb, whose pronoun is its object («المناطق التي يحتلها»).
  const entry = hit.section === 'labels' ? ((ctx.lex.list.labels ?? [])[hit.index] as LabelEntry) : undefined;
  // «بعد أن اختطفه مجهولون»: an act whose pronoun is followed by its doer is done to the one the
  // pronoun points back to («عنصر في استخبارات قوات “قسد”»), not by that one's party.
  if (onLabel && categoryIs(ctx.lex, entry?.category, 'act') && doerAfterPronoun(ctx, hit)) return undefined;
  const gender = entry?.role === 'verb' ? verbAgreement(ctx.word(hit.t1 - 1)) : onLabel ? pronounAgreement(ctx, hit.t1 - 1) : undefined;
  // (A possessive pronoun may point to the name whatever governs it: «تحركات التنظيم … فلوله».)
  const agreementOf = entry?.role === 'verb' ? refAgreement : nameAgreement;
  const near = refBefore(ctx, from, OWNER_REACH);
  const last = near ? undefined : recentMention(ctx, hit.t0, OWNER_REACH);
  const owner = speakersOwn(
    ctx,
    from,
    near ? agreeingRefBefore(ctx, from, OWNER_REACH, gender, agreementOf, near) : last && !disagrees(gender, agreementOf(ctx, last.t), true) ? last : undefined,
  );
  // «التنظيمات المتطرفة وفلولها»: a labelled phrase with no party standing closer is what the
  // pronoun points to, so no party is known.
  const i = firstStartingAfter(found, from - 1) - 1;
  const closer = i >= 0 && found[i].t1 <= from && (!owner || found[i].t0 > owner.t) && ctx.st.sentence[found[i].t0] === ctx.st.sentence[from] ? found[i] : undefined;
  if (closer && !closer.actor) return undefined;
  // «أخرج الاحتلال ومرتزقته العمال»: … and one with a party, joined to it by «و», names that party.
  if (closer?.actor && closer.t1 === from && conjoined(ctx, hit.t0, entry)) return { actor: closer.actor, t: closer.t0, how: onLabel ? 'owner' : 'preceding' };
  // «ممارسات ميليشيا قسد المدعومة من قوات الاحتلال الأمريكي وجرائمها»: a labelled noun joined by
  // «و» after a party and its patron is the party's, the head the patron phrase describes.
  // So is the pronoun on a labelled noun after such a phrase: it points to the phrase's head, not
  // to the patron in its genitive («لردع الفصائل الموالية لجيش الاحتلال التركي عن جرائمها»).
  const client = owner && onLabel ? patronsClient(ctx, owner.t) : undefined;
  if (client && (conjoined(ctx, hit.t0, entry) || headAgrees(ctx, gender, client.t))) return { ...client, how: 'owner' };
  // «تُصعّد القوات التركية والفصائل الموالية لها من اعتداءاتها»: a party and the groups it backs
  // are one owner, the patron.
  const patron = owner && onLabel ? joinedProxyPatron(ctx, nameStart(ctx, owner.t), owner.actor) : undefined;
  if (patron) return { ...patron, how: 'owner' };
  // «ضبط ميليشياتها»: the pronoun on the label names the force's owner.
  return owner && onLabel ? { ...owner, how: 'owner' } : owner;
}

/**
 * Whether the first word of the name at token `t` is surely what a pronoun of gender `gender`
 * points to: any head but a masculine one for a feminine pronoun («الفصائل … جرائمها»), a masculine
 * head for a masculine one, and a feminine head for one whose gender does not show («“قسد” … التي
 * تحتلها»; «اعتداءاته» may be «ـه» or «ـها» on «اعتداءات»).
 */
function headAgrees(ctx: Ctx, gender: ReturnType<typeof pronounAgreement>, t: number): boolean {
  const head = wordAgreement(ctx, nameStart(ctx, t));
  return gender === 'feminine' ? head !== 'masculine' : head === (gender ?? 'feminine');
}

/**
 * Whether an indefinite sound masculine plural of people stands right after the label, in its
 * clause: the subject of a verb («اختطفه مجهولون»), whose pronoun is then its object.
 */
function doerAfterPronoun(ctx: Ctx, hit: Hit): boolean {
  const t = hit.t1;
  if (t >= ctx.toks.count || !sameClause(ctx, t, hit.t0) || ctx.toks.kind[t] !== TokenKind.Arabic) return false;
  if (ctx.is(t, WITH_ARTICLE) || isPrepositional(ctx, t) || ctx.refs.refAt(t) || ctx.hasHit('labels', t) || opensWithConjunction(ctx.word(t))) return false;
  return ctx.is(t, MASCULINE_PLURAL);
}

/**
 * {@link refBefore} for a pronoun of gender `gender`: a party whose name (by `agreementOf`) cannot
 * agree with it is passed for the one before it («التي تفرضها «قسد»، والتي تضيق الخناق على فلوله»:
 * the «ه» is not the SDF's). A helper named after «مع» or another word of helping is passed for
 * one its sentence names before it, the one that acts («وتسيطر قوات الاحتلال الأمريكي بالتواطؤ مع
 * ميليشيا "قسد" على غالبية حقول النفط … بهدف سرقتها»); with none, the helper stays the owner.
 */
function agreeingRefBefore(
  ctx: Ctx,
  from: number,
  reach: number,
  gender: ReturnType<typeof pronounAgreement>,
  agreementOf: typeof refAgreement,
  first = refBefore(ctx, from, reach),
): Found | undefined {
  let helper: Found | undefined;
  for (let f = first; f;) {
    if (!disagrees(gender, agreementOf(ctx, f.t), true)) {
      if (!helper && helpedBy(ctx, f)) helper = f;
      else if (!helper || ctx.st.sentence[f.t] === ctx.st.sentence[helper.t]) return f;
      else return helper;
    }
    const s = nameStart(ctx, f.t);
    f = refBefore(ctx, s, reach - (from - s));
  }
  return helper;
}

/** «بالتواطؤ مع ميليشيا "قسد"»: the party named right after a word of helping (past a label or a word for forces before its name). */
function helpedBy(ctx: Ctx, f: Found): boolean {
  const k = slotBeforeName(ctx, nameStart(ctx, f.t));
  return k >= 0 && sameClause(ctx, k, f.t) && ctx.is(k, ctx.lex.wordLists['with-words']);
}

/**
 * «أكد شيخ عشيرة شمر، أن ميليشياته مستعدة»: in what a speaker says, a pronoun with nothing named
 * between points back to the speaker. The owner found before the speaker gives way to the
 * speaker's own party, or to none.
 */
function speakersOwn(ctx: Ctx, t: number, owner: Found | undefined): Found | undefined {
  const source = ctx.attr.at(t).source;
  if (!owner || !source || source.t1 > t || owner.t >= source.t0 || ctx.st.sentence[source.t0] !== ctx.st.sentence[t]) return owner;
  return source.actor ? { actor: source.actor, t: source.t0, how: owner.how } : undefined;
}

/** «ومرتزقته», «ميليشياتها»: a label word carrying a pronoun (not one with the article). */
const PRONOUN_ON_LABEL = wordClass((w) => !w.startsWith('ال') && !w.startsWith('وال') && /(?:ته|تها|تهم|ها|هم|هن)$/.test(w) && w.length >= 4);

/**
 * «فتحولت قسد لقوة احتلال»: a label as what a party became or is said to be; the party is the
 * subject right after the verb or right before it.
 */
function predicate(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  return subjectOfVerb(ctx, hit, ctx.lex.wordLists.copulas, found);
}

/**
 * «وقال التقرير إن تركيا، باعتبارها "قوة احتلال في شمال سوريا"، تتحمل مسؤولية»: a label right
 * after a noun of being held as something («باعتبارها», «بوصفها», «كونها») is what the noun's
 * pronoun stands for — the party named before it in the sentence that agrees with the pronoun.
 */
function heldAs(ctx: Ctx, hit: Hit): Found | undefined {
  const k = hit.t0 - 1;
  if (k < 0 || ctx.st.sentence[k] !== ctx.st.sentence[hit.t0] || !ctx.is(k, ctx.lex.wordLists['held-as'])) return undefined;
  const owner = agreeingRefBefore(ctx, k, OWNER_REACH, pronounAgreement(ctx, k), nameAgreement);
  return owner ? { ...owner, how: 'subject' } : undefined;
}

/**
 * «ارتكبت قسد مجزرة», «قوات النظام ترتكب مجازر»: an act named as the object of a verb of doing;
 * its agent is the party right after the verb or right before it.
 */
function objectOfAgentVerb(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  return subjectOfVerb(ctx, hit, ctx.lex.wordLists['doing-verbs'], found, true);
}

/**
 * «الأسايش يختطفون مراسلاً», «مليشيات الأسايش اختطفت المراسل»: a party named right before an act,
 * in its clause, is its subject — not when the act has a party's relational adjective of its own
 * («دانت الخارجية الإيرانية الاعتداء الأمريكي»), which names its doer; nor when the party is the
 * subject of a verb of condemning («وانتقدت قسد القمع»: {@link condemns}), which speaks against
 * the act it names; nor when the act opens with «و» («واستهدافها شيوخ العشائر وسرقة ثروات»): a
 * noun joined to the name is coordinated with it, not said of it.
 */
function namedRightBefore(ctx: Ctx, hit: Hit, entry?: LabelEntry): Found | undefined {
  const t = hit.t0 - 1;
  if (t < 0 || !sameClause(ctx, t, hit.t0) || (entry && conjoined(ctx, hit.t0, entry))) return undefined;
  if (hit.t1 < ctx.toks.count && ctx.is(hit.t1 - 1, WITH_ARTICLE) && ctx.is(hit.t1, DEFINITE_NISBA) && ctx.refs.refAt(hit.t1) && sameClause(ctx, hit.t1, hit.t0)) return undefined;
  const m = ctx.refs.mentionAt[t];
  if (m < 0 || ctx.refs.mentions[m].t1 !== hit.t0 || condemns(ctx, ctx.refs.mentions[m].t0)) return undefined;
  return { actor: ctx.refs.mentions[m].actor, t, how: 'subject' };
}

/**
 * «أنّ قوات الاحتلال الأميركي سرقت حمولة»: an act right after a label phrase whose party is found
 * — past the party's own adjective — is done by that party, the phrase being its subject.
 */
function labelledRightBefore(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const f = found[found.length - 1];
  if (!f || !f.actor || f.kind !== 'framing' || !categoryIs(ctx.lex, f.category, 'names') || f.t1 > hit.t0 || !sameClause(ctx, f.t0, hit.t0)) return undefined;
  // «ومرتزقتها من الإرهابيين اعتداءاتهم»: a noun carrying a pronoun points back past the label;
  // «الجرائم والانتهاكات»: a second act joined by «و» is not said of the first one's party.
  // («وانتقدت ميليشيا قسد القمع»: nor is a party that condemns the act: {@link condemns}.)
  if (carriesPronoun(ctx, hit.t0) || conjoined(ctx, hit.t0) || condemns(ctx, f.t0, f.t1)) return undefined;
  const gap = hit.t0 - f.t1;
  if (gap === 0) return { actor: f.actor, t: f.t0, how: 'subject' };
  // The party's own adjective in between («الأميركي»), not a relative pronoun («التي»).
  const adjective = ctx.is(f.t1, WITH_ARTICLE) && !ctx.is(f.t1, ctx.lex.wordLists.relatives) && (ctx.refs.refAt(f.t1) ?? f.actor) === f.actor;
  return gap === 1 && adjective ? { actor: f.actor, t: f.t0, how: 'subject' } : undefined;
}

/**
 * «مليشيات حزب الاتحاد الديمقراطي "ب ي د" التي هجرت أهلنا», «مليشيات YPG الإرهابية هي من هجّرت»:
 * an act right after a relative pronoun (or «هي من») is done by what the pronoun refers back to —
 * the party named, or labelled, just before it.
 */
function antecedentOfAct(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  let t = hit.t0 - 1;
  if (t < 1 || !sameClause(ctx, t, hit.t0)) return undefined;
  if (ctx.is(t, ctx.lex.wordLists.relatives)) t--;
  else if (ctx.word(t) === 'من' && ctx.is(t - 1, ctx.lex.wordLists['cleft-pronouns'])) t -= 2;
  else return undefined;
  for (let k = t; k >= 0 && k >= t - 1 && ctx.st.sentence[k] === ctx.st.sentence[hit.t0]; k--) {
    const m = ctx.refs.mentionAt[k];
    const i = firstStartingAfter(found, k) - 1;
    const start = m >= 0 ? ctx.refs.mentions[m].t0 : i >= 0 && found[i].t1 > k && found[i].actor ? found[i].t0 : -1;
    if (start < 0) continue;
    // «العائلات المعارضة للنظام التي هجرت»: a party after a preposition is not what the pronoun
    // refers to, nor one behind «لـ» («لأنه الراعي لقسد وهو من ينهب ثروات البلاد»).
    if (afterPreposition(ctx, start) || (m >= 0 && ctx.word(start).startsWith(LAM))) return undefined;
    return { actor: m >= 0 ? ctx.refs.mentions[m].actor : found[i].actor!, t: k, how: 'agent' };
  }
  return undefined;
}

/** «تواصل قوات الاحتلال الأمريكي عملياتها»: the last label naming a party in the sentence before token `t`, when no mention is there. */
function namingLabelBefore(ctx: Ctx, found: Draft[], t: number): Found | undefined {
  for (let i = found.length - 1; i >= 0 && ctx.st.sentence[found[i].t0] === ctx.st.sentence[t]; i--) {
    const f = found[i];
    if (f.t1 <= t && f.kind === 'framing' && f.actor && categoryIs(ctx.lex, f.category, 'names')) return { actor: f.actor, t: f.t0, how: 'construct' };
  }
  return undefined;
}

/** Describing words an effort noun may take before the act it aims at: «سياستها المتواصلة في نهب», «ممارسات أمريكا المتواصلة الهادفة لنهب». */
const EFFORT_WORDS = 3;

/**
 * «في إطار مخططاتها لسرقة الثروات», «تكثيف الجيش الأمريكي لأنشطته في سرقة النفط», «ممارسات أمريكا
 * المتواصلة الهادفة لنهب خيرات الشعب»: an act an effort aims at («لـ» on it, or «في», «إلى», «على»
 * before it) is the effort's owner's — the party in construct with the effort noun, or the one its
 * pronoun points back to in the sentence.
 */
function effortOwner(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const t = hit.t0;
  const end = particleBefore(ctx, t, ctx.lex.wordLists['aim-particles']);
  if (end < 1) return undefined;
  for (let e = end - 1; e >= 0 && e >= end - 1 - EFFORT_WORDS && sameClause(ctx, e, t); e--) {
    if (ctx.is(e, ctx.lex.wordLists['effort-nouns'])) {
      // («ضد وجود قوات النظام السوري وإيران، وتنديداً بممارساتهم»: a pronoun for two parties joined by «و» picks neither.)
      if (carriesPronoun(ctx, e)) {
        const o = pronounOwner(ctx, e) ?? namingLabelBefore(ctx, found, e);
        return o && !joinedByWaw(ctx, nameStart(ctx, o.t)) ? o : undefined;
      }
      const m = e + 1 < end ? ctx.refs.mentionAt[e + 1] : -1;
      return m >= 0 && ctx.refs.mentions[m].t0 === e + 1 ? { actor: ctx.refs.mentions[m].actor, t: e + 1, how: 'construct' } : undefined;
    }
    // Only describing words with the article, or a party's name in construct, between.
    if (!ctx.is(e, WITH_ARTICLE) && !ctx.refs.refAt(e)) return undefined;
  }
  return undefined;
}

/**
 * «هجوم "داعش" على مدينة البوكمال وارتكابه مجازر»: the noun of a verb of doing right before the
 * act, carrying a pronoun — the party named before it in the sentence did the act.
 */
function agentPronoun(ctx: Ctx, hit: Hit): Found | undefined {
  const t = doingNounBefore(ctx, hit);
  return t >= 0 && carriesPronoun(ctx, t) ? pronounOwner(ctx, t) : undefined;
}

/**
 * The noun of a verb of doing that governs the act: right before it («بارتكاب مجازر»), or before a
 * word of amount and «من» («بارتكاب المزيد من المجازر»); -1 when there is none.
 */
function doingNounBefore(ctx: Ctx, hit: Hit): number {
  let t = hit.t0 - 1;
  if (t > 0 && ctx.word(t) === 'من' && ctx.is(t - 1, ctx.lex.wordLists['amount-words'])) t -= 2;
  return t >= 0 && sameClause(ctx, t, hit.t0) && ctx.is(t, ctx.lex.wordLists['agent-masdars']) ? t : -1;
}

/** Words a verb of carrying on may stand before the noun of doing it governs, past a subject of a few words. */
const DOING_REACH = 8;

/**
 * «يستمر الاحتلال التركي ومرتزقته من السوريين بارتكاب المزيد من المجازر», «أقدمت على ارتكاب
 * مجزرة»: an act governed by a noun of doing with no pronoun is done by whoever carries on or
 * undertakes the doing — the subject of the verb that governs that noun.
 */
function doneThrough(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const d = doingNounBefore(ctx, hit);
  if (d < 0 || carriesPronoun(ctx, d)) return undefined;
  const doing = { ...hit, t0: d, t1: d + 1 };
  return undertaker(ctx, doing, found) ?? subjectOfVerb(ctx, doing, ctx.lex.wordLists['carrying-on-verbs'], found, false, DOING_REACH);
}

/**
 * «ارتكب الطيران الحربي الأمريكي مجزرة», «وارتكبت الطائرات التركية مجزرة»: a party's means of war at
 * token `k`, then — past adjectives of kind — the party's own adjective or name, before `end`.
 */
function meansOwner(ctx: Ctx, k: number, end: number): Found | undefined {
  if (!ctx.is(k, ctx.lex.wordLists['means-nouns'])) return undefined;
  for (let j = k + 1; j < end && j <= k + 3 && sameClause(ctx, j, k); j++) {
    const a = ctx.refs.refAt(j);
    if (a) return { actor: a, t: j, how: 'subject' };
    if (!ctx.is(j, ctx.lex.wordLists['kind-adjectives'])) return undefined;
  }
  return undefined;
}

/** A party's adjective at token `b` ending «الطيران التركي», «المدفعية الحربية الروسية»: the party acting through its means of war. */
function meansBefore(ctx: Ctx, b: number): Found | undefined {
  const a = ctx.refs.mentionAt[b] < 0 ? ctx.refs.refAt(b) : undefined;
  if (!a) return undefined;
  for (let k = b - 1; k >= 0 && k >= b - 3 && sameClause(ctx, k, b); k--) {
    if (ctx.is(k, ctx.lex.wordLists['means-nouns'])) return { actor: a, t: b, how: 'subject' };
    if (!ctx.is(k, ctx.lex.wordLists['kind-adjectives'])) return undefined;
  }
  return undefined;
}

/** Words a verb may stand before the act its subject carries on: «كثف الاحتلال الأمريكي عمليات نهب». */
const VERB_REACH = 5;

/**
 * The subject of a verb up to five words before the label: the mention right after the verb
 * (past any label on it: «وتعتبر ميليشيا "فاطميون" من أكبر الميليشيات»), right before it, or the
 * antecedent of a relative pronoun before it («منظومته المليشياوية التي ارتكبت الجرائم»).
 */
function subjectOfVerb(ctx: Ctx, hit: Hit, verb: WordClass, found: Draft[] = [], opening = false, reach = VERB_REACH): Found | undefined {
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - reach; t--) {
    if (ctx.st.clause[t] !== ctx.st.clause[hit.t0]) return undefined;
    if (!ctx.is(t, verb)) continue;
    return verbSubject(ctx, t, hit.t0, verb, found, 1, opening);
  }
  return undefined;
}

/** Verbs back from a verb joined by «و» to the verb whose subject it shares («قصفت تركيا القرى وارتكبت مجازر»). */
const COORDINATED_REACH = 12;

/**
 * The subject of the verb at token `t`, before token `end`: the mention right after the verb, right
 * before it, or the antecedent of a relative pronoun before it. A verb joined by «و» with no subject
 * of its own shares the subject of the verb of the same kind before it in the sentence: «إن وحدات
 * حماية الشعب مارست التهجير القسري للسكان وارتكبت جرائم حرب». With `opening` (verbs of doing),
 * failing that, the party the sentence opens with: «يذكر ان تنظيم داعش شن هجوما … وارتكب مذبحة»
 * (a copula's «وغدت فلولها» names its own owner).
 */
function verbSubject(ctx: Ctx, t: number, end: number, verb: WordClass, found: Draft[], hops: number, opening: boolean): Found | undefined {
  const joined = joinedWord(ctx, t, verb);
  const own = verbOwnSubject(ctx, t, end, verb, found, joined);
  if (own || hops === 0 || !joined) return own;
  for (let k = t - 1; k >= 0 && k >= t - COORDINATED_REACH && ctx.st.sentence[k] === ctx.st.sentence[t]; k--) {
    if (ctx.is(k, verb)) return verbSubject(ctx, k, t, verb, found, hops - 1, opening);
  }
  if (!opening) return undefined;
  const subject = sentenceSubject(ctx, t);
  return subject && subject.t - ctx.st.sentenceStart[ctx.st.sentence[t]] <= OPENING_SUBJECT ? subject : undefined;
}

/** Words a sentence's subject may stand after its start: its verb, or «يذكر أن». */
const OPENING_SUBJECT = 2;

/** {@link verbSubject} without the verb before it. */
function verbOwnSubject(ctx: Ctx, t: number, end: number, verb: WordClass, found: Draft[], joined: boolean): Found | undefined {
  for (let k = t + 1; k < end && k <= t + 2; k++) {
    const m = ctx.refs.mentionAt[k];
    if (m >= 0) return { actor: ctx.refs.mentions[m].actor, t: k, how: 'subject' };
    const means = meansOwner(ctx, k, end);
    if (means) return means;
    if (!isNounLabel(ctx, k)) break;
    // «يواصل الاحتلال الأمريكي سرقة الثروات»: a labelled subject, with the party the label found.
    const i = firstStartingAfter(found, k) - 1;
    if (i >= 0 && found[i].t0 === k && found[i].actor) return { actor: found[i].actor!, t: k, how: 'subject' };
  }
  // «قصفت الطائرات مواقع قسد وارتكبت مجازر»: the party right before a verb joined by «و» ends the
  // clause before it; it is not the verb's subject.
  if (joined) return undefined;
  // «الاحتلال التركي ومرتزقته كثف من اعتداءاته»: a subject before the verb whose head's gender or
  // number the verb cannot agree with is not its subject.
  const gender = verbAgreement(ctx.word(t), verb);
  let b = t - 1;
  if (b > 0 && ctx.is(b, ctx.lex.wordLists.relatives)) b--;
  if (b < 0 || ctx.st.sentence[b] !== ctx.st.sentence[t]) return undefined;
  // «الاحتلال الأمريكي في سوريا ارتكب مجازر»: the subject stands before a phrase of place or time
  // (not before a relative's: «تركيا ومرتزقتها في المناطق التي تحتلها»).
  if (b === t - 1 && !ctx.refs.refAt(b)) b = pastSetting(ctx, b);
  const set = appositionBefore(ctx, t);
  if (set) return set;
  const before = ctx.refs.mentionAt[b];
  // «الميليشيات الكردية المدعومة من أمريكا ترتكب جرائم»: a party after a preposition is no
  // subject; the party its phrase describes, named before it in the clause, is.
  if (before >= 0) {
    const m = ctx.refs.mentions[before];
    if (afterPreposition(ctx, m.t0)) return describedBy(ctx, m.t0);
    return agreeingSubject(ctx, m.t0, m.actor, b, gender, found);
  }
  // «التحالف الأميركي يرتكب مجزرتين»: a party's name and its own adjective right before the verb.
  const named = b > 0 ? ctx.refs.mentionAt[b - 1] : -1;
  const n = named >= 0 ? ctx.refs.mentions[named] : undefined;
  if (n && n.t1 === b && ctx.refs.refAt(b) === n.actor && !afterPreposition(ctx, b - 1)) return agreeingSubject(ctx, n.t0, n.actor, b - 1, gender, found);
  // «الطيران التركي ارتكب مجزرة»: a party's means of war and the party's adjective, past
  // adjectives of kind («الطيران الحربي الروسي»), right before the verb.
  const means = meansBefore(ctx, b);
  if (means) return means;
  // The finding holding token `b` (findings are in text order and do not overlap), or the one
  // right before the party's adjective that ends the subject: «الاحتلال الأميركي يواصل سرقة ونهب الثروات».
  const i = firstStartingAfter(found, b) - 1;
  const adjective = ctx.refs.mentionAt[b] < 0 && ctx.refs.refAt(b);
  const labelled = i >= 0 && (b < found[i].t1 || (adjective && found[i].t1 === b && found[i].actor === adjective)) ? found[i] : undefined;
  if (!labelled?.actor) return undefined;
  return agreeingSubject(ctx, labelled.t0, labelled.actor, b, gender, found);
}

/** Words a phrase of place or time may run to between a subject and its verb: «في ريف حلب الشرقي». */
const SETTING_REACH = 4;

/**
 * «الاحتلال الأمريكي في سوريا ارتكب مجازر», «قوات النظام في ريف حلب قصفت»: the token before a
 * phrase of place or time (word list `setting-openers`: «في», «خلال», «بريف») ending at token `b`,
 * with no party, label, relative pronoun, negation (word list `verb-negations`: «قوات النظام في
 * ريف حلب لم تقصف») or verb in it, nor a comma in or before it; `b` itself when there is none.
 */
function pastSetting(ctx: Ctx, b: number): number {
  for (let k = b; k > 0 && k >= b - SETTING_REACH && ctx.st.clause[k - 1] === ctx.st.clause[b]; k--) {
    if (ctx.refs.refAt(k) || ctx.hasHit('labels', k) || ctx.is(k, ctx.lex.wordLists.relatives)) return b;
    if (ctx.is(k, ctx.lex.wordLists['verb-negations']) || settingVerb(ctx, k)) return b;
    if (ctx.is(k, ctx.lex.wordLists['setting-openers'])) return k - 1;
  }
  return b;
}

/**
 * Whether token `k` reads as a verb, its own clause in what would be a phrase of place or time: a
 * perfect closing in «ت» or an imperfect opening in «ي» ({@link verbAgreement}), with no article,
 * and not a plural in «ات» («منذ سنوات»).
 */
function settingVerb(ctx: Ctx, k: number): boolean {
  const w = ctx.word(k);
  return !ctx.is(k, WITH_ARTICLE) && !w.endsWith('ات') && verbAgreement(w) !== undefined;
}

/**
 * The subject `actor` at token `t`, whose phrase starts at `t0` — or, when a verb of gender `gender`
 * cannot agree with it, the first conjunct before it ({@link firstConjunct}).
 */
function agreeingSubject(ctx: Ctx, t0: number, actor: ActorId, t: number, gender: ReturnType<typeof verbAgreement>, found: Draft[]): Found | undefined {
  const patron = joinedProxyPatron(ctx, t0, actor);
  if (patron) return patron;
  return disagrees(gender, subjectAgreement(ctx, t0), true) ? firstConjunct(ctx, t0, gender, found) : { actor, t, how: 'subject' };
}

/**
 * «قوات الاحتلال التركي ومرتزقته يواصلون عدوانهم», «الاحتلال التركى والفصائل الموالية له تقوم
 * بارتكاب جرائم»: a subject that is a party and the groups it backs, joined by «و» — groups carrying
 * its pronoun, or tied to it by one («الموالية له»), past their description after «من» («ومرتزقته
 * من الإرهابيين») — does its acts as the party: the patron, named first.
 */
function joinedProxyPatron(ctx: Ctx, t0: number, actor: ActorId): Found | undefined {
  let s = t0;
  if (s >= 2 && ctx.word(s - 1) === 'من') s -= 2;
  else if (s >= 3 && ctx.word(s - 2) === 'من' && ctx.is(s - 1, ctx.lex.wordLists['group-plurals'])) s -= 3;
  if (s < 1 || !opensWithWaw(ctx.word(s)) || !sameClause(ctx, s - 1, t0)) return undefined;
  const patron = ctx.refs.refAt(s - 1);
  if (!patron || patron === actor) return undefined;
  const m = ctx.refs.mentionAt[s];
  let tied = (ctx.hasHit('labels', s) || ctx.is(s, ctx.lex.wordLists['proxy-groups'])) && carriesPronoun(ctx, s);
  if (!tied && m >= 0 && ctx.refs.mentions[m].t0 === s) {
    const { t1 } = ctx.refs.mentions[m];
    for (let k = s; k + 1 < t1 && !tied; k++) tied = ctx.is(k, ctx.lex.wordLists.affiliation) && ctx.is(k + 1, ctx.lex.wordLists['tie-pronouns']);
  }
  return tied ? { actor: patron, t: s - 1, how: 'subject' } : undefined;
}

/**
 * «الاحتلال التركي ومرتزقته كثف من اعتداءاته»: a subject joined by «و» at token `t0` that the verb
 * of gender `gender` cannot agree with leaves the verb to the party before it — when that party's
 * head agrees: a name, or a label and the party's adjective. The head is read on its own first word,
 * not through a noun governing it, which may be no head at all («من قبل المحتل التركي وعصاباته،
 * والذي قام بتهجير»: «قبل»).
 */
function firstConjunct(ctx: Ctx, t0: number, gender: ReturnType<typeof verbAgreement>, found: Draft[]): Found | undefined {
  const k = t0 - 1;
  const a = k >= 0 && opensWithWaw(ctx.word(t0)) && sameClause(ctx, k, t0) ? ctx.refs.refAt(k) : undefined;
  if (!a) return undefined;
  const m = ctx.refs.mentionAt[k];
  const i = firstStartingAfter(found, k) - 1;
  const head = m >= 0 ? ctx.refs.mentions[m].t0 : i >= 0 && found[i].t1 === k && found[i].actor === a ? found[i].t0 : -1;
  if (head < 0) return undefined;
  const agreement = wordAgreement(ctx, head);
  return agreement && !disagrees(gender, agreement, true) ? { actor: a, t: k, how: 'subject' } : undefined;
}

/** Words an apposition set off by commas may run to: «قوات سوريا الديمقراطية، المدعومة من واشنطن، ارتكبت». */
const APPOSITION_REACH = 8;

/**
 * «إن وحدات حماية الشعب، الجناح العسكري لحزب الاتحاد الديمقراطي، مارست التهجير القسري»: a verb
 * right after a clause set off by commas, which opens on a word with the article and names no
 * party first, has for subject the party named right before that clause.
 */
function appositionBefore(ctx: Ctx, t: number): Found | undefined {
  const b = t - 1;
  if (ctx.st.clause[b] === ctx.st.clause[t]) return undefined;
  let s = b;
  while (s > 0 && ctx.st.clause[s - 1] === ctx.st.clause[b]) s--;
  if (b - s + 1 > APPOSITION_REACH || s === 0 || ctx.st.sentence[s - 1] !== ctx.st.sentence[t]) return undefined;
  if (!ctx.is(s, WITH_ARTICLE) || ctx.refs.refAt(s)) return undefined;
  // Past one adjective of the name's own («وحدات حماية الشعب الكردية،»).
  const k = !ctx.refs.refAt(s - 1) && s > 1 && ctx.is(s - 1, WITH_ARTICLE) && ctx.refs.mentionAt[s - 2] >= 0 ? s - 2 : s - 1;
  const a = ctx.refs.refAt(k);
  if (!a || nameAfterPreposition(ctx, k)) return undefined;
  return { actor: a, t: k, how: 'subject' };
}

/** The party named a few words before token `t` in its clause, when no preposition governs it: what a phrase like «المدعومة من أمريكا» describes. */
function describedBy(ctx: Ctx, t: number): Found | undefined {
  for (let k = t - 2; k >= 0 && k >= t - 8 && sameClause(ctx, k, t); k--) {
    const a = ctx.refs.refAt(k);
    if (!a) continue;
    return nameAfterPreposition(ctx, k) ? undefined : { actor: a, t: k, how: 'subject' };
  }
  return undefined;
}

/** «بالتواطؤ مع ميليشيا “قسد”»: the party named right after «مع» (a label word may stand before its name), in the word's clause. */
function partner(ctx: Ctx, hit: Hit): Found | undefined {
  if (hit.t1 >= ctx.toks.count || !sameClause(ctx, hit.t0, hit.t1) || !ctx.is(hit.t1, ctx.lex.wordLists['partner-words'])) return undefined;
  const f = refAfter(ctx, hit.t1 + 1, 2, { clause: true });
  return f ? { actor: f.actor, t: f.t, how: 'construct' } : undefined;
}

/** Puts a finding a late pass attached among the others, keeping them sorted by start. */
function insertInOrder(found: Draft[], draft: Draft): void {
  found.splice(firstStartingAfter(found, draft.t0), 0, draft);
}

/** Index of the first finding (or hit) starting after token `t` (the list is sorted by start), by binary search. */
function firstStartingAfter(found: readonly { t0: number }[], t: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].t0 > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A martyr word favours an armed party only when the fallen are its fighters: «شهداء قسد»,
 * «شهداء وحدات حماية الشعب», «استشهد مقاتل من الوحدات». Civilians, journalists and named
 * people are victims, not a party.
 */
function fighters(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  const f = notTheCause(ctx, hit, construct(ctx, hit) ?? apposition(ctx, hit.t1, 5));
  if (f) return f;
  // «استشهد ثلاثة مقاتلين من قسد», «استشهاد عنصر من قوات الأمن الداخلي»; «استشهد مدنيان» names victims.
  for (let t = hit.t1; t < hit.t1 + 4 && t < ctx.toks.count; t++) {
    if (ctx.st.clause[t] !== ctx.st.clause[hit.t0]) break;
    const named = ctx.refs.refAt(t);
    // «ثلاثة شهداء كانوا من وحدات حماية المرأة», «استشهاد 2 و3 جرحى من قوات قسد»: the fallen are from the party after «من».
    if (named && t > hit.t1 && ctx.word(t - 1) === 'من') return { actor: named, t, how: 'construct' };
    if (named || ctx.is(t, ctx.lex.wordLists.victims) || ctx.is(t, ctx.lex.wordLists['cause-words'])) return undefined;
    // «ارتقى 5 من رفاقنا شهداء», «ارتقى نحو 11 ألف شهيد من قواتنا»: «نا» is the party speaking.
    if (ownForces(ctx, t)) return announcer(ctx, hit);
    if (ctx.is(t, ctx.lex.wordLists['construct-heads']) || ctx.is(t, ctx.lex.wordLists.fighters)) {
      // «أعلنت قسد عن استشهاد 7 من مقاتليها»: the fighters' pronoun points back to their party —
      // also one named by its adjective («وزارة الدفاع التركية … استشهاد 3 من جنودها»).
      if (carriesPronoun(ctx, t)) return pronounOwner(ctx, t) ?? refBefore(ctx, t, FIGHTERS_OWNER_REACH);
      // «من» or «في» between the fallen and their force («20 جندياً في الجيش العربي السوري»).
      let k = t + 1 < ctx.toks.count && ctx.is(t + 1, ctx.lex.wordLists['fighters-of']) ? t + 2 : t + 1;
      // «15 عنصراً من قوات الجيش العربي السوري»: past the word for forces that opens the name.
      if (k + 1 < ctx.toks.count && !ctx.refs.refAt(k) && ctx.is(k, ctx.lex.wordLists['construct-heads']) && ctx.st.clause[k + 1] === ctx.st.clause[t]) k++;
      const m = k < ctx.toks.count && ctx.st.clause[k] === ctx.st.clause[t] ? ctx.refs.refAt(k) : undefined;
      // «أعلنت قيادة عمليات الجزيرة في الحشد الشعبي استشهاد مقاتل»: fighters no party is named
      // for are the announcing party's own.
      return m ? { actor: m, t: k, how: 'construct' } : announcer(ctx, hit);
    }
  }
  // «ومقاتلين من قوات الدفاع الشعبي استشهدوا»: the fallen are named just before, as a group no list knows.
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - 6 && ctx.st.clause[t] === ctx.st.clause[hit.t0]; t--) {
    // «ارتقى 5 من رفاقنا شهداء»: the party speaking, with the word after its fallen.
    if (t === hit.t0 - 1 && ownForces(ctx, t)) return announcer(ctx, hit);
    // «وقدمنا 13 ألف شهيد», «لقد ضحينا بـ13 ألف شهيد»: the fallen the speaking party gave.
    if (ctx.is(t, ctx.lex.wordLists['own-loss-verbs'])) return announcer(ctx, hit);
    if (afterConjunction(ctx, t, ctx.lex.wordLists.fighters)) {
      const k = ctx.word(t + 1) === 'من' ? t + 2 : t + 1;
      const m = k < hit.t0 ? (ctx.refs.refAt(k) ?? ctx.refs.refAt(k + 1)) : undefined;
      return m ? { actor: m, t: k, how: 'construct' } : undefined;
    }
  }
  // «الشهداء» again: the fallen the article already named as a party's fighters.
  return sameLabel(ctx, found, entry, hit);
}

/**
 * «رفاقنا», «قواتنا», «مقاتلينا»: the speaking party's own forces — a word for fighters or forces
 * with «نا», or one of the voice list's words of the party's own (not «شعبنا», its people).
 */
function ownForces(ctx: Ctx, t: number): boolean {
  if (!ctx.word(t).endsWith(OUR)) return false;
  const voice = ctx.hitEntry('voice', t);
  if (voice >= 0 && !(ctx.lex.list.voice ?? [])[voice]?.people) return true;
  return ctx.is(t, ctx.lex.wordLists['construct-heads']) || ctx.is(t, ctx.lex.wordLists.fighters);
}

/** Words back from a fighters' pronoun to a party named by its adjective only, in its sentence. */
const FIGHTERS_OWNER_REACH = 8;

/** The party whose statement or announcement the word stands in, if a party is its source. */
function announcer(ctx: Ctx, hit: { t0: number }): Found | undefined {
  const { source } = ctx.attr.at(hit.t0);
  return source?.actor ? { actor: source.actor, t: source.t0, how: 'subject' } : undefined;
}

/**
 * «معركة تحرير الرقة», «تم تحرير بلدة الباغوز», «منبج تحررت من داعش»: a place freed that the
 * term lists know one party took in the article's time (section `captures`), unless the text
 * frees it from another party than the one it was taken from («تحرير الرقة من قسد»).
 */
function captor(ctx: Ctx, hit: Hit): Found | undefined {
  if (!ctx.date) return undefined;
  const place = placeFreed(ctx, hit);
  const c = place ? takingOf(ctx, place, freedFrom(ctx, hit)) : undefined;
  return c ? { actor: c.by, t: hit.t0, how: 'fallback' } : undefined;
}

/**
 * The taking of a place (section `captures`) in force at the article's date; none without a date.
 * With the party it was taken from given, only a taking from that party, and remembered after its
 * span too («الذكرى الحادية عشرة لتحرير كوباني من تنظيم داعش»).
 */
function takingOf(ctx: Ctx, place: Hit, fromParty?: ActorId): CaptureEntry['takings'][number] | undefined {
  if (!ctx.date) return undefined;
  for (const c of (ctx.lex.list.captures ?? [])[place.index].takings) {
    if (fromParty !== undefined && fromParty !== c.from) continue;
    if (inEra({ from: c.since, until: fromParty === undefined ? c.until : undefined }, ctx.date) === true) return c;
  }
  return undefined;
}

/** A place of the `captures` section whose name (up to {@link PLACE_NAME_WORDS} words) ends right before token `end`, in the clause of token `t`. */
function placeEndingAt(ctx: Ctx, end: number, t: number): Hit | undefined {
  for (let k = end - 1; k >= 0 && k >= end - PLACE_NAME_WORDS && sameClause(ctx, k, t); k--) {
    const place = ctx.hitAt('captures', k);
    if (place && place.t1 === end) return place;
  }
  return undefined;
}

/** Words between a place and the word of occupation that describes it: its own adjectives («إقليم عفرين الكردي المحتل»). */
const PLACE_ADJECTIVES = 2;

/**
 * «عفرين المحتلة», «إقليم عفرين الكردي المحتل»: a place the term lists know a party took
 * (section `captures`), described as occupied, is held by the taking's `occupier` when the
 * article is dated in the taking's span. The place stands right before the word, or before the
 * place's own adjectives (no party, no label among them).
 */
function occupier(ctx: Ctx, hit: Hit): Found | undefined {
  // Past the place's own adjectives, back to where its name ends.
  let end = hit.t0;
  while (
    end > 0 &&
    hit.t0 - end < PLACE_ADJECTIVES &&
    sameClause(ctx, end - 1, hit.t0) &&
    !ctx.refs.refAt(end - 1) &&
    !ctx.hasHit('labels', end - 1) &&
    ctx.is(end - 1, DEFINITE_NISBA)
  )
    end--;
  const place = placeEndingAt(ctx, end, hit.t0);
  const holder = place ? takingOf(ctx, place)?.occupier : undefined;
  return place && holder ? { actor: holder, t: place.t0, how: 'fallback' } : undefined;
}

/** The most words a place's name in the `captures` section has («مدينة رأس العين»). */
const PLACE_NAME_WORDS = 3;

/**
 * The place a word of freeing is about: its object after it («تحرير مدينة الرقة») or the place
 * right before it, the verb's subject or the noun it describes («الرقة تحررت», «منبج المحررة»).
 */
function placeFreed(ctx: Ctx, hit: Hit): Hit | undefined {
  // «تحرير مدينة الرقة»: a form may hold its class word («مدينة الرقة»), or the class word stands before the place's own form.
  const right = hit.t1 < ctx.toks.count && sameClause(ctx, hit.t1, hit.t0) ? ctx.hitAt('captures', hit.t1) : undefined;
  if (right) return right;
  const after = hit.t1 < ctx.toks.count && ctx.is(hit.t1, ctx.lex.wordLists['place-classes']) ? hit.t1 + 1 : hit.t1;
  const h = after > hit.t1 && after < ctx.toks.count && sameClause(ctx, after, hit.t0) ? ctx.hitAt('captures', after) : undefined;
  if (h) return h;
  const before = placeEndingAt(ctx, hit.t0, hit.t0);
  if (before) return before;
  // «العودة إلى منازلهم في بلدة دير حافر شرق مدينة حلب، عقب تحريرها»: the pronoun on the word
  // points back to the place named last in its sentence.
  if (hit.t1 - hit.t0 === 1 && carriesPronoun(ctx, hit.t0)) {
    for (let k = hit.t0 - 1; k >= 0 && k >= hit.t0 - PLACE_BACK_REACH && ctx.st.sentence[k] === ctx.st.sentence[hit.t0]; k--) {
      const before = ctx.hitAt('captures', k);
      // («بريف الرقة», «شرق مدينة حلب»: the wider place something lies in.)
      const within =
        k > 0 &&
        (ctx.is(k - 1, ctx.lex.wordLists['region-words']) || (k > 1 && ctx.is(k - 1, ctx.lex.wordLists['place-classes']) && ctx.is(k - 2, ctx.lex.wordLists['region-words'])));
      if (before && !within) return before;
    }
  }
  return undefined;
}

/**
 * «ورغم هذه المجازر التي يرتكبها التحالف … إلا أن هذه الجرائم لا تحظى بالتغطية»: an act after a
 * demonstrative points back to the last act of its category told since the sentence before began,
 * and is that act's party's — none when that act has none.
 */
function pointedAct(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  if (hit.t0 === 0 || !sameClause(ctx, hit.t0 - 1, hit.t0) || !ctx.is(hit.t0 - 1, ctx.lex.wordLists.demonstratives)) return undefined;
  const sn = ctx.st.sentence[hit.t0];
  const from = ctx.st.sentenceStart[sn > 0 ? sn - 1 : sn];
  for (let i = found.length - 1; i >= 0 && found[i].t0 >= from; i--) {
    const f = found[i];
    if (f.kind === 'framing' && f.category === entry.category) return f.actor ? { actor: f.actor, t: f.t0, how: 'recent' } : undefined;
  }
  return undefined;
}

/** Words back from a pronoun on a word of freeing to the place it points to. */
const PLACE_BACK_REACH = 15;

/**
 * «مظاهرات … ضد تلك الميليشيات», «مسلحي هذه الجماعة الارهابية»: a label after a demonstrative
 * points back to the one party named since the sentence before began — none if two are.
 */
function pointedBack(ctx: Ctx, hit: Hit, entry: LabelEntry): Found | undefined {
  const noun = hit.t1 - hit.t0 === 1 && isAdjective(ctx, hit.t0) && hit.t0 > 0 && !ctx.hasHit('labels', hit.t0 - 1) ? hit.t0 - 1 : hit.t0;
  if (noun === 0 || !sameClause(ctx, noun - 1, hit.t0) || !ctx.is(noun - 1, ctx.lex.wordLists.demonstratives)) return undefined;
  const sn = ctx.st.sentence[noun];
  const from = ctx.st.sentenceStart[sn > 0 ? sn - 1 : sn];
  const speaker = ctx.attr.at(hit.t0).source?.actor;
  let only: Found | undefined;
  for (let k = from; k < noun - 1; k++) {
    const m = ctx.refs.mentionAt[k];
    if (m < 0) continue;
    // The party that speaks («تلك التنظيمات الإرهابية» in its own statement) is not the one pointed at.
    if (ctx.refs.mentions[m].actor === speaker) return undefined;
    // Inside a quotation the words point back into what the speaker said; a party acting in the
    // label's own clause («لعبت واشنطن دوراً في تأسيس هذا النظام») is not pointed back to.
    if ((ctx.st.quote[hit.t0] >= 0 && ctx.st.quote[k] !== ctx.st.quote[hit.t0]) || sameClause(ctx, k, noun)) continue;
    const actor = ctx.refs.mentions[m].actor;
    if (only && only.actor !== actor) return undefined;
    only = { actor, t: k, how: 'recent' };
  }
  return only && fits(entry, only.actor) ? only : undefined;
}

/**
 * «لدعم ميليشيات حكومة السراج», «ميليشيات الحكومة الليبية»: a one-word label of a force, with no
 * pronoun on it, in construct with an owner no list knows is that owner's: no other party's label
 * refers it back.
 */
function ownedByOther(ctx: Ctx, hit: { t0: number; t1: number }): boolean {
  // «إرهابيي ما يسمّى “الجيش الحر”»: an owner the lists hold as no party's.
  if (ownedByUnlisted(ctx, hit.t1)) return true;
  return hit.t1 - hit.t0 === 1 && isForceLabel(ctx, hit.t0) && !endsInPronoun(ctx.word(hit.t0)) && unknownOwnerEnd(ctx, hit.t0) !== undefined;
}

/**
 * «وجماعة الإخوان الإرهابية»: an adjective right after a group's class noun and an owner no list
 * knows describes that group — a party outside the lists, not one the same label named before.
 */
function headOwnedByOther(ctx: Ctx, t: number): boolean {
  for (let k = t - 2; k >= 0 && k >= t - 3 && sameClause(ctx, k, t); k--) {
    if (ctx.is(k, ctx.lex.wordLists['class-nouns']) && unknownOwnerEnd(ctx, k) === t) return true;
  }
  return false;
}

/**
 * «أي مجموعة إرهابية», «أي فصيل إرهابي», «كل أشكال الاحتلال الأجنبي»: a label on any one of a kind,
 * or on whatever is foreign, names no party — neither the rules nor a later pass give it one.
 */
function anyOfKind(ctx: Ctx, t0: number, t1: number): boolean {
  // The noun is the label's own first word, or the word before a one-word adjective.
  const noun = t1 - t0 === 1 && isAdjective(ctx, t0) ? t0 - 1 : t0;
  const after = t1 < ctx.toks.count && sameClause(ctx, t1, t0);
  // «لأي اعتداء تركي»: a party named right after the word still owns it.
  if (after && ctx.refs.refAt(t1)) return false;
  // «لصد أي عدوان من قبل جيش الاحتلال التركي»: so does a doer named by «من قبل»/«على يد» right after it.
  if (after && t1 + 1 < ctx.toks.count && isAgentPair(ctx, t1 + 1) && agent(ctx, t1)) return false;
  if (after && ctx.is(t1, ctx.lex.wordLists['foreign-adjectives'])) return true;
  return noun > 0 && sameClause(ctx, noun - 1, t0) && ctx.is(noun - 1, ctx.lex.wordLists['any-words']);
}

/**
 * Whether an ownerless word named by its owner can stand for a party at all: not after «بـ»
 * («أدينوا بالإرهاب», «القوانين الخاصة بالإرهاب», «متهمين بالقتل وبالإرهاب»: a charge or a field of
 * law), nor one of a pair of evils in general.
 */
function ownerlessEvil(ctx: Ctx, hit: Hit): boolean {
  const on = prepositionOn(ctx.word(hit.t0));
  if ((on && prepositionOf(on) === BA) || (hit.t0 > 0 && ctx.word(hit.t0 - 1) === BA)) return false;
  return !joinedToEvil(ctx, hit);
}

/**
 * «من الإرهاب والتطرف», «عودة الفوضى والإرهاب»: a word joined by «و» to a definite noun that names
 * no party is one of a pair of evils in general, no party's.
 */
function joinedToEvil(ctx: Ctx, hit: Hit): boolean {
  const next = hit.t1 < ctx.toks.count && sameClause(ctx, hit.t1, hit.t0) && !ctx.refs.refAt(hit.t1) && conjoined(ctx, hit.t1);
  const prev = hit.t0 > 0 && conjoined(ctx, hit.t0) && sameClause(ctx, hit.t0 - 1, hit.t0) && !ctx.refs.refAt(hit.t0 - 1) && ctx.is(hit.t0 - 1, WITH_ARTICLE);
  return next || prev;
}

/** Words from an explaining «من» to an act in the list it opens: «من تهجير العرب، وتجند القاصرين، ومنع زيارة القرى والمدن، ونهب». */
const DEED_LIST_REACH = 12;

/** Words from a noun of deeds to the «من» that explains it: «انتهاكاتِ تلك الفصائل الإرهابيةِ المرتبطة بالنظام التركي، من». */
const DEED_KIND_REACH = 8;

/**
 * «جرائم مليشيات قسد من تهجير العرب، … ونهب الثروات», «جرائمهم بحق أهالي عفرين من قتلٍ واختطافٍ»:
 * an act in a list opened by «من» after a noun of deeds of a kind (word list `deed-kinds`) whose
 * party is found is one of those deeds, done by that party — the first in the list or one joined
 * by «و». No party nor relative pronoun stands in the list.
 */
function listedDeed(ctx: Ctx, hit: Hit, found: Draft[]): Found | undefined {
  const sn = ctx.st.sentence[hit.t0];
  let k = hit.t0 - 1;
  for (; k > 0 && k >= hit.t0 - DEED_LIST_REACH && ctx.st.sentence[k] === sn && ctx.word(k) !== 'من'; k--) {
    if (ctx.refs.refAt(k) || ctx.is(k, ctx.lex.wordLists.relatives)) return undefined;
  }
  if (k < 1 || ctx.word(k) !== 'من' || ctx.st.sentence[k] !== sn || !(k === hit.t0 - 1 || opensWithWaw(ctx.word(hit.t0)))) return undefined;
  // Past the labels naming the party the deeds are said of («جرائم مليشيات قسد»).
  let i = firstStartingAfter(found, k - 1) - 1;
  while (i >= 0 && !categoryIs(ctx.lex, found[i].category, 'act') && k - found[i].t1 <= DEED_KIND_REACH) i--;
  const f = i >= 0 ? found[i] : undefined;
  if (!f?.actor || f.kind !== 'framing' || ctx.st.sentence[f.t0] !== sn || k - f.t1 > DEED_KIND_REACH || !ctx.is(f.t0, ctx.lex.wordLists['deed-kinds'])) return undefined;
  return { actor: f.actor, t: f.t0, how: 'construct' };
}

/** Resolves the actor a label or sympathy marker hits; the first rule that finds one wins, and none may. */
export function resolveLabelTarget(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  if (entry.target) return { actor: fixedTarget(ctx, entry, hit) ?? entry.target, t: hit.t0, how: 'fixed' };
  if (entry.resolve === 'construct') {
    // «مسلحو داعش»: the newswire's plain word for an irregular group is no label on it.
    const owner = construct(ctx, hit);
    if (owner) return fits(entry, owner.actor) ? owner : undefined;
    // «الإرهاب» with no owner is the one party its `fallbackWhen` allows («من سطوة الإرهاب» in an
    // article on ISIS alone).
    if (!ownerlessEvil(ctx, hit)) return undefined;
    // («المحررة من الإرهاب»: what a place is freed of takes the party the text gives the other words
    // of its kind first — `freedOfSameKind` — and this default only when they have none.)
    if (whatIsFreedOf(ctx, hit)) return undefined;
    const when = fallbackWhen(ctx, entry, hit);
    return when ? { actor: when, t: hit.t0, how: 'fallback' } : undefined;
  }
  if (entry.resolve === 'fighters') return fighters(ctx, hit, entry, found);
  if (entry.hitsFreedFrom) {
    const rid = freedFrom(ctx, hit);
    return rid && fits(entry, rid) ? { actor: rid, t: hit.t1, how: 'construct' } : undefined;
  }
  if (anyOfKind(ctx, hit.t0, hit.t1) || (entry.role === 'adjective' && headOwnedByOther(ctx, hit.t0))) return undefined;
  // The rules for the entry's kind, in order: the first that finds an actor wins.
  const t = hit.t0;
  // An adjective that names a party, standing as a noun («على الإرهابيين»), is not the doer «من
  // قبل»/«على يد» names after it: in «تطويق الخناق على الإرهابيين، من قبل قوات سوريا الديمقراطية»
  // the SDF encircles them. On a noun of acts it is the doer's: «هذه الممارسات الإرهابية من قبل
  // ميليشيات PYD».
  const names = categoryIs(ctx.lex, entry.category, 'names');
  if (entry.freesNamed && freedParty(ctx, hit, entry)) return undefined;
  if (categoryIs(ctx.lex, entry.category, 'act') && chargedWith(ctx, hit)) return undefined;
  const classed = entry.direction === 'against' ? classedParty(ctx, hit) : undefined;
  if (classed && fits(entry, classed.actor)) return classed;
  // «وأبطالنا يتصدون ببسالة» in a spokesman's words: «our» is the speaker's side, or none known —
  // never the party named before it («في صفوف النصرة وأحرار الشام وأبطالنا»).
  const ours = entry.direction === 'favour' && entry.role !== 'verb' && ctx.word(hit.t1 - 1).endsWith(OUR);
  const f = ours
    ? announcer(ctx, hit)
    : entry.byAgent
      ? agent(ctx, hit.t1)
      : entry.direction === 'favour'
        ? ((entry.freesNamed ? freer(ctx, hit) : undefined) ??
          (entry.role === 'verb' ? subjectAfterVerb(ctx, hit) : undefined) ??
          (entry.freesNamed ? (passiveDoer(ctx, hit) ?? byHandOf(ctx, hit)) : undefined) ??
          notFrom(ctx, notTheCause(ctx, hit, construct(ctx, hit))) ??
          (againstWhat(ctx, hit) ? undefined : notWelcomerNorFoe(ctx, notFrom(ctx, head(ctx, hit) ?? clientNotHelper(ctx, refBefore(ctx, t, 8, IN_CLAUSE))))) ??
          notHelper(ctx, notFrom(ctx, notWelcomerNorFoe(ctx, notTheCause(ctx, hit, refAfter(ctx, hit.t1, 3, MENTIONS_IN_CLAUSE))))) ??
          // A pronoun on a verb or on a word of freeing is what it frees («حررتها», «تحريرها»), not an owner.
          (entry.role === 'verb' || entry.freesNamed ? undefined : ownPossessive(ctx, hit, found)) ??
          (entry.bySubject && !freesPlaceBeyond(ctx, hit)
            ? (relativeAntecedent(ctx, hit.t0) ?? notVisitor(ctx, notWelcomerNorFoe(ctx, pastContrast(ctx, outsideRelative(ctx, sentenceSubject(ctx, t), hit), hit))))
            : undefined))
        : categoryIs(ctx.lex, entry.category, 'act')
          ? entry.role === 'adjective'
            ? (describedAct(ctx, hit, entry, found) ?? actDoer(ctx, hit, entry, found))
            : actDoer(ctx, hit, entry, found)
          : entry.role === 'adjective'
            ? ((inConstruct(ctx, hit) ? construct(ctx, hit) : undefined) ??
              conjoinedWithName(ctx, hit) ??
              patronsPartner(ctx, hit, entry) ??
              head(ctx, hit) ??
              previousLabel(ctx, found, t) ??
              (names && !describesNoun(ctx, hit) ? undefined : agent(ctx, hit.t1)) ??
              construct(ctx, hit) ??
              affiliation(ctx, hit.t1) ??
              apposition(ctx, hit.t1) ??
              relativeAgent(ctx, hit) ??
              (describesUnattached(ctx, found, t) ? undefined : (sameLabel(ctx, found, entry, hit) ?? possessive(ctx, t, found))) ??
              placeHolder(ctx, hit, entry) ??
              pointedBack(ctx, hit, entry) ??
              // («كثرة التفجيرات الارهابية»: terror names the kind of attack, whoever did it.)
              (entry.category === 'terror' ? undefined : describedAct(ctx, hit, entry, found)))
            : (construct(ctx, hit) ??
              affiliation(ctx, hit.t1) ??
              (isForceLabel(ctx, hit.t0) ? affiliationPastName(ctx, hit) : undefined) ??
              patronsPartner(ctx, hit, entry) ??
              // «احتلال مدارسهم من قبل قسد»; a verb of doing after a noun has an object of its own
              // («عناصر الميليشيا قتلوا بهجمات شنها تنظيم الدولة»).
              agent(ctx, hit.t1, false) ??
              // «"تنظيم داعش" الذي يحتل مناطق»: a verb after a relative pronoun has the party before the
              // pronoun for its subject — unless the verb carries the relative's noun as its object
              // («المناطق التي تحتلها تركيا»).
              (entry.role === 'verb' && !carriesPronoun(ctx, hit.t0) ? relativeAntecedent(ctx, hit.t0) : undefined) ??
              // «وكان التنظيم احتل منبج»: a party named right before a verb is its subject — not a helper
              // named with it («الجيش التركي بمساندة الميليشيات الموالية له احتلوا»).
              (entry.role === 'verb' ? clientNotHelper(ctx, namedRightBefore(ctx, hit)) : undefined) ??
              apposition(ctx, hit.t1) ??
              namedByAdjective(ctx, hit) ??
              genitiveThenName(ctx, hit) ??
              relativeAgent(ctx, hit) ??
              predicate(ctx, hit, found) ??
              heldAs(ctx, hit) ??
              ownPossessive(ctx, hit, found) ??
              undertaker(ctx, hit, found) ??
              // (A label for a party — «الميليشيات» — is no verdict on an act: «أصابت الضربات الأميركية شحنة أسلحة في طريقها إلى الميليشيات».)
              (names ? undefined : characterisedAct(ctx, hit)) ??
              (isForceLabel(ctx, t) ? formedBy(ctx, hit) : undefined) ??
              (ownedByOther(ctx, hit) ? undefined : (sameLabel(ctx, found, entry, hit) ?? pointedBack(ctx, hit, entry))));
  const tied = f && viaProxy(ctx, hit, entry, f);
  // «القوات المعادية للجهاديين المدعومة من واشنطن»: after a word of opposing, a name around it is
  // the one opposing; the label's party is named in its own construct («ضد ميليشيا قسد») or is the
  // one the same label named before («ضد الميليشيا»). (An act opposed has its doer elsewhere.)
  const opposing = tied && entry.direction === 'against' && !categoryIs(ctx.lex, entry.category, 'act') && againstWhat(ctx, hit);
  const resolved = opposing && tied.how !== 'same-label' && !(tied.how === 'construct' && tied.t >= hit.t1) ? undefined : tied;
  // «التي كانت آخر معاقل تنظيم (داعش) … قد تم تحريرها»: the party that held the place is not the one that freed it.
  const rejected =
    resolved !== undefined &&
    ((entry.direction === 'favour' && wonAgainst(ctx, hit, resolved)) ||
      (entry.freesNamed === true && wordBeforeName(ctx, resolved, [ctx.lex.wordLists.holdings])) ||
      resolved.actor === opposedAfter(ctx, hit));
  if (resolved && !rejected && fits(entry, resolved.actor)) return resolved;
  // «التي كان يسيطر عليها داعش … على تحرير مدينة الرقة من داعش»: with the party named near it
  // ruled out, the place freed may still tell who took it.
  if (entry.freesNamed) {
    const taker = captor(ctx, hit);
    if (taker) return taker;
  }
  if (rejected) return undefined;
  if (entry.occupiedPlace) {
    const held = occupier(ctx, hit);
    if (held) return held;
  }
  if (entry.fallback) return { actor: entry.fallback, t: hit.t0, how: 'fallback' };
  const when = entry.freesNamed && freesPlaceBeyond(ctx, hit) ? undefined : fallbackWhen(ctx, entry, hit);
  if (when) return { actor: when, t: hit.t0, how: 'fallback' };
  return undefined;
}

/** The doer of an act a label names (category `act`): the first rule that finds one wins. */
function actDoer(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  return (
    (entry.means ? user(ctx, hit) : undefined) ??
    agent(ctx, hit.t1) ??
    (entry.withPartner ? partner(ctx, hit) : undefined) ??
    cargoOwner(ctx, hit) ??
    namedRightBefore(ctx, hit, entry) ??
    labelledRightBefore(ctx, hit, found) ??
    (entry.role === 'verb' ? actVerbSubject(ctx, hit) : undefined) ??
    // «مجزرة الشعيطات»: a clan's name after the deed is those it was done to.
    (hit.t1 < ctx.toks.count && ctx.is(hit.t1, ctx.lex.clans) ? undefined : construct(ctx, hit, true)) ??
    relativeAgent(ctx, hit) ??
    relativeDoerPronoun(ctx, hit) ??
    lamOwner(ctx, hit) ??
    objectOfAgentVerb(ctx, hit, found) ??
    agentPronoun(ctx, hit) ??
    effortOwner(ctx, hit, found) ??
    accusedOf(ctx, hit) ??
    amountsTo(ctx, hit, found) ??
    antecedentOfAct(ctx, hit, found) ??
    subjectOfVerb(ctx, hit, ctx.lex.wordLists['carrying-on-verbs'], found) ??
    doneThrough(ctx, hit, found) ??
    ownPossessive(ctx, hit, found) ??
    causedBy(ctx, hit) ??
    undertaker(ctx, hit, found) ??
    resultOf(ctx, hit) ??
    sentenceAgent(ctx, hit) ??
    characterisedAct(ctx, hit) ??
    sameLabel(ctx, found, entry, hit) ??
    pointedAct(ctx, hit, entry, found) ??
    listedDeed(ctx, hit, found) ??
    doerBefore(ctx, hit)
  );
}

/**
 * «يحاول "داعش" … أن يصل إلى هذا المبتغى … وأن يرتكب المجازر بحق المدنيين»: an act a verb of
 * doing takes as its object, the verb naming no subject of its own — its pronoun stands for the one
 * party the sentence names before the verb as a subject, and for no one when it names several.
 */
function doerBefore(ctx: Ctx, hit: Hit): Found | undefined {
  const doing = ctx.lex.wordLists['doing-verbs'];
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - VERB_REACH; t--) {
    if (!sameClause(ctx, t, hit.t0) || partyAt(ctx, t) !== undefined) return undefined;
    if (ctx.is(t, doing)) return takesAct(ctx, t, hit) ? soleSubjectBefore(ctx, t) : undefined;
  }
  return undefined;
}

/**
 * The act at `hit` is the object of the verb at `v`: right after it, or after words that lead to
 * an act («بحقهم», «عمليات», «أعمال») and other acts («ارتكبت جرائم حرب»); an act joined by «و» to
 * the verb's first object («ترتكب جرائم قتل وتهجير») is its object too. Not a noun of its own
 * («ارتكب أحدهم جريمة», «نفذت "غارة جريئة" لتصفية»).
 */
function takesAct(ctx: Ctx, v: number, hit: Hit): boolean {
  const lead = ctx.lex.wordLists['doing-object-leads'];
  const leads = (k: number) => ctx.is(k, lead) || categoryIs(ctx.lex, labelAt(ctx, k)?.category, 'act');
  if (v + 1 === hit.t0) return true;
  if (ctx.st.quote[v + 1] !== ctx.st.quote[hit.t0] || !leads(v + 1)) return false;
  if (opensWithWaw(ctx.word(hit.t0))) return true;
  for (let k = v + 2; k < hit.t0; k++) if (!leads(k) && !ctx.hasHit('labels', k)) return false;
  return true;
}

/** Words from a relative pronoun to the subject of its clause: «التي تمولها وتدربها تركيا». */
const RELATIVE_SUBJECT_REACH = 3;

/**
 * The party the sentence names before token `t` as a subject — by name, not after a preposition,
 * not the object of another verb ({@link objectOfVerb}) — when every party it refers to before
 * `t`, by name, label or adjective, is that one; else none.
 */
function soleSubjectBefore(ctx: Ctx, t: number): Found | undefined {
  const k = walkedBefore(ctx, Walk.SoleSubject, t, (from, to, out) => {
    let seen: ActorId | null | undefined;
    let last = NONE;
    for (let j = from; j < to; j++) {
      out[j] = last;
      const a = partyAt(ctx, j);
      if (a === undefined) continue;
      // A second party, by name, label or adjective, decides no one, for every token after it; so
      // does a party named in a relative clause, or after a word of ties, which describes another
      // noun («الفصائل المسلحة التي تمولها وتدربها تركيا قد ارتكبت»).
      const subject = soleSubjectAt(ctx, j, a);
      if ((seen !== undefined && seen !== a) || (subject && inDescription(ctx, j))) {
        out.fill(NONE, j + 1, to);
        return;
      }
      seen = a;
      if (subject) last = j;
    }
  });
  const a = k < 0 ? undefined : partyAt(ctx, k);
  return a ? { actor: a, t: k, how: 'agent' } : undefined;
}

/** Whether party `a` is named at token `k` as a subject may be, by name (as {@link soleSubjectBefore} reads it). */
function soleSubjectAt(ctx: Ctx, k: number, a: ActorId | null): boolean {
  const m = ctx.refs.mentionAt[k];
  return !(a === null || m < 0 || ctx.refs.mentions[m].t0 !== k || nameAfterPreposition(ctx, k) || condemns(ctx, k) || objectOfVerb(ctx, k));
}

/** Whether the party named at token `k` stands in a relative clause, or right after a word of ties. */
function inDescription(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - RELATIVE_SUBJECT_REACH && sameClause(ctx, j, k); j--)
    if (ctx.is(j, ctx.lex.wordLists.relatives) || (j === k - 1 && ctx.is(j, ctx.lex.wordLists.affiliation))) return true;
  return false;
}

/** Words from a verb of attacking back to its object: «استهدف مسلحون مجهولون عناصر قسد». */
const ATTACKED_REACH = 6;

/**
 * Whether the party whose name starts at token `k` is the object of another verb in its clause,
 * where the act is done to it: the owner of a position that is itself an object («قصفت الطائرات
 * مواقع قسد») — not of one right after the clause's opening verb, its subject («وتواصل حواجز
 * النظام … فرض الأتاوات») — or a party after a verb of attacking whose own subject stands between
 * them («استهدف مسلحون مجهولون عناصر قسد»). A party right after the verb is its subject
 * («هاجم مرتزقة الاحتلال قواتنا»).
 */
function objectOfVerb(ctx: Ctx, k: number): boolean {
  const s = slotBeforeName(ctx, k);
  if (s < 0 || !sameClause(ctx, s, k)) return false;
  const positions = ctx.lex.wordLists.positions;
  for (const h of [k - 1, s]) if (ctx.is(h, positions)) return h >= 2 && sameClause(ctx, h - 2, h);
  const verbs = ctx.lex.wordLists['attack-verbs'];
  for (let v = s - 1; v >= 0 && v >= s - ATTACKED_REACH && sameClause(ctx, v, k); v--) if (ctx.is(v, verbs)) return true;
  return false;
}

/** The party token `k` refers to, by name or adjective, or by a label naming a party («النظام السوري»), whose own party may be unknown (`null`). */
function partyAt(ctx: Ctx, k: number): ActorId | null | undefined {
  const a = ctx.refs.refAt(k);
  if (a) return a;
  const label = labelAt(ctx, k);
  return label && categoryIs(ctx.lex, label.category, 'names') ? (labelActorAt(ctx, k) ?? null) : undefined;
}

/**
 * «تماطل “لجنة رد الحقوق” التابعة لفصائل “الجيش الوطني”»: a verb of an act whose subject, right
 * after it, is a body no list knows, tied to a party, is that party's act. «إذ يماطل في الاندماج»:
 * a verb followed by a preposition names no subject of its own; its subject is the sentence's.
 */
function actVerbSubject(ctx: Ctx, hit: Hit): Found | undefined {
  if (hit.t1 >= ctx.toks.count || !sameClause(ctx, hit.t1, hit.t0)) return undefined;
  const tied = affiliation(ctx, hit.t1);
  if (tied) return { ...tied, how: 'subject' };
  return ctx.is(hit.t1, ctx.lex.wordLists.prepositions) ? sentenceSubject(ctx, hit.t0) : undefined;
}

/**
 * «إن هذا العدوان يمثل تطوراً خطيراً واعتداءً صارخاً», «الحصار الجائر», «هذه الممارسات الإجرامية»:
 * an adjective that judges an act, or one of verdict no other rule attached, describes the noun
 * right before it, the two agreeing in the article. A loaded noun there that found its party gives
 * it; a noun of an act or deed (word list `act-heads`) is the act, whose doer the rules for a
 * loaded noun of an act find from it.
 */
function describedAct(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): Found | undefined {
  const k = hit.t0 - 1;
  if (hit.t1 - hit.t0 !== 1 || k < 0 || !sameClause(ctx, k, hit.t0) || conjoined(ctx, hit.t0) || ctx.refs.refAt(k)) return undefined;
  if (ctx.toks.kind[k] !== TokenKind.Arabic || ctx.is(k, WITH_ARTICLE) !== ctx.is(hit.t0, WITH_ARTICLE)) return undefined;
  const f = found[found.length - 1];
  if (f && f.t1 === hit.t0) return f.actor && f.kind === 'framing' ? { actor: f.actor, t: f.t0, how: 'construct' } : undefined;
  if (!ctx.is(k, ctx.lex.wordLists['act-heads'])) return undefined;
  // «تعرضت مواقع قسد لقصف عشوائي»: a party named right before the noun is what the act fell on, or
  // the end of a longer name («قسد العميلة للاحتلال الأمريكي هجمات إجرامية») — no sure doer.
  if (k > 0 && ctx.refs.refAt(k - 1)) return undefined;
  return actDoer(ctx, { ...hit, t0: k }, entry, found);
}

/**
 * «معارك تحرير نينوى», «تحرير الموصل من تنظيم الدولة»: a word of freeing whose place, right after
 * it or past a word for its kind («محافظة نينوى»), lies outside north-east Syria (word list
 * `places-beyond`). Neither the sentence's first party nor the one party the article names says
 * who freed it; only a doer named with it does.
 */
function freesPlaceBeyond(ctx: Ctx, hit: Hit): boolean {
  for (let t = hit.t1; t < hit.t1 + 2 && t < ctx.toks.count && sameClause(ctx, t, hit.t0); t++) {
    if (ctx.is(t, ctx.lex.wordLists['places-beyond'])) return true;
    if (!ctx.is(t, ctx.lex.wordLists['place-classes']) && !ctx.is(t, ctx.lex.wordLists['region-words'])) return false;
  }
  return false;
}

/**
 * «رتلاً للاحتلال الأمريكي مؤلفاً من 44 صهريجاً محملاً بالنفط المسروق», «المحملة بالنفط السوري
 * المسروق»: stolen goods carried by a convoy are the convoy owner's — the party named last before
 * the cargo word in the sentence.
 */
function cargoOwner(ctx: Ctx, hit: Hit): Found | undefined {
  for (let c = hit.t0 - 1; c >= 0 && c >= hit.t0 - 3 && sameClause(ctx, c, hit.t0); c--) {
    if (ctx.refs.refAt(c) && c < hit.t0 - 1) return undefined; // «بالنفط السوري»: a relational adjective of the goods is passed only right before the word
    // («تحمل المسؤولية تجاه الانتهاكات التركية»: bearing a burden, no goods carried.)
    if (ctx.is(c, ctx.lex.wordLists.cargo)) return c + 1 < hit.t0 && ctx.is(c + 1, ctx.lex.wordLists['burden-nouns']) ? undefined : carrier(ctx, c);
  }
  return undefined;
}

/** The party named last before token `c` in its sentence, passing one that only helps («وبالتعاون مع مسلحي "قسد"»). */
function carrier(ctx: Ctx, c: number): Found | undefined {
  for (let f = refBefore(ctx, c, 15); f; f = refBefore(ctx, f.t, 15 - (c - f.t))) {
    if (!wordBeforeName(ctx, f, [ctx.lex.wordLists['with-words']])) return f;
    f = { ...f, t: nameStart(ctx, f.t) }; // go on from the start of the helper's name
  }
  return undefined;
}

/**
 * «تحرير مدينة الرقة (الرشيد) من داعش»: the party a place is freed from, named after «من» a few
 * words on in the clause. It is never the one the word praises.
 */
function freedFrom(ctx: Ctx, hit: Hit): string | undefined {
  for (let t = hit.t1; t < hit.t1 + 6 && t + 1 < ctx.toks.count && sameClause(ctx, t + 1, hit.t0); t++) {
    if (ctx.word(t) !== 'من') continue;
    // «من قبضة التنظيم», «من إرهابيي "داعش"».
    let k = t + 1;
    while (k < t + 3 && k + 1 < ctx.toks.count && sameClause(ctx, k + 1, hit.t0) && !ctx.refs.refAt(k) && leadsToName(ctx, k)) k++;
    // «من رجس الإرهاب الداعشي»: a noun, then the party's adjective.
    const adjective = !ctx.refs.refAt(k) && k + 1 < ctx.toks.count && sameClause(ctx, k + 1, hit.t0) && ctx.is(k, WITH_ARTICLE);
    return ctx.refs.refAt(k) ?? (adjective ? (ctx.refs.refAt(k + 1) ?? labelActorAt(ctx, k + 1)) : undefined);
  }
  return undefined;
}

/** Whether the party found for a favour word is what the praise is won against: then it is never the one praised. */
function wonAgainst(ctx: Ctx, hit: Hit, f: Found): boolean {
  // «تحرير الموصل من قبضة التنظيم»; an earlier liberation in the sentence won against it.
  if (f.actor === freedFrom(ctx, hit) || wonAgainstBefore(ctx, hit, f.actor)) return true;
  // «تحت لواء “قسد” ويعملوا على تحرير المنطقة منها»: freed from the party the pronoun points back to.
  if (f.t < hit.t0 && freedFromPronoun(ctx, hit)) return true;
  if (f.t >= hit.t0) return false;
  // «الاحتجاجات الرافضة لوجود الاحتلال الأميركي وميليشيا "قسد" متواصلة وستستمر حتى تحرير كامل
  // الأراضي»: named after a word of opposing («ضد الجيش الوطني الليبي، الذي يسعى إلى تحرير
  // العاصمة»: a relative clause makes it the subject).
  if (opposedBefore(ctx, f.t) && !relativeIn(ctx, f.t + 1, hit.t0)) return true;
  // «المعارك التي تخوضها لتحرير آخر معاقل داعش»: found before the word, its holdings named after it.
  return refAfter(ctx, hit.t1, 4, IN_CLAUSE)?.actor === f.actor;
}

/** «تحرير المنطقة منها»: «من» with a pronoun, a few words after the word, before any party is named. */
function freedFromPronoun(ctx: Ctx, hit: Hit): boolean {
  for (let t = hit.t1; t < hit.t1 + 4 && t < ctx.toks.count && sameClause(ctx, t, hit.t0); t++) {
    if (ctx.refs.refAt(t)) return false;
    if (ctx.is(t, ctx.lex.wordLists['from-pronouns'])) return true;
  }
  return false;
}

/**
 * «بعد تحرير مدينتنا من رجس الإرهاب الداعشي وتحرير محافظة دير الزور»: the party an earlier
 * liberation in the sentence is won against is no party the same word favours later on.
 */
function wonAgainstBefore(ctx: Ctx, hit: Hit, actor: string): boolean {
  const list = ctx.hits.get(hit.section) ?? [];
  const entries = (ctx.lex.list[hit.section as 'labels' | 'sympathy'] ?? []) as LabelEntry[];
  // The hits are in text order: back from the last one before `hit`, within its sentence.
  for (let i = firstStartingAfter(list, hit.t0 - 1) - 1; i >= 0 && ctx.st.sentence[list[i].t0] === ctx.st.sentence[hit.t0]; i--) {
    if (entries[list[i].index]?.freesNamed && freedFrom(ctx, list[i]) === actor) return true;
  }
  return false;
}

/** «تنفيذ عمليات إرهابية ضد "قسد"»: the party named right after «ضد» is what the phrase is aimed at, never what it says. */
function opposedAfter(ctx: Ctx, hit: Hit): ActorId | undefined {
  const t = hit.t1;
  if (t + 1 >= ctx.toks.count || !sameClause(ctx, t, hit.t0) || !ctx.is(t, ctx.lex.wordLists['against-words'])) return undefined;
  return refAfter(ctx, t + 1, 2, IN_CLAUSE)?.actor;
}

/** «مطلوبون بتهم عدة وتنفيذ جرائم إرهابية»: an act someone is charged with, a few words after the charge. */
function chargedWith(ctx: Ctx, hit: Hit): boolean {
  for (let k = hit.t0 - 1; k >= 0 && k >= hit.t0 - 4 && sameClause(ctx, k, hit.t0); k--) if (ctx.is(k, ctx.lex.wordLists.charges)) return true;
  return false;
}

/** Whether a relative pronoun stands between tokens `a` and `b`. */
/**
 * «أعلنت السعودية عن تقديمها 100 مليون دولار … في مدينة الرقة التي مر عام على تحريرها»: a word
 * carrying the pronoun of what it was done to, inside a relative clause after the sentence's
 * subject (past the clause's own first word), tells of the place the clause is about; the
 * sentence's subject is not its doer. (Without the
 * pronoun — «حملة عاصفة الجزيرة والتي تستهدف تحرير ما تبقى» — the clause goes on with the subject's own act.)
 */
function outsideRelative(ctx: Ctx, f: Found | undefined, hit: Hit): Found | undefined {
  if (!f || f.t >= hit.t0 || !carriesPronoun(ctx, hit.t0)) return f;
  // («مدينة تل أبيض، التي حررها مع الجيش التركي»: the clause's own verb, right after the pronoun, has the subject's.)
  return relativeIn(ctx, f.t + 1, hit.t0 - 1) ? undefined : f;
}

/**
 * «زار روبرت جونز، نائب قائد قوات التحالف الدولي … بعد تحرير المدينة», «يتقدم #حزب_الله بالتهنئة
 * … وفتح الطريق أمام تحرير ما تبقى»: a sentence's subject that visits (a verb of visiting before its
 * name in the sentence) or offers congratulations (the noun right after its name) is a guest or a
 * well-wisher, not the one who freed the place.
 */
function notVisitor(ctx: Ctx, f: Found | undefined): Found | undefined {
  if (!f) return f;
  const visiting = ctx.lex.wordLists['visiting-words'];
  const start = nameStart(ctx, f.t);
  for (let k = ctx.st.sentenceStart[ctx.st.sentence[f.t]]; k < start; k++) if (ctx.is(k, visiting)) return undefined;
  const m = ctx.refs.mentionAt[f.t];
  const end = m >= 0 ? ctx.refs.mentions[m].t1 : f.t + 1;
  return end < ctx.toks.count && sameClause(ctx, end, f.t) && ctx.is(end, visiting) ? undefined : f;
}

/**
 * «أسفرت حملة قصف جوي مكثفة من مقاتلات التحالف الدولي عن تدمير شبه كامل للمدينة، إلا أن أهاليها
 * عبروا عن سعادتهم البالغة بتحريرها», «لكن آخرين لم يتمكنوا من التمتع بلحظات التحرير»: past a word
 * of contrast (word list `contrast-words`; `contrast-that`, «إلا», «غير», before «أن») the clause has a subject of its
 * own, and the sentence's first party is not the word's doer.
 */
function pastContrast(ctx: Ctx, f: Found | undefined, hit: Hit): Found | undefined {
  if (!f) return f;
  for (let k = f.t + 1; k < hit.t0; k++) {
    if (ctx.is(k, ctx.lex.wordLists['contrast-words'])) return undefined;
    if (ctx.is(k, ctx.lex.wordLists['contrast-that']) && ctx.is(k + 1, ctx.lex.wordLists.that)) return undefined;
  }
  return f;
}

/** Whether a word of opposing stands a few words before token `t` in its clause: «الرافضة لوجود الاحتلال الأميركي وميليشيا "قسد"». */
function opposedBefore(ctx: Ctx, t: number): boolean {
  const against = ctx.lex.wordLists['against-words'];
  for (let k = t - 1; k >= 0 && k >= t - 6 && sameClause(ctx, k, t); k--) if (ctx.is(k, against)) return true;
  return false;
}

/** «تقاتل إلى جانب ميليشيا الأسد ضد الثوار»: the word is what the party before fights, not what it is. */
function againstWhat(ctx: Ctx, hit: Hit): boolean {
  return hit.t0 > 0 && sameClause(ctx, hit.t0 - 1, hit.t0) && ctx.is(hit.t0 - 1, ctx.lex.wordLists['against-words']);
}

/**
 * «باركت المملكة العربية السعودية تحرير مدينة الرقة»: the party right after a verb of welcoming
 * or praising welcomes what the favour word names; one right after a word of defeat or fighting
 * is its foe. Neither is the one favoured.
 */
function notWelcomerNorFoe(ctx: Ctx, f: Found | undefined): Found | undefined {
  // «هزيمة تنظيم داعش … وتحرير مدينة الرقة», «تقاتل ضد داعش»: a party just defeated or fought is the
  // foe, not the one a favour word praises.
  return f && !wordBeforeName(ctx, f, [ctx.lex.wordLists['welcoming-verbs'], ctx.lex.wordLists['defeat-words'], ctx.lex.wordLists['against-words']]) && !waged(ctx, f)
    ? f
    : undefined;
}

/** «لدعم الهجوم على تنظيم الدولة الإسلامية “داعش” … وتحرير الرقة»: the party right after a war or an attack and «على» is the one fought. */
function waged(ctx: Ctx, f: Found): boolean {
  let s = nameStart(ctx, f.t);
  // Past the name the party goes by before it («تنظيم الدولة الإسلامية “داعش”»).
  if (s > 0 && ctx.refs.mentionAt[s - 1] >= 0 && ctx.refs.refAt(s - 1) === f.actor) s = nameStart(ctx, s - 1);
  return s > 1 && sameClause(ctx, s - 2, f.t) && ctx.word(s - 1) === 'علي' && (ctx.is(s - 2, ctx.lex.wordLists['war-on']) || ctx.is(s - 2, ctx.lex.wordLists['attack-nouns']));
}

/**
 * Whether a word of one of `lists` stands within three words before the party found
 * at `f`, in its clause: before its whole name, or before the noun its relational adjective
 * describes («باركت المملكة العربية السعودية»).
 */
function wordBeforeName(ctx: Ctx, f: Found, lists: readonly WordClass[]): boolean {
  const start = nameStart(ctx, f.t);
  for (let k = start - 1; k >= 0 && k >= start - 3 && sameClause(ctx, k, f.t); k--) for (const list of lists) if (ctx.is(k, list)) return true;
  return false;
}

/**
 * «تحرير تركيا من الاعتماد»: the party named right after the word, then «من» — the one freed. Not
 * on a verb that carries what it frees: «حررتها قوات سوريا الديمقراطية من تنظيم داعش» names its subject.
 */
function freedParty(ctx: Ctx, hit: Hit, entry: LabelEntry): boolean {
  if (entry.role === 'verb' && carriesPronoun(ctx, hit.t0)) return false;
  const m = ctx.refs.mentionAt[hit.t1];
  if (m === undefined || m < 0 || ctx.refs.mentions[m].t0 !== hit.t1) return false;
  const after = ctx.refs.mentions[m].t1;
  return sameClause(ctx, after, hit.t0) && ctx.word(after) === 'من';
}

/** Whether the word can describe the party at all (its `describes` list, when it has one). */
function fits(entry: LabelEntry, actor: ActorId): boolean {
  return !entry.describes || entry.describes.includes(actor);
}

/** The party a label starting at `t` always means («قوات النظام»), or means in this text («النظام» where Assad is named). */
function labelActorAt(ctx: Ctx, t: number): ActorId | undefined {
  const h = ctx.hitAt('labels', t);
  if (!h) return undefined;
  const e = (ctx.lex.list.labels ?? [])[h.index];
  // «الجيش العربي السوري» in 2026 is the army's plain name, not the Assad-era naming.
  if (ctx.date && inEra(e, ctx.date) === false) return undefined;
  if (e.target) return fixedTarget(ctx, e, h);
  if (h.t1 < ctx.toks.count && ctx.refs.refAt(h.t1)) {
    // «أوكار إرهابيي داعش»: a label without the article governs the name after it, whose party it is;
    // an adjective after it («النظام المصري») names a party the label itself is about.
    // («وميليشيا "قسد"» after another label is a second party, not the first label's genitive.)
    const e0 = (ctx.lex.list.labels ?? [])[h.index] as LabelEntry;
    // («صنيعته قسد»: a word that carries a pronoun governs none; the name is in apposition.)
    const governs = !ctx.is(h.t1 - 1, WITH_ARTICLE) && !carriesPronoun(ctx, h.t1 - 1) && !conjoined(ctx, h.t0, e0);
    if (governs) return ctx.refs.mentionAt[h.t1] >= 0 ? ctx.refs.refAt(h.t1) : undefined;
    // «مرتزقة دولة الاحتلال التركي»: a label the party's adjective describes is that party.
    return ctx.is(h.t1 - 1, WITH_ARTICLE) && ctx.is(h.t1, DEFINITE_NISBA) && !conjoined(ctx, h.t0, e0) ? ctx.refs.refAt(h.t1) : undefined;
  }
  if (ctx.refs.insideAlias(h.t0, h.t1) || otherSenseAround(ctx, h, 'labels')) return undefined; // «النظام الداخلي»
  // («لتطهير سوريا والعراق والمنطقة من الإرهاب»: a word that takes its meaning from its owner lends no default party.)
  return e.resolve === 'construct' ? undefined : fallbackWhen(ctx, e, h);
}

function fallbackWhen(ctx: Ctx, e: LabelEntry, hit: Hit): ActorId | undefined {
  const w = e.fallbackWhen;
  if (!w) return undefined;
  if (namesNoOne(ctx, hit.t0, hit.t1) && !(e.namesHead === true && onLoadedNoun(ctx, hit))) return undefined;
  if (describesJoined(ctx, hit)) return undefined;
  let here: Set<ActorId> | undefined;
  return defaultHolds(
    ctx,
    w,
    (a) => ctx.refs.referred.has(a),
    (a) => (here ??= sentenceActors(ctx, hit.t0)).has(a),
  )
    ? w.actor
    : undefined;
}

/**
 * The adjective stands on a loaded noun it agrees with in the article, right before it or past
 * other loaded adjectives («الميليشيا الانفصالية», «الميليشيات الإرهابية الانفصالية»).
 */
function onLoadedNoun(ctx: Ctx, hit: Hit): boolean {
  for (let t = hit.t0, k = 0; k < 3 && t > 0 && sameClause(ctx, t - 1, t); k++) {
    if (ctx.hitEnd('labels', t - 1) !== t || ctx.is(t - 1, WITH_ARTICLE) !== ctx.is(t, WITH_ARTICLE)) return false;
    if (!isAdjective(ctx, t - 1)) return true;
    t = t - 1;
  }
  return false;
}

/**
 * «الاعتداءات من الميليشيا الانفصالية»: a loaded noun whose adjective says whose it is (an entry
 * with `namesHead`, its `fallbackWhen` met), past other loaded adjectives («الميليشيات الإرهابية
 * الانفصالية»).
 */
function namedByAdjective(ctx: Ctx, hit: Hit): Found | undefined {
  for (let t = hit.t1, k = 0; k < 3 && t < ctx.toks.count && sameClause(ctx, t, hit.t0) && isAdjective(ctx, t); k++) {
    const h = ctx.hitAt('labels', t) as Hit;
    const e = (ctx.lex.list.labels ?? [])[h.index] as LabelEntry;
    if (e.namesHead) {
      const a = fallbackWhen(ctx, e, h);
      return a ? { actor: a, t: h.t0, how: 'following' } : undefined;
    }
    t = h.t1;
  }
  return undefined;
}

/** The parties the sentence of token `t` refers to. */
function sentenceActors(ctx: Ctx, t: number): Set<ActorId> {
  const { st } = ctx;
  const sn = st.sentence[t];
  const out = new Set<ActorId>();
  for (let k = st.sentenceStart[sn]; k < st.sentenceStart[sn + 1] && k < ctx.toks.count; k++) {
    const a = ctx.refs.refAt(k);
    if (a) out.add(a);
  }
  return out;
}

/** «عدو الإنسانية داعش»: a label, the noun it governs, then the name it is said of. */
function genitiveThenName(ctx: Ctx, hit: Hit): Found | undefined {
  const g = hit.t1;
  const n = g + 1;
  if (n >= ctx.toks.count || ctx.st.clause[n] !== ctx.st.clause[hit.t0]) return undefined;
  if (!ctx.word(g).startsWith('ال') || ctx.refs.refAt(g)) return undefined;
  const m = ctx.refs.mentionAt[n];
  return m >= 0 && ctx.refs.mentions[m].t0 === n ? { actor: ctx.refs.mentions[m].actor, t: n, how: 'construct' } : undefined;
}

/** Words from an act to the relative pronoun of the clause that names its doer (a place's name of two words and its gloss). */
const RELATIVE_REACH = 4;

/**
 * «السلوك الإجرامي الذي ينتهجه تنظيم قسد», «الجرائم التي ارتكبتها قسد»: a relative clause right
 * after the phrase — or after the place it is named for, «مجزرة عين العرب (كوباني) التي اقترفها
 * تنظيم داعش» — names who does it.
 */
function relativeAgent(ctx: Ctx, hit: Hit): Found | undefined {
  for (let t = hit.t1; t < hit.t1 + RELATIVE_REACH && t < ctx.toks.count; t++) {
    if (ctx.st.clause[t] !== ctx.st.clause[hit.t0] || ctx.refs.refAt(t)) return undefined;
    if (!ctx.is(t, ctx.lex.wordLists.relatives)) continue;
    // «على مواقع الإرهابيين في عفرين التي تحتلها تركيا»: «التي» does not agree with people in a
    // masculine plural; its clause is about a noun after them.
    if (ctx.is(hit.t0, MASCULINE_PLURAL) && relativeAgreement(ctx, t) === 'feminine') return undefined;
    // Relative pronoun, verb, then its subject («التي ارتكبتها قسد», «الذي ينتهجه تنظيم قسد»);
    // a name further on is an object («التي تقاتل إلى جانب ميليشيا الأسد»).
    // («التي قامت بها قوات الإدارة الذاتية»: a preposition with the relative's pronoun may follow the verb.)
    for (let k = t + 2, end = t + 3; k <= end && k < ctx.toks.count && ctx.st.clause[k] === ctx.st.clause[t]; k++) {
      if (k === t + 2 && ctx.is(k, ctx.lex.wordLists['tie-pronouns'])) {
        end++;
        continue;
      }
      const m = ctx.refs.mentionAt[k];
      if (m >= 0) return { actor: ctx.refs.mentions[m].actor, t: k, how: 'agent' };
      // «التي يشنها الاحتلال التركي», «التي يشنها جيش الاحتلال التركي»: a label naming the subject,
      // then its party's adjective.
      const labelEnd = ctx.hitEnd('labels', k);
      if (labelEnd >= 0 && isNounLabel(ctx, k) && labelEnd < ctx.toks.count && ctx.st.clause[labelEnd] === ctx.st.clause[t]) {
        const adjective = ctx.refs.mentionAt[labelEnd] < 0 ? ctx.refs.refAt(labelEnd) : undefined;
        if (adjective) return { actor: adjective, t: labelEnd, how: 'agent' };
      }
      if (!ctx.is(k, ctx.lex.wordLists['construct-heads']) && !isForceLabel(ctx, k)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * «قامت ي ب ك اليوم بإغلاق … لمنع تسريب صور أخرى للمجزرة التي ارتكبتها في البلدة»: a relative
 * clause right after the act whose verb of doing carries the act as its object and names no party
 * after it — the verb's pronoun stands for the one party the sentence names before, and for no one
 * when it names several.
 */
function relativeDoerPronoun(ctx: Ctx, hit: Hit): Found | undefined {
  // «ثاني أكبر مذبحة يرتكبها بحق المدنيين»: an act without the article takes its clause without the relative pronoun.
  const t = hit.t1;
  const verb = ctx.is(t, ctx.lex.wordLists.relatives) ? t + 1 : ctx.is(hit.t0, WITH_ARTICLE) ? -1 : t;
  if (verb < 0 || !sameClause(ctx, verb, hit.t0)) return undefined;
  if (!ctx.is(verb, ctx.lex.wordLists['agent-verbs-past']) || !carriesPronoun(ctx, verb)) return undefined;
  // «الانتهاكات التي ترتكبها القوات المندمجة في الجيش»: a noun right after the verb is its subject;
  // only a preposition or the clause's end leaves the subject to the pronoun.
  if (sameClause(ctx, verb + 1, verb) && !isPrepositional(ctx, verb + 1)) return undefined;
  // The one party named before in the sentence, a name after a preposition being no subject.
  return onlyPartyBefore(ctx, hit.t0, true, true);
}

/** «مجزرة جديدة لـ"التحالف" السعودي», «مجازر لقوات النظام»: an act and the party it belongs to, after «لـ». */
function lamOwner(ctx: Ctx, hit: Hit): Found | undefined {
  for (let t = hit.t1; t < hit.t1 + 3 && t < ctx.toks.count; t++) {
    if (ctx.st.clause[t] !== ctx.st.clause[hit.t0]) return undefined;
    const w = ctx.word(t);
    if (w === LAM && t + 1 < ctx.toks.count) {
      const a = ctx.refs.refAt(t + 1) ?? labelActorAt(ctx, t + 1);
      return a ? { actor: a, t: t + 1, how: 'construct' } : undefined;
    }
    const owner = w.startsWith(LAM) ? (ctx.refs.refAt(t) ?? labelActorAt(ctx, t)) : undefined;
    if (owner) {
      // «مقاتلون موالون لتركيا»: fighters loyal to a state are its proxy, when it has one.
      if (t > 0 && ctx.is(t - 1, ctx.lex.wordLists.affiliation)) {
        const proxy = ctx.lex.actors.get(owner)?.proxy;
        return proxy ? { actor: proxy, t, how: 'affiliation' } : undefined;
      }
      return { actor: owner, t, how: 'construct' };
    }
    if (ctx.refs.refAt(t) || isNounLabel(ctx, t)) return undefined;
  }
  return undefined;
}

/** Is the label or marker used in another sense here: a name («مشفى الشهيد»), a system («النظام الفدرالي»)? */
function otherSense(ctx: Ctx, hit: Hit, section: 'labels' | 'sympathy'): boolean {
  if (otherSenseAround(ctx, hit, section)) return true;
  // «تحتل مصر المرتبة»: past the subject of a verb to the word that shows the sense.
  return ctx.refs.refAt(hit.t1) !== undefined && sameClause(ctx, hit.t1 + 1, hit.t0) && blocksAt(ctx, hit.t1 + 1, section, hit.index, 'after');
}

/** Whether the word at token `t` blocks entry `index` of `section` from `where` it stands. */
function blocksAt(ctx: Ctx, t: number, section: 'labels' | 'sympathy', index: number, where: 'before' | 'after'): boolean {
  return blocksSense(ctx.words.derive(ctx.ids[t], ctx.lex.sensesOfWord), section, index, where);
}

/** How far back (in words) a word told plainly still covers the same word again. */
const SAME_DEED_REACH = 120;

export const detectFraming: Detector = (ctx) => {
  const { attr } = ctx;
  const found: Draft[] = [];
  // The label and sympathy hits, each list in text order, read as one list by start (at the same
  // start, the label first).
  const labels = ctx.hits.get('labels') ?? [];
  const sympathy = ctx.hits.get('sympathy') ?? [];
  const labelEntries = (ctx.lex.list.labels ?? []) as LabelEntry[];
  const sympathyEntries = (ctx.lex.list.sympathy ?? []) as LabelEntry[];
  let lastEnd = -1;
  // Where each word last told a party's deed plainly (its `plainFor`).
  const plainUntil = new Map<string, number>();
  // Words of cleansing whose party is a label after «من», held back until that label has one.
  const heldBack: HeldBack[] = [];
  // Words named by their owner that stand ownerless where a place is freed of them («من الإرهاب»).
  const freedOf: { draft: Draft; fallback: ActorId | undefined }[] = [];
  // Acts with no party of their own whose subject is a label, held until that label has one.
  const bySubject: BySubject[] = [];
  // Acts that need a party and found none by their own words.
  const unsureActs: Draft[] = [];
  for (let li = 0, si = 0; li < labels.length || si < sympathy.length;) {
    const section = si === sympathy.length || (li < labels.length && labels[li].t0 <= sympathy[si].t0) ? 'labels' : 'sympathy';
    const hit = section === 'labels' ? labels[li++] : sympathy[si++];
    const entry = (section === 'labels' ? labelEntries : sympathyEntries)[hit.index];
    if (hit.t0 < lastEnd) continue; // a sympathy phrase inside a label phrase, or the reverse
    if (
      ctx.chrome[hit.t0] ||
      ctx.refs.insideAlias(hit.t0, hit.t1) ||
      isRelease(ctx, hit, entry) ||
      takesOther(ctx, hit, entry.takes) ||
      otherSense(ctx, hit, section) ||
      denied(ctx, hit)
    )
      continue;
    if (ctx.date && inEra(entry, ctx.date) === false) continue; // «الدولة السورية» after 2024 is the state's plain name
    const cover = attr.at(hit.t0);
    // «"المقاومة الإسلامية في العراق"»: a party's own name for itself held in quotation marks is not adopted.
    if (entry.target && entry.direction === 'favour' && quotedExactly(ctx, hit)) continue;
    // «ما يسمى بالانتفاضة الشعبية», «بحجة تحرير», «التحرير المزعوم»: a word of favour held at a
    // distance is not the outlet's; the distancing is the finding.
    if (entry.direction === 'favour' && heldAtDistance(ctx, hit)) continue;
    // A word that takes its meaning from its owner («إرهاب داعش») has none for a speaker to lend.
    const resolved =
      resolveLabelTarget(ctx, hit, entry, found) ??
      (entry.resolve === 'construct' ? undefined : (calledBySpeaker(ctx, entry, cover.reported ? cover.source : undefined, hit) ?? calledByFighter(ctx, entry, hit)));
    // («وقالت الوحدات الكردية، التي تعتبرها أنقرة منظمة إرهابية، إن»: a classer's verdict on the
    // speaker, in a clause about the speaker, is not the speaker's word about itself.)
    const classed = classedBy(ctx, hit.t0);
    const spoken = classed ? resolved : notTheSpeaker(resolved, cover.source, hit.t0);
    const target = entry.direction === 'against' ? notTheClassifier(ctx, spoken, hit.t0) : notTheOccupier(ctx, resolved, hit, found);
    const fromLabel = !target && entry.hitsFreedFrom ? labelFreedFrom(ctx, hit) : undefined;
    const ownerless = !target && entry.resolve === 'construct' && ownerlessEvil(ctx, hit) && whatIsFreedOf(ctx, hit);
    // «الميليشيات تقمع», «التي تستولي عليها ميليشيا "قسد"»: an act whose subject is a label waits
    // for the party the rules below give that label.
    const subject = !target && fromLabel === undefined && !ownerless && categoryIs(ctx.lex, entry.category, 'act') ? subjectLabel(ctx, hit, entry, found) : undefined;
    const waits = subject !== undefined && (entry.resolve === 'construct' || entry.needsTarget === true);
    // An act that needs a party and found none by its own words waits for the act it may be
    // joined to (`joinedActs`); with none there it is dropped.
    const unsure =
      !target && fromLabel === undefined && !ownerless && !waits && entry.resolve !== 'construct' && entry.needsTarget === true && categoryIs(ctx.lex, entry.category, 'act');
    if (!target && fromLabel === undefined && !ownerless && !waits && !unsure && (entry.resolve === 'construct' || entry.needsTarget)) continue;
    if (target && entry.plainFor?.includes(target.actor)) {
      plainUntil.set(entry.id, hit.t1);
      continue;
    }
    // «خطفوا … وتزامن خطف المسيحيين»: the same word again, with no party of its own, tells the same deed.
    const plain = plainUntil.get(entry.id);
    if (!target && plain !== undefined && hit.t0 - plain <= SAME_DEED_REACH) continue;
    if (!unsure) lastEnd = hit.t1;
    // A label in a classer's verdict, or right after a marker that reports another's description
    // («بذريعة القضاء على ما تصفه بـ الممر الإرهابي»), is the describer's words, as if quoted.
    const described = classed || markerBefore(ctx, hit)?.reports === true;
    // «أعلنت قسد أن ميليشياتها …» would not be said: a verdict against the speaker's own party (or
    // its proxy), outside quotation marks, is the outlet's wording of what was reported.
    const outletsWording = cover.paraphrased && !described && entry.direction === 'against' && target !== undefined && ownParty(ctx, cover.source?.actor, target.actor);
    const draft: Draft = {
      ...DRAFT,
      kind: 'framing',
      s: hit.s,
      e: hit.e,
      t0: hit.t0,
      t1: hit.t1,
      severity: entry.severity,
      explanation: entry.explanation,
      neutral: entry.neutral ? entry.neutral : undefined,
      usedBy: entry.usedBy ? entry.usedBy : undefined,
      actor: target ? target.actor : undefined,
      how: target ? target.how : undefined,
      also: target ? joinedOwners(ctx, hit, target) : undefined,
      term: entry.id,
      category: entry.category,
      direction: entry.direction,
      quoted: (cover.reported && !outletsWording) || described,
      paraphrased: cover.paraphrased && !described ? true : undefined,
      weight: entry.weight,
    };
    if (unsure) {
      unsureActs.push(draft);
      continue;
    }
    if (subject !== undefined) bySubject.push({ draft, at: subject, waits, source: cover.paraphrased && !described ? cover.source?.actor : undefined });
    if (ownerless) freedOf.push({ draft, fallback: fallbackWhen(ctx, entry, hit) });
    else if (waits) continue;
    else if (fromLabel === undefined) found.push(draft);
    else heldBack.push({ draft, at: fromLabel, source: cover.paraphrased && !described ? cover.source?.actor : undefined });
  }
  // What no rule attached in the pass above, strongest reading first: the grammar of the
  // clause, a label the article gives a party further on, then the side the outlet speaks for.
  predicateOf(ctx, found);
  sameLabelAhead(ctx, found);
  actOfSubject(ctx, found, bySubject);
  forOwnSide(ctx, found);
  forSpeakersSide(ctx, found);
  soleParty(ctx, found);
  soleInSentence(ctx, found);
  joinedActs(ctx, found, unsureActs);
  cleansedOfLabel(ctx, found, heldBack);
  freedOfSameKind(found, freedOf);
  return found;
};

/** Words that may stand between two acts joined by «و» («جرائم حرب وجرائم», «تهجيرهم منها والاستيلاء»). */
const JOINED_ACT_GAP = 1;

/**
 * «بسرقة ونهب ممتلكات منازلهم», «وتهجيرهم منها والاستيلاء على ممتلكاتهم»: an act that needs a party
 * and found none by its own words, joined by «و» to the act right before it in its clause, shares
 * that act's doer — the two are one verb's objects or one owner's deeds. Those still without a
 * party are dropped.
 */
function joinedActs(ctx: Ctx, found: Draft[], unsure: Draft[]): void {
  for (const d of unsure) {
    const i = firstStartingAfter(found, d.t0 - 1) - 1;
    const prev = i >= 0 ? found[i] : undefined;
    if (!prev?.actor || prev.kind !== 'framing' || !categoryIs(ctx.lex, prev.category, 'act') || !opensWithWaw(ctx.word(d.t0))) continue;
    if (d.t0 - prev.t1 > JOINED_ACT_GAP || !sameClause(ctx, prev.t0, d.t0)) continue;
    let between = false;
    for (let k = prev.t1; k < d.t0; k++) if (partyAt(ctx, k) !== undefined || ctx.st.quote[k] !== ctx.st.quote[d.t0]) between = true;
    if (between) continue;
    d.actor = prev.actor;
    d.how = prev.how;
    insertInOrder(found, d);
  }
}

/**
 * «تل أبيض المحررة من الإرهاب», «بعد تحريرها من الإرهاب»: a word named by its owner stands
 * ownerless right after the «من» of a word of freeing or cleansing, a few words on in its clause
 * with no party named between.
 */
function whatIsFreedOf(ctx: Ctx, hit: Hit): boolean {
  if (hit.t0 < 2 || ctx.word(hit.t0 - 1) !== 'من' || !sameClause(ctx, hit.t0 - 1, hit.t0)) return false;
  for (let k = hit.t0 - 2; k >= 0 && k >= hit.t0 - 7 && sameClause(ctx, k, hit.t0); k--) {
    if (ctx.refs.refAt(k) || ctx.word(k) === 'من') return false;
    for (const section of ['labels', 'sympathy'] as const) {
      const h = ctx.hitAt(section, k);
      const e = h ? ((ctx.lex.list[section] ?? []) as LabelEntry[])[h.index] : undefined;
      if (h && h.t1 <= hit.t0 - 1 && (e?.freesNamed || e?.hitsFreedFrom)) return true;
    }
  }
  return false;
}

/**
 * What a place is freed of, ownerless («المحررة من الإرهاب»), is the party the text gives every
 * other word of the same kind («إرهابيي "ي ب ك/ بي كا كا"», «الإرهابيين» given the YPG); when the
 * text gives that kind to more than one party it stays unnamed and is dropped; when to none, it is
 * the word's own default (`fallback`: ISIS in a text on ISIS alone), if it has one.
 */
function freedOfSameKind(found: Draft[], freedOf: { draft: Draft; fallback: ActorId | undefined }[]): void {
  for (const { draft, fallback } of freedOf) {
    let same: ActorId | null | undefined;
    for (const f of found) {
      if (f.kind !== 'framing' || f.category !== draft.category || !f.actor) continue;
      same = same === undefined || same === f.actor ? f.actor : null;
    }
    const actor = same === undefined ? fallback : same;
    if (!actor) continue;
    draft.actor = actor;
    draft.how = 'construct';
    insertInOrder(found, draft);
  }
}

/** An act whose subject is a label, the token where that label starts, whether it is held out of the findings till then, and whose words it paraphrases. */
interface BySubject {
  draft: Draft;
  at: number;
  waits: boolean;
  source: string | undefined;
}

/**
 * Where the label that is the subject of the act `hit` starts: a label naming a party right before
 * it, in its clause («الميليشيات تقمع أكراد رأس العين»), or right after it — past the preposition
 * that carries the pronoun of a relative's noun («المناطق التي تستولي عليها ميليشيا "قسد"»).
 */
function subjectLabel(ctx: Ctx, hit: Hit, entry: LabelEntry, found: Draft[]): number | undefined {
  const f = found[found.length - 1];
  if (f && f.kind === 'framing' && f.t1 === hit.t0 && categoryIs(ctx.lex, f.category, 'names') && sameClause(ctx, f.t0, hit.t0))
    // As for a label with its party (labelledRightBefore): not past a pronoun or a «و».
    return carriesPronoun(ctx, hit.t0) || conjoined(ctx, hit.t0) ? undefined : f.t0;
  let k = hit.t1;
  if (k < ctx.toks.count && ctx.is(k, ctx.lex.wordLists['resumptive-prepositions'])) k++;
  if (!sameClause(ctx, k, hit.t0)) return undefined;
  // Right after a word that needs a party («سرقة», «تسرقه قوات الاحتلال») the label is its doer;
  // a label's adjective there describes the act («الجريمة الإرهابية»).
  const after = labelAt(ctx, k);
  return after && after.role !== 'adjective' && categoryIs(ctx.lex, after.category, 'names') && (k > hit.t1 || entry.needsTarget) ? k : undefined;
}

/**
 * «الميليشيات تقمع أكراد رأس العين … وأقدمت ميليشيا "فرقة الحمزة"»: an act whose subject is a
 * label takes the party the rules above gave that label; with none, an act that needs a party is
 * dropped, as it always is. As when a place is cleansed of a label, the outlet's wording of a
 * verdict against the speaker's own party is not quoted.
 */
function actOfSubject(ctx: Ctx, found: Draft[], bySubject: BySubject[]): void {
  const labels = (ctx.lex.list.labels ?? []) as LabelEntry[];
  for (const { draft, at, waits, source } of bySubject) {
    const label = found.find((d) => d.t0 === at && d.kind === 'framing');
    if (!label?.actor || draft.actor) continue;
    // As in the pass above: a word that tells this party's deed plainly (its `plainFor`) is no finding.
    if (labels.find((e) => e.id === draft.term)?.plainFor?.includes(label.actor)) {
      if (!waits) found.splice(found.indexOf(draft), 1);
      continue;
    }
    draft.actor = label.actor;
    draft.how = 'subject';
    if (source !== undefined && ownParty(ctx, source, label.actor)) draft.quoted = false;
    if (!waits) continue;
    insertInOrder(found, draft);
  }
}

/** A word of cleansing held back, the token of the label after its «من», and whose words it paraphrases. */
interface HeldBack {
  draft: Draft;
  at: number;
  /** The source whose words the outlet paraphrases, if it does. */
  source: string | undefined;
}

/**
 * «سنقوم بتطهير تلك المنطقة من التنظيمات الإرهابية», «لتطهيرها من الإرهابيين وإنشاء منطقة آمنة»:
 * what a place is cleansed of may be a label, not a name, right after «من» (past a demonstrative
 * or a word such as «عناصر»). The token where that label starts; none when a name comes first.
 */
function labelFreedFrom(ctx: Ctx, hit: Hit): number | undefined {
  for (let t = hit.t1; t < hit.t1 + 6 && t + 1 < ctx.toks.count && sameClause(ctx, t + 1, hit.t0); t++) {
    if (ctx.word(t) !== 'من') continue;
    for (let k = t + 1; k < t + 4 && k < ctx.toks.count && sameClause(ctx, k, hit.t0) && !ctx.refs.refAt(k); k++) {
      if (ctx.hasHit('labels', k)) return k;
      // «من التنظيمات الإرهابية»: a noun, then the label that describes it.
      if (k === t + 1 && ctx.is(k, WITH_ARTICLE) && k + 1 < ctx.toks.count && sameClause(ctx, k + 1, hit.t0) && ctx.hasHit('labels', k + 1)) return k + 1;
      if (!ctx.is(k, ctx.lex.wordLists.demonstratives) && !ctx.is(k, ctx.lex.wordLists['construct-heads'])) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * A word of cleansing whose «من» is followed by a label takes the party the label was given by
 * the rules above («تطهير المنطقة من الإرهابيين» in a text where they are the YPG's); with none,
 * it is dropped, as a word of cleansing with no party always is.
 */
function cleansedOfLabel(ctx: Ctx, found: Draft[], heldBack: HeldBack[]): void {
  for (const { draft, at, source } of heldBack) {
    const label = found.find((d) => d.t0 === at && d.kind === 'framing');
    if (!label?.actor) continue;
    draft.actor = label.actor;
    draft.how = 'construct';
    // As in the pass above: the outlet's wording of a verdict against the speaker's own party is not quoted.
    if (source !== undefined && ownParty(ctx, source, label.actor)) draft.quoted = false;
    insertInOrder(found, draft);
  }
}

/**
 * «تأتي عمليات الاعتقال في ظلِّ سياسة أوسع لقوات الإدارة الذاتية الكردية في التضييق والقمع»: a
 * word for an act that no rule attached, in a text that names one party only — by name, adjective
 * or the words it is given — and names it in the act's own sentence where it may be the doer, is
 * that party's. A text on several parties (but see `soleInSentence`), or an act in a sentence that
 * names none, says nothing on its doer; nor does a deed remembered by its name («في ذكرى مجزرة عامودا», word list
 * `remembered-deeds`) in a text on another party.
 */
function soleParty(ctx: Ctx, found: Draft[]): void {
  let only: ActorId | undefined;
  const one = (a: ActorId | undefined): boolean => {
    if (a === undefined || a === only) return true;
    if (only !== undefined) return false;
    only = a;
    return true;
  };
  for (let t = 0; t < ctx.toks.count; t++) if (!one(ctx.refs.refAt(t))) return;
  for (const d of found) if (!one(d.actor) || !(d.also ?? []).every(one)) return;
  if (only === undefined) return;
  const remembered = ctx.lex.wordLists['remembered-deeds'];
  const labels = (ctx.lex.list.labels ?? []) as LabelEntry[];
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i];
    if (d.actor || d.kind !== 'framing' || d.direction !== 'against' || !categoryIs(ctx.lex, d.category, 'act')) continue;
    if (ctx.is(d.t0, remembered) || !namedAsDoer(ctx, d.t0, only)) continue;
    // «اختطف داعش واحتجز آلاف الأشخاص»: as in the pass above, a word that tells this party's deed
    // plainly (its `plainFor`) is no finding.
    if (labels.find((e) => e.id === d.term)?.plainFor?.includes(only)) {
      found.splice(i, 1);
      continue;
    }
    d.actor = only;
    d.how = 'sole-party';
  }
}

/**
 * «كما رفعوا لافتات احتجاجا على القمع المستمر من تلك القوات ضد أهالي المنطقة» after «سرقة "قسد"
 * ثروات المنطقة» in its sentence: a word for an act that no rule attached, in a sentence that names
 * one party only — by name, adjective or the words it is given — before the act where it may be
 * its doer (as `soleParty` reads a text), is that party's: by name, or by a label given it
 * ({@link labelledDoer}). A verb in the plural («اختطفوا») has its own subject, the people named
 * right before it: a party named further back is not it («بتسليم 25 طفلا وامرأة … كانوا قد
 * اختطفوا من شنكال»).
 */
function soleInSentence(ctx: Ctx, found: Draft[]): void {
  const { st } = ctx;
  const labels = (ctx.lex.list.labels ?? []) as LabelEntry[];
  const remembered = ctx.lex.wordLists['remembered-deeds'];
  // Each sentence's one party, read once: a long sentence of acts would read it again for each. The
  // pass below gives an act that party only, so the answer stays the same through it.
  const sole = new Map<number, ActorId | undefined>();
  // So are the labels given that party in it ({@link labelsGiven}); the pass gives no label a party.
  const labelled = new Map<number, LabelsGiven>();
  for (const d of found) {
    if (d.actor || d.kind !== 'framing' || d.direction !== 'against' || !categoryIs(ctx.lex, d.category, 'act')) continue;
    if (ctx.is(d.t0, remembered)) continue;
    // The findings in the act's sentence, `found` being sorted by start.
    const sn = st.sentence[d.t0];
    const lo = firstStartingAfter(found, st.sentenceStart[sn] - 1);
    const hi = firstStartingAfter(found, st.sentenceStart[sn + 1] - 1);
    if (!sole.has(sn)) sole.set(sn, soleActorIn(ctx, sn, found, lo, hi));
    const only = sole.get(sn);
    if (!only) continue;
    const named = onlyPartyBefore(ctx, d.t0, true, true);
    let given = labelled.get(sn);
    if (!given) labelled.set(sn, (given = labelsGiven(ctx, found, lo, hi, only)));
    const doer = named?.actor === only && namedAsDoer(ctx, d.t0, only) ? named : labelledDoer(ctx, given, d, only);
    if (!doer) continue;
    if (PLURAL_VERB_END.test(ctx.word(d.t0)) && d.t0 - doer.t > VERB_REACH) continue;
    if (labels.find((e) => e.id === d.term)?.plainFor?.includes(only)) continue;
    d.actor = only;
    d.how = 'sole-party';
  }
}

/**
 * The one party sentence `sn` names (as `sentenceActors` reads it) or the findings `lo` to `hi` in
 * it attach; undefined when there are none or several.
 */
function soleActorIn(ctx: Ctx, sn: number, found: readonly Draft[], lo: number, hi: number): ActorId | undefined {
  const { st } = ctx;
  let only: ActorId | undefined;
  for (let i = lo; i < hi; i++) {
    const a = found[i].actor;
    if (!a || a === only) continue;
    if (only !== undefined) return undefined;
    only = a;
  }
  for (let k = st.sentenceStart[sn]; k < st.sentenceStart[sn + 1] && k < ctx.toks.count; k++) {
    const a = ctx.refs.refAt(k);
    if (!a || a === only) continue;
    if (only !== undefined) return undefined;
    only = a;
  }
  return only;
}

/**
 * «أن الاحتلال الأمريكي غير الشرعي في سوريا يواصل سرقة مقدرات البلاد»: a label given party `a`
 * before act `d` in its sentence, where it may be the doer (not after a preposition, a verb of
 * undergoing, as the owner of a position or as the one condemning; nor the speaker's own party). Not where a label for a
 * party that no rule attached stands in the sentence («عناصر الميلشيات المسلحة التابعة للحكومة
 * السورية المؤقتة … يقومون بخطف»): that is a party the sentence names and no list knows. The
 * findings `lo` to `hi` are those of `d`'s sentence.
 */
function labelledDoer(ctx: Ctx, given: LabelsGiven, d: Draft, a: ActorId): Found | undefined {
  if (given.blocked || ctx.attr.at(d.t0).source?.actor === a) return undefined;
  // The first label (by start) that ends by the act: the first whose running least end does.
  let lo = 0;
  let hi = given.leastEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (given.leastEnd[mid] <= d.t0) hi = mid;
    else lo = mid + 1;
  }
  return lo < given.at.length ? { actor: a, t: given.at[lo], how: 'subject' } : undefined;
}

/** The labels a sentence gives a party where it may be the doer, read once for all its acts ({@link labelledDoer}). */
interface LabelsGiven {
  /** A label for a party that no rule attached stands in the sentence. */
  blocked: boolean;
  /** Where each label starts, in the order of the findings. */
  at: number[];
  /** The least end of the labels up to each one. */
  leastEnd: number[];
}

/** The labels the findings `lo` to `hi` of a sentence give party `a` where it may be the doer. */
function labelsGiven(ctx: Ctx, found: readonly Draft[], lo: number, hi: number, a: ActorId): LabelsGiven {
  const given: LabelsGiven = { blocked: false, at: [], leastEnd: [] };
  for (let i = lo; i < hi; i++) {
    const o = found[i];
    if (o.kind !== 'framing' || !categoryIs(ctx.lex, o.category, 'names')) continue;
    if (!o.actor) return { ...given, blocked: true };
    if (o.actor !== a || !mayBeDoer(ctx, o.t0, o.t1)) continue;
    const n = given.leastEnd.length;
    given.at.push(o.t0);
    given.leastEnd.push(n > 0 ? Math.min(given.leastEnd[n - 1], o.t1) : o.t1);
  }
  return given;
}

/**
 * Whether the sentence of token `t` names party `a` by name where it may be the doer: not after a
 * preposition («للنظام الأسد التي هجرت», «بالتعاون مع قوات الاحتلال الأمريكي»), not by an
 * adjective of what is done to («التي تتعرض لها المناطق التركية»), not as the speaker of
 * the words («وقال الحوثيون إن العدوان يواصل غاراته»), not after a verb of undergoing («تعرضت
 * عناصر قسد لحملة اعتقالات») or as the owner of a position («قصفت طائرات مجهولة مواقع قسد»), nor
 * after a verb of calling for something («وطالبت قسد بوقف القمع»); and in no sentence that names
 * a doer who is no party («من قبل مجهولين», «من جهة مجهولة»).
 */
function namedAsDoer(ctx: Ctx, t: number, a: ActorId): boolean {
  if (ctx.attr.at(t).source?.actor === a) return false;
  // The rest depends on the sentence only: read once per sentence and party, for all its acts.
  const sn = ctx.st.sentence[t];
  let named = NAMED_AS_DOER.get(ctx);
  if (!named) NAMED_AS_DOER.set(ctx, (named = new Map()));
  const key = `${sn} ${a}`;
  let yes = named.get(key);
  if (yes === undefined) named.set(key, (yes = sentenceNamesDoer(ctx, sn, a)));
  return yes;
}

/** Per text, by sentence and party, what {@link sentenceNamesDoer} found. */
const NAMED_AS_DOER = new WeakMap<Ctx, Map<string, boolean>>();

/** Whether sentence `sn` names party `a` by name where it may be the doer (as {@link namedAsDoer} reads it). */
function sentenceNamesDoer(ctx: Ctx, sn: number, a: ActorId): boolean {
  const start = ctx.st.sentenceStart[sn];
  const end = Math.min(ctx.st.sentenceStart[sn + 1], ctx.toks.count);
  // «من قبل مجهولين»: the sentence names its doer, and it is no party.
  for (let k = start + 1; k + 1 < end; k++)
    if (ctx.is(k - 1, ctx.lex.wordLists.from) && ctx.is(k, ctx.lex.wordLists['agent-sides']) && !refAfter(ctx, k + 1, 6, IN_CLAUSE)) return false;
  for (let k = start; k < end; k++) {
    const m = ctx.refs.mentionAt[k];
    if (m < 0 || ctx.refs.mentions[m].t0 !== k || ctx.refs.mentions[m].actor !== a) continue;
    if (mayBeDoer(ctx, k)) return true;
  }
  return false;
}

/**
 * Whether a party named at token `k` (its name or label ending at `after`) may be the doer of an act
 * its sentence tells: not after a preposition, a verb of undergoing ({@link undergoes}), as the owner
 * of a position ({@link ownedThing}), nor as one who speaks of the act ({@link voicesView}).
 */
function mayBeDoer(ctx: Ctx, k: number, after?: number): boolean {
  return !afterPreposition(ctx, k) && !undergoes(ctx, k) && !ownedThing(ctx, k) && !voicesView(ctx, k, after);
}

/** «تعرضت مواقع قسد لقصف», «وتعرض عناصر قسد لحملة اعتقالات»: a party after a verb of undergoing, in its clause, suffers the act. */
function undergoes(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && sameClause(ctx, j, k); j--) if (ctx.is(j, ctx.lex.wordLists['undergo-verbs'])) return true;
  return false;
}

/**
 * «وطالبت قسد بوقف القمع المستمر ضد المتظاهرين»: a party right after a verb of voicing
 * a view or calling for something (word lists `voicing-verbs`, `source-urging-verbs`), or after it
 * past a label given the name («وطالبت ميليشيا قسد»), speaks of the act; it is not shown to do it.
 * Nor is one that condemns it ({@link condemns}).
 */
function voicesView(ctx: Ctx, k: number, after?: number): boolean {
  if (condemns(ctx, k, after)) return true;
  const v = slotBeforeName(ctx, k);
  return v >= 0 && sameClause(ctx, v, k) && (ctx.is(v, ctx.lex.wordLists['voicing-verbs']) || ctx.is(v, ctx.lex.wordLists['source-urging-verbs']));
}

/**
 * «ونددت قسد بالقمع», «وأدانت قسد القمع»: whether the party whose name starts at token `k` is the
 * subject of a verb of condemning, rejecting or protesting (word list `condemning-verbs`) — right
 * after the verb, or ending right before it («قسد تدين القصف») — in its clause. A verb that also
 * convicts (word list `convicting-verbs`) has the party after it for object when a label with
 * «بـ» follows it («تقريراً يدين الولايات المتحدة والمملكة المتحدة بالتواطؤ»). A label given the
 * party ends at `after`.
 */
function condemns(ctx: Ctx, k: number, after = nameEnd(ctx, k)): boolean {
  const verbs = ctx.lex.wordLists['condemning-verbs'];
  const v = slotBeforeName(ctx, k);
  if (v >= 0 && sameClause(ctx, v, k) && ctx.is(v, verbs)) return !(ctx.is(v, ctx.lex.wordLists['convicting-verbs']) && convictedOf(ctx, after));
  return after < ctx.toks.count && sameClause(ctx, k, after) && ctx.is(after, verbs);
}

/**
 * The token right before the party's name starting at token `k`, past a label or a class noun the
 * name is given («وطالبت ميليشيا قسد», «ونددت قوات قسد», «بالتواطؤ مع ميليشيا "قسد"»): where a verb
 * or word whose subject or object the party is stands. -1 at the text's start.
 */
function slotBeforeName(ctx: Ctx, k: number): number {
  return k > 1 && (ctx.hasHit('labels', k - 1) || ctx.is(k - 1, ctx.lex.wordLists['construct-heads'])) ? k - 2 : k - 1;
}

/** The token after the party's name starting at token `k` (a relational adjective stands alone). */
function nameEnd(ctx: Ctx, k: number): number {
  const m = ctx.refs.mentionAt[k];
  return m >= 0 ? ctx.refs.mentions[m].t1 : k + 1;
}

/** Words after a party a verb that convicts may name the act it is convicted of «بـ». */
const CONVICTED_REACH = 4;

/** Whether a label carrying «بـ» starts within {@link CONVICTED_REACH} words from token `from`, in its clause. */
function convictedOf(ctx: Ctx, from: number): boolean {
  for (let j = from; j < from + CONVICTED_REACH && j < ctx.toks.count && sameClause(ctx, from - 1, j); j++) {
    const on = prepositionOn(ctx.word(j));
    if (on && prepositionOf(on) === BA && ctx.hasHit('labels', j)) return true;
  }
  return false;
}

/** «قصفت طائرات مسيرة مجهولة مواقع قسد»: a party owning the position named right before it is where the act fell, not its doer. */
function ownedThing(ctx: Ctx, k: number): boolean {
  const h = k - 1;
  if (h < 0 || !sameClause(ctx, h, k)) return false;
  return ctx.is(h, ctx.lex.wordLists.positions);
}

/**
 * «وذكر المتحدث باسم قسد أن العمليات تهدف إلى تحرير ريف الحسكة الجنوبي», «نكون قد حررنا المدينة
 * كاملة»: a word of freeing that no rule attached, in the words of a speaker whose party is known,
 * is that party's own liberation. (The fallen a speaker mourns are often civilians: martyr words
 * are left alone.)
 */
function forSpeakersSide(ctx: Ctx, found: Draft[]): void {
  const freeing = freeingTerms(ctx.lex);
  for (const d of found) {
    if (d.actor || !d.quoted || d.kind !== 'framing' || d.term === undefined || !freeing.has(d.term)) continue;
    // («المناطق المحررة»: a word describing the places agrees with them; whose liberation it was, the speaker does not say.)
    if (ctx.is(d.t0, WITH_ARTICLE) && d.t0 > 0 && sameClause(ctx, d.t0 - 1, d.t0) && ctx.is(d.t0 - 1, WITH_ARTICLE)) continue;
    // («وأضافت أن مقاتلي الجيش السوري الحر حرروا قرية»: fighters named just before it, whom no list knows, are its doers.)
    const side = fightersBefore(ctx, d.t0) ? undefined : announcer(ctx, d);
    if (!side) continue;
    d.actor = side.actor;
    d.how = 'own-side';
  }
}

/** The ids of the words of freeing (`freesNamed`), worked out once per lexicon. */
const FREEING = new WeakMap<object, Set<string>>();
function freeingTerms(lex: Ctx['lex']): Set<string> {
  let ids = FREEING.get(lex);
  if (!ids) {
    ids = new Set<string>();
    for (const e of (lex.list.sympathy ?? []) as LabelEntry[]) if (e.freesNamed) ids.add(e.id);
    FREEING.set(lex, ids);
  }
  return ids;
}

/**
 * «قوات سوريا الديموقراطية ميليشيات إرهابية», «أن قوات النظام التركي احتلت بوابة رأس العين»: a
 * label with no article right after a party's name that opens its clause (or follows «إن/أن») says
 * what that party is or did. After a verb the name is its subject and the label its object
 * («قصفت قسد ميليشيات النظام»): no.
 */
function predicateOf(ctx: Ctx, found: Draft[]): void {
  const { st, refs } = ctx;
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    if (d.actor || d.kind !== 'framing' || d.t0 === 0 || !categoryIs(ctx.lex, d.category, 'names') || ctx.is(d.t0, WITH_ARTICLE)) continue;
    const mi = refs.mentionAt[d.t0 - 1];
    if (mi < 0) continue;
    const m = refs.mentions[mi];
    if (m.t1 !== d.t0 || st.clause[m.t0] !== st.clause[d.t0]) continue;
    // «قوات النظام التركي ومرتزقتها»: the groups a party backs, joined to its name (its followers,
    // lib/resolve/references.ts) — no predicate on the party.
    const follower = followerAt(ctx, d.t0);
    const opens = m.t0 === 0 || st.clause[m.t0 - 1] !== st.clause[m.t0] || ctx.is(m.t0 - 1, ctx.lex.wordLists.that);
    if (!opens && !follower) continue;
    d.actor = follower ?? m.actor;
    d.how = follower ? 'owner' : 'predicate';
    // «قسد ميليشيات إرهابية»: adjectives that agree with the predicate, right after it, describe it too.
    for (let j = i + 1, end = d.t1; j < found.length; j++) {
      const a = found[j];
      if (a.t0 !== end || a.actor || a.kind !== 'framing' || st.clause[a.t0] !== st.clause[d.t0] || ctx.is(a.t0, WITH_ARTICLE) || !isAdjective(ctx, a.t0)) break;
      a.actor = d.actor;
      a.how = 'construct';
      end = a.t1;
    }
  }
}

/** The party of the followers named at token `t` («ومرتزقتها» after «القوات التركية»: the SNA), if any. */
function followerAt(ctx: Ctx, t: number): ActorId | undefined {
  for (const f of ctx.refs.followers) if (f.t0 === t) return f.actor;
  return undefined;
}

/** Whether a distancing marker that stands before its words ends right before the word, or one that follows them starts right after it. */
function heldAtDistance(ctx: Ctx, hit: Hit): boolean {
  const before = markerBefore(ctx, hit);
  if (before) return before.position === 'before' && !before.beforeQuote;
  const entries = (ctx.lex.list.distancing ?? []) as DistancingEntry[];
  const marker = hit.t1 < ctx.toks.count ? ctx.hitEntry('distancing', hit.t1) : -1;
  return marker >= 0 && entries[marker]?.position === 'after';
}

/**
 * The distancing marker that ends right before the word, within four words back («ما يسمى
 * بالانتفاضة», «ما وصفه بالعدوان»; «ما تصفه بـ الممر»: «بـ» written apart still joins them).
 */
function markerBefore(ctx: Ctx, hit: Hit): DistancingEntry | undefined {
  const entries = (ctx.lex.list.distancing ?? []) as DistancingEntry[];
  for (let t = hit.t0 - 1; t >= 0 && t >= hit.t0 - 4; t--) {
    const h = ctx.hitAt('distancing', t);
    if (h && (h.t1 === hit.t0 || (h.t1 === hit.t0 - 1 && ctx.word(h.t1) === BA))) return entries[h.index];
  }
  return undefined;
}

/**
 * «وحدات حماية الشعب، التي تعتبرها أنقرة منظمة إرهابية», «بينما تصنفها تركيا كمنظمة إرهابية»:
 * a label a few words after a verb of classing that holds its object («ها»), in its clause, is
 * the classer's verdict reported — unless it describes the classer itself, right after its name
 * («التي اعتبرها تنظيم داعش الإرهابي عاصمةً له»).
 */
function classedBy(ctx: Ctx, t0: number): boolean {
  return classingWord(ctx, t0) >= 0 || classedObject(ctx, t0) !== undefined;
}

/**
 * «وتعتبر أنقرة حزب الاتحاد الديمقراطي وجناحه العسكري منظمة إرهابية»: a verb of classing, the
 * party that classes right after it, then the party it classes before the label: the label is
 * the classer's verdict on that party. (With no party classed in between — «يعتبر داعش من أخطر
 * التنظيمات الإرهابية», in the passive — the words are the outlet's.)
 */
function classedObject(ctx: Ctx, t0: number): Found | undefined {
  const verbs = ctx.lex.wordLists['designation-verbs'];
  for (let k = t0 - 2; k >= 0 && k >= t0 - CLASSED_OBJECT_REACH && sameClause(ctx, k, t0); k--) {
    if (!ctx.is(k, verbs)) continue;
    // «تركيا التي تعتبر هذا الحزب منظمة إرهابية»: the classer stands before the relative pronoun,
    // and the party right after the verb (or after a demonstrative) is the one classed.
    if (k > 0 && ctx.is(k - 1, ctx.lex.wordLists.relatives)) {
      const o = ctx.is(k + 1, ctx.lex.wordLists.demonstratives) ? k + 2 : k + 1;
      const object = o < t0 ? ctx.refs.mentionAt[o] : -1;
      return object >= 0 && ctx.refs.mentions[object].t0 === o && ctx.refs.mentions[object].t1 <= t0
        ? { actor: ctx.refs.mentions[object].actor, t: o, how: 'construct' }
        : undefined;
    }
    const classer = ctx.refs.mentionAt[k + 1];
    if (classer < 0 || ctx.refs.mentions[classer].t0 !== k + 1) return undefined;
    const next = classer + 1 < ctx.refs.mentions.length ? ctx.refs.mentions[classer + 1] : undefined;
    return next && next.t1 <= t0 ? { actor: next.actor, t: next.t0, how: 'construct' } : undefined;
  }
  return undefined;
}

/** Words from a verb of classing with its classer named to the label it gives. */
const CLASSED_OBJECT_REACH = 14;

/** The word of classing whose verdict the label at `t0` reports, within reach; -1 for none. */
function classingWord(ctx: Ctx, t0: number): number {
  const designation = ctx.lex.wordLists.designation;
  for (let k = t0 - 1; k >= 0 && k >= t0 - CLASSED_REACH && sameClause(ctx, k, t0); k--) {
    if (!ctx.is(k, designation)) continue;
    const m = k + 1 < t0 ? ctx.refs.mentionAt[k + 1] : -1;
    // «الذي تصنفه تركيا بالارهابي»: a label with a preposition on it is the verdict, not an adjective of the classer.
    return m < 0 || ctx.refs.mentions[m].t1 < t0 || prepositionOn(ctx.word(t0)) !== undefined ? k : -1;
  }
  return -1;
}

/**
 * «وحدات حماية الشعب، التي تعتبرها أنقرة منظمة إرهابية»: a verdict reported after a verb of
 * classing hits what the verb's pronoun stands for — in a relative clause, the party named right
 * before «التي»/«الذي»; outside one, the party named before the verb ({@link classedByPronoun}).
 */
function classedParty(ctx: Ctx, hit: Hit): Found | undefined {
  const object = classedObject(ctx, hit.t0);
  if (object) return object;
  const k = classingWord(ctx, hit.t0);
  if (k >= 1 && !ctx.is(k - 1, ctx.lex.wordLists.relatives)) return classedByPronoun(ctx, k);
  // A relative pronoun right before the verb: the party named before it.
  if (k < 2 || ctx.st.sentence[k - 2] !== ctx.st.sentence[k]) return undefined;
  // («وحدات حماية الشعب الكردية السورية، التي»: past up to two adjectives of the name.)
  let j = k - 2;
  while (j > 0 && j >= k - 4 && !ctx.refs.refAt(j) && ctx.is(j, DEFINITE_NISBA) && sameClause(ctx, j - 1, j)) j--;
  const what = ctx.refs.refAt(j);
  return what ? { actor: what, t: j, how: 'construct' } : undefined;
}

/** Words from a verb of classing to the label it gives. */
const CLASSED_REACH = 4;

/**
 * «تعد قوات سوريا الديمقراطية … شريكًا رئيسيًا للولايات المتحدة في سوريا، بينما تصنفها تركيا
 * كمنظمة إرهابية»: a verb of classing at `k` whose object pronoun stands for a party named before
 * it in its sentence — the nearest one named where it may be the object's antecedent: not after a
 * preposition («في الحرب على "داعش"، وتعتبرها أنقرة»), and not the verb's own subject right
 * before it («المخابرات المركزية الأمريكية (CIA) لا تزال تعتبره»).
 */
function classedByPronoun(ctx: Ctx, k: number): Found | undefined {
  if (!carriesPronoun(ctx, k)) return undefined;
  // The verb opens its clause, or follows «بينما» or «لا تزال»: a noun right before it may be the
  // pronoun's own antecedent («فصائل كردية تصفها تركيا ب»إرهابية»», «109 شخصا وصفهم بالإرهابيين»).
  if (sameClause(ctx, k - 1, k) && !ctx.is(k - 1, ctx.lex.wordLists['still-verbs']) && !ctx.is(k - 1, ctx.lex.wordLists['while-words'])) return undefined;
  // («وتدعم الولايات المتحدة قسد فيما تعتبرها أنقرة»: a party before «فيما» is no subject of the verb after it.)
  const opened = ctx.is(k - 1, ctx.lex.wordLists['while-words']);
  // The names before `k`, nearest first, not after a preposition: one pass over the sentence finds
  // for every token the nearest such name before it (a walk back for each verb is quadratic).
  const nearest = (t: number): number =>
    walkedBefore(ctx, Walk.Antecedent, t, (from, to, out) => {
      let last = NONE;
      for (let j = from; j < to; j++) {
        out[j] = last;
        const m = ctx.refs.mentionAt[j];
        if (m >= 0 && ctx.refs.mentions[m].t0 === j && !nameAfterPreposition(ctx, j)) last = j;
      }
    });
  for (let j = nearest(k); j >= 0; j = nearest(j)) {
    const m = ctx.refs.mentionAt[j];
    if (!opened && sameClause(ctx, j, k) && k - ctx.refs.mentions[m].t1 <= CLASSER_SUBJECT_REACH) continue;
    // («تعتبره» is masculine: a feminine name is not what it stands for, nor one further back.)
    if (disagrees(pronounAgreement(ctx, k), nameAgreement(ctx, j), false)) return undefined;
    return { actor: ctx.refs.mentions[m].actor, t: j, how: 'construct' };
  }
  return undefined;
}

/** Words between a party named before a verb of classing and the verb, for the party to be its subject. */
const CLASSER_SUBJECT_REACH = 3;

/** «في الحرب ضد المنظمات الإرهابية»: a kind of group in general; «وتصنّفه "إرهابياً"»: a designation reported. */
function generalOrDesignation(ctx: Ctx, t0: number): boolean {
  if (t0 > 0 && sameClause(ctx, t0 - 1, t0) && ctx.is(t0 - 1, ctx.lex.wordLists['group-plurals'])) return true;
  for (let k = t0 - 1; k >= 0 && k >= t0 - 6 && sameClause(ctx, k, t0); k--) if (ctx.is(k, ctx.lex.wordLists['classify-verbs'])) return true;
  return false;
}

/**
 * «الميليشيات تقمع أكراد رأس العين … وأقدمت ميليشيا "فرقة الحمزة" الإرهابية»: a bare label in a
 * headline or lead, before any party is given it, is the party the article gives the same kind of
 * label to further on — when it gives it to one party only, within the same reach as a label
 * that refers back. One pass gathers, per kind (the word, and the category where the category
 * shares its reference), where a party is first given it and whether more than one party is.
 */
function sameLabelAhead(ctx: Ctx, found: Draft[]): void {
  interface Kind {
    /** Index of the first finding of this kind with a party (a default one included, or one this rule gave). */
    first: number;
    /** The one party given it by a rule, or null when more than one is. */
    actor: ActorId | null | undefined;
    /** Where that party is first given it by a rule. */
    at: number;
    /** Whether `first` is one this rule gave its party (a bare label ahead of `at`). */
    ahead?: boolean;
  }
  // Per direction, the kinds by word and by category, looked up by the ids as they are (a key
  // built by joining strings is hashed anew at every lookup).
  type Kinds = Map<string | undefined, Kind>;
  const tables = { against: { term: new Map() as Kinds, category: new Map() as Kinds }, favour: { term: new Map() as Kinds, category: new Map() as Kinds } };
  // At most two kinds per finding, put in one pair reused from call to call: this runs for
  // every framing finding, and a fresh array and closure each time were most of what it allocated.
  const pair: Kind[] = [];
  const take = (table: Kinds, key: string | undefined, first: number, n: number): number => {
    let k = table.get(key);
    if (!k && first >= 0) table.set(key, (k = { first, actor: undefined, at: -1 }));
    if (!k) return n;
    pair[n] = k;
    return n + 1;
  };
  /** How many kinds of `d` exist, or with `first` given, are created with it as their first; they are in `pair`. */
  const kindsOf = (d: Draft, first = -1): number => {
    const side = d.direction === 'favour' ? tables.favour : tables.against;
    const n = take(side.term, d.term, first, 0);
    return categoryIs(ctx.lex, d.category, 'sharedReference') ? take(side.category, d.category, first, n) : n;
  };
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f.actor || f.kind !== 'framing') continue;
    for (let j = 0, n = kindsOf(f, i); j < n; j++) {
      const k = pair[j];
      if (f.how === 'fallback') continue;
      if (k.actor === undefined) {
        k.actor = f.actor;
        k.at = f.t0;
      } else if (k.actor !== f.actor) k.actor = null;
    }
  }
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    if (d.actor || d.kind !== 'framing' || generalOrDesignation(ctx, d.t0) || anyOfKind(ctx, d.t0, d.t1) || ownedByOther(ctx, d)) continue;
    // «النظام والميليشيات الإرهابية»: an adjective on a labelled noun describes that noun and goes
    // with it, party or none; it does not look ahead on its own.
    if (i > 0 && describesUnattachedLabel(ctx, found[i - 1], d.t0)) continue;
    // «الميليشيات تقمع … لا تزال المليشيات الإرهابية تواصل قمع»: after a bare label this rule gave
    // its party, a later noun label with the article, still ahead of the first party given, refers
    // back to the same; an indefinite one («هجومٍ إرهابيٍ») is a new referent.
    const definite = ctx.is(d.t0, WITH_ARTICLE) && labelAt(ctx, d.t0)?.role !== 'adjective';
    let actor: ActorId | undefined;
    let at = Infinity;
    let decided = true;
    for (let j = 0, n = kindsOf(d); j < n; j++) {
      const k = pair[j];
      // Only before the first party given such a label: after it, the label refers back.
      if ((k.first < i && !(k.ahead && definite)) || k.actor === null || (actor !== undefined && k.actor !== undefined && k.actor !== actor)) decided = false;
      if (k.actor) {
        actor = k.actor;
        at = Math.min(at, k.at);
      }
    }
    if (!decided || actor === undefined || at - d.t1 > SAME_LABEL_REACH) continue;
    d.actor = actor;
    d.how = 'same-label';
    // It is now the first of its kind with a party: a later bare one is not before the first, unless
    // it refers back to this one (a noun label with the article, above).
    for (let j = 0, n = kindsOf(d); j < n; j++) {
      pair[j].first = i;
      pair[j].ahead = true;
    }
  }
}

/**
 * «وقفة صمت على أرواح الشهداء» in an article that calls the SDF's administration «إقليم شمال
 * وشرق سوريا» in its own voice: a bare word of an `ownSide` category that no rule attached, in
 * the outlet's own voice, is for the one party whose own naming the outlet adopts. With two such
 * parties, or none, it stays unattached.
 */
function forOwnSide(ctx: Ctx, found: Draft[]): void {
  let side: ActorId | undefined;
  for (const d of found) {
    if (!d.actor || d.quoted || !categoryIs(ctx.lex, d.category, 'ownNaming')) continue;
    if (side !== undefined && side !== d.actor) return;
    side = d.actor;
  }
  // «عوائل الشهداء» in an article whose own words favour the SDF alone, and never speak against it.
  const named = side !== undefined;
  if (side === undefined) side = favoured(found);
  // «ارتقى أحد مقاتلينا»: the one party the outlet speaks as, in its own first person, unless its own words hit it.
  if (side === undefined) side = spokenAs(ctx);
  if (!named && side !== undefined && found.some((d) => d.actor === side && !d.quoted && d.direction === 'against')) return;
  if (side === undefined) return;
  const entries = (ctx.lex.list.sympathy ?? []) as LabelEntry[];
  for (const d of found)
    if (!d.actor && !d.quoted && categoryIs(ctx.lex, d.category, 'ownSide') && !victimsAfter(ctx, d.t0, d.t1)) {
      // A word of freeing names its liberator by its agent or subject, not by the side the outlet takes.
      const e = named ? undefined : entries.find((x) => x.id === d.term);
      if (e && (e.byAgent || e.bySubject)) continue;
      // «ومقاتلين من قوات الدفاع الشعبي استشهدوا»: the fallen named just before, as a group no list knows.
      if (!named && fightersBefore(ctx, d.t0)) continue;
      d.actor = side;
      d.how = 'own-side';
    }
}

/** Fighters named within six words before token `t`, in its clause: the fallen the word is about. */
function fightersBefore(ctx: Ctx, t: number): boolean {
  for (let k = t - 1; k >= 0 && k >= t - 6 && sameClause(ctx, k, t); k--) if (ctx.is(k, ctx.lex.wordLists.fighters)) return true;
  return false;
}

/** The one party words of favour in the outlet's own voice were attached to, which its own words never hit against; none if none or two. */
function favoured(found: Draft[]): ActorId | undefined {
  let side: ActorId | undefined;
  for (const d of found) {
    if (!d.actor || d.quoted || d.direction !== 'favour') continue;
    if (side !== undefined && side !== d.actor) return undefined;
    side = d.actor;
  }
  if (side !== undefined && found.some((d) => d.actor === side && !d.quoted && d.direction === 'against')) return undefined;
  return side;
}

/** «استشهاد امرأة», «استشهد ثلاثة مدنيين»: the fallen named as victims within three words after the word, in its clause. */
function victimsAfter(ctx: Ctx, t0: number, t1: number): boolean {
  for (let t = t1; t < t1 + 3 && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[t0]; t++) if (ctx.is(t, ctx.lex.wordLists.victims)) return true;
  return false;
}

/**
 * «وقال أردوغان: "سنطهر منبج من الإرهابيين"», «وكشف البيان [للأسايش] ضبط سلاح … في مساندة
 * الإرهابيين»: a bare label no rule attaches, in a party's own words, means whom that party calls
 * so. A default: it is not handed on to other words.
 */
function calledBySpeaker(ctx: Ctx, entry: LabelEntry, speaker: { actor?: ActorId } | undefined, hit: Hit): Found | undefined {
  if (!speaker?.actor || !categoryIs(ctx.lex, entry.category, 'bySpeaker')) return undefined;
  if (generalOrDesignation(ctx, hit.t0)) return undefined;
  return calledBy(ctx, entry, speaker.actor, hit);
}

/**
 * Whom party `by` calls by a bare label of `entry` (its `calls`), when the label can describe that
 * party — unless the article names another party the label can describe and never that one:
 * Turkey's «الإرهابيين» in a statement on an ISIS cell, with the SDF named nowhere, are ISIS's men.
 */
function calledBy(ctx: Ctx, entry: LabelEntry, by: ActorId, hit: Hit): Found | undefined {
  const called = ctx.lex.actors.get(by)?.calls;
  if (!called || called === by || !fits(entry, called)) return undefined;
  // «إرهابيي تنظيم "بي كي كي" … شمالي العراق»: an owner named that is no party here is whom it means.
  if (ownedByUnlisted(ctx, hit.t1)) return undefined;
  if (!ctx.refs.named.has(called)) for (const other of ctx.refs.named) if (other !== by && fits(entry, other)) return undefined;
  return { actor: called, t: hit.t0, how: 'fallback' };
}

/**
 * «وتقاتل قوات سوريا الديمقراطية ضد الإرهابيين», «معارك قسد لطرد الإرهابيين من المدينة»: a bare
 * label right after a word of fighting or defeat, in a sentence whose subject is a party, means
 * whom that party fights under that name — as in its own words. A default: not handed on.
 */
function calledByFighter(ctx: Ctx, entry: LabelEntry, hit: Hit): Found | undefined {
  if (!categoryIs(ctx.lex, entry.category, 'byFighter') || hit.t0 === 0 || !sameClause(ctx, hit.t0 - 1, hit.t0)) return undefined;
  const before = hit.t0 - 1;
  if (!(ctx.is(before, ctx.lex.wordLists['against-words']) || ctx.is(before, ctx.lex.wordLists['defeat-words'])) || generalOrDesignation(ctx, hit.t0)) return undefined;
  const fighter = sentenceSubject(ctx, hit.t0);
  return fighter && calledBy(ctx, entry, fighter.actor, hit);
}

/** «القرية التي تم تحريرها منذ أيام من قبل وحدات الحماية الشعبية»: after «تم», the doer «من قبل»/«على يد» names. */
function passiveDoer(ctx: Ctx, hit: Hit): Found | undefined {
  return hit.t0 > 0 && ctx.is(hit.t0 - 1, ctx.lex.wordLists['passive-verbs']) ? agent(ctx, hit.t1, false) : undefined;
}

/** Words from a word of freeing to the «على يد» that names who freed («تحرير القرية من داعش على يد»). */
const BY_HAND_REACH = 6;

/**
 * «لتحرير المدينة على يد قوات سوريا الديمقراطية»: «على يد» a few words after a word of freeing,
 * in its clause, names the liberator — not «من قبل», which also reads «from» («من قبل مرتزقة
 * داعش»), and not past a relative pronoun opening another clause (word lists `relatives` and
 * `relatives-with-preposition`: «لمن قضوا على يد التنظيم»).
 */
function byHandOf(ctx: Ctx, hit: Hit): Found | undefined {
  for (let t = hit.t1; t < hit.t1 + BY_HAND_REACH && t + 2 < ctx.toks.count && sameClause(ctx, t, hit.t0); t++) {
    if (ctx.is(t, ctx.lex.wordLists.relatives) || ctx.is(t, ctx.lex.wordLists['relatives-with-preposition'])) return undefined;
    // «على يد» alone of the agent pairs: «من قبل» also reads «from».
    if (ctx.word(t + 1) !== 'يد' || !isAgentPair(ctx, t + 1)) continue;
    const f = refAfter(ctx, t + 2, 2, IN_CLAUSE);
    return f ? { actor: f.actor, t: f.t, how: 'agent' } : undefined;
  }
  return undefined;
}

/** Whether `actor` is the speaker's own party or the proxy it backs. */
function ownParty(ctx: Ctx, speaker: ActorId | undefined, actor: ActorId): boolean {
  if (speaker === undefined) return false;
  return speaker === actor || ctx.lex.actors.get(speaker)?.proxy === actor;
}

/**
 * «وأفاد تلفزيون النظام السوري بأن 12 متطرفاً فروا»: the party named in the source of what a
 * label against someone says is its speaker, not what the label hits — unless the word is part of
 * the source itself («وأعلنت ميليشيا قسد», «وأكد التنظيم المتطرف») or a fixed label. (A speaker may
 * praise itself.)
 */
function notTheSpeaker(found: Found | undefined, source: { t0: number; t1: number } | undefined, t: number): Found | undefined {
  if (!found || !source || given(found) || t < source.t1) return found;
  // «وأكد التنظيم المتطرف»: an adjective right after the source's name describes the source.
  if (t === source.t1 && found.t === t - 1) return found;
  return found.t >= source.t0 && found.t < source.t1 ? undefined : found;
}

/** Words back from a verb of classing to the noun its clause describes, past that noun's adjectives and a relative pronoun. */
const CLASSED_NOUN_REACH = 4;

/**
 * «وحدات حماية الشعب، التي تعتبرها أنقرة منظمة إرهابية»: the party named right after a verb of
 * classing is the one giving the label. The label hits the verb's object — the party its pronoun
 * points back to, named before it in the sentence — or, with no pronoun, no party a rule can tell.
 */
function notTheClassifier(ctx: Ctx, found: Found | undefined, t: number): Found | undefined {
  // The label right after the subject (with at most a class noun between: «منظمةً إرهابية»).
  if (!found || given(found) || found.t >= t || t - found.t > 2 || found.t === 0) return found;
  const verb = found.t - 1;
  const classify = ctx.lex.wordLists['classify-verbs'];
  if (!sameClause(ctx, verb, t) || !ctx.is(verb, classify)) return found;
  // «تتهم تركيا بارتكاب جرائم حرب»: an act the party is accused of doing is its own.
  if (ctx.is(t - 1, ctx.lex.wordLists['agent-masdars'])) return found;
  if (!OBJECT_PRONOUN.test(ctx.word(verb))) return undefined;
  // «الحزب الذي تصنفه أنقرة تنظيما إرهابيا», «الأكراد السوريين- تعتبرهم تركيا إرهابيين-»: after a
  // relative pronoun, or with no «و» to start a clause of its own, the verb's clause describes the
  // noun right before it (past the name's adjectives); a noun that names no party leaves the label
  // unattached.
  const relative = verb > 0 && ctx.is(verb - 1, ctx.lex.wordLists.relatives);
  if (relative || !joinedWord(ctx, verb, classify)) {
    let j = relative ? verb - 2 : verb - 1;
    while (j > 0 && j >= verb - CLASSED_NOUN_REACH && !ctx.refs.refAt(j) && ctx.is(j, DEFINITE_NISBA) && sameClause(ctx, j - 1, j)) j--;
    const what = j >= 0 ? ctx.refs.refAt(j) : undefined;
    return what ? { actor: what, t: j, how: 'construct' } : undefined;
  }
  const object = refBefore(ctx, verb, 12);
  // «… في الحرب على "داعش"، وتعتبرها أنقرة تنظيما إرهابيا»: the party the clause before fights is
  // not what the pronoun stands for; with it ruled out, no rule tells which party is.
  if (!object || wordBeforeName(ctx, object, [ctx.lex.wordLists['against-words'], ctx.lex.wordLists['defeat-words'], ctx.lex.wordLists['war-on']])) return undefined;
  return { actor: object.actor, t: object.t, how: 'construct' };
}

/** Whether the hit is exactly the words inside one quotation. */
function quotedExactly(ctx: Ctx, hit: Hit): boolean {
  const q = ctx.st.quote[hit.t0];
  return q >= 0 && ctx.st.quotes[q].t0 === hit.t0 && ctx.st.quotes[q].t1 === hit.t1;
}

/** A word of the class after «و» or «ف» («ومقاتلين»), or the word itself. */
function afterConjunction(ctx: Ctx, t: number, cls: WordClass): boolean {
  return ctx.is(t, cls) || joinedWord(ctx, t, cls);
}

/** Token `t` is a word of the class written after «و» or «ف» («ومقاتلين», «وتعتبرها»). */
function joinedWord(ctx: Ctx, t: number, cls: WordClass): boolean {
  const w = ctx.word(t);
  return opensWithConjunction(w) && cls.test(w.slice(1));
}
