/**
 * The one schema for term lists: the built-in lists in `seeds/terms/*.json` and any list a user
 * imports go through it. Every section is optional so a list can carry just what it adds.
 */
import * as z from 'zod/mini';
import { ActorId, Bilingual, Direction, Severity } from '../model/report';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9_.-]*$/, 'ids are lowercase ascii: a-z 0-9 _ . -'));
const Form = z.string().check(z.minLength(1), z.maxLength(80));
const Forms = z.array(Form).check(z.minLength(1));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));
/** One word (no space), matched with or without a proclitic and the article. */
const ContextWord = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^\S+$/, 'one word, no spaces'));

/**
 * How a form matches a word of the text. `stem`: proclitics (و ف ب ل ك, ال), plural and dual
 * endings and enclitics are allowed; `word`: proclitics only; `exact`: the word as written.
 */
export const MatchMode = z.enum(['stem', 'word', 'exact']);
export type MatchMode = z.infer<typeof MatchMode>;

export const ActorEntry = z.object({
  id: ActorId,
  name: Bilingual,
  /** Names a neutral writer uses; the first is the reference name shown beside the others. */
  aliases: Forms,
  /**
   * Names of the actor's people («أحمد الشرع»): mentions like aliases, matched as whole words —
   * a personal name takes no endings («الشرع» is not «الشرعية», legitimacy).
   */
  people: z.optional(z.array(Form)),
  /**
   * Clans the actor stands for («العكيدات», «الشعيطات»): mentions like aliases, and also a people —
   * after a word for a deed they name those it was done to, not its doer («مجزرة الشعيطات»).
   */
  clans: z.optional(z.array(Form)),
  /** Relational adjectives («الأمريكية», «الإيرانية») that point a label at the actor but are no mention on their own. */
  adjectives: z.optional(z.array(Form)),
  /**
   * Adjectives that point at the actor only in a text holding a word of the word list `words`: the
   * PKK's names stand for the SDF in a text about Syria, while in one about Turkey's or Iraq's own
   * fight with the PKK («تحييد 12 إرهابياً من منظمة "بي كا كا" شمالي العراق») they point at no
   * party of the north-east.
   */
  homeAdjectives: z.optional(
    z.object({
      words: Id,
      /** A word list of places abroad: in a sentence naming one of them and none of `words`, the adjectives point at no one («تحييد 12 إرهابياً من "بي كا كا" شمالي العراق»). */
      abroad: z.optional(Id),
      forms: z.array(Form).check(z.minLength(1)),
    }),
  ),
  /** Words that refer back to the actor once it has been named («التنظيم» for ISIS). */
  anaphora: z.optional(z.array(Form)),
  /**
   * Fighters this actor hires or sponsors, when a label calls them its mercenaries (Turkey → the
   * SNA); an outlet against the actor in its own words is read as against its proxy too.
   */
  proxy: z.optional(ActorId),
  /**
   * Parties this actor fights in the north-east (the tribes and the SDF): an outlet against one of
   * them in its own words, in an article that names this actor, is read as leaning to this actor.
   */
  rivals: z.optional(z.array(ActorId)),
  /**
   * The party this actor's own statements mean by a bare label of a `bySpeaker` category: Turkey's
   * «الإرهابيين» are the SDF, the SDF's and the coalition's are ISIS.
   */
  calls: z.optional(ActorId),
  /**
   * Names this actor shares with another («الجيش السوري» for the Assad-era and the transitional
   * army): a mention goes to whichever of the two the article otherwise names more.
   */
  shared: z.optional(
    z.object({
      with: ActorId,
      forms: z.array(Form).check(z.minLength(1)),
      /** Adjectives both name, in their own time each: «الحكومية» is the Assad government's until December 2024, the transitional one's after. */
      adjectives: z.optional(z.array(Form)),
    }),
  ),
  /**
   * Names the actor went by until a date, when another party took them up («قوات الأمن الداخلي»:
   * the SDF's Asayish, and after December 2024 the transitional government's police too): a
   * mention only in an article dated wholly before `until`.
   */
  formerly: z.optional(z.object({ until: IsoDate, forms: z.array(Form).check(z.minLength(1)) })),
  /** The span of time the actor existed as named (YYYY-MM-DD): an article's date picks between actors sharing a name. */
  from: z.optional(IsoDate),
  until: z.optional(IsoDate),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const LabelCategory = z.enum([
  'militia',
  'mercenary',
  'occupation',
  'terror',
  'delegitimizing',
  'extremism',
  'regime',
  'authority',
  'event',
  'official-naming',
  'sympathy',
  'loyalist',
  'threat',
  'accusation',
  'proxy',
  'ideology',
]);
export type LabelCategory = z.infer<typeof LabelCategory>;

/**
 * A closed class of words a rule asks about («التي», «الذي» are relative pronouns; «تابع»,
 * «مدعوم» tie a force to a party), as normalized words. A word of the text belongs when it is
 * one of `words`, optionally after one of `prefixes` and before one of `suffixes`.
 */
export const WordListEntry = z.object({
  id: Id,
  /** What the rules ask the class for, with examples. */
  about: z.optional(z.string()),
  words: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  prefixes: z.optional(z.array(z.string().check(z.minLength(1)))),
  suffixes: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * Word lists whose words this one holds too, each with its own prefixes and suffixes — one
   * level deep: «not-a-name» and «time-words» both include «day-words».
   */
  includes: z.optional(z.array(Id)),
});
export type WordListEntry = z.infer<typeof WordListEntry>;

/**
 * What a category of label means to the rules, as flags, so no rule names a category: every
 * flag is off unless the list sets it.
 */
export const CategoryEntry = z.object({
  id: LabelCategory,
  /** A label of this category is a name for its party: it goes into the party's name ledger. */
  names: z.optional(z.boolean()),
  /** It names a force, which a construct reads through: «جرائم مليشيا قسد». */
  force: z.optional(z.boolean()),
  /**
   * Fighters hired by a party: a label on the party hits its proxy («مرتزقة الاحتلال التركي»). A
   * word of favour whose party is only guessed is not given to a party its sentence called a hireling.
   */
  hired: z.optional(z.boolean()),
  /** A bare label of this category refers back to the party last given a label of the same category. */
  sharedReference: z.optional(z.boolean()),
  /** An act or an accusation: it hits the agent of the sentence («ارتكبت قسد مجزرة»). */
  act: z.optional(z.boolean()),
  /** A party's own name for what it does: using it unmarked adopts the party's framing. */
  ownNaming: z.optional(z.boolean()),
  /** A bare label of this category that no rule attaches, in a party's own statement, hits whom that party `calls` so. */
  bySpeaker: z.optional(z.boolean()),
  /**
   * A bare label of this category that no rule attaches, right after a word of fighting or defeat
   * in a sentence whose subject is a party, hits whom that party `calls` so («تقاتل قسد ضد الجهاديين»).
   */
  byFighter: z.optional(z.boolean()),
  /** A bare word of this category that no rule attaches, in the outlet's own voice, is for the one party whose `ownNaming` the outlet adopts. */
  ownSide: z.optional(z.boolean()),
  /**
   * It says the party holds land by force (an occupier, a militia): a word of favour later in the
   * sentence whose party the grammar only guessed is liberation from it, not by it.
   */
  holdsByForce: z.optional(z.boolean()),
});
export type CategoryEntry = z.infer<typeof CategoryEntry>;

export const LabelEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  category: LabelCategory,
  /** Which way the word pushes the reader's view of its target. */
  direction: Direction,
  /** How hard it pushes, 0–2 (1 = an ordinary loaded label). */
  weight: z.number().check(z.minimum(0), z.maximum(2)),
  severity: Severity,
  /** A label that always means one actor («سلطة دمشق»); otherwise the target is resolved from the text. */
  target: z.optional(ActorId),
  /**
   * From this date on the label names another party than its `target`: «النظام السوري», Assad's
   * government until the transitional government took office, is that government in an article
   * dated after — except right after a word of defeat («بعد سقوط النظام السوري»: the fall of the
   * one before). An article dated only to a year or a month that straddles the day keeps `target`.
   */
  later: z.optional(z.object({ from: IsoDate, target: ActorId })),
  /**
   * Adjectives («الإرهابي») attach to the noun before them; nouns to the name after them; verbs
   * («حررتها», «حرروا») first to their subject, named right after them.
   */
  role: z.optional(z.enum(['noun', 'adjective', 'verb'])),
  /**
   * Not a marker when a count of people follows it, or people held (word list `captives`), or «من»
   * and a place of captivity (`captivity`): «تحرير آلاف السجناء» (seed 001), «تحرير الزميلين»,
   * «تحرير ليلى من المخيم» are a release, not a liberation.
   */
  notBeforeCounts: z.optional(z.boolean()),
  /**
   * A party named right after the word and then «من» is the one freed, not the one the word
   * favours: «تحرير تركيا من الاعتماد على الغاز» hits no party.
   */
  freesNamed: z.optional(z.boolean()),
  /**
   * The word describes a place as occupied («عفرين المحتلة», «إقليم عفرين الكردي المحتل»): a place
   * the term lists know a party took (section `captures`) hits that taking's `occupier` when the
   * article is dated in its span.
   */
  occupiedPlace: z.optional(z.boolean()),
  /**
   * The word hits the party a place is rid of, named after «من» a few words on: «لتطهيرها من
   * إرهابيي "ي ب ك"» holds that party to be filth. With no party named there it hits no one.
   */
  hitsFreedFrom: z.optional(z.boolean()),
  /**
   * How the party is found. `construct`: the word counts only when a name follows it directly
   * («خطر داعش»), or its `fallbackWhen` holds («من سطوة الإرهاب» in a text on ISIS alone; never
   * after «بـ» or joined by «و» to another evil); otherwise it is dropped. `fighters`: a martyr word — it favours an armed party
   * only when the fallen are that party's fighters («شهداء قسد», «استشهد مقاتل من الوحدات»);
   * otherwise it honours victims and hits no party.
   */
  resolve: z.optional(z.enum(['any', 'construct', 'fighters'])),
  /**
   * The word names a means a party uses on others («دروعاً بشرية»): its doer is the subject of a
   * verb of using before it in the sentence («يستخدم تنظيم داعش المدنيين دروعاً بشرية»).
   */
  means: z.optional(z.boolean()),
  /** Counts only when a rule finds the party it hits: a generic word («العدو», «الأبطال») means nothing on its own. */
  needsTarget: z.optional(z.boolean()),
  /**
   * Counts only when what it takes, within twelve words after it in its clause, is a word of this
   * word list: «استولت على منازل» (property) is a seizure, «استولى على القرى» (ground won in
   * battle) or «استولت على عتاد» (weapons taken) is not.
   */
  takes: z.optional(Id),
  /**
   * When no closer rule finds the party, the sentence's subject is the one the word is about:
   * «أعلنت قسد بدء معركة تحرير الرقة» — the liberator, not the city (one who welcomes it is not).
   */
  bySubject: z.optional(z.boolean()),
  /**
   * Only a doer named after it counts («على يد», «من قبل», «بسواعد»): a participle or an
   * intransitive verb («المدينة المحررة», «تحررت الباغوز») does not say who freed the place, and
   * the parties around it are often what it was freed from.
   */
  byAgent: z.optional(z.boolean()),
  /**
   * A party named right after a word of the `partner-words` list is one the word accuses with the
   * doer: «بالتواطؤ مع ميليشيا قسد» (collusion with the SDF) hits the SDF.
   */
  withPartner: z.optional(z.boolean()),
  /**
   * An adjective whose `fallbackWhen` party is also the party of the loaded noun it stands on:
   * «الميليشيا الانفصالية» is the SDF's militia in a text that names the SDF, where a plain
   * adjective leaves the noun to decide.
   */
  namesHead: z.optional(z.boolean()),
  /** The party the word means when no rule finds another: «دولة الاحتلال» alone is Israel. */
  fallback: z.optional(ActorId),
  /**
   * Like `fallback`, but only in a text that refers to one of `anyOf` and none of `noneOf`, by
   * name or by adjective («الاحتلال التركي»): «النظام»
   * means Assad's government in an article about Syria's parties, not in one about a bank;
   * «الجهاديين» is ISIS in an article whose only jihadist party is ISIS. `notInSentenceWith`: not in
   * a sentence that names one of these parties («تخشى تركيا من خطر النزعة الانفصالية بين
   * أقليتها الكردية» is about Turkey's own Kurds, not the SDF).
   */
  fallbackWhen: z.optional(
    z.object({
      actor: ActorId,
      anyOf: z.array(ActorId).check(z.minLength(1)),
      /** And every one of these too: «تحرير» is the SDF's in a text on the SDF and ISIS alone. */
      allOf: z.optional(z.array(ActorId)),
      noneOf: z.optional(z.array(ActorId)),
      notInSentenceWith: z.optional(z.array(ActorId)),
      /**
       * A word list: a text that refers to none of `anyOf` but has one of its words also qualifies
       * («النظام» in an article that names only Syria's places and the regime).
       */
      orWords: z.optional(z.string()),
    }),
  ),
  /**
   * The only parties the word can describe: «الميليشيات الطائفية» may be Assad's or Iran's
   * militias, never the SDF. A party a rule finds outside the list is not the word's.
   */
  describes: z.optional(z.array(ActorId).check(z.minLength(1))),
  /**
   * Parties for which the word is the plain account of what happened, not a verdict: «خطف» by ISIS
   * is what ISIS did, while «اختطاف» of people a de facto authority holds denies its detention any
   * legal character. Found on one of them, the word is no finding.
   */
  plainFor: z.optional(z.array(ActorId).check(z.minLength(1))),
  /** The word is loaded only in articles dated in this span («الدولة السورية» as loyalist naming before December 2024). */
  from: z.optional(IsoDate),
  until: z.optional(IsoDate),
  /** Words right after that show another sense: «النظام الفدرالي», «عملاء الشركة», «مرتدين زي». */
  notBefore: z.optional(z.array(ContextWord)),
  /** Words right before that make it a name or another sense: «مشفى الشهيد», «دوري أبطال», «حرب عصابات». */
  notAfter: z.optional(z.array(ContextWord)),
  /**
   * Whole words the forms refuse, written as they stand once a proclitic is taken off: another
   * word spelled with a form and an ending — a personal name («غزوان» is not «غزو») or a verb with
   * its pronoun («واجهها», faced it, is not «واجهة»).
   */
  notWords: z.optional(z.array(ContextWord)),
  explanation: Bilingual,
  neutral: z.optional(Bilingual),
  usedBy: z.optional(Bilingual),
});
export type LabelEntry = z.infer<typeof LabelEntry>;

