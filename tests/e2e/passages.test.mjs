// An article Adasa must see through: text in an open shadow root, slotted into it, and in a
// `srcdoc` frame is read, painted (each document with its own registry and sheet, the shadow
// root with the sheet adopted) and kept up to date; a closed shadow root stays out of reach;
// the card opens on hover in the shadow root and in the frame; the DOM stays as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, launch, tabIdOf, waitForAnalysis } from './helpers/chromium.mjs';
import { SEED_HOSTS } from './helpers/news-page.mjs';
import { addPosts, boxOf, IN_CLOSED, IN_FRAME, IN_SHADOW, paintedEverywhere, PASSAGES_HTML, probe, SLOTTED } from './helpers/passages.mjs';
import { startServer } from './helpers/server.mjs';

const SHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

describe('shadow roots and frames', () => {
  let server;
  let ext;
  let control;

  before(async () => {
    server = await startServer({ '/passages.html': PASSAGES_HTML });
    ext = await launch();
    control = await extensionPage(ext, 'options.html');
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  const url = () => `http://${SEED_HOSTS['003'].host}:${server.port}/passages.html`;
  const has = (list, word) => list.some((t) => t.includes(word));

  test('text in an open shadow root, a slot and a srcdoc frame is painted; a closed root is not; the DOM is unchanged', async () => {
    const page = await ext.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url());
    const tabId = await tabIdOf(control, url());
    const state = await waitForAnalysis(control, tabId);
    const found = state.findings.map((f) => f.finding.text);
    assert.ok(has(found, IN_SHADOW) && has(found, SLOTTED) && has(found, IN_FRAME), found.join(' | '));
    assert.ok(!has(found, IN_CLOSED), 'a closed shadow root is out of reach');

    await page.waitForFunction(paintedEverywhere, [IN_SHADOW, SLOTTED, IN_FRAME], { timeout: 30000 });
    const seen = await page.evaluate(probe);
    assert.ok(has(seen.top, IN_SHADOW) && has(seen.top, SLOTTED), seen.top.join(' | '));
    assert.ok(has(seen.frame, IN_FRAME), `the frame paints its own ranges: ${seen.frame.join(' | ')}`);
    assert.ok(!has(seen.frame, IN_SHADOW) && !has(seen.top, IN_FRAME), 'each range in its own document');
    assert.ok(seen.shadowSheet, 'the shadow root adopted the highlight sheet');
    assert.ok(seen.frameSheet, 'the frame adopted the highlight sheet');
    await page.screenshot({ path: join(SHOTS, 'passages-chromium.png'), fullPage: true });

    // Byte-identical markup, inside the shadow root and the frame too.
    const reference = await ext.context.newPage();
    await reference.goto(`http://127.0.0.1:${server.port}/passages.html`);
    await reference.waitForFunction(() => document.querySelector('iframe').contentDocument?.body?.childElementCount > 0);
    const bare = await reference.evaluate(probe);
    assert.equal(await page.content(), await reference.content());
    assert.equal(seen.shadowHtml, bare.shadowHtml);
    assert.equal(seen.frameHtml, bare.frameHtml);
    await reference.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('text added inside the shadow root and the frame is analysed and painted', async () => {
    const page = await ext.context.newPage();
    await page.goto(url());
    await page.waitForFunction(paintedEverywhere, [IN_SHADOW, IN_FRAME], { timeout: 30000 });
    await page.evaluate(addPosts);
    await page.waitForFunction(paintedEverywhere, ['عصابات', 'ميليشيات'], { timeout: 30000 });
    const seen = await page.evaluate(probe);
    assert.ok(has(seen.top, 'عصابات'), seen.top.join(' | '));
    assert.ok(has(seen.frame, 'ميليشيات'), seen.frame.join(' | '));
    await page.close();
  });

  test('the card opens on hover inside the shadow root and inside the frame', async () => {
    const page = await ext.context.newPage();
    await page.goto(url());
    await page.waitForFunction(paintedEverywhere, [IN_SHADOW, IN_FRAME], { timeout: 30000 });
    for (const word of [IN_SHADOW, IN_FRAME]) {
      const text = await page.evaluate(
        ({ w }) => {
          const all = [];
          const frame = document.querySelector('iframe');
          for (const reg of [CSS.highlights, frame.contentWindow.CSS.highlights])
            for (const [name, h] of reg) if (name === 'adasa-framing') for (const r of h) all.push(r.toString());
          return all.find((t) => t.includes(w));
        },
        { w: word },
      );
      const box = await page.evaluate(boxOf, text);
      assert.ok(box, `a box for ${text}`);
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x, box.y);
      await page.waitForFunction((t) => document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card')?.textContent.includes(t), text, { timeout: 5000 });
      if (word === IN_FRAME) await page.screenshot({ path: join(SHOTS, 'passages-card-frame-chromium.png') });
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});
