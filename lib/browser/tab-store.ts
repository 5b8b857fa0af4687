/**
 * Per-tab state in the background: the page record of each tab, kept in memory and mirrored to
 * `storage.session` so a service worker that was stopped between two messages wakes up with
 * the tabs' reports (and the popup still opens at once). Cleared when a tab closes.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { Report } from '../model/report';
import { Timings } from '../ext/messages';
import type { PageRecord } from '../ext/page-report';

const item = (tabId: number) => storage.defineItem<unknown>(`session:tab-${tabId}`, { fallback: null });

/** A stored record is read through its schema: anything else counts as no record. */
const StoredRecord = z.object({
  page: z.string(),
  url: z.string(),
  title: z.string(),
  segments: z.array(z.object({ id: z.string(), report: Report })),
  dropped: z.array(z.string()),
  timings: z.nullable(Timings),
});

/** Reads a stored tab record; `null` when there is none or it does not have the record's shape. */
export function recordFrom(stored: unknown): PageRecord | null {
  const r = StoredRecord.safeParse(stored);
  return r.success ? r.data : null;
}

export class TabStore {
  private readonly tabs = new Map<number, PageRecord>();
  private readonly writes = new Map<number, ReturnType<typeof setTimeout>>();

  /** The tab's record, from memory or from session storage after a restart. */
  async get(tabId: number): Promise<PageRecord | null> {
    const known = this.tabs.get(tabId);
    if (known) return known;
    const stored = recordFrom(
      await item(tabId)
        .getValue()
        .catch(() => null),
    );
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
        if (rec) {
          void item(tabId)
            .setValue(rec)
            .catch((e: unknown) => console.warn(`Adasa: the report of tab ${tabId} could not be kept for a restart (${e instanceof Error ? e.message : String(e)}).`));
        }
      }, 50),
    );
  }
}
