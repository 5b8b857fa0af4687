import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { badgeCount, composeActors, findingDetails, findingKey, liveFindings, pageReport, type PageRecord } from '../../lib/ext/page-report';
import { builtinLexicon } from '../../lib/terms/lexicon';

const A = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً من أبناء العشائر.';
const B = 'وأوقعت قواتنا البطلة 5 قتلى في صفوف مرتزقة داعش الإرهابي.';

function record(segments: [string, string][], dropped: string[] = []): PageRecord {
  return { page: 'p', url: 'https://www.northpulse.net/x', title: 't', segments: segments.map(([id, text]) => ({ id, report: analyze(text, { id }) })), dropped, timings: null };
}

describe('pageReport', () => {
  test('a page of several segments follows the engine’s stance rule: verdicts only reported leave a party neutral', () => {
    const quoted = 'وقال المتحدث باسم الفصيل: «ميليشيا قسد تعتقل المدنيين».';
    const more = 'وأضاف المتحدث: «إن ميليشيا قسد تسرق النفط».';
    const rec = record([
      ['s0', quoted],
      ['s1', more],
    ]);
    const whole = analyze(`${quoted}\n${more}`);
    const sdf = pageReport(rec)!.actors.find((a) => a.id === 'sdf')!;
    expect(sdf.evidence.length).toBeGreaterThan(1);
    expect(sdf.evidence.every((e) => e.quoted)).toBe(true);
    expect(sdf.label).toBe('neutral');
    expect(sdf.label).toBe(whole.actors.find((a) => a.id === 'sdf')!.label);
  });

  test('one segment, nothing dropped: the engine report itself', () => {
    const rec = record([['s0', A]]);
    expect(pageReport(rec)).toBe(rec.segments[0].report);
    expect(badgeCount(rec)).toBe(rec.segments[0].report.findings.length);
  });

  test('several segments: findings keyed by segment, counts recounted, figures by attribution', () => {
    const rec = record([
      ['s0', A],
      ['s1', B],
    ]);
    const r = pageReport(rec)!;
    const all = [...rec.segments[0].report.findings, ...rec.segments[1].report.findings];
    expect(r.findings.length).toBe(all.length);
    expect(r.findings[0].id).toBe(findingKey('s0', rec.segments[0].report.findings[0].id));
    for (const kind of Object.keys(r.counts) as (keyof typeof r.counts)[]) {
      expect(r.counts[kind]).toBe(all.filter((f) => f.kind === kind).length);
    }
    const figures = all.filter((f) => f.kind === 'figure');
    expect(r.figures.none + r.figures.named + r.figures.vague + r.figures.anonymous).toBe(figures.length);
  });

  test('dropped findings leave the list, the counts, the badge and the evidence', () => {
    const base = record([
      ['s0', A],
      ['s1', B],
    ]);
    const victim = liveFindings(base).find((k) => k.finding.kind === 'framing')!;
    const rec = { ...base, dropped: [victim.key] };
    const r = pageReport(rec)!;
    expect(r.findings.map((f) => f.id)).not.toContain(victim.key);
    expect(badgeCount(rec)).toBe(badgeCount(base) - 1);
    for (const a of r.actors) expect(a.evidence.map((e) => e.findingId)).not.toContain(victim.key);
  });
});

