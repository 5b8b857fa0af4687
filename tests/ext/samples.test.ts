/** Options draw each style on its own sample, in the interface's language. */
import { expect, test } from 'vitest';
import { styleSample } from '../../lib/ext/i18n';
import { LANGS } from '../../lib/ext/locales';
import { STYLE_KEYS } from '../../lib/model/kinds';

const ARABIC = /[\u0600-\u06ff]/;

test.each(LANGS)('%s: every style has its own sample phrase', (lang) => {
  const samples = STYLE_KEYS.map((k) => styleSample(lang, k));
  expect(new Set(samples).size).toBe(STYLE_KEYS.length);
  for (const s of samples) expect(s.trim().length).toBeGreaterThan(2);
});

test('Arabic samples are Arabic, English ones hold no Arabic', () => {
  for (const k of STYLE_KEYS) {
    expect(styleSample('ar', k)).toMatch(ARABIC);
    expect(styleSample('en', k)).not.toMatch(ARABIC);
  }
});
