/**
 * The splits of the real-article corpus stay apart: no outlet of a held-out split (`held`,
 * `fresh`, `unseen`) is in the dev split the engine is tuned on, and the held-out splits share no
 * outlet with each other.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus, type Split } from '../../scripts/eval/corpus';

const outlets = (split: Split) => new Set(loadCorpus(split).map((c) => c.gold.outletKey));
const overlap = (split: Split, others: Split[]) => {
  const seen = new Set(others.flatMap((o) => [...outlets(o)]));
  return loadCorpus(split)
    .filter((c) => seen.has(c.gold.outletKey))
    .map((c) => c.gold.id);
};

describe('corpus splits', () => {
  test.each(['held', 'fresh', 'unseen'] as const)('%s shares no outlet with dev', (split) => {
    expect(overlap(split, ['dev'])).toEqual([]);
  });

  test('fresh shares no outlet with held', () => {
    expect(overlap('fresh', ['held'])).toEqual([]);
  });

  test('unseen shares no outlet with held or fresh', () => {
    expect(overlap('unseen', ['held', 'fresh'])).toEqual([]);
  });

  test('each gold file sits in the folder of its split', () => {
    for (const split of ['dev', 'held', 'fresh', 'unseen'] as const) for (const { gold } of loadCorpus(split)) expect(gold.split, gold.id).toBe(split);
  });
});
