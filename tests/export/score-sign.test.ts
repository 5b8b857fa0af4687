/** A negative score reads «−0.93» in Arabic exports too, never «0.93-». */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/analyze';
import { buildHtmlExport } from '../../lib/export/html';
import { reportToMarkdown } from '../../lib/format/markdown';
import { demoArticle, demoArticles } from '../../lib/teacher/demo-articles';
import { entryMeta } from '../../lib/teacher/library';

const TEXT = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً في ريف دير الزور، وإن مرتزقة قسد نهبوا المنازل.';

describe('scores in right-to-left exports', () => {
  test.each(['ar', 'en'] as const)('HTML (%s): each score isolated left to right with a real minus', (lang) => {
    const id = demoArticles()[0]!.entry.id;
    const a = demoArticle(id)!;
    const report = analyze(a.text, { id });
    const negative = report.actors.filter((x) => x.score <= -0.005);
    expect(negative.length).toBeGreaterThan(0);
    const doc = parseHTML(buildHtmlExport({ report, text: a.text, lines: a.lines, meta: entryMeta(a.entry, lang), lang })).document;
    for (const actor of report.actors) {
      const cell = doc.querySelector(`tr[data-actor="${actor.id}"] td`)!;
      const bdi = cell.querySelector('bdi[dir="ltr"]')!;
      const digits = Math.abs(actor.score).toFixed(2);
      const expected = actor.score < 0 && digits !== '0.00' ? `\u2212${digits}` : digits;
      expect(bdi.textContent).toBe(expected);
      expect(cell.textContent).not.toMatch(/\d-/);
      expect(cell.textContent).not.toContain('-');
    }
  });

  test('Markdown: the score cell is a left-to-right isolate with a real minus', () => {
    const report = analyze(TEXT);
    const sdf = report.actors.find((x) => x.id === 'sdf')!;
    expect(sdf.score).toBeLessThan(0);
    const md = reportToMarkdown(report, { lang: 'ar' });
    expect(md).toContain(`| \u2066\u2212${Math.abs(sdf.score).toFixed(2)}\u2069 |`);
    expect(md).not.toContain(`| ${sdf.score.toFixed(2)} |`);
  });
});
