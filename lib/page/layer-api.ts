/**
 * What the page layer's module (loaded on first use) gives the content script: its stylesheet,
 * and rendering into a container in Adasa's shadow root. Found under this symbol on the isolated
 * global the two share.
 */
export const LAYER_API = Symbol.for('adasa.page-layer');

export interface LayerApi<P> {
  /** The layer's stylesheet, adopted by the shadow root. */
  css: string;
  render(container: HTMLElement, props: P): void;
  unmount(container: HTMLElement): void;
}