export const DistancingEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  /** `before`: «ما يسمى X»; `after`: «X المزعومة». */
  position: z.enum(['before', 'after']),
  /** The words call a reason a pretext («بذريعة», «ذريعة»): it hits the one acting on it, the subject of its clause (or of the sentence's first clause), else no party. */
  pretext: z.optional(z.boolean()),
  /** A verb or phrase of claiming («زعمت», «زاعمين», «على حد زعمه»): it hits the claimant, named after the verb or as the sentence's subject — never what follows «أن». */
  claimant: z.optional(z.boolean()),
  /**
   * Counts only right before a quotation in the outlet's own words («بسبب "تصوير القصف التركي"»,
   * «بتهمة "…"»): the quoted reason or charge is held at a distance, and the finding is the quotation.
   */
  beforeQuote: z.optional(z.boolean()),
  /**
   * A noun for what a party says («مزاعم», «الادعاءات»): it hits the one whose claims they are,
   * named right after it («الادعاءات التركية», «مزاعم قسد») — not the subject, who usually denies
   * them («فنّد الجيش هذه المزاعم»), nor a pronoun's guess («مزاعمها»). With no owner named it
   * is not a finding.
   */
  owned: z.optional(z.boolean()),
  /**
   * Counts only when a party's name follows right after it: «ما يُعرف بقوات سوريا الديمقراطية»
   * holds the name at a distance, while «ما يُعرف بمنطقة الجزيرة» only explains a place, and «أو ما
   * يعرف بـ"داعش"» gives another name for what was just named.
   */
  needsParty: z.optional(z.boolean()),
  /**
   * The words after it are another's description, which the outlet reports: a label right after
   * it («ما تصفه بالممر الإرهابي», «ما وصفه بالعدوان الأمريكي») is the describer's, as if quoted.
   * Reporting another's description is no distance of the outlet's own: it counts only when the
   * description is a party's own name for itself («ما وصفوه بـ"الخلافة"»).
   */
  reports: z.optional(z.boolean()),
  /**
   * The word names a person at a distance («المدعو»): the party is the one the person belongs to,
   * named around the name — before it with a word of membership between («عناصر من قسد من بينهم
   * المدعو …», «بقيادة المدعو …») or after one person's title («القيادي في تنظيم داعش المدعو …»),
   * or after the name as one of its members («المدعو …، أحد عناصر خلايا تنظيم داعش»).
   */
  person: z.optional(z.boolean()),
  explanation: Bilingual,
  neutral: z.optional(Bilingual),
});
export type DistancingEntry = z.infer<typeof DistancingEntry>;

