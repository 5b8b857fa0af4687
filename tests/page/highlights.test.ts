// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { CssHighlightSink, hasHighlightApi, OverlaySink } from '../../lib/page/highlights';

/** A stand-in for the Highlight API where happy-dom has none. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function fakeDocument() {
  const registry = new Map<string, unknown>();
  const sheets: CSSStyleSheet[] = [];
  class FakeSheet {
    text = '';
    replaceSync(css: string) {
      this.text = css;
    }
  }
  const doc = {
    defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight, CSSStyleSheet: FakeSheet },
    get adoptedStyleSheets() {
      return sheets.slice();
    },
    set adoptedStyleSheets(v: CSSStyleSheet[]) {
      sheets.splice(0, sheets.length, ...v);
    },
  } as unknown as Document;
  return { doc, registry, sheets };
}

describe('CssHighlightSink', () => {
  test('a page that reassigns its sheets or clears the registry gets them back on the next reassert', () => {
    const { doc, registry, sheets } = fakeDocument();
    const sink = new CssHighlightSink(doc);
    sink.setStyles('::highlight(adasa-framing){color:red}');
    const r = document.createRange();
    sink.add('adasa-framing', r);
    sink.add('adasa-figure', r);
    sink.setVisible('adasa-figure', false);
    expect(sheets).toHaveLength(1);
    (doc as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets = [];
    registry.clear();
    sink.reassert();
    expect(sheets).toHaveLength(1);
    expect((sheets[0] as unknown as { text: string }).text).toContain('adasa-framing');
    expect((registry.get('adasa-framing') as Set<Range>).has(r)).toBe(true);
    // A name switched off stays off.
    expect(registry.has('adasa-figure')).toBe(false);
    sink.reassert();
    expect(sheets).toHaveLength(1);
  });

  test('ranges go into the registry by name; category switches remove and restore a name', () => {
    const { doc, registry } = fakeDocument();
    const sink = new CssHighlightSink(doc, { 'adasa-focus': 10 });
    const r = document.createRange();
    sink.add('adasa-framing', r);
    sink.add('adasa-focus', r);
    expect((registry.get('adasa-framing') as Set<Range>).has(r)).toBe(true);
    expect((registry.get('adasa-focus') as FakeHighlight).priority).toBe(10);
    sink.setVisible('adasa-framing', false);
    expect(registry.has('adasa-framing')).toBe(false);
    sink.setVisible('adasa-framing', true);
    expect((registry.get('adasa-framing') as Set<Range>).has(r)).toBe(true);
    sink.delete('adasa-framing', r);
    expect((registry.get('adasa-framing') as Set<Range>).size).toBe(0);
  });

  test('the stylesheet is adopted with the first painted range, and removed on dispose', () => {
    const { doc, sheets, registry } = fakeDocument();
    const sink = new CssHighlightSink(doc);
    sink.setStyles('::highlight(adasa-framing){text-decoration-line:underline}');
    expect(sheets).toHaveLength(0);
    sink.add('adasa-framing', document.createRange());
    expect(sheets).toHaveLength(1);
    sink.setStyles('x');
    expect((sheets[0] as unknown as { text: string }).text).toBe('x');
    sink.dispose();
    expect(sheets).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  test('happy-dom has no Highlight API: the overlay fallback is chosen', () => {
    expect(hasHighlightApi(window as unknown as Window & typeof globalThis)).toBe(false);
  });
});

describe('OverlaySink', () => {
  test('keeps visible ranges for the overlay and asks for a redraw on every change', () => {
    let redraws = 0;
    const sink = new OverlaySink(() => redraws++);
    const a = document.createRange();
    const b = document.createRange();
    sink.add('adasa-framing', a);
    sink.add('adasa-figure', b);
    sink.setVisible('adasa-figure', false);
    expect([...sink.visible()]).toEqual([['adasa-framing', a]]);
    expect(redraws).toBe(3);
  });
});
