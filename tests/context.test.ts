/**
 * Page chrome in the text context: lines that are not the article's words — chrome markers, lines
 * with no word, and posts embedded in the page (someone else's words laid into it).
 */
import { describe, expect, test } from 'vitest';
import { buildTextContext } from '../lib/context';
import { builtinLexicon } from '../lib/terms/lexicon';
import { findings } from './helpers/find';

/** Each line of `src` with whether its words are chrome. */
function chromeLines(src: string): [string, boolean][] {
  const ctx = buildTextContext(src, builtinLexicon());
  const out: [string, boolean][] = [];
  for (let l = 0; l + 1 < ctx.st.lineStart.length; l++) {
    const a = ctx.st.lineStart[l];
    const b = ctx.st.lineStart[l + 1];
    out.push([ctx.text.slice(ctx.toks.start[a], ctx.toks.end[b - 1]), ctx.chrome[a] === 1]);
  }
  return out;
}

describe('embedded posts are chrome', () => {
  test.each<[string, boolean[]]>([
    // Al Mayadeen, 2023: a post embedded with its picture link, then its byline.
    [
      'وأعلنت المقاومة الإسلامية في العراق استهداف القاعدة.\nالمقاومة الاسلامية في العراق ... pic.twitter.com/6r0RBBR4mJ\n— Hussam Al-Aqili (@Husam13318285) December 12, 2023\nوتحدث مصدر ميداني عن سقوط صواريخ.',
      [false, true, true, false],
    ],
    // A link in the middle of a line, or a dash opening a line with no handle, is the article's.
    ['نشر الحساب صورة على pic.twitter.com/abc ثم حذفها بعد ساعة.', [false]],
    ['— وقال المتحدث إن القصف مستمر.', [false]],
  ])('%#', (src, expected) => {
    expect(chromeLines(src).map(([, c]) => c)).toEqual(expected);
  });

  test('a loaded word in an embedded post is no finding', () => {
    const src = 'قصفت الطائرات القاعدة.\nالمقاومة الاسلامية في العراق ... pic.twitter.com/6r0RBBR4mJ\n— Hussam Al-Aqili (@Husam13318285) December 12, 2023';
    expect(findings(src, 'framing')).toEqual([]);
  });
});
