import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../lib/analyze';
import { Report } from '../lib/report/schema';

const SEED = join('seeds', 'articles', '003_307b6d8156389d2c.txt');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'adasa-cli-'));
const paragraphs = readFileSync(join('seeds', 'articles', '002_a1b031b01cb16927.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !/^\s*(التعليقات|0|الأكثر|💡|✨)/.test(l));
const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${paragraphs[0]}</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/syria">سوريا</a> <a href="/x">ميليشيا المقالات الأكثر قراءة</a></nav></header>
<main><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(2).map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h3>اقرأ أيضاً</h3><ul><li><a href="/a">مرتزقة داعش يهاجمون قرية</a></li></ul></aside></main>
<section id="comments"><p>تعليق: ميليشيا الاحتلال</p></section><footer>جميع الحقوق محفوظة</footer></body></html>`;
writeFileSync(join(dir, 'page.html'), html);
writeFileSync(join(dir, 'bin.txt'), 'abc\u0000def');

describe('npm run analyze', () => {
  test('--json on a .txt file prints the engine report (the JSON contract)', () => {
    const r = cli(['--json', SEED]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const report = Report.parse(json);
    const direct = analyze(readFileSync(SEED, 'utf8'));
    expect(report.findings).toEqual(direct.findings);
    expect(report.actors).toEqual(direct.actors);
    for (const f of json.findings) {
      expect(['framing', 'distancing', 'figure', 'source', 'voice', 'obfuscation']).toContain(f.kind);
      expect(typeof f.start).toBe('number');
      expect(typeof f.text).toBe('string');
    }
    expect(json.actors.find((a: { id: string }) => a.id === 'sdf')).toMatchObject({ label: 'favour' });
  });

  test('an .html file is reduced to its article text first, and the report carries that text', () => {
    const r = cli(['--json', join(dir, 'page.html')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.text).toContain('من هم قتلى قسد؟');
    expect(json.text).not.toContain('الرئيسية');
    expect(json.text).not.toContain('تعليق: ميليشيا الاحتلال');
    for (const f of json.findings) expect(json.text.slice(f.start, f.end)).toBe(f.text);
    expect(json.actors.find((a: { id: string }) => a.id === 'sdf').label).toBe('against');
  });

  test('a bad file gets a clear error and a nonzero exit; the other files are still analyzed', () => {
    const r = cli(['--json', join(dir, 'missing.txt'), SEED, join(dir, 'bin.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: no such file/);
    expect(r.err).toMatch(/bin\.txt: binary file/);
    const json = JSON.parse(r.out);
    expect(json).toHaveLength(1);
    expect(json[0].file).toBe(SEED);
  });

  test('the default output is a readable summary with the quoted context', () => {
    const r = cli([SEED]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Stance per actor/);
    expect(r.out).toMatch(/damascus_gov\s+against/);
    expect(r.out).toContain('[سلطة دمشق]');
  });

  test('--md renders Markdown', () => {
    const r = cli(['--md', '--lang', 'ar', SEED]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# /);
    expect(r.out).toContain('## الموقف من كل طرف');
  });

  test('--jsonl reads {"id","text"} lines and writes one report per line; a bad line is reported', () => {
    const input = [JSON.stringify({ id: 'a', text: 'ميليشيا قسد' }), 'not json', JSON.stringify({ id: 'b', text: 'قوات سوريا الديمقراطية' })].join('\n');
    const r = cli(['--jsonl'], input);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2/);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].actors[0]).toMatchObject({ id: 'sdf', label: 'against' });
    expect(lines[1].actors[0]).toMatchObject({ id: 'sdf', label: 'neutral' });
  });
});
