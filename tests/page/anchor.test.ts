// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { anchorFinding, indexedText, rangeFor } from '../../lib/page/anchor';
import { extractText, runToEnd } from '../../lib/page/extract';

describe('anchorFinding', () => {
  test('places a finding spanning inline elements on exactly its characters', () => {
    // Seed 004 breaks «داعش» with tatweel and a dot; a page may put the dot in its own element.
    document.body.innerHTML = '<p>تنامي قـ.ـوة دا.عـ<span>.</span>ـش اليوم</p>';
    const idx = runToEnd(extractText([document.body]));
    const start = idx.text.indexOf('دا.');
    const text = 'دا.عـ.ـش';
    const range = anchorFinding(idx, document, { start, end: start + text.length, text })!;
    expect(range.toString()).toBe(text);
    expect(indexedText(idx, range)).toBe(text);
  });

  test('refuses a finding whose text is not where the report says', () => {
    document.body.innerHTML = '<p>قوات سوريا الديمقراطية</p>';
    const idx = runToEnd(extractText([document.body]));
    expect(anchorFinding(idx, document, { start: 0, end: 4, text: 'قسد!' })).toBeNull();
  });

  test('an empty span has no range', () => {
    document.body.innerHTML = '<p>نص</p>';
    const idx = runToEnd(extractText([document.body]));
    expect(rangeFor(idx, document, 1, 1)).toBeNull();
  });
});
