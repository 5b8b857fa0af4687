// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isChrome, linkDensity } from '../../lib/page/chrome';

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
  });
});
