/** Who an article cites: a source it names or leaves vague, never evidence it only claims to have. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { sourcingProfile } from '../../lib/teacher/sourcing';

const cited = (text: string) => sourcingProfile(analyze(text)).sources.map((s) => s.text);

describe('cited sources', () => {
  test.each([
    'واختطاف اقارب بعض المطلوبين ويوجد عدة حالات موثقة ومؤكدة بهذا الخصوص .', // seed 000
    'وهناك حالات موثقة لاعتقال شبان من القرية',
    'ولدينا شهادات موثقة عن الانتهاكات',
  ])('not cited: «%s»', (text) => {
    // The claim is still a finding (evidence claimed, not shown) ...
    expect(analyze(text).findings.some((f) => f.kind === 'source' && f.category === 'unshown-evidence')).toBe(true);
    // ... but nobody is listed as cited.
    expect(cited(text).filter((s) => /موثق/.test(s))).toEqual([]);
  });

  test.each([
    ['ينحدر القتلى من بلدات عربية في ريفي دير الزور والرقة، بحسب مصادر محلية.', 'مصادر محلية'],
    ['وقال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في القصف', 'المرصد السوري لحقوق الإنسان'],
    ['وقال مصدر عسكري فضل عدم الكشف عن اسمه إن الهجوم فشل', 'مصدر'], // the source, its withheld name folded in
  ])('cited: «%s» → %s', (text, source) => {
    expect(cited(text).some((s) => s.includes(source) || source.includes(s))).toBe(true);
  });
});
