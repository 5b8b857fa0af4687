/**
 * The reader's settings, in versioned storage items: what is highlighted, in which colours,
 * in which language, where Adasa stays off, and the reader's own term list. Every surface
 * (content script, background, popup, options) reads and watches the same items.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type Settings, type SettingsV1 } from './settings-core';

export * from './settings-core';

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

/** A term list the reader imported, kept as imported (validated by the engine's parser). */
export interface CustomTerms {
  name: string;
  importedAt: string;
  list: unknown;
}

export const customTermsItem = storage.defineItem<CustomTerms | null>('local:customTerms', {
  fallback: null,
  version: 1,
});

/**
 * The reader's list from whatever storage holds: `null` unless it is an object with a list;
 * a missing or malformed name or date falls back to a plain one (the list itself is judged
 * by the engine's parser where it is used).
 */
export function customTermsFrom(stored: unknown): CustomTerms | null {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const s = stored as Record<string, unknown>;
  if (s.list === undefined || s.list === null) return null;
  return {
    name: typeof s.name === 'string' && s.name.length <= 200 ? s.name : 'terms.json',
    importedAt: typeof s.importedAt === 'string' && !Number.isNaN(Date.parse(s.importedAt)) ? s.importedAt : '',
    list: s.list,
  };
}

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

