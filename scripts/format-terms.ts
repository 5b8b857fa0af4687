/**
 * Rewrites `seeds/terms/*.json` in canonical form: entries sorted by id, keys in schema order,
 * two-space JSON. `--check` only reports files that are not canonical (exit 1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_FILES } from '../lib/terms/lexicon';
import { canonicalTermList, formatTermList, parseTermList } from '../lib/terms/schema';

const check = process.argv.includes('--check');
let bad = 0;
for (const name of Object.keys(BUILTIN_FILES)) {
  const path = join('seeds', 'terms', name);
  const raw = readFileSync(path, 'utf8');
  const r = parseTermList(raw);
  if (!r.ok) {
    console.error(`${path}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    bad++;
    continue;
  }
  const out = formatTermList(canonicalTermList(r.list));
  if (out !== raw) {
    if (check) {
      console.error(`${path}: not in canonical form (run npm run format:terms)`);
      bad++;
    } else writeFileSync(path, out);
  }
}
process.exit(bad > 0 ? 1 : 0);
