import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../lib/analyze';
import { Report } from '../lib/model/report';

const SEED = join('seeds', 'articles', '003_307b6d8156389d2c.txt');

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'adasa-cli-'));
const paragraphs = readFileSync(join('seeds', 'articles', '002_a1b031b01cb16927.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !/^\s*(التعليقات|0|الأكثر|💡|✨)/.test(l));
const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${paragraphs[0]}</title></head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/syria">سوريا</a> <a href="/x">ميليشيا المقالات الأكثر قراءة</a></nav></header>
<main><article><h1>${paragraphs[0]}</h1>${paragraphs
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</article>
<aside><h3>اقرأ أيضاً</h3><ul><li><a href="/a">مرتزقة داعش يهاجمون قرية</a></li></ul></aside></main>
<section id="comments"><p>تعليق: ميليشيا الاحتلال</p></section><footer>جميع الحقوق محفوظة</footer></body></html>`;
writeFileSync(join(dir, 'page.html'), html);
writeFileSync(join(dir, 'bin.txt'), 'abc\u0000def');
writeFileSync(join(dir, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
writeFileSync(join(dir, 'empty.html'), '');
writeFileSync(join(dir, 'evil.txt'), 'قال مصدر إن <img src=x onerror=alert(1)> ميليشيا قسد <script>alert(2)</script> قتلت 5 مدنيين.');

// Each test starts Node processes (and worker threads): on a busy machine that takes seconds, not milliseconds.
describe('npm run analyze', { timeout: 60_000 }, () => {
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
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].actors[0]).toMatchObject({ id: 'sdf', label: 'against' });
    expect(lines[1].actors[0]).toMatchObject({ id: 'sdf', label: 'neutral' });
  });

  test('binary or empty HTML is named as such, not as a Readability error', () => {
    const r = cli(['--json', join(dir, 'bin.html'), join(dir, 'empty.html')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bin\.html: binary or empty HTML/);
    expect(r.err).toMatch(/empty\.html: binary or empty HTML/);
    expect(r.err).not.toMatch(/Readability/);
  });

  test('--md prints page text that looks like HTML as text, never as markup', () => {
    const r = cli(['--md', join(dir, 'evil.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('**ميليشيا** قسد');
    expect(r.out).not.toMatch(/(?<!\\)<\/?(?:img|script)/);
    expect(r.out).toContain('\\<script\\>');
  });

  test('--jsonl keeps ids byte for byte and refuses ids that are not strings or integers', () => {
    const input = [
      '\ufeff{"id": 12345678901234567890, "text": "ميليشيا قسد"}',
      'null',
      '{"id": {"a": 1}, "text": "x"}',
      `{"id": ${'9'.repeat(400)}, "text": "x"}`,
      '{"id": 3.5, "text": "x"}',
      '{"id": "007", "text": "x"}',
      '{"id": -42, "text": "x"}',
      '{"text": "x"}',
    ].join('\n');
    const r = cli(['--jsonl'], input);
    expect(r.code).toBe(1);
    const ids = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['12345678901234567890', `${'9'.repeat(400)}`, '007', '-42', '8']);
    expect(r.err).toMatch(/line 2: expected an object/);
    expect(r.err).toMatch(/line 3: "id" must be a string or an integer \(got \{"a":1\}\)/);
    expect(r.err).toMatch(/line 5: "id" must be a string or an integer \(got 3\.5\)/);
    expect(r.err).not.toMatch(/line 1:|TypeError|Infinity|object Object/);
  });

  test('--jsonl warns about invalid UTF-8 with the byte offset and still analyses the line', () => {
    const first = Buffer.from('{"id":"a","text":"x"}\n');
    const second = Buffer.concat([Buffer.from('{"id":"b","text":"ميليشيا قسد '), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const r = cli(['--jsonl'], Buffer.concat([first, second]));
    expect(r.code).toBe(0);
    const offset = first.length + Buffer.from('{"id":"b","text":"ميليشيا قسد ').length;
    expect(r.err).toContain(`line 2: invalid UTF-8 at byte ${offset}`);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'b']);
  });

  test('--jsonl --workers 2 gives the same lines in the same order as one thread', () => {
    const lines = readFileSync(SEED, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((text, i) => JSON.stringify({ id: `p${i}`, text }));
    const input = [...lines, 'oops', ...lines.map((l) => l.replace('"id":"p', '"id":"q'))].join('\n');
    const one = cli(['--jsonl'], input);
    const two = cli(['--jsonl', '--workers', '2'], input);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(two.out.trim().split('\n')).toHaveLength(lines.length * 2);
    expect(cli(['--jsonl', '--workers', '0'], '').err).toMatch(/--workers takes a whole number/);
  });
});
