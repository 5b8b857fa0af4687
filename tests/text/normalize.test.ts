import { describe, expect, test } from 'vitest';
import { normalize, toOriginal } from '../../lib/text/normalize';

describe('normalize: letters, marks, digits and quotes', () => {
  test.each([
    ['قُتلوا', 'قتلوا'], // harakat (seed 000)
    ['الإرهابي', 'الارهابي'],
    ['أمريكا', 'امريكا'],
    ['آلاف', 'الاف'],
    ['ٱلدولة', 'الدوله'],
    ['مستشفى', 'مستشفي'],
    ['مقاطعة', 'مقاطعه'],
    ['ی ک', 'ي ك'], // Persian letters
    ['٤٠٬٠٠٠', '40,000'], // Arabic-Indic digits and thousands separator
    ['۱۲۳', '123'], // Persian digits
    ['“تعزيز الأمن”', '"تعزيز الامن"'],
    ['«نحمّل»', '"نحمل"'],
    ['ﻻ', 'لا'], // presentation form through NFKC
    ['قسد\u200b', 'قسد'], // zero-width space
    ['YPG', 'ypg'],
    ['عنصراً', 'عنصرا'],
    // The Kurdish spelling «كورد» at a word's start, past its proclitics, reads as «كرد» …
    ['الكورد', 'الكرد'],
    ['والكوردية بكوردستان للكورد كوردي', 'والكرديه بكردستان للكرد كردي'],
    // … not inside another word.
    ['ديكورد', 'ديكورد'],
    ['مكورد', 'مكورد'],
    ['ابكورد', 'ابكورد'], // letters before it that are no proclitic
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize: words broken on purpose are joined and reported', () => {
  test.each([
    ['داعـ.ـش', 'داعش'], // seed 004
    ['دا.عـ.ـش', 'داعش'], // seed 004, lone dot plus a tatweel break
    ['القـ.ـوات', 'القوات'], // seed 003
    ['الملـ ـيشيات', 'الملـيشيات'.replace('ـ', '')], // seed 000: tatweel, space, tatweel
    ['مقـ.ـاتلين', 'مقاتلين'],
    ['وتيـ.ـرة', 'وتيره'],
    ['دا\u200bعش', 'داعش'],
    ['قـ.ـسد', 'قسد'], // one letter before the break, but more after it
    ['سـ. ـعـ. ـال', 'سعال'], // one letter between breaks, tatweel on both sides of the gap
  ])('%s reads %s', (input, joined) => {
    const n = normalize(input);
    expect(n.text).toBe(joined);
    expect(n.broken).toHaveLength(1);
    expect(n.broken[0]).toMatchObject({ start: 0, end: input.length });
  });

  test.each([
    ['بـ قسد', 'ب قسد'], // a detached proclitic before a name is typography (seed 004)
    ['بـ"القوات"', 'ب"القوات"'],
    ['الشرقي..واندلعت', 'الشرقي..واندلعت'], // an ellipsis between words (seed 004)
    ['مصادر.وقال', 'مصادر.وقال'], // a missing space after a full stop
    ['40.000 طالب', '40.000 طالب'],
    ['قسد . والتحالف', 'قسد . والتحالف'],
    ['"هـ. ش"', '"ه. ش"'], // initials (Anadolu, 2019): one letter, a dot, one letter
  ])('%s is not a broken word', (input, text) => {
    const n = normalize(input);
    expect(n.text).toBe(text);
    expect(n.broken).toEqual([]);
  });
});

describe('normalize: names written as hashtags read as words', () => {
  test.each([
    ['انتهاكات ارتكبتها #وحدات_حماية_الشعب', 'انتهاكات ارتكبتها وحدات حمايه الشعب'], // Al-Hal, 2015
    ['سيطرة #قوات_سوريا_الديمقراطية،', 'سيطره قوات سوريا الديمقراطيه،'], // Al-Hal, 2020
    ['(#قسد)', '(قسد)'],
    ['بريف#دير_الزور', 'بريف دير الزور'], // Al-Hal, 2019
    ['تسيير دورية روسية_تركية', 'تسيير دوريه روسيه تركيه'], // Buyerpress, 2020
    // An underscore or «#» that joins no Arabic letters stays.
    ['@abc_def x_y', '@abc_def x_y'],
    ['http://a.com/#x', 'http://a.com/#x'],
    ['#_قسد قسد_ _الوطني', '#_قسد قسد_ _الوطني'],
    ['# قسد', '# قسد'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize: offsets point back at the original characters', () => {
  test('a match inside a hashtag covers the name as written, without the «#»', () => {
    const src = 'انتهاكات ارتكبتها #وحدات_حماية_الشعب في #دير_الزور';
    const n = normalize(src);
    const i = n.text.indexOf('وحدات حمايه الشعب');
    const o = toOriginal(n, i, i + 'وحدات حمايه الشعب'.length);
    expect(src.slice(o.start, o.end)).toBe('وحدات_حماية_الشعب');
    const j = n.text.indexOf('دير');
    const p = toOriginal(n, j, j + 3);
    expect(src.slice(p.start, p.end)).toBe('دير');
  });

  test('a match on the joined word covers the whole broken word', () => {
    const src = 'في ظل تنامي قـ.ـوة دا.عـ.ـش والتنظـ.ـمات';
    const n = normalize(src);
    const i = n.text.indexOf('داعش');
    const o = toOriginal(n, i, i + 4);
    expect(src.slice(o.start, o.end)).toBe('دا.عـ.ـش');
  });

  test('trailing harakat stay with the word', () => {
    const src = 'قُتِلَ مدنيٌّ';
    const n = normalize(src);
    const i = n.text.indexOf('مدني');
    const o = toOriginal(n, i, i + 4);
    expect(src.slice(o.start, o.end)).toBe('مدنيٌّ');
  });

  test('a word read without the «و» of «كورد» still covers it', () => {
    const src = 'قال الكورد إن الأكراد في كوردستان';
    const n = normalize(src);
    const i = n.text.indexOf('كردستان');
    const o = toOriginal(n, i, i + 'كردستان'.length);
    expect(src.slice(o.start, o.end)).toBe('كوردستان');
    const j = n.text.indexOf('الكرد');
    const p = toOriginal(n, j, j + 'الكرد'.length);
    expect(src.slice(p.start, p.end)).toBe('الكورد');
  });

  test('an NFKC expansion maps every output character to its source', () => {
    const src = 'x ﻻ y';
    const n = normalize(src);
    expect(n.text).toBe('x لا y');
    expect(Array.from(n.start.subarray(0, n.text.length))).toEqual([0, 1, 2, 2, 3, 4]);
  });
});

describe('long texts', () => {
  test('a long text normalizes exactly as its parts do, lone surrogates and a leading mark included', () => {
    const piece = 'قال مصدر إن ميليشيا قسد قتلت 5 مدنيين. ';
    const long = piece.repeat(4000);
    expect(normalize(long).text).toBe(normalize(piece).text.repeat(4000));
    const lone = 'ميليشيا \ud800 قسد '.repeat(4000);
    expect(normalize(lone).text).toBe(normalize('ميليشيا \ud800 قسد ').text.repeat(4000));
    expect(normalize(lone).text).toContain('\ud800');
  });
});
