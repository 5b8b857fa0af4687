import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module freshly imported, with or without a TextDecoder in sight. */
async function load(withDecoder: boolean) {
  vi.resetModules();
  if (!withDecoder) vi.stubGlobal('TextDecoder', undefined);
  return import('../../lib/text/codes');
}

afterEach(() => vi.unstubAllGlobals());

/** The string's UTF-16 code units (not its code points, which iterating a string gives). */
function codesOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}
const arabic = 'قالت قوات سوريا الديمقراطية إن ٣٠ عنصراً قتلوا. ';

describe.each([
  ['with a decoder', true],
  ['without a decoder (built in pieces)', false],
])('stringOf %s', (_name, withDecoder) => {
  it.each([
    ['a word', 'داعش'],
    ['a sentence', arabic],
    ['a long text', arabic.repeat(400)],
    ['a text longer than a piece', arabic.repeat(900)],
    ['a long text with a pair', ('😀' + arabic).repeat(200)],
    ['a long text with a lone high surrogate', arabic.repeat(200) + '\ud800' + arabic],
    ['a long text with a lone low surrogate', '\udc00' + arabic.repeat(300)],
  ])('gives back %s unit for unit', async (_what, text) => {
    const { stringOf } = await load(withDecoder);
    expect(stringOf(codesOf(text), 0, text.length)).toBe(text);
  });

  it('reads a range of a longer array, at an odd offset', async () => {
    const { stringOf } = await load(withDecoder);
    const text = 'x' + arabic.repeat(300) + 'y';
    expect(stringOf(codesOf(text), 1, text.length - 1)).toBe(arabic.repeat(300));
    expect(stringOf(codesOf(text), 3, 5003)).toBe(text.slice(3, 5003));
  });

  it('copies: the string does not change when the array is reused', async () => {
    const { stringOf } = await load(withDecoder);
    const text = arabic.repeat(500);
    const codes = codesOf(text);
    const s = stringOf(codes, 0, codes.length);
    codes.fill(0x41);
    expect(s).toBe(text);
  });
});
