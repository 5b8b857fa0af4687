/**
 * Two readers on the same excerpts: how far careful people agree on what the engine is scored on.
 * `tests/fixtures/real/second/<id>.gold.json` is a second reading of the dev excerpt `<id>`, written
 * blind (from the text and the annotation guide, without the first reading or the engine's report).
 * Scoring one reading against the other with the engine's own scorer gives the ceiling the
 * engine's numbers can be read against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locate, validGold, type Gold } from './gold';
import type { Scored } from './score';

const ROOT = join('tests', 'fixtures', 'real');

export interface TwoReadings {
  body: string;
  first: Gold;
  second: Gold;
}

/** Every second reading with its excerpt and first reading (from the dev split), each validated. */
export function loadSecondReadings(root = ROOT): TwoReadings[] {
  const dir = join(root, 'second');
  if (!existsSync(dir)) return [];
  const out: TwoReadings[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    const dev = join(root, 'dev', f);
    if (!existsSync(dev)) throw new Error(`second/${f}: no dev excerpt of that id`);
    const body = readFileSync(dev.replace(/\.gold\.json$/, '.txt'), 'utf8');
    const first = validGold(`dev/${f}`, JSON.parse(readFileSync(dev, 'utf8')), body);
    const second = validGold(`second/${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8')), body);
    if (first.id !== second.id) throw new Error(`second/${f}: id ${second.id} is not the dev excerpt's ${first.id}`);
    out.push({ body, first, second });
  }
  return out;
}

/**
 * A reading as the scorer reads a report: each loaded word a framing finding on its party («other»
 * and none alike are no party of the list), each figure and source with its class, each party's
 * stance. Scored against another reading, it tells how far the two readers agree.
 */
export function readingAsReport(body: string, gold: Gold): Scored {
  const place = (text: string, occurrence: number) => {
    const start = locate(body, text, occurrence);
    return { text, start, end: start + text.length };
  };
  const findings: Scored['findings'] = [
    ...gold.loaded.map((l) => ({
      kind: 'framing' as const,
      ...place(l.text, l.occurrence),
      actor: l.actor === null || l.actor === 'other' ? undefined : l.actor,
      quoted: l.quoted,
      attribution: undefined,
    })),
    ...gold.figures.map((f) => ({ kind: 'figure' as const, ...place(f.text, f.occurrence), actor: undefined, quoted: undefined, attribution: f.attribution })),
    ...gold.sources.map((s) => ({ kind: 'source' as const, ...place(s.text, s.occurrence), actor: undefined, quoted: undefined, attribution: s.kind })),
  ];
  const actors = Object.entries(gold.stance)
    .filter(([id]) => id !== 'other')
    .map(([id, label]) => ({ id, label: label! }));
  return { findings, actors };
}
