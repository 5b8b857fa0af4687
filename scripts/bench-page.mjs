// `npm run bench:page`: the content script in a real page (Debian's Chromium, headless), on the
// largest seed article and on a 1 MB synthetic live blog. For each page:
//   - the extension: time from the content script's start to highlights painted, its total
//     main-thread time, its longest task (its own meter), and every long task (≥ 50 ms) the
//     page saw after the content script started (PerformanceObserver);
//   - the same ranges painted two ways in a page without the extension: CSS Custom Highlight
//     API (what the extension does) against wrapping each range in <mark> elements (what
//     highlighters that touch the DOM do), each timed as script time plus time to the next frame.
// Prints a table; numbers depend on the machine.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { extensionPage, launch, tabIdOf, waitForAnalysis } from '../tests/e2e/helpers/chromium.mjs';
import { SEED_HOSTS, seedPage, seeds } from '../tests/e2e/helpers/news-page.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 1_000_000;

/** A live blog of about 1 MB of article text: timestamped posts made of the seeds' paragraphs. */
function liveBlog() {
  const paragraphs = seeds().flatMap((s) => s.lines.map((l) => l.trim()).filter((l) => l.length > 40 && !/^التعليقات/.test(l)));
  const posts = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const body = [0, 1, 2].map((k) => paragraphs[(i * 3 + k) % paragraphs.length]);
    size += body.reduce((n, p) => n + p.length, 0);
    const hh = String(23 - (Math.floor(i / 60) % 24)).padStart(2, '0');
    const mm = String(59 - (i % 60)).padStart(2, '0');
    posts.push(
      `<article class="live-post"><time>${hh}:${mm}</time><h2>تحديث ${i + 1}</h2>${body.map((p) => `<p>${p}</p>`).join('')}<div class="share"><a href="#">شارك</a></div></article>`,
    );
  }
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تغطية مباشرة: شمال وشرق سوريا</title>
<style>body{font:17px/1.8 "Noto Naskh Arabic",serif;max-width:900px;margin:auto}.live-post{border-bottom:1px solid #ddd;padding:8px 0}</style></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/live">مباشر</a></nav></header>
<main><h1>تغطية مباشرة: التطورات في شمال وشرق سوريا</h1><div class="live-feed">${posts.join('\n')}</div></main>
<footer>جميع الحقوق محفوظة</footer></body></html>`;
}

/** In the extension's page: every painted range as a path from <body> (child indexes) and offsets. */
function rangePaths() {
  const path = (node) => {
    const out = [];
    for (let n = node; n !== document.body; n = n.parentNode) out.unshift([...n.parentNode.childNodes].indexOf(n));
    return out;
  };
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('adasa-') || name === 'adasa-focus' || name === 'adasa-flash') continue;
    for (const r of h) out.push({ name, s: path(r.startContainer), so: r.startOffset, e: path(r.endContainer), eo: r.endOffset });
  }
  return out;
}

/** In a page without the extension: paint the ranges one way, timed (script, then next frame). */
async function paintInPage({ paths, method }) {
  const nodeAt = (p) => p.reduce((n, i) => n.childNodes[i], document.body);
  const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  await frame();
  const t0 = performance.now();
  if (method === 'highlight') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(adasa-framing){text-decoration:underline wavy #D55E00 2px}::highlight(adasa-figure){background:rgba(230,159,0,.25)}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const sets = new Map();
    for (const p of paths) {
      const r = document.createRange();
      r.setStart(nodeAt(p.s), p.so);
      r.setEnd(nodeAt(p.e), p.eo);
      if (!sets.has(p.name)) sets.set(p.name, new Highlight());
      sets.get(p.name).add(r);
    }
    for (const [name, h] of sets) CSS.highlights.set(name, h);
  } else {
    // Wrap every text-node piece of every range in a <mark>, as DOM highlighters do: the pieces
    // are taken as static (node, start, end) triples and wrapped from the last to the first, so
    // no live Range has to be updated while the DOM changes under it.
    const pieces = [];
    for (const p of paths) {
      const s = nodeAt(p.s);
      const e = nodeAt(p.e);
      if (s === e) {
        pieces.push({ node: s, start: p.so, end: p.eo });
        continue;
      }
      const r = document.createRange();
      r.setStart(s, p.so);
      r.setEnd(e, p.eo);
      const root = r.commonAncestorContainer;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!r.intersectsNode(n)) continue;
        pieces.push({ node: n, start: n === s ? p.so : 0, end: n === e ? p.eo : n.data.length });
      }
      r.detach();
    }
    const order = new Map();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) order.set(n, i);
    // Overlapping findings (a label inside a sourced claim) share one <mark> per overlap.
    pieces.sort((x, y) => order.get(x.node) - order.get(y.node) || x.start - y.start);
    const merged = [];
    for (const p of pieces) {
      const last = merged[merged.length - 1];
      if (last && last.node === p.node && p.start <= last.end) last.end = Math.max(last.end, p.end);
      else merged.push({ ...p });
    }
    merged.reverse();
    for (const { node, start, end } of merged) {
      if (end <= start) continue;
      const mid = node.splitText(start);
      mid.splitText(end - start);
      const mark = document.createElement('mark');
      mid.replaceWith(mark);
      mark.append(mid);
    }
  }
  const script = performance.now() - t0;
  await frame();
  return { script, frame: performance.now() - t0, ranges: paths.length };
}

async function measure(ext, control, server, label, path, host) {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const url = `http://${host}:${server.port}${path}`;
  await page.goto(url, { timeout: 120000 });
  const tabId = await tabIdOf(control, url, 60000);
  const state = await waitForAnalysis(control, tabId, 120000);
  const t = state.timings;
  // The popup's state call for this tab, timed inside the extension: from the message sent to the reply in hand.
  const popupStateMs = await control.evaluate(async (id) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'popup:tab-state', tabId: id, compact: true });
    if (!reply?.ok) throw new Error(reply?.error);
    return performance.now() - t0;
  }, tabId);
  const longTasks = await page.evaluate((since) => window.__longTasks.filter((e) => e.start >= since), t.started);
  const paths = await page.evaluate(rangePaths);
  await page.close();

  const results = {};
  for (const method of ['highlight', 'mark']) {
    const ref = await ext.context.newPage();
    await ref.goto(`http://127.0.0.1:${server.port}${path}`, { timeout: 120000 });
    results[method] = await ref.evaluate(paintInPage, { paths, method });
    await ref.close();
  }
  return { label, t, longTasks, paths: paths.length, results, popupStateMs };
}

