/**
 * One analysis of one page, from start to teardown: find the article, index its text in
 * slices, have it analysed, turn findings into live Ranges and paint them; then keep up with
 * the page — changed blocks are analysed again on their own, findings whose text disappeared
 * are dropped. Everything stops with the AbortSignal. The session knows nothing of the
 * extension: analysis and painting come in as dependencies.
 */
import type { Finding } from '../model/report';
import { anchorFinding } from './anchor';
import { articleOf, type Article } from './article';
import { blockOf } from './blocks';
import { isChrome } from './chrome';
import { extractText, type ExtractOptions } from './extract';
import type { HighlightSink } from './highlights';
import { caretAt, covering, pointInRange } from './hit-test';
import { changedRegions, MutationBatcher } from './mutations';
import { Aborted, OWN_TASK, runSliced, SLICE_MS, TaskMeter, yieldToPage } from './schedule';
import type { TextIndex } from './text-index';
import { compareShown, shownParent, showsInside } from './tree';

/** A reply being read: a generator the session runs in slices, whose value is the findings. */
export type ReplyReading = Generator<void, { findings: readonly SessionFinding[] }>;

/** What the session needs of a finding: where it is and what it is. */
export type SessionFinding = Pick<Finding, 'id' | 'kind' | 'start' | 'end' | 'text' | 'attribution'>;

/** A finding painted on the page. `key` is unique across the page's segments. */
export interface PaintedFinding {
  key: string;
  segment: string;
  finding: SessionFinding;
  range: Range;
  name: string;
  start: number;
  end: number;
  blocks: Element[];
}

interface Segment {
  id: string;
  index: TextIndex;
  findings: PaintedFinding[];
}

export interface SessionDeps {
  doc: Document;
  sink: HighlightSink;
  /**
   * Sends a segment's text for analysis; `reset` starts the page's report over. A generator the
   * session runs in measured slices (a long text may go in parts, each in a task of its own);
   * its value holds the reply to come, which is read in measured slices too.
   */
  analyze(segment: string, text: string, reset: boolean): Generator<void | typeof OWN_TASK, { reply: Promise<ReplyReading> }>;
  /** Findings whose text left the page. */
  onDropped(keys: string[]): void;
  /** The painted set changed. */
  onChange?(): void;
  /** The highlight name a finding is painted under. */
  nameOf(f: SessionFinding): string;
  /** The extension's own elements (the card's host): never text, never a change. */
  isOwnUi(node: Node): boolean;
  /** A readable frame's document joined the article (hover must be listened for there too). */
  onFrameDocument?(doc: Document): void;
  signal: AbortSignal;
}

/** Timings of the first pass, in milliseconds from `start()`. */
export interface SessionTimings {
  extracted: number;
  analysed: number;
  painted: number;
  textLength: number;
  findings: number;
  /** When the content script started, on the page's performance timeline (ms). */
  started: number;
  /** The longest main-thread task of the first pass, and all its tasks together (ms). */
  longestTask: number;
  mainThread: number;
}

/** Regions in one batch above which a full rescan is cheaper than piecemeal work. */
const RESCAN_REGIONS = 60;
/** An article shorter than this may still be loading: additions elsewhere trigger a rescan. */
const SHORT_ARTICLE = 400;
const MAX_RESCANS = 5;
/**
 * A page of at most this many elements is small: its whole first pass fits one task. At
 * document_idle the page's own first layout is queued behind the content script, so a pause
 * there cost 15 to 95 ms on a news article whose finding and reading took 10 to 20.
 */
const SMALL_PAGE = 1500;
/** A small page's slice: the whole first pass, with room to spare under the 50 ms long-task line. */
const SMALL_SLICE_MS = 30;

/**
 * The time slice of a page's first pass: {@link SMALL_SLICE_MS} on a small page, whose first pass
 * then runs without a pause, else the usual {@link SLICE_MS}. The elements are counted in the
 * browser's own code, without a wrapper per element: well under a millisecond.
 */
export function firstPassSlice(doc: Document): number {
  return doc.getElementsByTagName('*').length <= SMALL_PAGE ? SMALL_SLICE_MS : SLICE_MS;
}

