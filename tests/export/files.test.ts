import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { reportToMarkdown } from '../../lib/format/markdown';
import { buildExport, EXPORT_FORMATS, exportName } from '../../lib/export/files';
import { buildJsonExport } from '../../lib/export/json';
import { buildMarkdownExport } from '../../lib/export/markdown';
import { Report } from '../../lib/model/report';
import { demoArticle } from '../../lib/teacher/demo-articles';
import { entryMeta } from '../../lib/teacher/library';

const a = demoArticle('003')!;
const report = analyze(a.text, { id: '003' });

describe('JSON export', () => {
  test('the engine’s schema with the text, every finding anchored by its quote', () => {
    const parsed = Report.parse(JSON.parse(buildJsonExport(report, a.text)));
    expect(parsed.text).toBe(a.text);
    expect(parsed.findings).toEqual(report.findings);
    for (const f of parsed.findings) {
      expect(a.text.slice(f.start, f.end)).toBe(f.text);
      expect(a.text.slice(0, f.start).endsWith(f.prefix)).toBe(true);
      expect(a.text.slice(f.end).startsWith(f.suffix)).toBe(true);
    }
  });

  test('refuses a report that does not match its text', () => {
    const f0 = report.findings[0];
    const changed = `${a.text.slice(0, f0.start)}x${a.text.slice(f0.start + 1)}`;
    expect(() => buildJsonExport(report, changed)).toThrow(/does not match/);
    expect(() => buildJsonExport({ ...report, schema: 'other' } as unknown as Report)).toThrow();
  });
});

describe('Markdown export', () => {
  test('the engine’s Markdown with the article’s particulars under the title', () => {
    for (const lang of ['ar', 'en'] as const) {
      const meta = entryMeta(a.entry, lang);
      const md = buildMarkdownExport(report, meta, lang);
      expect(md.split('\n')[0]).toBe(`# ${meta.title}`);
      expect(md).toContain(meta.outlet);
      expect(md).toContain(meta.leaning);
      // Everything the engine's own rendering says is there, unchanged.
      const engine = reportToMarkdown(report, { title: meta.title, lang });
      expect(md).toContain(engine.slice(engine.indexOf('\n') + 1).trim());
      for (const f of report.findings) expect(md).toContain(f.text.replace(/\s+/g, ' '));
    }
  });

  test('page text and particulars that look like markup are printed as text', () => {
    const text = 'قال ناشطون إن <img src=x onerror=alert(1)> ميليشيا قسد قتلت **5** مدنيين <script>alert(2)</script>.';
    const evil = analyze(text, { id: 'evil' });
    const meta = { ...entryMeta(a.entry, 'en'), title: '<script>alert(3)</script> title', outlet: '[click](javascript:alert(4))' };
    const md = buildMarkdownExport(evil, meta, 'en');
    expect(md).not.toMatch(/(?<!\\)<\/?(?:img|script)/);
    expect(md).not.toMatch(/(?<!\\)\[click\]/);
    expect(md.split('\n')[0]).toBe('# \\<script\\>alert(3)\\</script\\> title');
  });
});

describe('export files', () => {
  test('names are safe and tell the format', () => {
    expect(exportName('000', 'html')).toBe('adasa-000-annotated.html');
    expect(exportName('tab 12/..', 'md')).toBe('adasa-tab-12-summary.md');
    expect(exportName('', 'json')).toBe('adasa-article-report.json');
  });

  test('each format has its type and content', () => {
    const src = { slug: '003', report, text: a.text, lines: a.lines, meta: entryMeta(a.entry, 'en'), lang: 'en' as const };
    const files = EXPORT_FORMATS.map((f) => buildExport(src, f));
    expect(files.map((f) => f.type.split(';')[0])).toEqual(['text/html', 'text/markdown', 'application/json']);
    expect(files[0].content.startsWith('<!doctype html>')).toBe(true);
    expect(files[1].content.startsWith('# ')).toBe(true);
    expect(JSON.parse(files[2].content).schema).toBe('adasa.report/1');
  });
});

describe('stance words in the Markdown report', () => {
  test('a side taken through a rival names the party the word was said of', () => {
    const r = analyze('وسيطر ثوار العشائر العربية على حواجز ميليشيا قسد في ريف دير الزور الشرقي بعد اشتباكات عنيفة.');
    const md = reportToMarkdown(r, { lang: 'en' });
    const row = md.split('\n').find((l) => l.startsWith('| Arab tribes'));
    expect(row).toContain('ميليشيا (+0.5 said of Syrian Democratic Forces (SDF))');
  });
});
