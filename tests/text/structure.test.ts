/**
 * The shape of a text around its tokens: lines, sentences, clauses and quotation spans. Each
 * group is shown as the original text from its first token to its last, so the tables read as
 * the phrases a reader sees.
 */
import { describe, expect, test } from 'vitest';
import { normalize, toOriginal } from '../../lib/text/normalize';
import { buildStructure, findQuotes } from '../../lib/text/structure';
import { tokenize } from '../../lib/text/tokenize';

function shape(src: string) {
  const norm = normalize(src);
  const toks = tokenize(norm.text);
  const st = buildStructure(src, norm, toks);
  /** Original text of tokens [t0, t1). */
  const slice = (t0: number, t1: number) => {
    const o = toOriginal(norm, toks.start[t0], toks.end[t1 - 1]);
    return src.slice(o.start, o.end);
  };
  /** Tokens grouped by a per-token number (line, sentence, clause), as original text. */
  const groups = (of: Int32Array) => {
    const out: string[] = [];
    let t0 = 0;
    for (let t = 1; t <= toks.count; t++) {
      if (t === toks.count || of[t] !== of[t0]) {
        out.push(slice(t0, t));
        t0 = t;
      }
    }
    return toks.count ? out : [];
  };
  const quoteText = (q: { s: number; e: number }) => {
    const o = toOriginal(norm, q.s, q.e);
    return src.slice(o.start, o.end);
  };
  return { norm, toks, st, slice, groups, quoteText };
}

const sentences = (src: string) => {
  const s = shape(src);
  return s.groups(s.st.sentence);
};
const clauses = (src: string) => {
  const s = shape(src);
  return s.groups(s.st.clause);
};
const lines = (src: string) => {
  const s = shape(src);
  return s.groups(s.st.line);
};
const quotes = (src: string) => {
  const s = shape(src);
  return s.st.quotes.map(s.quoteText);
};
/** The original words inside quotation `i` (by the per-token index). */
const quotedWords = (src: string) => {
  const s = shape(src);
  const out: string[][] = s.st.quotes.map(() => []);
  for (let t = 0; t < s.toks.count; t++) if (s.st.quote[t] >= 0) out[s.st.quote[t]].push(s.slice(t, t + 1));
  return out;
};

