/**
 * Finding the article on a live page without touching it: Readability's scoring idea (each
 * paragraph votes for its parent and grandparent by length and commas, link-heavy blocks lose)
 * run read-only on the live DOM, then widened to the article's own container so the headline,
 * standfirst and captions come along, and pruned of furniture by `isChrome`.
 * `tests/page/article.test.ts` holds it to the seed page templates and to Readability's own
 * choice on the real pages in `tests/pages/readability/`.
 */
import { hasWord, hintOf, hintWords, isChrome, linkDensity, linkDensityOf, textLengthOf, wordSet } from './chrome';
import { frameBody, shadowOf, shownChildren, shownParent, showsInside } from './tree';

/** Where the article is. `roots` are disjoint and in document order. */
export interface Article {
  roots: Element[];
  headline: Element | null;
}

const PARAGRAPHS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'TD', 'LI', 'DD', 'FIGCAPTION', 'H2', 'H3', 'DIV']);
const POSITIVE = wordSet('article body content entry hentry h-entry main page post text blog story detail details');
const NEGATIVE = wordSet(
  'hidden banner combx comment contact foot footer footnote masthead media meta outbrain promo related scroll share shoutbox sidebar skyscraper sponsor shopping tags tool widget',
);
const COMMAS = /[,،؛]/g;
const MIN_PARAGRAPH = 25;
/** Readability's threshold for trying again with fewer exclusions. */
const RETRY_BELOW = 500;

/** Finds the article at once (tests, small pages). */
export function findArticle(doc: Document): Article {
  const gen = articleOf(doc);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/**
 * Finds the article: its roots (body and, when apart, headline) and its h1. A generator that
 * yields between paragraphs, so a large page is scored in slices.
 */
export function* articleOf(doc: Document): Generator<void, Article> {
  const body = doc.body;
  if (!body) return { roots: [], headline: null };
  const structured = doc.querySelector('[itemprop="articleBody"]');
  const headline = findHeadline(doc);
  yield;
  let vote: Vote = structured && (yield* textLength(structured)) > 200 ? { best: structured, score: 0, scores: new Map() } : yield* topCandidate(body, true);
  // Too little found: a layout wrapper may carry a furniture word. Try again by structure only.
  const found = !structured && vote.best ? yield* textLength(vote.best) : 0;
  if (!structured && found < RETRY_BELOW) {
    const second = yield* topCandidate(body, false);
    if (second.best && (!vote.best || (yield* textLength(second.best)) > found)) vote = second;
  }
  if (!vote.best) return { roots: headline ? [headline] : [], headline };
  // Siblings that belong to the article too (Readability's sibling pass); otherwise widen the
  // one candidate to its article container.
  const group = structured ? [vote.best] : yield* siblingsOf(vote, headline);
  const body0 = group.length > 1 ? group : [yield* widen(vote.best, headline, body)];
  const roots: Element[] = [];
  const covered = (el: Element) => body0.some((r) => r.contains(el) || el.contains(r));
  if (headline && !covered(headline)) {
    // A headline above the body, in its own header: the headline and a standfirst beside it.
    roots.push(headline);
    const standfirst = standfirstAfter(headline);
    if (standfirst && !covered(standfirst)) roots.push(standfirst);
  }
  roots.push(...body0);
  roots.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  return { roots, headline };
}

/** The page's h1: the first one outside furniture, or the one matching the document title. */
function findHeadline(doc: Document): Element | null {
  const all = [...doc.querySelectorAll('h1')].filter((h) => !insideChrome(h, null, h) && text(h).length > 0);
  if (all.length <= 1) return all[0] ?? null;
  const title = doc.title.trim();
  return all.find((h) => title.includes(text(h).trim())) ?? all[0];
}

/** An element right after the headline that reads like a standfirst (a short lead paragraph). */
function standfirstAfter(h: Element): Element | null {
  let el = h.nextElementSibling;
  for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) {
    if (isChrome(el, h)) continue;
    const t = text(el);
    if (t.length >= MIN_PARAGRAPH && t.length < 600 && linkDensity(el) < 0.3) return el;
  }
  return null;
}

/** Readability's vote: the element with the best paragraph score, scaled by link density. */
/** The vote's outcome: the best element, its score, and every scored element. */
interface Vote {
  best: Element | null;
  score: number;
  scores: Map<Element, number>;
}

function* topCandidate(body: Element, hints: boolean): Generator<void, Vote> {
  const scores = new Map<Element, number>();
  const chromeCache = new Map<Element, boolean>();
  let n = 0;
  // Open shadow roots and readable frames are scored too: their paragraphs vote for the host
  // or frame and its ancestors like any other.
  const trees: Node[] = [body];
  for (let tree = trees.pop(); tree; tree = trees.pop()) {
    // A tree walk rather than one querySelectorAll: on a huge page it can be cut into slices.
    const walker = body.ownerDocument.createTreeWalker(tree, 1 /* SHOW_ELEMENT */);
    for (let p = walker.nextNode() as Element | null; p; p = walker.nextNode() as Element | null) {
      if ((++n & 63) === 0) yield;
      const shadow = shadowOf(p);
      if (shadow) trees.push(shadow);
      if (p.tagName === 'IFRAME') {
        const inner = frameBody(p);
        if (inner) trees.push(inner);
        continue;
      }
      if (!PARAGRAPHS.has(p.tagName)) continue;
      if (p.tagName === 'DIV' && hasBlockChild(p)) continue;
      const t = text(p);
      if (t.length < MIN_PARAGRAPH) continue;
      if (insideChrome(p, chromeCache, null, hints)) continue;
      const score = 1 + (t.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(t.length / 100), 3);
      let ancestor = shownParent(p);
      for (let level = 0; ancestor && ancestor !== body.parentElement && level < 3; level++) {
        if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(ancestor, scores.get(ancestor)! + score / divider);
        ancestor = shownParent(ancestor);
      }
    }
  }
  // Link density only for the strongest candidates: it walks every link below an element.
  const strongest = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 8);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of strongest) {
    yield;
    const final = score * (1 - (yield* linkDensityOf(el)));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return { best, score: bestScore, scores };
}

