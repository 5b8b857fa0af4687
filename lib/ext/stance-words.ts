/**
 * How a stance is put into words for a reader, from the same score the bar draws: the direction
 * is the side the bar fills, the strength is how far it fills. The engine's label (`against`,
 * `favour`, `mixed`, `neutral`) is kept as it is; a `mixed` label is named as mixed, with the
 * side the bar leans to. Below {@link STANCE_BANDS}.weak the bar draws no fill and the words say
 * neutral (or mixed, evenly), so a visibly leaning bar is never called neutral.
 */
import type { StanceLabel } from '../model/report';
import { t, type Lang, type UiKey } from './i18n';

/** How far a stance leans, by the magnitude of its score in [0, 1]. */
export type StanceStrength = 'none' | 'weak' | 'moderate' | 'strong';

/** Where each strength starts (|score| at or above it); the bar draws its ticks at `moderate` and `strong`. */
export const STANCE_BANDS = { weak: 0.1, moderate: 0.35, strong: 0.7 } as const;

export function stanceStrength(score: number): StanceStrength {
  const m = Math.min(1, Math.abs(Number.isFinite(score) ? score : 0));
  // Rounded as the bar is: a score the bar draws at 0.1 is not called balanced.
  const r = Math.round(m * 1000) / 1000;
  if (r >= STANCE_BANDS.strong) return 'strong';
  if (r >= STANCE_BANDS.moderate) return 'moderate';
  if (r >= STANCE_BANDS.weak) return 'weak';
  return 'none';
}

/** What the bar draws: the side it fills (none when it fills nothing) and the share of its half. */
export interface StanceShape {
  towards: 'against' | 'favour' | null;
  strength: StanceStrength;
  /** Percentage of the whole track the fill covers (0–50). */
  fill: number;
}

export function stanceShape(score: number): StanceShape {
  const s = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  const strength = stanceStrength(s);
  if (strength === 'none') return { towards: null, strength, fill: 0 };
  return { towards: s < 0 ? 'against' : 'favour', strength, fill: Math.round(Math.abs(s) * 50) };
}

const DIRECTED: Record<'against' | 'favour', Record<Exclude<StanceStrength, 'none'>, UiKey>> = {
  against: { weak: 'stanceAgainstWeak', moderate: 'stanceAgainst', strong: 'stanceAgainstStrong' },
  favour: { weak: 'stanceFavourWeak', moderate: 'stanceFavour', strong: 'stanceFavourStrong' },
};

/** The words for a stance: "leans against, weakly", "in favour, strongly", "mixed: against", "neutral". */
export function stanceWords(lang: Lang, label: StanceLabel, score: number): string {
  const { towards, strength } = stanceShape(score);
  if (label === 'mixed') {
    if (!towards || strength === 'none') return t(lang, 'stanceMixedEven');
    return t(lang, 'stanceMixed').replace('{lean}', t(lang, DIRECTED[towards][strength]));
  }
  if (!towards || strength === 'none') return t(lang, 'stanceNeutral');
  return t(lang, DIRECTED[towards][strength]);
}

/** A score with a real minus sign and two decimals: «−0.93», «0.40», «0.00». */
export function signedScore(score: number): string {
  const digits = Number.isFinite(score) ? Math.abs(score).toFixed(2) : '0.00';
  return score < 0 && digits !== '0.00' ? `\u2212${digits}` : digits;
}

/**
 * A score for plain text in any direction: {@link signedScore} inside a left-to-right isolate
 * (U+2066 … U+2069), so Arabic text never shows «0.93-». HTML wraps {@link signedScore} in
 * `<bdi dir="ltr">` instead.
 */
export function isolatedScore(score: number): string {
  return `\u2066${signedScore(score)}\u2069`;
}
