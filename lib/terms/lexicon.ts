/**
 * The built-in term lists (`seeds/terms/*.json`) and their compiled form. Lists are validated
 * with the one schema, merged, and compiled once into a {@link Matcher}.
 */
import actors from '../../seeds/terms/actors.json';
import attribution from '../../seeds/terms/attribution.json';
import distancing from '../../seeds/terms/distancing.json';
import labels from '../../seeds/terms/labels.json';
import numbers from '../../seeds/terms/numbers.json';
import notes from '../../seeds/terms/notes.json';
import voice from '../../seeds/terms/voice.json';
import words from '../../seeds/terms/words.json';
import type { ActorId } from '../model/report';
import { CONJUNCTIONS, PREPOSITIONS, withoutProclitics } from '../text/clitics';
import { normalize, normalizeText } from '../text/normalize';
import { wordClass, wordValue, type WordClass, type WordValue } from '../text/words';
import { Matcher } from './matcher';
import { RULE_WORD_LISTS, type WordLists } from './rule-lists';
import {
  actorIds,
  mergeTermLists,
  parseTermList,
  SECTION_NAMES,
  unknownActorErrors,
  unknownWordListErrors,
  wordListIds,
  type ActorEntry,
  type CategoryEntry,
  type CountedEntry,
  type MatchMode,
  type TermList,
  type WordListEntry,
} from './schema';

/** The built-in files, by name, as shipped. */
export const BUILTIN_FILES: Record<string, unknown> = {
  'actors.json': actors,
  'attribution.json': attribution,
  'distancing.json': distancing,
  'labels.json': labels,
  'notes.json': notes,
  'numbers.json': numbers,
  'voice.json': voice,
  'words.json': words,
};

let builtin: TermList | undefined;

/** Alias and adjective hits with an index at or above this (below {@link FORMER_OFFSET}) are shared names of actor `index - SHARED_OFFSET`. */
export const SHARED_OFFSET = 1000;
/** Alias hits with an index at or above this are former names of actor `index - FORMER_OFFSET` (`ActorEntry.formerly`). */
export const FORMER_OFFSET = 2000;