/** A party's own name for a campaign, body or process; quoting it with scare quotes distances from it. */
export const SelfDescriptionEntry = z.object({
  id: Id,
  forms: Forms,
  /** Whose name it is; without one, a role given to the party named right after it («”الضامن” الروسي»). */
  actor: z.optional(ActorId),
  /** A description rather than a name («المدافعين عن الأضرحة»): quoting it distances even where an outlet quotes names as house style. */
  epithet: z.optional(z.boolean()),
  /**
   * An operation's name («نبع السلام», «فجر الحرية»), which newsrooms write in quotation marks
   * wherever it stands («لقوات "غصن الزيتون"», «أسمتها تركيا "نبع السلام"»): quoting it is no
   * distance. A marker before it («ما يسمى») still is.
   */
  operation: z.optional(z.boolean()),
});
export type SelfDescriptionEntry = z.infer<typeof SelfDescriptionEntry>;

export const CueEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  /** Continues the previous speaker («وأضاف», «وتابع») rather than introducing one. */
  continues: z.optional(z.boolean()),
  /**
   * A continuing cue that covers its whole sentence, the claim before it too: «ويعاني نحو 20 ألف
   * طفل، بحسب قولها، من سوء التغذية» («according to what she said»).
   */
  wholeSentence: z.optional(z.boolean()),
  /**
   * A participle of saying («قائلاً», «مضيفاً», «مؤكدةً») after a clause: with no source cited
   * before it in its sentence, it speaks for the subject of the verb that opens the sentence.
   */
  participle: z.optional(z.boolean()),
  /** Names its source after it and covers the claim before it too («…، بحسب مصادر محلية»). */
  according: z.optional(z.boolean()),
  /** A statement («البيان») that, with no name after it, refers back to the last source. */
  statement: z.optional(z.boolean()),
  /**
   * Names only the source right after it, without the article: «أبلغت مصادر متطابقة "المدن"»; in
   * «أبلغت الوحدات الكردية أهالي القرية» and «أبلغت الأهالي» the people told are no source.
   */
  adjacent: z.optional(z.boolean()),
  /**
   * A verb of announcing or documenting: what was announced may follow its speaker as a toll or
   * arrest word with no «عن» or «أن» («أعلنت لجنة الإنقاذ الدولية وفاة 12 شخصاً», «وثّقت المنظمة اعتقال 17»).
   */
  announces: z.optional(z.boolean()),
  /**
   * A cue only when what it takes, within twelve words after it in its clause, is a word of this
   * word list: «تبنى تنظيم داعش مسؤولية مقتل 13 عنصراً» is a claim, «تبنت الحكومة خطة» is not.
   */
  takes: z.optional(Id),
  /**
   * A verb only when it opens its sentence, after «و» or «كما» if need be: «وبيّن المراسل أن»;
   * inside a sentence «بين» is a preposition («القتال بين داعش والقوات الكردية»).
   */
  opensSentence: z.optional(z.boolean()),
  /** Another sense when a count follows it: «نقلت وكالة رويترز» reports, «نقل 700 شخص من المخيم» moves them. */
  notBeforeCounts: z.optional(z.boolean()),
  /**
   * A claim of responsibility («تبنى»): it tells who did the deed; the toll the outlet gives of the
   * deed after it («… الذي أوقع 16 قتيلاً») is the outlet's own.
   */
  claims: z.optional(z.boolean()),
});
export type CueEntry = z.infer<typeof CueEntry>;

