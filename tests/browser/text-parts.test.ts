/**
 * A long text sent in parts is joined in order whatever order its parts came in; a join waits
 * for a part still on its way; parts of another page or tab never mix in.
 */
import { describe, expect, test } from 'vitest';
import { TextParts } from '../../lib/browser/text-parts';

describe('text parts', () => {
  test('parts that came out of order are joined in order', async () => {
    const parts = new TextParts();
    parts.add(1, 'p', 's0', 1, 'ب');
    parts.add(1, 'p', 's0', 0, 'أ');
    parts.add(2, 'p', 's0', 0, 'x');
    parts.add(1, 'q', 's0', 0, 'y');
    expect(await parts.join(1, 'p', 's0', 2)).toBe('أب');
  });

  test('a join waits for a part that comes later', async () => {
    const parts = new TextParts();
    parts.add(1, 'p', 's0', 0, 'أ');
    const joined = parts.join(1, 'p', 's0', 2);
    setTimeout(() => parts.add(1, 'p', 's0', 1, 'ب'), 20);
    expect(await joined).toBe('أب');
  });

  test('a joined text is forgotten, and so are the parts of a closed tab', async () => {
    const parts = new TextParts();
    parts.add(1, 'p', 's0', 0, 'أ');
    expect(await parts.join(1, 'p', 's0', 1)).toBe('أ');
    parts.add(1, 'p', 's1', 0, 'old');
    parts.dropTab(1);
    parts.add(1, 'p', 's1', 0, 'new');
    expect(await parts.join(1, 'p', 's1', 1)).toBe('new');
  });
});
