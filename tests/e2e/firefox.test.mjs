// Firefox ESR: the Firefox build (MV2) installed as a temporary add-on over WebDriver
// BiDi (puppeteer-core, no geckodriver), the five seed articles served from curated outlets'
// hosts: each is highlighted exactly as the engine reports with the DOM unchanged, a hostile
// page that resets its sheets and the highlight registry gets its highlights back, an article
// in shadow roots and a frame is painted and kept up to date, and the card opens on hover.
// Runs after `wxt build -b firefox`, which this file does itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { analyzeTexts } from './helpers/engine.mjs';
import { hoverPainted } from './helpers/highlights.mjs';
import { SEED_HOSTS, seedPage, seeds } from './helpers/news-page.mjs';
import { driver, exerciseHostilePage, HANG_MS, HOSTILE_PAGES, onMachine, pollUntil, settledPaint } from './helpers/hostile-pages.mjs';
import { addPosts, boxOf, IN_CLOSED, IN_FRAME, IN_SHADOW, paintedEverywhere, PASSAGES_HTML, probe, SLOTTED } from './helpers/passages.mjs';
import { startServer } from './helpers/server.mjs';
import { LIBRARY, engineReports, readingOrder } from './helpers/teacher.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const FIREFOX = '/usr/bin/firefox-esr';
const DIR = join(ROOT, '.output', 'firefox-mv2');
/** The add-on's internal UUID, fixed by a preference so its pages have a known address. */
const UUID = '5f0c7a64-2b1e-4c55-9a0e-4d1d0a3da5a1';
const EXT = `moz-extension://${UUID}`;
const INJECTION = 'red}body{display:none!important}x{';

/** A page whose scripts redefine what extensions lean on, before Adasa starts. */
const HOSTILE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة</title>
<script>
  Array.prototype.map = function () { throw new Error('page map'); };
  window.MutationObserver = function () { throw new Error('page observer'); };
  window.Range = function () { throw new Error('page range'); };
