import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { curatedPatterns } from './lib/ext/sites';

/** The `browser` object without the polyfill (native promises in MV3 Chromium and in Firefox). */
const NATIVE_BROWSER = fileURLToPath(new URL('./node_modules/wxt/dist/browser.mjs', import.meta.url));

/**
 * Adasa's build: MV3 for Chromium, MV2 for Firefox, Preact for every UI surface.
 * Host access: the curated news sites come from the content script's `matches`
 * (seeds/sites.json); any other site only on request (`activeTab`) or after the reader grants
 * it (`optional_host_permissions`).
 *
 * The content script is kept small (at most 45 kB, checked by tests/e2e/seeds.test.mjs; the
 * card's code is loaded on first use, see entrypoints/page-layer.tsx): its `matches` are filled
 * in here from seeds/sites.json (so the list is not bundled into it), and it is built against the browser's
 * native `browser`/`chrome` object instead of webextension-polyfill; it only uses promise-based
 * runtime and storage calls, and replies to messages through `sendResponse`.
 */
/**
 * The content script runs from its first line in every page it is injected into, and nearly every
 * function in it is called before its first highlight is painted. V8 compiles a function the first
 * time it is called, after a pre-parse of the whole script; Chromium's explicit compile hint asks
 * it to compile them all as the script loads instead (one parse, not two; other engines ignore
 * the comment). Added after minification, which would drop it.
 */
const compileHint: Plugin = {
  name: 'adasa:compile-hint',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script' && e.name === 'content') e.options.matches = curatedPatterns();
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), compileHint];
      const alias = config.resolve?.alias;
      const extra = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias) ? [extra, ...alias] : [extra, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))],
      };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Adasa — عدسة',
    description: 'Makes the framing of Arabic news visible: loaded labels, unsourced figures and stance per actor.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: 'Adasa — عدسة' },
    // The card's drawing code, imported by the content script the first time a card opens. With a
    // dynamic URL (Chromium) the address changes every session, so a page cannot probe for it;
    // Firefox gives every install its own address anyway.
    web_accessible_resources: manifestVersion === 3 ? [{ resources: ['page-layer.js'], matches: ['<all_urls>'], use_dynamic_url: true }] : ['page-layer.js'],
    commands: {
      'next-finding': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Next finding / الملاحظة التالية' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Previous finding / الملاحظة السابقة' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'adasa@adasa.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
