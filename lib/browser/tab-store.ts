/**
 * Per-tab state in the background: the page record of each tab, kept in memory and mirrored to
 * `storage.session` so a service worker that was stopped between two messages wakes up with
 * the tabs' reports (and the popup still opens at once). Cleared when a tab closes.
 *
 * Session storage is small (10 MB in Chromium, shared by every tab). A record that would take
 * more than {@link MAX_STORED_CHARS} is kept lean instead: which segments the page has, what was
 * dropped, the timings — and after a restart the reports are built again from the segments'
 * text, which the page still holds, so nothing is lost. A save that fails all the same (the
 * quota taken by other tabs) falls back to the lean record, and says so in the console.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { Report } from '../model/report';
import { Timings } from '../ext/messages';
import type { PageRecord } from '../ext/page-report';

const item = (tabId: number) => storage.defineItem<unknown>(`session:tab-${tabId}`, { fallback: null });

/** Above this many characters of JSON a tab's record is stored lean. */
export const MAX_STORED_CHARS = 1_000_000;

const Header = {
  page: z.string(),
  url: z.string(),
  title: z.string(),
  dropped: z.array(z.string()),
  timings: z.nullable(Timings),
};

/** A stored record is read through its schema: anything else counts as no record. */
const StoredRecord = z.object({ ...Header, segments: z.array(z.object({ id: z.string(), report: Report })) });

/** A record without its reports: they are built again from the page's text. */
const LeanRecord = z.object({ ...Header, lean: z.literal(true), segments: z.array(z.object({ id: z.string() })) });
export type LeanRecord = z.infer<typeof LeanRecord>;

/** Reads a stored tab record; `null` when there is none or it does not have the record's shape. */
export function recordFrom(stored: unknown): PageRecord | null {
  const r = StoredRecord.safeParse(stored);
  return r.success ? r.data : null;
}

/** Reads a stored lean record; `null` when it is not one. */
export function leanFrom(stored: unknown): LeanRecord | null {
  const r = LeanRecord.safeParse(stored);
  return r.success ? r.data : null;
}

/** The lean form of a record. */
export function leanOf(rec: PageRecord): LeanRecord {
  return { page: rec.page, url: rec.url, title: rec.title, dropped: rec.dropped, timings: rec.timings, lean: true, segments: rec.segments.map((s) => ({ id: s.id })) };
}

/**
 * What a record is stored as: whole when it is small enough, lean otherwise. The size is
 * estimated from a sample of findings: serialising a huge record whole only to measure it would
 * hold the background up for a second.
 */
export function storedForm(rec: PageRecord): PageRecord | LeanRecord {
  return estimatedChars(rec) > MAX_STORED_CHARS ? leanOf(rec) : rec;
}

const SAMPLE = 40;

/** The record's JSON length, exact for small reports, extrapolated from a sample for big ones. */
export function estimatedChars(rec: PageRecord): number {
  let n = JSON.stringify({ ...rec, segments: [] }).length;
  for (const { id, report } of rec.segments) {
    const { findings } = report;
    n += id.length + 16 + JSON.stringify({ ...report, findings: [] }).length;
    if (findings.length <= SAMPLE) {
      n += JSON.stringify(findings).length;
      continue;
    }
    // Two runs of neighbours (the start and the middle), not every k-th finding: kinds follow
    // each other in patterns a fixed stride would sample only one of.
    const mid = findings.length >> 1;
    const sample = JSON.stringify(findings.slice(0, SAMPLE / 2)).length + JSON.stringify(findings.slice(mid, mid + SAMPLE / 2)).length;
    n += (sample / SAMPLE) * findings.length;
  }
  return n;
}

/** Builds a tab's reports again from a lean record (asks the page for its segments' text). */
export type Rebuild = (tabId: number, lean: LeanRecord) => Promise<PageRecord | null>;

export class TabStore {
  private readonly tabs = new Map<number, PageRecord>();
  private readonly writes = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly reading = new Map<number, Promise<PageRecord | null>>();

  constructor(private readonly rebuild: Rebuild = async () => null) {}

  /** The tab's record, from memory or, after a restart, from session storage (rebuilt if lean). */
  async get(tabId: number): Promise<PageRecord | null> {
    const known = this.tabs.get(tabId);
    if (known) return known;
    let reading = this.reading.get(tabId);
    if (!reading) {
      reading = this.restore(tabId).finally(() => this.reading.delete(tabId));
      this.reading.set(tabId, reading);
    }
    return reading;
  }

  private async restore(tabId: number): Promise<PageRecord | null> {
    const raw = await item(tabId)
      .getValue()
      .catch(() => null);
    const lean = leanFrom(raw);
    const stored = lean ? await this.rebuild(tabId, lean).catch(() => null) : recordFrom(raw);
    // A record set meanwhile (a new page) wins over the one read from storage.
    const now = this.tabs.get(tabId);
    if (now) return now;
    if (stored) this.tabs.set(tabId, stored);
    return stored;
  }

  /** Replaces the tab's record (a new page). */
  set(tabId: number, rec: PageRecord): void {
    this.tabs.set(tabId, rec);
    this.persist(tabId);
  }

  /** Changes the tab's record in place, if it is still on `page`. */
  async update(tabId: number, page: string, change: (rec: PageRecord) => void): Promise<PageRecord | null> {
    const rec = await this.get(tabId);
    if (!rec || rec.page !== page) return null;
    change(rec);
    this.persist(tabId);
    return rec;
  }

  async delete(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    clearTimeout(this.writes.get(tabId));
    this.writes.delete(tabId);
    await item(tabId).removeValue();
  }

  private persist(tabId: number): void {
    clearTimeout(this.writes.get(tabId));
    this.writes.set(
      tabId,
      setTimeout(() => {
        this.writes.delete(tabId);
        const rec = this.tabs.get(tabId);
        if (rec) void this.save(tabId, rec);
      }, 50),
    );
  }

  /** Stores a record, lean when it is big or when the whole one does not fit. */
  private async save(tabId: number, rec: PageRecord): Promise<void> {
    const form = storedForm(rec);
    try {
      await item(tabId).setValue(form);
      return;
    } catch (e) {
      if ('lean' in form) return warn(tabId, e, 'could not be kept for a restart');
      warn(tabId, e, 'was kept lean: its findings will be read again from the page after a restart');
    }
    await item(tabId)
      .setValue(leanOf(rec))
      .catch((e: unknown) => warn(tabId, e, 'could not be kept for a restart'));
  }
}

function warn(tabId: number, e: unknown, what: string): void {
  console.warn(`Adasa: the report of tab ${tabId} ${what} (${e instanceof Error ? e.message : String(e)}).`);
}
