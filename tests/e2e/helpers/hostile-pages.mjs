// The hostile pages both browsers must survive, and what is checked on each: no page exception,
// the DOM byte-identical to the same page (after the same actions) without the extension, no
// request leaving the machine, and the highlights equal to a fresh load of the page's final
// markup. The suites in Chromium (playwright-core) and Firefox ESR (puppeteer over WebDriver
// BiDi) drive the same pages through the small `driver` below, so both run one matrix.
import assert from 'node:assert/strict';
import { seeds } from './news-page.mjs';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const P1 = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً من أبناء العشائر في ريف دير الزور الشرقي يوم الأحد.';
const P2 = 'وأكد المرصد السوري لحقوق الإنسان أن مرتزقة داعش قتلوا 5 مدنيين قرب البادية في هجوم جديد.';
const P3 = 'وذكرت صفحات محلية أن سلطة دمشق أرسلت تعزيزات إلى ريف الرقة الجنوبي خلال الأسبوع الماضي.';

const page = (title, body, head = '') =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body><header><nav><a href="/">الرئيسية</a></nav></header>\n<main><article><h1>${title}</h1>\n${body}\n</article></main><footer>جميع الحقوق محفوظة</footer></body></html>`;

/** About `bytes` of article text made of the seeds' paragraphs. */
function bigBody(bytes) {
  const paras = [];
  for (const s of seeds()) for (const line of s.lines) if (line.trim().length > 80) paras.push(`<p>${escape(line.trim())}</p>`);
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += Buffer.byteLength(p);
  }
  return out.join('\n');
}

/**
 * Long enough that only a call that never answers fails, on the busiest machine: how fast the
 * popup's state call is lives in `npm run bench:page`, which prints it.
 */
export const HANG_MS = 20000;

/**
 * The pages. `act(driver)` is what the reader or the page does after loading (run the same on
 * the reference page); `check(driver)` what must then hold with the extension; `waitDone` is a
 * page function that is true once the page stopped changing by itself; `headers` are extra
 * response headers.
 */
export const HOSTILE_PAGES = [
  {
    name: 'contenteditable',
    html: page('تحرير مباشر', `<div class="story" contenteditable="true"><p>${P1}</p><p id="last">${P2}</p></div>`),
    act: async (d) => {
      await d.evaluate(() => {
        const p = document.getElementById('last');
        p.focus?.();
        const range = document.createRange();
        range.selectNodeContents(p);
        range.collapse(false);
        const sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      });
      await d.type(' وقالت صفحات إن المرتزقة انسحبوا.');
    },
    typed: ' وقالت صفحات إن المرتزقة انسحبوا.',
  },
  {
    name: 'ticker',
    html: page(
      'شريط الأخبار',
      `<p>${P1}</p><p id="ticker">…</p>`,
      `<script>
        const lines = [${JSON.stringify(P2)}, ${JSON.stringify(P3)}, 'وقال ناشطون إن الاحتلال الأمريكي سيّر دورية قرب الشدادي.'];
        let i = 0;
        const timer = setInterval(() => {
          document.getElementById('ticker').textContent = lines[i % lines.length];
          if (++i === 40) { clearInterval(timer); document.body.dataset.done = '1'; }
        }, 50);
      </script>`,
    ),
    waitDone: () => document.body.dataset.done === '1',
  },
  {
    name: 'infinite-scroll',
    html: page(
      'تغطية مستمرة',
      `<div class="posts"><p>${P1}</p><p>${'تتواصل التغطية المستمرة لتطورات المنطقة. '.repeat(300)}</p></div>`,
      `<script>
        const more = [${JSON.stringify(P2)}, ${JSON.stringify(P3)}, 'وقال مراسلون إن ميليشيات إيران انسحبت من البوكمال.'];
        let loaded = 0;
        addEventListener('scroll', () => {
          if (loaded >= more.length || innerHeight + scrollY < document.body.scrollHeight - 50) return;
          const p = document.createElement('p');
          p.textContent = more[loaded++];
          document.querySelector('.posts').append(p);
          document.body.dataset.loaded = String(loaded);
        });
      </script>`,
    ),
    act: async (d) => {
      for (let i = 1; i <= 3; i++) {
        await d.evaluate(() => scrollTo(0, document.body.scrollHeight));
        await d.until((n) => Number(document.body.dataset.loaded ?? 0) >= n, i);
      }
    },
  },
  {
    name: 'globals-and-sheets',
    html: page(
      'صفحة معادية',
      `<p>${P1}</p><p>${P2}</p>`,
      `<script>
        Array.prototype.map = function () { throw new Error('page map'); };
        window.MutationObserver = function () { throw new Error('page observer'); };
        window.Range = function () { throw new Error('page range'); };
        window.CSS.highlights.set = function () { throw new Error('page highlights'); };
      </script>`,
    ),
    act: async (d) => {
      await d.evaluate((text) => {
        document.adoptedStyleSheets = [];
        CSS.highlights.clear();
        const p = document.createElement('p');
        p.textContent = text;
        document.querySelector('article').append(p);
      }, P3);
    },
    // With the extension only: its sheet is back, and the added paragraph is painted.
    check: async (d) => {
      await d.until(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.indexOf('adasa-framing') >= 0)));
      await d.until(() => [...(CSS.highlights.get('adasa-framing') ?? [])].some((r) => r.toString() === 'سلطة دمشق'));
    },
  },
  {
    name: 'strict-csp',
    html: page('سياسة صارمة', `<p>${P1}</p><p>${P2}</p>`),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; connect-src 'none'" },
    hover: true,
  },
  {
    name: 'text-like-html',
    hover: true,
    html: page(
      'نص يشبه الوسوم',
      `<p>${escape('<img src=x onerror="document.body.dataset.pwned=1"> ')}${P1}</p><p>${escape('<script>document.body.dataset.pwned=1</script> «')}ميليشيا قسد${escape('»<b>')} ${P2}</p>`,
    ),
  },
  {
    name: 'five-megabytes',
    html: page('أرشيف طويل', bigBody(5_000_000)),
    big: true,
  },
];

/**
 * Waits for a page function to be true by asking it again and again (a page that replaces
 * `MutationObserver` breaks the drivers' own waiting, which leans on it).
 */
export async function pollUntil(evaluate, fn, arg, timeout = 20000) {
  const end = Date.now() + timeout;
  while (!(await evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.name || 'a page condition'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs in the page: what Adasa painted, as sorted `name text` strings (no Array.prototype.map: pages break it). */
export function paintedInPage() {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (name.indexOf('adasa-') !== 0 || name === 'adasa-focus' || name === 'adasa-flash') continue;
    for (const r of h) if (r.startContainer.isConnected) out.push(`${name} ${r.toString()}`);
  }
  out.sort();
  return out;
}

/**
 * Waits until the painted list stops changing (the same for `quietMs`) and holds at least
 * `min` ranges; returns it.
 */
export async function settledPaint(d, { min = 1, quietMs = 1200, timeout = 60000 } = {}) {
  const end = Date.now() + timeout;
  let last = null;
  let since = Date.now();
  for (;;) {
    const now = await d.evaluate(paintedInPage);
    const key = JSON.stringify(now);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (now.length >= min && Date.now() - since >= quietMs) return now;
    if (Date.now() > end) throw new Error(`painting did not settle: ${now.length} ranges`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Runs in the page: the markup as it stands, scripts removed (a fresh load must not run them again). */
export function finalMarkup() {
  const clone = document.documentElement.cloneNode(true);
  for (const s of clone.querySelectorAll('script')) s.remove();
  return `<!doctype html>${clone.outerHTML}`;
}

/** Whether a URL stays on this machine (the test server, or the browser's and extension's own). */
export function onMachine(url, port) {
  if (/^(?:data|blob|about|chrome|chrome-extension|moz-extension|resource):/.test(url)) return true;
  const u = new URL(url);
  return u.port === String(port);
}

/** Runs in the page: the centre of the first painted framing range, in viewport coordinates. */
export function firstFramingBox() {
  for (const r of CSS.highlights.get('adasa-framing') ?? []) {
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString() };
  }
  return null;
}

/** Runs in the page: the open card's box and text, or null. */
export function openCard() {
  const card = document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return { width: r.width, height: r.height, text: card.textContent, position: getComputedStyle(card).position };
}

/** The small driver the pages' actions go through: a page with `until`, which waits by polling. */
export function driver(page) {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (text) => page.keyboard.type(text),
    until: (fn, arg, timeout) => pollUntil((f, a) => page.evaluate(f, a), fn, arg, timeout),
  };
}

/**
 * The checks every browser makes on one hostile page, opened in `page` from `host`: the page's
 * own actions, the card where asked, the DOM against the same page without the extension (on
 * 127.0.0.1, where it does not run), and the highlights against a fresh load of the final markup.
 * `newPage()` opens a tab; `ready(page, url)` waits until the extension analysed a page; `shot`
 * is where the card's screenshot goes. Playwright and puppeteer pages both fit. Returns the
 * painted list.
 */
export async function exerciseHostilePage(p, page, { server, host, newPage, ready, shot }) {
  const d = driver(page);
  await ready(page, page.url());
  if (p.waitDone) await d.until(p.waitDone);
  if (p.act) await p.act(d);
  if (p.check) await p.check(d);
  const painted = await settledPaint(d, { timeout: 120000 });
  assert.ok(painted.length >= 2, painted.join(' | '));
  // The card opens, styled, whatever the page's policy and whatever its text looks like.
  if (p.hover) {
    const box = await page.evaluate(firstFramingBox);
    await page.mouse.move(box.x, box.y);
    await d.until(() => !!document.querySelector('adasa-layer')?.shadowRoot?.querySelector('.card'));
    const card = await page.evaluate(openCard);
    assert.ok(card.width > 200 && card.height > 80 && card.position === 'fixed', JSON.stringify(card));
    assert.ok(card.text.includes(box.text));
    await page.screenshot({ path: shot });
    await page.keyboard.press('Escape');
    await d.until(() => !document.querySelector('adasa-layer'));
  }

  const reference = await newPage();
  await reference.goto(`http://127.0.0.1:${server.port}/hostile/${p.name}.html`);
  const r = driver(reference);
  if (p.waitDone) await r.until(p.waitDone);
  if (p.act) await p.act(r);
  assert.equal(await page.content(), await reference.content(), 'DOM identical with and without the extension');
  await reference.close();
  if (p.typed) assert.ok((await page.evaluate(() => document.getElementById('last').textContent)).endsWith(p.typed.trim()), 'typing went where the reader typed');
  if (p.name === 'text-like-html') assert.equal(await page.evaluate(() => document.body.dataset.pwned), undefined);

  server.set(`/final/${p.name}.html`, await page.evaluate(finalMarkup));
  const fresh = await newPage();
  const freshUrl = `http://${host}:${server.port}/final/${p.name}.html`;
  await fresh.goto(freshUrl);
  await ready(fresh, freshUrl);
  assert.deepEqual(painted, await settledPaint(driver(fresh), { timeout: 120000 }), 'highlights equal a fresh analysis of the final page');
  await fresh.close();
  return painted;
}
