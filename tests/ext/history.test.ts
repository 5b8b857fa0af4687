/**
 * The reading history: compact summaries (no article text), bounded, read field by field, and
 * grouped per site over the last week.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { bySite, historyFrom, MAX_ARTICLES, MAX_BYTES, summarize, withArticle, type History, type HistoryArticle } from '../../lib/ext/history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12);

const TEXT = 'قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً في ريف دير الزور. وأكدت قوات سوريا الديمقراطية أن العملية تستهدف خلايا داعش الإرهابي.';

function article(url: string, at: number, actors: HistoryArticle['actors'] = []): HistoryArticle {
  return { url, site: new URL(url).hostname.replace(/^www\./, ''), title: url, at, actors };
}

describe('summaries', () => {
  test('an article is kept as names and stance per party, never its text', () => {
    const report = analyze(TEXT);
    const a = summarize({ url: 'https://www.enabbaladi.net/a/1', title: '  عنوان  ' }, report, NOW)!;
    expect(a.site).toBe('enabbaladi.net');
    expect(a.title).toBe('عنوان');
    const sdf = a.actors.find((x) => x.id === 'sdf')!;
    expect(sdf.label).toBe(report.actors.find((x) => x.id === 'sdf')!.label);
    expect(sdf.names.map((n) => n.text)).toContain('ميليشيا قسد');
    expect(sdf.names.some((n) => n.loaded)).toBe(true);
    expect(JSON.stringify(a)).not.toContain('اعتقلت');
  });

  test('no summary for a page without text or outside the web', () => {
    const report = analyze(TEXT);
    expect(summarize({ url: 'chrome://newtab/', title: '' }, report, NOW)).toBeNull();
    expect(summarize({ url: 'https://x.org/', title: '' }, analyze(''), NOW)).toBeNull();
  });
});

describe('bounds', () => {
  const empty: History = { enabled: true, articles: [] };

  test('reading an address again replaces its summary', () => {
    let h = withArticle(empty, article('https://a.org/1', NOW - 1000), NOW);
    h = withArticle(h, article('https://a.org/1', NOW), NOW);
    expect(h.articles).toHaveLength(1);
    expect(h.articles[0]!.at).toBe(NOW);
  });

  test('a week at most', () => {
    let h = withArticle(empty, article('https://a.org/old', NOW - 8 * DAY), NOW - 8 * DAY);
    h = withArticle(h, article('https://a.org/new', NOW), NOW);
    expect(h.articles.map((a) => a.url)).toEqual(['https://a.org/new']);
  });

  test('at most MAX_ARTICLES, the oldest dropped', () => {
    let h = empty;
    for (let i = 0; i < MAX_ARTICLES + 5; i++) h = withArticle(h, article(`https://a.org/${i}`, NOW - (MAX_ARTICLES + 5 - i) * 1000), NOW);
    expect(h.articles).toHaveLength(MAX_ARTICLES);
    expect(h.articles[0]!.url).toBe('https://a.org/5');
    expect(h.articles.at(-1)!.url).toBe(`https://a.org/${MAX_ARTICLES + 4}`);
  });

  test('and a bounded size whatever the summaries hold', () => {
    const names = Array.from({ length: 6 }, (_, i) => ({ text: 'ن'.repeat(59) + i, count: 3, loaded: true }));
    const actors = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: { ar: 'طرف', en: 'party' }, label: 'against' as const, score: -0.5, names }));
    let h = empty;
    for (let i = 0; i < MAX_ARTICLES; i++) h = withArticle(h, article(`https://a.org/${'x'.repeat(1500)}${i}`, NOW - i, actors), NOW);
    expect(JSON.stringify(h.articles).length).toBeLessThanOrEqual(MAX_BYTES);
    expect(h.articles.length).toBeGreaterThan(0);
  });
});

describe('reading what storage holds', () => {
  test.each([null, undefined, 5, 'x', [], { enabled: 'yes', articles: 'no' }])('%j → off and empty', (stored) => {
    expect(historyFrom(stored)).toEqual({ enabled: false, articles: [] });
  });

  test('field by field: a bad field falls back, a bad article or party is dropped', () => {
    const h = historyFrom({
      enabled: true,
      articles: [
        {
          url: 'https://www.enabbaladi.net/a/1',
          title: 42,
          at: NOW,
          actors: [
            { id: 'sdf', name: { ar: 'قسد', en: 'SDF' }, label: 'furious', score: 7, names: [{ text: 'ميليشيا قسد', count: 'many', loaded: true }, { text: '' }, 'x'] },
            { id: 'NOT AN ID', name: {}, label: 'against', score: -1, names: [] },
            { id: 'isis', name: null, label: 'against', score: -0.8, names: null },
          ],
        },
        { url: 'javascript:alert(1)', title: 'x', at: NOW, actors: [] },
        { url: 'https://a.org/', title: 'no date' },
        { url: 'https://a.org/b', title: 't'.repeat(1000), at: NOW, actors: 'none' },
      ],
    });
    expect(h.enabled).toBe(true);
    expect(h.articles.map((a) => a.url)).toEqual(['https://www.enabbaladi.net/a/1', 'https://a.org/b']);
    const [first, second] = h.articles;
    expect(first!.title).toBe('');
    expect(first!.actors.map((a) => a.id)).toEqual(['sdf', 'isis']);
    expect(first!.actors[0]).toMatchObject({ label: 'neutral', score: 0, names: [{ text: 'ميليشيا قسد', count: 1, loaded: true }] });
    expect(first!.actors[1]).toMatchObject({ name: { ar: '', en: '' }, names: [] });
    expect(second!.title).toHaveLength(300);
    expect(second!.actors).toEqual([]);
  });
});

describe('per site over the week', () => {
  const sdf = (score: number, names: [string, number, boolean][]) => ({
    id: 'sdf',
    name: { ar: 'قسد', en: 'SDF' },
    label: 'against' as const,
    score,
    names: names.map(([text, count, loaded]) => ({ text, count, loaded })),
  });

  test('articles counted, names merged, stance averaged, older than a week left out', () => {
    const history: History = {
      enabled: true,
      articles: [
        article('https://www.enabbaladi.net/1', NOW - 2 * DAY, [
          sdf(-0.8, [
            ['ميليشيا قسد', 2, true],
            ['قسد', 1, false],
          ]),
        ]),
        article('https://www.enabbaladi.net/2', NOW - DAY, [sdf(-0.2, [['ميليشيا قسد', 1, true]])]),
        article('https://www.npasyria.com/3', NOW - 3 * DAY, [sdf(0.4, [['قوات سوريا الديمقراطية', 4, false]])]),
        article('https://www.enabbaladi.net/old', NOW - 9 * DAY, [sdf(1, [['x', 1, false]])]),
      ],
    };
    const sites = bySite(history, NOW);
    expect(sites.map((s) => [s.site, s.articles.length])).toEqual([
      ['enabbaladi.net', 2],
      ['npasyria.com', 1],
    ]);
    const [enab] = sites;
    expect(enab!.articles.map((a) => a.url)).toEqual(['https://www.enabbaladi.net/2', 'https://www.enabbaladi.net/1']);
    expect(enab!.parties).toHaveLength(1);
    expect(enab!.parties[0]).toMatchObject({ id: 'sdf', articles: 2, score: -0.5 });
    expect(enab!.parties[0]!.names).toEqual([
      { text: 'ميليشيا قسد', count: 3, loaded: true },
      { text: 'قسد', count: 1, loaded: false },
    ]);
  });
});
