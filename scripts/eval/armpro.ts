/**
 * ArMPro (Hasanain et al., LREC-COLING 2024; CC BY-NC-SA 4.0): Arabic news paragraphs with
 * human-annotated persuasion spans. Read from wherever it was fetched; never copied into the
 * project. Only the `train` and `dev` span files are read: the `test` split is the yardstick
 * the project is judged by and is refused here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';

export interface ArmproResult {
  files: string[];
  paragraphs: number;
  /** Framing and distancing findings, and those overlapping an annotated span. */
  findings: number;
  inside: number;
  /** Paragraphs annotated with no technique: their characters and our findings on them. */
  cleanParagraphs: number;
  cleanChars: number;
  cleanFindings: number;
  /** Findings outside every span, for the reader (`--verbose`). */
  outside: { text: string; context: string; clean: boolean }[];
}

/** The span files of the train and dev splits under `dir` (searched recursively). */
export function armproFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '.git' && name !== 'node_modules') walk(p);
      } else if (/span_(?:train|dev)(?:_V\d+)?\.jsonl$/i.test(name) && !/test/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  // One version of each split: V2 where both are present.
  const v2 = out.filter((p) => /_V\d+\.jsonl$/i.test(p));
  return (v2.length > 0 ? v2 : out).sort();
}

interface Row {
  paragraph: string;
  labels: { start: number; end: number }[];
}

export function scoreArmpro(dir: string): ArmproResult {
  const files = armproFiles(dir);
  if (files.length === 0) throw new Error(`no ArMPro train/dev span files (ArMPro_span_{train,dev}*.jsonl) under ${dir}`);
  const r: ArmproResult = { files, paragraphs: 0, findings: 0, inside: 0, cleanParagraphs: 0, cleanChars: 0, cleanFindings: 0, outside: [] };
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
      if (typeof row.paragraph !== 'string' || !Array.isArray(row.labels)) throw new Error(`${file}:${i + 1}: expected "paragraph" and "labels"`);
      r.paragraphs++;
      const clean = row.labels.length === 0;
      if (clean) {
        r.cleanParagraphs++;
        r.cleanChars += row.paragraph.length;
      }
      const report = analyze(row.paragraph);
      for (const f of report.findings) {
        if (f.kind !== 'framing' && f.kind !== 'distancing') continue;
        r.findings++;
        if (clean) r.cleanFindings++;
        if (row.labels.some((l) => l.start < f.end && f.start < l.end)) r.inside++;
        else r.outside.push({ text: f.text, context: row.paragraph.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, ' '), clean });
      }
    }
  }
  return r;
}
