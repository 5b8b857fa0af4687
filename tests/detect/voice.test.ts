import { describe, expect, test } from 'vitest';
import { findings } from '../helpers/find';

describe('voice: the outlet speaking as a party', () => {
  test('first-person plural outside quotation marks (seed 004)', () => {
    const text = 'إلا أن عناصر الخلية الإرهابية لاذوا بالفرار تحت ضربات قسد، بعد أن أوقعت قواتنا عدداً من الجرحى بين عناصر الخلية';
    expect(findings(text, 'voice').map((f) => [f.text, f.actor])).toEqual([['قواتنا', 'sdf']]);
  });

  test.each([
    ['وقصف العدو مناطقنا وقرانا', ['مناطقنا', 'وقرانا']],
    ['استشهد اثنان من مقاتلينا في الاشتباكات', ['مقاتلينا']],
  ])('«%s»', (text, expected) => {
    expect(findings(text, 'voice').map((f) => f.text)).toEqual(expected);
  });

  test.each<[string, string, string | undefined]>([
    // The party named right after, set off by a comma (Marsad Daily, 2023).
    ['قسد تكشف سجل 11 مقاتلاً. تمكّنت قواتنا، قوات سوريا الديمقراطية، خلال عملية تعزيز الأمن من اعتقال الخلية', 'قواتنا', 'sdf'],
    // The party reported attacking «ours», or named through a label, is not the one speaking (YPG/YPJ International, 2025).
    ['وذلك بعد قصف مسلحين تابعين لحكومة دمشق بواسطة طائرتين انتحاريتين استهدفتا إحدى نقاطنا في منطقة دير حافر', 'نقاطنا', undefined],
    ['مسلحو حكومة دمشق يواصلون التصعيد في دير حافر: ارتقى أحد مقاتلينا اليوم الأربعاء متأثراً بجراحه', 'مقاتلينا', undefined],
    // Nor the party its forces fight: ISIS is not whom «our fighters» are.
    ['تواصل قوات سوريا الديمقراطية عملياتها ضد خلايا داعش. وفي الهجوم ارتقى أحد مقاتلينا', 'مقاتلينا', undefined],
    // «شعبنا», «أهلنا»: the outlet speaks as one of the people, for no armed party (Muslim Brotherhood in Syria, 2023; SSNP, 2016).
    ['وهو تغيير ديموغرافي لا يقل أبداً عما قام به نظام الأسد، من جرائم وكوارث بحق أهلنا في كل سورية', 'أهلنا', undefined],
    ['تركيا لن تستطيع تحقيق اهدافها وأطماعها وخيار شعبنا هو الصراع والمقاومة', 'شعبنا', undefined],
  ])('«%s»: %s → %s', (text, word, actor) => {
    const f = findings(text, 'voice').find((x) => x.text.includes(word));
    expect(f, JSON.stringify(findings(text, 'voice'))).toBeDefined();
    expect(f!.actor).toBe(actor);
  });

  test('«شعبنا» says the writer is one of the people, in its own note', () => {
    const [f] = findings('وقصف الاحتلال التركي قرى شعبنا في الشمال', 'voice');
    expect(f.explanation.en).toContain('one of the people');
    expect(f.actor).toBeUndefined();
  });

  test.each([
    // The same words inside quotation marks are a quote (seed 004, the coalition statement).
    'قالت غرفة عمليات العزم الصلب في بيان إنه “على الرغم من التهديدات المستمرة التي تشكلها خلايا داعش على قواتنا الشريكة السورية”',
    'وأضاف البيان «نحمّل حكومة دمشق المسؤولية المباشرة عن استهداف قواتنا»',
    // … single quotation marks too (Dijlah TV, 2018).
    "وأكد الرئيس التركي 'سنواصل عملياتنا في سوريا حتى القضاء على آخر إرهابي'.",
    // The author's editorial "we" is not a party's voice (seed 000).
    'تحدثنا سابقاً عن بداية حملة قسد وقُلنا اننا سنتحدث عن نتائجها',
    // Reported speech without quotation marks.
    'وقال المتحدث باسم قسد فرهاد شامي إن قواتنا صدت الهجوم',
    // A statement whose quotation mark the text never closes, from a speaker the outlet holds at a distance (Arab Tawhid Party, 2019).
    'وأوردت ما يسمى بالإدارة الذاتية في بيان “نعلن حالة النفير العام لمدة ثلاثة أيام، ونهيب بكافة إداراتنا ومؤسساتنا وشعبنا بالتوجه إلى المنطقة الحدودية.',
    'وأوردت الإدارة الذاتية في بيان “نعلن حالة النفير العام لمدة ثلاثة أيام، ونهيب بكافة إداراتنا ومؤسساتنا بالتوجه إلى الحدود.',
  ])('no voice in «%s»', (text) => {
    expect(findings(text, 'voice')).toEqual([]);
  });
});
