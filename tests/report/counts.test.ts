import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { pageReport } from '../../lib/ext/page-report';
import { countFindings } from '../../lib/report/counts';

describe('countFindings', () => {
  test('counts each kind and sorts figures by their sourcing; a figure with no class has no source', () => {
    const { counts, figures } = countFindings([
      { kind: 'framing' },
      { kind: 'framing' },
      { kind: 'figure', attribution: 'named' },
      { kind: 'figure', attribution: 'vague' },
      { kind: 'figure' },
      { kind: 'source', attribution: 'vague' },
    ]);
    expect(counts.framing).toBe(2);
    expect(counts.figure).toBe(3);
    expect(counts.source).toBe(1);
    expect(counts.voice).toBe(0);
    expect(figures).toEqual({ named: 1, vague: 1, anonymous: 0, none: 1 });
  });

  test('the page view of a segment with a dropped finding counts as the engine would without it', () => {
    const text = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً، وقتل 5 مدنيين في قصف على ريف دير الزور.';
    const report = analyze(text, { id: 'p:s0' });
    const figure = report.findings.find((f) => f.kind === 'figure')!;
    const page = pageReport({ page: 'p', url: 'u', title: 't', segments: [{ id: 's0', report }], dropped: [`s0:${figure.id}`], timings: null })!;
    const expected = countFindings(report.findings.filter((f) => f !== figure));
    expect(page.counts).toEqual(expected.counts);
    expect(page.figures).toEqual(expected.figures);
    expect(page.counts.figure).toBe(report.counts.figure - 1);
  });
});
