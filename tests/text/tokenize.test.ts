/**
 * Tokens of normalized text: Arabic words (clitics stay on the word), Latin words, numbers with
 * their inner separators. Punctuation, quotes and spaces are not tokens. The tokenizer reads the
 * normalized text, so every case goes through normalize() first, as the engine does.
 */
import { describe, expect, test } from 'vitest';
import { normalize, normalizeThen } from '../../lib/text/normalize';
import { TokenKind, tokenize, tokenizeCodes, type Tokens } from '../../lib/text/tokenize';
import { Words } from '../../lib/text/words';

type Kind = 'arabic' | 'latin' | 'number';
const KIND: Record<number, Kind> = { [TokenKind.Arabic]: 'arabic', [TokenKind.Latin]: 'latin', [TokenKind.Number]: 'number' };

/** The tokens of `src` once normalized, as [normalized word, kind]. */
function words(src: string): [string, Kind][] {
  const text = normalize(src).text;
  const toks = tokenize(text);
  const out: [string, Kind][] = [];
  for (let t = 0; t < toks.count; t++) out.push([text.slice(toks.start[t], toks.end[t]), KIND[toks.kind[t]]]);
  return out;
}

function spans(toks: Tokens): [number, number][] {
  const out: [number, number][] = [];
  for (let t = 0; t < toks.count; t++) out.push([toks.start[t], toks.end[t]]);
  return out;
}

describe('Arabic words keep their clitics', () => {
  test.each<[string, [string, Kind][]]>([
    [
      'قصفت الطائرات القرية',
      [
        ['قصفت', 'arabic'],
        ['الطائرات', 'arabic'],
        ['القريه', 'arabic'],
      ],
    ],
    ['وبالمقاتلين', [['وبالمقاتلين', 'arabic']]],
    [
      'لقسد وللتحالف',
      [
        ['لقسد', 'arabic'],
        ['وللتحالف', 'arabic'],
      ],
    ],
    ['بميليشياتها', [['بميليشياتها', 'arabic']]],
    // Harakat, tatweel and hamza forms are gone before tokenizing: one word, not pieces.
    [
      'قُتِلَ الإرهابـيون',
      [
        ['قتل', 'arabic'],
        ['الارهابيون', 'arabic'],
      ],
    ],
    // A proclitic written apart with tatweel before a quoted name is a word of its own.
    [
      'ولـ"قسد"',
      [
        ['ول', 'arabic'],
        ['قسد', 'arabic'],
      ],
    ],
    // A word broken on purpose is joined by normalization, so it is one token.
    ['داعـ.ـش', [['داعش', 'arabic']]],
    // Kurdish and Persian letters in names are Arabic-script word characters.
    [
      'گوندی پ ژ چ',
      [
        ['گوندي', 'arabic'],
        ['پ', 'arabic'],
        ['ژ', 'arabic'],
        ['چ', 'arabic'],
      ],
    ],
    // A hyphen and a dot separate words: «قسد-داعش», the abbreviation «ق.س.د».
    [
      'قسد-داعش',
      [
        ['قسد', 'arabic'],
        ['داعش', 'arabic'],
      ],
    ],
    [
      'ق.س.د',
      [
        ['ق', 'arabic'],
        ['س', 'arabic'],
        ['د', 'arabic'],
      ],
    ],
  ])('«%s»', (src, expected) => {
    expect(words(src)).toEqual(expected);
  });
});

describe('Latin words', () => {
  test.each<[string, [string, Kind][]]>([
    [
      'YPG وPKK',
      [
        ['ypg', 'latin'],
        ['و', 'arabic'],
        ['pkk', 'latin'],
      ],
    ], // lowercased; a proclitic glued to a Latin name splits off
    ['Ölçek', [['Ölçek', 'latin']]], // Turkish letters stay in the word
    ['covid19', [['covid19', 'latin']]], // digits after letters belong to the word
    [
      '19covid',
      [
        ['19', 'number'],
        ['covid', 'latin'],
      ],
    ], // letters after digits do not
  ])('«%s»', (src, expected) => {
    expect(words(src)).toEqual(expected);
  });
});