export class PageSession {
  private article: Article = { roots: [], headline: null };
  private segments = new Map<string, Segment>();
  private nodeSegment = new WeakMap<Node, Segment>();
  private painted = new Map<string, PaintedFinding>();
  private orderCache: PaintedFinding[] | null = null;
  private nextSegment = 0;
  private rescans = 0;
  private textLength = 0;
  private queue: Promise<void> = Promise.resolve();
  private batcher: MutationBatcher | null = null;
  private meter = new TaskMeter();
  /** Open shadow roots the article shows: observed, and searched by the caret lookup. */
  private shadows = new Set<ShadowRoot>();
  /** Frames met in the article, readable or not yet: a (re)load reads them again. */
  private frames = new WeakSet<HTMLIFrameElement>();
  timings: SessionTimings | null = null;

  constructor(private readonly deps: SessionDeps) {}

  /** First pass: extract, analyse, paint; then watch the page. */
  /** `since`: when the content script started (performance time), for the timings. */
  async start(since = performance.now()): Promise<SessionTimings> {
    const t0 = since;
    const { doc, signal } = this.deps;
    this.meter = new TaskMeter();
    this.meter.begin();
    const first = this.scan(true, (phase) => {
      this.timings ??= { started: t0, extracted: 0, analysed: 0, painted: 0, textLength: 0, findings: 0, longestTask: 0, mainThread: 0 };
      this.timings[phase] = performance.now() - t0;
    });
    // Work that comes in meanwhile (a frame that loads) waits for the first pass to end.
    this.queue = first.catch(() => {});
    await first;
    this.meter.end();
    this.timings!.textLength = this.textLength;
    this.timings!.findings = this.painted.size;
    this.timings!.longestTask = this.meter.longest;
    this.timings!.mainThread = this.meter.total;
    if (!signal.aborted && doc.body) {
      this.batcher = new MutationBatcher(doc.body, (records) => this.enqueue(() => this.onMutations(records)), signal);
      for (const root of this.shadows) this.batcher.observe(root);
      for (const d of this.frameDocs) if (d.body) this.batcher.observe(d.body);
    }
    return this.timings!;
  }

  /** The article's text as read, segment after segment (what the teacher saves into a library). */
  articleText(): string {
    return [...this.segments.values()]
      .map((s) => s.index.text.trim())
      .filter(Boolean)
      .join('\n\n');
  }

  /** Each segment's id and text as read (for a background that must build its reports again). */
  segmentTexts(): { id: string; text: string }[] {
    return [...this.segments.values()].map((s) => ({ id: s.id, text: s.index.text }));
  }

  /** Every painted finding, in document order. */
  ordered(): PaintedFinding[] {
    if (!this.orderCache) {
      this.orderCache = [...this.painted.values()].sort((a, b) => compareRanges(a.range, b.range));
    }
    return this.orderCache;
  }

  get(key: string): PaintedFinding | undefined {
    return this.painted.get(key);
  }

  /**
   * The findings under point (x, y) of `doc`'s viewport (the page's, or a frame's), shortest
   * first. Where the caret lookup cannot see into a shadow root, the shadow roots' findings are
   * tried by their boxes.
   */
  findingsAt(x: number, y: number, doc: Document = this.deps.doc): PaintedFinding[] {
    const caret = caretAt(doc, x, y, [...this.shadows]);
    const seg = caret ? this.nodeSegment.get(caret.node) : undefined;
    if (caret && seg) {
      const offset = seg.index.offsetOf(caret.node, caret.offset);
      if (offset === null) return [];
      return covering(seg.findings, offset).filter((p) => this.painted.has(p.key) && pointInRange(p.range, x, y));
    }
    if (this.shadows.size === 0) return [];
    const hits: PaintedFinding[] = [];
    for (const p of this.painted.values()) {
      const node = p.range.startContainer;
      if (node.ownerDocument === doc && node.getRootNode() !== doc && pointInRange(p.range, x, y)) hits.push(p);
    }
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Whether a node is article text (inside a root, not furniture, not ours). */
  inArticle(node: Node): boolean {
    const root = this.article.roots.find((r) => showsInside(r, node));
    if (!root) return false;
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : shownParent(node); el && el !== root; el = shownParent(el)) {
      if (this.deps.isOwnUi(el) || isChrome(el, this.article.headline)) return false;
    }
    return true;
  }

