import { describe, expect, test } from 'vitest';
import { FINDING_KINDS } from '../../lib/model/report';
import { coloursFor, declarations, DEFAULT_COLOURS, highlightCss, STYLE_KEYS, STYLE_KIND, styleKeyOf, withAlpha } from '../../lib/ext/palette';

/** WCAG relative luminance and contrast. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

describe('palette', () => {
  test('every kind has a style, and no two styles share both colour and line', () => {
    for (const k of FINDING_KINDS) expect(STYLE_KEYS.some((s) => STYLE_KIND[s] === k)).toBe(true);
    const looks = STYLE_KEYS.map((k) => declarations(k, '#000000', 'standard'));
    expect(new Set(looks).size).toBe(STYLE_KEYS.length);
  });

  test('colours are Okabe–Ito', () => {
    const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
    for (const c of Object.values(DEFAULT_COLOURS)) expect(okabeIto).toContain(c);
  });

  test('tints stay light enough for Arabic text to keep AA contrast', () => {
    for (const scheme of ['standard', 'high-contrast'] as const) {
      for (const k of STYLE_KEYS) {
        const m = /rgba\(\d+,\d+,\d+,([\d.]+)\)/.exec(declarations(k, coloursFor(scheme)[k], scheme));
        if (m) expect(Number(m[1])).toBeLessThanOrEqual(0.25);
      }
    }
  });

  test('high-contrast inks reach 4.5:1 on white', () => {
    for (const c of Object.values(coloursFor('high-contrast'))) expect(contrast(c, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  test("the reader's colours apply in the standard scheme only", () => {
    expect(coloursFor('standard', { framing: '#123456' }).framing).toBe('#123456');
    expect(coloursFor('high-contrast', { framing: '#123456' }).framing).not.toBe('#123456');
  });

  test('sources are drawn by attribution; the stylesheet names every style', () => {
    expect(styleKeyOf({ kind: 'source', attribution: 'named' })).toBe('source-named');
    expect(styleKeyOf({ kind: 'source', attribution: 'vague' })).toBe('source-vague');
    const css = highlightCss('standard');
    for (const k of STYLE_KEYS) expect(css).toContain(`::highlight(adasa-${k})`);
    expect(withAlpha('#D55E00', 0.2)).toBe('rgba(213,94,0,0.2)');
  });
});
