// A local web server for the browser tests: seed pages in news templates, the 130 real pages
// (their scripts removed, so their DOM is the same on every load), and a 1 MB live blog.
// It answers by path only: the browser maps the curated outlets' hosts to 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedPage, seeds } from './news-page.mjs';

const READABILITY = join(import.meta.dirname, '..', '..', 'pages', 'readability');

/** The real pages' names (without `.html`). */
export function readabilityPages() {
  return readdirSync(READABILITY)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * A real page with its scripts removed — script elements, inline event handlers and `srcdoc`
 * frames: they cannot run offline, and a page that rewrites itself cannot be compared with
 * itself byte for byte.
 */
export function readabilityHtml(name) {
  const raw = readFileSync(join(READABILITY, `${name}.html`), 'utf8');
  return raw
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/\s(?:on[a-z]+|srcdoc)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

/** Starts the server on 127.0.0.1 and a free port: `{ port, set, close }`; a page is HTML or `{ html, headers }`. */
export async function startServer(extra = {}) {
  const pages = new Map();
  for (const s of seeds()) pages.set(`/seed/${s.id}.html`, seedPage(s).html);
  for (const [path, html] of Object.entries(extra)) pages.set(path, html);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body = pages.get(path);
    if (body === undefined && path.startsWith('/readability/')) {
      try {
        body = readabilityHtml(path.slice('/readability/'.length).replace(/\.html$/, ''));
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    // A page may come with its own headers (`{ html, headers }`), such as a strict CSP.
    const { html, headers } = typeof body === 'string' ? { html: body, headers: {} } : body;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    set: (path, html) => pages.set(path, html),
    close: () => new Promise((r) => server.close(r)),
  };
}
