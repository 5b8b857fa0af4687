/**
 * The settings' shape and defaults, free of the storage library so the content script can read
 * them straight from `storage.local` (the background, popup and options use the versioned
 * item in settings.ts, which runs the migrations).
 */
import type { FindingKind } from '../report/schema';
import type { ColourScheme, StyleKey } from './palette';

/** The key the settings item is stored under in `storage.local`. */
export const SETTINGS_KEY = 'settings';

export type Language = 'auto' | 'ar' | 'en';

export interface Settings {
  /** All highlights on the page on or off. */
  highlights: boolean;
  /** Kinds of finding switched off (`false`); a kind not listed is on. */
  kinds: Partial<Record<FindingKind, boolean>>;
  language: Language;
  /** Hosts (without `www.`) where Adasa does not run by itself. */
  disabledSites: string[];
  /** Since version 2: the colour scheme and the reader's own colour per style. */
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/** Version 1 lacked colours: every kind had its fixed Okabe–Ito colour. */
export type SettingsV1 = Omit<Settings, 'scheme' | 'colours'>;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  kinds: {},
  language: 'auto',
  disabledSites: [],
  scheme: 'standard',
  colours: {},
};

/** A stored value from any version, completed with defaults for what it lacks. */
export function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    kinds: { ...(s?.kinds ?? {}) },
    disabledSites: [...(s?.disabledSites ?? [])],
    colours: { ...(s?.colours ?? {}) },
  };
}

/** Whether a kind is shown (on unless switched off). */
export function kindOn(s: Pick<Settings, 'kinds'>, kind: FindingKind): boolean {
  return s.kinds[kind] !== false;
}

/** Whether a kind is painted on the page: highlights on and the kind on. */
export function kindShown(s: Pick<Settings, 'kinds' | 'highlights'>, kind: FindingKind): boolean {
  return s.highlights && kindOn(s, kind);
}
