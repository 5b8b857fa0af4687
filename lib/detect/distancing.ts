/**
 * Distancing: «ما يسمى», «المزعومة», «على حد زعمه», «التي أسمتها», and scare quotes around a
 * party's own name for itself or its campaign (”تعزيز الأمن“ in seed 000).
 */
import type { DistancingEntry, SelfDescriptionEntry } from '../terms/schema';
import {
  affiliation,
  isPossessed,
  nameAfterPreposition,
  nameStart,
  patronsClient,
  pronounOwner,
  refAfter,
  refBefore,
  relativeAntecedent,
  sentenceSubject,
  TIE_OWNER_REACH,
  type Found,
} from '../resolve/targets';
import { beforeItsTime } from '../resolve/references';
import type { Ctx } from '../resolve';
import { BA, CONJUNCTIONS, endsInPronoun, opensWithArticle, prepositionOn, isWaw } from '../text/clitics';
import { DRAFT, note, type Detector, type Draft } from './draft';
import { TokenKind } from '../text/tokenize';

/**
 * «ما وصفته اللجنة بـ”القوات الأمنية الفيدرالية السورية”»: after a marker at `t1`, the describer
 * named, then within a few words a quotation of plain words ({@link plainWords}) — a name, held as the
 * describer's. (A verdict in the quotation, «ما وصفه المرصد بأنه "مجزرة"», is only reported.)
 */
function describersName(ctx: Ctx, t1: number): boolean {
  const { st, toks } = ctx;
  if (t1 >= toks.count || ctx.word(t1).startsWith(BA) || st.quote[t1] >= 0) return false;
  for (let k = t1 + 1; k <= t1 + 3 && k < toks.count && st.clause[k] === st.clause[t1]; k++) {
    const q = st.quote[k];
    if (q < 0) continue;
    const quote = st.quotes[q];
    return quote.t0 === k && plainWords(ctx, quote.t0, quote.t1);
  }
  return false;
}

/** Words a person's name may run to after «المدعو», before «أحد» and the party the person is one of. */
const PERSON_NAME_WORDS = 6;

/** Words of `ranks-of` («صفوف», «من») between a person's title and the party served in, at most. */
const RANKS_WORDS = 2;

/**
 * The party one person named at a distance («المدعو») belongs to: the party right before the word
 * with words of membership between («عناصر من قسد من بينهم المدعو», «ميليشيا ملك شاه بقيادة
 * المدعو»), or right before it after one person's title or a word for fighters («القيادي في تنظيم
 * داعش المدعو», «القيادية في صفوف "قسد"، المدعوة»), or after the name as one of its members
 * («المدعو محمود العلي، أحد عناصر خلايا تنظيم داعش»), or after the name with the person's title
 * and the party the person serves in («المدعو "أبو أسامة الليبي" القيادي في "داعش"»). Otherwise
 * none: «قصف منزل المدعو …» names a victim, not a member.
 */
function memberOf(ctx: Ctx, hit: { t0: number; t1: number }): Found | undefined {
  const { st } = ctx;
  const sn = st.sentence[hit.t0];
  let k = hit.t0 - 1;
  let links = 0;
  for (; k >= 0 && st.sentence[k] === sn && links < 2 && ctx.is(k, ctx.lex.wordLists['member-links']); k--) links++;
  const m = k >= 0 && st.sentence[k] === sn ? ctx.refs.mentionAt[k] : -1;
  if (m >= 0) {
    const { actor, t0 } = ctx.refs.mentions[m];
    if (links > 0 || titledMember(ctx, t0)) return { actor, t: t0, how: 'preceding' };
  }
  for (let t = hit.t1; t < hit.t1 + PERSON_NAME_WORDS && t < ctx.toks.count && st.sentence[t] === sn; t++) {
    if (ctx.refs.refAt(t)) return undefined;
    // «مقتل المدعو "أبو أسامة الليبي" القيادي في "داعش"», «المدعوة “ليلى مصطفى” الرئيسة المشتركة
    // لمجلس الرقة المدني»: the person's title, then the body the person serves in.
    const title = personTitleEnd(ctx, t);
    if (title !== undefined) {
      let k = title;
      while (k < title + RANKS_WORDS && k < ctx.toks.count && ctx.is(k, ctx.lex.wordLists['ranks-of'])) k++;
      const f = k < ctx.toks.count && st.clause[k] === st.clause[t] ? ctx.refs.refAt(k) : undefined;
      return f && ctx.refs.mentionAt[k] >= 0 ? { actor: f, t: k, how: 'following' } : undefined;
    }
    if (!ctx.is(t, ctx.lex.wordLists['one-of'])) continue;
    const f = refAfter(ctx, t + 1, 4, { mentionsOnly: true });
    return f ? { actor: f.actor, t: f.t, how: 'following' } : undefined;
  }
  return undefined;
}

