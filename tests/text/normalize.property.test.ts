import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { normalize, originalEnd, toOriginal } from '../../lib/text/normalize';

/** Strings rich in what the normalizer treats specially. */
const arabicish = fc.string({
  unit: fc.constantFrom(
    ...'داعشقسدالميليشياتة ى أإآ'.split(''),
    '\u0640',
    '.',
    ' ',
    '\u200b',
    '\u00ad',
    '\u064e',
    '\u0651',
    '٤',
    '۵',
    '“',
    '”',
    '«',
    '»',
    '\n',
    'ﻻ',
    '\ufdf2',
    'x',
    '😀',
  ),
  maxLength: 200,
});
const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 });

describe('normalize: offsets stay in bounds and monotone for any input', () => {
  for (const [name, arb] of [
    ['Arabic-rich', arabicish],
    ['any Unicode', anyUnicode],
  ] as const) {
    test(name, () => {
      fc.assert(
        fc.property(arb, (src) => {
          const n = normalize(src);
          const len = n.text.length;
          expect(n.start.length).toBe(len + 1);
          expect(n.start[len]).toBe(src.length);
          for (let i = 0; i < len; i++) {
            expect(n.start[i]).toBeGreaterThanOrEqual(0);
            expect(originalEnd(n, i)).toBeLessThanOrEqual(src.length);
            expect(n.start[i]).toBeLessThan(originalEnd(n, i));
            if (i > 0) expect(n.start[i]).toBeGreaterThanOrEqual(n.start[i - 1]);
          }
          for (const b of n.broken) {
            expect(b.start).toBeGreaterThanOrEqual(0);
            expect(b.end).toBeLessThanOrEqual(src.length);
            expect(b.start).toBeLessThan(b.end);
          }
          for (let s = 0; s <= len; s += 7) {
            const o = toOriginal(n, s, Math.min(len, s + 5));
            expect(o.start).toBeLessThanOrEqual(o.end);
            expect(o.end).toBeLessThanOrEqual(src.length);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('analyze never throws and its offsets are valid', () => {
  for (const [name, arb] of [
    ['Arabic-rich', arabicish],
    ['any Unicode', anyUnicode],
  ] as const) {
    test(name, () => {
      fc.assert(
        fc.property(arb, (src) => {
          const r = analyze(src);
          for (const f of r.findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(src.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
            expect(f.text).toBe(src.slice(f.start, f.end));
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
