// Teacher mode in Debian's Chromium with the built extension, the network switched off: the
// demo library shows the engine's findings with the live page's highlights and card, the
// compare view lines up 000 and 003 (label ledger, stance bars mirrored in RTL, sourcing), the
// presenter hides each explanation until a key press in both languages, and the exports
// download. Screenshots go to artifacts/screenshots/. The exported HTML is checked in a plain
// browser in teacher-export.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, highlightedRanges, launch, tabIdOf, waitForAnalysis } from './helpers/chromium.mjs';
import { EXPORTS, LIBRARY, SHOTS, engineReports, readingOrder, seedTexts, serveSeed, watchRequests } from './helpers/teacher.mjs';
import { hoverPainted } from './helpers/highlights.mjs';

const KINDS = ['framing', 'distancing', 'figure', 'source', 'voice', 'obfuscation'];
const [A, B] = LIBRARY.showcase;

describe('teacher mode', () => {
  let ext;
  let net;
  let base;
  const engine = engineReports();
  const texts = seedTexts();

  before(async () => {
    ext = await launch({ locale: 'en-US' });
    net = watchRequests(ext.context);
    await ext.context.setOffline(true);
    base = `chrome-extension://${ext.extensionId}/`;
  });
  after(async () => {
    await ext?.close();
  });

  async function open(path, viewport = { width: 1280, height: 900 }) {
    const page = await ext.context.newPage();
    await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + path);
    return { page, errors };
  }

  test('from the popup to 000 beside 003 in two clicks', async () => {
    const blank = await ext.context.newPage();
    const { page: popup } = await open('popup.html');
    const tabId = await popup.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url?.startsWith('chrome-extension:'))?.id);
    await blank.bringToFront();
    await popup.goto(`${base}popup.html?tabId=${tabId}`);
    await popup.getByTestId('teacher-mode').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-teacher-mode.png') });
    const [library] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('teacher-mode').click()]);
    await library.waitForSelector('[data-testid=article][data-painted]');
    assert.ok(library.url().startsWith(`${base}library.html`), library.url());
    await library.getByTestId('showcase').click();
    await library.waitForSelector('[data-testid=compare][data-ready=true]');
    const url = new URL(library.url());
    assert.equal(url.pathname, '/compare.html');
    assert.deepEqual([url.searchParams.get('a'), url.searchParams.get('b')], [`seed:${A}`, `seed:${B}`]);
    await Promise.all([blank.close(), popup.close(), library.close()]);
  });

  for (const id of [A, B]) {
    test(`library ${id}: the engine's counts, one highlight per finding, the text unchanged`, async () => {
      const { page, errors } = await open(`library.html?article=${id}&lang=en`);
      await page.waitForSelector('[data-testid=article][data-painted]');
      const report = engine[id];
      for (const k of KINDS) assert.equal(Number(await page.getByTestId(`count-${k}`).textContent()), report.counts[k], `count of ${k}`);
      const painted = await highlightedRanges(page);
      assert.equal(painted.length, report.findings.length, 'one highlight per finding');
      assert.deepEqual(painted.map((p) => p.text).sort(), report.findings.map((f) => f.text).sort());
      // The rendered lines are the seed's lines: nothing wrapped, nothing dropped.
      const shown = await page.$$eval('[data-testid=article] [data-start]', (els) => els.map((e) => (e.childNodes.length === 1 ? e.textContent : null)));
      assert.deepEqual(
        shown,
        texts[id].split('\n').filter((l) => l.trim().length > 0),
      );
      assert.equal(await page.getByTestId('leaning').textContent(), LIBRARY.articles.find((a) => a.id === id).leaning.en);
      await page.screenshot({ path: join(SHOTS, `library-${id}-en.png`) });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('library: the card opens on hover and from the keyboard, in Arabic too', async () => {
    const { page } = await open(`library.html?article=${B}&lang=ar`);
    await page.waitForSelector('[data-testid=article][data-painted]');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const order = readingOrder(engine[B]);
    const target = order.find((f) => f.kind === 'framing');
    await hoverPainted(page, target.text, 'adasa-framing');
    const card = page.locator('[data-testid=card-host] .card');
    await card.waitFor();
    assert.equal(await card.getAttribute('dir'), 'rtl');
    assert.equal(await card.locator('.quote').textContent(), target.text);
    assert.equal(await card.locator('.why').textContent(), target.explanation.ar);
    await page.screenshot({ path: join(SHOTS, `library-${B}-ar-card.png`) });
    // Keyboard: the article takes focus; the arrow in reading order opens the first finding.
    await page.mouse.move(5, 5);
    await page.getByTestId('article').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    await card.waitFor();
    assert.equal(await card.locator('.quote').textContent(), order[0].text);
    assert.match(await card.locator('.pos').textContent(), new RegExp(`^1 من ${order.length}$`));
    await page.close();
  });

  for (const lang of ['en', 'ar']) {
    test(`compare ${A} with ${B} (${lang}): ledger, stance bars, sourcing`, async () => {
      const { page, errors } = await open(`compare.html?a=seed:${A}&b=seed:${B}&lang=${lang}`, { width: 1280, height: 1000 });
      await page.waitForSelector('[data-testid=compare][data-ready=true]');
      const reports = [engine[A], engine[B]];
      // Ledger: every name each article uses, its count and whether it is loaded, beside the reference name.
      const named = new Set(reports.flatMap((r) => r.actors.filter((a) => a.names.length > 0).map((a) => a.id)));
      const rows = await page.$$eval('[data-testid=ledger] tbody tr', (trs) => trs.map((tr) => tr.dataset.actor));
      assert.deepEqual(new Set(rows), named);
      for (const actor of named) {
        for (const side of [0, 1]) {
          const expected = reports[side].actors.find((a) => a.id === actor)?.names ?? [];
          const cell = page.locator(`[data-testid=ledger] tr[data-actor=${actor}] td[data-side="${side}"]`);
          const got = await cell.locator('li.name').evaluateAll((lis) =>
            lis.map((li) => ({
              text: li.querySelector('.name-text').textContent,
              count: Number(li.querySelector('.times').textContent.slice(1)),
              loaded: li.dataset.loaded === 'true',
            })),
          );
          const key = (n) => `${n.text}|${n.count}|${n.loaded}`;
          assert.deepEqual(got.map(key).sort(), expected.map(key).sort(), `${actor}, article ${side}`);
        }
      }
      const sdfRef = await page.locator('[data-testid=ledger] tr[data-actor=sdf] .reference-ar').textContent();
      assert.match(sdfRef, /قوات سوريا الديمقراطية/);
      assert.ok(await page.locator('[data-testid=ledger] tr[data-actor=damascus_gov] td[data-side="1"] li[data-loaded=true]', { hasText: 'سلطة دمشق' }).count());
      // Stance: the engine's scores; against and favour on mirrored sides in RTL.
      for (const [side, r] of reports.entries()) {
        for (const a of r.actors.filter((x) => x.mentions > 0 || x.evidence.length > 0)) {
          const score = await page.locator(`[data-testid=stance] tr[data-actor=${a.id}] td[data-side="${side}"] .diverging`).getAttribute('data-score');
          assert.equal(Number(score), Number(Math.max(-1, Math.min(1, a.score)).toFixed(3)), `${a.id} in ${side}`);
        }
      }
      const geometry = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=stance] .track')]
          .filter((t) => t.querySelector('.fill'))
          .map((t) => {
            const mid = t.querySelector('.mid').getBoundingClientRect();
            const fill = t.querySelector('.fill').getBoundingClientRect();
            return { against: t.querySelector('.fill').classList.contains('fill-against'), left: fill.left, right: fill.right, mid: mid.left + mid.width / 2 };
          }),
      );
      assert.ok(geometry.length >= 4);
      for (const g of geometry) {
        const onLeft = g.right <= g.mid + 1.5;
        const onRight = g.left >= g.mid - 1.5;
        // LTR: against to the left of the middle; RTL: to the right.
        assert.ok(g.against === (lang === 'en') ? onLeft : onRight, JSON.stringify(g));
      }
      // Sourcing: figures per attribution class are the engine's, and the share left unsourced.
      const f0 = engine[A].figures;
      const share = Math.round((f0.none / (f0.named + f0.vague + f0.anonymous + f0.none)) * 100);
      const shareLabel = lang === 'en' ? 'Figures with no source at all' : 'أرقام بلا أي مصدر';
      assert.equal(await page.locator('.sourcing-panel').nth(0).getByTestId('unsourced-share').textContent(), `${shareLabel}: ${share}%`);
      for (const [side, r] of reports.entries()) {
        const panel = page.locator('.sourcing-panel').nth(side);
        for (const cls of ['named', 'vague', 'anonymous', 'none']) {
          if (r.findings.some((f) => f.kind === 'figure')) assert.equal(Number(await panel.getByTestId(`figures-${cls}`).textContent()), r.figures[cls], `${cls} in ${side}`);
        }
      }
      await page.screenshot({ path: join(SHOTS, `compare-${A}-${B}-${lang}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('presenter: guess first, keyboard in reading order, Arabic and English, projector type', async () => {
    const order = readingOrder(engine[B]);
    const { page, errors } = await open(`presenter.html?article=seed:${B}&lang=en`, { width: 1280, height: 720 });
    const answer = page.getByTestId('answer');
    await page.getByTestId('passage').waitFor();
    await page
      .getByTestId('position')
      .filter({ hasText: new RegExp(`1 of ${order.length}$`) })
      .waitFor();
    assert.ok((await page.getByTestId('passage').textContent()).includes(order[0].text));
    assert.equal(await answer.isVisible(), false, 'explanation hidden before the key press');
    assert.equal(await page.getByText(order[0].explanation.en, { exact: true }).isVisible(), false);
    await page.screenshot({ path: join(SHOTS, `presenter-${B}-en-guess.png`) });
    await page.keyboard.press('Enter');
    assert.equal(await answer.isVisible(), true);
    assert.equal(await page.getByTestId('explanation').textContent(), order[0].explanation.en);
    await page.screenshot({ path: join(SHOTS, `presenter-${B}-en-revealed.png`) });
    const sizes = await page.$$eval('.passage, .why, .keys, .controls button, .count', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    assert.ok(
      sizes.every((s) => s >= 28),
      `font sizes ${sizes}`,
    );
    await page.keyboard.press('ArrowRight');
    // Each key is handled in its own task: wait for its effect rather than reading at once.
    await page
      .getByTestId('position')
      .filter({ hasText: new RegExp(`2 of ${order.length}$`) })
      .waitFor();
    assert.equal(await answer.isVisible(), false, 'the next finding starts hidden');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    assert.equal(await answer.isVisible(), false, 'Esc hides it again');
    // L switches to Arabic: the page turns RTL, the left arrow goes forward.
    await page.keyboard.press('l');
    await page.locator('[data-testid="presenter"][dir="rtl"]').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page
      .getByTestId('position')
      .filter({ hasText: new RegExp(`^ملاحظة 3 من ${order.length}$`) })
      .waitFor();
    assert.equal(await answer.isVisible(), false);
    await page.screenshot({ path: join(SHOTS, `presenter-${B}-ar-guess.png`) });
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('explanation').textContent(), order[2].explanation.ar);
    await page.screenshot({ path: join(SHOTS, `presenter-${B}-ar-revealed.png`) });
    // Visible focus: Tab reaches the controls and each shows a ring.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { tag: document.activeElement.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (ring.tag === 'BUTTON' || ring.tag === 'A') assert.ok(ring.style !== 'none' && ring.width >= 3, JSON.stringify(ring));
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a tab Adasa analysed: beside a demo article, and in the presenter', async () => {
    // The news page comes from the local server (its host mapped to 127.0.0.1), so the
    // browser's offline switch is lifted for this test only.
    await ext.context.setOffline(false);
    const server = await serveSeed('004');
    try {
      const news = await ext.context.newPage();
      const url = `http://www.northpulse.net:${server.port}/news/004.html`;
      await news.goto(url);
      const control = await extensionPage(ext);
      const tabId = await tabIdOf(control, url);
      const { report } = await waitForAnalysis(control, tabId);
      await ext.context.setOffline(true);
      const { page } = await open(`compare.html?a=tab:${tabId}&b=seed:${B}&lang=en`);
      await page.waitForSelector('[data-testid=compare][data-ready=true]');
      const options = await page.$$eval('[data-testid=pick-articleA] option', (os) => os.map((o) => o.value));
      assert.ok(options.includes(`tab:${tabId}`), 'the analysed tab is offered');
      for (const a of report.actors.filter((x) => x.names.length > 0)) {
        const got = await page.locator(`[data-testid=ledger] tr[data-actor=${a.id}] td[data-side="0"] .name-text`).allTextContents();
        assert.deepEqual(got.sort(), a.names.map((n) => n.text).sort(), a.id);
      }
      await page.screenshot({ path: join(SHOTS, `compare-tab-${B}-en.png`) });
      // Without the page's full text, the HTML export lists each finding in its quoted context.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('section.side[data-side="0"] [data-export=html]').click()]);
      const file = join(EXPORTS, download.suggestedFilename());
      await download.saveAs(file);
      assert.equal(download.suggestedFilename(), `adasa-tab-${tabId}-annotated.html`);
      const html = readFileSync(file, 'utf8');
      assert.equal((html.match(/<p class="excerpt">/g) ?? []).length, report.findings.length);
      assert.ok(!html.includes('<article'), 'no full text to show');
      const { page: presenter } = await open(`presenter.html?article=tab:${tabId}&lang=en`, { width: 1280, height: 720 });
      await presenter.getByTestId('passage').waitFor();
      const first = readingOrder(report)[0];
      assert.ok((await presenter.getByTestId('passage').textContent()).includes(first.text));
      assert.equal(await presenter.getByTestId('answer').isVisible(), false);
      await presenter.keyboard.press('Enter');
      assert.equal(await presenter.getByTestId('explanation').textContent(), first.explanation.en);
      await Promise.all([news.close(), control.close(), page.close(), presenter.close()]);
    } finally {
      await ext.context.setOffline(true);
      await server.close();
    }
  });

  test('exports download as the engine reports; nothing left the machine', async () => {
    const { page } = await open(`library.html?article=${B}&lang=en`);
    await page.waitForSelector('[data-testid=article][data-painted]');
    const files = {};
    for (const format of ['html', 'md', 'json']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
      files[format] = join(EXPORTS, download.suggestedFilename());
      await download.saveAs(files[format]);
    }
    const json = JSON.parse(readFileSync(files.json, 'utf8'));
    assert.equal(json.schema, 'adasa.report/1');
    assert.equal(json.text, texts[B]);
    assert.deepEqual(json.counts, engine[B].counts);
    assert.deepEqual(
      json.findings.map((f) => [f.kind, f.start, f.end, f.text, f.prefix, f.suffix]),
      engine[B].findings.map((f) => [f.kind, f.start, f.end, f.text, f.prefix, f.suffix]),
    );
    const md = readFileSync(files.md, 'utf8');
    assert.ok(md.startsWith(`# ${LIBRARY.articles.find((a) => a.id === B).title.en}\n`));
    for (const f of engine[B].findings) assert.ok(md.includes(f.text.replace(/\s+/g, ' ')), f.text);
    assert.match(readFileSync(files.html, 'utf8'), /^<!doctype html>/);
    await page.close();
    assert.ok(net.seen.length > 0, 'requests were recorded');
    assert.deepEqual(net.outside(), [], 'no request left 127.0.0.1 and the extension');
  });
});
