/**
 * The settings' shape and defaults, free of the storage library so the content script can read
 * them straight from `storage.local` (the background, popup and options use the versioned
 * item in settings.ts, which runs the migrations).
 */
import { FINDING_KINDS, type FindingKind } from '../model/kinds';
import { isColour, STYLE_KEYS, type ColourScheme, type StyleKey } from './palette';

/** The key the settings item is stored under in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/** `auto` (the browser's language) or the code of a language with a catalog. */
export type Language = string;

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

/**
 * Settings from whatever storage holds: each field is kept only if it has the right shape,
 * otherwise its default stands, so one bad value never disables the rest. Colours must be
 * `#rrggbb` and hosts plain host names: nothing read here reaches CSS unchecked.
 */
export function withDefaults(stored: unknown): Settings {
  const s = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const kinds: Settings['kinds'] = {};
  const colours: Settings['colours'] = {};
  if (isRecord(s.kinds)) for (const k of FINDING_KINDS) if (typeof s.kinds[k] === 'boolean') kinds[k] = s.kinds[k];
  if (isRecord(s.colours)) for (const k of STYLE_KEYS) if (isColour(s.colours[k])) colours[k] = s.colours[k];
  return {
    highlights: typeof s.highlights === 'boolean' ? s.highlights : DEFAULT_SETTINGS.highlights,
    kinds,
    // Any language code is kept; one without a catalog is shown in English.
    language: typeof s.language === 'string' && /^(?:auto|[a-z]{2,3})$/.test(s.language) ? s.language : DEFAULT_SETTINGS.language,
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter(isHost).slice(0, MAX_SITES) : [],
    scheme: s.scheme === 'standard' || s.scheme === 'high-contrast' ? s.scheme : DEFAULT_SETTINGS.scheme,
    colours,
  };
}

/** More disabled sites than anyone switches off by hand; the rest of a huge stored list is dropped. */
const MAX_SITES = 10_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isHost(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 253 && /^[\p{L}\p{N}.:[\]-]+$/u.test(v);
}

/** Whether a kind is shown (on unless switched off). */
export function kindOn(s: Pick<Settings, 'kinds'>, kind: FindingKind): boolean {
  return s.kinds[kind] !== false;
}

/** Whether a kind is painted on the page: highlights on and the kind on. */
export function kindShown(s: Pick<Settings, 'kinds' | 'highlights'>, kind: FindingKind): boolean {
  return s.highlights && kindOn(s, kind);
}

/** A term list the reader imported, kept as imported (validated by the engine's parser). */
export interface CustomTerms {
  name: string;
  importedAt: string;
  list: unknown;
}

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
