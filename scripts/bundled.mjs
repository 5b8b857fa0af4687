// `node scripts/bundled.mjs ENTRY.ts [args…]`: runs a script on the engine as the extension ships
// it. The entry and everything it imports are bundled by esbuild into one module (as the build
// bundles the content script), written to a temporary file under node_modules/.cache, imported and then removed. tsx, the
// development loader, keeps every function's name by wrapping each closure as it is created;
// on a 10 KB article that wrapping alone costs as much as the analysis, so timings taken under
// it describe the loader, not the engine.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/bundled.mjs ENTRY.ts [args…]');
  process.exit(2);
}

// Inside the project, next to the other build caches.
const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'adasa-bundled-'));
const out = join(dir, 'entry.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile: out,
    logLevel: 'warning',
  });
} catch {
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