async function main() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const largest = seeds().sort((a, b) => seedPage(b).expected.length - seedPage(a).expected.length)[0];
  const server = await startServer({ '/live-blog.html': liveBlog() });
  const ext = await launch();
  const control = await extensionPage(ext);
  const rows = [];
  try {
    // The first page after the browser starts wakes the extension's service worker (cold); the
    // second is the usual case (warm).
    rows.push(await measure(ext, control, server, `seed ${largest.id} cold`, `/seed/${largest.id}.html`, SEED_HOSTS[largest.id].host));
    rows.push(await measure(ext, control, server, `seed ${largest.id} warm`, `/seed/${largest.id}.html`, SEED_HOSTS[largest.id].host));
    rows.push(await measure(ext, control, server, 'live blog 1 MB', '/live-blog.html', 'www.northpulse.net'));
  } finally {
    await ext.close();
    await server.close();
  }
  const f = (n) => n.toFixed(1).padStart(8);
  console.log('\nContent script in the page (ms, from the content script starting):');
  console.log('page              text chars  findings  text-read  analysed  painted-at  main-thread  longest-task  popup-state  long-tasks≥50ms');
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(16)} ${String(r.t.textLength).padStart(11)} ${String(r.t.findings).padStart(9)} ${f(r.t.extracted)} ${f(r.t.analysed)}  ${f(r.t.painted)}    ${f(r.t.mainThread)}     ${f(r.t.longestTask)}     ${f(r.popupStateMs)}      ${r.longTasks.length ? r.longTasks.map((e) => e.duration.toFixed(0)).join(',') : 'none'}`,
    );
  }
  console.log('\nPainting the same ranges in a page without the extension (ms: script / until the next frame):');
  console.log('page              ranges   CSS highlights        <mark> wrapping');
  for (const r of rows) {
    const h = r.results.highlight;
    const m = r.results.mark;
    console.log(`${r.label.padEnd(16)} ${String(r.paths).padStart(7)}   ${f(h.script)} /${f(h.frame)}   ${f(m.script)} /${f(m.frame)}`);
  }
}

await main();
