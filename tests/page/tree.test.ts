// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findArticle } from '../../lib/page/article';
import { blockOf } from '../../lib/page/blocks';
import { extractText, runToEnd } from '../../lib/page/extract';
import { compareShown, shownChildren, shownParent, showsInside } from '../../lib/page/tree';

/** A host whose open shadow root holds a paragraph and a slot, with a slotted light paragraph. */
function shadowArticle(mode: 'open' | 'closed' = 'open') {
  document.body.innerHTML = `<article><h1>عنوان التقرير</h1><p>فقرة قبل المكون.</p><news-body><p id="light">فقرة في الضوء.</p></news-body><p>فقرة بعد المكون.</p></article>`;
  const host = document.querySelector('news-body')!;
  const root = host.attachShadow({ mode });
  root.innerHTML = '<p id="inner">فقرة في الظل.</p><slot></slot>';
  return { host, root, article: document.querySelector('article')! };
}

describe('the shown tree', () => {
  test('an open shadow root is walked in place of its host, slotted children where the slot is', () => {
    const { article } = shadowArticle();
    const passages: string[] = [];
    const idx = runToEnd(extractText([article], { onPassage: (p) => passages.push(p.nodeType === 11 ? 'shadow root' : p.nodeName) }));
    expect(idx.text).toBe('عنوان التقرير\nفقرة قبل المكون.\nفقرة في الظل.\nفقرة في الضوء.\nفقرة بعد المكون.');
    expect(passages).toEqual(['shadow root']);
  });

  test('a closed shadow root is out of reach: the host shows its light children only', () => {
    const { article } = shadowArticle('closed');
    const idx = runToEnd(extractText([article]));
    expect(idx.text).not.toContain('فقرة في الظل');
    expect(idx.text).toContain('فقرة في الضوء.');
  });

  test('parents cross the shadow boundary; containment and order follow what is shown', () => {
    const { host, root, article } = shadowArticle();
    const inner = root.getElementById('inner')!;
    const light = document.getElementById('light')!;
    expect(shownParent(inner)).toBe(host);
    expect(shownParent(root)).toBe(host);
    expect(showsInside(article, inner.firstChild!)).toBe(true);
    expect(article.contains(inner)).toBe(false);
    expect(blockOf(inner.firstChild!)).toBe(inner);
    const before = article.querySelector('p')!;
    const after = article.querySelector('news-body + p')!;
    expect(compareShown(before, inner)).toBeLessThan(0);
    expect(compareShown(inner, after)).toBeLessThan(0);
    expect(compareShown(after, inner)).toBeGreaterThan(0);
    expect(compareShown(host, inner)).toBeLessThan(0);
    expect([...shownChildren(host)].map((n) => n.nodeName)).toEqual(['P', 'SLOT']);
    expect(compareShown(light, after)).toBeLessThan(0);
  });

  test('an article whose paragraphs all live in a shadow root is found through its host', () => {
    document.body.innerHTML = `<nav><a href="/">الرئيسية</a></nav><main><story-body></story-body></main><footer>حقوق النشر</footer>`;
    const host = document.querySelector('story-body')!;
    const root = host.attachShadow({ mode: 'open' });
    const para = 'قالت مصادر محلية إن اشتباكات اندلعت في ريف دير الزور الشرقي، وإن الأهالي نزحوا نحو القرى المجاورة. ';
    root.innerHTML = Array.from({ length: 6 }, () => `<p>${para}</p>`).join('');
    const article = findArticle(document);
    expect(article.roots.length).toBeGreaterThan(0);
    const idx = runToEnd(extractText(article.roots));
    expect(idx.text).toContain('اشتباكات اندلعت');
    expect(idx.text).not.toContain('الرئيسية');
    expect(idx.text).not.toContain('حقوق النشر');
  });
});