/** Where one person's title at token `t` ends («القيادي», «الرئيسة المشتركة»: word list `person-titles`, or a title of people), if one starts there. */
function personTitleEnd(ctx: Ctx, t: number): number | undefined {
  if (ctx.is(t, ctx.lex.wordLists['person-titles'])) return t + 1;
  const h = ctx.hitAt('titles', t);
  return h && h.t0 === t && !(ctx.lex.list.titles ?? [])[h.index]?.yieldsToVague ? h.t1 : undefined;
}

/** Words the teller of a claim may stand from its verb: «التي أوردتها "إدارة الإعلام والاتصال في وزارة الدفاع"». */
const TELLER_WORDS = 6;

/**
 * «المزاعم التي أوردتها وزارة الدفاع», «المزاعم التي تروّج لها قسد»: a relative pronoun right
 * after the claim's noun, then a verb whose pronoun points back to the claim — the claim is the
 * verb's subject's, named after it in the clause. (A verb with no such pronoun has the claim as
 * its subject: «المزاعم التي انتشرت حول …».) Only a verb that makes or puts the claim forward
 * (word list `claim-verbs`): one who describes or denies it («الهجمات الكيماوية المزعومة التي
 * وصفتها وزارة الدفاع الروسية بأنها مفبركة», «التي نفتها») only reports or rejects it.
 */
function toldBy(ctx: Ctx, t1: number): Found | undefined {
  if (t1 + 2 >= ctx.toks.count || ctx.st.clause[t1] !== ctx.st.clause[t1 - 1] || !ctx.is(t1, ctx.lex.wordLists.relatives)) return undefined;
  if (!ctx.is(t1 + 1, ctx.lex.wordLists['claim-verbs'])) return undefined;
  // The verb's object pronoun («أوردتها»), or «لها», «له» after it («تروّج لها»): what it acts on points back.
  const from = endsInPronoun(ctx.word(t1 + 1), true) ? t1 + 2 : ctx.is(t1 + 2, ctx.lex.wordLists['lam-pronouns']) ? t1 + 3 : undefined;
  if (from === undefined || from >= ctx.toks.count) return undefined;
  const teller = refAfter(ctx, from, TELLER_WORDS, { clause: true });
  if (!teller) return undefined;
  // «التي تروّج لها بعض وسائل الإعلام المقرّبة من روسيا»: a party the teller is close to is not the teller.
  const start = nameStart(ctx, teller.t);
  return start > from && ctx.is(start - 1, ctx.lex.wordLists.from) ? undefined : teller;
}

/** Words a name no list knows may run to after «ما يسمى» before the word that ties it to its party. */
const TIED_NAME_WORDS = 3;

/**
 * «ما يسمى مكتب “الدفاع الذاتي” التابع لميليشيات قسد», «ما يسمى هيئة التربية والتعليم التابعة
 * لميليشيا قسد»: a name no list knows, of a few words in its clause, then the word that ties it
 * to its party — that party, however it is labelled there.
 */
function tiedName(ctx: Ctx, t1: number): Found | undefined {
  const affiliated = ctx.lex.wordLists.affiliation;
  const inside = ctx.lex.wordLists['inside-ties'];
  for (let t = t1; t <= t1 + TIED_NAME_WORDS && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[t1]; t++) {
    if (ctx.refs.refAt(t)) return undefined;
    if (ctx.is(t, affiliated) || ctx.is(t, inside)) return affiliation(ctx, t) ?? sentencesOwn(ctx, t);
  }
  return affiliation(ctx, t1);
}

/**
 * «ما يسمى “العقد الاجتماعي” الذي أصدرته ميليشيا “قسد”»: a name no list knows, quoted or of a few
 * words, then a relative clause whose verb acts on it — the name is that verb's subject's
 * ({@link toldBy}).
 */
function toldAfterName(ctx: Ctx, t1: number): Found | undefined {
  const { st, toks } = ctx;
  let t = t1 < toks.count && ctx.word(t1) === BA ? t1 + 1 : t1;
  const q = t < toks.count ? st.quote[t] : -1;
  if (q >= 0 && st.quotes[q].t0 === t) t = st.quotes[q].t1;
  for (const end = t + TIED_NAME_WORDS; t <= end && t < toks.count && st.clause[t] === st.clause[t1]; t++) {
    // («ما تسمى بـ"قوات النخبة" التي وصفها الجيش الأمريكي بأنها …»: {@link toldBy} takes no verb of describing.)
    if (ctx.is(t, ctx.lex.wordLists.relatives)) return toldBy(ctx, t);
  }
  return undefined;
}

/**
 * «كما أصدرت … عبرَ ما يُسمّى "مكتب الدّفاع الذاتيّ" التابع لها»: a tie's pronoun with no party
 * named near enough for {@link affiliation} points back to the party its sentence named last
 * ({@link pronounOwner}).
 */
