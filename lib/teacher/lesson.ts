/**
 * A lesson prepared for the presenter: which kinds of finding to show and, optionally, a
 * shortlist the teacher picked beforehand. A finding is named by its kind and offsets (the
 * engine numbers findings per run, offsets stay put for the same text), so a shortlist kept
 * from an earlier run still finds its words; one whose words are gone is left out.
 */
import * as z from 'zod/mini';
import { FINDING_KINDS, type Finding, type FindingKind } from '../model/report';

/** What is kept per article. */
export interface Lesson {
  /** The kinds shown; every kind by default. */
  kinds: FindingKind[];
  /** Keys ({@link findingKey}) of the findings picked; empty means no shortlist. */
  shortlist: string[];
}

export const DEFAULT_LESSON: Lesson = { kinds: [...FINDING_KINDS], shortlist: [] };

/** The most findings a shortlist keeps. */
export const MAX_SHORTLIST = 500;

const Key = z.string().check(z.regex(/^[a-z]{1,20}@\d{1,9}-\d{1,9}$/));

/** The key of a finding in a shortlist: `framing@120-131`. */
export function findingKey(f: Pick<Finding, 'kind' | 'start' | 'end'>): string {
  return `${f.kind}@${f.start}-${f.end}`;
}

/** A stored lesson, field by field: unknown kinds and malformed keys are dropped. */
export function lessonFrom(stored: unknown): Lesson {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...DEFAULT_LESSON, kinds: [...DEFAULT_LESSON.kinds] };
  const o = stored as Record<string, unknown>;
  const kinds = Array.isArray(o.kinds) ? FINDING_KINDS.filter((k) => (o.kinds as unknown[]).includes(k)) : [...FINDING_KINDS];
  const shortlist = Array.isArray(o.shortlist) ? [...new Set(o.shortlist.filter((k): k is string => Key.safeParse(k).success))].slice(0, MAX_SHORTLIST) : [];
  return { kinds, shortlist };
}

/** The findings the presenter walks: those of the chosen kinds and, with a shortlist, only those on it. */
export function lessonFindings<F extends Pick<Finding, 'kind' | 'start' | 'end'>>(findings: readonly F[], lesson: Lesson): F[] {
  const kinds = new Set(lesson.kinds);
  const picked = new Set(lesson.shortlist);
  const ofKind = findings.filter((f) => kinds.has(f.kind));
  if (picked.size === 0) return ofKind;
  return ofKind.filter((f) => picked.has(findingKey(f)));
}

/** The lesson with one finding put on or taken off the shortlist. */
export function toggleShortlist(lesson: Lesson, key: string): Lesson {
  const on = lesson.shortlist.includes(key);
  return { ...lesson, shortlist: on ? lesson.shortlist.filter((k) => k !== key) : [...lesson.shortlist, key] };
}

/** The lesson with one kind shown or hidden. */
export function toggleKind(lesson: Lesson, kind: FindingKind): Lesson {
  const on = lesson.kinds.includes(kind);
  return { ...lesson, kinds: FINDING_KINDS.filter((k) => (k === kind ? !on : lesson.kinds.includes(k))) };
}
