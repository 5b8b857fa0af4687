/** The real-article corpus: every excerpt of a split with its validated gold. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validGold, type Gold } from './gold';

const ROOT = join('tests', 'fixtures', 'real');

/**
 * The splits: `dev` is tuned on; `held`, `fresh`, `unseen`, `late` and `sealed` are scored rarely
 * and never tuned on (`fresh` and every split after it hold articles whose gold was written without
 * the engine's output in sight; `unseen`, `late`, then `sealed` came last, each from outlets none
 * of the others has).
 */
export const SPLITS = ['dev', 'held', 'fresh', 'unseen', 'late', 'sealed'] as const;
export type Split = (typeof SPLITS)[number];

export function loadCorpus(split: Split | 'all', root = ROOT): { gold: Gold; body: string }[] {
  const out: { gold: Gold; body: string }[] = [];
  for (const s of split === 'all' ? SPLITS : [split]) {
    const dir = join(root, s);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.gold.json'))
      .sort()) {
      const body = readFileSync(join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8');
      out.push({ gold: validGold(f, JSON.parse(readFileSync(join(dir, f), 'utf8')), body), body });
    }
  }
  return out;
}
