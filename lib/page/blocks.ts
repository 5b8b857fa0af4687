import { shownParent } from './tree';

/**
 * Blocks: the paragraph-level elements the article text is cut into. A block boundary becomes
 * "\n" in the text; a changed block is the unit of re-analysis.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'HTML',
]);

/** Whether an element starts its own line. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block element showing a node (the node itself if it is one), across shadow roots and frames. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : shownParent(node);
  while (el && !isBlock(el)) el = shownParent(el);
  return el;
}

/** Whether a text node keeps its whitespace (inside `pre`). */
export function isPre(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'PRE' || tag === 'TEXTAREA') return true;
    if (isBlock(el) && tag !== 'PRE') return false;
  }
  return false;
}