export const SourceEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  /** The party the source belongs to: a named source that is a side in what it reports. */
  actor: z.optional(ActorId),
  /**
   * The words have another sense too («مواقع إيرانية»: Iranian websites, or Iranian positions):
   * a source only with a verb of saying right next to it («مواقع إيرانية اعترفت», «أفادت مواقع إيرانية»).
   */
  adjacentCue: z.optional(z.boolean()),
  /** One source a definite form names again: «وقال المصدر» after «أكد مصدر مطلع» is the same source. */
  namedAgain: z.optional(z.boolean()),
  /** A word for any source: its definite form after a verb that carries speech on («وأضاف المصدر») is the source cited last, whoever it was. */
  anySource: z.optional(z.boolean()),
  /** Several sources («مصادر»): its definite form alone refers back only to sources cited without a name, never to one named body or person. */
  group: z.optional(z.boolean()),
  /** People of a body: «مصادر وزارة الخارجية» stay unnamed — the body after them owns them without naming them. */
  ownedUnnamed: z.optional(z.boolean()),
  /**
   * People who live through what is reported («أهالي», «سكان», «وجهاء»): their demands and
   * protests («ندد أهالي مدينة قامشلو», «وأعرب الأهالي عن رفضهم») are part of the events, so a verb of
   * voicing (word list `voicing-verbs`) does not make them a source; a verb of saying does.
   */
  partyToEvents: z.optional(z.boolean()),
  /** A body that reports through a network of its own: «مصادر المرصد» are the body speaking, not people it leaves unnamed. */
  ownSources: z.optional(z.boolean()),
  /**
   * Documents whose owner names them: «تقارير الشرطة», «تقديرات اللجنة» (a construct, the owner
   * right after) and «وفق تقديراتهم» (the owner's pronoun) are the owner's — a named source.
   */
  ownerNames: z.optional(z.boolean()),
  /**
   * Channels a pronoun on them gives an owner: «نشر التنظيم على معرفاته الرسمية», «عبر حساباتها» are
   * the party's own accounts — a named source (an owner named after them is not read: «معرفات
   * مقربة من التنظيم» stay unnamed).
   */
  pronounOwns: z.optional(z.boolean()),
  /** Outlets that «الرسمية» after the definite form names: «وسائل الإعلام السورية الرسمية» are the state's own, a named source. */
  officialNames: z.optional(z.boolean()),
  /**
   * Reports that carry their own claim: «وسط أنباء عن هروب عناصر», «أنباء غير مؤكدة عن», «معلومات
   * تفيد» are in a source's role with no verb of saying, when a word of the `about` list follows.
   */
  tellsAbout: z.optional(z.boolean()),
  /**
   * Reports that carry their own claim only after a word of circumstance (word list
   * `hearsay-circumstances`), a word of coming between if need be: «مع معلومات عن سقوط خسائر»,
   * «بعد ورود معلومات عن حدوث استعصاء» — not «هناك معلومات عن», «إعطاء معلومات عن».
   */
  tellsAboutAfter: z.optional(z.boolean()),
  /** Words that are their own verb of saying, with no one named: what follows «يُعتقد أن», «يقال إن», «يُزعم أن» is a vague claim. */
  saysItself: z.optional(z.boolean()),
  /**
   * A belief said to be widely held («يُعتقد على نطاق واسع») is no one's own: after a subject
   * («والتي يعتقد على نطاق واسع أن») or inside a quotation it still makes what follows a vague claim.
   */
  general: z.optional(z.boolean()),
  /** A title that also names a place («محافظة حلب»): a line opening with it and a colon is a dateline, not a speaker. */
  namesPlace: z.optional(z.boolean()),
  /**
   * A body of a state: a party's relational adjective right after it names the state whose body it
   * is («السلطات التركية», «الحكومة التركية» are named sources), where after a person's title it
   * only describes someone unnamed («المسؤول الأمريكي»).
   */
  stateNames: z.optional(z.boolean()),
  /**
   * A title for bodies: without the article, opening words of a vague source («منظمات حقوقية»,
   * «وكالات الأنباء», «منظمة إنسانية»), it names no one and the vague source stands; a person's
   * title does not give way so.
   */
  yieldsToVague: z.optional(z.boolean()),
  /**
   * A title for outlets («وكالة», «قناة», «التلفزيون»): «الرسمي» after it names the state's own
   * outlet («وأشار التلفزيون الرسمي إلى»), and its name may hold a vague word («وكالة الأنباء
   * الرسمية»), where a person's title may not («المتحدث باسم مصادر»). On a listed source, an outlet
   * («عنب بلدي», «رووداو»): a report of it past an adjective («معلومات متقاطعة لعنب بلدي») is its
   * own, from sources it leaves unnamed, where a body's («إحصائيات رسمية للنظام السوري») is named.
   * With a possessive pronoun, a title for outlets is the speaker's own medium, and its owner is
   * the source («في بيان على موقعها الرسمي»); right after a person's name, it is whom the speaker
   * told («وفق ما أفادت مسؤولة المخيم جيهان حنان وكالة فرانس برس»); and it is never a title whose
   * holder's name is withheld.
   */
  outlet: z.optional(z.boolean()),
  /** An anonymity marker that gives the reason the name is withheld («لأسباب أمنية»): the source's note says a reason was given. */
  givesReason: z.optional(z.boolean()),
  /** A medium («مواقع التواصل الاجتماعي»): after «عبر»/«على»/«في», where something was posted, not who posted it. */
  medium: z.optional(z.boolean()),
  /** Words right after that show another sense: «مصدر خير», «مصدر قلق» (a source of something, not a person). */
  notBefore: z.optional(z.array(ContextWord)),
  /** Words right before that make it what is handled, not who tells: «جمع المعلومات», «تصنيف التقارير». */
  notAfter: z.optional(z.array(ContextWord)),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const NumberWordEntry = z.object({ id: Id, forms: Forms, value: z.number() });
