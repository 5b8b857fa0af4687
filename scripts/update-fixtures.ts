/** Regenerates `tests/fixtures/<slug>/expected.json` for every seed article. Review the diff. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFor, FIXTURES_DIR, seedArticles } from '../tests/helpers/fixtures';

for (const { slug } of seedArticles()) {
  const dir = join(FIXTURES_DIR, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), expectedFor(slug));
  console.log(`wrote ${join(dir, 'expected.json')}`);
}
