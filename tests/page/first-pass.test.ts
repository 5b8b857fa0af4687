// @vitest-environment happy-dom
// A small page's first pass runs in one slice of 30 ms; a large one (a live blog) in the usual 8 ms.
import { describe, expect, test } from 'vitest';
import { SLICE_MS } from '../../lib/page/schedule';
import { firstPassSlice } from '../../lib/page/session';

function page(paragraphs: number): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = `<article>${'<p>قالت مصادر محلية إن 12 شخصاً نزحوا.</p>'.repeat(paragraphs)}</article>`;
  return doc;
}

describe('firstPassSlice', () => {
  test('a news article of some dozens of elements gets one long slice', () => {
    expect(SLICE_MS).toBe(8);
    expect(firstPassSlice(page(40))).toBe(30);
  });

  test('at 1,500 elements the page is still small; past it, the usual slice', () => {
    const others = page(0).getElementsByTagName('*').length; // html, head, body, article…
    expect(firstPassSlice(page(1500 - others))).toBe(30);
    expect(firstPassSlice(page(1501 - others))).toBe(SLICE_MS);
    expect(firstPassSlice(page(5000))).toBe(SLICE_MS);
  });
});
