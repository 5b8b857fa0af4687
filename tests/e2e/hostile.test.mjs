// A corrupted profile and a hostile page: every stored item holds a wrong type, a huge value
// or an injection string, and the page takes Adasa's stylesheet away. The page must keep its
// body, be analysed with the built-in lists, get its highlights back, and popup and options
// must render with Reset reachable.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, highlightedRanges, launch, tabIdOf, waitForAnalysis } from './helpers/chromium.mjs';
import { SEED_HOSTS } from './helpers/news-page.mjs';
import { startServer } from './helpers/server.mjs';

const SHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const INJECTION = 'red}body{display:none!important}x{';

describe('a corrupted profile and a hostile page', () => {
  let server;
  let ext;
  let control;

  before(async () => {
    server = await startServer({});
    ext = await launch();
    control = await extensionPage(ext, 'options.html');
    await control.waitForSelector('body[data-ready]');
    await control.evaluate(
      async ({ injection }) => {
        await chrome.storage.local.set({
          settings: { disabledSites: 5, kinds: 'all', colours: { framing: injection, voice: 7 }, scheme: { x: 1 }, language: ['ar'] },
          customTerms: { name: 12, list: { labels: Array.from({ length: 30000 }, () => ({ id: 5 })) } },
        });
      },
      { injection: INJECTION },
    );
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  test('the page keeps its body, is analysed with the built-in lists, and gets its sheet back', async () => {
    const page = await ext.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = `http://${SEED_HOSTS['003'].host}:${server.port}/seed/003.html`;
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const state = await waitForAnalysis(control, tabId);
    assert.ok(state.findings.length > 0, 'analysed despite the broken stored list');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none');
    assert.ok((await highlightedRanges(page)).length > 0);
    // The injected colour never reached the sheet: framing keeps its own colour.
    const sheet = () => page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
    assert.match(await sheet(), /adasa-framing/);
    assert.doesNotMatch(await sheet(), /display/);

    // The page drops every adopted sheet and clears the highlight registry, then adds a post.
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
      CSS.highlights.clear();
      const p = document.createElement('p');
      p.textContent = 'وقالت مصادر محلية إن سلطة دمشق أرسلت تعزيزات.';
      document.querySelector('article').append(p);
    });
    await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('adasa-framing'))), null, {
      timeout: 5000,
    });
    await page.waitForFunction(() => CSS.highlights.has('adasa-framing'), null, { timeout: 5000 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('popup and options render, and Reset puts the profile right', async () => {
    const popup = await extensionPage(ext, 'popup.html');
    await popup.waitForSelector('body[data-ready]', { timeout: 10000 });
    assert.ok((await popup.textContent('body')).trim().length > 0);
    await popup.close();

    const options = await extensionPage(ext, 'options.html');
    await options.waitForSelector('[data-testid="reset"]');
    await options.waitForSelector('[data-testid="custom-problem"]');
    assert.match(await options.textContent('[data-testid="custom-problem"]'), /labels\[0\]/);
    await options.screenshot({ path: join(SHOTS, 'options-corrupted.png'), fullPage: true });
    await options.click('[data-testid="reset"]');
    await options.waitForFunction(() => !document.querySelector('[data-testid="custom-problem"]'));
    const stored = await options.evaluate(() => chrome.storage.local.get(['settings', 'customTerms']));
    assert.equal(stored.customTerms, undefined);
    assert.deepEqual(stored.settings.disabledSites, []);
    await options.close();
  });
});