function sentencesOwn(ctx: Ctx, tie: number): Found | undefined {
  if (tie + 1 >= ctx.toks.count || !ctx.is(tie + 1, ctx.lex.wordLists['tie-pronouns']) || refBefore(ctx, tie - 1, TIE_OWNER_REACH)) return undefined;
  const f = pronounOwner(ctx, tie + 1);
  return f ? { actor: f.actor, t: f.t, how: 'affiliation' } : undefined;
}

/**
 * «انشقاق 280 عنصرا من ميليشيا قسد مما يسمى (فوج تل براك)»: «مما يسمى» right after a party's name
 * names a unit of that party — not of a patron named there («المدعومة تركيا مما يسمى …»).
 */
function unitOf(ctx: Ctx, t0: number): Found | undefined {
  if (t0 === 0 || ctx.word(t0) !== 'مما' || ctx.st.clause[t0 - 1] !== ctx.st.clause[t0]) return undefined;
  const a = ctx.refs.refAt(t0 - 1);
  if (!a || patronsClient(ctx, t0 - 1)) return undefined;
  return { actor: a, t: nameStart(ctx, t0 - 1), how: 'preceding' };
}

/** One person's title or a word for fighters at most three words before a party's name, with only words of the word list `ranks-of` between («في صفوف»). */
function titledMember(ctx: Ctx, t0: number): boolean {
  for (let j = t0 - 1; j >= 0 && j >= t0 - 3 && ctx.st.sentence[j] === ctx.st.sentence[t0]; j--) {
    if (ctx.is(j, ctx.lex.wordLists['person-titles']) || ctx.is(j, ctx.lex.wordLists.fighters)) return true;
    if (!ctx.is(j, ctx.lex.wordLists['ranks-of'])) return false;
  }
  return false;
}

/** Scare quotes hold a short name: at most this many words. */
const SCARE_QUOTE_MAX_TOKENS = 5;
const DISTANCING_WEIGHT = 0.6;
/** Words a claimant named after a verb of claiming may run to, before «أن»: «وزعم مدير المكتب الإعلامي لميليشيا قسد أن». */
const CLAIMANT_WORDS = 6;

