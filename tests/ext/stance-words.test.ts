/** A stance's words follow what the bar draws: its side and how far it fills. */
import { describe, expect, test } from 'vitest';
import { isolatedScore, signedScore, stanceShape, stanceStrength, stanceWords } from '../../lib/ext/stance-words';
import type { StanceLabel } from '../../lib/model/report';

describe('stance words match the bar', () => {
  test.each<[StanceLabel, number, string, string]>([
    // [engine label, score, English, Arabic]
    ['neutral', 0, 'neutral', 'محايد'],
    ['neutral', 0.04, 'neutral', 'محايد'],
    ['neutral', -0.099, 'neutral', 'محايد'],
    ['neutral', -0.1, 'leans against, weakly', 'ضد، بميل ضعيف'],
    ['neutral', -0.23, 'leans against, weakly', 'ضد، بميل ضعيف'], // the bar leans: not "neutral"
    ['neutral', 0.23, 'leans in favour, weakly', 'مع، بميل ضعيف'],
    ['against', -0.349, 'leans against, weakly', 'ضد، بميل ضعيف'],
    ['against', -0.35, 'against', 'ضد'],
    ['against', -0.69, 'against', 'ضد'],
    ['against', -0.7, 'against, strongly', 'ضد، بشدة'],
    ['against', -0.93, 'against, strongly', 'ضد، بشدة'],
    ['against', -1, 'against, strongly', 'ضد، بشدة'],
    ['favour', 0.5, 'in favour', 'مع'],
    ['favour', 1, 'in favour, strongly', 'مع، بشدة'],
    ['mixed', -0.2, 'mixed: leans against, weakly', 'متباين: ضد، بميل ضعيف'],
    ['mixed', 0.4, 'mixed: in favour', 'متباين: مع'],
    ['mixed', 0, 'mixed, evenly', 'متباين، بالتساوي'],
    ['neutral', Number.NaN, 'neutral', 'محايد'],
  ])('%s %s → “%s”', (label, score, en, ar) => {
    expect(stanceWords('en', label, score)).toBe(en);
    expect(stanceWords('ar', label, score)).toBe(ar);
  });

  test('the bar fills exactly when the words name a side, toward that side', () => {
    for (let i = -100; i <= 100; i++) {
      const score = i / 100;
      const shape = stanceShape(score);
      const words = stanceWords('en', 'neutral', score);
      expect(shape.fill > 0, `${score}`).toBe(words !== 'neutral');
      if (shape.towards === 'against') expect(words).toContain('against');
      if (shape.towards === 'favour') expect(words).toContain('favour');
      expect(shape.fill).toBe(shape.towards ? Math.round(Math.abs(score) * 50) : 0);
    }
    expect(stanceShape(-3)).toEqual({ towards: 'against', strength: 'strong', fill: 50 });
  });

  test('strength grows with the score’s size, whatever its sign', () => {
    const order = ['none', 'weak', 'moderate', 'strong'];
    let last = 0;
    for (let i = 0; i <= 100; i++) {
      const s = order.indexOf(stanceStrength(i / 100));
      expect(s).toBeGreaterThanOrEqual(last);
      expect(stanceStrength(-i / 100)).toBe(stanceStrength(i / 100));
      last = s;
    }
  });
});

describe('a score written for right-to-left text', () => {
  test.each([
    [-0.93, '\u22120.93'],
    [-0.004, '0.00'], // rounds to zero: no sign
    [0.4, '0.40'],
    [1, '1.00'],
    [Number.NaN, '0.00'],
  ])('%s → %s', (score, text) => {
    expect(signedScore(score)).toBe(text);
    expect(isolatedScore(score)).toBe(`\u2066${text}\u2069`);
    expect(signedScore(score)).not.toMatch(/-$/);
  });
});
