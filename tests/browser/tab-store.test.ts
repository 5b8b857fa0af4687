/**
 * Tab records through a restart: a small record comes back whole from session storage; a big
 * one is stored lean and its reports are built again from the page's text; a save refused by
 * the quota falls back to the lean record and says so; a corrupted record is no record.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeSegment } from '../../lib/browser/engine-host';
import { estimatedChars, MAX_STORED_CHARS, TabStore, type LeanRecord } from '../../lib/browser/tab-store';
import type { PageRecord } from '../../lib/ext/page-report';

const TEXT = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً في ريف دير الزور الشرقي.';

async function record(text: string, page = 'p1'): Promise<PageRecord> {
  return { page, url: 'https://example.org/a', title: 'خبر', segments: [{ id: 's0', report: await analyzeSegment(text, `${page}:s0`) }], dropped: ['s0:figure-0'], timings: null };
}

/** Lets the store's debounced write run. */
const settle = () => new Promise((r) => setTimeout(r, 80));
const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`tab-${tabId}`))[`tab-${tabId}`];

describe('tab records across a background restart', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  test('a small record is stored whole and read back as it was, without asking the page', async () => {
    const rec = await record(TEXT);
    new TabStore().set(7, rec);
    await settle();
    expect(await stored(7)).toMatchObject({ page: 'p1', segments: [{ id: 's0' }] });
    const rebuild = vi.fn(async () => null);
    const restarted = new TabStore(rebuild);
    expect(await restarted.get(7)).toEqual(rec);
    expect(rebuild).not.toHaveBeenCalled();
  });

  test('a record over the limit is stored lean and built again from the page', async () => {
    const long = Array.from({ length: Math.ceil(MAX_STORED_CHARS / 400) }, () => TEXT).join('\n');
    const rec = await record(long);
    expect(JSON.stringify(rec).length).toBeGreaterThan(MAX_STORED_CHARS);
    new TabStore().set(3, rec);
    await settle();
    const raw = (await stored(3)) as LeanRecord;
    expect(raw.lean).toBe(true);
    expect(raw.segments).toEqual([{ id: 's0' }]);
    expect(JSON.stringify(raw).length).toBeLessThan(1000);
    const rebuild = vi.fn(async (_tab: number, lean: LeanRecord) => ({ ...rec, page: lean.page }));
    const restarted = new TabStore(rebuild);
    const [a, b] = await Promise.all([restarted.get(3), restarted.get(3)]);
    expect(rebuild).toHaveBeenCalledTimes(1);
    expect(rebuild.mock.calls[0][1]).toMatchObject({ page: 'p1', dropped: ['s0:figure-0'], segments: [{ id: 's0' }] });
    expect(a).toBe(b);
    expect(a?.segments[0].report.findings.length).toBe(rec.segments[0].report.findings.length);
  });

  test('a page that no longer holds the text gives no record rather than a wrong one', async () => {
    const long = Array.from({ length: Math.ceil(MAX_STORED_CHARS / 400) }, () => TEXT).join('\n');
    new TabStore().set(4, await record(long));
    await settle();
    const restarted = new TabStore(async () => null);
    expect(await restarted.get(4)).toBeNull();
  });

  test('a whole record the quota refuses is kept lean, and the console says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const value = Object.values(items)[0] as { lean?: boolean };
      if (!value.lean) throw new Error('Session storage quota bytes exceeded.');
      return set(items);
    });
    new TabStore().set(5, await record(TEXT));
    await settle();
    expect(await stored(5)).toMatchObject({ lean: true, page: 'p1' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('quota bytes exceeded'));
  });

  test.each([
    ['a number', 5],
    ['a lean record with a wrong segment list', { page: 'p', url: 'u', title: 't', dropped: [], timings: null, lean: true, segments: 'all' }],
    ['a record whose report is junk', { page: 'p', url: 'u', title: 't', dropped: [], timings: null, segments: [{ id: 's0', report: 1 }] }],
  ])('%s is no record', async (_name, value) => {
    await fakeBrowser.storage.session.set({ 'tab-9': value });
    const rebuild = vi.fn(async () => null);
    expect(await new TabStore(rebuild).get(9)).toBeNull();
    expect(rebuild).not.toHaveBeenCalled();
  });
});

describe('the size of a record', () => {
  test('is estimated within 15% of its JSON length, small or big', async () => {
    for (const copies of [1, 40, 400]) {
      const rec = await record(Array.from({ length: copies }, () => TEXT).join('\n'));
      const exact = JSON.stringify(rec).length;
      expect(Math.abs(estimatedChars(rec) - exact) / exact).toBeLessThan(0.15);
    }
  });
});
