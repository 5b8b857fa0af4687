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

  test.each([
    // The same words inside quotation marks are a quote (seed 004, the coalition statement).
    'قالت غرفة عمليات العزم الصلب في بيان إنه “على الرغم من التهديدات المستمرة التي تشكلها خلايا داعش على قواتنا الشريكة السورية”',
    'وأضاف البيان «نحمّل حكومة دمشق المسؤولية المباشرة عن استهداف قواتنا»',
    // The author's editorial "we" is not a party's voice (seed 000).
    'تحدثنا سابقاً عن بداية حملة قسد وقُلنا اننا سنتحدث عن نتائجها',
    // Reported speech without quotation marks.
    'وقال المتحدث باسم قسد فرهاد شامي إن قواتنا صدت الهجوم',
  ])('no voice in «%s»', (text) => {
    expect(findings(text, 'voice')).toEqual([]);
  });
});
