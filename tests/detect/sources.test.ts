import { describe, expect, test } from 'vitest';
import { findings } from '../helpers/find';

describe('sources: vague and anonymous attributions a reader should notice', () => {
  test.each([
    ['ينحدر القتلى من بلدات عربية في ريفي دير الزور والرقة، بحسب مصادر محلية.', 'مصادر', 'vague'], // 002
    ['وفي هذا السياق أفادت مصادر مطلعة برفع قوات التحالف الدولي', 'مصادر', 'vague'], // 003
    ['يقول علي (اسم مستعار) وهو أحد عناصر "قسد"', 'اسم مستعار', 'anonymous'], // 002
    ['وهناك أنباء تتحدث عن مئتي سجين', 'أنباء', 'vague'], // 001
    ['ووفقاً لمراقبين، يعوّل تنظيم داعـ.ـش على فصائل', 'لمراقبين', 'vague'], // 004
    ['الأخبار الواردة من مدينة الحسكة، تؤكد قيام “قسد”، بإغلاق جميع الشوارع', 'الأخبار الواردة', 'vague'], // 001
    ['وقال مصدر عسكري فضل عدم الكشف عن اسمه إن الهجوم فشل', 'فضل عدم الكشف عن اسمه', 'anonymous'],
  ])('«%s» → %s (%s)', (text, word, attribution) => {
    const f = findings(text, 'source').find((x) => x.text === word);
    expect(f, JSON.stringify(findings(text, 'source').map((x) => x.text))).toBeDefined();
    expect(f!.attribution).toBe(attribution);
  });

  test('evidence claimed but not shown (seed 000)', () => {
    const f = findings('واختطاف اقارب بعض المطلوبين ويوجد عدة حالات موثقة ومؤكدة بهذا الخصوص .', 'source');
    expect(f.map((x) => [x.text, x.category])).toEqual([['حالات موثقة ومؤكدة', 'unshown-evidence']]);
  });

  test.each([
    'وهذا ماجعل المراقبين، والمهتمين يضعون ألف إشارة استفهام', // 001: observers, but nobody is cited
    'بعد كل هذه المعلومات نرى ان الاسم المناسب', // 000
    'أفاد المرصد السوري لحقوق الإنسان بوصول تعزيزات عسكرية', // named: not a vague source
    'حاولنا التواصل مع قيادات قسد لكن دون جدوى', // not a source of a claim
  ])('no vague source in «%s»', (text) => {
    expect(findings(text, 'source')).toEqual([]);
  });
});
