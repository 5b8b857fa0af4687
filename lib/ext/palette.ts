/**
 * How each kind of finding is drawn: an Okabe–Ito colour (safe for the common colour-vision
 * deficiencies) always paired with its own line style, so colour never carries the meaning
 * alone. The same table feeds the page highlights, the card, the popup legend and the options.
 */
import type { Finding, FindingKind } from '../model/report';

/** A drawable style: one of these per highlight name. */
export type StyleKey = 'framing' | 'distancing' | 'figure' | 'source-named' | 'source-vague' | 'voice' | 'obfuscation';

export const STYLE_KEYS: readonly StyleKey[] = ['framing', 'distancing', 'figure', 'source-named', 'source-vague', 'voice', 'obfuscation'];

/** The kind each style belongs to (a category switch turns all of a kind's styles off). */
export const STYLE_KIND: Record<StyleKey, FindingKind> = {
  framing: 'framing',
  distancing: 'distancing',
  figure: 'figure',
  'source-named': 'source',
  'source-vague': 'source',
  voice: 'voice',
  obfuscation: 'obfuscation',
};

export type ColourScheme = 'standard' | 'high-contrast';

interface LineStyle {
  line: 'underline' | 'overline' | 'none';
  style: 'wavy' | 'dotted' | 'dashed' | 'solid' | 'double';
  thickness: number;
  /** Background tint alpha (≤ 0.25 keeps Arabic letters at AA contrast). */
  tint: number;
}

/** Okabe–Ito: vermillion, reddish purple, orange, blue, sky blue, bluish green. */
export const DEFAULT_COLOURS: Record<StyleKey, string> = {
  framing: '#D55E00',
  distancing: '#CC79A7',
  figure: '#E69F00',
  'source-named': '#0072B2',
  'source-vague': '#56B4E9',
  voice: '#009E73',
  obfuscation: '#0072B2',
};

/** High contrast: darker inks, thicker lines, stronger tints (still legible on white and black). */
const HIGH_CONTRAST_COLOURS: Record<StyleKey, string> = {
  framing: '#A63A00',
  distancing: '#8E2F6E',
  figure: '#8A5D00',
  'source-named': '#004C7A',
  'source-vague': '#004C7A',
  voice: '#006B4E',
  obfuscation: '#000000',
};

const LINES: Record<StyleKey, LineStyle> = {
  framing: { line: 'underline', style: 'wavy', thickness: 2, tint: 0 },
  distancing: { line: 'underline', style: 'dotted', thickness: 2, tint: 0 },
  figure: { line: 'none', style: 'solid', thickness: 0, tint: 0.25 },
  'source-named': { line: 'underline', style: 'solid', thickness: 1, tint: 0 },
  'source-vague': { line: 'underline', style: 'dashed', thickness: 2, tint: 0 },
  voice: { line: 'underline', style: 'double', thickness: 2, tint: 0 },
  obfuscation: { line: 'overline', style: 'dotted', thickness: 2, tint: 0.18 },
};

/** The style a finding is drawn with. */
export function styleKeyOf(f: Pick<Finding, 'kind' | 'attribution'>): StyleKey {
  if (f.kind === 'source') return f.attribution === 'named' ? 'source-named' : 'source-vague';
  return f.kind;
}

/** A colour Adasa writes into CSS: `#rrggbb` and nothing else. */
export function isColour(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);
}

/**
 * The colours in force: the scheme's, with the reader's own choices on top. A custom value
 * that is not `#rrggbb` is ignored, whatever storage held.
 */
export function coloursFor(scheme: ColourScheme, custom: Partial<Record<StyleKey, string>> = {}): Record<StyleKey, string> {
  const base = scheme === 'high-contrast' ? HIGH_CONTRAST_COLOURS : DEFAULT_COLOURS;
  const out = { ...base };
  if (scheme === 'high-contrast' || !custom || typeof custom !== 'object') return out;
  for (const key of STYLE_KEYS) {
    const value = (custom as Record<string, unknown>)[key];
    if (isColour(value)) out[key] = value;
  }
  return out;
}

/** The CSS declarations for one style (used for `::highlight()` and for swatches in the UI). */
export function declarations(key: StyleKey, colour: string, scheme: ColourScheme): string {
  const l = LINES[key];
  if (!isColour(colour)) colour = DEFAULT_COLOURS[key];
  const thick = scheme === 'high-contrast' ? l.thickness + 1 : l.thickness;
  const tint = scheme === 'high-contrast' && l.tint > 0 ? Math.min(0.25, l.tint + 0.07) : l.tint;
  const parts: string[] = [];
  if (l.line !== 'none') {
    parts.push(`text-decoration-line:${l.line}`, `text-decoration-style:${l.style}`, `text-decoration-color:${colour}`);
    parts.push(`text-decoration-thickness:${thick}px`);
  }
  if (tint > 0) parts.push(`background-color:${withAlpha(colour, tint)}`);
  return parts.join(';');
}

/** Highlight names in the page's registry, prefixed so they never meet the page's own. */
export function highlightName(key: StyleKey | 'focus' | 'flash'): string {
  return `adasa-${key}`;
}

/** The stylesheet for the page: one `::highlight()` rule per style, plus focus and flash. */
export function highlightCss(scheme: ColourScheme, custom: Partial<Record<StyleKey, string>> = {}): string {
  const colours = coloursFor(scheme, custom);
  const rules = STYLE_KEYS.map((k) => `::highlight(${highlightName(k)}){${declarations(k, colours[k], scheme)}}`);
  rules.push(`::highlight(${highlightName('focus')}){background-color:${withAlpha('#F0E442', 0.45)};color:#000}`);
  rules.push(`::highlight(${highlightName('flash')}){background-color:${withAlpha('#F0E442', 0.85)};color:#000}`);
  return rules.join('\n');
}

/** `#RRGGBB` plus alpha as `rgba()`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