export type NumberWordEntry = z.infer<typeof NumberWordEntry>;

export const ApproximatorEntry = z.object({ id: Id, forms: Forms, position: z.enum(['before', 'after']) });
export type ApproximatorEntry = z.infer<typeof ApproximatorEntry>;

export const CountedEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  kind: z.enum(['people', 'things', 'money', 'percent']),
  /** The forms are duals, a count of two in one word («شاحنتين», «طفلان»): the word is a figure by itself. */
  dual: z.optional(z.boolean()),
});
export type CountedEntry = z.infer<typeof CountedEntry>;

export const NotCountedEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  /**
   * `duration`/`month` follow the number; `date`/`unit` precede it; `measure` (a distance, a
   * length) follows it: «20 كيلومتراً» is how far, not how many; `abstract` (a matter, an option)
   * follows it: «ثلاثة ملفات» are what is talked about, not people, things or money; `age` (a
   * year, «45 سنة») follows it, and before it keeps it out unless the year is the span a scene is
   * set in: «وقتل خلال عام 300 مدني» counts the 300.
   */
  kind: z.enum(['duration', 'date', 'month', 'unit', 'ordinal', 'measure', 'abstract', 'age']),
  /**
   * A count of units of time, dual or plural («شهرين», «أسابيع», «سنوات»): a whole span of its own,
   * which names no number after it, so digits after it still count («قتل خلال شهرين 3 آلاف»).
   */
  span: z.optional(z.literal(true)),
});
export type NotCountedEntry = z.infer<typeof NotCountedEntry>;

