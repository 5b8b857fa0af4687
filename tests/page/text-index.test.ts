// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { TextIndexBuilder } from '../../lib/page/text-index';
import { extractText, runToEnd } from '../../lib/page/extract';

function indexOf(html: string) {
  document.body.innerHTML = html;
  return runToEnd(extractText([document.body]));
}

describe('TextIndexBuilder', () => {
  test('collapses whitespace like a browser and breaks blocks with "\\n"', () => {
    const idx = indexOf('<p>  ميليشيا   قسد\n  تهاجم </p><p>\tقتل <b>70</b> مدنياً</p>');
    expect(idx.text).toBe('ميليشيا قسد تهاجم\nقتل 70 مدنياً');
  });

  test('keeps whitespace inside pre', () => {
    const idx = indexOf('<pre>a  b\n c</pre>');
    expect(idx.text).toBe('a  b\n c');
  });

  test('a <br> is a line break', () => {
    const idx = indexOf('<p>سطر أول<br>سطر ثان</p>');
    expect(idx.text).toBe('سطر أول\nسطر ثان');
  });

  test('maps every text offset to the raw character it came from and back', () => {
    const idx = indexOf('<p>  قوات   <i>سوريا</i>  الديمقراطية </p>');
    expect(idx.text).toBe('قوات سوريا الديمقراطية');
    for (let i = 0; i < idx.text.length; i++) {
      if (idx.text[i] === ' ') continue;
      const p = idx.pointAt(i, 'start')!;
      expect(p.node.data[p.offset]).toBe(idx.text[i]);
      expect(idx.offsetOf(p.node, p.offset)).toBe(i);
    }
  });

  test('an offset on a block separator moves forward for a start and stays back for an end', () => {
    const idx = indexOf('<p>أول</p><p>ثان</p>');
    const sep = idx.text.indexOf('\n');
    const start = idx.pointAt(sep, 'start')!;
    const end = idx.pointAt(sep, 'end')!;
    expect(start.node.data).toBe('ثان');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe('أول');
    expect(end.offset).toBe(3);
  });

  test('an end at a node boundary belongs to the node before it', () => {
    const idx = indexOf('<p>داعـ<b>.</b>ـش</p>');
    const end = idx.pointAt(4, 'end')!;
    expect(end.node.data).toBe('داعـ');
    expect(end.offset).toBe(4);
  });

  test('the trailing space before a block break is dropped from its node', () => {
    const idx = indexOf('<p>نص </p><p>آخر</p>');
    expect(idx.text).toBe('نص\nآخر');
    const end = idx.pointAt(2, 'end')!;
    expect(end.node.data.slice(0, end.offset)).toBe('نص');
  });

  test('building by hand gives the same index as extraction', () => {
    document.body.innerHTML = '<p>a  b</p>';
    const p = document.body.firstElementChild!;
    const b = new TextIndexBuilder();
    b.append(p.firstChild as Text, p);
    const idx = b.finish();
    expect(idx.text).toBe('a b');
    expect(idx.entries[0].raw).toEqual([0, 1, 3, 4]);
  });
});
