/**
 * The splits of the real-article corpus stay apart: no outlet of a held-out split (`held`,
 * `fresh`) is in the dev split the engine is tuned on, and `fresh` shares no outlet with `held`.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../scripts/eval/corpus';

describe('corpus splits', () => {
  const outlets = (split: 'dev' | 'held' | 'fresh') => new Set(loadCorpus(split).map((c) => c.gold.outletKey));

  test.each(['held', 'fresh'] as const)('%s shares no outlet with dev', (split) => {
    const dev = outlets('dev');
    expect(
      loadCorpus(split)
        .filter((c) => dev.has(c.gold.outletKey))
        .map((c) => c.gold.id),
    ).toEqual([]);
  });

  test('fresh shares no outlet with held', () => {
    const held = outlets('held');
    expect(
      loadCorpus('fresh')
        .filter((c) => held.has(c.gold.outletKey))
        .map((c) => c.gold.id),
    ).toEqual([]);
  });
});