  /** Notes a shadow root or a frame the walk went through. */
  private passage(p: ShadowRoot | HTMLIFrameElement): void {
    if (p.nodeType === 11) {
      const root = p as ShadowRoot;
      if (this.shadows.has(root)) return;
      this.shadows.add(root);
      this.batcher?.observe(root);
      return;
    }
    const frame = p as HTMLIFrameElement;
    if (this.frames.has(frame)) return;
    this.frames.add(frame);
    // A frame that loads (or loads again) after it was read: its old findings go, its new
    // document is read as a region of its own.
    frame.addEventListener('load', () => this.enqueue(() => this.onFrameLoad(frame)), { signal: this.deps.signal });
  }

  /** Observes, and reports, the frame documents an index reads from. */
  private watchFrameDocs(index: TextIndex): void {
    for (const e of index.entries) {
      const d = e.node.ownerDocument;
      if (!d || d === this.deps.doc || this.frameDocs.has(d)) continue;
      this.frameDocs.add(d);
      // Before the first pass ends there is no observer yet: start() observes them then.
      if (d.body) this.batcher?.observe(d.body);
      this.deps.onFrameDocument?.(d);
    }
  }

  /** Frame documents the article reads from (observed for changes once the observer exists). */
  private readonly frameDocs = new Set<Document>();

  private async onFrameLoad(frame: HTMLIFrameElement): Promise<void> {
    if (!frame.isConnected || !this.inArticle(frame)) return;
    this.dropWhere((p) => {
      const d = p.range.startContainer.ownerDocument;
      if (!d || d === this.deps.doc) return false;
      const view = d.defaultView;
      return !view || view.frameElement === frame;
    });
    await this.readRegion(frame);
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((e) => {
      if (!(e instanceof Aborted)) throw e;
    });
  }

  /** A full scan: drop everything, find the article again, analyse it as one segment. */
  private async scan(reset: boolean, mark?: (phase: 'extracted' | 'analysed' | 'painted') => void): Promise<void> {
    const { doc, signal } = this.deps;
    this.dropAll();
    const slice = firstPassSlice(doc);
    this.article = await runSliced(articleOf(doc), signal, this.meter, slice);
    const index = await runSliced(extractText(this.article.roots, this.extractOptions()), signal, this.meter, slice);
    this.watchFrameDocs(index);
    this.textLength = index.text.length;
    mark?.('extracted');
    const id = `s${this.nextSegment++}`;
    // Sending and reading the reply are measured like the rest: on a live blog they were the
    // longest tasks (a megabyte serialised, nine thousand findings read).
    const { reply } = await runSliced(this.deps.analyze(id, index.text, reset), signal, this.meter, slice);
    this.meter.end();
    const reading = await reply;
    this.meter.begin();
    if (signal.aborted) throw new Aborted();
    const report = await runSliced(reading, signal, this.meter, slice);
    mark?.('analysed');
    await this.paintSegment(id, index, report, slice);
    mark?.('painted');
  }

  private extractOptions(): ExtractOptions {
    return { headline: this.article.headline, skip: (el) => this.deps.isOwnUi(el), onPassage: (p) => this.passage(p) };
  }

  /** Reads a changed region as a segment of its own: extracted, analysed, painted. */
  private async readRegion(region: Element): Promise<void> {
    const index = await runSliced(extractText([region], this.extractOptions()), this.deps.signal);
    if (index.text.trim().length === 0) return;
    this.watchFrameDocs(index);
    const id = `s${this.nextSegment++}`;
    const { reply } = await runSliced(this.deps.analyze(id, index.text, false), this.deps.signal);
    const reading = await reply;
    if (this.deps.signal.aborted) throw new Aborted();
    await this.paintSegment(id, index, await runSliced(reading, this.deps.signal));
  }