describe('numbers, with Arabic-Indic digits and inner separators', () => {
  test.each<[string, [string, Kind][]]>([
    [
      'قُتل ٤٠ مدنياً',
      [
        ['قتل', 'arabic'],
        ['40', 'number'],
        ['مدنيا', 'arabic'],
      ],
    ],
    [
      '۱۲ عنصراً',
      [
        ['12', 'number'],
        ['عنصرا', 'arabic'],
      ],
    ], // Persian digits
    [
      '٣٫٥ مليون نازح',
      [
        ['3.5', 'number'],
        ['مليون', 'arabic'],
        ['نازح', 'arabic'],
      ],
    ], // Arabic decimal separator
    [
      '١٬٢٠٠ عائلة',
      [
        ['1,200', 'number'],
        ['عائله', 'arabic'],
      ],
    ], // Arabic thousands separator
    [
      '40.000 طالب',
      [
        ['40.000', 'number'],
        ['طالب', 'arabic'],
      ],
    ],
    [
      '1,200 عائلة',
      [
        ['1,200', 'number'],
        ['عائله', 'arabic'],
      ],
    ],
    // The Arabic comma before exactly three digits groups thousands (Pagearabic, 2014); before a
    // space it ends an item of a list, before two digits a clock time (Rissalat al-Omma, 2019).
    [
      'أودى بحياة 40،000 شخص',
      [
        ['اودي', 'arabic'],
        ['بحياه', 'arabic'],
        ['40،000', 'number'],
        ['شخص', 'arabic'],
      ],
    ],
    [
      'حلب 346، ودير الزور 72',
      [
        ['حلب', 'arabic'],
        ['346', 'number'],
        ['ودير', 'arabic'],
        ['الزور', 'arabic'],
        ['72', 'number'],
      ],
    ],
    [
      'الساعة 18،00 بالتوقيت المحلي',
      [
        ['الساعه', 'arabic'],
        ['18', 'number'],
        ['00', 'number'],
        ['بالتوقيت', 'arabic'],
        ['المحلي', 'arabic'],
      ],
    ],
    [
      'في 2017/3/6 الساعة 18:02',
      [
        ['في', 'arabic'],
        ['2017/3/6', 'number'],
        ['الساعه', 'arabic'],
        ['18:02', 'number'],
      ],
    ],
    // A separator that no digit follows ends the number: a full stop, a second dot, a percent sign, a sign.
    [
      'بلغ العدد 3. ثم',
      [
        ['بلغ', 'arabic'],
        ['العدد', 'arabic'],
        ['3', 'number'],
        ['ثم', 'arabic'],
      ],
    ],
    [
      '5..5',
      [
        ['5', 'number'],
        ['5', 'number'],
      ],
    ],
    [
      '٣٥٪ من السكان',
      [
        ['35', 'number'],
        ['من', 'arabic'],
        ['السكان', 'arabic'],
      ],
    ],
    ['-5', [['5', 'number']]],
    [
      'الـ15',
      [
        ['ال', 'arabic'],
        ['15', 'number'],
      ],
    ],
  ])('«%s»', (src, expected) => {
    expect(words(src)).toEqual(expected);
  });

  test('Arabic-Indic digits are numbers only once normalized: the tokenizer reads normalized text', () => {
    expect(tokenize('٤٠').count).toBe(0);
    expect(words('٤٠')).toEqual([['40', 'number']]);
  });
});

describe('punctuation, quotes and spaces are not tokens', () => {
  test.each(['', '   ', '،؛؟!…«»"()-–—:.', 'ـــ', '\n\n'])('«%s» has no tokens', (src) => {
    expect(words(src)).toEqual([]);
  });

  test('a quoted sentence gives only its words', () => {
    expect(words('قال: «إن قسد»، وأضاف...').map(([w]) => w)).toEqual(['قال', 'ان', 'قسد', 'واضاف']);
  });
});

