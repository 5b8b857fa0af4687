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

  test('a node kept whole stays an identity map when its trailing space is taken back', () => {
    const idx = indexOf('<p>قسد تهاجم </p><p>آخر</p>');
    expect(idx.text).toBe('قسد تهاجم\nآخر');
    const [first] = idx.entries;
    expect(first.length).toBe(9);
    expect(first.raw).toBeNull();
    // The dropped space and the node's end both map to the end of its kept text.
    expect(idx.offsetOf(first.node, 9)).toBe(9);
    expect(idx.offsetOf(first.node, 10)).toBe(9);
    const end = idx.pointAt(9, 'end')!;
    expect([end.node, end.offset]).toEqual([first.node, 9]);
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

  test('whitespace collapses character for character as a browser shows it, whatever the mix', () => {
    // The rule spelled out one character at a time: a run of HTML whitespace shows as one space,
    // none at all after a space or a line break; each shown character remembers where it was.
    const reference = (data: string, prevSpace: boolean) => {
      let kept = '';
      const raw: number[] = [];
      for (let i = 0; i < data.length; i++) {
        const space = /[ \t\n\r\f]/.test(data[i]);
        if (space && prevSpace) continue;
        kept += space ? ' ' : data[i];
        raw.push(i);
        prevSpace = space;
      }
      raw.push(data.length);
      return { kept, raw: kept.length === data.length ? null : raw };
    };
    const alphabet = [' ', ' ', '\t', '\n', '\r', '\f', '\u00a0', 'ق', 'س', 'د', '،', 'a'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 400; n++) {
      const data = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join('');
      for (const before of ['x', 'x ']) {
        const b = new TextIndexBuilder();
        const p = document.createElement('p');
        b.append(document.createTextNode(before), p);
        b.append(document.createTextNode(data), p);
        const entry = b.entries[1];
        const want = reference(data, before.endsWith(' '));
        expect(entry?.raw ?? null, JSON.stringify(data)).toEqual(want.kept ? want.raw : null);
        if (want.kept) expect(b.finish().text.slice(entry.start, entry.start + entry.length), JSON.stringify(data)).toBe(want.kept.slice(0, entry.length));
      }
    }
  });

  test('a long article reads and maps both ways (the map from node to entry made on first use)', () => {
    const paragraphs = Array.from({ length: 700 }, (_, i) => `<p> خبر ${i} <b>عاجل</b> </p>`);
    const idx = indexOf(paragraphs.join(''));
    const want = Array.from({ length: 700 }, (_, i) => `خبر ${i} عاجل`).join('\n');
    expect(idx.text).toBe(want);
    for (const i of [0, 255, 256, 257, 511, 699]) {
      const at = want.indexOf(`خبر ${i} `);
      const p = idx.pointAt(at, 'start')!;
      expect(p.node.data.slice(p.offset, p.offset + 3)).toBe('خبر');
      expect(idx.offsetOf(p.node, p.offset)).toBe(at);
    }
  });
});
