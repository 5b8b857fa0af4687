/**
 * The page layer's host: an `<adasa-layer>` element with an open shadow root, appended to the
 * page only while something is on show (a card, or the fallback overlay), so the page's DOM is
 * untouched the rest of the time. Its styles are a constructed sheet adopted by the shadow
 * root (no `<style>` for a strict page CSP to refuse), and the host resets every inherited
 * property so the page's CSS cannot reach in.
 */
import { render } from 'preact';
import PageLayer, { type PageLayerProps } from '../../components/PageLayer';
import css from '../../components/page-layer.css?inline';

const HOST_STYLE = 'all: initial !important; display: block !important; position: static !important; visibility: visible !important;';

export class LayerHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;

  /** Whether a node is the layer's host or inside it. */
  isOwn(node: Node): boolean {
    const host = this.host;
    return !!host && (node === host || host.contains(node) || node.getRootNode() === host.shadowRoot);
  }

  /** Shows the layer with these props, or removes it from the page when nothing is on show. */
  render(props: PageLayerProps): void {
    const visible = props.card !== null || props.boxes !== null;
    if (!visible) {
      if (this.host?.isConnected) {
        render(null, this.container!);
        this.host.remove();
      }
      return;
    }
    const { host, container } = this.ensure();
    if (!host.isConnected) document.body.append(host);
    render(<PageLayer {...props} />, container);
  }

  /** Removes the layer for good (the extension was reloaded or the page left). */
  dispose(): void {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = this.container = null;
  }

  private ensure(): { host: HTMLElement; container: HTMLElement } {
    if (this.host && this.container) return { host: this.host, container: this.container };
    const host = document.createElement('adasa-layer');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    const container = document.createElement('div');
    root.append(container);
    this.host = host;
    this.container = container;
    return { host, container };
  }
}
