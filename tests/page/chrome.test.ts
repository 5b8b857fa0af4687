// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isChrome, linkDensity, linkDensityOf, textLengthOf } from '../../lib/page/chrome';

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('isChrome', () => {
  test.each([
    ['<nav><a>الرئيسية</a></nav>'],
    ['<footer>جميع الحقوق محفوظة</footer>'],
    ['<aside>الأكثر قراءة</aside>'],
    ['<div class="share-bar">شارك</div>'],
    ['<section id="comments">التعليقات (0)</section>'],
    ['<div class="related-news">اقرأ أيضاً</div>'],
    ['<div class="most-read">الأكثر قراءة</div>'],
    ['<div role="navigation">قائمة</div>'],
    ['<div class="entry-meta">20 نيسان 2025</div>'],
    ['<ul><li><a>رابط أول طويل</a></li><li><a>رابط ثان طويل</a></li></ul>'],
    ['<p hidden>مخفي</p>'],
    ['<div style="display:none">مخفي</div>'],
  ])('furniture: %s', (html) => {
    expect(isChrome(el(html))).toBe(true);
  });

  test.each([['<p>فقرة من المقال</p>'], ['<div class="entry-content">متن</div>'], ['<figure><figcaption>تعليق</figcaption></figure>'], ['<ul><li>بند بلا رابط</li></ul>']])(
    'article: %s',
    (html) => {
      expect(isChrome(el(html))).toBe(false);
    },
  );

  test("a header holding the article's headline is the article's, not the site's", () => {
    const header = el('<header><h1>العنوان</h1></header>');
    expect(isChrome(header)).toBe(true);
    expect(isChrome(header, header.querySelector('h1'))).toBe(false);
  });

  test('link density is the share of text inside links', () => {
    expect(linkDensity(el('<p>abcd <a>ef</a></p>'))).toBeCloseTo(2 / 7);
    expect(linkDensity(el('<a href="#">كل النص رابط</a>'))).toBe(0); // an element is not a link inside itself
    expect(linkDensity(el('<div></div>'))).toBe(0);
  });

  test('a whole live blog is measured in steps, with the same result as in one', () => {
    const post = '<article><p>تحديث من الحسكة: قصف على قرية قريبة</p><a href="#">شارك</a></article>';
    const feed = el(`<div>${post.repeat(2000)}</div>`);
    const steps = (gen: Generator<void, number>) => {
      let n = 0;
      for (let r = gen.next(); ; r = gen.next(), n++) if (r.done) return { n, value: r.value };
    };
    const density = steps(linkDensityOf(feed));
    expect(density.n).toBeGreaterThan(10);
    const linked = [...feed.querySelectorAll('a')].reduce((n, a) => n + a.textContent!.length, 0);
    expect(density.value).toBeCloseTo(linked / feed.textContent!.length);
    const length = steps(textLengthOf([feed]));
    expect(length.n).toBeGreaterThan(10);
    expect(length.value).toBe(feed.textContent!.length);
  });
});
