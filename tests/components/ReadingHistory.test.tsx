// @vitest-environment happy-dom
/**
 * The reading history page from a parsed history: one section per site, each party's names and
 * stance, the articles as links; stored values that would be unsafe never reach the page.
 */
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import ReadingHistory from '../../components/ReadingHistory';
import { historyFrom } from '../../lib/ext/history';

const NOW = Date.UTC(2026, 10, 30, 12);
const noop = () => {};

function show(stored: unknown, lang: 'ar' | 'en') {
  const host = document.createElement('div');
  document.body.append(host);
  render(<ReadingHistory lang={lang} language={lang} history={historyFrom(stored)} now={NOW} notice={null} onLanguage={noop} onEnabled={noop} onClear={noop} />, host);
  return host;
}

const sdf = (score: number, label = 'against') => ({ id: 'sdf', name: { ar: 'قسد', en: 'SDF' }, label, score, names: [{ text: 'ميليشيا قسد', count: 2, loaded: true }] });

describe('reading history page', () => {
  test('per site: article count, stance words from the mean score, names, article links', () => {
    const host = show(
      {
        enabled: true,
        articles: [
          { url: 'https://www.enabbaladi.net/1', title: 'أ', at: NOW - 1000, actors: [sdf(-0.9)] },
          { url: 'https://www.enabbaladi.net/2', title: 'ب', at: NOW - 2000, actors: [sdf(-0.1, 'neutral')] },
        ],
      },
      'en',
    );
    const section = host.querySelector('section.site[data-site="enabbaladi.net"]')!;
    expect(section.querySelector('[data-testid=site-count]')!.textContent).toBe('Articles: 2');
    const row = section.querySelector('tr[data-actor=sdf]')!;
    expect(row.querySelector('[data-testid=party-stance]')!.textContent).toBe('against');
    expect((row.querySelector('.fill') as HTMLElement).style.inlineSize).toBe('25%');
    expect(row.querySelector('.name.loaded')!.textContent).toContain('ميليشيا قسد');
    expect(row.querySelector('.name .times')!.textContent).toBe('×4');
    expect([...section.querySelectorAll('.articles a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.enabbaladi.net/1', 'https://www.enabbaladi.net/2']);
  });

  test('Arabic: right to left, Arabic words', () => {
    const host = show({ enabled: true, articles: [{ url: 'https://www.enabbaladi.net/1', title: 'أ', at: NOW, actors: [sdf(-0.2, 'neutral')] }] }, 'ar');
    const main = host.querySelector('main.history')!;
    expect(main.getAttribute('dir')).toBe('rtl');
    expect(host.querySelector('[data-testid=party-stance]')!.textContent).toBe('ضد، بميل ضعيف');
  });

  test('off and empty says so; nothing unsafe from storage reaches the page', () => {
    const host = show(
      {
        enabled: 'yes',
        articles: [
          { url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', at: NOW, actors: [] },
          { url: 'https://a.org/x', title: '<b>t</b>', at: NOW, actors: [{ ...sdf(-0.5), label: 'x" onmouseover="1', score: '100%' }] },
        ],
      },
      'en',
    );
    expect(host.querySelector('main.history')!.getAttribute('data-enabled')).toBe('false');
    expect(host.querySelectorAll('a[href^="javascript"]').length).toBe(0);
    expect(host.querySelector('img, b')).toBeNull();
    expect(host.querySelector('.articles a')!.textContent).toBe('<b>t</b>');
    const row = host.querySelector('tr[data-actor=sdf]')!;
    expect(row.getAttribute('data-score')).toBe('0.000');
    expect(row.querySelector('.fill')).toBeNull();
    expect(host.innerHTML).not.toContain('onmouseover');
  });

  test('nothing read: the empty message', () => {
    const host = show(null, 'en');
    expect(host.querySelector('[data-testid=history-empty]')).not.toBeNull();
    expect(host.querySelectorAll('section.site').length).toBe(0);
  });
});
