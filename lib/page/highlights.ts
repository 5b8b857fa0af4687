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

/** One document's registry, highlights and sheet. */
interface Surface {
  doc: Document;
  registry: Map<string, unknown>;
  Highlight: HighlightCtor;
  sets: Map<string, Set<AbstractRange>>;
  sheet: CSSStyleSheet | null;
}

type Adopting = (Document | ShadowRoot) & { adoptedStyleSheets: CSSStyleSheet[] };

/**
 * Ranges painted through `CSS.highlights`. Each document paints its own ranges, so a range in
 * a frame's document goes to that document's registry, with the styles adopted there; a range
 * inside an open shadow root needs the styles adopted by that shadow root too, since a page's
 * sheets do not reach into it.
 */
export class CssHighlightSink implements HighlightSink {
  readonly kind = 'css';
  private readonly hidden = new Set<string>();
  private readonly top: Surface;
  private readonly surfaces = new Map<Document, Surface>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** The styles in force; adopted by the page's document with the first painted range. */
  private css: string | null = null;
  private pending = false;

  constructor(
    doc: Document,
    private readonly priorities: Record<string, number> = {},
  ) {
    this.top = surfaceOf(doc);
    this.surfaces.set(doc, this.top);
  }

  private surface(doc: Document): Surface | null {
    let s = this.surfaces.get(doc);
    if (!s) {
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      if (!win || !hasHighlightApi(win)) return null;
      s = surfaceOf(doc);
      this.surfaces.set(doc, s);
      if (this.css !== null && !this.pending) this.adoptIn(s, this.css);
    }
    return s;
  }

  private set(surface: Surface, name: string): Set<AbstractRange> {
    let h = surface.sets.get(name);
    if (!h) {
      const created = new surface.Highlight();
      created.priority = this.priorities[name] ?? 0;
      h = created;
      surface.sets.set(name, h);
      if (!this.hidden.has(name)) surface.registry.set(name, h);
    }
    return h;
  }

  add(name: string, range: Range): void {
    if (this.pending && this.css !== null) this.adopt(this.css);
    const node = range.startContainer;
    const surface = this.surface(node.ownerDocument ?? this.top.doc);
    if (!surface) return;
    const root = node.getRootNode();
    if (root.nodeType === 11 && !this.shadowRoots.has(root as ShadowRoot)) {
      this.shadowRoots.add(root as ShadowRoot);
      if (surface.sheet) adoptSheet(root as Adopting, surface.sheet);
    }
    this.set(surface, name).add(range);
  }

  delete(name: string, range: Range): void {
    const surface = this.surfaces.get(range.startContainer.ownerDocument ?? this.top.doc);
    surface?.sets.get(name)?.delete(range);
  }

  setVisible(name: string, visible: boolean): void {
    if (visible) this.hidden.delete(name);
    else this.hidden.add(name);
    for (const surface of this.surfaces.values()) {
      const h = surface.sets.get(name);
      if (visible && h) surface.registry.set(name, h);
      else if (!visible) surface.registry.delete(name);
    }
  }

  /**
   * Sets the stylesheet. It is adopted with the first painted range, not before: adopting a
   * sheet invalidates the page's style, and the article must be read before that happens, or
   * reading computed styles would force the browser to recompute the whole page at once.
   */
  setStyles(css: string): void {
    this.css = css;
    if (!this.top.sheet && this.top.sets.size === 0 && this.surfaces.size === 1) {
      this.pending = true;
      return;
    }
    this.adopt(css);
  }

  reassert(): void {
    for (const surface of this.surfaces.values()) {
      if (!surface.doc.defaultView) continue;
      if (surface.sheet) adoptSheet(surface.doc as Adopting, surface.sheet);
      for (const [name, h] of surface.sets) if (!this.hidden.has(name) && surface.registry.get(name) !== h) surface.registry.set(name, h);
    }
    for (const root of this.shadowRoots) {
      const sheet = this.surfaces.get(root.host.ownerDocument)?.sheet;
      if (sheet) adoptSheet(root as Adopting, sheet);
    }
  }

  private adopt(css: string): void {
    this.pending = false;
    for (const surface of this.surfaces.values()) this.adoptIn(surface, css);
  }

  private adoptIn(surface: Surface, css: string): void {
    if (!surface.sheet) {
      const win = surface.doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet } | null;
      if (!win) return;
      surface.sheet = new win.CSSStyleSheet();
      adoptSheet(surface.doc as Adopting, surface.sheet);
      for (const root of this.shadowRoots) if (root.host.ownerDocument === surface.doc) adoptSheet(root as Adopting, surface.sheet);
    }
    surface.sheet.replaceSync(css);
  }

  clear(): void {
    for (const surface of this.surfaces.values()) for (const h of surface.sets.values()) h.clear();
  }

  dispose(): void {
    for (const surface of this.surfaces.values()) {
      for (const [name, h] of surface.sets) if (surface.registry.get(name) === h) surface.registry.delete(name);
      surface.sets.clear();
      const sheet = surface.sheet;
      if (sheet) {
        const doc = surface.doc as Adopting;
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== sheet);
        for (const root of this.shadowRoots) {
          const r = root as Adopting;
          if (r.adoptedStyleSheets.includes(sheet)) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((x) => x !== sheet);
        }
      }
      surface.sheet = null;
    }
    this.shadowRoots.clear();
  }
}

function surfaceOf(doc: Document): Surface {
  const win = doc.defaultView as unknown as { CSS: { highlights: Map<string, unknown> }; Highlight: HighlightCtor };
  return { doc, registry: win.CSS.highlights, Highlight: win.Highlight, sets: new Map(), sheet: null };
}

/** Adds a sheet to a document's or shadow root's adopted sheets unless it is there. */
function adoptSheet(target: Adopting, sheet: CSSStyleSheet): void {
  if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
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
