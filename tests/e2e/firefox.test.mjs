// Firefox ESR smoke test: the Firefox build (MV2) installed as a temporary add-on over WebDriver
// BiDi (puppeteer-core, no geckodriver), a seed article served from a curated outlet's host:
// the article is highlighted as the engine reports, the card opens, the DOM is unchanged.
// Runs after `wxt build -b firefox`, which this file does itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { analyzeTexts } from './helpers/engine.mjs';
import { SEED_HOSTS, seedPage, seeds } from './helpers/news-page.mjs';
import { startServer } from './helpers/server.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const FIREFOX = '/usr/bin/firefox-esr';
const DIR = join(ROOT, '.output', 'firefox-mv2');

describe('Firefox ESR', { skip: !existsSync(FIREFOX) && 'firefox-esr is not installed' }, () => {
  let server;
  let browser;

  before(async () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
    server = await startServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
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

  test('seed 004: highlights equal the engine report; card on hover; DOM unchanged', async () => {
    const seed = seeds().find((s) => s.id === '004');
    const built = seedPage(seed);
    const expected = analyzeTexts({ s: built.expected }).s;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${SEED_HOSTS['004'].host}:${server.port}/seed/004.html`);
    await page.waitForFunction(
      (n) => [...CSS.highlights.entries()].filter(([k]) => k.startsWith('adasa-') && k !== 'adasa-focus' && k !== 'adasa-flash').reduce((s, [, h]) => s + h.size, 0) >= n,
      { timeout: 20000 },
      expected.findings.length,
    );
    const painted = await page.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('adasa-') && name !== 'adasa-focus' && name !== 'adasa-flash') for (const r of h) out.push(r.toString());
      return out.sort();
    });
    assert.deepEqual(painted, expected.findings.map((f) => f.text).sort());

    const reference = await browser.newPage();
    await reference.goto(`http://127.0.0.1:${server.port}/seed/004.html`);
    const [a, b] = await Promise.all([page.content(), reference.content()]);
    assert.equal(a, b, 'DOM identical with and without the extension');

    const target = expected.findings.find((f) => f.kind === 'framing');
    const box = await page.evaluate((text) => {
      for (const [, h] of CSS.highlights) {
        for (const r of h) {
          if (r.toString() !== text) continue;
          r.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const rect = r.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, target.text);
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('adasa-layer', { timeout: 5000 });
    const text = await page.evaluate(() => document.querySelector('adasa-layer').shadowRoot.querySelector('.card')?.textContent ?? '');
    assert.ok(text.includes(target.text), 'the card quotes the finding');
    assert.deepEqual(errors, []);
    await reference.close();
    await page.close();
  });
});
