/**
 * The page layer's host: a shadow root (`createShadowRootUi`) that exists in the page only
 * while something is on show (a card, or the fallback overlay), so the page's DOM is untouched
 * the rest of the time.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import PageLayer, { type PageLayerProps } from '../../components/PageLayer';
import css from '../../components/page-layer.css?inline';

export class LayerHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private mounted = false;
  private last: PageLayerProps | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Whether a node is the layer's host or inside it. */
  isOwn(node: Node): boolean {
    const host = this.ui?.shadowHost;
    return !!host && (node === host || host.contains(node));
  }

  /** Shows the layer with these props, or removes it from the page when nothing is on show. */
  async render(props: PageLayerProps): Promise<void> {
    this.last = props;
    const visible = props.card !== null || props.boxes !== null;
    if (!visible) {
      if (this.ui && this.mounted) {
        this.ui.remove();
        this.mounted = false;
      }
      return;
    }
    const ui = await this.ensure();
    if (this.last !== props) return; // a newer render has taken over
    if (!this.mounted) {
      ui.mount();
      this.mounted = true;
    }
    render(<PageLayer {...props} />, ui.uiContainer);
  }

  private ensure(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'adasa-layer',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      onMount: () => document.createElement('div'),
      onRemove: () => {
        if (this.ui) render(null, this.ui.uiContainer);
      },
    }).then((ui) => (this.ui = ui as ShadowRootContentScriptUi<HTMLElement>));
    return this.creating;
  }
}
