/**
 * What is page furniture and not article: navigation, share bars, related-story lists,
 * comments, footers, forms, hidden and non-text elements. One predicate, used both to choose
 * the article and to prune it, so the two never disagree.
 */

import { frameBody } from './tree';

/** Elements whose content is never article text. */
const NEVER = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MENU',
  'DIALOG',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MATH',
  'PICTURE',
  'IMG',
]);

const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
  'button',
  'form',
  'banner',
]);

/**
 * Class and id words of furniture (after Readability's `unlikelyCandidates`, with the words
 * Arabic news templates use: `most-read`, `share-bar`, `related-news`, `tags`). Words, not a
 * pattern: a pattern of this many alternatives took 2 to 7 ms to compile on its first use, in
 * the content script's first task.
 */
const CHROME_WORDS = wordSet(
  'comment comments commentlist comment-list disqus respond replies share sharing sharer social socials related relatedposts recommend recommended recommendations morestories more-stories morenews more-news morearticles more-articles mostread most-read mostpopular most-popular mostviewed most-viewed popular trending sidebar widget footer nav navbar navigation menu breadcrumb breadcrumbs tag tags taglist tag-list newsletter subscribe subscription promo advert advertisement ad ads adslot ad-slot sponsored outbrain taboola pagination pager skiplink skip-link meta entrymeta entry-meta postmeta post-meta byline author authors dateline date timestamp postedon posted-on cookie consent modal popup printonly print-only sr-only visuallyhidden visually-hidden screenreader screen-reader',
);

/** Readability's hint that an element is content after all («article-body» beats «body-share»). */
const CONTENT_WORDS = wordSet('article body content entry main page post story text blog hentry');

/** A set of words (hint words in lower case, tag names in upper case), from a list separated by spaces. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

const SEPARATOR = /([\s_-])/;

/** A class-and-id hint in lower case, cut into its words and the separators between them (read once per element). */
export function hintWords(hint: string): readonly string[] {
  return hint.toLowerCase().split(SEPARATOR);
}

/**
 * Whether a hint's words ({@link hintWords}) hold one of `words` as a whole word, in any case: a
 * word between spaces, `_` or `-` (or the ends), or two such words joined by one `-` («most-read»).
 */
export function hasWord(parts: readonly string[], words: ReadonlySet<string>): boolean {
  for (let i = 0; i < parts.length; i += 2) {
    if (words.has(parts[i])) return true;
    if (parts[i + 1] === '-' && i + 2 < parts.length && words.has(`${parts[i]}-${parts[i + 2]}`)) return true;
  }
  return false;
}

/** The class and id of an element as one string (SVG classes are objects, not strings). */
export function hintOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.trim();
}

/** Whether the element is hidden by its own attributes or inline style (no layout needed). */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * Whether an element (and everything in it) is furniture. `headline` is the article's h1: a
 * header or banner holding it is the article's own header, not the site's. `hints: false`
 * judges by tag, role and markup only, not by class and id words (Readability's second try,
 * for pages whose layout wrappers are named «has-sidebar» or «social-anchor»).
 */
export function isChrome(el: Element, headline: Element | null = null, hints = true): boolean {
  const tag = el.tagName.toUpperCase();
  // A frame is furniture unless it shows a document the page may read (an embedded article).
  if (NEVER.has(tag) && (tag !== 'IFRAME' || frameBody(el) === null)) return true;
  if (hiddenByMarkup(el)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return !(role === 'banner' && headline && el.contains(headline));
  if (tag === 'HEADER') return !(headline && el.contains(headline));
  if (headline && el.contains(headline)) return false;
  if (!hints) return false;
  const hint = hintOf(el);
  const parts = hint ? hintWords(hint) : null;
  if (parts && hasWord(parts, CHROME_WORDS)) {
    // «comment» in «article-content-comment»? Content words on a large block win.
    if (hasWord(parts, CONTENT_WORDS) && (el.textContent?.length ?? 0) > 500 && linkDensity(el) < 0.3) return false;
    return true;
  }
  if ((tag === 'UL' || tag === 'OL' || tag === 'DL') && linkDensity(el) > 0.5) return true;
  return false;
}

/** The share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const gen = linkDensityOf(el);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** Text nodes read between two yields of the stepwise walks. */
const NODES_PER_STEP = 256;

/**
 * {@link linkDensity} in steps: it yields every few hundred text nodes, so an element that holds
 * a whole live blog is measured across several tasks rather than in one.
 */
export function* linkDensityOf(el: Element): Generator<void, number> {
  let total = 0;
  let linked = 0;
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (++n % NODES_PER_STEP === 0) yield;
    const length = t.data.length;
    total += length;
    const link = t.parentElement?.closest('a');
    if (link && link !== el && el.contains(link)) linked += length;
  }
  return total === 0 ? 0 : Math.min(1, linked / total);
}

/** How many characters of text the trees at `roots` hold (their text content), in steps. */
export function* textLengthOf(roots: readonly (Node | null | undefined)[]): Generator<void, number> {
  let total = 0;
  let n = 0;
  for (const root of roots) {
    if (!root) continue;
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (++n % NODES_PER_STEP === 0) yield;
      total += t.data.length;
    }
  }
  return total;
}