export const VoiceEntry = z.object({
  id: Id,
  forms: Forms,
  match: z.optional(MatchMode),
  /**
   * «شعبنا», «أهلنا»: the outlet speaks as one of the people it reports on, not as an armed party —
   * a finding credited to no party, which moves no stance.
   */
  people: z.optional(z.boolean()),
});

/** Words before a bare number that make it a count of people: «قتل 3 وجرح 5», «بلغ عدد القتلى 50». */
export const CountCueEntry = z.object({ id: Id, forms: Forms, match: z.optional(MatchMode) });
export type CountCueEntry = z.infer<typeof CountCueEntry>;
export type VoiceEntry = z.infer<typeof VoiceEntry>;

/** Phrases that contain a loaded word but are not loaded («هيئة تحرير الشام», «النظام الداخلي»). */
export const NeutralPhraseEntry = z.object({ id: Id, forms: Forms });
export type NeutralPhraseEntry = z.infer<typeof NeutralPhraseEntry>;

/**
 * A place and the parties that took it, each in a span of dates: «تحرير الرقة» in an article dated
 * from November 2016 (the SDF's campaign) until January 2026 (the government's) is the SDF's. A
 * word of freeing with the place as its object or subject is credited to `by` when the article is
 * dated in the span and the text names no other party it was freed from than `from`.
 */
export const CaptureEntry = z.object({
  id: Id,
  forms: Forms,
  takings: z
    .array(
      z.object({
        by: ActorId,
        from: ActorId,
        since: IsoDate,
        until: z.optional(IsoDate),
        /** The party a word of occupation on the place hits while it is held: the state behind the taker («رأس العين المحتلة»: Turkey). */
        occupier: z.optional(ActorId),
      }),
    )
    .check(z.minLength(1)),
  about: z.string(),
});
export type CaptureEntry = z.infer<typeof CaptureEntry>;

