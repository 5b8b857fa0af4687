/**
 * Closed word classes are term-list data (`wordLists` in seeds/terms/words.json): every list a
 * rule or a label's `takes` asks for exists in the built-in lists, and a list matches its words with the prefixes
 * and suffixes it allows — no more.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinLexicon, builtinTermList, compileLexicon, wordList, wordListTest } from '../../lib/terms/lexicon';
import { RULE_WORD_LISTS } from '../../lib/terms/rule-lists';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const lists = new Map((builtinTermList().wordLists ?? []).map((w) => [w.id, w]));

describe('word lists', () => {
  test('every list a rule asks for is defined, and every defined list is asked for', () => {
    const asked = new Set<string>(RULE_WORD_LISTS);
    // A label's or a cue's sense may rest on a list too («takes»).
    for (const e of [...(builtinTermList().labels ?? []), ...(builtinTermList().sympathy ?? []), ...(builtinTermList().cues ?? [])]) if (e.takes) asked.add(e.takes);
    // … and a label's default party on a list of words the text must hold («orWords»).
    for (const e of [...(builtinTermList().labels ?? []), ...(builtinTermList().sympathy ?? [])]) if (e.fallbackWhen?.orWords) asked.add(e.fallbackWhen.orWords);
    // … and an actor's adjectives on a list of words the text must hold («homeAdjectives»).
    for (const a of builtinTermList().actors ?? []) for (const id of [a.homeAdjectives?.words, a.homeAdjectives?.abroad]) if (id) asked.add(id);
    // A list another asked list includes is asked for through it.
    for (const id of [...asked]) for (const inc of lists.get(id)?.includes ?? []) asked.add(inc);
    expect(asked.size).toBeGreaterThan(10);
    expect([...asked].filter((id) => !lists.has(id))).toEqual([]);
    expect([...lists.keys()].filter((id) => !asked.has(id))).toEqual([]);
  });

  test('every list named as a rule list is read by a rule', () => {
    const read = new Set<string>();
    for (const file of sources('lib')) for (const m of readFileSync(file, 'utf8').matchAll(/wordLists(?:\.([a-z0-9]+)|\['([a-z0-9-]+)'\])/g)) read.add(m[1] ?? m[2]!);
    // «that», «relatives», … are read through a list of ids too (NAME_STOPS in candidates.ts).
    expect(RULE_WORD_LISTS.filter((id) => !read.has(id))).toEqual([]);
  });

  test('a lexicon without a list the rules name reads it as a class of no words', () => {
    const lex = compileLexicon({});
    expect(lex.wordLists.that.test('ان')).toBe(false);
    expect(builtinLexicon().wordLists.that.test('ان')).toBe(true);
  });

  test.each([
    ['not-a-name', 'الخميس', true], // through «day-words»
    ['time-words', 'امس', true], // through «day-words»
    ['time-words', 'وقت', true], // its own
    ['not-a-name', 'وقت', false], // the other list's own word is not included
  ])('«%s» holds «%s» with the lists it includes: %s', (id, word, expected) => {
    expect(wordList(builtinLexicon(), id).test(word)).toBe(expected);
  });

  const is = (id: string, word: string) => wordListTest(lists.get(id)!)(word);
  test.each([
    ['affiliation', 'التابعه', true],
    ['affiliation', 'والموالين', true],
    ['affiliation', 'مدعومون', true],
    ['affiliation', 'بالتابع', false],
    ['affiliation', 'تابعية', false],
    ['construct-heads', 'قوات', true],
    ['construct-heads', 'والقوات', true],
    ['construct-heads', 'بقوات', false],
    ['copulas', 'فتحولت', true],
    ['copulas', 'التحول', false],
    ['not-party-heads', 'نظيره', true],
    ['not-party-heads', 'للمنتخب', true],
    ['not-party-heads', 'والليره', true],
    ['not-party-heads', 'القوات', false],
    ['relatives', 'الذين', true],
    ['relatives', 'والذين', true], // «و» joins a second relative clause
    ['relatives', 'الذي', true],
    ['relatives', 'وذلك', false],
    ['that', 'بانه', true],
    ['that', 'انتهاء', false],
    ['victims', 'المدنيين', true],
    ['victims', 'مدنية', false],
    ['fighters', 'العناصر', true],
    ['not-a-name', 'الرسمي', true],
    ['not-a-name', 'فرهاد', false],
    ['told-to', 'لشبكه', true],
    ['told-to', 'لافروف', false], // a name that starts with «ل»
    ['nationals', 'اجنبي', true], // written «أجنبي» in the list: lists are normalized as the text is
    ['nationals', 'سوريه', false], // «سورية»: an adjective, or Syria
    ['property', 'منازلهم', true],
    ['property', 'القرى', false],
    ['designation', 'المصنفه', true],
    ['affiliation', 'تدعمها', true],
    ['affiliation', 'تدعم', false],
    ['name-compounds', 'عبد', true],
    ['among-them', 'بينها', true],
    ['cargo', 'المحمله', true],
    ['defeat-words', 'وهزيمه', true],
    ['with-words', 'وبالتعاون', true],
    ['of-them', 'منها', true],
    ['background', 'ويذكر', true],
    ['background', 'ذكرت', false],
  ])('%s: «%s» → %s', (id, word, expected) => {
    expect(is(id, word)).toBe(expected);
  });
});
