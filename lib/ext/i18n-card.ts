/**
 * The words the content script needs (the finding card's, kind and attribution names, each
 * language's direction), taken from the catalogs section by section so the content script
 * carries these and no more. A new language adds its line to CARD below as well as to
 * locales.ts.
 */
import { attribution as arAttribution, card as arCard, dir as arDir, kinds as arKinds } from '../../locales/ar.json';
import { attribution as enAttribution, card as enCard, dir as enDir, kinds as enKinds } from '../../locales/en.json';
import { chooseLang } from '../model/lang';
import type { Attribution, FindingKind } from '../model/report';

interface CardWords {
  card: Partial<typeof enCard>;
  kinds: Partial<typeof enKinds>;
  attribution: Partial<typeof enAttribution>;
  dir: string;
}

const CARD: Record<string, CardWords> = {
  ar: { card: arCard, kinds: arKinds, attribution: arAttribution, dir: arDir },
  en: { card: enCard, kinds: enKinds, attribution: enAttribution, dir: enDir },
};

export type CardKey = keyof typeof enCard;

/** A word of the card. */
export function tc(lang: string, key: CardKey): string {
  return CARD[lang]?.card[key] ?? enCard[key];
}

/** A kind's name, for the card. */
export function cardKindName(lang: string, kind: FindingKind): string {
  return CARD[lang]?.kinds[kind] ?? enKinds[kind];
}

/** An attribution's name, for the card. */
export function cardAttributionName(lang: string, a: Attribution): string {
  return CARD[lang]?.attribution[a] ?? enAttribution[a];
}

/** The card's writing direction in the language. */
export function cardDir(lang: string): 'rtl' | 'ltr' {
  return CARD[lang]?.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The card's language: the reader's choice, else the browser's if offered, else English. */
export function resolveCardLang(choice: string, browserLang: string | undefined): string {
  return chooseLang((code) => Object.hasOwn(CARD, code), choice, browserLang);
}

/**
 * What the card says under "Aimed at" for a loaded word the engine left unattached: no rule in
 * the text decides whom it hits, so it is shown and moves no stance. Null for other kinds.
 */
export function unattached(lang: string, f: { kind: string; actor?: string }): string | null {
  return !f.actor && (f.kind === 'framing' || f.kind === 'distancing') ? tc(lang, 'noParty') : null;
}
