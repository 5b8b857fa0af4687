/**
 * The messages between content script, background and popup: one zod schema per direction,
 * every reply a `Result` (a value or an error, never a bare throw across the boundary).
 * The background parses everything it receives (a content script runs in a page's process);
 * the content script imports only the types, to stay small.
 */
import * as z from 'zod/mini';
import { Finding, Report } from '../model/report';
import { BLOCKED_REASONS } from './blocked';
import type { PackedFindings } from './packed';

export { toResult, unwrap, type Result } from './result';

/** Milliseconds of the content script's first pass, from its start. */
export const Timings = z.object({
  started: z.number(),
  extracted: z.number(),
  analysed: z.number(),
  painted: z.number(),
  textLength: z.number(),
  findings: z.number(),
  longestTask: z.number(),
  mainThread: z.number(),
});
export type Timings = z.infer<typeof Timings>;

// ── content script → background ─────────────────────────────────────────────

export const ContentToBackground = z.discriminatedUnion('type', [
  /** Analyse a segment of the page's article text; `reset` starts a new page. */
  z.object({
    type: z.literal('content:analyze'),
    page: z.string(),
    segment: z.string(),
    text: z.string(),
    reset: z.boolean(),
    url: z.string(),
    title: z.string(),
    /** The publication date the page states (YYYY-MM-DD), when it states one. */
    date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    /** Sent by the page by itself, not at the reader's request: nothing is done if the reader switched its site off. */
    byItself: z.optional(z.boolean()),
    /** How many parts of the text came before in `content:text-part` messages; `text` is the rest. */
    parts: z.optional(z.number()),
  }),
  /** A part of a long text, ahead of its `content:analyze` (a message is serialised in the page's task: parts keep each task short). */
  z.object({ type: z.literal('content:text-part'), page: z.string(), segment: z.string(), part: z.number(), text: z.string() }),
  /** Findings whose text left the page. */
  z.object({ type: z.literal('content:dropped'), page: z.string(), keys: z.array(z.string()) }),
  /** The first pass finished. */
  z.object({ type: z.literal('content:timings'), page: z.string(), timings: Timings }),
  /** Everything about one finding, for its card. */
  z.object({ type: z.literal('content:finding'), page: z.string(), key: z.string() }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

export type { PackedFindings, PageFinding } from './packed';

/** The details a card shows: the finding, and the names of the parties it refers to. */
export interface FindingDetails {
  finding: Finding;
  names: Record<string, { ar: string; en: string }>;
}

export interface ContentToBackgroundReply {
  /** `off`: the page came by itself and the reader switched its site off; nothing was kept. */
  'content:analyze': { packed: PackedFindings } | { off: true };
  'content:text-part': null;
  'content:dropped': null;
  'content:timings': null;
  'content:finding': FindingDetails;
}

// ── popup → background ──────────────────────────────────────────────────────

export const PopupToBackground = z.discriminatedUnion('type', [
  /** `compact`: the popup's reply (listed findings without explanations, the report without its findings). */
  z.object({ type: z.literal('popup:tab-state'), tabId: z.number(), compact: z.optional(z.boolean()) }),
  /** The reader asked for this page: inject if needed, then analyse. */
  z.object({ type: z.literal('popup:analyze'), tabId: z.number() }),
  /** The tab's article text, title, address and publication date. */
  z.object({ type: z.literal('popup:tab-text'), tabId: z.number() }),
  /** Scroll to a finding and flash it. */
  z.object({ type: z.literal('popup:reveal'), tabId: z.number(), key: z.string() }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackground>;

/** How the extension came to run (or not) on a tab's site. */
export const SiteMode = z.enum(['curated', 'granted', 'on-request']);
export type SiteMode = z.infer<typeof SiteMode>;

/** What the popup's list shows of a finding (its card's details are asked for when opened). */
export const ListedFinding = z.object({
  id: z.string(),
  kind: Finding.shape.kind,
  start: z.number(),
  end: z.number(),
  text: z.string(),
  attribution: Finding.shape.attribution,
});
export type ListedFinding = z.infer<typeof ListedFinding>;

/** A finding as the popup lists it: its page-wide key and the finding. */
export const KeyedFinding = z.object({ key: z.string(), finding: ListedFinding });
export type KeyedFinding = z.infer<typeof KeyedFinding>;

/** At most this many findings travel in a compact reply; the rest are counted. */
export const MAX_LISTED = 2000;

export const TabState = z.object({
  status: z.enum(['none', 'analyzing', 'ready', 'unavailable']),
  /** Why the page cannot be analysed, when it cannot (shown to the reader). */
  blocked: z.optional(z.enum(BLOCKED_REASONS)),
  url: z.string(),
  title: z.string(),
  site: z.nullable(z.string()),
  mode: SiteMode,
  disabled: z.boolean(),
  report: z.nullable(Report),
  findings: z.array(KeyedFinding),
  /** Live findings on the page (the list may hold fewer in a compact reply). */
  findingsTotal: z.number(),
  timings: z.nullable(Timings),
});
export type TabState = z.infer<typeof TabState>;

export interface PopupToBackgroundReply {
  'popup:tab-state': TabState;
  'popup:analyze': TabState;
  'popup:reveal': boolean;
  'popup:tab-text': TabText;
}

// ── background → content script ─────────────────────────────────────────────

/** A tab's article as its content script read it. */
export const TabText = z.object({ text: z.string(), title: z.string(), url: z.string(), date: z.optional(z.string()) });
export type TabText = z.infer<typeof TabText>;

export const BackgroundToContent = z.discriminatedUnion('type', [
  /** Is a content script here, and on which page session? */
  z.object({ type: z.literal('bg:ping') }),
  /** Analyse now (the reader asked, even on a site switched off). */
  z.object({ type: z.literal('bg:analyze') }),
  z.object({ type: z.literal('bg:reveal'), key: z.string() }),
  /** Keyboard command: open the next (1) or previous (-1) finding. */
  z.object({ type: z.literal('bg:step'), direction: z.union([z.literal(1), z.literal(-1)]) }),
  /** The article's text as the page session read it (a teacher saves the tab into a library). */
  z.object({ type: z.literal('bg:text') }),
  /** Each segment's text as read, to build the page's reports again (a restarted background). */
  z.object({ type: z.literal('bg:segments'), page: z.string() }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

export interface BackgroundToContentReply {
  'bg:ping': { page: string | null; url: string };
  'bg:analyze': { page: string };
  'bg:reveal': boolean;
  'bg:step': boolean;
  'bg:text': TabText;
  /** Empty when the page session is not `page` any more. */
  'bg:segments': { page: string | null; segments: { id: string; text: string }[]; date?: string };
}
