import { describe, expect, test } from 'vitest';
import { compareUrl, langParam, libraryUrl, parseRef, presenterUrl, refString } from '../../lib/teacher/routes';

describe('article references', () => {
  test.each([
    ['seed:000', { kind: 'seed', id: '000' }],
    ['tab:12', { kind: 'tab', tabId: 12 }],
    ['seed:0', null],
    ['tab:', null],
    ['tab:12; drop', null],
    ['http://x', null],
    ['', null],
  ])('%s', (s, ref) => {
    expect(parseRef(s)).toEqual(ref);
    if (ref) expect(refString(ref as never)).toBe(s);
  });
});

describe('page addresses', () => {
  test('relative, with only the parameters given', () => {
    expect(libraryUrl()).toBe('library.html');
    expect(libraryUrl({ article: '003', lang: 'ar' })).toBe('library.html?article=003&lang=ar');
    expect(compareUrl({ kind: 'seed', id: '000' }, { kind: 'tab', tabId: 7 })).toBe('compare.html?a=seed%3A000&b=tab%3A7');
    expect(presenterUrl({ kind: 'seed', id: '003' }, { lang: 'en', at: 0 })).toBe('presenter.html?article=seed%3A003&lang=en&at=0');
  });

  test('the address round-trips through parseRef', () => {
    const url = new URL(compareUrl({ kind: 'seed', id: '000' }, { kind: 'seed', id: '003' }), 'chrome-extension://x/');
    expect(parseRef(url.searchParams.get('a'))).toEqual({ kind: 'seed', id: '000' });
    expect(langParam('?lang=ar')).toBe('ar');
    expect(langParam('?lang=fr')).toBeNull();
  });
});

describe('arabicRuns', () => {
  test('isolates each «…» quotation that holds Arabic, keeps the rest', async () => {
    const { arabicRuns } = await import('../../lib/teacher/i18n');
    expect(arabicRuns('Breaks words («القـ.ـوات», «دا.عـ.ـش»).')).toEqual([
      { text: 'Breaks words (', arabic: false },
      { text: '«القـ.ـوات»', arabic: true },
      { text: ', ', arabic: false },
      { text: '«دا.عـ.ـش»', arabic: true },
      { text: ').', arabic: false },
    ]);
    expect(arabicRuns('«quoted» English only')).toEqual([{ text: '«quoted» English only', arabic: false }]);
  });
});
