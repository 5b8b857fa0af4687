/**
 * `npm run --silent analyze -- [--json | --md] FILE...` and `--jsonl` (stdin → stdout).
 * `.txt` files are analyzed as they are; `.html` files are reduced to their article text first
 * and the report carries that text. A file that cannot be read is reported on stderr, the
 * others are still analyzed, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { analyze } from '../lib/analyze';
import { extractArticle } from '../lib/extract/html';
import { reportToMarkdown } from '../lib/format/markdown';
import { reportToTerminal } from '../lib/format/terminal';
import type { Report } from '../lib/report/schema';

/** `--date YYYY-MM-DD`: the articles' publication date (HTML pages state their own; JSONL lines may carry "date"). */
let dateOption: string | undefined;

const USAGE = `usage: npm run --silent analyze -- [--json | --md] [--lang ar|en] [--date YYYY-MM-DD] FILE...
       npm run --silent analyze -- --jsonl < corpus.jsonl   (lines of {"id","text"[,"date"]})`;

type Mode = 'text' | 'json' | 'md' | 'jsonl';

function parseArgs(argv: string[]): { mode: Mode; lang: 'ar' | 'en'; files: string[]; help?: boolean; error?: string } {
  let mode: Mode = 'text';
  let lang: 'ar' | 'en' = 'en';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') mode = 'json';
    else if (a === '--md') mode = 'md';
    else if (a === '--jsonl') mode = 'jsonl';
    else if (a === '--lang') lang = argv[++i] === 'ar' ? 'ar' : 'en';
    else if (a === '--date') {
      const d = argv[++i];
      if (!d || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return { mode, lang, files, error: `--date takes YYYY, YYYY-MM or YYYY-MM-DD (got ${d ?? 'nothing'})` };
      dateOption = d;
    }
    else if (a === '-h' || a === '--help') return { mode, lang, files, help: true };
    else if (a.startsWith('--')) return { mode, lang, files, error: `unknown option ${a}` };
    else files.push(a);
  }
  return { mode, lang, files };
}

function analyzeFile(file: string): Report & { file: string } {
  const raw = readFileSync(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { text, date } = extractArticle(raw);
    return { file, ...analyze(text, { id: basename(file), includeText: true, date: dateOption ?? date }) };
  }
  if (raw.includes('\u0000')) throw new Error('binary file, expected text or HTML');
  return { file, ...analyze(raw, { id: basename(file), date: dateOption }) };
}

async function jsonl(): Promise<number> {
  let failed = 0;
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    try {
      const obj = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
      const id = obj.id === undefined ? String(n) : String(obj.id);
      const date = typeof obj.date === 'string' ? obj.date : dateOption;
      process.stdout.write(JSON.stringify(analyze(obj.text, { id, date })) + '\n');
    } catch (e) {
      failed++;
      console.error(`line ${n}: ${(e as Error).message}`);
    }
  }
  return failed;
}

async function main() {
  const { mode, lang, files, help, error } = parseArgs(process.argv.slice(2));
  if (help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (error) {
    process.stderr.write(`${error}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (mode === 'jsonl') {
    process.exitCode = (await jsonl()) > 0 ? 1 : 0;
    return;
  }
  if (files.length === 0) {
    process.stderr.write(USAGE + '\n');
    process.exitCode = 2;
    return;
  }
  const reports: (Report & { file: string })[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      reports.push(analyzeFile(file));
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      console.error(`adasa: ${file}: ${why}`);
    }
  }
  if (mode === 'json') {
    process.stdout.write(JSON.stringify(files.length === 1 ? (reports[0] ?? null) : reports, null, 2) + '\n');
  } else {
    const colour = process.stdout.isTTY === true;
    const render = (r: Report & { file: string }) =>
      mode === 'md' ? reportToMarkdown(r, { title: r.file, lang }) : reportToTerminal(r, { title: r.file, colour });
    process.stdout.write(reports.map(render).join('\n\n') + '\n');
  }
  // exitCode, not exit(): a large report piped to another program must be written out in full.
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
