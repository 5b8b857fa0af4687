import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CURATED, curatedPatterns, curatedSiteOf, originPattern, siteKey, SiteList } from '../../lib/ext/sites';

describe('seeds/sites.json', () => {
  test('validates, is sorted by host and has no duplicates', () => {
    const raw = JSON.parse(readFileSync('seeds/sites.json', 'utf8'));
    expect(SiteList.safeParse(raw).success).toBe(true);
    const keys = CURATED.map((s) => s.host + (s.path ?? ''));
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.each([
    'sana.sy',
    'hawarnews.com',
    'npasyria.com',
    'northpulse.net',
    'orient-news.net',
    'syriahr.com',
    'enabbaladi.net',
    'aljazeera.net',
    'aawsat.com',
    'alarabiya.net',
    'skynewsarabia.com',
    'bbc.com',
    'alquds.co.uk',
    'independentarabia.com',
    'athrpress.com',
    'syria.tv',
    'rudaw.net',
  ])('includes %s', (host) => {
    expect(CURATED.some((s) => s.host === host)).toBe(true);
  });

  test('a broken entry is refused with its path', () => {
    const r = SiteList.safeParse({ sites: [{ host: 'https://x.com/', name: { ar: 'x', en: 'x' } }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['sites', 0, 'host']);
  });
});

describe('matching', () => {
  test.each([
    ['https://www.northpulse.net/2025/04/x', 'northpulse.net'],
    ['https://hawarnews.com/ar/x', 'hawarnews.com'],
    ['https://www.bbc.com/arabic/articles/x', 'bbc.com'],
    ['https://www.bbc.com/news/world', null],
    ['https://www.rudaw.net/english/x', null],
    ['https://evil-northpulse.net/x', null],
    ['file:///home/x.html', null],
  ])('%s → %s', (url, host) => {
    expect(curatedSiteOf(url)?.host ?? null).toBe(host);
  });

  test('match patterns cover subdomains and keep the path limit', () => {
    const patterns = curatedPatterns();
    expect(patterns).toContain('*://*.sana.sy/*');
    expect(patterns).toContain('*://*.bbc.com/arabic*');
    expect(patterns.every((p) => /^\*:\/\/\*\.[a-z0-9.-]+\/[a-z0-9/*_-]*$/.test(p))).toBe(true);
  });

  test('per-site keys drop www; the grant asked for covers the site', () => {
    expect(siteKey('https://www.example.com/a')).toBe('example.com');
    expect(originPattern('https://www.example.com/a')).toBe('*://*.example.com/*');
    expect(siteKey('chrome://extensions')).toBeNull();
  });
});
