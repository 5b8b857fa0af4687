// @vitest-environment happy-dom
/**
 * The article heuristic against two references: the seed page templates, where the article
 * text is known exactly, and Mozilla Readability's own choice on 130 real pages (run on a
 * separate copy of each page), compared word by word.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { findArticle } from '../../lib/page/article';
import { extractText, runToEnd } from '../../lib/page/extract';
import { seedPage, seeds } from '../e2e/helpers/news-page.mjs';
import { readabilityHtml, readabilityPages } from '../e2e/helpers/server.mjs';

function load(html: string): Document {
  const win = new Window({
    url: 'https://www.example.org/article',
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptFileLoading: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

function articleText(doc: Document): string {
  const a = findArticle(doc);
  return runToEnd(extractText(a.roots, { headline: a.headline })).text;
}

describe('seed pages', () => {
  test.each(seeds().map((s) => [s.id, s] as const))('seed %s: exactly the article, none of the furniture', (_id, seed) => {
    const { html, expected } = seedPage(seed);
    expect(articleText(load(html))).toBe(expected);
  });
});

/** Words of a text (letters and digits of any script). */
function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);

describe('agreement with Readability on 130 real pages', () => {
  const results: { name: string; recall: number; precision: number }[] = [];
  for (const name of readabilityPages()) {
    const html = readabilityHtml(name);
    const ours = words(articleText(load(html)));
    const ref = new Readability(load(html)).parse();
    const theirs = words(`${ref?.title ?? ''} ${ref?.textContent ?? ''}`);
    const common = overlap(ours, theirs);
    results.push({ name, recall: total(theirs) ? common / total(theirs) : 1, precision: total(ours) ? common / total(ours) : 1 });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  test('most of what Readability calls the article is in ours (recall)', () => {
    expect(median(results.map((r) => r.recall))).toBeGreaterThan(0.9);
  });

  test('most of ours is what Readability calls the article (precision)', () => {
    expect(median(results.map((r) => r.precision))).toBeGreaterThan(0.85);
  });

  test('few pages where the two disagree badly', () => {
    const bad = results.filter((r) => 2 / (1 / Math.max(r.recall, 1e-9) + 1 / Math.max(r.precision, 1e-9)) < 0.5);
    expect(bad.map((r) => r.name).length).toBeLessThanOrEqual(Math.ceil(results.length * 0.1));
  });
});
