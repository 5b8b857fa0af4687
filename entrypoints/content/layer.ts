/**
 * The page layer's host: an `<adasa-layer>` element with an open shadow root, appended to the
 * page only while something is on show (a card, or the fallback overlay), so the page's DOM is
 * untouched the rest of the time. Its styles are a constructed sheet adopted by the shadow
 * root (no `<style>` for a strict page CSP to refuse), and the host resets every inherited
 * property so the page's CSS cannot reach in.
 *
 * The drawing code (Preact, the card, its words) is a module of its own (`page-layer.js`),
 * imported from the extension the first time something is shown: most pages never open a card.
 */
import { browser } from 'wxt/browser';
import type { PageLayerProps } from '../../components/PageLayer';
import { LAYER_API, type LayerApi } from '../../lib/page/layer-api';

const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important; visibility: visible !important;';

type Api = LayerApi<PageLayerProps>;

export class LayerHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private api: Api | null = null;
  private loading: Promise<Api | null> | null = null;
  /** The latest props asked for while the module loads: only they are drawn once it is there. */
  private wanted: PageLayerProps | null = null;
  private disposed = false;

  /** Whether a node is the layer's host or inside it. */
  isOwn(node: Node): boolean {
    const host = this.host;
    return !!host && (node === host || host.contains(node) || node.getRootNode() === host.shadowRoot);
  }

  /** Shows the layer with these props, or removes it from the page when nothing is on show. */
  render(props: PageLayerProps): void {
    const visible = props.card !== null || props.boxes !== null;
    this.wanted = visible ? props : null;
    if (!visible) {
      if (this.host?.isConnected) {
        this.api?.unmount(this.container!);
        this.host.remove();
      }
      return;
    }
    if (this.api) {
      this.draw(this.api, props);
      return;
    }
    this.loading ??= this.load();
    void this.loading.then((api) => {
      if (api && this.wanted && !this.disposed) this.draw(api, this.wanted);
    });
  }

  /** Removes the layer for good (the extension was reloaded or the page left). */
  dispose(): void {
    this.disposed = true;
    if (this.container) this.api?.unmount(this.container);
    this.host?.remove();
    this.host = this.container = null;
  }

  private draw(api: Api, props: PageLayerProps): void {
    const { host, container } = this.ensure(api);
    if (!host.isConnected) document.body.append(host);
    api.render(container, props);
  }

  private async load(): Promise<Api | null> {
    const world = globalThis as { [LAYER_API]?: Api };
    if (!world[LAYER_API]) {
      try {
        await import(/* @vite-ignore */ browser.runtime.getURL('/page-layer.js'));
      } catch (e) {
        console.warn('Adasa: the card could not be loaded', e);
      }
    }
    this.api = world[LAYER_API] ?? null;
    return this.api;
  }

  private ensure(api: Api): { host: HTMLElement; container: HTMLElement } {
    if (this.host && this.container) return { host: this.host, container: this.container };
    const host = document.createElement('adasa-layer');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(api.css);
    root.adoptedStyleSheets = [sheet];
    const container = document.createElement('div');
    root.append(container);
    this.host = host;
    this.container = container;
    return { host, container };
  }
}
