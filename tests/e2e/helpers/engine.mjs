// The engine's verdict on a text, from the command line the project ships
// (`npm run --silent analyze -- --json FILE`), so the browser tests compare the extension with
// exactly what a reader would get there.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Reports for several texts in one run of the command line: `{ name: report }`; with `date`, the
 * publication date they are read at (as the extension reads a page's own date).
 */
export function analyzeTexts(texts, { date } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'adasa-engine-'));
  try {
    const files = Object.entries(texts).map(([name, text]) => {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, text);
      return file;
    });
    // Into a file, not a pipe: a process that exits right after writing to a pipe can cut it.
    const outFile = join(dir, 'out.json');
    const fd = openSync(outFile, 'w');
    try {
      execFileSync('npm', ['run', '--silent', 'analyze', '--', '--json', ...(date ? ['--date', date] : []), ...files], { cwd: ROOT, stdio: ['ignore', fd, 'inherit'] });
    } finally {
      closeSync(fd);
    }
    const parsed = JSON.parse(readFileSync(outFile, 'utf8'));
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return Object.fromEntries(Object.keys(texts).map((name, i) => [name, list[i]]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