export const detectDistancing: Detector = (ctx) => {
  const { attr } = ctx;
  const out: Draft[] = [];
  const entries = (ctx.lex.list.distancing ?? []) as DistancingEntry[];
  const selfs = (ctx.lex.list.selfDescriptions ?? []) as SelfDescriptionEntry[];
  // The party a self-description names, in the party's own time (none for a role or before it).
  const selfActor = (entry: SelfDescriptionEntry) => (entry.actor && !beforeItsTime(ctx.lex.actors.get(entry.actor), ctx.date) ? entry.actor : undefined);
  // «زعمت قسد أن …»: the claimant follows the verb; what follows «أن» is the claim, not who made it.
  const claimantAfter = (t1: number, reach = 3) => {
    for (let t = t1; t < t1 + reach && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[t1 - 1]; t++) {
      if (ctx.is(t, ctx.lex.wordLists.that)) return undefined;
      const m = ctx.refs.mentionAt[t];
      if (m >= 0) return { actor: ctx.refs.mentions[m].actor, t, how: 'following' as const };
    }
    return undefined;
  };
  // «يزعم أعداؤنا أن …», «يزعم البعض»: a word right after a verb of claiming that is neither «أن»
  // nor a preposition is its subject; when no party is named there, the sentence's subject is not
  // the claimant either.
  const ownSubjectAfter = (t1: number) =>
    t1 < ctx.toks.count &&
    ctx.st.clause[t1] === ctx.st.clause[t1 - 1] &&
    !ctx.is(t1, ctx.lex.wordLists.that) &&
    !ctx.is(t1, ctx.lex.wordLists.prepositions) &&
    prepositionOn(ctx.word(t1)) === undefined &&
    ctx.toks.kind[t1] === TokenKind.Arabic;
  // «ما يسمى بالعدوان الأمريكي»: a loaded label before the name is an accusation; holding it at a
  // distance does not hit the party accused, so no party is hit.
  const namedNotAccused = <F extends { t: number }>(f: F | undefined, t1: number): F | undefined => {
    if (!f) return f;
    for (let t = t1; t < f.t; t++) if (ctx.hasHit('labels', t)) return undefined;
    return f;
  };
  // «ما يسمى الخلافة»: a party's own name for itself right after the marker, no mention of it.
  const selfNamedAfter = (t1: number) => {
    for (let t = t1; t < t1 + 2 && t < ctx.toks.count && ctx.st.clause[t] === ctx.st.clause[t1 - 1]; t++) {
      const entry = ctx.hitEntry('selfDescriptions', t);
      if (entry < 0) continue;
      const actor = selfActor(selfs[entry]);
      return actor ? { actor, t, how: 'following' as const } : undefined;
    }
    return undefined;
  };
  // «إعلان البغدادي الخلافة المزعومة»: a party's own name for itself right before the adjective.
  const selfNamedBefore = (t0: number) => {
    const h = t0 > 0 && ctx.st.clause[t0 - 1] === ctx.st.clause[t0] ? ctx.hitAt('selfDescriptions', t0 - 1) : undefined;
    const actor = h && h.t1 === t0 ? selfActor(selfs[h.index]) : undefined;
    return actor ? { actor, t: t0 - 1, how: 'preceding' as const } : undefined;
  };
  // «ما يعرف بقوات …», «ما يُعرفون بـ "الجيش الوطني"»: the party named right after «ب»; «ما يعرف
  // إعلامياً بـ"داعش"» only explains a name.
  const knownAsParty = (t0: number, t1: number) =>
    t1 < ctx.toks.count && ctx.word(t1).startsWith(BA) && !otherName(t0) ? (namedNotAccused(refAfter(ctx, t1, 3, { clause: true }), t1) ?? selfNamedAfter(t1)) : undefined;
  // «مبنى تابع لقوات الأسايش، أو ما يعرف بقوى الأمن الداخلي»: «أو» before it gives the other name of
  // what was just named — unless that was a label, which the name it is known by answers («مرتزقة
  // الاحتلال التركي، أو ما يُعرفون بـ “الجيش الوطني السوري”»).
  const otherName = (t0: number) => {
    if (t0 < 1 || ctx.word(t0 - 1) !== 'او') return false;
    const m = t0 > 1 ? ctx.refs.mentionAt[t0 - 2] : -1;
    return m < 0 || ctx.refs.mentions[m].via !== 'label';
  };
  for (const hit of ctx.hits.get('distancing') ?? []) {
    if (ctx.chrome[hit.t0]) continue;
    const entry = entries[hit.index];
    // «بسبب "…"»: only before a quotation the outlet itself puts there; the quotation is the finding.
    let span: { s: number; e: number; t0: number; t1: number } = hit;
    if (entry.beforeQuote) {
      const q = hit.t1 < ctx.toks.count ? ctx.st.quote[hit.t1] : -1;
      const quote = q >= 0 ? ctx.st.quotes[q] : undefined;
      if (!quote || quote.t0 !== hit.t1 || quote.t1 - quote.t0 > SCARE_QUOTE_MAX_TOKENS || attr.at(hit.t0).cls !== 'none') continue;
      span = quote;
    }
    // «ما يسمى X»: the name after it. «X المزعومة»: the noun it describes — a party only when a
    // name stands right there («الاتفاق المزعوم بين الجانبين» hits no one), or when the noun's
    // pronoun points back to one («هزيمة تنظيم داعش وتلاشي خلافته المزعومة»), or when a relative
    // clause right after it tells who made it («العملية المزعومة والتي أطلقها جيش الاحتلال التركي»).
    // «على حد زعمه», «زعمت قسد», «زاعمين»: the claimant — right after the verb, or the subject of
    // the sentence.
    const adjective = hit.t1 - hit.t0 === 1 && opensWithArticle(ctx.word(hit.t0));
    // «بزعم محاربة داعش»: a claim's noun after «ب» is a pretext; whose, no near rule tells (the party
    // just before it is often the one it serves), so it is shown without a party.
    // («بحسب زعمها» is no pretext: «ب» opens «بحسب», not the claim's noun.)
    const phrase = hit.t1 - hit.t0 > 1;
    const pretext = entry.pretext === true || (entry.claimant === true && !entry.beforeQuote && !phrase && ctx.word(hit.t0).startsWith('ب'));
    // «أعلنت القيادة المركزية … عن ضربات على جماعات مدعومة من إيران بحسب زعمها»: the pronoun of a
    // claim's phrase is the one whose words these are, the source the sentence cites.
    const speaker = entry.claimant && phrase ? attr.at(hit.t0).source : undefined;
    const cited = speaker?.actor !== undefined ? { actor: speaker.actor, t: speaker.t0, how: 'following' as const } : undefined;
    // «يزعم أعداؤنا»: a claimant named after the verb by a noun that is no party.
    // (Only a verb that opens its clause: in «انتشرت أخبار تزعم انسحاب القوات» the noun after it is its object.)
    const opensClause = hit.t0 === 0 || ctx.st.clause[hit.t0 - 1] !== ctx.st.clause[hit.t0] || CONJUNCTIONS.some((c) => ctx.word(hit.t0).startsWith(c));
    const claimedBy = entry.claimant === true && !entry.beforeQuote && !pretext && !phrase && opensClause && ownSubjectAfter(hit.t1);
    const target = entry.owned
      ? (refAfter(ctx, hit.t1, 2, { clause: true }) ?? toldBy(ctx, hit.t1))
      : pretext
        ? clauseSubject(ctx, hit.t0)
        : entry.claimant
          ? (cited ??
            // «قال البيت الأبيض إن … تسبب فيه الجانب الروسي حسب زعمه»: the claim is the cited
            // speaker's, and the lists know no party for it; the party named before the phrase is
            // what the claim is about.
            (speaker
              ? undefined
              : // «عناصر حزب العمال الكردستاني الذين تزعم أنقرة أنهم …»: after a relative pronoun the party
                // before is what the claim is about; the claimant is the verb's own subject, after it.
                ((hit.t0 > 0 && ctx.is(hit.t0 - 1, ctx.lex.wordLists.relatives) ? undefined : refBefore(ctx, hit.t0, 3, { clause: true })) ??
                // («وزعم مدير المكتب الإعلامي لميليشيا “قسد” أن»: a subject of its own may run on to the party its words name.)
                claimantAfter(hit.t1, claimedBy ? CLAIMANT_WORDS : 3) ??
                (claimedBy ? undefined : sentenceSubject(ctx, hit.t0)))))
          : entry.needsParty
            ? knownAsParty(hit.t0, hit.t1)
            : entry.person
              ? (namedNotAccused(refAfter(ctx, hit.t1, 2, { clause: true }), hit.t1) ?? memberOf(ctx, hit))
              : entry.position === 'before'
                ? // «ما يسمى “قيادة الفوج الأول” التابع لـ “قسد”»: a name no list knows, then whose it is.
                  entry.reports
                  ? // «ردا على ما وصفته بالهجمات المدعومة من إيران»: a party in another's description is what
                    // the describer accused; holding the description at a distance does not hit it. Only a
                    // party's own name for itself («ما وصفوه بـ"الخلافة"») is that party's.
                    selfNamedAfter(hit.t1)
                  : namesItself(ctx, hit)
                    ? // «أداء ما تسميه “واجب الدفاع الذاتي”»: «what it calls» holds the namer's word at a
                      // distance — the party named right after the verb, or the subject of its clause.
                      namer(ctx, hit, claimantAfter(hit.t1))
                    : (namedNotAccused(refAfter(ctx, hit.t1, 5, { clause: true }), hit.t1) ??
                      selfNamedAfter(hit.t1) ??
                      tiedName(ctx, hit.t1) ??
                      unitOf(ctx, hit.t0) ??
                      toldAfterName(ctx, hit.t1))
                : adjective
                  ? (refBefore(ctx, hit.t0, 2, { clause: true }) ??
                    selfNamedBefore(hit.t0) ??
                    (hit.t0 > 0 && isPossessed(ctx, hit.t0 - 1) ? pronounOwner(ctx, hit.t0 - 1) : undefined) ??
                    toldBy(ctx, hit.t1))
                  : refBefore(ctx, hit.t0, 3, { clause: true });
    // A quoted term with no party giving it as a reason («بسبب "عاصفة شمسية"») is only a term; a
    // claim with no party making it («انتشرت أخبار تزعم …», «المزاعم الزائفة») reports a rumour.
    // «أدانت الحكومة ما وصفته بـ"الجريمة"»: reporting a description is the wire's neutral way to
    // attribute it, no distance of the outlet's own — unless it is a party's own name for itself,
    // or a name the outlet quotes as its describer's («في ما وصفته اللجنة بـ”القوات الأمنية الفيدرالية”»).
    if (entry.reports && !target && !describersName(ctx, hit.t1)) continue;
    // (A claim's phrase whose cited speaker the lists give no party stays, with no party.)
    if ((entry.beforeQuote || (entry.claimant && !pretext && !claimedBy && !speaker) || entry.owned || entry.needsParty) && !target) continue;
    // «أو ما يسمى» gives another name for what was just named: a party («ميليشيا (الأسايش) أو ما
    // تسمى (الشرطة المحلية)») — or a place («قرية تل حفيان أو ما تسمى بقرية العصفورية»), no finding.
    const renamed = entry.position === 'before' && !entry.claimant && !target && hit.t0 > 0 && ctx.word(hit.t0 - 1) === 'او';
    const renamedParty = renamed ? refBefore(ctx, hit.t0 - 1, 2, { mentionsOnly: true }) : undefined;
    if (renamed && !renamedParty) continue;
    const found = target ?? renamedParty;
    out.push({
      ...DRAFT,
      kind: 'distancing',
      s: span.s,
      e: span.e,
      t0: span.t0,
      t1: span.t1,
      severity: 'medium',
      explanation: entry.explanation,
      ...(entry.neutral ? { neutral: entry.neutral } : {}),
      ...(found ? { actor: found.actor, how: found.how } : {}),
      term: entry.id,
      category: 'distancing',
      direction: 'against',
      quoted: attr.at(hit.t0).reported && ctx.st.quote[hit.t0] >= 0,
      weight: DISTANCING_WEIGHT,
    });
  }

  // Scare quotes: a short quotation that is exactly a party's self-description, not reported speech.
  // House style: an outlet that puts quotation marks around plain names (“قسد”، “الجيش الوطني”)
  // quotes names, it does not hold them at a distance (Enab Baladi, Orient, North Press).
  // Other short quoted names count too: a place, an agency, a faction («“الهول”», «"نورث برس"»,
  // «“صقور الشمال”») — a few words with no loaded word and no party's own name among them.
  let quotedNames = 0;
  for (const q of ctx.st.quotes) {
    if (q.t1 <= q.t0 || ctx.hasHit('selfDescriptions', q.t0)) continue;
    const m = ctx.refs.mentionAt[q.t0];
    if (m >= 0 && ctx.refs.mentions[m].via === 'alias' && ctx.refs.mentions[m].t0 === q.t0 && ctx.refs.mentions[m].t1 === q.t1) quotedNames++;
    else if (q.t1 - q.t0 <= SCARE_QUOTE_MAX_TOKENS && plainWords(ctx, q.t0, q.t1)) quotedNames++;
  }
  const houseStyle = quotedNames >= 2;
  // «تنظيم "الدولة الإسلامية"», «عملية "نبع السلام"»: a name introduced by its class is written in
  // quotes — there and wherever else the article quotes the same name («لـ"الدولة الإسلامية"»).
  const markerEndsAt = new Set<number>();
  for (const h of ctx.hits.get('distancing') ?? []) {
    // Only a marker of what follows («ما يسمى»); «التي أسمتها ”…“» keeps both (seed 000).
    if (entries[h.index].position !== 'before' || entries[h.index].claimant) continue;
    markerEndsAt.add(h.t1);
    // «بـ» written apart: «ما يعرف بـ "…"».
    if (h.t1 < ctx.toks.count && ctx.word(h.t1) === 'ب') markerEndsAt.add(h.t1 + 1);
  }
  const quotedAsName = new Set<string>();
  // «عمليتي "درع الفرات" و"نبع السلام"»: a name joined by «و» to a quoted name is one too.
  let lastName = -1;
  for (const q of ctx.st.quotes) {
    if (q.t1 <= q.t0 || q.t0 === 0) continue;
    if (!introducesName(ctx, q.t0) && !(lastName === q.t0 - 1 && isWaw(ctx.word(q.t0 - 1)))) continue;
    quotedAsName.add(wordsOf(ctx, q.t0, q.t1));
    lastName = q.t1;
  }
  for (const q of ctx.st.quotes) {
    const n = q.t1 - q.t0;
    if (n === 0 || n > SCARE_QUOTE_MAX_TOKENS || ctx.chrome[q.t0]) continue;
    const hit = ctx.hitAt('selfDescriptions', q.t0);
    if (!hit || hit.t1 !== q.t1) continue;
    const entry = selfs[hit.index];
    if (entry.operation) continue;
    // An epithet («المدافعين عن الأضرحة») is no name: house style does not excuse quoting it.
    if (houseStyle && !entry.epithet) continue;
    if (!entry.epithet && quotedAsName.has(wordsOf(ctx, q.t0, q.t1))) continue;
    // «ما يسمى "الإدارة الذاتية"», «أو ما يُعرفون بـ"الجيش الوطني"»: the marker before the quote already holds the name at a distance.
    if (markerEndsAt.has(q.t0)) continue;
    // «تبنت “المقاومة الإسلامية” في العراق»: the quoted words open a party's full name, which goes on after the quote.
    if (!entry.epithet && partOfLongerName(ctx, q.t0, q.t1)) continue;
    // «في ما وصفته اللجنة بـ"…"», «أعلنت … "…"»: the quote reports someone's words.
    const cover = attr.at(q.t0);
    if (cover.cls !== 'none') continue;
    // «”الضامن” الروسي»: a role given to whichever party is named right after it.
    const after = q.t1 < ctx.toks.count && ctx.st.clause[q.t1] === ctx.st.clause[q.t1 - 1] && ctx.st.quote[q.t1] < 0 ? ctx.refs.refAt(q.t1) : undefined;
    const actor = selfActor(entry) ?? after;
    if (!actor) continue;
    out.push({
      ...DRAFT,
      kind: 'distancing',
      s: q.s,
      e: q.e,
      t0: q.t0,
      t1: q.t1,
      severity: 'medium',
      ...note(ctx, 'scare-quotes'),
      actor,
      how: entry.actor ? 'fixed' : 'construct',
      term: `scare-quotes.${entry.id}`,
      category: 'scare-quotes',
      direction: 'against',
      quoted: false,
      weight: DISTANCING_WEIGHT,
    });
  }
  return out.sort((a, b) => a.s - b.s);
};

