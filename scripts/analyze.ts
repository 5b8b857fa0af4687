/**
 * `npm run --silent analyze -- [--json | --md] FILE...` and `--jsonl` (stdin → stdout).
 * `.txt` files are analyzed as they are; `.html` files are reduced to their article text first
 * and the report carries that text. A file that cannot be read is reported on stderr, the
 * others are still analyzed, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyze } from '../lib/analyze';
import { extractArticle } from '../lib/extract/html';
import { reportToMarkdown } from '../lib/format/markdown';
import { reportToTerminal } from '../lib/format/terminal';
import type { Report } from '../lib/model/report';
import { analyzeLine, streamJsonl } from './cli/jsonl';
import { isLang, LANGS, type Lang } from '../lib/ext/locales';

/** `--date YYYY-MM-DD`: the articles' publication date (HTML pages state their own; JSONL lines may carry "date"). */
let dateOption: string | undefined;

const USAGE = `usage: npm run --silent analyze -- [--json | --md] [--lang ar|en] [--date YYYY-MM-DD] FILE...
       npm run --silent analyze -- --jsonl [--workers N] < corpus.jsonl   (lines of {"id","text"[,"date"]})`;

type Mode = 'text' | 'json' | 'md' | 'jsonl';

interface Args {
  mode: Mode;
  lang: Lang;
  files: string[];
  workers: number;
  help?: boolean;
  error?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { mode: 'text', lang: 'en', files: [], workers: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.mode = 'json';
    else if (a === '--md') args.mode = 'md';
    else if (a === '--jsonl') args.mode = 'jsonl';
    else if (a === '--lang') {
      const l = argv[++i];
      if (!isLang(l)) return { ...args, error: `--lang takes one of ${LANGS.join(', ')} (got ${l ?? 'nothing'})` };
      args.lang = l;
    } else if (a === '--workers') {
      const w = argv[++i];
      if (!w || !/^[1-9]\d{0,2}$/.test(w)) return { ...args, error: `--workers takes a whole number from 1 to 999 (got ${w ?? 'nothing'})` };
      args.workers = Number(w);
    } else if (a === '--date') {
      const d = argv[++i];
      if (!d || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return { ...args, error: `--date takes YYYY, YYYY-MM or YYYY-MM-DD (got ${d ?? 'nothing'})` };
      dateOption = d;
    } else if (a === '-h' || a === '--help') return { ...args, help: true };
    else if (a.startsWith('--')) return { ...args, error: `unknown option ${a}` };
    else args.files.push(a);
  }
  return args;
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

function jsonl(workers: number): Promise<number> {
  return streamJsonl({
    input: process.stdin,
    output: process.stdout,
    warn: (m) => console.error(m),
    workers,
    workerUrl: new URL('./cli/jsonl-worker.ts', import.meta.url),
    workerData: { date: dateOption },
    job: (line, n) => analyzeLine(line, n, dateOption),
  });
}

async function main() {
  const { mode, lang, files, help, error, workers } = parseArgs(process.argv.slice(2));
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
    process.exitCode = (await jsonl(workers)) > 0 ? 1 : 0;
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
    const render = (r: Report & { file: string }) => (mode === 'md' ? reportToMarkdown(r, { title: r.file, lang }) : reportToTerminal(r, { title: r.file, colour }));
    process.stdout.write(reports.map(render).join('\n\n') + '\n');
  }
  // exitCode, not exit(): a large report piped to another program must be written out in full.
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
