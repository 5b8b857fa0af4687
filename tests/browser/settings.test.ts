import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, kindShown, readSettings, settingsItem, updateSettings, withDefaults } from '../../lib/browser/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a version 1 value is migrated to version 2 (colours added, the rest kept)', async () => {
    await fakeBrowser.storage.local.set({
      settings: { highlights: false, kinds: { figure: false }, language: 'ar', disabledSites: ['sana.sy'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const s = await readSettings();
    expect(s).toMatchObject({ highlights: false, language: 'ar', disabledSites: ['sana.sy'], scheme: 'standard', colours: {} });
    expect(kindShown(s, 'figure')).toBe(false);
    expect(kindShown({ ...s, highlights: true }, 'framing')).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toMatchObject({ v: 2 });
  });

  test('updates are stored and read back', async () => {
    await updateSettings((s) => ({ ...s, scheme: 'high-contrast', disabledSites: ['syria.tv'] }));
    const raw = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(withDefaults(raw as Parameters<typeof withDefaults>[0])).toMatchObject({ scheme: 'high-contrast', disabledSites: ['syria.tv'] });
  });
});
