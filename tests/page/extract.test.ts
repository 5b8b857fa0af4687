// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractText, runToEnd } from '../../lib/page/extract';

describe('extractText', () => {
  test('leaves furniture inside the article out: share bars, related lists, comments, hidden parts', () => {
    document.body.innerHTML = `
      <article>
        <p>فقرة أولى من المقال.</p>
        <div class="share-bar"><a>شارك</a></div>
        <p hidden>نص مخفي</p>
        <p style="display: none">نص مخفي آخر</p>
        <ul class="related"><li><a>ميليشيا قسد</a></li></ul>
        <figure><figcaption>تعليق الصورة</figcaption></figure>
        <section class="comments"><p>تعليق قارئ عن المرتزقة</p></section>
        <p>فقرة أخيرة.</p>
      </article>`;
    const idx = runToEnd(extractText([document.querySelector('article')!]));
    expect(idx.text).toBe('فقرة أولى من المقال.\nتعليق الصورة\nفقرة أخيرة.');
  });

  test("skips the extension's own elements", () => {
    document.body.innerHTML = '<div id="a"><p>نص</p><adasa-layer>بطاقة</adasa-layer></div>';
    const idx = runToEnd(extractText([document.getElementById('a')!], { skip: (el) => el.tagName === 'ADASA-LAYER' }));
    expect(idx.text).toBe('نص');
  });

  test('yields between chunks so the caller can slice the work', () => {
    document.body.innerHTML = `<div>${'<p>كلمة</p>'.repeat(50)}</div>`;
    const gen = extractText([document.body.firstElementChild!], { chunk: 10 });
    let yields = 0;
    for (let r = gen.next(); !r.done; r = gen.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  test('several roots are joined by line breaks in document order', () => {
    document.body.innerHTML = '<h1>العنوان</h1><nav>قائمة</nav><div id="b"><p>المتن</p></div>';
    const idx = runToEnd(extractText([document.querySelector('h1')!, document.getElementById('b')!]));
    expect(idx.text).toBe('العنوان\nالمتن');
  });
});
