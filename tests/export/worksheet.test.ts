import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { buildExport } from '../../lib/export/files';
import { demoArticle } from '../../lib/teacher/demo-articles';
import { entryMeta } from '../../lib/teacher/library';
import { buildWorksheet, numberParagraphs, paragraphAt } from '../../lib/teacher/worksheet';

const seed = demoArticle('003')!;
const report = analyze(seed.text);

describe('worksheet content', () => {
  test('paragraphs numbered from 1, blank lines and furniture skipped, offsets found', () => {
    const p = numberParagraphs('عنوان\n\nفقرة أولى\nفقرة ثانية');
    expect(p.map((x) => [x.n, x.text])).toEqual([
      [1, 'عنوان'],
      [2, 'فقرة أولى'],
      [3, 'فقرة ثانية'],
    ]);
    expect(paragraphAt(p, 0)).toBe(1);
    expect(paragraphAt(p, 8)).toBe(2);
    expect(paragraphAt(p, 20)).toBe(3);
  });
  test('names, figures and wording questions numbered in one run, answers from the report', () => {
    const w = buildWorksheet(report, seed.text, seed.lines);
    const qs = [...w.names, ...w.figures, ...w.neutral];
    expect(qs.map((q) => q.n)).toEqual(qs.map((_, i) => i + 1));
    expect(w.names.length).toBeGreaterThan(0);
    expect(w.figures.length).toBeGreaterThan(0);
    expect(w.neutral.length).toBeGreaterThan(0);
    for (const q of w.neutral) expect(`${q.passage.before}${q.passage.match}${q.passage.after}`).toContain(q.passage.match);
    expect(new Set(w.neutral.map((q) => q.passage.match)).size).toBe(w.neutral.length);
  });
});

describe('worksheet and key files', () => {
  const src = { slug: '003', report, text: seed.text, lines: seed.lines, meta: entryMeta(seed.entry, 'ar'), lang: 'ar' as const };
  test('the worksheet holds no answer, the key holds them', () => {
    const sheet = buildExport(src, 'worksheet');
    const key = buildExport(src, 'key');
    expect(sheet.name).toBe('adasa-003-worksheet.html');
    expect(key.name).toBe('adasa-003-answer-key.html');
    const w = buildWorksheet(report, seed.text, seed.lines);
    for (const q of w.neutral) {
      expect(sheet.content).not.toContain(q.neutral.ar);
      expect(key.content).toContain(q.neutral.ar.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    }
    expect(sheet.content).not.toContain(seed.entry.leaning.ar);
    expect(key.content).toContain(seed.entry.leaning.ar);
    expect(sheet.content).toMatch(/<html lang="ar" dir="rtl">/);
    expect(sheet.content).toContain('@page{size:A4');
    expect(sheet.content).not.toMatch(/<script|<link|src=/i);
  });
  test('page text is escaped', () => {
    const text = 'قالت ميليشيا قسد <img src=x onerror=alert(1)> اليوم\n"<script>alert(1)</script>"';
    const r = analyze(text);
    const out = buildExport({ slug: 'own-x', report: r, text, meta: { title: '<b>t</b>' }, lang: 'en' }, 'worksheet').content;
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>t</b>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  test('exports made in the student view leave the leaning, notes and stance out', () => {
    const meta = entryMeta(seed.entry, 'en');
    const base = { slug: '003', report, text: seed.text, lines: seed.lines, meta, lang: 'en' as const };
    for (const format of ['html', 'md'] as const) {
      const teacher = buildExport(base, format).content;
      const student = buildExport({ ...base, student: true }, format).content;
      expect(teacher).toContain(meta.leaning);
      expect(student).not.toContain(meta.leaning);
      expect(student).not.toContain(meta.notes);
    }
    expect(buildExport(base, 'html').content).toContain('class="stance"');
    expect(buildExport({ ...base, student: true }, 'html').content).not.toContain('class="stance"');
    expect(buildExport({ ...base, student: true }, 'md').content).not.toContain('Stance');
  });
});