/** Explanations shown for findings that do not come from one term (figures, sources, voice, broken words). */
export const NoteEntry = z.object({ id: Id, explanation: Bilingual, neutral: z.optional(Bilingual) });
export type NoteEntry = z.infer<typeof NoteEntry>;

/** Lines that are page furniture, not article («اقرأ أيضاً», «التعليقات مغلقة»). */
export const ChromeEntry = z.object({
  id: Id,
  forms: Forms,
  /** The longest line (in words) the marker turns into chrome; a longer one is prose. */
  maxWords: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
});
export type ChromeEntry = z.infer<typeof ChromeEntry>;

/** The entry schema of each section, in the order the sections are listed. */
const SECTION_ENTRIES = {
  categories: CategoryEntry,
  wordLists: WordListEntry,
  actors: ActorEntry,
  captures: CaptureEntry,
  labels: LabelEntry,
  sympathy: LabelEntry,
  distancing: DistancingEntry,
  selfDescriptions: SelfDescriptionEntry,
  cues: CueEntry,
  namedSources: SourceEntry,
  vagueSources: SourceEntry,
  anonymousMarkers: SourceEntry,
  titles: SourceEntry,
  unshownEvidence: SourceEntry,
  numberWords: NumberWordEntry,
  vagueQuantities: NumberWordEntry,
  approximators: ApproximatorEntry,
  counted: CountedEntry,
  notCounted: NotCountedEntry,
  countCues: CountCueEntry,
  voice: VoiceEntry,
  chrome: ChromeEntry,
  neutralPhrases: NeutralPhraseEntry,
  notes: NoteEntry,
};

type Sections<T extends Record<string, z.ZodMiniType>> = z.ZodMiniObject<{ [K in keyof T]: z.ZodMiniOptional<z.ZodMiniArray<T[K]>> }>;

/** A term list: every section optional, each an array of its entries. */
export const TermList = z.object(Object.fromEntries(Object.entries(SECTION_ENTRIES).map(([name, entry]) => [name, z.optional(z.array(entry))]))) as unknown as Sections<
  typeof SECTION_ENTRIES
>;
export type TermList = z.infer<typeof TermList>;
export type SectionName = keyof TermList;
export const SECTION_NAMES = Object.keys(TermList.shape) as SectionName[];

export interface TermListError {
  /** JSON path to the offending value, e.g. `labels[3].forms[0]`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; list: TermList } | { ok: false; errors: TermListError[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** At most this many problems are listed; the rest are counted in one last line. */
export const MAX_LISTED_ERRORS = 100;

/**
 * Validates a term list (already parsed from JSON, or a JSON string). Unknown sections are an
 * error, so a typo does not silently drop a user's list; duplicate ids within a section too.
 * Entries are checked one at a time, so a list of any length is judged without exhausting
 * the stack, and at most {@link MAX_LISTED_ERRORS} problems are listed (the rest counted).
 */
export function parseTermList(input: unknown): ParseResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected an object of sections' }] };
  }
  const errors: TermListError[] = [];
  let unlisted = 0;
  const report = (path: string, message: string) => {
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ path, message });
    else unlisted++;
  };
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(SECTION_NAMES as string[]).includes(key)) report(key, `unknown section; expected one of ${SECTION_NAMES.join(', ')}`);
  }
  const list: Record<string, unknown[]> = {};
  for (const name of SECTION_NAMES) {
    const section = record[name];
    if (section === undefined) continue;
    if (!Array.isArray(section)) {
      report(name, 'expected an array of entries');
      continue;
    }
    const entry: z.ZodMiniType = SECTION_ENTRIES[name];
    const seen = new Map<string, number>();
    const out: unknown[] = [];
    section.forEach((value, i) => {
      const r = entry.safeParse(value);
      if (!r.success) {
        for (const issue of r.error.issues) report(formatPath([name, i, ...issue.path]), issue.message);
        return;
      }
      const id = (r.data as { id: string }).id;
      const prev = seen.get(id);
      if (prev !== undefined) report(`${name}[${i}].id`, `duplicate id "${id}" (first at ${name}[${prev}])`);
      else seen.set(id, i);
      out.push(r.data);
    });
    list[name] = out;
  }
  if (unlisted > 0) errors.push({ path: '(root)', message: `and ${unlisted} more problems not listed` });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, list: list as TermList };
}

/**
 * Actor ids a list refers to (label targets, proxies, shared names, sources) that no actor in
 * `known` (the ids of the lists it is merged with, plus its own) defines.
 */
