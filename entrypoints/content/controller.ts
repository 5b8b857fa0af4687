/**
 * The content script's wiring for one tab: a PageSession per page (a new one on every
 * `wxt:locationchange`), analysis through the background, settings applied to the painter,
 * hover and keyboard opening the card, and the background's requests (reveal, step, analyse).
 */
import { publishedDate } from '../../lib/page/published';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardModel, PageLayerProps } from '../../components/PageLayer';
import type { OverlayBox } from '../../components/HighlightOverlay';
import type { BackgroundToContent, BackgroundToContentReply, ContentToBackground, ContentToBackgroundReply, FindingDetails } from '../../lib/ext/messages';
import { toResult, unwrap } from '../../lib/ext/result';
import { unpacking, type PackedFindings } from '../../lib/ext/packed';
import { coloursFor, highlightCss, highlightName, STYLE_KEYS, STYLE_KIND, styleKeyOf, type StyleKey } from '../../lib/ext/palette';
import { kindShown, SETTINGS_KEY, withDefaults, type Settings } from '../../lib/ext/settings-core';
import type { Bilingual } from '../../lib/model/report';
import { CssHighlightSink, hasHighlightApi, OverlaySink, type HighlightSink } from '../../lib/page/highlights';
import { Aborted, OWN_TASK } from '../../lib/page/schedule';
import { frameOffset } from '../../lib/page/tree';
import { PageSession, type PaintedFinding, type ReplyReading } from '../../lib/page/session';
import { LayerHost } from './layer';
import { BackgroundChannel } from './channel';

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;
const FLASH_MS = 1400;

async function send<T extends ContentToBackground['type']>(msg: Extract<ContentToBackground, { type: T }>): Promise<ContentToBackgroundReply[T]> {
  return unwrap<ContentToBackgroundReply[T]>(await browser.runtime.sendMessage(msg));
}

export class ContentController {
  private settings: Settings = withDefaults(undefined);
  /** Settles once the stored settings are read (analysis waits for it; reading the page does not). */
  private settingsRead: Promise<void> = Promise.resolve();
  /** The reader's language setting; the layer resolves it against its catalogs. */
  private lang = 'auto';
  private sink!: HighlightSink;
  private layer: LayerHost;
  private session: PageSession | null = null;
  private sessionAbort: AbortController | null = null;
  private page: string | null = null;
  private actors: { id: string; name: Bilingual }[] = [];
  /** Card details fetched from the background, by finding key. */
  private details = new Map<string, FindingDetails>();
  private opening = 0;
  private card: CardModel | null = null;
  private cardKey: string | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private overCard = false;
  private returnFocus: Element | null = null;
  private boxesFrame = 0;
  private restarted = false;
  private focused: PaintedFinding | null = null;
  /** Direction of the text under the card: it opens on that reading side. */
  private pageDir: 'rtl' | 'ltr' = 'ltr';

  /** When the content script started (performance time): the first pass is timed from here. */
  private readonly born = performance.now();

  /** The port analysis requests go over (opened at the start, while the article is found). */
  private readonly channel = new BackgroundChannel();

  constructor(private readonly ctx: ContentScriptContext) {
    this.layer = new LayerHost();
    ctx.onInvalidated(() => this.layer.dispose());
  }

