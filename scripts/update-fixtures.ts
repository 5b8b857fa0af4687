/**
 * Regenerates `tests/fixtures/<slug>/expected.json` for every seed article and
 * `tests/fixtures/real/dev/<id>.expected.json` for every real article of the dev split. Review the diff.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFor, expectedForReal, FIXTURES_DIR, REAL_DEV_DIR, realArticles, seedArticles } from '../tests/helpers/fixtures';

for (const { slug } of seedArticles()) {
  const dir = join(FIXTURES_DIR, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), expectedFor(slug));
  console.log(`wrote ${join(dir, 'expected.json')}`);
}

for (const article of realArticles()) {
  const file = join(REAL_DEV_DIR, `${article.id}.expected.json`);
  writeFileSync(file, expectedForReal(article));
  console.log(`wrote ${file}`);
}
