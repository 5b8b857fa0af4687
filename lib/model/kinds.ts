/**
 * One descriptor per kind of finding: how each of its styles is drawn (a kind may have more
 * than one: sources are drawn one way when named and another when vague). The kind list, the
 * report's counts, the palette, the page highlights, the overlay fallback, the legends and the
 * options are all derived from here; the kind's and its styles' names and hint are words of the
 * language catalogs (`kinds`, `kindHints`, `styles` in locales/<code>.json). A new kind of
 * finding is its detector (lib/detect/), its entry below and its words in the catalogs.
 */
/** How a style is drawn: a line under or over the words (or none), and a background tint. */
export interface LineSpec {
  line: 'underline' | 'overline' | 'none';
  style: 'wavy' | 'dotted' | 'dashed' | 'solid' | 'double';
  thickness: number;
  /** Background tint alpha (≤ 0.25 keeps Arabic letters at AA contrast). */
  tint: number;
}

export interface StyleSpec extends LineSpec {
  /** Okabe–Ito colour (safe for the common colour-vision deficiencies). */
  colour: string;
  /** The darker ink of the high-contrast scheme. */
  highContrast: string;
}

export interface KindSpec {
  /** The kind's styles; the first is the default. */
  styles: Record<string, StyleSpec>;
  /** Picks the style of one finding when the kind has several. */
  styleOf?: (f: { attribution?: string }) => string;
}

export const KINDS = {
  framing: {
    styles: {
      framing: {
        colour: '#D55E00',
        highContrast: '#A63A00',
        line: 'underline',
        style: 'wavy',
        thickness: 2,
        tint: 0,
      },
    },
  },
  distancing: {
    styles: {
      distancing: {
        colour: '#CC79A7',
        highContrast: '#8E2F6E',
        line: 'underline',
        style: 'dotted',
        thickness: 2,
        tint: 0,
      },
    },
  },
  figure: {
    styles: {
      figure: { colour: '#E69F00', highContrast: '#8A5D00', line: 'none', style: 'solid', thickness: 0, tint: 0.25 },
    },
  },
  source: {
    styles: {
      'source-named': {
        colour: '#0072B2',
        highContrast: '#004C7A',
        line: 'underline',
        style: 'solid',
        thickness: 1,
        tint: 0,
      },
      'source-vague': {
        colour: '#56B4E9',
        highContrast: '#004C7A',
        line: 'underline',
        style: 'dashed',
        thickness: 2,
        tint: 0,
      },
    },
    styleOf: (f: { attribution?: string }) => (f.attribution === 'named' ? 'source-named' : 'source-vague'),
  },
  voice: {
    styles: {
      voice: {
        colour: '#009E73',
        highContrast: '#006B4E',
        line: 'underline',
        style: 'double',
        thickness: 2,
        tint: 0,
      },
    },
  },
  obfuscation: {
    styles: {
      obfuscation: {
        colour: '#0072B2',
        highContrast: '#000000',
        line: 'overline',
        style: 'dotted',
        thickness: 2,
        tint: 0.18,
      },
    },
  },
} as const satisfies Record<string, KindSpec>;

export type FindingKind = keyof typeof KINDS;

/** The kinds, in the order findings are listed and counted. */
export const FINDING_KINDS = Object.keys(KINDS) as FindingKind[];

/** A drawable style: one per highlight name. */
export type StyleKey = { [K in FindingKind]: keyof (typeof KINDS)[K]['styles'] }[FindingKind] & string;

/** Every style, kind by kind. */
export const STYLE_KEYS = FINDING_KINDS.flatMap((k) => Object.keys(KINDS[k].styles)) as StyleKey[];

/** The kind each style belongs to (a category switch turns all of a kind's styles off). */
export const STYLE_KIND = Object.fromEntries(FINDING_KINDS.flatMap((k) => Object.keys(KINDS[k].styles).map((s) => [s, k]))) as Record<StyleKey, FindingKind>;

/** The descriptor of a style. */
export function styleSpec(key: StyleKey): StyleSpec {
  return (KINDS[STYLE_KIND[key]].styles as Record<string, StyleSpec>)[key]!;
}

/** The style a finding is drawn with. */
export function styleKeyOf(f: { kind: FindingKind; attribution?: string }): StyleKey {
  const spec: KindSpec = KINDS[f.kind];
  return (spec.styleOf ? spec.styleOf(f) : Object.keys(spec.styles)[0]) as StyleKey;
}
