// The reader's side: Arabic interface, keyboard navigation between findings, category switches,
// a page that changes under the extension, the per-site off switch with "analyze this page",
// pages outside the curated list, and the options page's term-list import.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionPage, highlightedRanges, launch, tabIdOf, tabState, waitForAnalysis } from './helpers/chromium.mjs';
import { analyzeTexts } from './helpers/engine.mjs';
import { hoverPainted } from './helpers/highlights.mjs';
import { SEED_HOSTS, seedPage, seeds } from './helpers/news-page.mjs';
import { startServer } from './helpers/server.mjs';

const SHOTS = join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const LIVE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تغطية مباشرة</title></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/x">ميليشيا قسد</a></nav></header>
<main><article><h1>تغطية مباشرة: التطورات في دير الزور</h1>
<div id="feed">
<p id="p1">قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً من أبناء العشائر في ريف دير الزور الشرقي.</p>
<p id="p2">وأكد المرصد السوري لحقوق الإنسان أن مرتزقة داعش قتلوا 5 مدنيين قرب البادية.</p>
<p id="p3">وتستمر الحملة الأمنية في المنطقة منذ يومين وسط انتشار عسكري كثيف في القرى.</p>
</div></article></main><footer>حقوق النشر محفوظة</footer></body></html>`;

// Daily Sabah, 2020: one noun of verdict governs two parties' names.
const JOINED = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تحييد إرهابيين</title></head>
<body><header><nav><a href="/">الرئيسية</a></nav></header>
<main><article><h1>الدفاع التركية: تحييد 3 إرهابيين شمالي سوريا</h1>
<p>أعلنت وزارة الدفاع التركية، الأحد، تحييد ثلاثة عناصر حاولوا التسلل إلى منطقة عملية نبع السلام شمالي سوريا.</p>
<p>وفي 9 أكتوبر 2019، أطلق الجيش التركي بمشاركة الجيش الوطني السوري عملية "نبع السلام" شرق نهر الفرات شمالي سوريا، لتطهيرها من إرهابيي "ي ب ك/ بي كا كا" و"داعش"، وإنشاء منطقة آمنة لعودة السوريين إلى بلادهم.</p>
<p>وتقول الوزارة إن عملياتها في المنطقة مستمرة حتى إزالة التهديدات عن حدودها الجنوبية.</p>
</article></main><footer>حقوق النشر محفوظة</footer></body></html>`;

