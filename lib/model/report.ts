/**
 * The report: the one shape every surface reads (command line, content script, popup, teacher
 * views, exports). Offsets are UTF-16 code units into the analyzed (original, un-normalized) text.
 */
import * as z from 'zod/mini';
import { FINDING_KINDS, type FindingKind as Kind } from './kinds';
import { Bilingual } from './text';

export { Bilingual } from './text';
export { FINDING_KINDS } from './kinds';

/**
 * An actor id («sdf», «isis», «israel»): a short lowercase key. Which ids exist is data — the
 * `actors` section of the merged term lists — so a user's list can add a party and its labels.
 */
export const ActorId = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'actor ids are lowercase ascii: a-z 0-9 _'));
export type ActorId = z.infer<typeof ActorId>;

export const FindingKind = z.enum(FINDING_KINDS as [Kind, ...Kind[]]);
export type FindingKind = Kind;

export const ATTRIBUTIONS = ['named', 'vague', 'anonymous', 'none'] as const;
export const Attribution = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof Attribution>;

export const StanceLabel = z.enum(['against', 'favour', 'mixed', 'neutral']);
export type StanceLabel = z.infer<typeof StanceLabel>;

export const Direction = z.enum(['against', 'favour']);
export type Direction = z.infer<typeof Direction>;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/** Where a figure's claim comes from, as found in the text. */
export const SourceRef = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  actor: z.optional(ActorId),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Finding = z.object({
  /** Stable within one report: kind plus ordinal, e.g. `framing-3`. */
  id: z.string(),
  kind: FindingKind,
  start: z.number(),
  end: z.number(),
  /** The exact original characters in [start, end). */
  text: z.string(),
  /** Up to 32 characters before and after, for re-anchoring a quote after the page changes. */
  prefix: z.string(),
  suffix: z.string(),
  severity: Severity,
  explanation: Bilingual,
  /** Neutral wording a careful writer would use instead, where there is one. */
  neutral: z.optional(Bilingual),
  /** Who tends to use the wording. */
  usedBy: z.optional(Bilingual),
  /** The actor the finding hits (framing, distancing, voice) or speaks for. */
  actor: z.optional(ActorId),
  /**
   * Further parties the same word hits: names joined to the actor's by «و» under one noun of
   * verdict («إرهابيي "ي ب ك/ بي كا كا" و"داعش"»). Their stance weighs the word as the actor's does.
   */
  also: z.optional(z.array(ActorId)),
  /** Term id from the term lists that produced the finding. */
  term: z.optional(z.string()),
  category: z.optional(z.string()),
  direction: z.optional(Direction),
  /** Another's words or account: inside quotation marks, reported speech, or «ما وصفه بـ». */
  quoted: z.optional(z.boolean()),
  /**
   * Reported speech outside quotation marks («أفادت سانا أن تنظيم داعش الإرهابي …»): what is said
   * is credited to a speaker, the wording is the outlet's, and the stance weighs it as the outlet's.
   */
  paraphrased: z.optional(z.boolean()),
  /** Figures and sources: the attribution class. */
  attribution: z.optional(Attribution),
  source: z.optional(SourceRef),
  approximate: z.optional(z.boolean()),
  /** The named source is itself a party to the conflict. */
  interestedParty: z.optional(ActorId),
  value: z.optional(z.nullable(z.number())),
  counted: z.optional(z.string()),
  /** Obfuscation: the word as read once joined. */
  joined: z.optional(z.string()),
});
export type Finding = z.infer<typeof Finding>;

/** The parties a finding hits: its actor, then the parties joined to it (none when unattached). */
export function partiesHit(f: Pick<Finding, 'actor' | 'also'>): ActorId[] {
  return f.actor ? [f.actor, ...(f.also ?? [])] : [];
}

/**
 * Whose wording a finding is in: another's, inside quotation marks (`quoted`); the outlet's, telling
 * what a source said (`paraphrased`); or the outlet's own (undefined). Cards, slides and exports
 * show the note of this one reading.
 */
export type Wording = 'quoted' | 'paraphrased';
export function wordingOf(f: Pick<Finding, 'quoted' | 'paraphrased'>): Wording | undefined {
  return f.paraphrased ? 'paraphrased' : f.quoted ? 'quoted' : undefined;
}

export const Evidence = z.object({
  findingId: z.string(),
  text: z.string(),
  direction: Direction,
  weight: z.number(),
  quoted: z.boolean(),
  /**
   * Distancing («ما يسمى», «يزعم», «بحجة»): the outlet doubts what the party says or calls itself,
   * which weighs on the party's stance but is no verdict on its acts for a rival or proxy to share.
   */
  doubt: z.optional(z.literal(true)),
  /**
   * Evidence on another party that this one's stance follows: the outlet is against a rival of
   * this party (so leans to it) or against the patron whose proxy it is (so against it too).
   */
  via: z.optional(ActorId),
});
export type Evidence = z.infer<typeof Evidence>;

/** How the article names an actor: every surface form, with its count. */
export const ActorName = z.object({ text: z.string(), count: z.number(), loaded: z.boolean() });
export type ActorName = z.infer<typeof ActorName>;

export const ActorStance = z.object({
  id: ActorId,
  name: Bilingual,
  label: StanceLabel,
  /** In [-1, 1]: negative against, positive in favour. */
  score: z.number(),
  mentions: z.number(),
  evidence: z.array(Evidence),
  names: z.array(ActorName),
});
export type ActorStance = z.infer<typeof ActorStance>;

/** The name a report gives a party, for a word said of it (`via`); its id when the report does not name it. */
export function actorName(actors: readonly { id: ActorId; name: Bilingual }[], id: ActorId): Bilingual {
  return actors.find((a) => a.id === id)?.name ?? { ar: id, en: id };
}

/** Findings per kind (every kind, zero included). */
export const Counts = z.object(Object.fromEntries(FINDING_KINDS.map((k) => [k, z.number()])) as Record<Kind, z.ZodMiniNumber>);
export type Counts = z.infer<typeof Counts>;

/** Figures by how they are sourced. */
export const FigureCounts = z.object({ named: z.number(), vague: z.number(), anonymous: z.number(), none: z.number() });
export type FigureCounts = z.infer<typeof FigureCounts>;

export const Report = z.object({
  schema: z.literal('adasa.report/1'),
  id: z.optional(z.string()),
  /** The analyzed text, when it was extracted from HTML or the caller asks for it. */
  text: z.optional(z.string()),
  length: z.number(),
  findings: z.array(Finding),
  actors: z.array(ActorStance),
  counts: Counts,
  figures: FigureCounts,
});
export type Report = z.infer<typeof Report>;
