// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { blockOf, isBlock, isPre } from '../../lib/page/blocks';

describe('blocks', () => {
  test('the nearest block holds a text node, through inline elements', () => {
    document.body.innerHTML = '<div><p id="p">قال <b><i>المصدر</i></b></p></div>';
    const t = document.querySelector('i')!.firstChild!;
    expect(blockOf(t)).toBe(document.getElementById('p'));
  });

  test.each([
    ['P', true],
    ['LI', true],
    ['FIGCAPTION', true],
    ['SPAN', false],
    ['A', false],
  ])('%s is a block: %s', (tag, expected) => {
    expect(isBlock(document.createElement(tag))).toBe(expected);
  });

  test('text inside pre keeps its spaces, text in a paragraph does not', () => {
    document.body.innerHTML = '<pre><code>a  b</code></pre><p>c  d</p>';
    expect(isPre(document.querySelector('code')!.firstChild!)).toBe(true);
    expect(isPre(document.querySelector('p')!.firstChild!)).toBe(false);
  });
});