  /** Listens for the background at once; runs by itself unless the reader switched the site off. */
  async start(): Promise<void> {
    this.channel.open();
    this.ctx.onInvalidated(() => this.channel.close());
    // Only the extension's background can message a content script; the reply goes through
    // sendResponse, which every browser supports without a polyfill.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isBackgroundMessage(raw)) return false;
      void toResult(() => this.handle(raw)).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage as never);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));
    this.sink = hasHighlightApi(window)
      ? new CssHighlightSink(document, { [highlightName('focus')]: 10, [highlightName('flash')]: 20 })
      : new OverlaySink(() => this.scheduleBoxes());
    // The settings are read while the article is found, read and analysed: only painting waits for them.
    this.settingsRead = browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => {
        this.settings = withDefaults(stored[SETTINGS_KEY]);
        this.lang = this.settings.language;
        this.applySettings();
      },
      () => this.applySettings(),
    );
    this.ctx.onInvalidated(() => this.stop());
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !changes[SETTINGS_KEY]) return;
      this.settings = withDefaults(changes[SETTINGS_KEY].newValue as Partial<Settings> | undefined);
      this.lang = this.settings.language;
      this.applySettings();
      this.renderLayer();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (this.session) void this.run(false);
    });
    this.listenForHover();
    await this.run(true);
  }

  private async handle(msg: BackgroundToContent): Promise<BackgroundToContentReply[BackgroundToContent['type']]> {
    switch (msg.type) {
      case 'bg:ping':
        return { page: this.page, url: location.href };
      case 'bg:text': {
        const date = publishedDate(document);
        return { text: this.session?.articleText() ?? '', title: document.title, url: location.href, ...(date ? { date } : {}) };
      }
      case 'bg:segments': {
        const date = publishedDate(document);
        const same = msg.page === this.page && this.session;
        return { page: this.page, segments: same ? this.session!.segmentTexts() : [], ...(date ? { date } : {}) };
      }
      case 'bg:analyze':
        if (!this.session) await this.run(false);
        return { page: this.page! };
      case 'bg:reveal':
        return this.reveal(msg.key);
      case 'bg:step':
        return this.step(msg.direction, true);
    }
  }

  /**
   * A new page session: analyse the article and paint it. `byItself`: started with the page
   * rather than by the reader's request, so a site the reader switched off is left alone.
   */
  private async run(byItself = true): Promise<void> {
    this.sessionAbort?.abort();
    this.session?.stop();
    this.closeCard();
    const abort = new AbortController();
    this.ctx.onInvalidated(() => abort.abort());
    this.sessionAbort = abort;
    const page = pageId();
    this.page = page;
    const session = new PageSession({
      doc: document,
      sink: this.sink,
      signal: abort.signal,
      nameOf: (f) => highlightName(styleKeyOf(f)),
      isOwnUi: (n) => this.layer.isOwn(n),
      analyze: (segment, text, reset) =>
        this.sendForAnalysis(page, segment, text, reset, byItself, () => {
          // Nothing kept and nothing painted; "Analyze this page" starts a session on request.
          if (this.session === session) this.session = null;
          abort.abort();
        }),
      onDropped: (keys) => {
        if (this.cardKey && keys.includes(this.cardKey)) this.closeCard();
        void send({ type: 'content:dropped', page, keys }).catch(() => {});
      },
      onChange: () => this.scheduleBoxes(),
      onFrameDocument: (doc) => this.listenInFrame(doc),
    });
    this.session = session;
    try {
      const timings = await session.start(this.page === page && !this.restarted ? this.born : performance.now());
      this.restarted = true;
      await send({ type: 'content:timings', page, timings });
    } catch (e) {
      if (!(e instanceof Aborted) && !abort.signal.aborted) throw e;
    }
  }

  /**
   * Sends a segment for analysis in the session's tasks, not after this script's own read of the
   * settings: the background looks up whether the reader switched the site off while the engine
   * runs (`off` is called if so). Painting waits for the settings, so the styles and the kinds
   * shown apply from the first range. The request goes over the port opened at the start
   * (channel.ts).
   */
  private *sendForAnalysis(
    page: string,
    segment: string,
    text: string,
    reset: boolean,
    byItself: boolean,
    off: () => void,
  ): Generator<void | typeof OWN_TASK, { reply: Promise<ReplyReading> }> {
    const sent = yield* sendText(page, segment, text);
    if (reset) this.details.clear();
    const date = publishedDate(document);
    const request: Extract<ContentToBackground, { type: 'content:analyze' }> = {
      type: 'content:analyze',
      page,
      segment,
      text: sent.rest,
      ...(sent.parts > 0 ? { parts: sent.parts } : {}),
      reset,
      url: location.href,
      title: document.title,
      ...(byItself ? { byItself } : {}),
      ...(date ? { date } : {}),
    };
    const reply = this.channel.request(request).then(async (raw) => {
      const r = unwrap<ContentToBackgroundReply['content:analyze']>(raw);
      await this.settingsRead;
      if ('off' in r) {
        off();
        throw new Aborted();
      }
      return findingsOf(r.packed, text);
    });
    return { reply };
  }

  private applySettings(): void {
    const s = this.settings;
    this.sink.setStyles(highlightCss(s.scheme, s.colours));
    for (const key of STYLE_KEYS) this.sink.setVisible(highlightName(key), kindShown(s, STYLE_KIND[key]));
    this.scheduleBoxes();
  }

  private visible(p: PaintedFinding): boolean {
    return kindShown(this.settings, p.finding.kind);
  }

  // ── hover and keyboard ────────────────────────────────────────────────────

  private listenForHover(): void {
    this.listenForPointer(document);
    this.ctx.addEventListener(
      window,
      'keydown',
      (e) => {
        if ((e as KeyboardEvent).key === 'Escape' && this.card) {
          e.stopPropagation();
          this.closeCard(true);
        }
      },
      { capture: true },
    );
    this.ctx.addEventListener(window, 'scroll', () => this.scheduleBoxes(), { passive: true, capture: true });
    this.ctx.addEventListener(window, 'resize', () => this.scheduleBoxes(), { passive: true });
  }

  /** Pointer moves over a document (the page's, or a readable frame's in the article). */
  private listenForPointer(doc: Document): void {
    let frame = 0;
    let last: PointerEvent | null = null;
    this.ctx.addEventListener(
      doc,
      'pointermove',
      (e) => {
        last = e as PointerEvent;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) this.onPointer(last.clientX, last.clientY, doc);
        });
      },
      { passive: true, capture: true },
    );
  }

  private readonly framesListened = new WeakSet<Document>();

  /** A frame's document joined the article: hovering and scrolling there count too. */
  private listenInFrame(doc: Document): void {
    if (this.framesListened.has(doc) || !doc.defaultView) return;
    this.framesListened.add(doc);
    this.listenForPointer(doc);
    this.ctx.addEventListener(doc.defaultView, 'scroll', () => this.scheduleBoxes(), { passive: true, capture: true });
  }

  /** `x`, `y`: the pointer in `doc`'s viewport. */
  private onPointer(x: number, y: number, doc: Document = document): void {
    if (!this.session || this.overCard) return;
    const hit = this.session.findingsAt(x, y, doc).find((p) => this.visible(p));
    clearTimeout(this.hoverTimer);
    if (hit) {
      if (hit.key === this.cardKey) return;
      const off = doc === document ? { x: 0, y: 0 } : frameOffset(doc);
      this.hoverTimer = setTimeout(() => void this.openCard(hit, false, { x: x + off.x, y: y + off.y }), HOVER_OPEN_MS);
    } else if (this.card && !this.card.focus) {
      this.hoverTimer = setTimeout(() => {
        if (!this.overCard) this.closeCard();
      }, HOVER_CLOSE_MS);
    }
  }

  /** Opens the card of a finding; its details come from the background (cached per page). */
  private async openCard(p: PaintedFinding, focus: boolean, near?: { x: number; y: number }): Promise<void> {
    const ticket = ++this.opening;
    let details = this.details.get(p.key);
    if (!details && this.page) {
      details = await send({ type: 'content:finding', page: this.page, key: p.key }).catch(() => undefined);
      if (details) this.details.set(p.key, details);
    }
    // A newer request (the pointer moved on) or a vanished finding wins.
    if (!details || ticket !== this.opening || !this.session?.get(p.key)) return;
    const rects = pageRects(p.range);
    if (rects.length === 0) return;
    const rect = near ? (rects.find((r) => near.x >= r.left - 2 && near.x <= r.right + 2 && near.y >= r.top - 2 && near.y <= r.bottom + 2) ?? rects[0]) : rects[0];
    const order = this.session.ordered().filter((q) => this.visible(q));
    if (focus && !this.card) this.returnFocus = document.activeElement;
    this.setFocusHighlight(p);
    const el = p.range.startContainer.parentElement;
    const view = el?.ownerDocument.defaultView;
    this.pageDir = el && view && view.getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
    this.cardKey = p.key;
    this.actors = Object.entries(details.names).map(([id, name]) => ({ id, name }));
    this.card = {
      finding: details.finding,
      style: styleKeyOf(p.finding),
      anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      position: order.indexOf(p) + 1,
      total: order.length,
      focus,
    };
    this.renderLayer();
  }

  private closeCard(restoreFocus = false): void {
    clearTimeout(this.hoverTimer);
    this.opening++;
    const wasFocused = this.card?.focus;
    this.card = null;
    this.cardKey = null;
    this.overCard = false;
    this.setFocusHighlight(null);
    this.renderLayer();
    if (restoreFocus && wasFocused && this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
    this.returnFocus = null;
  }

  private setFocusHighlight(p: PaintedFinding | null): void {
    const name = highlightName('focus');
    if (this.focused) this.sink.delete(name, this.focused.range);
    this.focused = p;
    if (p) this.sink.add(name, p.range);
  }

  /** Opens the next or previous visible finding (from the card, or from the viewport's top). */
  private step(direction: 1 | -1, focus: boolean): boolean {
    if (!this.session) return false;
    const order = this.session.ordered().filter((p) => this.visible(p));
    if (order.length === 0) return false;
    let i = this.cardKey ? order.findIndex((p) => p.key === this.cardKey) : -1;
    if (i < 0) {
      // From where the reader is: the first finding below the top of the viewport.
      const first = order.findIndex((p) => p.range.getBoundingClientRect().bottom >= 0);
      i = direction === 1 ? (first < 0 ? 0 : first) - 1 : first < 0 ? order.length : first;
    }
    const next = order[(i + direction + order.length) % order.length];
    scrollToRange(next.range, 'nearest');
    void this.openCard(next, focus || !!this.card?.focus);
    return true;
  }

  /** Scrolls to a finding and flashes it (a click in the popup). */
  private reveal(key: string): boolean {
    const p = this.session?.get(key);
    if (!p) return false;
    scrollToRange(p.range, 'center');
    const name = highlightName('flash');
    this.sink.add(name, p.range);
    this.scheduleBoxes();
    setTimeout(() => {
      this.sink.delete(name, p.range);
      this.scheduleBoxes();
    }, FLASH_MS);
    return true;
  }

  // ── the layer ─────────────────────────────────────────────────────────────

  private renderLayer(): void {
    const props: PageLayerProps = {
      card: this.card,
      actors: this.actors,
      boxes: this.sink instanceof OverlaySink ? overlayBoxes(this.sink) : null,
      lang: this.lang,
      pageDir: this.pageDir,
      colours: coloursFor(this.settings.scheme, this.settings.colours),
      scheme: this.settings.scheme,
      onNext: () => this.step(1, false),
      onPrevious: () => this.step(-1, false),
      onClose: () => this.closeCard(true),
      onCardEnter: () => {
        this.overCard = true;
        clearTimeout(this.hoverTimer);
      },
      onCardLeave: () => {
        this.overCard = false;
        if (this.card && !this.card.focus) this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
      },
    };
    this.layer.render(props);
  }

  private scheduleBoxes(): void {
    if (!(this.sink instanceof OverlaySink) || this.boxesFrame) return;
    this.boxesFrame = requestAnimationFrame(() => {
      this.boxesFrame = 0;
      this.renderLayer();
    });
  }

  stop(): void {
    this.sessionAbort?.abort();
    this.session?.stop();
    this.session = null;
    this.closeCard();
    this.sink?.dispose();
  }
}