/** Whether tokens `t0` … `t1 - 1` are Arabic or Latin words none of which is a loaded word, a cue or a figure. */
function plainWords(ctx: Parameters<Detector>[0], t0: number, t1: number): boolean {
  for (let t = t0; t < t1; t++) {
    const k = ctx.toks.kind[t];
    if (k !== TokenKind.Arabic && k !== TokenKind.Latin) return false;
    if (ctx.hasHit('labels', t) || ctx.hasHit('sympathy', t) || ctx.hasHit('cues', t) || ctx.hasHit('distancing', t)) return false;
  }
  return true;
}

/** Whether a party's name starts at `t0` and runs on past `t1`. */
function partOfLongerName(ctx: Parameters<Detector>[0], t0: number, t1: number): boolean {
  const m = ctx.refs.mentionAt[t0];
  return m >= 0 && ctx.refs.mentions[m].t0 === t0 && ctx.refs.mentions[m].t1 > t1;
}

/** The words of tokens `t0` … `t1 - 1`, as a key. */
function wordsOf(ctx: Parameters<Detector>[0], t0: number, t1: number): string {
  const out: string[] = [];
  for (let t = t0; t < t1; t++) out.push(ctx.word(t));
  return out.join(' ');
}

/** A noun that introduces the name quoted at `t`, right before it or with an adjective of kind between («حملة عسكرية "غصن الزيتون"»). */
function introducesName(ctx: Parameters<Detector>[0], t: number): boolean {
  const classifiers = ctx.lex.wordLists['name-classifiers'];
  if (ctx.is(t - 1, classifiers)) return true;
  return t > 1 && ctx.is(t - 1, ctx.lex.wordLists['kind-adjectives']) && ctx.is(t - 2, classifiers) && ctx.st.clause[t - 2] === ctx.st.clause[t];
}

