/**
 * Two readers on the same excerpts (`npm run eval -- --agreement`): a reading is scored as the
 * engine's report is, so the two readers' agreement is the ceiling the engine's numbers can be
 * read against.
 */
import { describe, expect, test } from 'vitest';
import { loadSecondReadings, readingAsReport } from '../../scripts/eval/agreement';
import type { Gold } from '../../scripts/eval/gold';
import { addTally, emptyTally, formatTally, scoreArticle } from '../../scripts/eval/score';

// Syria TV, 2023 (dev split): a toll given by a named monitor, then its account of who was hit.
const body =
  'قُتل 12 عنصراً من "قوات سوريا الديمقراطية" (قسد) بهجوم لخلايا تنظيم "داعش" الإرهابي، بحسب المرصد السوري لحقوق الإنسان. وقالت مصادر محلية إن ميليشيا قسد اعتقلت 30 شاباً.';
const reading: Gold = {
  id: 'syriatv-2023-example',
  outlet: 'تلفزيون سوريا',
  outletKey: 'syriatv',
  url: 'https://www.syria.tv/example',
  date: '2023-05-01',
  split: 'dev',
  loaded: [
    { text: 'الإرهابي', occurrence: 1, actor: 'isis', direction: 'against', quoted: false },
    { text: 'ميليشيا', occurrence: 1, actor: 'sdf', direction: 'against', quoted: true },
  ],
  figures: [
    { text: '12 عنصراً', occurrence: 1, attribution: 'named' },
    { text: '30 شاباً', occurrence: 1, attribution: 'vague' },
  ],
  sources: [{ text: 'مصادر محلية', occurrence: 1, kind: 'vague' }],
  stance: { sdf: 'against', isis: 'against', other: 'neutral' },
};
const score = (truth: Gold, other: Gold) => scoreArticle(body, truth, readingAsReport(body, other)).tally;

describe('a reading scored as a report', () => {
  test('a reading agrees with itself on every measure', () => {
    const t = score(reading, reading);
    expect(t).toMatchObject({ loadedFound: 2, loadedTrue: 2, loadedCovered: 2, partyRight: 2, quotedAgree: 2 });
    expect(t).toMatchObject({ figuresFound: 2, figuresTrue: 2, attributionRight: 2, sourcesFound: 1, sourcesRight: 1 });
    expect(t).toMatchObject({ stanceCompared: 2, stanceAgree: 2 });
  });

  test('each disagreement costs its own measure only', () => {
    const other: Gold = {
      ...reading,
      loaded: [reading.loaded[0], { ...reading.loaded[1], actor: 'assad_regime', quoted: false }],
      figures: [reading.figures[0], { ...reading.figures[1], attribution: 'none' }],
      sources: [],
      stance: { ...reading.stance, sdf: 'neutral' },
    };
    const t = score(reading, other);
    expect(t).toMatchObject({ loadedTrue: 2, partyRight: 1, partyWrong: 1, partyMissing: 0, quotedAgree: 1 });
    expect(t).toMatchObject({ figuresTrue: 2, attributionRight: 1, sourcesFound: 0, sourcesGold: 1, sourcesCovered: 0 });
    expect(t).toMatchObject({ stanceCompared: 2, stanceAgree: 1 });
  });

  test('a word no party of the list is hit by, left unattached or put down as another party, is the same reading', () => {
    const other: Gold = { ...reading, loaded: [{ ...reading.loaded[0], actor: null }, reading.loaded[1]] };
    const asOther: Gold = { ...reading, loaded: [{ ...reading.loaded[0], actor: 'other' }, reading.loaded[1]] };
    expect(score(other, asOther)).toMatchObject({ partyRight: 2, partyWrong: 0, partyMissing: 0 });
  });
});

describe('the excerpts read twice (tests/fixtures/real/second/)', () => {
  const pairs = loadSecondReadings(); // throws with the file and reason on an invalid reading
  let t = emptyTally();
  for (const { body: text, first, second } of pairs) t = addTally(t, scoreArticle(text, first, readingAsReport(text, second)).tally);
  const summary = formatTally(t).join('\n');

  test('every second reading is of a dev excerpt, and there are enough of them to measure', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    for (const p of pairs) expect(p.second.id).toBe(p.first.id);
  });

  // Floors a little under the two readers' agreement today: the engine's targets are read against them.
  test.each([
    ['party right', 0.93, () => t.partyRight / t.loadedTrue],
    ['figure attribution', 0.91, () => t.attributionRight / t.figuresTrue],
    ['stance agreement', 0.85, () => t.stanceAgree / t.stanceCompared],
    ['vague and anonymous sources', 0.88, () => t.sourcesRight / t.sourcesFound],
  ] as const)('the two readers agree: %s ≥ %s', (_name, floor, value) => {
    expect(value(), summary).toBeGreaterThanOrEqual(floor);
  });
});
