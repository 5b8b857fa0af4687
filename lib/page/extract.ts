/**
 * Walks the article's live text nodes in document order, skipping furniture, and builds the
 * text index. Hidden means hidden by markup (`hidden`, `aria-hidden`, inline `display:none`), as
 * in Readability: computed styles are never read, since reading them on a page whose style is
 * not up to date makes the browser recompute the whole page inside our task. The walk is a generator so the caller can run it in slices (`schedule.ts`):
 * each `yield` is a safe point to give the page its main thread back.
 */
import { blockOf, isBlock, isPre } from './blocks';
import { hiddenByMarkup, isChrome } from './chrome';
import { OWN_TASK } from './schedule';
import { TextIndex, TextIndexBuilder } from './text-index';
import { frameBody, shadowOf, shownChildren } from './tree';

export interface ExtractOptions {
  /** The article's h1, so its header is not taken for the site's. */
  headline?: Element | null;
  /** Elements to leave out whatever they are (the extension's own UI host). */
  skip?: (el: Element) => boolean;
  /** Nodes between yields. */
  chunk?: number;
  /**
   * Told of every open shadow root and every frame element met on the way (frames whether or
   * not their document can be read yet), so the caller can watch them and paint inside them.
   */
  onPassage?: (passage: ShadowRoot | HTMLIFrameElement) => void;
}

/** Characters of text above which joining it gets a task of its own. */
const LONG_TEXT = 100_000;

/** A block boundary to mark once a frame's content has been walked. */
const FRAME_END = Symbol('frame end');

/**
 * Builds the text index of `roots` (disjoint, in document order), yielding every `chunk` nodes.
 * The generator's return value is the finished index.
 */
export function* extractText(roots: readonly Element[], opts: ExtractOptions = {}): Generator<void | typeof OWN_TASK, TextIndex> {
  const builder = new TextIndexBuilder();
  const chunk = opts.chunk ?? 200;
  const headline = opts.headline ?? null;
  let count = 0;
  for (const root of roots) {
    builder.breakBlock();
    // Iterative walk: explicit stack, children pushed in reverse to pop in document order.
    const stack: (Node | typeof FRAME_END)[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (++count % chunk === 0) yield;
      if (node === FRAME_END) {
        builder.breakBlock();
        continue;
      }
      if (node.nodeType === 3) {
        const t = node as Text;
        if (t.data.length === 0) continue;
        const block = blockOf(t) ?? root;
        builder.append(t, block, isPre(t));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName === 'IFRAME') {
        // A frame not yet loaded is still reported: its document may become readable later.
        if (el !== root && (hiddenByMarkup(el) || opts.skip?.(el))) continue;
        opts.onPassage?.(el as HTMLIFrameElement);
        if (el !== root && isChrome(el, headline)) continue;
        const body = frameBody(el);
        if (!body) continue;
        // Another document: its text never runs on into the text around the frame.
        builder.breakBlock();
        stack.push(FRAME_END, body);
        continue;
      }
      if (el !== root && (isChrome(el, headline) || opts.skip?.(el))) continue;
      if (el.tagName === 'BR') {
        builder.breakBlock();
        continue;
      }
      if (el !== root && isBlock(el)) builder.breakBlock();
      const shadow = shadowOf(el);
      if (shadow) opts.onPassage?.(shadow);
      const kids = shownChildren(el);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  // Joining the text is a step of its own, and a task of its own when the text is long: on a
  // live blog it copies two megabytes (7 ms).
  yield builder.size > LONG_TEXT ? OWN_TASK : undefined;
  return builder.finish();
}

/** Runs a generator to the end at once (tests, small regions). */
export function runToEnd<T>(gen: Generator<unknown, T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}