</script></head>
<body><main><article><h1>تطورات في دير الزور</h1>
<p>قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً من أبناء العشائر في ريف دير الزور الشرقي يوم الأحد.</p>
<p>وأكد المرصد السوري لحقوق الإنسان أن مرتزقة داعش قتلوا 5 مدنيين قرب البادية في هجوم جديد.</p>
</article></main></body></html>`;

describe('Firefox ESR', { skip: !existsSync(FIREFOX) && 'firefox-esr is not installed' }, () => {
  let server;
  let browser;

  before(async () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    server = await startServer({ '/hostile.html': HOSTILE, '/passages.html': PASSAGES_HTML });
    for (const p of HOSTILE_PAGES) server.set(`/hostile/${p.name}.html`, { html: p.html, headers: p.headers ?? {} });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets the harness open the add-on's own pages (popup, options) in a tab.
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ 'adasa@adasa.example': UUID }),
        // The curated hosts resolve to this machine; nothing else is reachable.
        'network.dns.localDomains': Object.values(SEED_HOSTS)
          .map((s) => s.host)
          .join(','),
        'network.dns.disableIPv6': true,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    });
    await browser.installExtension(DIR);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('web-ext lint finds no errors in the Firefox build', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '-s', DIR, '--output', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    assert.deepEqual(report.errors, [], JSON.stringify(report.errors));
  });

  /** The ranges Adasa painted in the page, sorted by text. */
  const painted = (page) =>
    page.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('adasa-') && name !== 'adasa-focus' && name !== 'adasa-flash') for (const r of h) out.push(r.toString());
      return out.sort();
    });
  const paintedAtLeast = (page, n, timeout = 20000) =>
    page.waitForFunction(
      (k) =>
        [...CSS.highlights.entries()].filter(([name]) => name.startsWith('adasa-') && name !== 'adasa-focus' && name !== 'adasa-flash').reduce((s, [, h]) => s + h.size, 0) >= k,
      { timeout },
      n,
    );

  for (const seed of seeds()) {
    test(`seed ${seed.id}: highlights equal the engine report; DOM unchanged; no page error`, async () => {
      const built = seedPage(seed);
      const expected = analyzeTexts({ s: built.expected }, { date: built.date }).s;
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://${SEED_HOSTS[seed.id].host}:${server.port}/seed/${seed.id}.html`);
      await paintedAtLeast(page, expected.findings.length);
      assert.deepEqual(await painted(page), expected.findings.map((f) => f.text).sort());
      const reference = await browser.newPage();
      await reference.goto(`http://127.0.0.1:${server.port}/seed/${seed.id}.html`);
      const [a, b] = await Promise.all([page.content(), reference.content()]);
      assert.equal(a, b, 'DOM identical with and without the extension');
      assert.deepEqual(errors, []);
      await reference.close();
      await page.close();
    });
  }

  test('a hostile page: globals redefined, its sheets and the highlight registry reset; highlights come back', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${SEED_HOSTS['003'].host}:${server.port}/hostile.html`);
    await paintedAtLeast(page, 2);
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
      CSS.highlights.clear();
      const p = document.createElement('p');
      p.textContent = 'وقالت مصادر محلية إن سلطة دمشق أرسلت تعزيزات.';
      document.querySelector('article').append(p);
    });
    await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('adasa-framing'))), { timeout: 10000 });
    await page.waitForFunction(() => [...(CSS.highlights.get('adasa-framing') ?? [])].some((r) => r.toString().includes('سلطة دمشق')), { timeout: 10000 });
    const texts = await painted(page);
    assert.ok(texts.includes('ميليشيا'), texts.join(' | '));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('seed 004: a card opens on hover and quotes the finding', async () => {
    const seed = seeds().find((s) => s.id === '004');
    const built = seedPage(seed);
    const expected = analyzeTexts({ s: built.expected }, { date: built.date }).s;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${SEED_HOSTS['004'].host}:${server.port}/seed/004.html`);
    await paintedAtLeast(page, expected.findings.length);
    const target = expected.findings.find((f) => f.kind === 'framing');
    await hoverPainted(page, target.text);
    await page.waitForSelector('adasa-layer', { timeout: 5000 });
    const text = await page.evaluate(() => document.querySelector('adasa-layer').shadowRoot.querySelector('.card')?.textContent ?? '');
    assert.ok(text.includes(target.text), 'the card quotes the finding');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('text in an open shadow root, a slot and a srcdoc frame is painted and kept up to date; a closed root is not; the DOM is unchanged', async () => {
    const has = (list, word) => list.some((t) => t.includes(word));
    const everyPainted = (words) => page.waitForFunction(paintedEverywhere, { timeout: 30000 }, words);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${SEED_HOSTS['003'].host}:${server.port}/passages.html`);
    await everyPainted([IN_SHADOW, SLOTTED, IN_FRAME]);
    const seen = await page.evaluate(probe);
    assert.ok(has(seen.top, IN_SHADOW) && has(seen.top, SLOTTED), seen.top.join(' | '));
    assert.ok(has(seen.frame, IN_FRAME), seen.frame.join(' | '));
    assert.ok(!has(seen.top, IN_CLOSED) && !has(seen.frame, IN_CLOSED), 'a closed shadow root is out of reach');
    assert.ok(seen.shadowSheet && seen.frameSheet, 'the shadow root and the frame adopted the sheet');

    const reference = await browser.newPage();
    await reference.goto(`http://127.0.0.1:${server.port}/passages.html`);
    await reference.waitForFunction(() => document.querySelector('iframe').contentDocument?.body?.childElementCount > 0);
    const bare = await reference.evaluate(probe);
    assert.equal(await page.content(), await reference.content());
    assert.equal(seen.shadowHtml, bare.shadowHtml);
    assert.equal(seen.frameHtml, bare.frameHtml);
    await reference.close();

    // The card opens on a word inside the frame.
    const word = seen.frame.find((t) => t.includes(IN_FRAME));
    const box = await page.evaluate(boxOf, word);
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction((t) => document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card')?.textContent.includes(t), { timeout: 5000 }, word);
    await page.screenshot({ path: join(ROOT, 'artifacts', 'screenshots', 'passages-card-frame-firefox.png') });
    await page.keyboard.press('Escape');

    await page.evaluate(addPosts);
    await everyPainted(['عصابات', 'ميليشيات']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  /**
   * Opens one of the add-on's pages in a new tab. The navigation to a moz-extension:// address
   * is never reported as finished over BiDi, so the page is awaited by asking it where it is.
   */
  async function extensionPage(path, ready = 'body[data-ready]') {
    const page = await browser.newPage();
    await page.goto(`${EXT}/${path}`, { waitUntil: 'domcontentloaded', timeout: 1500 }).catch(() => {});
    await pollUntil(
      (fn, a) => page.evaluate(fn, a).catch(() => false),
      // The pathname only: a page may tidy its query (history.replaceState).
      ({ where, sel }) => location.pathname === where && !!document.querySelector(sel),
      { where: `/${path.split('?')[0]}`, sel: ready },
      15000,
    );
    return page;
  }

  describe('teacher pages (Firefox ESR)', () => {
    const KINDS = ['framing', 'distancing', 'figure', 'source', 'voice', 'obfuscation'];
    const [A, B] = LIBRARY.showcase;
    let engine;
    before(() => {
      engine = engineReports();
    });

    for (const id of [A, B]) {
      test(`library ${id}: the engine's counts, one highlight per finding`, async () => {
        const page = await extensionPage(`library.html?article=${id}&lang=en`, '[data-testid=article][data-painted]');
        const report = engine[id];
        for (const k of KINDS) assert.equal(Number(await page.$eval(`[data-testid=count-${k}]`, (e) => e.textContent)), report.counts[k], `count of ${k}`);
        assert.deepEqual(await painted(page), report.findings.map((f) => f.text).sort());
        await page.screenshot({ path: join(ROOT, 'artifacts', 'screenshots', `library-${id}-en-firefox.png`) });
        await page.close();
      });
    }

    test(`compare ${A} with ${B} in Arabic: the ledger's parties are the engine's, right to left`, async () => {
      const page = await extensionPage(`compare.html?a=seed:${A}&b=seed:${B}&lang=ar`, '[data-testid=compare][data-ready=true]');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      const parties = new Set([engine[A], engine[B]].flatMap((r) => r.actors.map((a) => a.id)));
      const rows = await page.$$eval('[data-testid=ledger] tbody tr', (trs) => trs.map((tr) => tr.dataset.actor));
      assert.ok(rows.length > 0);
      for (const row of rows) assert.ok(parties.has(row), `ledger row ${row}`);
      await page.screenshot({ path: join(ROOT, 'artifacts', 'screenshots', `compare-${A}-${B}-ar-firefox.png`), fullPage: true });
      await page.close();
    });

    test('presenter: the explanation stays hidden until Enter', async () => {
      const order = readingOrder(engine[B]);
      const page = await extensionPage(`presenter.html?article=seed:${B}&lang=en`, '[data-testid=passage]');
      await pollUntil(
        (fn, a) => page.evaluate(fn, a),
        (n) => !!document.querySelector('[data-testid=position]')?.textContent.endsWith(`1 of ${n}`),
        order.length,
      );
      assert.ok((await page.$eval('[data-testid=passage]', (e) => e.textContent)).includes(order[0].text));
      assert.equal(await page.$eval('[data-testid=answer]', (e) => e.hidden), true, 'explanation hidden before the key press');
      await page.keyboard.press('Enter');
      await pollUntil(
        (fn) => page.evaluate(fn),
        () => document.querySelector('[data-testid=answer]')?.hidden === false,
      );
      assert.equal(await page.$eval('[data-testid=explanation]', (e) => e.textContent), order[0].explanation.en);
      await page.screenshot({ path: join(ROOT, 'artifacts', 'screenshots', `presenter-${B}-en-firefox.png`) });
      await page.close();
    });
  });

  /** The tab id of a page, asked from an add-on page (its content script tells its URL). */
  async function tabIdOf(url) {
    const ext = await extensionPage('options.html');
    const end = Date.now() + 15000;
    try {
      for (;;) {
        const id = await ext.evaluate(async (u) => {
          for (const t of await browser.tabs.query({})) {
            const reply = await browser.tabs.sendMessage(t.id, { type: 'bg:ping' }).catch(() => null);
            if (reply?.ok && reply.value.url === u) return t.id;
          }
          return null;
        }, url);
        if (id !== null) return id;
        if (Date.now() > end) throw new Error(`no content script answers for ${url}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await ext.close();
    }
  }

  /** Opens the popup of a tab; returns the page and how long its state call took (ms). */
  async function popupOf(tabId) {
    const control = await extensionPage('options.html');
    const stateMs = await control.evaluate(async (id) => {
      const t0 = performance.now();
      const reply = await browser.runtime.sendMessage({ type: 'popup:tab-state', tabId: id, compact: true });
      if (!reply?.ok) throw new Error(reply?.error);
      return Math.round(performance.now() - t0);
    }, tabId);
    await control.close();
    return { popup: await extensionPage(`popup.html?tabId=${tabId}`), stateMs };
  }

  describe('a corrupted profile (Firefox ESR)', () => {
    test('every stored item wrong: the page is analysed with the built-in lists, popup and options render, Reset puts it right', async () => {
      const options = await extensionPage('options.html');
      await options.evaluate(async (injection) => {
        await browser.storage.local.set({
          settings: { disabledSites: 5, kinds: 'all', colours: { framing: injection, voice: 7 }, scheme: { x: 1 }, language: ['ar'] },
          customTerms: { name: 12, list: { labels: Array.from({ length: 30000 }, () => ({ id: 5 })) } },
        });
      }, INJECTION);
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = `http://${SEED_HOSTS['003'].host}:${server.port}/seed/003.html`;
      await page.goto(url);
      await paintedAtLeast(page, 5);
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none');
      const sheet = await page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
      assert.match(sheet, /adasa-framing/);
      assert.doesNotMatch(sheet, /display/);

      const { popup } = await popupOf(await tabIdOf(url));
      assert.ok(Number(await popup.$eval('[data-testid="count-framing"]', (e) => e.textContent)) > 0);
      await popup.close();

      await options.reload().catch(() => {});
      await pollUntil(
        (fn) => options.evaluate(fn).catch(() => false),
        () => !!document.querySelector('[data-testid="custom-problem"]'),
        undefined,
        15000,
      );
      assert.match(await options.$eval('[data-testid="custom-problem"]', (e) => e.textContent), /labels\[0\]/);
      await options.screenshot({ path: join(ROOT, 'artifacts', 'screenshots', 'options-corrupted-firefox.png'), fullPage: true });
      await options.click('[data-testid="reset"]');
      await pollUntil(
        (fn) => options.evaluate(fn),
        () => !document.querySelector('[data-testid="custom-problem"]'),
        undefined,
        10000,
      );
      const stored = await options.evaluate(() => browser.storage.local.get(['settings', 'customTerms']));
      assert.equal(stored.customTerms, undefined);
      assert.deepEqual(stored.settings.disabledSites, []);
      assert.deepEqual(errors, []);
      await options.close();
      await page.close();
    });
  });

  describe('hostile pages (Firefox ESR)', () => {
    const host = SEED_HOSTS['003'].host;

    for (const p of HOSTILE_PAGES) {
      test(p.name, async () => {
        const page = await browser.newPage();
        const errors = [];
        const offMachine = [];
        // Firefox reports the browser's own favicon request refused by a strict CSP as a page
        // error; it happens without the extension too.
        page.on('pageerror', (e) => /Content-Security-Policy.*favicon\.ico/.test(String(e)) || errors.push(String(e)));
        page.on('request', (r) => onMachine(r.url(), server.port) || offMachine.push(r.url()));
        await page.goto(`http://${host}:${server.port}/hostile/${p.name}.html`);
        await exerciseHostilePage(p, page, {
          server,
          host,
          newPage: () => browser.newPage(),
          ready: (tab) => settledPaint(driver(tab), { timeout: 120000 }),
          shot: join(ROOT, 'artifacts', 'screenshots', `hostile-${p.name}-firefox.png`),
        });

        // The popup of this tab renders, and its state call answers. How fast is measured by
        // `npm run bench:page`, not here: a timed bound fails on a busy machine.
        const { popup, stateMs } = await popupOf(await tabIdOf(page.url()));
        if (p.big) console.log(`# Firefox: popup state of the 5 MB page: ${stateMs} ms`);
        assert.ok(stateMs < HANG_MS, `popup state in ${stateMs} ms: the call hangs`);
        assert.ok(Number(await popup.$eval('[data-testid="count-framing"]', (e) => e.textContent)) > 0);
        await popup.close();

        assert.deepEqual(offMachine, [], 'no request off the machine');
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
});
