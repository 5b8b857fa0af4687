/**
 * Paints a report over an article the teacher pages rendered themselves, with the extension's
 * own machinery: the same text index, anchoring, highlight sink, palette and hit test as on a
 * live page. Each rendered line holds exactly one text node whose data is the line's text, so
 * the index is built straight from the line offsets and the report's offsets land on the very
 * characters shown. No element is wrapped around a word: Arabic letters keep joining.
 */
import type { Finding, Report } from '../model/report';
import { highlightCss, highlightName, styleKeyOf, type ColourScheme, type StyleKey } from '../ext/palette';
import { anchorFinding } from '../page/anchor';
import { CssHighlightSink, hasHighlightApi, OverlaySink, type HighlightSink } from '../page/highlights';
import { caretAt, covering, pointInRange } from '../page/hit-test';
import { TextIndex, type IndexEntry } from '../page/text-index';

/** A rendered line: its offset in the text and the element whose only child is its text. */
export interface RenderedLine {
  start: number;
  el: Element;
}

/** A finding on screen. */
export interface PaintedItem {
  finding: Finding;
  range: Range;
  style: StyleKey;
  start: number;
  end: number;
}

/** The reader's colour scheme and colours, and the fallback's redraw hook. */
export interface PainterOptions {
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
  /** Called when the overlay fallback needs redrawing (no Highlight API). */
  onOverlayChange?(): void;
}

const FOCUS = highlightName('focus');

/** Builds the index of rendered lines: one entry per line's text node. */
export function indexLines(text: string, lines: readonly RenderedLine[]): TextIndex {
  const entries: IndexEntry[] = [];
  for (const line of lines) {
    const node = line.el.firstChild;
    if (!node || node.nodeType !== 3 || node !== line.el.lastChild) throw new Error('a rendered line must hold exactly one text node');
    const t = node as Text;
    if (text.slice(line.start, line.start + t.data.length) !== t.data) throw new Error(`line at ${line.start} does not match the text`);
    entries.push({ node: t, start: line.start, length: t.data.length, raw: null, block: line.el });
  }
  entries.sort((a, b) => a.start - b.start);
  return new TextIndex(text, entries);
}

/**
 * The findings of a report painted over rendered lines: anchored, highlighted by style, found
 * under the pointer, one of them marked as the one being discussed.
 */
export class ArticlePainter {
  readonly items: PaintedItem[] = [];
  readonly sink: HighlightSink;
  private readonly index: TextIndex;
  private focused: PaintedItem | null = null;

  constructor(
    private readonly doc: Document,
    text: string,
    lines: readonly RenderedLine[],
    report: Pick<Report, 'findings'>,
    opts: PainterOptions,
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.sink = hasHighlightApi(win) ? new CssHighlightSink(doc, { [FOCUS]: 10 }) : new OverlaySink(() => opts.onOverlayChange?.());
    this.index = indexLines(text, lines);
    this.setStyles(opts.scheme, opts.colours);
    const sorted = [...report.findings].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const f of sorted) {
      const range = anchorFinding(this.index, doc, f);
      if (!range) continue;
      const style = styleKeyOf(f);
      this.items.push({ finding: f, range, style, start: f.start, end: f.end });
      this.sink.add(highlightName(style), range);
    }
  }

  /** Applies a colour scheme and the reader's colours. */
  setStyles(scheme: ColourScheme, colours: Partial<Record<StyleKey, string>>): void {
    this.sink.setStyles(highlightCss(scheme, colours));
  }

  /** The findings under a viewport point, the shortest first. */
  at(x: number, y: number): PaintedItem[] {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return [];
    const offset = this.index.offsetOf(caret.node, caret.offset);
    if (offset === null) return [];
    return covering(this.items, offset).filter((p) => pointInRange(p.range, x, y));
  }

  /** Marks one finding as the one being discussed (or none). */
  focus(item: PaintedItem | null): void {
    if (this.focused) this.sink.delete(FOCUS, this.focused.range);
    this.focused = item;
    if (item) this.sink.add(FOCUS, item.range);
  }

  /** Removes every highlight this painter added. */
  dispose(): void {
    this.focus(null);
    this.sink.clear();
    this.sink.dispose();
  }
}
