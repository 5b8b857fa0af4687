import { describe, expect, test } from 'vitest';
import type { Finding } from '../../lib/model/report';
import { annotateSpan, markerAt, type NumberedFinding } from '../../lib/export/annotate';

function f(n: number, kind: Finding['kind'], text: string, whole: string, from = 0): NumberedFinding {
  const start = whole.indexOf(text, from);
  if (start < 0) throw new Error(`no ${text}`);
  const finding: Finding = { id: `${kind}-${n}`, kind, start, end: start + text.length, text, prefix: '', suffix: '', severity: 'low', explanation: { ar: 'شرح', en: 'why' } };
  return { n, finding, title: `t${n}` };
}

const strip = (html: string) =>
  html
    .replace(/<sup class="ref">.*?<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('annotateSpan', () => {
  test('one finding: a span over exactly its words, the marker after them', () => {
    const text = 'هاجمت ميليشيا قسد القرية';
    const html = annotateSpan(text, 0, text.length, [f(1, 'framing', 'ميليشيا قسد', text)]);
    expect(html).toBe('هاجمت <span class="f s-framing" data-n="1" data-kind="framing" title="t1">ميليشيا قسد</span><sup class="ref"><a href="#fn-1" id="ref-1">1</a></sup> القرية');
  });

  test('nested findings nest, so each keeps its own line style', () => {
    const text = 'خلايا والملـ ـيشيات الإيرانية هنا';
    const outer = f(1, 'framing', 'والملـ ـيشيات الإيرانية', text);
    const inner = f(2, 'obfuscation', 'والملـ ـيشيات', text);
    const html = annotateSpan(text, 0, text.length, [outer, inner]);
    expect(html).toMatch(
      /<span class="f s-framing"[^>]*><span class="f s-obfuscation"[^>]*>والملـ ـيشيات<\/span><sup class="ref"><a href="#fn-2" id="ref-2">2<\/a><\/sup> الإيرانية<\/span><sup/,
    );
    expect(strip(html)).toBe(text);
  });

  test('the same words found twice get one span each and one marker with both numbers', () => {
    const text = 'قال المتطـ.ـرفة ذلك';
    const html = annotateSpan(text, 0, text.length, [f(1, 'framing', 'المتطـ.ـرفة', text), f(2, 'obfuscation', 'المتطـ.ـرفة', text)]);
    expect(html.match(/<span /g)).toHaveLength(2);
    expect(html).toContain('<sup class="ref"><a href="#fn-1" id="ref-1">1</a>,<a href="#fn-2" id="ref-2">2</a></sup>');
    expect(strip(html)).toBe(text);
  });

  test('crossing findings are split, never cut inside a word, and the text survives', () => {
    const text = 'أ العشرات من المواطنين في القرية';
    const a = f(1, 'figure', 'العشرات من المواطنين', text);
    const b = f(2, 'source', 'المواطنين في القرية', text);
    const html = annotateSpan(text, 0, text.length, [a, b]);
    expect(strip(html)).toBe(text);
    // Every tag sits next to a space, a line edge or another tag: never between two letters.
    for (const m of html.matchAll(/<[^>]+>/g)) {
      const before = html[m.index - 1];
      const after = html[m.index + m[0].length];
      expect(/[\p{L}]/u.test(before ?? '') && /[\p{L}]/u.test(after ?? '')).toBe(false);
    }
  });

  test('a finding ending inside a word puts its marker after the word', () => {
    expect(markerAt('قسدية هنا', 3, 9)).toBe(5);
    expect(markerAt('قسد، هنا', 3, 8)).toBe(3);
  });

  test('text is escaped, findings outside the span are left out', () => {
    const text = 'a <b> & "c" قسد';
    const html = annotateSpan(text, 0, 6, [f(1, 'framing', 'قسد', text)]);
    expect(html).toBe('a &lt;b&gt; ');
  });
});
