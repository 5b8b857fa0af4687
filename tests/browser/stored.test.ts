/**
 * Whatever storage holds (a wrong type, a huge value, an injection string), the settings, the
 * reader's term list and the tab records are read through their schemas field by field: the
 * good fields are kept, the bad ones fall back, and nothing unchecked reaches CSS.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightCss } from '../../lib/ext/palette';
import { customTermsFrom, DEFAULT_SETTINGS, readCustomTerms, readSettings, withDefaults } from '../../lib/browser/settings';
import { recordFrom } from '../../lib/browser/tab-store';
import { analyzeSegment, invalidateLexicon } from '../../lib/browser/engine-host';

const INJECTION = 'red}body{display:none!important}x{';

describe('settings from corrupted storage', () => {
  const cases: [string, unknown, Partial<typeof DEFAULT_SETTINGS>][] = [
    ['a number', 5, {}],
    ['a string', 'settings', {}],
    ['an array', [1, 2], {}],
    ['null', null, {}],
    ['disabledSites as a number', { disabledSites: 5, highlights: false }, { disabledSites: [], highlights: false }],
    ['disabledSites as an object', { disabledSites: {}, language: 'ar' }, { disabledSites: [], language: 'ar' }],
    ['disabledSites with junk among hosts', { disabledSites: ['sana.sy', 7, null, 'a b', '<x>'] }, { disabledSites: ['sana.sy'] }],
    ['kinds as a string', { kinds: 'none', scheme: 'high-contrast' }, { kinds: {}, scheme: 'high-contrast' }],
    ['kinds with unknown keys and non-booleans', { kinds: { framing: false, figure: 'no', bogus: false } }, { kinds: { framing: false } }],
    ['a language that is not a code, and an unknown scheme', { language: 'ar}body{', scheme: 'neon' }, { language: 'auto', scheme: 'standard' }],
    ['a language code without a catalog is kept (shown in English)', { language: 'fr' }, { language: 'fr' }],
    ['an injected colour', { colours: { framing: INJECTION, figure: '#123456' } }, { colours: { figure: '#123456' } }],
    ['colours as an array', { colours: ['#000000'] }, { colours: {} }],
    ['highlights as a string', { highlights: 'false' }, { highlights: true }],
  ];
  test.each(cases)('%s', (_name, stored, expected) => {
    expect(withDefaults(stored)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  test('a huge disabled-site list is capped, not refused', () => {
    const sites = Array.from({ length: 50_000 }, (_, i) => `site${i}.example`);
    const s = withDefaults({ disabledSites: sites });
    expect(s.disabledSites.length).toBe(10_000);
    expect(s.disabledSites[0]).toBe('site0.example');
  });

  test('an injection string never reaches the highlight stylesheet', () => {
    const s = withDefaults({ colours: { framing: INJECTION } });
    const css = highlightCss(s.scheme, s.colours);
    expect(css).not.toContain('display:none');
    expect(css).toContain('#D55E00');
    // Even when a caller skips the settings parser, the palette refuses the value.
    const direct = highlightCss('standard', { framing: INJECTION });
    expect(direct).not.toContain('body{');
    expect(direct).toContain('#D55E00');
  });

  test('readSettings survives any stored value', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { disabledSites: 5, colours: { voice: INJECTION }, highlights: false } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });
});

describe("the reader's term list from corrupted storage", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidateLexicon();
  });

  test.each([
    ['a number', 5, null],
    ['a string', 'terms', null],
    ['no list', { name: 'x.json', importedAt: '2026-01-01T00:00:00Z' }, null],
    ['a missing date', { name: 'x.json', list: {} }, { name: 'x.json', importedAt: '', list: {} }],
    ['a name that is not text', { name: 5, importedAt: 'yesterday', list: {} }, { name: 'terms.json', importedAt: '', list: {} }],
  ])('%s', (_name, stored, expected) => {
    expect(customTermsFrom(stored)).toEqual(expected);
  });

  test('readCustomTerms reads a garbage value as no list', async () => {
    await fakeBrowser.storage.local.set({ customTerms: 42 });
    expect(await readCustomTerms()).toBeNull();
  });

  test('a stored list of 30,000 invalid entries leaves the built-in lists in force', async () => {
    await fakeBrowser.storage.local.set({
      customTerms: { name: 'bad.json', importedAt: '2026-01-01T00:00:00Z', list: { labels: Array.from({ length: 30_000 }, () => ({ id: 5 })) } },
    });
    const report = await analyzeSegment('هاجمت ميليشيا قسد القرية.', 'p');
    expect(report.findings.some((f) => f.kind === 'framing' && f.text.includes('ميليشيا'))).toBe(true);
  });
});

describe('tab records from session storage', () => {
  test('a record of the wrong shape is no record', () => {
    expect(recordFrom(5)).toBeNull();
    expect(recordFrom({ page: 'p', url: 'u', title: 't', segments: 'x', dropped: [], timings: null })).toBeNull();
    expect(recordFrom({ page: 'p', url: 'u', title: 't', segments: [{ id: 's0', report: { nope: true } }], dropped: [], timings: null })).toBeNull();
  });

  test('a well-formed record is read back', async () => {
    const report = await analyzeSegment('قالت مصادر محلية إن 12 مدنياً قتلوا.', 's0');
    const rec = { page: 'p1', url: 'https://example.com/a', title: 'A', segments: [{ id: 's0', report }], dropped: [], timings: null };
    expect(recordFrom(JSON.parse(JSON.stringify(rec)))).toEqual(rec);
  });
});
