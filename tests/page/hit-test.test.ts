// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { caretAt, covering } from '../../lib/page/hit-test';

describe('covering', () => {
  const list = [
    { id: 'a', start: 0, end: 7 },
    { id: 'b', start: 8, end: 11 },
    { id: 'c', start: 0, end: 11 },
    { id: 'd', start: 20, end: 25 },
  ].sort((x, y) => x.start - y.start);

  test.each([
    [3, ['a', 'c']],
    [7, ['a', 'c']],
    [9, ['b', 'c']],
    [15, []],
    [25, ['d']],
  ])('offset %i is covered by %j, shortest first', (offset, ids) => {
    expect(covering(list, offset).map((f) => f.id)).toEqual(ids);
  });
});

describe('caretAt', () => {
  test('uses caretPositionFromPoint where it exists', () => {
    const node = document.createTextNode('x');
    const doc = { caretPositionFromPoint: () => ({ offsetNode: node, offset: 1 }) } as unknown as Document;
    expect(caretAt(doc, 1, 2)).toEqual({ node, offset: 1 });
  });

  test('falls back to caretRangeFromPoint', () => {
    const node = document.createTextNode('xy');
    const r = document.createRange();
    r.setStart(node, 2);
    const doc = { caretRangeFromPoint: () => r } as unknown as Document;
    expect(caretAt(doc, 1, 2)).toEqual({ node, offset: 2 });
  });

  test('no API, no caret', () => {
    expect(caretAt({} as Document, 0, 0)).toBeNull();
  });
});