describe('sentences', () => {
  test.each<[string, string[]]>([
    ['انسحبت القوات. ثم عادت', ['انسحبت القوات', 'ثم عادت']],
    ['هل انسحبت القوات؟ نعم! انسحبت', ['هل انسحبت القوات', 'نعم', 'انسحبت']],
    ['وقال إن القصف مستمر… ثم انسحب', ['وقال إن القصف مستمر', 'ثم انسحب']], // ellipsis character
    ['ماذا؟! لا', ['ماذا', 'لا']], // a run of marks is one boundary
    // A comma, a colon or brackets do not end a sentence.
    ['انسحبت القوات، ثم عادت: وفي الحسكة (شمال شرق) هدوء', ['انسحبت القوات، ثم عادت: وفي الحسكة (شمال شرق) هدوء']],
    // Nor does a semicolon: Arabic news sets one before a clause of cause or result, inside what a
    // speaker says (Al-Khaleej, 2019; Zewa News, 2024).
    ['وذكرت الإدارة: إن عدد النازحين؛ بسبب الهجوم وصل إلى 275 ألف نازح', ['وذكرت الإدارة: إن عدد النازحين؛ بسبب الهجوم وصل إلى 275 ألف نازح']],
    ['وكشف المرصد أن قسد سيطرت على القرية؛ ما أسفر عن مقتل 7 عناصر; وانسحب الفصيل', ['وكشف المرصد أن قسد سيطرت على القرية؛ ما أسفر عن مقتل 7 عناصر; وانسحب الفصيل']],
    // Dots and commas inside numbers do not end a sentence; the full stop after one does.
    ['بلغ عدد النازحين ٣٫٥ مليون و1,200 عائلة. وعاد 40.000 منهم', ['بلغ عدد النازحين ٣٫٥ مليون و1,200 عائلة', 'وعاد 40.000 منهم']],
    // A line break ends a sentence even without punctuation (a headline).
    ['قسد تسيطر على القرية\nأعلنت قسد السيطرة', ['قسد تسيطر على القرية', 'أعلنت قسد السيطرة']],
    // A single Arabic letter before a dot is an abbreviation or an initial: the sentence goes on.
    ['وقال د. أحمد الحسن إن القصف مستمر', ['وقال د. أحمد الحسن إن القصف مستمر']],
    ['وأشارت إفادات الإرهابيين "س. ت"، و"هـ. ش" الفارين', ['وأشارت إفادات الإرهابيين "س. ت"، و"هـ. ش" الفارين']],
    ['التقى م. خالد بالوفد. ثم غادر', ['التقى م. خالد بالوفد', 'ثم غادر']],
    // A word of more letters, a Latin letter or a number before the dot ends the sentence.
    ['انسحبت القوات. ثم عادت إلى ب', ['انسحبت القوات', 'ثم عادت إلى ب']],
    ['نشر البيان عبر منصة X. ثم حذفه', ['نشر البيان عبر منصة X', 'ثم حذفه']],
    ['قتل 5. وجرح آخرون', ['قتل 5', 'وجرح آخرون']],
  ])('«%s»', (src, expected) => {
    expect(sentences(src)).toEqual(expected);
  });

  test('sentenceStart lists the first token of each sentence and ends with the token count', () => {
    const { st, toks } = shape('انسحبت القوات. ثم عادت؟ نعم');
    expect(toks.count).toBe(5);
    expect(st.sentenceStart).toEqual([0, 2, 4, 5]);
    expect([...st.sentence]).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('clauses', () => {
  test.each<[string, string[]]>([
    ['انسحبت القوات، ثم عادت', ['انسحبت القوات', 'ثم عادت']], // Arabic comma
    ['انسحبت القوات, ثم عادت', ['انسحبت القوات', 'ثم عادت']], // Latin comma
    ['قال المتحدث: إن القصف مستمر', ['قال المتحدث', 'إن القصف مستمر']],
    ['اندلعت اشتباكات؛ وقُتل عنصران', ['اندلعت اشتباكات', 'وقُتل عنصران']], // Arabic semicolon
    ['اندلعت اشتباكات; وقُتل عنصران', ['اندلعت اشتباكات', 'وقُتل عنصران']],
    // Parentheses around a short name or gloss keep the clause («ميليشيا (قسد) الانفصالية»); around a clause they split it.
    ['في الحسكة (شمال شرق سوريا) هدوء حذر', ['في الحسكة (شمال شرق سوريا) هدوء حذر']],
    ['في الحسكة (التي شهدت، أمس، اشتباكات) هدوء حذر', ['في الحسكة', 'التي شهدت', 'أمس', 'اشتباكات', 'هدوء حذر']],
    ['وقال ناشط -فضّل عدم كشف اسمه- إن الاعتقالات مستمرة', ['وقال ناشط', 'فضّل عدم كشف اسمه', 'إن الاعتقالات مستمرة']],
    ['قصف تركي – وفق المرصد – على القرية', ['قصف تركي', 'وفق المرصد', 'على القرية']], // en dashes
    // A sentence boundary starts a clause too.
    ['اندلعت اشتباكات. وقُتل عنصران', ['اندلعت اشتباكات', 'وقُتل عنصران']],
    // No boundary: one clause.
    ['قصفت الطائرات مواقع التنظيم في ريف دير الزور', ['قصفت الطائرات مواقع التنظيم في ريف دير الزور']],
  ])('«%s»', (src, expected) => {
    expect(clauses(src)).toEqual(expected);
  });

  test('clause numbers run on across sentences', () => {
    const { st } = shape('انسحبت، عادت. انتهى');
    expect([...st.clause]).toEqual([0, 1, 2]);
    expect([...st.sentence]).toEqual([0, 0, 1]);
  });
});

describe('lines and paragraphs', () => {
  test.each<[string, string[]]>([
    ['السطر الأول\nالسطر الثاني', ['السطر الأول', 'السطر الثاني']],
    ['عنوان الخبر\r\nنص الخبر', ['عنوان الخبر', 'نص الخبر']],
    // An empty line between paragraphs makes no line of its own: lines count lines with words.
    ['الفقرة الأولى.\n\nالفقرة الثانية', ['الفقرة الأولى', 'الفقرة الثانية']],
    ['فقرة واحدة، بجملتين. والثانية هنا', ['فقرة واحدة، بجملتين. والثانية هنا']],
  ])('«%s»', (src, expected) => {
    expect(lines(src)).toEqual(expected);
  });

  test('lineStart lists the first token of each line and ends with the token count', () => {
    const { st } = shape('السطر الأول\nالسطر الثاني\n\nفقرة ثالثة');
    expect(st.lineStart).toEqual([0, 2, 4, 6]);
    expect([...st.line]).toEqual([0, 0, 1, 1, 2, 2]);
  });

  test('sentences inside a line do not start lines', () => {
    const { st } = shape('فقرة أولى. بجملتين؟ نعم\nفقرة ثانية');
    expect(st.lineStart).toEqual([0, 4, 6]);
    expect(st.sentenceStart).toEqual([0, 2, 3, 4, 6]);
  });

  test('a text without tokens has only the sentinels', () => {
    for (const src of ['', '  \n ، ']) {
      const { st, toks } = shape(src);
      expect(toks.count).toBe(0);
      expect(st.sentenceStart).toEqual([0]);
      expect(st.lineStart).toEqual([0]);
      expect(st.quotes).toEqual([]);
    }
  });
});

describe('quotations', () => {
  test.each<[string, string[]]>([
    // «…» pair unambiguously.
    ['قال المتحدث: «إن القصف مستمر» وأضاف أن الطريق مغلق.', ['«إن القصف مستمر»']],
    ['أكد أن «القصف مستمر» ثم قال: «الوضع سيئ»', ['«القصف مستمر»', '«الوضع سيئ»']],
    // Straight quotes pair by position: an opener after a space, a closer before a space or a comma.
    ['وصفت "الإدارة" القرار بأنه "خطير"، وأضافت', ['"الإدارة"', '"خطير"']],
    ['وصفها بـ"الخطيرة". ثم انسحب', ['"الخطيرة"']], // opener glued to a proclitic, closer before a full stop
    ['وقال:"القصف مستمر"', ['"القصف مستمر"']],
    // A mark before a colon closes, like a single mark: one whose opener lies before the excerpt opens nothing.
    ['القرار خطير": ووصفه بـ"المدمر" أمس', ['"المدمر"']],
    ['وصفت "الإدارة": القرار بأنه "خطير"؟ وأضافت', ['"الإدارة"', '"خطير"']],
    // Typographic quotes of either style.
    ['قال “القصف مستمر” أمس', ['“القصف مستمر”']],
    ['„القصف مستمر“ قال المصدر', ['„القصف مستمر“']],
    // A quotation opened after a colon and never closed runs to the end of its paragraph…
    ['وقال المتحدث: "إن القصف مستمر\nوفي سياق آخر، انسحبت القوات.', ['"إن القصف مستمر']],
    ['وقال المتحدث: "إن القصف مستمر', ['"إن القصف مستمر']],
    // …and so does an unclosed «, which is an opener wherever it stands.
    ['ونقل عن أحد الأهالي «القصف مستمر\nفقرة ثانية', ['«القصف مستمر']],
    // An unclosed straight quote that no colon introduces is not a quotation.
    ['قال "القصف مستمر\nفقرة ثانية', []],
    // A quotation does not run across paragraphs, even when closed on the next line.
    ['«القصف\nمستمر»', ['«القصف']],
    // Where blank lines separate the paragraphs, a single line break is a break inside one: the
    // quotation runs on to the blank line.
    ['فقرة أولى.\n\nوقال المتحدث: "إن القصف مستمر\nعلى القرى\n\nفقرة أخرى', ['"إن القصف مستمر\nعلى القرى']],
    ['فقرة أولى.\n\n«القصف\nمستمر» وانسحب\n\nفقرة أخرى', ['«القصف\nمستمر»']],
    ['فقرة أولى.\n\nوقال المتحدث: "إن القصف مستمر\n\nفقرة أخرى', ['"إن القصف مستمر']],
    // Quotations nest: the inner one closes and the outer one stays open.
    ['وقال: «إن ما يسمى "الإدارة" لا تمثلنا» ثم غادر', ['«إن ما يسمى "الإدارة" لا تمثلنا»', '"الإدارة"']],
    ['وقال: «إن «الإدارة» لا تمثلنا» ثم غادر', ['«إن «الإدارة» لا تمثلنا»', '«الإدارة»']],
    ['وقال: "إن ما يسمى «الإدارة» لا تمثلنا" ثم غادر', ['"إن ما يسمى «الإدارة» لا تمثلنا"', '«الإدارة»']],
    ['وقال: «إن "الإدارة" لا تمثلنا\nفقرة ثانية', ['«إن "الإدارة" لا تمثلنا', '"الإدارة"']],
    // Single marks quote too, paired by position (Dijlah TV, 2018; Dot Gulf, 2024), nested, and two in a row as one.
    ["وتابع الرئيس التركي ' سنواصل المعارك حتى الحدود'.", ["' سنواصل المعارك حتى الحدود'"]],
    ["وقالت وسائل إعلام تركية ، عن الرئيس التركي قوله ، 'سنطهر منبج، وهو أمر لا يجب أن يزعج أحداً '.", ["'سنطهر منبج، وهو أمر لا يجب أن يزعج أحداً '"]],
    ["وقالت الخارجية في بيان: 'شنت قوات ما تسمى 'قسد' العميلة هجمات' أمس", ["'شنت قوات ما تسمى 'قسد' العميلة هجمات'", "'قسد'"]],
    ["تحت شعار ''من حقي نرجع'' مطالبين", ["''من حقي نرجع''"]],
    ['قال ‘القصف مستمر’ أمس', ['‘القصف مستمر’']],
    // An apostrophe inside a word, or one never closed, quotes nothing.
    ["التقى O'Brien بالمسؤولين في حزب البعث Ba’ath أمس", []],
    ["وقال 'القصف مستمر\nفقرة ثانية 'أخرى", []],
    // Empty quotes quote nothing.
    ['كلمة "" فارغة', []],
    ['لا اقتباس في هذه الجملة', []],
  ])('«%s»', (src, expected) => {
    expect(quotes(src)).toEqual(expected);
  });

  test('each quotation lists the tokens it covers, and each covered token points back to it', () => {
    const src = 'قال المتحدث: «إن القصف مستمر» وأضاف أن "الطريق" مغلق.';
    const { st } = shape(src);
    expect(quotedWords(src)).toEqual([['إن', 'القصف', 'مستمر'], ['الطريق']]);
    expect(st.quotes.map((q) => [q.t0, q.t1])).toEqual([
      [2, 5],
      [7, 8],
    ]);
    expect([...st.quote]).toEqual([-1, -1, 0, 0, 0, -1, -1, 1, -1]);
  });

  test('a token inside a nested quotation belongs to the outer one', () => {
    const src = 'وقال: «إن ما يسمى "الإدارة" لا تمثلنا» ثم غادر';
    const { st } = shape(src);
    expect(quotedWords(src)).toEqual([['إن', 'ما', 'يسمى', 'الإدارة', 'لا', 'تمثلنا'], []]);
    expect(st.quotes.map((q) => [q.t0, q.t1])).toEqual([
      [1, 7],
      [4, 5],
    ]);
  });

  test('quotations nested three deep: every word inside belongs to the outermost, each span keeps its own tokens', () => {
    const src = 'قال: «إن "ما يسمى «الإدارة» هنا" باطل» ثم غادر';
    const { st } = shape(src);
    expect(quotedWords(src)).toEqual([['إن', 'ما', 'يسمى', 'الإدارة', 'هنا', 'باطل'], [], []]);
    expect(st.quotes.map((q) => [q.t0, q.t1])).toEqual([
      [1, 7],
      [2, 6],
      [4, 5],
    ]);
  });

  test('the unclosed quotation after a colon covers the rest of its paragraph and nothing after', () => {
    const src = 'وقال المتحدث: "إن ميليشيا قسد ترتكب الجرائم\nوفي سياق آخر، قصفت ميليشيا قسد القرية.';
    expect(quotedWords(src)).toEqual([['إن', 'ميليشيا', 'قسد', 'ترتكب', 'الجرائم']]);
  });

  test('findQuotes gives the spans buildStructure keeps, in normalized offsets', () => {
    const src = 'قال: «القصف مستمر» و"الحصار" خانق';
    const { norm, st } = shape(src);
    const spans = findQuotes(src, norm);
    expect(spans).toEqual(st.quotes.map(({ s, e }) => ({ s, e })));
    expect(spans.map(({ s, e }) => norm.text.slice(s, e))).toEqual(['"القصف مستمر"', '"الحصار"']);
  });
});