describe('reading with the extension', () => {
  let server;
  let ext;
  let control;

  before(async () => {
    server = await startServer({ '/live.html': LIVE, '/joined.html': JOINED });
    ext = await launch({ locale: 'ar' });
    control = await extensionPage(ext);
  });
  after(async () => {
    await ext?.close();
    await server?.close();
  });

  const seedUrl = (id) => `http://${SEED_HOSTS[id].host}:${server.port}/seed/${id}.html`;
  /** Opens seed `id` on its news page in a new tab and waits for the extension's analysis. */
  const openSeed = async (id) => {
    const page = await ext.context.newPage();
    const url = seedUrl(id);
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const state = await waitForAnalysis(control, tabId);
    return { page, tabId, state };
  };

  test('Arabic browser: popup and card in Arabic, right to left, letters joined', async () => {
    const { page, tabId, state } = await openSeed('003');
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready]');
    const root = await popup.$eval('main.popup', (m) => ({ dir: m.getAttribute('dir'), lang: m.getAttribute('lang'), text: m.textContent }));
    assert.equal(root.dir, 'rtl');
    assert.equal(root.lang, 'ar');
    assert.ok(root.text.includes('الموقف من كل طرف'), 'Arabic headings');
    // The stance axis mirrors: "against" sits on the right in RTL.
    const ends = await popup.$$eval('.stance .axis', (axes) => {
      const a = axes[0].querySelector('.end-against').getBoundingClientRect();
      const f = axes[0].querySelector('.end-favour').getBoundingClientRect();
      return { against: a.left, favour: f.left };
    });
    assert.ok(ends.against > ends.favour, 'against on the right, favour on the left');
    await popup.screenshot({ path: join(SHOTS, 'popup-ar.png'), fullPage: true });

    const framing = state.report.findings.find((f) => f.kind === 'framing');
    await hoverPainted(page, framing.text);
    await page.waitForSelector('adasa-layer', { state: 'attached' });
    const card = await page.evaluate(() => {
      const el = document.querySelector('adasa-layer').shadowRoot.querySelector('.card');
      return { dir: el.getAttribute('dir'), text: el.textContent };
    });
    assert.equal(card.dir, 'rtl');
    assert.ok(card.text.includes(framing.explanation.ar), 'Arabic explanation');
    await page.screenshot({ path: join(SHOTS, 'card-ar.png') });
    await page.close();
    await popup.close();
  });

  test('a label in reported speech outside quotation marks: the card says the wording is the outlet’s', async () => {
    const { page, state } = await openSeed('004');
    const reported = state.report.findings.find((f) => f.kind === 'framing' && f.paraphrased);
    assert.ok(reported, 'seed 004 reports a label in reported speech');
    await hoverPainted(page, reported.text);
    await page.waitForSelector('adasa-layer', { state: 'attached' });
    const notes = await page.waitForFunction(() => {
      const card = document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card');
      return card ? [...card.querySelectorAll('.note')].map((n) => n.textContent) : null;
    });
    const text = await notes.jsonValue();
    // The note of the paraphrase (locales/ar.json card.paraphrased), and not the quotation's.
    assert.ok(text.includes('كلام منقول بصياغة الوسيلة نفسها: منسوب إلى مصدر، لا مقتبس'), JSON.stringify(text));
    assert.ok(!text.includes('ضمن اقتباس: ليس كلام الوسيلة نفسها'), JSON.stringify(text));
    await page.screenshot({ path: join(SHOTS, 'card-paraphrased-ar.png') });
    await page.close();
  });

  test('a word that hits two parties: the card names both, and both stances weigh it', async () => {
    const page = await ext.context.newPage();
    const url = `http://www.northpulse.net:${server.port}/joined.html`;
    await page.goto(url);
    const state = await waitForAnalysis(control, await tabIdOf(control, url));
    const word = state.report.findings.find((f) => f.kind === 'framing' && f.text === 'إرهابيي');
    assert.deepEqual([word?.actor, word?.also], ['sdf', ['isis']]);
    const isis = state.report.actors.find((a) => a.id === 'isis');
    assert.ok(
      isis.evidence.some((e) => e.findingId === word.id),
      JSON.stringify(isis),
    );
    await hoverPainted(page, word.text);
    const text = await (await page.waitForFunction(() => document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card')?.textContent ?? null)).jsonValue();
    const names = ['sdf', 'isis'].map((id) => state.report.actors.find((a) => a.id === id).name.ar);
    assert.ok(text.includes(`${names[0]} و${names[1]}`), text);
    await page.screenshot({ path: join(SHOTS, 'card-also-ar.png') });
    await page.close();
  });

  test('keyboard: the next-finding command opens the card with focus; next moves on; Esc closes', async () => {
    const { page, tabId, state } = await openSeed('001');
    await page.bringToFront();
    const step = (direction) => control.evaluate(([id, d]) => chrome.tabs.sendMessage(id, { type: 'bg:step', direction: d }), [tabId, direction]);
    const reply = await step(1);
    assert.equal(reply.ok, true);
    await page.waitForSelector('adasa-layer', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('adasa-layer').shadowRoot.activeElement?.classList.contains('card'), null, { timeout: 3000 }).catch(() => {});
    const first = await page.evaluate(() => {
      const root = document.querySelector('adasa-layer').shadowRoot;
      return { focused: root.activeElement?.classList.contains('card'), pos: root.querySelector('.pos').textContent };
    });
    assert.ok(first.focused, 'focus is in the card');
    assert.match(first.pos, new RegExp(`^1 من ${state.findings.length}$`));
    await page.keyboard.press('Tab');
    await page.evaluate(() => {
      const root = document.querySelector('adasa-layer').shadowRoot;
      [...root.querySelectorAll('.card-nav button')].at(-1).click();
    });
    // The card's details come from the background: wait for the next card to arrive.
    await page.waitForFunction(() => /^2 من /.test(document.querySelector('adasa-layer').shadowRoot.querySelector('.pos').textContent), null, { timeout: 3000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('adasa-layer', { state: 'detached' });
    await page.close();
  });

  test('category switches remove and restore a kind on the page', async () => {
    const { page, tabId } = await openSeed('004');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready]');
    const names = () => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('adasa-')));
    assert.ok((await names()).includes('adasa-framing'));
    await popup.click('details.display summary');
    await popup.click('[data-testid="toggle-framing"]');
    await page.waitForFunction(() => !CSS.highlights.has('adasa-framing'));
    assert.ok((await names()).includes('adasa-obfuscation'), 'other kinds stay');
    await popup.click('[data-testid="toggle-highlights"]');
    await page.waitForFunction(
      () => ![...CSS.highlights.keys()].some((n) => n.startsWith('adasa-') && n !== 'adasa-focus' && n !== 'adasa-flash' && CSS.highlights.get(n).size > 0),
    );
    await popup.click('[data-testid="toggle-highlights"]');
    await popup.click('[data-testid="toggle-framing"]');
    await page.waitForFunction(() => CSS.highlights.has('adasa-framing'));
    await popup.close();
    await page.close();
  });

  test('a live page: an added post is analysed and painted, an edited block again, removed text loses its highlights', async () => {
    const page = await ext.context.newPage();
    const url = `http://www.northpulse.net:${server.port}/live.html`;
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const first = await waitForAnalysis(control, tabId);
    const texts = async () => (await highlightedRanges(page)).map((r) => r.text);
    assert.ok((await texts()).some((t) => t.includes('ميليشيا')));

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p4';
      p.textContent = 'وبحسب ناشطين فإن سلطة دمشق أرسلت تعزيزات إلى المنطقة.';
      document.getElementById('feed').append(p);
    });
    await page.waitForFunction(() => [...(CSS.highlights.get('adasa-framing') ?? [])].some((r) => r.toString().includes('سلطة دمشق')), null, { timeout: 5000 });

    await page.evaluate(() => {
      document.getElementById('p1').textContent = 'قالت قوات سوريا الديمقراطية إنها أوقفت 12 شخصاً.';
    });
    await page.waitForFunction(() => ![...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'ميليشيا')), null, { timeout: 5000 });

    await page.evaluate(() => document.getElementById('p2').remove());
    await page.waitForFunction(() => ![...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString().includes('مرتزقة'))), null, { timeout: 5000 });

    // The background follows: the popup's list has the new finding and not the removed ones.
    await new Promise((r) => setTimeout(r, 300));
    const state = await tabState(control, tabId);
    const listed = state.findings.map((k) => k.finding.text);
    assert.ok(listed.some((t) => t.includes('سلطة دمشق')));
    assert.ok(!listed.some((t) => t.includes('مرتزقة')));
    assert.ok(!listed.includes('ميليشيا'));
    assert.notDeepEqual(
      listed,
      first.findings.map((k) => k.finding.text),
    );
    // Highlights and list agree.
    assert.deepEqual((await texts()).sort(), listed.sort());
    await page.close();
  });

  test('a single-page site changes the address: the analysis starts over on the new article', async () => {
    const page = await ext.context.newPage();
    const url = `http://www.northpulse.net:${server.port}/live.html`;
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const before = await waitForAnalysis(control, tabId);
    await page.evaluate(() => {
      history.pushState({}, '', '/live.html?story=2');
      document.querySelector('article').innerHTML = '<h1>قصة ثانية</h1><p>أعلنت الحكومة السورية أن ميليشيات الحشد عبرت الحدود، بحسب ناشطين في البوكمال.</p>';
    });
    // WXT's location watcher fires `wxt:locationchange`; the content script starts a new page.
    const end = Date.now() + 8000;
    let state = before;
    while (Date.now() < end) {
      state = await tabState(control, tabId);
      if (state.status === 'ready' && state.url.endsWith('?story=2') && state.timings) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(state.url.endsWith('?story=2'), 'the background knows the new address');
    const texts = state.findings.map((k) => k.finding.text);
    assert.ok(
      texts.some((t) => t.includes('ميليشيات')),
      'the new article is analysed',
    );
    assert.ok(!texts.some((t) => t.includes('مرتزقة')), 'the old article is gone');
    assert.deepEqual((await highlightedRanges(page)).map((r) => r.text).sort(), [...texts].sort());
    await page.close();
  });

  test('per-site off switch, then "analyze this page"; a site outside the list waits to be asked', async () => {
    const { page, tabId } = await openSeed('002');
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('body[data-ready]');
    await popup.click('[data-testid="site-on"]');
    await page.reload();
    await new Promise((r) => setTimeout(r, 800));
    assert.equal((await highlightedRanges(page)).length, 0, 'switched off: nothing painted');
    await popup.reload();
    await popup.waitForSelector('[data-testid="analyze"]');
    await popup.click('[data-testid="analyze"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('adasa-')), null, { timeout: 5000 });
    assert.ok((await highlightedRanges(page)).length > 0, 'analysed on request');
    await popup.click('[data-testid="site-on"]');
    await popup.close();
    await page.close();

    // Outside the curated list the content script is not there until the reader asks.
    const other = await ext.context.newPage();
    await other.goto(`http://127.0.0.1:${server.port}/seed/000.html`);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await other.evaluate(() => [...CSS.highlights.keys()]), []);
    await other.close();
  });

  test('options: a broken term list is refused with path and reason, the previous list kept', async () => {
    const options = await extensionPage(ext, 'options.html');
    await options.waitForSelector('body[data-ready]');
    const dir = mkdtempSync(join(tmpdir(), 'adasa-terms-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      good,
      JSON.stringify({
        labels: [
          {
            id: 'custom.shabbiha',
            forms: ['شبيحة'],
            category: 'delegitimizing',
            direction: 'against',
            weight: 1,
            severity: 'medium',
            explanation: { ar: 'وصف يحمل حكماً', en: 'A verdict, not a description' },
          },
        ],
      }),
    );
    writeFileSync(bad, JSON.stringify({ labels: [{ id: 'Not An Id', forms: [] }] }));
    await options.setInputFiles('[data-testid="import"]', good);
    await options.waitForSelector('[data-testid="import-message"].ok');
    assert.match(await options.textContent('[data-testid="custom-status"]'), /good\.json/);
    await options.setInputFiles('[data-testid="import"]', bad);
    await options.waitForSelector('[data-testid="import-errors"]');
    const errors = await options.$$eval('[data-testid="import-errors"] li', (lis) => lis.map((l) => l.textContent));
    assert.ok(
      errors.some((e) => e.includes('labels')),
      `paths shown: ${errors.join(' | ')}`,
    );
    assert.match(await options.textContent('[data-testid="custom-status"]'), /good\.json/, 'the previous list is kept');
    await options.screenshot({ path: join(SHOTS, 'options-ar.png'), fullPage: true });
    await options.click('[data-testid="reset"]');
    await options.waitForFunction(() => !document.querySelector('[data-testid="custom-status"]').textContent.includes('good.json'));
    await options.close();
  });

  test('teacher: an open tab is saved whole into the own library, and reads as the tab did', async () => {
    const seed = seeds().find((x) => x.id === '001');
    const built = seedPage(seed);
    const expected = analyzeTexts({ s: built.expected }, { date: built.date }).s;
    const { page, tabId } = await openSeed('001');
    const title = await page.title();

    const library = await extensionPage(ext, 'library.html?article=003&lang=en');
    await library.waitForSelector('[data-testid=article][data-painted]');
    await library.getByTestId('own-add').click();
    await library.waitForSelector(`[data-testid=own-tab] option[value="${tabId}"]`, { state: 'attached' });
    await library.getByTestId('own-tab').selectOption(String(tabId));
    await library.getByTestId('own-from-tab').click();
    await library.waitForFunction(() => document.querySelector('[data-testid=own-text]').value.length > 0);
    const text = await library.getByTestId('own-text').inputValue();
    // The whole article as read, not excerpts: its findings are the tab's, finding for finding.
    assert.deepEqual(
      analyzeTexts({ t: text }).t.findings.map((f) => f.text),
      expected.findings.map((f) => f.text),
    );
    assert.equal(await library.getByTestId('own-title').inputValue(), title);
    assert.equal(await library.getByTestId('own-outlet').inputValue(), SEED_HOSTS['001'].host.replace(/^www\./, ''));
    await library.getByTestId('own-save').click();
    await library.waitForFunction(() => new URL(location.href).searchParams.get('article')?.startsWith('own:'));
    await library.waitForSelector('.reader[data-article^="own:"] [data-testid=article][data-painted]');
    for (const k of Object.keys(expected.counts)) assert.equal(Number(await library.getByTestId(`count-${k}`).textContent()), expected.counts[k], `count of ${k}`);
    await library.screenshot({ path: join(SHOTS, 'library-own-from-tab-en.png') });
    await library.close();
    await page.close();
  });
});
