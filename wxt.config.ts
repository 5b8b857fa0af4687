import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Adasa's build: MV3 for Chromium, MV2 for Firefox, Preact for every UI surface. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Adasa — عدسة',
    description: 'Makes the framing of Arabic news visible: loaded labels, unsourced figures and stance per actor.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'adasa@adasa.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
