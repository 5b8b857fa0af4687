import { describe, expect, test } from 'vitest';
import {
  DEFINITE_NISBA,
  PROCLITICS,
  WITH_ARTICLE,
  endsInPluralPronoun,
  endsInPronoun,
  isConjunction,
  isWaw,
  opensWithArticle,
  opensWithConjunction,
  opensWithWaw,
  prepositionOf,
  prepositionOn,
  withoutConjunction,
  withoutConjunctionAndArticle,
  withoutProclitics,
} from '../../lib/text/clitics';

describe('proclitics', () => {
  test('every [conjunction][preposition][article] sequence, longest first, ل + ال written «لل»', () => {
    const texts = PROCLITICS.map((p) => p.text);
    expect(texts).toHaveLength(24);
    expect(new Set(texts).size).toBe(24);
    for (const t of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فك', 'ال', 'لل', 'ولل', 'فلل', 'وبال', 'فكال']) expect(texts).toContain(t);
    expect(texts).not.toContain('لال');
    expect(texts).not.toContain('بف');
    for (let i = 1; i < texts.length; i++) expect(texts[i - 1]!.length).toBeGreaterThanOrEqual(texts[i]!.length);
    expect(PROCLITICS.filter((p) => p.article).every((p) => p.text.endsWith('ال') || p.text.endsWith('لل'))).toBe(true);
  });

  test.each([
    ['والمقاتلين', ['المقاتلين', 'مقاتلين']],
    ['للتحالف', ['تحالف', 'لتحالف']],
    ['بقسد', ['قسد']],
  ])('«%s» may be %j', (word, bare) => {
    const forms = withoutProclitics(word);
    expect(forms[0]).toBe(word);
    for (const b of bare) expect(forms).toContain(b);
  });

  test('at least two letters stay', () => {
    expect(withoutProclitics('وله')).toEqual(['وله', 'له']);
    expect(withoutProclitics('في')).toEqual(['في']);
  });
});

describe('WITH_ARTICLE: one test for a word that carries the article', () => {
  const is = (w: string) => WITH_ARTICLE.test(w);
  test.each([
    ['الميليشيا', true],
    ['وبالميليشيات', true],
    ['للنظام', true],
    ['والطفل', true],
    ['كالعاده', true],
    ['الي', false], // «إلى», normalized: a preposition, not «ال» and one letter
    ['لجنه', false],
    ['ميليشيا', false],
    // «وكالة» opens with its own «و» and «كال»: no article in it.
    ['وكالات', false],
    ['وكاله', false],
    ['وكالتها', false],
    ['وكالعاده', true],
  ])('«%s» → %s', (word, expected) => {
    expect(is(word)).toBe(expected);
  });
});

describe('prepositionOn: the proclitic holding a preposition', () => {
  test.each([
    ['للنظام', 'لل', true],
    ['بالتحالف', 'بال', true],
    ['وبقوات', 'وب', false],
    ['لتنظيم', 'ل', false],
    ['كالميليشيا', 'كال', true],
  ])('«%s» → «%s» (article %s)', (word, text, article) => {
    expect(prepositionOn(word)).toEqual({ text, article });
  });

  test.each(['الميليشيا', 'والنظام', 'فالتنظيم', 'قسد', 'بل'])('«%s»: none', (word) => {
    expect(prepositionOn(word)).toBeUndefined();
  });
});

describe('prepositionOf: the preposition a proclitic holds', () => {
  test.each([
    ['وللنظام', 'ل'],
    ['للانفصاليين', 'ل'],
    ['بالتحالف', 'ب'],
    ['فبقوات', 'ب'],
    ['كالميليشيا', 'ك'],
  ])('«%s» → «%s»', (word, letter) => {
    expect(prepositionOf(prepositionOn(word)!)).toBe(letter);
  });

  test.each(['وال', 'ال', 'و'])('the proclitic «%s» holds none', (text) => {
    expect(prepositionOf(PROCLITICS.find((p) => p.text === text)!)).toBeUndefined();
  });
});

describe('DEFINITE_NISBA: a definite word with a relational adjective’s ending (normalized text)', () => {
  test.each([
    ['الجهادي', true],
    ['الاسلاميه', true],
    ['والتركيه', true],
    ['الكردي', true],
    // Not definite, or without the ending (the test reads the shape only).
    ['كردي', false],
    ['التنظيم', false],
    ['المتطرف', false],
  ])('«%s»: %s', (word, expected) => {
    expect(DEFINITE_NISBA.test(word)).toBe(expected);
  });
});

describe('endsInPronoun: a third-person pronoun on a word’s end (normalized text)', () => {
  test.each([
    ['قواتها', false, true],
    ['منظومتهم', false, true],
    ['اوردتها', true, true],
    // «ه» is his only on a verb: on a noun it is also the ta marbuta of «الحكومة».
    ['نشره', true, true],
    ['الحكومه', false, false],
    // The dual is left out: «يستخدمهما المتطرفون» is a verb's object.
    ['يستخدمهما', true, false],
    ['قسد', false, false],
  ])('«%s» (verb: %s): %s', (word, verb, expected) => {
    expect(endsInPronoun(word, verb)).toBe(expected);
  });
});

describe('opensWithConjunction: a word that may have «و» or «ف» joined on (by its first letter)', () => {
  test.each([
    ['وقسد', true],
    ['فالنظام', true],
    ['و', true],
    // By the letter only: a word of its own starting with «و» answers yes.
    ['وزارة', true],
    ['قسد', false],
    ['النظام', false],
    ['بقسد', false],
    ['', false],
  ])('%s → %s', (word, want) => {
    expect(opensWithConjunction(word)).toBe(want);
  });
});

describe('isConjunction: «و» or «ف» standing alone', () => {
  test.each([
    ['و', true],
    ['ف', true],
    ['وقسد', false],
    ['في', false],
    ['', false],
  ])('%s → %s', (word, want) => {
    expect(isConjunction(word)).toBe(want);
  });
});

describe('opensWithArticle: the article first, after a conjunction or not', () => {
  test.each([
    ['المزعومة', true],
    ['والانفصالي', true],
    ['فالنظام', true],
    // A preposition before the article is another shape (WITH_ARTICLE's).
    ['للنظام', false],
    ['بالتحالف', false],
    ['وزارة', false],
    ['قسد', false],
    ['ال', true],
  ])('%s → %s', (word, want) => {
    expect(opensWithArticle(word)).toBe(want);
  });
});

describe('withoutConjunctionAndArticle: the head of a word', () => {
  test.each([
    ['والمصدر', 'مصدر'],
    ['المصدر', 'مصدر'],
    ['فمصدر', 'مصدر'],
    ['مصدر', 'مصدر'],
    // By the letter, as the rules read it: «وزارة» loses its «و».
    ['وزارة', 'زارة'],
  ])('%s → %s', (word, want) => {
    expect(withoutConjunctionAndArticle(word)).toBe(want);
  });
});

describe('endsInPluralPronoun: «هم» or «هن» at the end', () => {
  test.each([
    ['مقاتليهم', true],
    ['قواتهن', true],
    ['قواتها', false],
    // By the letters, as the rules read it: «المتهم» (the accused) ends so too.
    ['المتهم', true],
    ['قسد', false],
  ])('%s → %s', (word, want) => {
    expect(endsInPluralPronoun(word)).toBe(want);
  });
});

describe('«و» on its own: isWaw, opensWithWaw', () => {
  test.each([
    ['و', true, true],
    ['والنظام', false, true],
    // By the letter only: a word of its own starting with «و».
    ['وزارة', false, true],
    ['ف', false, false],
    ['فالنظام', false, false],
    ['قسد', false, false],
  ])('%s → alone %s, opens with it %s', (word, alone, opens) => {
    expect(isWaw(word)).toBe(alone);
    expect(opensWithWaw(word)).toBe(opens);
  });
});

describe('withoutConjunction: a joined «و» or «ف» taken off', () => {
  test.each([
    ['والمصدر', 'المصدر'],
    ['فلجنة', 'لجنة'],
    ['لجنة', 'لجنة'],
    // By the letter, as the rules read it.
    ['وزارة', 'زارة'],
  ])('%s → %s', (word, want) => {
    expect(withoutConjunction(word)).toBe(want);
  });
});