/**
 * The best element and its siblings that score well or read like article paragraphs, in
 * document order (after Readability: threshold max(10, 20 % of the best), a bonus for the same
 * class, paragraphs of 80+ characters with few links).
 */
function* siblingsOf(vote: Vote, headline: Element | null): Generator<void, Element[]> {
  const top = vote.best!;
  const parent = top.parentElement;
  if (!parent || parent.tagName === 'HTML') return [top];
  const threshold = Math.max(10, vote.score * 0.2);
  const cls = top.getAttribute('class') ?? '';
  const out: Element[] = [];
  for (const sib of parent.children) {
    yield;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    if (sib === headline || isChrome(sib, headline)) continue;
    const bonus = cls && sib.getAttribute('class') === cls ? vote.score * 0.2 : 0;
    const score = vote.scores.get(sib);
    if (score !== undefined && score * (1 - (yield* linkDensityOf(sib))) + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.tagName === 'P') {
      const t = text(sib);
      const density = yield* linkDensityOf(sib);
      if ((t.length > 80 && density < 0.25) || (t.length > 0 && t.length <= 80 && density === 0 && /\.( |$)/.test(t))) out.push(sib);
    }
  }
  return out;
}

function initialScore(el: Element): number {
  let s = 0;
  switch (el.tagName) {
    case 'ARTICLE':
    case 'MAIN':
      s += 10;
      break;
    case 'DIV':
    case 'SECTION':
      s += 5;
      break;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      s += 3;
      break;
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      s -= 3;
      break;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'TH':
      s -= 5;
      break;
  }
  const hint = hintWords(hintOf(el));
  if (hasWord(hint, POSITIVE)) s += 25;
  if (hasWord(hint, NEGATIVE)) s -= 25;
  return s;
}

/**
 * From the body up to the article's own container (`article`, `main`, `[role=main]`, or an
 * ancestor holding the headline) while the extra text stays small: headline, standfirst and
 * captions join; the rest of the page does not.
 */
function* widen(top: Element, headline: Element | null, body: Element): Generator<void, Element> {
  const bodyLength = yield* textLength(top);
  let el = top;
  for (let p = shownParent(top); p && p !== body && p !== body.parentElement; p = shownParent(p)) {
    if (insideChrome(p, null, headline)) break;
    const container = p.tagName === 'ARTICLE' || p.tagName === 'MAIN' || p.getAttribute('role') === 'main';
    const holdsHeadline = headline !== null && showsInside(p, headline) && !showsInside(el, headline);
    if (!container && !holdsHeadline) continue;
    yield;
    if ((yield* articleTextLength(p, headline)) > bodyLength * 1.6 + 400) break;
    el = p;
    if (container && (headline === null || showsInside(p, headline))) break;
  }
  return el;
}

/** Text length of an element without its furniture. */
function* articleTextLength(el: Element, headline: Element | null): Generator<void, number> {
  let n = 0;
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((++visited & 255) === 0) yield;
    if (node.nodeType === 3) n += (node as Text).data.length;
    else if (node.nodeType === 1 && (node === el || !isChrome(node as Element, headline))) stack.push(...shownChildren(node as Element));
  }
  return n;
}

/** Whether an element or any ancestor below `body` is furniture. */
function insideChrome(el: Element, cache: Map<Element, boolean> | null, headline: Element | null = null, hints = true): boolean {
  const chain: Element[] = [];
  let result = false;
  for (let a: Element | null = el; a; a = shownParent(a)) {
    // A frame's own body and root are not furniture; the frame and what holds it may be.
    if (a.tagName === 'BODY' || a.tagName === 'HTML') continue;
    const known = cache?.get(a);
    if (known !== undefined) {
      result = known;
      break;
    }
    chain.push(a);
    if (isChrome(a, headline, hints)) {
      result = true;
      break;
    }
  }
  if (cache) for (const a of chain) cache.set(a, result);
  return result;
}

/** A set rather than a pattern: a regular expression is compiled on its first use, in the page's first task. */
const BLOCK_CHILD = wordSet('P DIV SECTION ARTICLE UL OL TABLE BLOCKQUOTE PRE H1 H2 H3 H4 H5 H6 FIGURE HEADER FOOTER ASIDE NAV FORM');

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (BLOCK_CHILD.has(c.tagName)) return true;
  return false;
}

/**
 * Characters of text an element shows, whitespace included: its own text, plus what open
 * shadow roots and readable frames inside it show — in steps, for an element that may hold a
 * whole page.
 */
function textLength(el: Element): Generator<void, number> {
  return textLengthOf([el, shadowOf(el), frameBody(el)]);
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
