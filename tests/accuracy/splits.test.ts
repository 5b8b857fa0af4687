/**
 * The splits of the real-article corpus stay apart: no outlet of a held-out split (`held`,
 * `fresh`, `unseen`, `late`, `sealed`) is in the dev split the engine is tuned on, and each held-out split
 * shares no outlet with the ones before it.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus, SPLITS, type Split } from '../../scripts/eval/corpus';

const outlets = (split: Split) => new Set(loadCorpus(split).map((c) => c.gold.outletKey));
const overlap = (split: Split, others: readonly Split[]) => {
  const seen = new Set(others.flatMap((o) => [...outlets(o)]));
  return loadCorpus(split)
    .filter((c) => seen.has(c.gold.outletKey))
    .map((c) => c.gold.id);
};

describe('corpus splits', () => {
  test.each(SPLITS.slice(1).map((split, i) => [split, SPLITS.slice(0, i + 1)] as const))('%s shares no outlet with %j', (split, before) => {
    expect(overlap(split, before)).toEqual([]);
  });

  test('each gold file sits in the folder of its split', () => {
    for (const split of SPLITS) for (const { gold } of loadCorpus(split)) expect(gold.split, gold.id).toBe(split);
  });
});
