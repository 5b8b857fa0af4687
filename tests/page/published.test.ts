// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isoDay, publishedDate } from '../../lib/page/published';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('the publication date a page states', () => {
  test.each([
    ['<meta property="article:published_time" content="2025-03-10T08:00:00+03:00">', '', '2025-03-10'],
    ['<meta itemprop="datePublished" content="2019-10-12">', '', '2019-10-12'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-12-07T10:00:00Z"}]}</script>', '', '2021-12-07'],
    ['<script type="application/ld+json">{not json</script>', '<article><time datetime="2018-08-09">9 آب</time></article>', '2018-08-09'],
    ['', '<p>لا تاريخ</p>', undefined],
    ['<meta property="article:published_time" content="yesterday">', '', undefined],
    ['<meta property="article:published_time" content="1066-10-14">', '', undefined],
  ])('%s %s → %s', (head, body, want) => {
    expect(publishedDate(doc(head, body))).toBe(want);
  });

  test('only plausible dates pass', () => {
    expect(isoDay('2024-13-01')).toBeUndefined();
    expect(isoDay('2099-01-01', new Date('2026-11-30'))).toBeUndefined();
    expect(isoDay(' 2024-12-08T00:00')).toBe('2024-12-08');
  });
});
