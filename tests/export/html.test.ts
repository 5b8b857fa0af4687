import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/analyze';
import { buildHtmlExport } from '../../lib/export/html';
import { demoArticle, demoArticles } from '../../lib/teacher/demo-articles';
import { entryMeta } from '../../lib/teacher/library';

function exportOf(id: string, lang: 'ar' | 'en') {
  const a = demoArticle(id)!;
  const report = analyze(a.text, { id });
  const html = buildHtmlExport({ report, text: a.text, lines: a.lines, meta: entryMeta(a.entry, lang), lang });
  return { a, report, html, doc: parseHTML(html).document };
}

describe('annotated HTML export', () => {
  test.each(demoArticles().map((a) => a.entry.id))('seed %s: the article text, every finding marked and footnoted', (id) => {
    const { a, report, doc } = exportOf(id, 'ar');
    const article = doc.querySelector('article.text')!;
    const paragraphs = [...article.querySelectorAll('p')].map((p) => {
      const copy = p.cloneNode(true) as Element;
      for (const s of copy.querySelectorAll('sup.ref')) s.remove();
      return copy.textContent;
    });
    expect(paragraphs).toEqual(a.lines.filter((l) => l.role !== 'blank').map((l) => l.text));
    const marked = new Set([...article.querySelectorAll('span.f')].map((s) => s.getAttribute('data-n')));
    expect(marked.size).toBe(report.findings.length);
    const notes = doc.querySelectorAll('.notes li');
    expect(notes.length).toBe(report.findings.length);
    for (const li of notes) {
      const n = li.id.replace('fn-', '');
      expect(doc.getElementById(`ref-${n}`), `marker ${n}`).not.toBeNull();
      const finding = report.findings.find((f) => f.id === li.getAttribute('data-finding'))!;
      expect(li.querySelector('.quote')!.textContent).toBe(finding.text);
      expect(li.querySelector('.why')!.textContent).toBe(finding.explanation.ar);
    }
    // The words under each numbered span are the finding's own (nested spans join up).
    for (const f of report.findings) {
      const li = doc.querySelector(`.notes li[data-finding="${f.id}"]`)!;
      const n = li.id.replace('fn-', '');
      const text = [...article.querySelectorAll(`span.f[data-n="${n}"]`)].map((s) => {
        const copy = s.cloneNode(true) as Element;
        for (const x of copy.querySelectorAll('sup.ref')) x.remove();
        return copy.textContent;
      });
      expect(text.join('')).toBe(f.text);
    }
  });

  test('self-contained: no script, no external address, a CSP that forbids loading anything', () => {
    for (const a of demoArticles()) {
      const { html, doc } = exportOf(a.entry.id, 'en');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/\b(?:src|srcset|action)=/);
      expect(html).not.toMatch(/url\(/);
      expect(html).not.toMatch(/@import/);
      expect(doc.querySelectorAll('script, link, img, iframe, object').length).toBe(0);
      for (const el of doc.querySelectorAll('[href]')) expect(el.getAttribute('href')).toMatch(/^#(?:fn|ref)-\d+$/);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    }
  });

  test('direction and language: Arabic UI is RTL, the article is Arabic and RTL in both', () => {
    expect(exportOf('003', 'ar').doc.documentElement.getAttribute('dir')).toBe('rtl');
    const en = exportOf('003', 'en').doc;
    expect(en.documentElement.getAttribute('dir')).toBe('ltr');
    expect(en.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    expect(en.querySelector('article')!.getAttribute('lang')).toBe('ar');
  });

  test('print: its own sheet with the high-contrast inks, colours kept on paper', () => {
    const { html } = exportOf('000', 'en');
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toContain('print-color-adjust:exact');
    expect(print).toMatch(/\.s-framing\{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-color:#A63A00;text-decoration-thickness:3px\}/);
    // Every style keeps a distinct line or tint, so black-and-white copies still tell kinds apart.
    const rules = [...print.matchAll(/\.s-([a-z-]+)\{([^}]*)\}/g)].map((m) => m[2].replace(/#[0-9A-F]{6}|rgba\([^)]*\)/gi, 'C'));
    expect(new Set(rules).size).toBe(rules.length);
  });

  test('legend counts and stance rows are the engine’s', () => {
    const { report, doc } = exportOf('003', 'en');
    const legend: Record<string, number> = Object.fromEntries(
      [...doc.querySelectorAll('.legend li')].map((li) => [li.getAttribute('data-style'), Number(li.querySelector('.n')!.textContent)]),
    );
    expect(Object.values(legend).reduce((n, x) => n + x, 0)).toBe(report.findings.length);
    expect(legend.framing).toBe(report.counts.framing);
    expect([...doc.querySelectorAll('.stance tbody tr')].map((tr) => tr.getAttribute('data-actor'))).toEqual(report.actors.map((a) => a.id));
  });

  test('without the text: each finding in its quoted context', () => {
    const { report } = exportOf('004', 'en');
    const html = buildHtmlExport({ report, meta: { title: 'Live page', address: 'https://www.northpulse.net/x' }, lang: 'en' });
    const doc = parseHTML(html).document;
    expect(doc.querySelector('article')).toBeNull();
    expect(doc.querySelectorAll('.excerpt').length).toBe(report.findings.length);
    expect(doc.querySelectorAll('.excerpt span.f').length).toBe(report.findings.length);
    // The address is shown as text, never as a link or a resource.
    expect(doc.querySelectorAll('[href^="http"]').length).toBe(0);
  });

  test('deterministic', () => {
    expect(exportOf('001', 'ar').html).toBe(exportOf('001', 'ar').html);
  });
});
