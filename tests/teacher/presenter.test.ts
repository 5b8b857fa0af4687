import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { demoArticle } from '../../lib/teacher/demo-articles';
import { passage, presenterAction, presenterFindings } from '../../lib/teacher/presenter';

describe('presenter order', () => {
  test('every finding once, in reading order', () => {
    const report = analyze(demoArticle('003')!.text);
    const order = presenterFindings(report);
    expect(order.map((f) => f.id).sort()).toEqual(report.findings.map((f) => f.id).sort());
    for (let i = 1; i < order.length; i++) expect(order[i].start).toBeGreaterThanOrEqual(order[i - 1].start);
  });
});

describe('passage', () => {
  test('the sentence around the finding, the finding itself in the middle', () => {
    const { text } = demoArticle('000')!;
    for (const f of analyze(text).findings) {
      const p = passage(f, text);
      expect(p.match).toBe(f.text);
      expect(p.before.length + p.match.length + p.after.length).toBeLessThanOrEqual(240 + f.text.length + 2);
      // What the class reads is the article's own words, clipped only at word boundaries.
      const plain = `${p.before.replace(/^…/, '')}${p.match}${p.after.replace(/…$/, '')}`;
      expect(text).toContain(plain);
      expect(plain).not.toContain('\n');
    }
  });

  test('cuts at the sentence end', () => {
    const text = 'الجملة الأولى هنا. ثم قالت ميليشيا قسد شيئاً. وجملة ثالثة';
    const start = text.indexOf('ميليشيا قسد');
    const p = passage({ start, end: start + 11, text: 'ميليشيا قسد', prefix: '', suffix: '' }, text);
    expect(p).toEqual({ before: 'ثم قالت ', match: 'ميليشيا قسد', after: ' شيئاً.' });
  });

  test('a dot inside a broken word does not end the sentence; a run of dots stays whole', () => {
    const text = 'قسد والتحالف يرفعان وتيـ.ـرة الاستعـ.ـدادات في ديرالزور.. ثم جملة أخرى';
    const p = passage({ start: 0, end: 3, text: 'قسد', prefix: '', suffix: '' }, text);
    expect(p.after).toBe(' والتحالف يرفعان وتيـ.ـرة الاستعـ.ـدادات في ديرالزور..');
  });

  test('without the text, the quote’s prefix and suffix stand in', () => {
    const p = passage({ start: 5, end: 9, text: 'قسد', prefix: 'هاجمت ', suffix: ' القرية' }, undefined);
    expect(p).toEqual({ before: '…هاجمت ', match: 'قسد', after: ' القرية…' });
  });
});

describe('presenter keys', () => {
  test.each([
    ['ArrowLeft', 'rtl', false, 'next'],
    ['ArrowRight', 'rtl', false, 'previous'],
    ['ArrowRight', 'ltr', false, 'next'],
    ['ArrowLeft', 'ltr', true, 'previous'],
    [' ', 'ltr', false, 'reveal'],
    ['Enter', 'rtl', false, 'reveal'],
    ['Enter', 'rtl', true, 'next'],
    ['Escape', 'ltr', true, 'hide'],
    ['l', 'rtl', false, 'language'],
    ['Home', 'ltr', false, 'first'],
    ['x', 'ltr', false, null],
  ] as const)('%s in %s (revealed: %s) → %s', (key, dir, revealed, action) => {
    expect(presenterAction(key, dir, revealed)).toBe(action);
  });
});
