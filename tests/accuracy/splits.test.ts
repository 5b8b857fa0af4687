/**
 * The splits of the real-article corpus stay apart: no outlet of a held-out split (`held`,
 * `fresh`, `unseen`, `late`, `sealed`) is in the dev split the engine is tuned on, and each held-out split
 * shares no outlet with the ones before it.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus, SPLITS, type Split } from '../../scripts/eval/corpus';

/** Archives of many papers' copy, each excerpt credited to the paper it came from (Sauress and its sister sites, Investing.com's wire pages). */
const ARCHIVES = new Set(['masress.com', 'sauress.com', 'djazairess.com', 'maghress.com', 'yemeress.com', 'sa.investing.com']);

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

  // One outlet under two keys, or a held-out outlet's copy on another site, shows as the same web
  // host. Archives that carry many papers' copy under one host are no outlet of their own.
  test('no dev excerpt comes from the web host of a held-out excerpt, archives of many papers aside', () => {
    const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
    const held = new Set(SPLITS.slice(1).flatMap((split) => loadCorpus(split).map((c) => host(c.gold.url))));
    const shared = loadCorpus('dev')
      .filter((c) => held.has(host(c.gold.url)) && !ARCHIVES.has(host(c.gold.url)))
      .map((c) => `${c.gold.id} (${host(c.gold.url)})`);
    expect(shared).toEqual([]);
  });

  test('each gold file sits in the folder of its split', () => {
    for (const split of SPLITS) for (const { gold } of loadCorpus(split)) expect(gold.split, gold.id).toBe(split);
  });
});
