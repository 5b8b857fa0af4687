// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { changedRegions, MutationBatcher } from '../../lib/page/mutations';

function records(run: () => void): Promise<MutationRecord[]> {
  return new Promise((resolve) => {
    const abort = new AbortController();
    new MutationBatcher(
      document.body,
      (r) => {
        abort.abort();
        resolve(r);
      },
      abort.signal,
      10,
      50,
    );
    run();
  });
}

describe('changedRegions', () => {
  const inArticle = (n: Node) => !!document.querySelector('article')?.contains(n);
  const own = (n: Node) => n.nodeType === 1 && (n as Element).tagName === 'ADASA-LAYER';

  test('edited text: its block; added post: the post; furniture and own layer: nothing', async () => {
    document.body.innerHTML = '<article><p id="a">نص <b>قديم</b></p><div id="feed"></div></article><footer><p>تذييل</p></footer>';
    const recs = await records(() => {
      document.querySelector('b')!.firstChild!.textContent = 'جديد';
      const post = document.createElement('div');
      post.innerHTML = '<p>منشور جديد</p><p>فقرة ثانية</p>';
      document.getElementById('feed')!.append(post);
      document.querySelector('footer p')!.textContent = 'تذييل آخر';
      document.body.append(document.createElement('adasa-layer'));
    });
    const change = changedRegions(recs, inArticle, own);
    expect(change.regions.map((r) => r.id || r.firstElementChild?.textContent)).toEqual(['a', 'منشور جديد']);
    expect(change.removed).toBe(false);
  });

  test('a removal marks its block and sets `removed`', async () => {
    document.body.innerHTML = '<article><p id="a">نص <b>يزول</b></p></article>';
    const recs = await records(() => document.querySelector('b')!.remove());
    const change = changedRegions(recs, inArticle, own);
    expect(change.removed).toBe(true);
    expect(change.regions.map((r) => r.id)).toEqual(['a']);
  });

  test('text added outside the article is counted (a page still loading its article)', async () => {
    document.body.innerHTML = '<article><p>قصير</p></article><div id="x"></div>';
    const recs = await records(() => {
      document.getElementById('x')!.innerHTML = '<p>نص طويل يصل متأخراً</p>';
    });
    const change = changedRegions(recs, inArticle, own);
    expect(change.outsideAdded).toBeGreaterThan(10);
    expect(change.regions).toEqual([]);
  });

  test('many records in one burst reach the callback as one batch', async () => {
    document.body.innerHTML = '<article></article>';
    const recs = await records(() => {
      for (let i = 0; i < 50; i++) document.querySelector('article')!.append(document.createElement('p'));
    });
    expect(recs.length).toBe(50);
  });
});
