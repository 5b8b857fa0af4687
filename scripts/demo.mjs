// `npm run demo`: builds the extension, serves the five seed articles in news-page templates on
// 127.0.0.1, and opens Debian's Chromium with the extension loaded on one of them. The page is
// served under its outlet's host (www.northpulse.net), mapped to 127.0.0.1 by Chromium's host
// resolver, so the extension runs there by itself as on the real site; nothing leaves the machine.
// Without a display it prints where to load the extension from and the addresses, and keeps
// serving until Ctrl-C (under CI it exits at once).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, MAPPED_HOSTS } from '../tests/e2e/helpers/chromium.mjs';
import { SEED_HOSTS, seeds } from '../tests/e2e/helpers/news-page.mjs';
import { startServer } from '../tests/e2e/helpers/server.mjs';

const ROOT = join(import.meta.dirname, '..');
const seedId = process.argv[2] ?? '004';

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startServer();
const mapped = (id) => `http://${SEED_HOSTS[id].host}:${server.port}/seed/${id}.html`;
const local = (id) => `http://127.0.0.1:${server.port}/seed/${id}.html`;
const url = mapped(seedId);

const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (display && existsSync(CHROMIUM)) {
  const profile = mkdtempSync(join(tmpdir(), 'adasa-demo-'));
  const rules = [...MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const chromium = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      url,
    ],
    { stdio: 'ignore' },
  );
  console.log(`Chromium is open on ${url}\nClose it (or press Ctrl-C) to stop the demo.`);
  const stop = async () => {
    chromium.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  chromium.on('exit', stop);
  process.on('SIGINT', stop);
} else {
  console.log(`
No display here, so no browser window. To try Adasa:

  1. In Chromium or Chrome open chrome://extensions, switch on Developer mode,
     choose "Load unpacked" and pick:
       ${EXTENSION_DIR}
     (Firefox: npm run build:firefox, then about:debugging → Load Temporary Add-on →
      ${join(ROOT, '.output', 'firefox-mv2', 'manifest.json')})

  2. Open a seed article. On 127.0.0.1 Adasa waits to be asked: click its toolbar button,
     then "Analyze this page" (or use the page's context menu):
${seeds()
  .map((s) => `       ${local(s.id)}`)
  .join('\n')}

     To see it run by itself as on the outlet's real site, start Chromium with
       --host-resolver-rules="MAP ${SEED_HOSTS[seedId].host} 127.0.0.1"
     and open ${url}
`);
  if (process.env.CI) {
    await server.close();
  } else {
    console.log('Serving the pages until Ctrl-C.');
    process.on('SIGINT', async () => {
      await server.close();
      process.exit(0);
    });
  }
}