/** The built-in term lists merged into one; throws if a shipped file is invalid (a test keeps them valid). */
export function builtinTermList(): TermList {
  if (builtin) return builtin;
  let list: TermList = {};
  for (const [name, json] of Object.entries(BUILTIN_FILES)) {
    const r = parseTermList(json);
    if (!r.ok) throw new Error(`seeds/terms/${name}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    list = mergeTermLists(list, r.list);
  }
  const ids = wordListIds(list);
  const unknown = [
    ...unknownActorErrors(list, actorIds(list)),
    ...unknownWordListErrors(list, ids),
    ...RULE_WORD_LISTS.filter((id) => !ids.has(id)).map((id) => ({ path: 'wordLists', message: `the rules ask for word list "${id}"; define it in the wordLists section` })),
  ];
  if (unknown.length) throw new Error(`seeds/terms: ${unknown.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  builtin = list;
  return list;
}

/** Actor sections are matched as three kinds of reference. */
export const ACTOR_SECTIONS = { alias: 'actors.alias', adjective: 'actors.adjective', homeAdjective: 'actors.homeAdjective', anaphor: 'actors.anaphor' } as const;

export interface Lexicon {
  list: TermList;
  matcher: Matcher;
  actors: Map<ActorId, ActorEntry>;
  /**
   * The closed word classes of the `wordLists` section, by id, resolved once per lexicon: every list
   * a rule names (`RULE_WORD_LISTS`) is here, as an empty class when the lists lack it.
   */
  wordLists: WordLists;
  /** The actors' clans («الشعيطات»), with a proclitic or not: see `ActorEntry.clans`. */
  clans: WordClass;
  /** What each label category means to the rules (the `categories` section's flags). */
  categories: Map<string, CategoryEntry>;
  /** Context words that block a label's sense («مشفى الشهيد»), by bare word: see {@link senseBlocks}. */
  senses: Map<string, SenseBlock[]>;
  /** Per word of the text: the sense blocks of all its bare forms, worked out once per word. */
  sensesOfWord: WordValue<SenseBlock[]>;
}

/**
 * Whether a (normalized) word belongs to a word list: one of its words, after an allowed prefix,
 * before an allowed suffix. The list is normalized as the text is, so it may be written with
 * hamzas and ta marbuta («أجنبي», «موالية»).
 */
export function wordListTest(entry: WordListEntry): (word: string) => boolean {
  const words = new Set(entry.words.map(normalizeText));
  const prefixes = ['', ...(entry.prefixes ?? []).map(normalizeText)];
  const suffixes = ['', ...(entry.suffixes ?? []).map(normalizeText)];
  return (w) => {
    for (const p of prefixes) {
      if (!w.startsWith(p)) continue;
      for (const s of suffixes) {
        if (w.length - p.length - s.length < 1 || !w.endsWith(s)) continue;
        if (words.has(w.slice(p.length, w.length - s.length))) return true;
      }
    }
    return false;
  };
}

/** Per lexicon and sections: the normalized first words of every form. */
const FIRST_WORDS = new WeakMap<object, Map<string, Set<string>>>();

/**
 * The normalized first word of every form in the given list sections, worked out once per
 * lexicon: «فصائل» and «وكالة» start with a letter that is theirs, not a conjunction.
 */
export function firstWordsOf(lex: Pick<Lexicon, 'list'>, sections: readonly string[]): Set<string> {
  let bySections = FIRST_WORDS.get(lex);
  if (!bySections) FIRST_WORDS.set(lex, (bySections = new Map()));
  const key = sections.join(' ');
  let words = bySections.get(key);
  if (!words) {
    words = new Set();
    for (const section of sections)
      for (const e of ((lex.list as Record<string, unknown>)[section] ?? []) as { forms?: string[] }[])
        for (const f of e.forms ?? []) words.add(normalize(f).text.trim().split(/\s+/)[0] ?? '');
    bySections.set(key, words);
  }
  return words;
}

/** Per lexicon: the normalized first word of every actor name. */
const ACTOR_FIRST_WORDS = new WeakMap<object, Set<string>>();

/**
 * The normalized first word of every form that names an actor ({@link actorNames}), worked out once
 * per lexicon: «وحدات» opens «وحدات حماية الشعب», so its «و» is no conjunction; «pkk» opens «pkk/ypg».
 */
export function actorFirstWords(lex: Pick<Lexicon, 'list'>): Set<string> {
  let words = ACTOR_FIRST_WORDS.get(lex);
  if (!words) {
    words = new Set();
    for (const a of lex.list.actors ?? [])
      for (const f of actorNames(a)) {
        const w = normalizeText(f).split(/[\s/]+/)[0];
        if (w) words.add(w);
      }
    ACTOR_FIRST_WORDS.set(lex, words);
  }
  return words;
}

/** Per lexicon: the family name of each of an actor's people named in two words or more. */
const FAMILY_NAMES = new WeakMap<object, Map<string, ActorId>>();

/**
 * The normalized last word of every name of an actor's people given in two words or more
 * («مظلوم عبدي» → «عبدي»), with the actor, worked out once per lexicon: the name a person is
 * called by once named in full.
 */
export function familyNames(lex: Pick<Lexicon, 'list'>): Map<string, ActorId> {
  let names = FAMILY_NAMES.get(lex);
  if (!names) {
    names = new Map();
    for (const a of lex.list.actors ?? [])
      for (const f of a.people ?? []) {
        const words = normalizeText(f).split(/\s+/);
        if (words.length > 1) names.set(words[words.length - 1], a.id);
      }
    FAMILY_NAMES.set(lex, names);
  }
  return names;
}

/** Every form that names an actor or points at it: aliases, its clans and people, adjectives and the names it shares. */
export function actorNames(a: ActorEntry): string[] {
  return [
    ...a.aliases,
    ...(a.clans ?? []),
    ...(a.people ?? []),
    ...(a.adjectives ?? []),
    ...(a.homeAdjectives?.forms ?? []),
    ...(a.shared?.forms ?? []),
    ...(a.shared?.adjectives ?? []),
    ...(a.formerly?.forms ?? []),
  ];
}

/** The word list `id` the data names (a label's `takes`, say); a list the lexicon lacks holds no word. */
export function wordList(lex: Pick<Lexicon, 'wordLists'>, id: string): WordClass {
  return (lex.wordLists as Readonly<Record<string, WordClass | undefined>>)[id] ?? NO_WORDS;
}

const NO_WORDS = wordClass(() => false);

/** What the `counted` entry numbered `entry` counts («عائلة»: people, «صهريج»: things); undefined for -1, no hit. */
export function countedKind(lex: Pick<Lexicon, 'list'>, entry: number): CountedEntry['kind'] | undefined {
  return entry >= 0 ? (lex.list.counted ?? [])[entry]?.kind : undefined;
}

/** Whether a label category has a flag («militia» is a `force`); false for a category the lists do not describe. */
export function categoryIs(lex: Pick<Lexicon, 'categories'>, category: string | undefined, flag: Exclude<keyof CategoryEntry, 'id'>): boolean {
  return category !== undefined && lex.categories.get(category)?.[flag] === true;
}

/** A word that, next to a label or sympathy entry, shows the word is not loaded there. */
/** The sections whose entries may name words that show another sense. */
export type SenseSection = 'labels' | 'sympathy' | 'vagueSources';

export interface SenseBlock {
  section: SenseSection;
  index: number;
  /** `before`: the word comes right before the label; `after`: right after it; `self`: the word is the one the label stands on. */
  where: 'before' | 'after' | 'self';
}

/** The bare forms a normalized word may be: itself, and without each proclitic it could carry. */
export function bareForms(word: string): string[] {
  return withoutProclitics(word, 2);
}

function bareKey(form: string): string {
  const w = normalize(form).text.trim();
  return w.startsWith('ال') && w.length >= 4 ? w.slice(2) : w;
}

/** The sense blocks of the normalized word `word` for entry `index` of `section`, at position `where`. */
export function senseBlocks(lex: Lexicon, word: string, section: string, index: number, where: SenseBlock['where']): boolean {
  for (const form of bareForms(word)) {
    for (const b of lex.senses.get(form) ?? []) if (b.section === section && b.index === index && b.where === where) return true;
  }
  return false;
}

/** The sense blocks of every bare form of `word`, in the order {@link senseBlocks} reads them. */
function sensesOf(senses: Map<string, SenseBlock[]>, word: string): SenseBlock[] {
  const out: SenseBlock[] = [];
  for (const form of bareForms(word)) for (const b of senses.get(form) ?? []) out.push(b);
  return out;
}

/** Whether one of `blocks` is for entry `index` of `section` at position `where`. */
export function blocksSense(blocks: SenseBlock[], section: string, index: number, where: SenseBlock['where']): boolean {
  for (const b of blocks) if (b.section === section && b.index === index && b.where === where) return true;
  return false;
}

/**
 * The term list with the entries of each section made alike: every key any of them has, in one
 * order, absent ones undefined. Entries as parsed have as many shapes as there are combinations of
 * optional fields (28 among the labels), and a field read on entries of that many shapes is a
 * generic lookup in the JavaScript engine, in every rule that reads an entry; on entries of one
 * shape it is a read at a fixed place. The values are the entries' own.
 */
function withEntriesAlike(list: TermList): TermList {
  const out: Record<string, unknown> = {};
  for (const [name, entries] of Object.entries(list)) out[name] = Array.isArray(entries) ? alike(entries as Record<string, unknown>[]) : entries;
  return out as TermList;
}

function alike(entries: Record<string, unknown>[]): Record<string, unknown>[] {
  const keys = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e)) keys.add(k);
  // Made whole by Object.fromEntries: an object given that many keys one by one in a loop is kept
  // by the engine as a dictionary, slower to read than any number of shapes.
  return entries.map((e) => Object.fromEntries([...keys].map((k) => [k, e[k]])));
}

/** Compiles a term list into matchers. Pure; call once per list. */
export function compileLexicon(source: TermList): Lexicon {
  const list = withEntriesAlike(source);
  const matcher = new Matcher();
  const actorMap = new Map<ActorId, ActorEntry>();
  (list.actors ?? []).forEach((a, i) => {
    actorMap.set(a.id, a);
    for (const f of a.aliases) matcher.add(ACTOR_SECTIONS.alias, i, f, aliasMode(f));
    for (const f of a.clans ?? []) matcher.add(ACTOR_SECTIONS.alias, i, f, aliasMode(f));
    for (const f of a.people ?? []) matcher.add(ACTOR_SECTIONS.alias, i, f, 'word');
    for (const f of a.adjectives ?? []) matcher.add(ACTOR_SECTIONS.adjective, i, f, 'stem');
    for (const f of a.homeAdjectives?.forms ?? []) matcher.add(ACTOR_SECTIONS.homeAdjective, i, f, 'stem');
    for (const f of a.anaphora ?? []) matcher.add(ACTOR_SECTIONS.anaphor, i, f, 'word');
    // Shared names compete with aliases for the longest match, so they live in the alias section.
    for (const f of a.shared?.forms ?? []) matcher.add(ACTOR_SECTIONS.alias, i + SHARED_OFFSET, f, 'stem');
    for (const f of a.shared?.adjectives ?? []) matcher.add(ACTOR_SECTIONS.adjective, i + SHARED_OFFSET, f, 'stem');
    for (const f of a.formerly?.forms ?? []) matcher.add(ACTOR_SECTIONS.alias, i + FORMER_OFFSET, f, 'stem');
  });
  const senses = new Map<string, SenseBlock[]>();
  for (const section of ['labels', 'sympathy', 'vagueSources'] as const) {
    (list[section] ?? []).forEach((entry: { notAfter?: string[]; notBefore?: string[]; notWords?: string[] }, index) => {
      const add = (form: string, where: SenseBlock['where']) => {
        const key = bareKey(form);
        const list = senses.get(key);
        if (list) list.push({ section, index, where });
        else senses.set(key, [{ section, index, where }]);
      };
      for (const f of entry.notAfter ?? []) add(f, 'before');
      for (const f of entry.notBefore ?? []) add(f, 'after');
      for (const f of entry.notWords ?? []) add(f, 'self');
    });
  }
  for (const name of SECTION_NAMES) {
    if (name === 'actors' || name === 'notes' || name === 'categories' || name === 'wordLists') continue;
    const section = (list[name] ?? []) as { forms: string[]; match?: MatchMode }[];
    section.forEach((entry, i) => {
      for (const f of entry.forms) matcher.add(name, i, f, entry.match ?? defaultMode(name));
    });
  }
  const categories = new Map<string, CategoryEntry>();
  for (const c of list.categories ?? []) categories.set(c.id, c);
  // A list's own words, then the lists it includes (one level deep).
  const own = new Map<string, (word: string) => boolean>();
  for (const w of list.wordLists ?? []) own.set(w.id, wordListTest(w));
  const classes = new Map<string, WordClass>();
  for (const w of list.wordLists ?? []) {
    const tests = [own.get(w.id)!, ...(w.includes ?? []).flatMap((id) => own.get(id) ?? [])];
    classes.set(w.id, wordClass(tests.length === 1 ? tests[0] : (word) => tests.some((test) => test(word))));
  }
  // One object made whole by Object.fromEntries, each id given once (as in `alike`; an id given again
  // leaves a dictionary): a rule reads its list at a fixed place, not by a lookup in a dictionary.
  const ruled = new Set<string>(RULE_WORD_LISTS);
  const wordLists = Object.fromEntries([...RULE_WORD_LISTS.map((id) => [id, classes.get(id) ?? NO_WORDS] as const), ...[...classes].filter(([id]) => !ruled.has(id))]) as WordLists;
  const clans = wordClass(wordListTest({ id: 'clans', words: (list.actors ?? []).flatMap((a) => a.clans ?? []), prefixes: [...CONJUNCTIONS, ...PREPOSITIONS] }));
  return { list, matcher, actors: actorMap, clans, categories, wordLists, senses, sensesOfWord: wordValue((w) => sensesOf(senses, w)) };
}

/**
 * A name of one short word takes proclitics only: its letters with an ending are another word
 * («مصراتة», a Libyan city, is not «مصر»).
 */
function aliasMode(form: string): MatchMode {
  return !form.includes(' ') && form.length <= 3 ? 'word' : 'stem';
}

function defaultMode(section: string): MatchMode {
  // Number words take no enclitics («ثلاثة» but not «ثلاثتهم»); names and nouns do.
  if (section === 'chrome') return 'exact';
  if (section === 'numberWords' || section === 'approximators' || section === 'notCounted') return 'word';
  return 'stem';
}

let compiled: Lexicon | undefined;

/** The built-in lexicon, compiled on first use. */
export function builtinLexicon(): Lexicon {
  compiled ??= compileLexicon(builtinTermList());
  return compiled;
}
