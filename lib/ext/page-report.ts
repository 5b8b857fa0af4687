/**
 * A page's report as the popup shows it. A page is analysed as one segment (the article when
 * it is first found) plus one segment per changed region afterwards; this module composes the
 * segments' reports into one view. With a single segment and nothing dropped the view is the
 * engine's report unchanged; otherwise counts are recounted over the live findings and each
 * actor's stance is composed from the segments' stances (weighted by evidence), never
 * re-derived from words. Stance and the order of names and actors follow the engine's own
 * rules (lib/report/stance.ts), so a page of one segment reads exactly as its report. Given the
 * term lists' actors, the sides an outlet takes through a party's rivals and patron are taken over
 * the whole page: the SDF labelled in one segment and the tribes named only in another.
 */
import { partiesHit, type ActorStance, type Bilingual, type Finding, type Report } from '../model/report';
import { countFindings } from '../report/counts';
import { byMentions, byUse, sides, stanceOf, type SidedActor } from '../report/stance';
import type { FindingDetails, Timings } from './messages';

export interface SegmentRecord {
  id: string;
  report: Report;
}

/** Everything the background keeps about a tab's current page. */
export interface PageRecord {
  page: string;
  url: string;
  title: string;
  segments: SegmentRecord[];
  dropped: string[];
  timings: Timings | null;
}

export interface KeyedFinding {
  key: string;
  finding: Finding;
}

/** The key of a finding across the page's segments (`s0:framing-3`). */
export function findingKey(segment: string, findingId: string): string {
  return `${segment}:${findingId}`;
}

/** The live findings of a page, in segment order then text order. */
export function liveFindings(rec: PageRecord): KeyedFinding[] {
  const dropped = new Set(rec.dropped);
  const out: KeyedFinding[] = [];
  for (const s of rec.segments) {
    for (const f of s.report.findings) {
      const key = findingKey(s.id, f.id);
      if (!dropped.has(key)) out.push({ key, finding: f });
    }
  }
  return out;
}

/** The page's composed report (null before any segment arrived). */
export function pageReport(rec: PageRecord, actors?: readonly SidedActor[]): Report | null {
  return pageView(rec, actors).report;
}

/** The page's composed report and its live findings by key, computed once (what the popup gets). */
export function pageView(rec: PageRecord, actors?: readonly SidedActor[]): { report: Report | null; live: KeyedFinding[] } {
  const live = liveFindings(rec);
  return { report: composeReport(rec, live, actors), live };
}

function composeReport(rec: PageRecord, live: KeyedFinding[], actors?: readonly SidedActor[]): Report | null {
  if (rec.segments.length === 0) return null;
  if (rec.segments.length === 1 && rec.dropped.length === 0) return rec.segments[0].report;
  const liveKeys = new Set(live.map((k) => k.key));
  const findings = live.map((k) => ({ ...k.finding, id: k.key }));
  const { counts, figures } = countFindings(findings);
  return {
    schema: 'adasa.report/1',
    id: rec.page,
    length: rec.segments.reduce((n, s) => n + s.report.length, 0),
    findings,
    actors: composeActors(rec.segments, liveKeys, actors),
    counts,
    figures,
  };
}

/**
 * Actors across segments: mentions and names add up, evidence keeps only what is still on the
 * page, and the label and score come from the live evidence by the engine's own rule
 * ({@link stanceOf}), so one segment gives exactly the engine's stance. With `actors`, the
 * segments' sides are dropped and taken again over the page's own evidence ({@link sides}).
 */
export function composeActors(segments: readonly SegmentRecord[], liveKeys: ReadonlySet<string>, actors?: readonly SidedActor[]): ActorStance[] {
  const byId = new Map<string, ActorStance>();
  for (const s of segments) {
    for (const a of s.report.actors) {
      const evidence = a.evidence.filter((e) => liveKeys.has(findingKey(s.id, e.findingId)) && !(actors && e.via)).map((e) => ({ ...e, findingId: findingKey(s.id, e.findingId) }));
      let m = byId.get(a.id);
      if (!m) {
        m = { ...a, evidence: [], names: [], mentions: 0 };
        byId.set(a.id, m);
      }
      m.mentions += a.mentions;
      m.evidence.push(...evidence);
      for (const n of a.names) {
        const same = m.names.find((x) => x.text === n.text);
        if (same) {
          same.count += n.count;
          same.loaded ||= n.loaded;
        } else m.names.push({ ...n });
      }
    }
  }
  if (actors) {
    const acc = new Map<string, ActorStance['evidence']>();
    for (const m of byId.values()) acc.set(m.id, m.evidence);
    sides(actors, acc, (id) => (byId.get(id)?.mentions ?? 0) > 0);
  }
  const out: ActorStance[] = [];
  for (const m of byId.values()) {
    const { label, score } = stanceOf(m.evidence);
    m.label = label;
    m.score = score;
    m.names.sort(byUse);
    out.push(m);
  }
  return out.sort(byMentions);
}

/** The number on the toolbar badge: live findings on the page. */
export function badgeCount(rec: PageRecord | null): number {
  return rec ? liveFindings(rec).length : 0;
}

/**
 * One finding with the names of the parties it mentions (a card's content). A party the finding
 * points to that no segment's stance list holds («مسؤول في وزارة الدفاع التركية»: Turkey as a
 * source's party) takes its name from `nameOf` (the term lists), so a card never shows a raw id.
 */
export function findingDetails(rec: PageRecord, key: string, nameOf?: (id: string) => Bilingual | undefined): FindingDetails {
  const cut = key.indexOf(':');
  const seg = rec.segments.find((s) => s.id === key.slice(0, cut));
  const finding = seg?.report.findings.find((f) => f.id === key.slice(cut + 1));
  if (!seg || !finding) throw new Error(`no finding ${key}`);
  const names: FindingDetails['names'] = {};
  for (const s of rec.segments) for (const a of s.report.actors) names[a.id] ??= a.name;
  for (const id of [...partiesHit(finding), finding.interestedParty]) {
    const name = id && !names[id] ? nameOf?.(id) : undefined;
    if (id && name) names[id] = name;
  }
  return { finding, names };
}
