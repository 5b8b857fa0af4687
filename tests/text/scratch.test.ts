/**
 * The per-text tables of one analysis are views into one buffer reused by the next analysis
 * (lib/text/scratch.ts; long texts have one of their own): each starts as zeros however the last
 * analysis left the buffer, tables made outside an analysis are arrays of their own, and no report
 * holds one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { scratchInt32, scratchUint8, withScratch } from '../../lib/text/scratch';

/** Whether a typed array or a buffer is reachable from `o`. */
function holdsTable(o: unknown, seen = new Set<unknown>()): boolean {
  if (o === null || typeof o !== 'object' || seen.has(o)) return false;
  seen.add(o);
  if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer) return true;
  const values = o instanceof Map ? [...o.keys(), ...o.values()] : o instanceof Set ? [...o] : Object.values(o);
  return values.some((v) => holdsTable(v, seen));
}

describe('scratch tables', () => {
  test('a table starts as zeros, whatever the last analysis wrote', () => {
    for (let round = 0; round < 3; round++) {
      withScratch(1000, () => {
        const a = scratchInt32(1000);
        const b = scratchUint8(333);
        expect(a.every((x) => x === 0) && b.every((x) => x === 0)).toBe(true);
        a.fill(-7);
        b.fill(9);
      });
    }
  });

  test('tables of one analysis do not overlap', () => {
    withScratch(1000, () => {
      const a = scratchUint8(5);
      const b = scratchInt32(3);
      a.fill(255);
      expect([...b]).toEqual([0, 0, 0]);
    });
  });

  test('a table made outside an analysis is an array of its own', () => {
    const a = scratchInt32(100);
    withScratch(1000, () => scratchInt32(100).fill(3));
    expect(a.every((x) => x === 0)).toBe(true);
  });

  test('a table is an array of its own past the buffer, and a long text uses a buffer of its own', () => {
    withScratch(1000, () => expect(scratchInt32(1 << 20).length).toBe(1 << 20));
    let a = new Int32Array(0);
    withScratch(1 << 20, () => (a = scratchInt32(100)).fill(5));
    withScratch(1000, () => scratchInt32(100).fill(6));
    expect(a.every((x) => x === 5)).toBe(true);
  });

  test('long texts analysed one after another share their buffer, and each table starts as zeros', () => {
    const buffers = new Set<ArrayBufferLike>();
    for (let round = 0; round < 3; round++) {
      withScratch(1 << 20, () => {
        const a = scratchInt32(50_000);
        expect(a.every((x) => x === 0)).toBe(true);
        a.fill(-4);
        if (round > 0) buffers.add(a.buffer);
      });
    }
    expect(buffers.size).toBe(1);
  });

  test('no report holds a table', () => {
    const dir = join('seeds', 'articles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) expect(holdsTable(analyze(readFileSync(join(dir, f), 'utf8'), { includeText: true }))).toBe(false);
  });

  test('the same text analysed twice gives the same report', () => {
    const text = readFileSync(join('seeds', 'articles', readdirSync(join('seeds', 'articles')).filter((x) => x.endsWith('.txt'))[0]), 'utf8');
    const first = JSON.stringify(analyze(text));
    analyze('قالت قوات سوريا الديمقراطية إن 12 عنصراً من داعش قتلوا.');
    expect(JSON.stringify(analyze(text))).toBe(first);
  });
});
