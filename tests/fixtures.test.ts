import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectedFor, expectedForReal, FIXTURES_DIR, REAL_DEV_DIR, realArticles, seedArticles } from './helpers/fixtures';

describe('seed articles match their expected reports (npm run fixtures to regenerate, then review the diff)', () => {
  test.each(seedArticles().map((s) => s.slug))('%s', (slug) => {
    const expected = readFileSync(join(FIXTURES_DIR, slug, 'expected.json'), 'utf8');
    expect(expectedFor(slug)).toBe(expected);
  });
});

describe('real articles (dev split) match their expected reports (npm run fixtures to regenerate, then review the diff)', () => {
  test.each(realArticles())('$id', (a) => {
    const expected = readFileSync(join(REAL_DEV_DIR, `${a.id}.expected.json`), 'utf8');
    expect(expectedForReal(a)).toBe(expected);
  });

  test('every expected report belongs to an excerpt', () => {
    const ids = new Set(realArticles().map((a) => a.id));
    const orphans = readdirSync(REAL_DEV_DIR)
      .filter((f) => f.endsWith('.expected.json'))
      .filter((f) => !ids.has(f.replace(/\.expected\.json$/, '')));
    expect(orphans).toEqual([]);
  });
});