describe('spans', () => {
  test('start and end are offsets into the normalized text', () => {
    const text = normalize('قال: «إن قسد»، وأضاف').text;
    const toks = tokenize(text);
    expect(spans(toks)).toEqual([
      [0, 3],
      [6, 8],
      [9, 12],
      [15, 20],
    ]);
    expect(spans(toks).map(([s, e]) => text.slice(s, e))).toEqual(['قال', 'ان', 'قسد', 'واضاف']);
  });

  test('tokens are in order, do not overlap, and nothing between them is a word character', () => {
    const text = normalize('وقال المرصد السوري: قُتل ٤٠ مدنياً و1,200 عنصر من YPG/PKK في 2019، (بحسب المصادر).').text;
    const toks = tokenize(text);
    expect(spans(toks).map(([s, e]) => text.slice(s, e))).toEqual([
      'وقال',
      'المرصد',
      'السوري',
      'قتل',
      '40',
      'مدنيا',
      'و',
      '1,200',
      'عنصر',
      'من',
      'ypg',
      'pkk',
      'في',
      '2019',
      'بحسب',
      'المصادر',
    ]);
    let prev = 0;
    for (const [s, e] of spans(toks)) {
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(e).toBeGreaterThan(s);
      expect(text.slice(prev, s)).toMatch(/^[^\u0621-\u064a0-9a-z]*$/);
      prev = e;
    }
    expect(text.slice(prev)).toMatch(/^[^\u0621-\u064a0-9a-z]*$/);
  });

  test('the arrays hold exactly `count` entries, also when the text has more tokens than first allotted', () => {
    // One-letter words: far more tokens than a quarter of the text length.
    const text = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 'و' : i % 3 === 1 ? '7' : 'x')).join(' ');
    const toks = tokenize(text);
    expect(toks.count).toBe(1000);
    expect([toks.start.length, toks.end.length, toks.kind.length]).toEqual([1000, 1000, 1000]);
    expect([toks.start[999], toks.end[999]]).toEqual([1998, 1999]);
    expect([KIND[toks.kind[0]], KIND[toks.kind[1]], KIND[toks.kind[2]], KIND[toks.kind[999]]]).toEqual(['arabic', 'number', 'latin', 'arabic']);
  });
});

describe('the normalizer hands its codes to the tokenizer', () => {
  test('tokens and word numbers read from the codes are those read from the normalized string', () => {
    const src = 'قال مسؤولٌ في «قسد» إنّ 1,200 عنصرٍ من داعـ.ـش فرّوا، وأكد الـ SDF ذلك عام ٢٠١٩.\n\nﻗﺴﺪ 😀 الأمريكية';
    const fromString = new Words();
    const norm = normalize(src);
    const a = tokenize(norm.text, fromString);
    const fromCodes = new Words();
    const { norm: again, result: b } = normalizeThen(src, (codes, n) => tokenizeCodes(codes, n, fromCodes));
    expect(again.text).toBe(norm.text);
    expect(b.count).toBeGreaterThan(10);
    for (const key of ['start', 'end', 'kind', 'hash', 'ids'] as const) expect([...b[key]!], key).toEqual([...a[key]!]);
    expect(fromCodes.list).toEqual(fromString.list);
  });
});

describe('a word of any length', () => {
  test('a text of one 400,000-letter word is one token, numbered and spelled in full', () => {
    const word = 'داعشقسدميليشيا'.repeat(30_000).slice(0, 400_000);
    const words = new Words();
    const { norm, result } = normalizeThen(word, (codes, n) => tokenizeCodes(codes, n, words));
    expect(result.count).toBe(1);
    expect(words.list).toHaveLength(1);
    expect(words.list[0]).toBe(norm.text);
    expect(words.list[0]).toHaveLength(400_000);
  });
});
