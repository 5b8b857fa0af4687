/**
 * How each kind of finding is drawn: an Okabe–Ito colour (safe for the common colour-vision
 * deficiencies) always paired with its own line style, so colour never carries the meaning
 * alone. The same table feeds the page highlights, the card, the popup legend and the options.
 */
import { STYLE_KEYS, STYLE_KIND, styleKeyOf, styleSpec, type StyleKey } from '../model/kinds';

export { STYLE_KEYS, STYLE_KIND, styleKeyOf, type StyleKey };

export type ColourScheme = 'standard' | 'high-contrast';

/** Okabe–Ito: vermillion, reddish purple, orange, blue, sky blue, bluish green (from the kinds). */
export const DEFAULT_COLOURS = Object.fromEntries(STYLE_KEYS.map((k) => [k, styleSpec(k).colour])) as Record<StyleKey, string>;

/** High contrast: darker inks, thicker lines, stronger tints (still legible on white and black). */
const HIGH_CONTRAST_COLOURS = Object.fromEntries(STYLE_KEYS.map((k) => [k, styleSpec(k).highContrast])) as Record<StyleKey, string>;

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
  const l = styleSpec(key);
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

/**
 * The same style drawn by the overlay fallback, where `::highlight()` is missing: a border on
 * the line's side (a wave drawn as an SVG strip, since borders cannot wave) and the tint.
 */
export function overlayStyle(key: StyleKey, colour: string, scheme: ColourScheme): Record<string, string> {
  const l = styleSpec(key);
  if (!isColour(colour)) colour = DEFAULT_COLOURS[key];
  const thick = scheme === 'high-contrast' && l.thickness > 0 ? l.thickness + 1 : l.thickness;
  const out: Record<string, string> = {};
  const side = l.line === 'overline' ? 'Top' : 'Bottom';
  if (l.line !== 'none' && l.style === 'wavy') {
    const h = 2 * thick + 2;
    const wave = `<svg xmlns='http://www.w3.org/2000/svg' width='8' height='${h}'><path d='M0 ${h / 2} Q2 0 4 ${h / 2} T8 ${h / 2}' fill='none' stroke='${colour}' stroke-width='${thick}'/></svg>`;
    const data = encodeURIComponent(wave).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    out.backgroundImage = `url("data:image/svg+xml,${data}")`;
    out.backgroundRepeat = 'repeat-x';
    out.backgroundPosition = l.line === 'overline' ? 'left top' : 'left bottom';
    out.backgroundSize = `8px ${h}px`;
  } else if (l.line !== 'none') {
    out[`border${side}`] = `${l.style} ${l.style === 'double' ? Math.max(3, thick) : thick}px ${colour}`;
  }
  if (l.tint > 0) out.backgroundColor = withAlpha(colour, l.tint);
  return out;
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
