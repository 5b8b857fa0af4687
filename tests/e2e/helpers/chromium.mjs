// Debian's Chromium with the built extension, through playwright-core (no browser download).
// The curated outlets' hosts resolve to 127.0.0.1, every other host to nothing, so a page can
// be served "from" northpulse.net without the internet, and nothing leaves the machine.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');
export const CHROMIUM = '/usr/bin/chromium';

/** Hosts the tests serve pages under (curated ones, where the content script runs by itself). */
export const MAPPED_HOSTS = ['www.enabbaladi.net', 'www.alquds.co.uk', 'www.orient-news.net', 'www.northpulse.net', 'www.aljazeera.net'];

/**
 * Launches Chromium with the extension. `locale` sets the browser language (the popup follows
 * it). `userDataDir` reuses a profile (a browser restart); it is then left on disk for the
 * caller to remove. Returns `{ context, extensionId, worker, close }`.
 */
export async function launch({ locale = 'en-US', withExtension = true, colorScheme = 'light', userDataDir } = {}) {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build the extension first (wxt build)');
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'adasa-chromium-'));
  const rules = [...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    `--host-resolver-rules=${rules}`,
    `--lang=${locale}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale,
    colorScheme,
    viewport: { width: 1280, height: 900 },
  });
  let worker = null;
  let extensionId = null;
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!userDataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An extension page to talk to the background from, as the popup does. */
export async function extensionPage(ext, path = 'popup.html') {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/**
 * The tab id of a page, asked from an extension page. Without the "tabs" permission the
 * extension does not see tabs' URLs; its content script tells its own (`bg:ping`).
 */
export async function tabIdOf(extPage, url, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const id = await extPage.evaluate(async (u) => {
      for (const t of await chrome.tabs.query({})) {
        const reply = await chrome.tabs.sendMessage(t.id, { type: 'bg:ping' }).catch(() => null);
        if (reply?.ok && reply.value.url === u) return t.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`no content script answers for ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The background's state for a tab (the popup's `popup:tab-state` message; `compact` as the popup asks it). */
export async function tabState(extPage, tabId, compact = false) {
  const reply = await extPage.evaluate(({ id, c }) => chrome.runtime.sendMessage({ type: 'popup:tab-state', tabId: id, compact: c }), { id: tabId, c: compact });
  if (!reply?.ok) throw new Error(`tab-state failed: ${reply?.error}`);
  return reply.value;
}

/** Waits until the content script reported its first pass on the tab (timings present). */
export async function waitForAnalysis(extPage, tabId, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await tabState(extPage, tabId);
    if (state.status === 'ready' && state.timings) return state;
    if (Date.now() > end) throw new Error(`no analysis on tab ${tabId}: ${JSON.stringify({ status: state.status, timings: state.timings })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The highlighted ranges on a page: `[{ name, text, blockTag, inChrome }]` in document order. */
export async function highlightedRanges(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('adasa-') || name === 'adasa-focus' || name === 'adasa-flash') continue;
      for (const r of h) {
        const el = r.startContainer.parentElement;
        out.push({
          name,
          text: r.toString(),
          inFurniture: !!el.closest('nav, footer, aside, .comments, .related, .share-bar, .tags, .breaking, .site-header, .meta'),
          top: r.getBoundingClientRect().top + scrollY,
          left: r.getBoundingClientRect().left,
          range: r,
        });
      }
    }
    // Document order.
    out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return out.map(({ range: _range, ...rest }) => rest);
  });
}

export { rmSync };
