/**
 * The reader's settings, in versioned storage items: what is highlighted, in which colours,
 * in which language, where Adasa stays off, and the reader's own term list. Every surface
 * (content script, background, popup, options) reads and watches the same items.
 */
import { storage } from 'wxt/utils/storage';
import { customTermsFrom, DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type CustomTerms, type Settings, type SettingsV1 } from '../ext/settings-core';

export * from '../ext/settings-core';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: SettingsV1): Settings => ({ ...v1, scheme: 'standard', colours: {} }),
  },
});

/** Reads the settings, filling anything missing from the defaults. */
export async function readSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

export const customTermsItem = storage.defineItem<CustomTerms | null>('local:customTerms', {
  fallback: null,
  version: 1,
});

/** Reads the reader's list through {@link customTermsFrom}. */
export async function readCustomTerms(): Promise<CustomTerms | null> {
  return customTermsFrom(await customTermsItem.getValue());
}

/** Applies a change to the stored settings. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await settingsItem.setValue(next);
  return next;
}
