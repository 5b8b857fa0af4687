/**
 * Seed fixtures: each `tests/fixtures/<slug>/expected.json` holds a compact, line-per-finding
 * view of the report for `seeds/articles/<slug>.txt`, so a change in the engine shows up as a
 * readable diff. `npm run fixtures` regenerates them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/model/report';

export const SEEDS_DIR = join('seeds', 'articles');
export const FIXTURES_DIR = join('tests', 'fixtures');

/** The seed articles: slug (file name without `.txt`) and text. */
export function seedArticles(): { slug: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

/** The fields a reviewer reads, in a fixed order. */
export function compact(report: Report) {
  return {
    counts: report.counts,
    figures: report.figures,
    actors: report.actors.map((a) => ({ id: a.id, label: a.label, score: a.score, mentions: a.mentions })),
    findings: report.findings.map((f) => {
      const o: Record<string, unknown> = { kind: f.kind, text: f.text, start: f.start, end: f.end };
      for (const k of ['actor', 'also', 'direction', 'term', 'attribution', 'approximate', 'interestedParty', 'value', 'quoted', 'paraphrased', 'joined'] as const) {
        if (f[k] !== undefined && f[k] !== false) o[k] = f[k];
      }
      if (f.source) o.source = f.source.text;
      return o;
    }),
  };
}

/** JSON with one finding or actor per line. */
export function formatCompact(c: ReturnType<typeof compact>): string {
  const line = (x: unknown) => JSON.stringify(x);
  return [
    '{',
    `  "counts": ${line(c.counts)},`,
    `  "figures": ${line(c.figures)},`,
    '  "actors": [',
    c.actors.map((a) => `    ${line(a)}`).join(',\n'),
    '  ],',
    '  "findings": [',
    c.findings.map((f) => `    ${line(f)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export function expectedFor(slug: string): string {
  return formatCompact(compact(analyze(readFileSync(join(SEEDS_DIR, `${slug}.txt`), 'utf8'), { id: slug })));
}

export const REAL_DEV_DIR = join('tests', 'fixtures', 'real', 'dev');

/** The real-article excerpts of the dev split: id, text and the publication date from their gold. */
export function realArticles(): { id: string; text: string; date: string }[] {
  return readdirSync(REAL_DEV_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(join(REAL_DEV_DIR, `${id}.gold.json`), 'utf8')) as { date: string };
      return { id, text: readFileSync(join(REAL_DEV_DIR, f), 'utf8'), date: gold.date };
    });
}

/** The expected report of one real article, as {@link realArticles} reads it. */
export function expectedForReal(a: { id: string; text: string; date: string }): string {
  return formatCompact(compact(analyze(a.text, { id: a.id, date: a.date })));
}
