/**
 * Painting ranges without touching the DOM. `CssHighlightSink` uses the CSS Custom Highlight
 * API: ranges go into `CSS.highlights`, the styles into `document.adoptedStyleSheets` (neither
 * is a DOM mutation, so the page's markup stays byte-identical and Arabic letters keep joining).
 * `OverlaySink` is the fallback where the API is missing: it only keeps the ranges and lets the
 * extension's shadow-root layer draw their rectangles; it never wraps text in elements.
 */

/** Where painted ranges go, by highlight name. */
export interface HighlightSink {
  readonly kind: 'css' | 'overlay';
  add(name: string, range: Range): void;
  delete(name: string, range: Range): void;
  /** Shows or hides every range of a name (category switches). */
  setVisible(name: string, visible: boolean): void;
  /** Replaces the stylesheet (colour scheme changes). */
  setStyles(css: string): void;
  /** Puts back what the page may have taken away (its sheet list reassigned, the registry cleared). */
  reassert(): void;
  clear(): void;
  dispose(): void;
}

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Set<AbstractRange> & { priority: number };
}

/** Whether the page's browser has the Highlight API. */
export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  const css = win.CSS as unknown as { highlights?: Map<string, unknown> } | undefined;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** Ranges painted through `CSS.highlights`. */
export class CssHighlightSink implements HighlightSink {
  readonly kind = 'css';
  private readonly sets = new Map<string, Set<AbstractRange>>();
  private readonly hidden = new Set<string>();
  private sheet: CSSStyleSheet | null = null;
  private readonly registry: Map<string, unknown>;
  private readonly Highlight: HighlightCtor;

  constructor(
    private readonly doc: Document,
    private readonly priorities: Record<string, number> = {},
  ) {
    const win = doc.defaultView as unknown as { CSS: { highlights: Map<string, unknown> }; Highlight: HighlightCtor };
    this.registry = win.CSS.highlights;
    this.Highlight = win.Highlight;
  }

  private set(name: string): Set<AbstractRange> {
    let h = this.sets.get(name);
    if (!h) {
      const created = new this.Highlight();
      created.priority = this.priorities[name] ?? 0;
      h = created;
      this.sets.set(name, h);
      if (!this.hidden.has(name)) this.registry.set(name, h);
    }
    return h;
  }

  add(name: string, range: Range): void {
    if (this.pendingCss !== null) this.adopt(this.pendingCss);
    this.set(name).add(range);
  }

  delete(name: string, range: Range): void {
    this.sets.get(name)?.delete(range);
  }

  setVisible(name: string, visible: boolean): void {
    if (visible) {
      this.hidden.delete(name);
      const h = this.sets.get(name);
      if (h) this.registry.set(name, h);
    } else {
      this.hidden.add(name);
      this.registry.delete(name);
    }
  }

  /**
   * Sets the stylesheet. It is adopted with the first painted range, not before: adopting a
   * sheet invalidates the page's style, and the article must be read before that happens, or
   * reading computed styles would force the browser to recompute the whole page at once.
   */
  setStyles(css: string): void {
    if (!this.sheet && this.sets.size === 0) {
      this.pendingCss = css;
      return;
    }
    this.adopt(css);
  }

  private pendingCss: string | null = null;

  reassert(): void {
    const doc = this.doc as Document & { adoptedStyleSheets: CSSStyleSheet[] };
    if (this.sheet && !doc.adoptedStyleSheets.includes(this.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    for (const [name, h] of this.sets) if (!this.hidden.has(name) && this.registry.get(name) !== h) this.registry.set(name, h);
  }

  private adopt(css: string): void {
    this.pendingCss = null;
    const doc = this.doc as Document & { adoptedStyleSheets: CSSStyleSheet[] };
    if (!this.sheet) {
      const win = doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet };
      this.sheet = new win.CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }

  clear(): void {
    for (const h of this.sets.values()) h.clear();
  }

  dispose(): void {
    for (const [name, h] of this.sets) if (this.registry.get(name) === h) this.registry.delete(name);
    this.sets.clear();
    const doc = this.doc as Document & { adoptedStyleSheets: CSSStyleSheet[] };
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }
}

/** Ranges kept for the overlay fallback; `onChange` asks the layer to redraw. */
export class OverlaySink implements HighlightSink {
  readonly kind = 'overlay';
  readonly ranges = new Map<string, Set<Range>>();
  readonly hidden = new Set<string>();
  css = '';

  constructor(private readonly onChange: () => void) {}

  add(name: string, range: Range): void {
    let s = this.ranges.get(name);
    if (!s) this.ranges.set(name, (s = new Set()));
    s.add(range);
    this.onChange();
  }

  delete(name: string, range: Range): void {
    this.ranges.get(name)?.delete(range);
    this.onChange();
  }

  setVisible(name: string, visible: boolean): void {
    if (visible) this.hidden.delete(name);
    else this.hidden.add(name);
    this.onChange();
  }

  setStyles(css: string): void {
    this.css = css;
    this.onChange();
  }

  reassert(): void {
    // The overlay lives in Adasa's own shadow root: nothing of the page's can take it away.
  }

  clear(): void {
    this.ranges.clear();
    this.onChange();
  }

  dispose(): void {
    this.ranges.clear();
  }

  /** Visible ranges with their names, for drawing. */
  *visible(): Generator<[string, Range]> {
    for (const [name, set] of this.ranges) {
      if (this.hidden.has(name)) continue;
      for (const r of set) yield [name, r];
    }
  }
}
