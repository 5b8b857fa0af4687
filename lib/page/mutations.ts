/**
 * Pages that change: one MutationObserver for the whole document (and for the shadow roots and
 * frames the article shows), its records batched over a short quiet period, then reduced to
 * the regions whose text changed — a block whose text was edited, or a subtree that was added.
 * Only those regions are analysed again.
 */
import { blockOf, isBlock } from './blocks';
import { isChrome } from './chrome';
import { showsInside } from './tree';

/** The reduced batch: regions to analyse again, and whether anything left the page. */
export interface ChangeSet {
  regions: Element[];
  removed: boolean;
  /** Characters of text added outside the article (a late-loading page may need a new scan). */
  outsideAdded: number;
}

/** Reduces mutation records to changed regions. `inArticle` says whether a node is article text. */
export function changedRegions(records: readonly MutationRecord[], inArticle: (node: Node) => boolean, isOwnUi: (node: Node) => boolean): ChangeSet {
  const regions = new Set<Element>();
  let removed = false;
  let outsideAdded = 0;
  for (const r of records) {
    if (isOwnUi(r.target)) continue;
    if (r.type === 'characterData') {
      if (!inArticle(r.target)) continue;
      const b = blockOf(r.target);
      if (b) regions.add(b);
      continue;
    }
    if (r.type !== 'childList') continue;
    const inside = inArticle(r.target);
    for (const n of r.addedNodes) {
      if (isOwnUi(n)) continue;
      if (!inside) {
        outsideAdded += n.textContent?.length ?? 0;
        continue;
      }
      if (n.nodeType === 1) {
        const el = n as Element;
        if (isChrome(el)) continue;
        if (isBlock(el) || el.querySelector('p, div, li, h1, h2, h3, h4, blockquote, figure, section, article')) {
          regions.add(el);
          continue;
        }
      } else if (n.nodeType !== 3) continue;
      const b = blockOf(r.target);
      if (b) regions.add(b);
    }
    if (r.removedNodes.length > 0) {
      let ownOnly = true;
      for (const n of r.removedNodes) if (!isOwnUi(n)) ownOnly = false;
      if (ownOnly) continue;
      if (!inside) continue;
      removed = true;
      const b = blockOf(r.target);
      if (b) regions.add(b);
    }
  }
  // Keep connected, outermost regions only.
  const list = [...regions].filter((el) => el.isConnected);
  const outer = list.filter((el) => !list.some((other) => other !== el && showsInside(other, el)));
  outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return { regions: outer, removed, outsideAdded };
}

/**
 * One MutationObserver on the document; records collect until `quietMs` pass without new ones
 * (or `maxWaitMs` since the first), then `onBatch` gets them all at once.
 */
export class MutationBatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private first = 0;

  constructor(
    private readonly target: Node,
    private readonly onBatch: (records: MutationRecord[]) => void,
    signal: AbortSignal,
    private readonly quietMs = 120,
    private readonly maxWaitMs = 600,
  ) {
    const Observer = (target.ownerDocument?.defaultView ?? globalThis).MutationObserver;
    this.observer = new Observer((records) => this.collect(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /**
   * Watches one more tree: an open shadow root or a frame's document, which the document's
   * own observation does not reach.
   */
  observe(target: Node): void {
    if (this.watched.has(target)) return;
    this.watched.add(target);
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private readonly watched = new WeakSet<Node>();

  private collect(records: MutationRecord[]): void {
    if (this.pending.length === 0) this.first = Date.now();
    for (const r of records) this.pending.push(r);
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.quietMs, this.first + this.maxWaitMs - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Hands over what has collected now (tests, teardown). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const more = this.observer.takeRecords();
    const batch = this.pending.concat(more);
    this.pending = [];
    if (batch.length > 0) this.onBatch(batch);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
    this.observer.disconnect();
  }
}
