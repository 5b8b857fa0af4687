import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Finding, Report } from '../../lib/model/report';
import { demoArticle } from '../../lib/teacher/demo-articles';
import { actorLedger } from '../../lib/teacher/ledger';
import { sourcingProfile, unsourcedShare } from '../../lib/teacher/sourcing';
import { compareStance, movedBy, sideOf } from '../../lib/teacher/stance-compare';

let r000: Report;
let r003: Report;
beforeAll(() => {
  r000 = analyze(demoArticle('000')!.text);
  r003 = analyze(demoArticle('003')!.text);
});

describe('actor-label ledger, 000 against 003', () => {
  test('one row per actor either article names; the SDF first, named by both', () => {
    const rows = actorLedger([r000, r003]);
    const named = new Set([r000, r003].flatMap((r) => r.actors.filter((a) => a.names.length > 0).map((a) => a.id)));
    expect(new Set(rows.map((r) => r.id))).toEqual(named);
    expect(rows[0].id).toBe('sdf');
    expect(rows[0].sides.every(Boolean)).toBe(true);
  });

  test('every name and count is the engine’s, loaded flags kept', () => {
    for (const row of actorLedger([r000, r003])) {
      row.sides.forEach((side, i) => {
        const actor = [r000, r003][i].actors.find((a) => a.id === row.id);
        if (!side) return expect(actor?.names.length ?? 0).toBe(0);
        expect([...side.names].sort((a, b) => a.text.localeCompare(b.text))).toEqual([...actor!.names].sort((a, b) => a.text.localeCompare(b.text)));
        expect(side.loaded).toBe(actor!.names.filter((n) => n.loaded).reduce((n, x) => n + x.count, 0));
      });
    }
  });

  test('000 calls the SDF a militia, 003 does not; 003 says «سلطة دمشق» (loaded) for the government', () => {
    const rows = actorLedger([r000, r003]);
    const sdf = rows.find((r) => r.id === 'sdf')!;
    expect(sdf.reference.ar).toContain('قوات سوريا الديمقراطية');
    expect(sdf.sides[0]!.names.some((n) => n.loaded && n.text.includes('قسد'))).toBe(true);
    expect(sdf.sides[1]!.names.some((n) => n.loaded)).toBe(false);
    const gov = rows.find((r) => r.id === 'damascus_gov')!;
    expect(gov.sides[0]).toBeNull();
    expect(gov.sides[1]!.names).toContainEqual(expect.objectContaining({ text: 'سلطة دمشق', loaded: true }));
  });
});

describe('sourcing profile', () => {
  test('figure counts are the report’s own', () => {
    for (const r of [r000, r003]) {
      const p = sourcingProfile(r);
      expect(p.figures).toEqual(r.figures);
      expect(p.totalFigures).toBe(r.findings.filter((f) => f.kind === 'figure').length);
    }
  });

  test('every source finding (but claimed, unshown evidence) and every figure’s named source is listed, grouped by wording', () => {
    for (const r of [r000, r003]) {
      const p = sourcingProfile(r);
      const cited = r.findings.filter((f) => (f.kind === 'source' && f.category !== 'unshown-evidence') || (f.kind === 'figure' && f.source)).length;
      expect(p.sources.reduce((n, s) => n + s.count, 0)).toBe(cited);
      expect(p.sources.reduce((n, s) => n + s.figures, 0)).toBe(r.findings.filter((f) => f.kind === 'figure' && f.source).length);
    }
  });

  test('a figure resting on a party’s own media centre is named and flagged as the party', () => {
    const finding = (over: Partial<Finding>): Finding => ({
      id: 'x',
      kind: 'figure',
      start: 0,
      end: 1,
      text: 'x',
      prefix: '',
      suffix: '',
      severity: 'low',
      explanation: { ar: '', en: '' },
      ...over,
    });
    const report: Report = {
      ...r003,
      figures: { named: 1, vague: 0, anonymous: 0, none: 1 },
      findings: [
        finding({ id: 'figure-1', attribution: 'named', interestedParty: 'sdf', source: { text: 'المركز الإعلامي  لقسد', start: 0, end: 1, actor: 'sdf' } }),
        finding({ id: 'figure-2', attribution: 'none' }),
        finding({ id: 'source-1', kind: 'source', text: 'مصادر', attribution: 'vague' }),
        finding({ id: 'source-2', kind: 'source', text: 'مصادر', attribution: 'vague' }),
      ],
    };
    const p = sourcingProfile(report);
    expect(p.sources).toEqual([
      { text: 'المركز الإعلامي لقسد', attribution: 'named', count: 1, figures: 1, actor: 'sdf', interestedParty: 'sdf' },
      { text: 'مصادر', attribution: 'vague', count: 2, figures: 0, actor: undefined, interestedParty: undefined },
    ]);
    expect(unsourcedShare(p)).toBe(0.5);
  });
});

describe('stance side by side', () => {
  test('cells are the engine’s scores and labels; the SDF divides 000 and 003', () => {
    const rows = compareStance([r000, r003]);
    const sdf = rows.find((r) => r.id === 'sdf')!;
    const [a, b] = sdf.cells;
    expect(a!.score).toBeCloseTo(r000.actors.find((x) => x.id === 'sdf')!.score);
    expect(b!.label).toBe(r003.actors.find((x) => x.id === 'sdf')!.label);
    expect(sideOf(a!.score)).toBe('against');
    expect(sideOf(b!.score)).toBe('favour');
    // Rows are ordered by how far apart the two articles stand: the SDF is near the top.
    expect(rows.slice(0, 2).map((r) => r.id)).toContain('sdf');
  });

  test('the words under a bar come from its evidence, each once, heaviest first', () => {
    const sdf = r000.actors.find((x) => x.id === 'sdf')!;
    const words = movedBy(sdf);
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words.map((w) => w.text)).size).toBe(words.length);
    for (const w of words) expect(sdf.evidence.some((e) => e.text === w.text && e.direction === w.direction)).toBe(true);
  });

  test('an actor one article never mentions has an empty cell there', () => {
    const gov = compareStance([r000, r003]).find((r) => r.id === 'damascus_gov')!;
    expect(gov.cells[0]).toBeNull();
    expect(gov.cells[1]).not.toBeNull();
  });
});

describe('sourcing profile groups one source however it is prefixed', () => {
  test('«مصادر», «لمصادر» and «المصادر» that names them again are one vague source in seed 003, counted at each mention', () => {
    const text = readFileSync(join('seeds', 'articles', '003_307b6d8156389d2c.txt'), 'utf8');
    const sources = sourcingProfile(analyze(text)).sources;
    const vague = sources.filter((s) => s.attribution === 'vague' && /مصادر/.test(s.text));
    expect(vague.map((s) => [s.text, s.count])).toEqual([['مصادر', 5]]);
  });
});