describe('composeActors', () => {
  test('mentions add up; one-sided segments keep their label; opposite sides make it mixed', () => {
    // Weights close enough that together they are mixed: 2 against, 2.4 for.
    const against = analyze('ميليشيا قسد ومرتزقة قسد', { id: 's0' });
    const favour = analyze('قوات سوريا الديمقراطية تحرر القرى، وتصدى أبطال قسد البواسل للهجوم', { id: 's1' });
    const sdfA = against.actors.find((a) => a.id === 'sdf')!;
    const sdfF = favour.actors.find((a) => a.id === 'sdf')!;
    expect([sdfA.label, sdfF.label]).toEqual(['against', 'favour']);
    const keys = new Set([...against.findings.map((f) => findingKey('s0', f.id)), ...favour.findings.map((f) => findingKey('s1', f.id))]);
    const one = composeActors([{ id: 's0', report: against }], keys).find((a) => a.id === 'sdf')!;
    expect(one.label).toBe(sdfA.label);
    expect(one.score).toBeCloseTo(sdfA.score);
    const both = composeActors(
      [
        { id: 's0', report: against },
        { id: 's1', report: favour },
      ],
      keys,
    ).find((a) => a.id === 'sdf')!;
    expect(both.mentions).toBe(sdfA.mentions + sdfF.mentions);
    expect(both.label).toBe('mixed');
    expect(both.score).toBeGreaterThanOrEqual(Math.min(sdfA.score, sdfF.score));
    expect(both.score).toBeLessThanOrEqual(Math.max(sdfA.score, sdfF.score));
  });
});

describe('sides over the whole page', () => {
  const labelled = 'ميليشيا قسد تعتقل المدنيين في ريف دير الزور.';
  // The tribes have a word of their own: a side is taken only for a party the article says something of.
  const tribes = 'وتتواصل انتفاضة العشائر العربية في الريف الشرقي.';
  const actors = builtinLexicon().list.actors ?? [];

  test('the SDF labelled in one segment and the tribes in another: the tribes take the side, as in the article read whole', () => {
    const rec = record([
      ['s0', labelled],
      ['s1', tribes],
    ]);
    const via = (a: { evidence: readonly { via?: string; findingId: string }[] }) => a.evidence.filter((e) => e.via).map((e) => [e.via, e.findingId]);
    const whole = analyze(`${labelled}\n${tribes}`).actors.find((a) => a.id === 'tribes')!;
    expect(via(whole)).toHaveLength(1);
    const page = pageReport(rec, actors)!.actors.find((a) => a.id === 'tribes')!;
    expect(page.score).toBeCloseTo(whole.score, 6);
    expect(via(page)).toEqual([['sdf', findingKey('s0', rec.segments[0].report.findings.find((f) => f.kind === 'framing')!.id)]]);
    // Without the term lists' actors, each segment keeps only its own sides.
    expect(via(pageReport(rec)!.actors.find((a) => a.id === 'tribes')!)).toEqual([]);
  });

  test('a side already taken within a segment is taken once, not once per segment', () => {
    const rec = record([
      ['s0', `${labelled}\n${tribes}`],
      ['s1', 'وقال شهود إن الطريق مغلق.'],
    ]);
    const page = pageReport(rec, actors)!.actors.find((a) => a.id === 'tribes')!;
    expect(page.evidence.filter((e) => e.via === 'sdf')).toHaveLength(1);
  });

  test('a label dropped from the page takes the side it gave with it', () => {
    const base = record([
      ['s0', labelled],
      ['s1', tribes],
    ]);
    const label = liveFindings(base).find((k) => k.finding.kind === 'framing')!;
    const page = pageReport({ ...base, dropped: [label.key] }, actors)!;
    expect(page.actors.find((a) => a.id === 'tribes')!.evidence.filter((e) => e.via)).toEqual([]);
  });
});

describe('findingDetails', () => {
  // Turkey is only a source's party here: no segment's stance list holds it.
  const text = 'وقال مسؤول في وزارة الدفاع التركية إن 5 عناصر قتلوا.';
  const rec = record([['s1', text]]);
  const source = rec.segments[0].report.findings.find((f) => f.kind === 'source')!;
  const key = findingKey('s1', source.id);

  test('a party no stance list holds takes its name from the term lists', () => {
    expect(source.actor).toBe('turkey');
    expect(rec.segments[0].report.actors.some((a) => a.id === 'turkey')).toBe(false);
    const names = findingDetails(rec, key, (id) => builtinLexicon().actors.get(id)?.name).names;
    expect(names.turkey?.en).toBe(builtinLexicon().actors.get('turkey')!.name.en);
  });

  test('without a name source the details hold no name for it', () => {
    expect(findingDetails(rec, key).names.turkey).toBeUndefined();
  });
});