/**
 * The namer of «ما تسميه X»: a party named right after the verb («ما تسميه قسد بـ…»); none when
 * a plain noun follows it («حسب ما يسميها أبناء المنطقة»: the locals, no party); else the subject
 * of the clause, or the party whose force opens the sentence («الشرطة العسكرية التابعة للإدارة
 * الذاتية … ما تسميه “واجب الدفاع الذاتي”»).
 */
function namer(ctx: Parameters<Detector>[0], hit: { t0: number; t1: number }, after: Found | undefined): Found | undefined {
  if (after) return after;
  const next = hit.t1;
  if (next < ctx.toks.count && ctx.st.clause[next] === ctx.st.clause[hit.t0]) {
    const q = ctx.st.quote[next];
    const opensName = (q >= 0 && ctx.st.quotes[q].t0 === next) || ctx.word(next).startsWith(BA);
    if (!opensName) return undefined;
  }
  return clauseSubject(ctx, hit.t0) ?? tiedOpening(ctx, hit.t0);
}

/** The first party of the sentence of token `t` when it owns the noun before it by a tie («الشرطة العسكرية التابعة للإدارة الذاتية»). */
function tiedOpening(ctx: Parameters<Detector>[0], t: number): Found | undefined {
  for (let k = ctx.st.sentenceStart[ctx.st.sentence[t]]; k < t; k++) {
    if (!ctx.refs.refAt(k)) continue;
    const start = nameStart(ctx, k);
    return start > 0 && ctx.is(start - 1, ctx.lex.wordLists.affiliation) ? { actor: ctx.refs.refAt(k)!, t: k, how: 'subject' } : undefined;
  }
  return undefined;
}