function scrollToRange(range: Range, block: ScrollLogicalPosition): void {
  const el = range.startContainer.parentElement;
  if (!el) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block, inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

/** A range's boxes in the page's viewport (a frame's ranges moved by the frame's place). */
function pageRects(range: Range): { left: number; top: number; right: number; bottom: number; width: number; height: number }[] {
  const doc = range.startContainer.ownerDocument;
  const off = !doc || doc === document ? { x: 0, y: 0 } : frameOffset(doc);
  return [...range.getClientRects()].map((r) => ({ left: r.left + off.x, top: r.top + off.y, right: r.right + off.x, bottom: r.bottom + off.y, width: r.width, height: r.height }));
}

/** Rectangles of the visible ranges inside the viewport, for the fallback overlay. */
function overlayBoxes(sink: OverlaySink): OverlayBox[] {
  const boxes: OverlayBox[] = [];
  const vh = innerHeight;
  for (const [name, range] of sink.visible()) {
    const style = name.replace(/^adasa-/, '') as StyleKey | 'focus' | 'flash';
    let i = 0;
    for (const r of pageRects(range)) {
      if (r.bottom < 0 || r.top > vh || r.width === 0) continue;
      boxes.push({ key: `${name}-${boxes.length}-${i++}`, style, left: r.left, top: r.top, width: r.width, height: r.height });
    }
  }
  return boxes;
}

/**
 * Characters of text per message. A message is serialised in the task that sends it, and the
 * cost grows faster than its size: in Chromium a part of 200,000 characters took 8 to 15 ms of
 * the page's thread, one of 50,000 under 1 ms. A long text goes in parts of this size, as many
 * in a slice as fit, and the background joins them.
 */
const PART_CHARS = 50_000;

/**
 * Sends all but the last part of a long text (`content:text-part`), the first in a task of its
 * own (the one before joined the text), the rest in measured slices; returns how many went and
 * the rest, which goes with `content:analyze`.
 */
function* sendText(page: string, segment: string, text: string): Generator<void | typeof OWN_TASK, { parts: number; rest: string }> {
  let parts = 0;
  let at = 0;
  for (; text.length - at > PART_CHARS; at += PART_CHARS, parts++) {
    yield parts === 0 ? OWN_TASK : undefined;
    void send({ type: 'content:text-part', page, segment, part: parts, text: text.slice(at, at + PART_CHARS) }).catch(() => {});
  }
  if (parts > 0) yield;
  return { parts, rest: text.slice(at) };
}

/** Reads a packed reply in slices (the session runs it). */
function* findingsOf(packed: PackedFindings, text: string): ReplyReading {
  return { findings: yield* unpacking(packed, text) };
}

/** A random id for a page session (`crypto.randomUUID` is missing on plain-http pages). */
function pageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isBackgroundMessage(raw: unknown): raw is BackgroundToContent {
  return typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' && (raw as { type: string }).type.startsWith('bg:');
}
