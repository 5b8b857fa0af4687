/**
 * The reader's settings, in versioned storage items: what is highlighted, in which colours,
 * in which language, where Adasa stays off, and the reader's own term list. Every surface
 * (content script, background, popup, options) reads and watches the same items.
 */
import { storage } from 'wxt/utils/storage';
import { FINDING_KINDS, type FindingKind } from '../report/schema';
import type { ColourScheme, StyleKey } from './palette';

export type Language = 'auto' | 'ar' | 'en';

export interface Settings {
  /** All highlights on the page on or off. */
  highlights: boolean;
  /** Each kind of finding on or off. */
  kinds: Record<FindingKind, boolean>;
  language: Language;
  /** Hosts (without `www.`) where Adasa does not run by itself. */
  disabledSites: string[];
  /** Since version 2: the colour scheme and the reader's own colour per style. */
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/** Version 1 lacked colours: every kind had its fixed Okabe–Ito colour. */
type SettingsV1 = Omit<Settings, 'scheme' | 'colours'>;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  kinds: Object.fromEntries(FINDING_KINDS.map((k) => [k, true])) as Record<FindingKind, boolean>,
  language: 'auto',
  disabledSites: [],
  scheme: 'standard',
  colours: {},
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
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

/** Applies a change to the stored settings. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await settingsItem.setValue(next);
  return next;
}

/** A stored value from any version, completed with defaults for what it lacks. */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...(s?.kinds ?? {}) },
    disabledSites: [...(s?.disabledSites ?? [])],
    colours: { ...(s?.colours ?? {}) },
  };
}