export function unknownActorErrors(list: TermList, known: ReadonlySet<string>): TermListError[] {
  const errors: TermListError[] = [];
  const check = (path: string, id: string | undefined) => {
    if (id !== undefined && !known.has(id)) errors.push({ path, message: `unknown actor "${id}"; define it in the actors section` });
  };
  (list.actors ?? []).forEach((a, i) => {
    check(`actors[${i}].proxy`, a.proxy);
    check(`actors[${i}].calls`, a.calls);
    a.rivals?.forEach((id, k) => check(`actors[${i}].rivals[${k}]`, id));
    check(`actors[${i}].shared.with`, a.shared?.with);
  });
  for (const name of ['labels', 'sympathy'] as const) {
    (list[name] ?? []).forEach((e, i) => {
      check(`${name}[${i}].target`, e.target);
      check(`${name}[${i}].later.target`, e.later?.target);
      check(`${name}[${i}].fallback`, e.fallback);
      check(`${name}[${i}].fallbackWhen.actor`, e.fallbackWhen?.actor);
      e.fallbackWhen?.anyOf.forEach((id, k) => check(`${name}[${i}].fallbackWhen.anyOf[${k}]`, id));
      e.fallbackWhen?.allOf?.forEach((id, k) => check(`${name}[${i}].fallbackWhen.allOf[${k}]`, id));
      e.fallbackWhen?.noneOf?.forEach((id, k) => check(`${name}[${i}].fallbackWhen.noneOf[${k}]`, id));
      e.fallbackWhen?.notInSentenceWith?.forEach((id, k) => check(`${name}[${i}].fallbackWhen.notInSentenceWith[${k}]`, id));
      e.describes?.forEach((id, k) => check(`${name}[${i}].describes[${k}]`, id));
      e.plainFor?.forEach((id, k) => check(`${name}[${i}].plainFor[${k}]`, id));
    });
  }
  (list.captures ?? []).forEach((e, i) =>
    e.takings.forEach((k, j) => {
      check(`captures[${i}].takings[${j}].by`, k.by);
      check(`captures[${i}].takings[${j}].from`, k.from);
    }),
  );
  (list.selfDescriptions ?? []).forEach((e, i) => check(`selfDescriptions[${i}].actor`, e.actor));
  for (const name of ['namedSources', 'vagueSources', 'anonymousMarkers', 'titles', 'unshownEvidence'] as const) {
    (list[name] ?? []).forEach((e, i) => check(`${name}[${i}].actor`, e.actor));
  }
  return errors;
}

/** Word lists a list's entries refer to (a label's or a cue's `takes`) that no list in `known` defines. */
export function unknownWordListErrors(list: TermList, known: ReadonlySet<string>): TermListError[] {
  const errors: TermListError[] = [];
  (list.wordLists ?? []).forEach((w, i) =>
    w.includes?.forEach((id, k) => {
      if (!known.has(id)) errors.push({ path: `wordLists[${i}].includes[${k}]`, message: `unknown word list "${id}"; define it in the wordLists section` });
    }),
  );
  (list.actors ?? []).forEach((a, i) => {
    for (const key of ['words', 'abroad'] as const) {
      const id = a.homeAdjectives?.[key];
      if (id !== undefined && !known.has(id)) errors.push({ path: `actors[${i}].homeAdjectives.${key}`, message: `unknown word list "${id}"; define it in the wordLists section` });
    }
  });
  for (const name of ['labels', 'sympathy', 'cues'] as const) {
    (list[name] ?? []).forEach((e, i) => {
      if (e.takes !== undefined && !known.has(e.takes)) errors.push({ path: `${name}[${i}].takes`, message: `unknown word list "${e.takes}"; define it in the wordLists section` });
      const orWords = name === 'cues' ? undefined : (e as LabelEntry).fallbackWhen?.orWords;
      if (orWords !== undefined && !known.has(orWords))
        errors.push({ path: `${name}[${i}].fallbackWhen.orWords`, message: `unknown word list "${orWords}"; define it in the wordLists section` });
    });
  }
  return errors;
}

/** The ids of the word lists a list defines. */
export function wordListIds(list: TermList): Set<string> {
  return new Set((list.wordLists ?? []).map((w) => w.id));
}

/** The ids of the actors a list defines. */
export function actorIds(list: TermList): Set<string> {
  return new Set((list.actors ?? []).map((a) => a.id));
}

/**
 * Merges `extra` into `base`: entries with an id already in `base` replace it, new ids are
 * appended. Neither input is changed.
 */
export function mergeTermLists(base: TermList, extra: TermList): TermList {
  const out: Record<string, unknown[]> = {};
  for (const name of SECTION_NAMES) {
    const a = (base[name] ?? []) as { id: string }[];
    const b = (extra[name] ?? []) as { id: string }[];
    if (a.length === 0 && b.length === 0) continue;
    const byId = new Map<string, { id: string }>();
    for (const e of a) byId.set(e.id, e);
    for (const e of b) byId.set(e.id, e);
    out[name] = [...byId.values()];
  }
  return out as TermList;
}

/** The list with every section's entries sorted by id (code-unit order), as the files are kept. */
export function canonicalTermList(list: TermList): TermList {
  const out: Record<string, unknown> = {};
  for (const name of SECTION_NAMES) {
    const section = list[name] as { id: string }[] | undefined;
    if (section) out[name] = [...section].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out as TermList;
}

/** Formats a list the way the files in `seeds/terms/` are written (stable, byte for byte). */
export function formatTermList(list: TermList): string {
  return JSON.stringify(list, null, 2) + '\n';
}
