// `npm run bench:jsonl [-- MB [WORKERS]]`: the command line's --jsonl stream on a long corpus
// (200 MB by default), generated on the fly from the seed articles and piped in, so nothing is
// kept on disk. Prints the throughput and the peak memory (VmHWM of the process and its worker
// threads, from /proc) against the target: a 200 MB stream under 300 MB peak. Asserts nothing.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = Number(process.argv[2] ?? 200);
const WORKERS = Number(process.argv[3] ?? 1);
const ROOT = join(import.meta.dirname, '..');
const seeds = readdirSync(join(ROOT, 'seeds', 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', 'articles', f), 'utf8'));
const lines = seeds.map((text, i) => JSON.stringify({ id: `s${i}`, text }));

const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'analyze.ts'), '--jsonl', '--workers', String(WORKERS)], {
  cwd: ROOT,
  stdio: ['pipe', 'pipe', 'inherit'],
});

let peak = 0;
const poll = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb);
  } catch {
    // The process has ended.
  }
}, 50);

let outLines = 0;
let outBytes = 0;
child.stdout.on('data', (chunk) => {
  outBytes += chunk.length;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outLines++;
});

const t0 = performance.now();
let sent = 0;
let n = 0;
async function feed() {
  const target = MB * 1024 * 1024;
  while (sent < target) {
    const line = lines[n % lines.length].replace(/^\{"id":"s\d+"/, `{"id":"${n}"`) + '\n';
    n++;
    sent += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
}
await feed();
const code = await new Promise((r) => child.on('close', r));
clearInterval(poll);
const s = (performance.now() - t0) / 1000;
const mib = sent / 1024 / 1024;
console.log(`JSONL stream: ${mib.toFixed(0)} MiB in ${n} lines, ${WORKERS} worker(s), exit ${code}`);
console.log(`  reports out          ${outLines} lines, ${(outBytes / 1024 / 1024).toFixed(0)} MiB`);
console.log(`  time                 ${s.toFixed(1)} s   ${(mib / s).toFixed(1)} MiB/s`);
console.log(`  peak memory (VmHWM)  ${(peak / 1024).toFixed(0)} MiB   target < 300 MiB for 200 MB: ${peak / 1024 < 300 ? 'met' : 'MISSED'}`);
