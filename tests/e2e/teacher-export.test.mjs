// The annotated HTML export, downloaded from the demo library with the extension, then opened
// as a file in a plain Chromium WITHOUT the extension and the network off: the same findings
// marked with the palette's line styles, the same explanations in footnotes and hover titles,
// Arabic words still joined, no request anywhere; printed to PDF and turned into PNGs (colour
// and grey) for the screenshots folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './helpers/chromium.mjs';
import { EXPORTS, LIBRARY, SHOTS, engineReports, pdfPages, pdfToPngs, readingOrder, watchRequests } from './helpers/teacher.mjs';

const [, B] = LIBRARY.showcase;
const STYLE = (f) => (f.kind === 'source' ? (f.attribution === 'named' ? 'source-named' : 'source-vague') : f.kind);

describe('annotated HTML export in a plain browser', () => {
  let file;
  let plain;
  let net;
  const engine = engineReports();
  const order = readingOrder(engine[B]);

  before(async () => {
    const ext = await launch({ locale: 'ar' });
    try {
      await ext.context.setOffline(true);
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/library.html?article=${B}&lang=ar`);
      await page.waitForSelector('[data-testid=article][data-painted]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=html]').click()]);
      file = join(EXPORTS, `ar-${download.suggestedFilename()}`);
      await download.saveAs(file);
    } finally {
      await ext.close();
    }
    plain = await launch({ withExtension: false, locale: 'ar' });
    net = watchRequests(plain.context);
    await plain.context.setOffline(true);
  });
  after(async () => {
    await plain?.close();
  });

  test('the same findings, styles and explanations as the extension shows', async () => {
    const page = await plain.context.newPage();
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const spans = await page.$$eval('article.text span.f', (els) =>
      els.map((e) => ({
        n: e.dataset.n,
        kind: e.dataset.kind,
        cls: e.className,
        title: e.title,
        deco: getComputedStyle(e).textDecorationStyle,
        line: getComputedStyle(e).textDecorationLine,
      })),
    );
    assert.equal(new Set(spans.map((s) => s.n)).size, order.length, 'every finding marked');
    for (const [i, f] of order.entries()) {
      const mine = spans.filter((s) => s.n === String(i + 1));
      assert.ok(mine.length > 0, `finding ${i + 1}`);
      assert.ok(mine[0].cls.includes(`s-${STYLE(f)}`), `${f.id} styled ${STYLE(f)}`);
      assert.ok(mine[0].title.endsWith(f.explanation.ar), 'hover title carries the explanation');
      const why = await page.locator(`#fn-${i + 1} .why`).textContent();
      assert.equal(why, f.explanation.ar, `footnote ${i + 1}`);
      assert.equal(await page.locator(`#fn-${i + 1} .quote`).textContent(), f.text);
    }
    const framing = spans.find((s) => s.kind === 'framing');
    assert.deepEqual([framing.line, framing.deco], ['underline', 'wavy']);
    await page.screenshot({ path: join(SHOTS, `export-${B}-ar.png`) });
    // Follow a marker to its footnote and back.
    await page.locator('#ref-1').click();
    assert.ok(page.url().endsWith('#fn-1'));
    await page.screenshot({ path: join(SHOTS, `export-${B}-ar-footnote.png`) });
    await page.close();
  });

  test('Arabic letters stay joined around every marked word', async () => {
    const page = await plain.context.newPage();
    await page.goto(pathToFileURL(file).href);
    // Each marked span's width must equal the width of the same characters in an unmarked
    // copy of the paragraph: a broken join changes the letters' forms and so their width.
    const diffs = await page.evaluate(() => {
      const out = [];
      const article = document.querySelector('article.text');
      for (const p of article.children) {
        const copy = p.cloneNode(true);
        for (const s of copy.querySelectorAll('sup.ref')) s.remove();
        const plainP = p.cloneNode(false);
        plainP.textContent = copy.textContent;
        plainP.style.cssText = `position:absolute;visibility:hidden;inline-size:${p.getBoundingClientRect().width * 4}px`;
        article.append(plainP);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t.parentElement.closest('sup.ref')) continue;
          const span = t.parentElement.closest('span.f');
          if (span && t === [...span.childNodes].find((c) => c.nodeType === 3)) {
            const r1 = document.createRange();
            r1.selectNodeContents(t);
            const rects = r1.getClientRects();
            if (rects.length === 1) {
              const r2 = document.createRange();
              r2.setStart(plainP.firstChild, offset);
              r2.setEnd(plainP.firstChild, offset + t.data.length);
              out.push({ text: t.data, d: Math.abs(rects[0].width - r2.getBoundingClientRect().width) });
            }
          }
          offset += t.data.length;
        }
        plainP.remove();
      }
      return out;
    });
    assert.ok(diffs.length >= order.length / 2, `${diffs.length} words measured`);
    const broken = diffs.filter((x) => x.d > 0.75);
    assert.deepEqual(broken, [], 'marked words render exactly as unmarked ones');
    await page.close();
  });

  test('prints to PDF with its print sheet; PNGs in colour and in grey', async () => {
    const page = await plain.context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$eval('article.text span.s-framing', (e) => ({
      colour: getComputedStyle(e).textDecorationColor,
      thick: getComputedStyle(e).textDecorationThickness,
    }));
    assert.deepEqual(printed, { colour: 'rgb(166, 58, 0)', thick: '3px' }, 'high-contrast ink and thicker line in print');
    const pdf = join(EXPORTS, `adasa-${B}-annotated.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    assert.ok(statSync(pdf).size > 20_000);
    const pages = pdfPages(pdf);
    assert.ok(pages >= 2, `${pages} pages`);
    const colour = pdfToPngs(pdf, `export-${B}-print`);
    const grey = pdfToPngs(pdf, `export-${B}-print-grey`, { gray: true });
    assert.equal(colour.length, pages);
    assert.equal(grey.length, pages);
    await page.close();
  });

  test('the file asked for nothing: no request but the file itself', () => {
    assert.ok(net.seen.length > 0);
    assert.deepEqual(
      net.seen.filter((u) => !u.startsWith('file://')),
      [],
    );
    assert.deepEqual(net.outside(), []);
  });
});
