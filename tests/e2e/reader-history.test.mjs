// The reader across articles and at the edges: the reading history (off until turned on, fills
// from analysed tabs, empties on clear), the popup on a page the browser keeps extensions off,
// stance words that say what the bar draws, and the options' colour samples in each language.
// Screenshots in English and Arabic go to artifacts/screenshots/reader-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { extensionPage, launch, tabIdOf, waitForAnalysis } from './helpers/chromium.mjs';
import { SEED_HOSTS } from './helpers/news-page.mjs';
import { startServer } from './helpers/server.mjs';

const SHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

describe('the reader', () => {
  let server;
  let ext;
  let control;

  before(async () => {
    server = await startServer();
    ext = await launch({ locale: 'en-US' });
    control = await extensionPage(ext);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  const seedUrl = (id) => `http://${SEED_HOSTS[id].host}:${server.port}/seed/${id}.html`;
  const setLanguage = (language) =>
    control.evaluate(async (l) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: l } });
    }, language);
  const stored = () => control.evaluate(async () => (await chrome.storage.local.get('readingHistory')).readingHistory ?? null);

  /** Opens a seed page in a tab and waits until the background has its report. */
  async function read(id) {
    const page = await ext.context.newPage();
    const url = seedUrl(id);
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const state = await waitForAnalysis(control, tabId);
    return { page, url, tabId, state };
  }

  test('reading history: off until turned on, fills from three analysed tabs, empties on clear', async () => {
    await setLanguage('en');
    const history = await ext.context.newPage();
    await history.setViewportSize({ width: 1000, height: 900 });
    await history.goto(`chrome-extension://${ext.extensionId}/history.html`);
    await history.waitForSelector('body[data-ready]');
    assert.equal(await history.$eval('main.history', (m) => m.dataset.enabled), 'false');
    assert.equal(await history.isChecked('[data-testid=history-on]'), false);

    // Off: an article read now is never kept, even once the history is on.
    const unseen = await read('004');

    await history.click('[data-testid=history-on]');
    await history.waitForSelector('main.history[data-enabled=true]');
    assert.equal((await stored()).enabled, true);

    const tabs = [];
    for (const id of ['000', '001', '003']) tabs.push(await read(id));
    // The page follows storage: three articles appear, one per site.
    await history.waitForFunction(() => document.querySelectorAll('.articles li').length === 3, null, { timeout: 15000 });
    const sites = await history.$$eval('section.site', (els) =>
      els.map((s) => ({
        site: s.dataset.site,
        count: s.querySelector('[data-testid=site-count]').textContent,
        urls: [...s.querySelectorAll('.articles li')].map((li) => li.dataset.url),
        parties: [...s.querySelectorAll('tr[data-actor]')].map((tr) => ({
          id: tr.dataset.actor,
          score: Number(tr.dataset.score),
          words: tr.querySelector('[data-testid=party-stance]').textContent,
          fill: !!tr.querySelector('.fill'),
          names: [...tr.querySelectorAll('.name')].map((n) => n.textContent),
        })),
      })),
    );
    assert.deepEqual(sites.map((s) => s.site).sort(), ['alquds.co.uk', 'enabbaladi.net', 'northpulse.net']);
    assert.ok(!sites.some((s) => s.urls.includes(unseen.url)), 'the page read while the history was off is not there');
    for (const [i, id] of ['000', '001', '003'].entries()) {
      const site = sites.find((s) => s.site === SEED_HOSTS[id].host.replace(/^www\./, ''));
      assert.deepEqual(site.urls, [tabs[i].url]);
      assert.equal(site.count, 'Articles: 1');
      // Every party the report measured is listed with the names the article used.
      const actors = tabs[i].state.report.actors;
      assert.deepEqual(site.parties.map((p) => p.id).sort(), actors.map((a) => a.id).sort());
      for (const p of site.parties) {
        const a = actors.find((x) => x.id === p.id);
        assert.ok(Math.abs(p.score - a.score) < 0.001, `${p.id} score`);
        for (const n of a.names.slice(0, 6))
          assert.ok(
            p.names.some((shown) => shown.startsWith(n.text)),
            `${p.id}: ${n.text}`,
          );
        // The words say what the bar draws.
        assert.equal(p.fill, !/^(neutral|mixed, evenly)$/.test(p.words), `${p.id}: ${p.words} (${p.score})`);
        if (p.score <= -0.1) assert.match(p.words, /against/);
        if (p.score >= 0.1) assert.match(p.words, /favour/);
      }
    }
    // Only summaries are stored: no sentence of the articles.
    const raw = JSON.stringify(await stored());
    const body = tabs[0].state.report.findings.find((f) => f.kind === 'framing');
    assert.ok(!raw.includes(body.suffix.trim()), 'no article text in storage');
    await history.screenshot({ path: join(SHOTS, 'reader-history-en.png'), fullPage: true });

    // The same page in Arabic, right to left.
    await history.selectOption('[data-testid=language]', 'ar');
    await history.waitForSelector('main.history[dir=rtl][lang=ar]');
    const heading = await history.$eval('h1', (h) => h.textContent);
    assert.equal(heading, 'سجل القراءة');
    await history.screenshot({ path: join(SHOTS, 'reader-history-ar.png'), fullPage: true });

    // Options show the same switch, and open this page.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready]');
    assert.equal(await options.isChecked('fieldset.reading-history [data-testid=history-on]'), true);
    await options.close();

    await history.click('[data-testid=history-clear]');
    await history.waitForSelector('[data-testid=history-empty]');
    assert.equal(await history.$$eval('section.site', (s) => s.length), 0);
    const after = await stored();
    assert.deepEqual(after.articles, []);
    assert.equal(after.enabled, true, 'clearing keeps the switch');
    await setLanguage('en');
    for (const t of [...tabs, unseen]) await t.page.close();
    await history.close();
  });

  for (const lang of ['en', 'ar']) {
    test(`popup (${lang}): an unscriptable page says why; an unknown address shows no lone “·”`, async () => {
      await setLanguage(lang);
      const page = await ext.context.newPage();
      await page.goto('chrome://version/');
      // The newest tab is the one just opened (without the "tabs" permission its URL is hidden).
      const tabId = await control.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-ready]');
      const site = await popup.$eval('[data-testid=site-name]', (p) => p.textContent.trim());
      assert.ok(site.length > 1 && !site.startsWith('·') && !site.endsWith('·'), `site line: «${site}»`);
      await popup.screenshot({ path: join(SHOTS, `reader-popup-unknown-${lang}.png`), fullPage: true });
      await popup.click('[data-testid=analyze]');
      const notice = await popup.waitForSelector('[data-testid=blocked]');
      assert.equal(await notice.getAttribute('data-reason'), 'browser');
      const text = await notice.textContent();
      assert.match(text, lang === 'ar' ? /لا تسمح المتصفحات للإضافات بقراءة صفحاتها/ : /Browsers do not let extensions read their own pages/);
      assert.equal(await popup.$eval('main.popup', (m) => m.dir), lang === 'ar' ? 'rtl' : 'ltr');
      await popup.screenshot({ path: join(SHOTS, `reader-popup-blocked-${lang}.png`), fullPage: true });
      await popup.close();
      await page.close();
    });
  }

  test('popup: a PDF in the browser’s viewer says why it cannot be analysed', async () => {
    await setLanguage('en');
    // A one-page PDF from a news site's host (the extension may see its address there).
    const pdf =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';
    const pdfServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(pdf);
    });
    await new Promise((r) => pdfServer.listen(0, '127.0.0.1', r));
    try {
      const page = await ext.context.newPage();
      await page.goto(`http://${SEED_HOSTS['003'].host}:${pdfServer.address().port}/report.pdf`).catch(() => {});
      const tabId = await control.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 380, height: 400 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-ready]');
      const notice = await popup.waitForSelector('[data-testid=blocked][data-reason=pdf]');
      assert.match(await notice.textContent(), /PDF/);
      assert.equal(await popup.locator('[data-testid=analyze]').count(), 0);
      await popup.close();
      await page.close();
    } finally {
      await new Promise((r) => pdfServer.close(r));
    }
  });

  for (const lang of ['en', 'ar']) {
    test(`popup (${lang}): stance words say what the bar draws`, async () => {
      await setLanguage(lang);
      const { page, tabId } = await read('002');
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 380, height: 900 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-ready]');
      const rows = await popup.$$eval('.stance', (els) =>
        els.map((e) => ({
          id: e.dataset.actor,
          label: e.dataset.label,
          score: Number(e.dataset.score),
          strength: e.dataset.strength,
          words: e.querySelector('[data-testid=stance-words]').textContent,
          fill: e.querySelector('.fill')?.style.inlineSize ?? null,
        })),
      );
      assert.ok(rows.length > 0);
      const neutral = lang === 'ar' ? 'محايد' : 'neutral';
      for (const r of rows) {
        const leans = Math.abs(r.score) >= 0.1;
        assert.equal(r.fill !== null, leans, `${r.id}: bar fill`);
        if (leans) assert.notEqual(r.words, neutral, `${r.id} at ${r.score} is not called neutral`);
        if (r.fill) assert.equal(r.fill, `${Math.round(Math.abs(r.score) * 50)}%`);
        if (r.strength === 'strong') assert.match(r.words, lang === 'ar' ? /بشدة/ : /strongly/);
        if (r.strength === 'weak') assert.match(r.words, lang === 'ar' ? /بميل ضعيف/ : /weakly/);
      }
      await popup.screenshot({ path: join(SHOTS, `reader-popup-stance-${lang}.png`), fullPage: true });
      await popup.close();
      await page.close();
    });
  }

  test('options: each style draws its own sample, in the interface language', async () => {
    for (const lang of ['ar', 'en']) {
      await setLanguage(lang);
      const options = await ext.context.newPage();
      await options.setViewportSize({ width: 900, height: 1400 });
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.waitForSelector(`body[data-ready] main.options[lang=${lang}]`);
      const samples = await options.$$eval('.colours .swatch', (els) => els.map((e) => e.textContent));
      assert.equal(new Set(samples).size, samples.length, 'one sample per style');
      for (const s of samples) assert.equal(/[a-z]/i.test(s), lang === 'en', `«${s}» in ${lang}`);
      await options.screenshot({ path: join(SHOTS, `reader-options-${lang}.png`), fullPage: true });
      await options.close();
    }
    await setLanguage('en');
  });
});
