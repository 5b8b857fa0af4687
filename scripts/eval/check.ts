/** `npx tsx scripts/eval/check.ts [DIR]`: validates every gold file of the real-article corpus. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SPLITS } from './corpus';
import { checkGold } from './gold';

const root = process.argv[2] ?? join('tests', 'fixtures', 'real');
let bad = 0;
let n = 0;
const outlets = new Set<string>();
for (const split of SPLITS) {
  const dir = join(root, split);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    n++;
    const txt = join(dir, f.replace(/\.gold\.json$/, '.txt'));
    if (!existsSync(txt)) {
      console.log(`${f}: no excerpt ${txt}`);
      bad++;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      console.log(`${f}: ${(e as Error).message}`);
      bad++;
      continue;
    }
    const { gold, errors } = checkGold(f, json, readFileSync(txt, 'utf8'));
    if (gold) {
      outlets.add(gold.outletKey);
      if (gold.split !== split) errors.push({ file: f, message: `split "${gold.split}" but stored under ${split}/` });
      if (`${gold.id}.gold.json` !== f) errors.push({ file: f, message: `id "${gold.id}" does not match the file name` });
    }
    for (const e of errors) console.log(`${e.file}: ${e.message}`);
    if (errors.length) bad++;
  }
}
console.log(`${n} gold files, ${bad} with errors, ${outlets.size} outlets`);
process.exit(bad ? 1 : 0);
