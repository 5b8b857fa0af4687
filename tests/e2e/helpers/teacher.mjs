// Shared pieces of the teacher-mode browser tests: the seed texts and the engine's reports for
// them (from the command line), the screenshot folder, a guard that records every request a
// context makes, and the PDF-to-PNG step (poppler's pdftoppm).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAPPED_HOSTS } from './chromium.mjs';
import { analyzeTexts } from './engine.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SHOTS = join(ROOT, 'artifacts', 'screenshots');
export const EXPORTS = join(ROOT, 'artifacts', 'exports');
mkdirSync(SHOTS, { recursive: true });
mkdirSync(EXPORTS, { recursive: true });

/** The library index as the extension bundles it. */
export const LIBRARY = JSON.parse(readFileSync(join(ROOT, 'seeds', 'articles', 'index.json'), 'utf8'));

/** `{ '000': text, … }`: the seed files exactly. */
export function seedTexts() {
  const dir = join(ROOT, 'seeds', 'articles');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .sort()
      .map((f) => [f.slice(0, 3), readFileSync(join(dir, f), 'utf8')]),
  );
}

/** The engine's reports for the seeds, from `npm run analyze -- --json`. */
export function engineReports() {
  return analyzeTexts(seedTexts());
}

/** Findings in reading order, as the presenter and the export number them. */
export function readingOrder(report) {
  return [...report.findings].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

/** Hosts that stay on the machine: 127.0.0.1 and the outlets' hosts the browser maps to it. */
const LOCAL = new Set(['127.0.0.1', ...MAPPED_HOSTS]);

/**
 * Records the URL of every request the context makes (pages, extension pages, workers).
 * `outside()` lists those that would leave the machine.
 */
export function watchRequests(context) {
  const seen = [];
  const onRequest = (r) => seen.push(r.url());
  context.on('request', onRequest);
  return {
    seen,
    outside: () => seen.filter((u) => !/^(?:chrome-extension|data|blob|file|about|chrome):/.test(u) && !(/^https?:/.test(u) && LOCAL.has(new URL(u).hostname))),
    stop: () => context.off('request', onRequest),
  };
}

/** Converts a PDF's pages to PNGs (`<base>-1.png`, …; grey with `gray`) and returns their paths. */
export function pdfToPngs(pdf, base, { gray = false, dpi = 80 } = {}) {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...(gray ? ['-gray'] : []), pdf, join(SHOTS, base)]);
  const own = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
  return readdirSync(SHOTS)
    .filter((f) => own.test(f))
    .sort()
    .map((f) => join(SHOTS, f));
}

/** Pages in a PDF file (counted from its page objects). */
export function pdfPages(pdf) {
  const text = readFileSync(pdf, 'latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * Serves one seed article in its news-page template on 127.0.0.1. Closing also drops the
 * browser's idle and pre-opened sockets, so the test does not wait for them to time out.
 */
export async function serveSeed(id) {
  const { seedPage, seeds } = await import('./news-page.mjs');
  const html = seedPage(seeds().find((s) => s.id === id)).html;
  const sockets = new Set();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: server.address().port,
    close: () =>
      new Promise((r) => {
        server.close(r);
        for (const s of sockets) s.destroy();
      }),
  };
}