/** «ما تسميه», «لما يسميها», «ما يسمونه»: a verb of naming with an object pronoun (word list `namer-verbs`) — «what it calls», its subject the namer. */
function namesItself(ctx: Parameters<Detector>[0], hit: { t1: number }): boolean {
  return ctx.is(hit.t1 - 1, ctx.lex.wordLists['namer-verbs']);
}

/**
 * «شن الطيران الحربي الأمريكي لغارة جوية على منشآت بزعم …», «وتركيا مصرة على … بذريعة …»: the
 * one acting on a pretext is the first party the clause names before it, by name or adjective —
 * not one after a preposition («الدعم … لتنظيم "ي ب ك" بزعم», «وجدت في داعش ذريعة»), which is
 * the act's object.
 */
function clauseSubject(ctx: Parameters<Detector>[0], t: number): Found | undefined {
  const c = ctx.st.clause[t];
  // (From the pretext itself: one that opens its clause has nothing of its clause before it.)
  let k = t;
  while (k > 0 && ctx.st.clause[k - 1] === c) k--;
  // («… بيد "قوات سوريا الديمقراطية" (قسد)، التي لطالما استخدمته كذريعة»: a clause opened by a
  // relative pronoun is about the party named right before it — and about none when a noun that is
  // no party stands there: «بغطاء جوي من المقاتلات الدولية، التي تشن غارات … بحجة …».)
  const own = subjectIn(ctx, k, t);
  if (own) return own;
  if (ctx.is(k, ctx.lex.wordLists.relatives)) return relativeAntecedent(ctx, t);
  const f = openingSubject(ctx, t, k) ?? frontedSubject(ctx, t) ?? nearestSubject(ctx, t, k);
  // «وأضافت المتحدثة الروسية أن “تصرفات واشنطن … تضخ النفط …، بذريعة قتال عناصر تنظيم داعش”»:
  // the one whose words these are is not the one acting in them; the subject is named in her words.
  const speaker = ctx.attr.at(t).reported ? ctx.attr.at(t).source : undefined;
  if (f && speaker && f.t >= speaker.t0 && f.t < speaker.t1)
    return speaker.t1 < t && ctx.st.sentence[speaker.t1] === ctx.st.sentence[t] ? subjectIn(ctx, speaker.t1, t) : undefined;
  return f;
}