  /** Anchors and paints a segment's findings, in slices. */
  private async paintSegment(id: string, index: TextIndex, report: { findings: readonly SessionFinding[] }, slice = SLICE_MS): Promise<void> {
    const { doc, sink, signal } = this.deps;
    const seg: Segment = { id, index, findings: [] };
    this.segments.set(id, seg);
    // Every step below, setup included, runs in slices: a live blog has thousands of text nodes
    // and findings. The first slice is what is left of the task that read the reply.
    let t0 = this.meter.taskStart();
    const pause = async () => {
      this.meter.end();
      await yieldToPage(signal);
      this.meter.begin();
      t0 = performance.now();
    };
    const entries = index.entries;
    for (let i = 0; i < entries.length; i++) {
      if ((i & 255) === 255 && performance.now() - t0 > slice) await pause();
      this.nodeSegment.set(entries[i].node, seg);
    }
    const findings = byStart(report.findings);
    sink.reassert();
    for (const f of findings) {
      if (performance.now() - t0 > slice) await pause();
      const range = anchorFinding(index, doc, f);
      // The text may have left the page while it was being analysed: such a finding is not painted.
      if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) continue;
      const blocks = [...new Set([blockOf(range.startContainer), blockOf(range.endContainer)].filter((b): b is Element => !!b))];
      const p: PaintedFinding = { key: `${id}:${f.id}`, segment: id, finding: f, range, name: this.deps.nameOf(f), start: f.start, end: f.end, blocks };
      seg.findings.push(p);
      this.painted.set(p.key, p);
      sink.add(p.name, range);
    }
    this.orderCache = null;
    this.deps.onChange?.();
  }

  private async onMutations(records: MutationRecord[]): Promise<void> {
    this.deps.sink.reassert();
    const change = changedRegions(
      records,
      (n) => this.inArticle(n),
      (n) => this.isOwn(n),
    );
    const rootsGone = this.article.roots.length > 0 && this.article.roots.some((r) => !r.isConnected);
    const lateContent = this.textLength < SHORT_ARTICLE && change.outsideAdded > SHORT_ARTICLE;
    if ((rootsGone || lateContent || change.regions.length > RESCAN_REGIONS) && this.rescans < MAX_RESCANS) {
      this.rescans++;
      await this.scan(true);
      return;
    }
    // Whatever the batch, a painted range whose text left the page is dropped.
    this.dropWhere((p) => !p.range.startContainer.isConnected || !p.range.endContainer.isConnected || p.blocks.some((b) => !b.isConnected));
    if (change.removed) this.dropWhere((p) => !p.range.toString());
    for (const region of change.regions) {
      if (!region.isConnected) continue;
      this.dropWhere((p) => p.blocks.some((b) => showsInside(region, b) || !b.isConnected));
      await this.readRegion(region);
    }
  }

  private isOwn(node: Node): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) if (this.deps.isOwnUi(n)) return true;
    return false;
  }

  private dropWhere(pred: (p: PaintedFinding) => boolean): void {
    const gone: string[] = [];
    for (const p of this.painted.values()) if (pred(p)) gone.push(p.key);
    if (gone.length > 0) this.drop(gone);
  }

  private drop(keys: string[]): void {
    for (const key of keys) {
      const p = this.painted.get(key);
      if (!p) continue;
      this.painted.delete(key);
      this.deps.sink.delete(p.name, p.range);
      const seg = this.segments.get(p.segment);
      if (seg) {
        const i = seg.findings.indexOf(p);
        if (i >= 0) seg.findings.splice(i, 1);
      }
    }
    this.orderCache = null;
    this.deps.onDropped(keys);
    this.deps.onChange?.();
  }

  private dropAll(): void {
    this.deps.sink.clear();
    this.painted.clear();
    this.segments.clear();
    this.nodeSegment = new WeakMap();
    this.orderCache = null;
    this.shadows.clear();
  }

  /** Stops watching; the caller aborts the signal and disposes of the sink. */
  stop(): void {
    this.batcher?.stop();
    this.dropAll();
  }
}

/** Document order of two ranges, across shadow roots and frames. */
function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  if (ra === b.startContainer.getRootNode()) return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  return compareShown(a.startContainer, b.startContainer);
}

/** Findings by where they start: as the engine gives them (already in order) or sorted. */
function byStart<T extends { start: number }>(findings: readonly T[]): readonly T[] {
  for (let i = 1; i < findings.length; i++) if (findings[i].start < findings[i - 1].start) return [...findings].sort((a, b) => a.start - b.start);
  return findings;
}
