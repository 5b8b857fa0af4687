import { describe, expect, test } from 'vitest';
import { articleLines } from '../../lib/teacher/article-lines';
import { demoArticle } from '../../lib/teacher/demo-articles';

describe('articleLines', () => {
  test('lines cover the text: joining them with "\\n" gives it back, offsets included', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const { text, lines } = demoArticle(id)!;
      expect(lines.map((l) => l.text).join('\n')).toBe(text);
      for (const l of lines) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
    }
  });

  test('roles: headline only when the entry says so, leftovers muted, blanks kept', () => {
    const text = 'عنوان الخبر\n\nفقرة أولى\n  التعليقات (0)\nفقرة ثانية';
    const roles = articleLines(text, { headline: true, leftovers: ['التعليقات (0)'] }).map((l) => l.role);
    expect(roles).toEqual(['headline', 'blank', 'paragraph', 'leftover', 'paragraph']);
    expect(articleLines(text).map((l) => l.role)[0]).toBe('paragraph');
  });

  test('seed 002 ends with its page furniture marked as leftovers', () => {
    const { lines } = demoArticle('002')!;
    const tail = lines.filter((l) => l.role !== 'blank').slice(-5);
    expect(tail.map((l) => l.role)).toEqual(['leftover', 'leftover', 'leftover', 'leftover', 'leftover']);
    expect(lines.find((l) => l.role === 'headline')?.text).toContain('الحشد الشعبي');
  });
});
