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
import { extractText } from './extract';
import type { HighlightSink } from './highlights';
import { caretAt, covering, pointInRange } from './hit-test';
import { changedRegions, MutationBatcher } from './mutations';
import { Aborted, runSliced, TaskMeter, yieldToPage } from './schedule';
import type { TextIndex } from './text-index';

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
  /** Analyses a segment's text; `reset` starts the page's report over. */
  analyze(segment: string, text: string, reset: boolean): Promise<{ findings: readonly SessionFinding[] }>;
  /** Findings whose text left the page. */
  onDropped(keys: string[]): void;
  /** The painted set changed. */
  onChange?(): void;
  /** The highlight name a finding is painted under. */
  nameOf(f: SessionFinding): string;
  /** The extension's own elements (the card's host): never text, never a change. */
  isOwnUi(node: Node): boolean;
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
  timings: SessionTimings | null = null;

  constructor(private readonly deps: SessionDeps) {}

  /** First pass: extract, analyse, paint; then watch the page. */
  /** `since`: when the content script started (performance time), for the timings. */
  async start(since = performance.now()): Promise<SessionTimings> {
    const t0 = since;
    const { doc, signal } = this.deps;
    this.meter = new TaskMeter();
    this.meter.begin();
    await this.scan(true, (phase) => {
      this.timings ??= { started: t0, extracted: 0, analysed: 0, painted: 0, textLength: 0, findings: 0, longestTask: 0, mainThread: 0 };
      this.timings[phase] = performance.now() - t0;
    });
    this.meter.end();
    this.timings!.textLength = this.textLength;
    this.timings!.findings = this.painted.size;
    this.timings!.longestTask = this.meter.longest;
    this.timings!.mainThread = this.meter.total;
    if (!signal.aborted && doc.body) {
      this.batcher = new MutationBatcher(doc.body, (records) => this.enqueue(() => this.onMutations(records)), signal);
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

  /** Every painted finding, in document order. */
  ordered(): PaintedFinding[] {
    if (!this.orderCache) {
      this.orderCache = [...this.painted.values()].sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    }
    return this.orderCache;
  }

  get(key: string): PaintedFinding | undefined {
    return this.painted.get(key);
  }

  /** The findings under viewport point (x, y), shortest first. */
  findingsAt(x: number, y: number): PaintedFinding[] {
    const caret = caretAt(this.deps.doc, x, y);
    if (!caret) return [];
    const seg = this.nodeSegment.get(caret.node);
    if (!seg) return [];
    const offset = seg.index.offsetOf(caret.node, caret.offset);
    if (offset === null) return [];
    return covering(seg.findings, offset).filter((p) => this.painted.has(p.key) && pointInRange(p.range, x, y));
  }

  /** Whether a node is article text (inside a root, not furniture, not ours). */
  inArticle(node: Node): boolean {
    const root = this.article.roots.find((r) => r.contains(node));
    if (!root) return false;
    for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
      if (this.deps.isOwnUi(el) || isChrome(el, this.article.headline)) return false;
    }
    return true;
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
    this.article = await runSliced(articleOf(doc), signal, this.meter);
    const index = await runSliced(extractText(this.article.roots, { headline: this.article.headline, skip: (el) => this.deps.isOwnUi(el) }), signal, this.meter);
    this.textLength = index.text.length;
    mark?.('extracted');
    const id = `s${this.nextSegment++}`;
    this.meter.end();
    const report = await this.deps.analyze(id, index.text, reset);
    this.meter.begin();
    if (signal.aborted) throw new Aborted();
    mark?.('analysed');
    await this.paintSegment(id, index, report);
    mark?.('painted');
  }

  /** Anchors and paints a segment's findings, in slices. */
  private async paintSegment(id: string, index: TextIndex, report: { findings: readonly SessionFinding[] }): Promise<void> {
    const { doc, sink, signal } = this.deps;
    const seg: Segment = { id, index, findings: [] };
    this.segments.set(id, seg);
    for (const e of index.entries) this.nodeSegment.set(e.node, seg);
    const findings = [...report.findings].sort((a, b) => a.start - b.start);
    sink.reassert();
    let t0 = performance.now();
    for (const f of findings) {
      if (performance.now() - t0 > 8) {
        this.meter.end();
        await yieldToPage(signal);
        this.meter.begin();
        t0 = performance.now();
      }
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
      this.dropWhere((p) => p.blocks.some((b) => region.contains(b) || !b.isConnected));
      const index = await runSliced(extractText([region], { headline: this.article.headline, skip: (el) => this.deps.isOwnUi(el) }), this.deps.signal);
      if (index.text.trim().length === 0) continue;
      const id = `s${this.nextSegment++}`;
      const report = await this.deps.analyze(id, index.text, false);
      if (this.deps.signal.aborted) throw new Aborted();
      await this.paintSegment(id, index, report);
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
  }

  /** Stops watching; the caller aborts the signal and disposes of the sink. */
  stop(): void {
    this.batcher?.stop();
    this.dropAll();
  }
}
