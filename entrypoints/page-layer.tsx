/**
 * The page layer's drawing code, loaded into a page only when something is first shown there
 * (a card, or the fallback overlay): Preact, the card, its words in every language and its
 * stylesheet stay out of the content script every news page loads. The content script imports
 * this file from the extension (a web-accessible resource) and finds the API under a symbol on
 * its own isolated global, which the page cannot see.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import PageLayer, { type PageLayerProps } from '../components/PageLayer';
import css from '../components/page-layer.css?inline';
import { resolveCardLang } from '../lib/ext/i18n-card';
import { LAYER_API, type LayerApi } from '../lib/page/layer-api';

export default defineUnlistedScript(() => {
  const api: LayerApi<PageLayerProps> = {
    css,
    render: (container, props) => render(<PageLayer {...props} lang={resolveCardLang(props.lang, navigator.language)} />, container),
    unmount: (container) => render(null, container),
  };
  (globalThis as { [LAYER_API]?: LayerApi<PageLayerProps> })[LAYER_API] = api;
});
