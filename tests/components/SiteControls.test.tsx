// @vitest-environment happy-dom
/** The popup's site line and why a page cannot be analysed. */
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import SiteControls from '../../components/SiteControls';
import { t } from '../../lib/ext/i18n';
import type { TabState } from '../../lib/ext/messages';

const noop = () => {};
const base: TabState = { status: 'none', url: '', title: '', site: null, mode: 'on-request', disabled: false, report: null, findings: [], findingsTotal: 0, timings: null };

function show(state: Partial<TabState>, lang: 'ar' | 'en' = 'en') {
  const host = document.createElement('div');
  render(<SiteControls lang={lang} state={{ ...base, ...state }} busy={false} onAnalyze={noop} onAlways={noop} onDisabled={noop} />, host);
  return host;
}

describe('site line', () => {
  test.each<[Partial<TabState>, string]>([
    [{}, t('en', 'unknownSite')],
    [{ url: 'https://example.org/a', site: 'example.org' }, 'example.org'],
    [{ url: 'https://www.enabbaladi.net/a', site: 'enabbaladi.net', mode: 'curated' }, `enabbaladi.net · ${t('en', 'siteCurated')}`],
  ])('%j → «%s»', (state, line) => {
    const text = show(state).querySelector('[data-testid=site-name]')!.textContent!.trim();
    expect(text).toBe(line);
    expect(text).not.toMatch(/^·|·$/);
  });

  test('an address it cannot see: no "always" button, no news-list notice', () => {
    const host = show({});
    expect(host.querySelector('[data-testid=always]')).toBeNull();
    expect(host.textContent).not.toContain(t('en', 'notAnalyzed'));
    expect(host.querySelector('[data-testid=analyze]')).not.toBeNull();
  });
});

describe('why a page cannot be analysed', () => {
  test.each([
    ['browser', 'blockedBrowser'],
    ['store', 'blockedStore'],
    ['pdf', 'blockedPdf'],
    ['file', 'blockedFile'],
    ['other', 'blockedOther'],
  ] as const)('%s', (blocked, key) => {
    for (const lang of ['en', 'ar'] as const) {
      const host = show({ status: 'unavailable', blocked }, lang);
      const notice = host.querySelector('[data-testid=blocked]')!;
      expect(notice.getAttribute('data-reason')).toBe(blocked);
      expect(notice.textContent).toBe(t(lang, key));
      expect(host.querySelector('[data-testid=analyze]')).toBeNull();
    }
  });

  test('without a known reason, the general sentence', () => {
    expect(show({ status: 'unavailable' }).querySelector('[data-testid=blocked]')!.textContent).toBe(t('en', 'unavailable'));
  });
});