/**
 * «بحجة ملاحقة مسلحي حزب العمال الكردستاني، أطلقت تركيا عملية عسكرية»: a pretext that opens its
 * sentence is the one the next clause's subject gives.
 */
function frontedSubject(ctx: Parameters<Detector>[0], t: number): Found | undefined {
  const { st, toks } = ctx;
  if (st.sentenceStart[st.sentence[t]] !== t) return undefined;
  let a = t;
  while (a < toks.count && st.clause[a] === st.clause[t]) a++;
  if (a >= toks.count || st.sentence[a] !== st.sentence[t]) return undefined;
  let e = a;
  while (e < toks.count && st.clause[e] === st.clause[a]) e++;
  return subjectIn(ctx, a, e);
}

/**
 * «وأطلقت تركيا، الأربعاء، عملية “نبع السلام” في شمال شرق سوريا، بذريعة …»: a pretext whose own
 * clause (starting at `from`) names no party at all is the one the sentence's first clause acts
 * on — the party it opens with.
 */
function openingSubject(ctx: Parameters<Detector>[0], t: number, from: number): Found | undefined {
  for (let k = from; k < t; k++) if (ctx.refs.refAt(k)) return undefined;
  const a = ctx.st.sentenceStart[ctx.st.sentence[t]];
  if (ctx.st.clause[a] === ctx.st.clause[t]) return undefined;
  let e = a;
  while (e < t && ctx.st.clause[e] === ctx.st.clause[a]) e++;
  return subjectIn(ctx, a, e);
}

/** Words back from a pretext to the party of a clause before its own («… كل ذلك بذريعة محاربة الإرهاب» sums up what many parties did). */
const PRETEXT_SUBJECT_REACH = 20;

/**
 * «أقدمت قوات النظام، أمس الأحد، على حرق عدد من المنازل …، بحجة أن أصحابها …»: a pretext whose own
 * clause (starting at `from`) names no party, in a sentence whose first clause gives no subject
 * ({@link openingSubject}), is the one the nearest clause before it that names a party gives.
 */
function nearestSubject(ctx: Parameters<Detector>[0], t: number, from: number): Found | undefined {
  for (let k = from; k < t; k++) if (ctx.refs.refAt(k)) return undefined;
  const a = ctx.st.sentenceStart[ctx.st.sentence[t]];
  let e = from;
  while (e > a) {
    let s = e - 1;
    while (s > a && ctx.st.clause[s - 1] === ctx.st.clause[e - 1]) s--;
    for (let k = s; k < e; k++) {
      if (!ctx.refs.refAt(k)) continue;
      const f = subjectIn(ctx, s, e);
      return f && t - f.t <= PRETEXT_SUBJECT_REACH ? f : undefined;
    }
    e = s;
  }
  return undefined;
}

/** The first party named in tokens [from, to), as {@link clauseSubject} reads a clause. */
function subjectIn(ctx: Parameters<Detector>[0], from: number, t: number): Found | undefined {
  const pronouns = ctx.lex.wordLists['cleft-pronouns'];
  for (let k = from; k < t; k++) {
    const a = ctx.refs.refAt(k);
    if (!a) continue;
    if (nameAfterPreposition(ctx, k)) return undefined;
    // «الرقة يسيطر عليها تنظيم "داعش" وهي تقصف … بحجة …»: a pronoun after the party starts another subject.
    // «شهدت مدن تركية … المظاهرات التي خرجت بذريعة …»: a relative pronoun just before gives the pretext
    // another subject («قصف الصهاريج التي تعبر … من خلال منفذ البوكمال بحجة …» keeps the main one).
    for (let j = k + 1; j < t; j++) if (ctx.is(j, pronouns) || (t - j <= 3 && ctx.is(j, ctx.lex.wordLists.relatives))) return undefined;
    return { actor: a, t: k, how: 'subject' };
  }
  return undefined;
}
