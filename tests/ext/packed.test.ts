/**
 * Findings cross to the page as columns and come back as the findings the session paints, text
 * included; whatever arrives malformed is left out rather than painted at a wrong place.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { packFindings, unpackFindings } from '../../lib/ext/packed';

const TEXT = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً، وأفاد المرصد السوري بمقتل ثلاثة مدنيين بقصف لقوات النظام.';

describe('packed findings', () => {
  test('a report packed and unpacked gives each finding back, with its text from the page', () => {
    const report = analyze(TEXT);
    expect(report.findings.length).toBeGreaterThan(3);
    const packed = JSON.parse(JSON.stringify(packFindings(report.findings)));
    expect(unpackFindings(packed, TEXT)).toEqual(
      report.findings.map(({ id, kind, start, end, text, attribution }) => ({ id, kind, start, end, text, ...(attribution ? { attribution } : {}) })),
    );
  });

  test('the reply is columns, not one object per finding', () => {
    const packed = packFindings(analyze(TEXT).findings);
    expect(Object.keys(packed).sort()).toEqual(['attributions', 'ends', 'ids', 'kinds', 'starts']);
    expect(packed.attributions).toMatch(/^[nvax-]+$/);
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'findings'],
    ['columns of different lengths', { ids: ['a-1'], kinds: [0, 1], starts: [0], ends: [2], attributions: '-' }],
    ['an attribution string of the wrong length', { ids: ['a-1'], kinds: [0], starts: [0], ends: [2], attributions: '--' }],
  ])('%s unpacks to no finding', (_name, packed) => {
    expect(unpackFindings(packed, TEXT)).toEqual([]);
  });

  test('an entry out of the text, with an unknown kind or a bad offset is left out; the others stay', () => {
    const packed = {
      ids: ['framing-1', 'framing-2', 'framing-3', 'framing-4', 'figure-1'],
      kinds: [0, 99, 0, 0, 2],
      starts: [0, 0, 5, -1, 39],
      ends: [4, 4, 5000, 3, 41],
      attributions: '----n',
    };
    expect(unpackFindings(packed, TEXT)).toEqual([
      { id: 'framing-1', kind: 'framing', start: 0, end: 4, text: TEXT.slice(0, 4) },
      { id: 'figure-1', kind: 'figure', start: 39, end: 41, text: TEXT.slice(39, 41), attribution: 'named' },
    ]);
  });
});
