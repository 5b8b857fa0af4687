/**
 * The card's words (the finding card's, kind and attribution names, each language's direction),
 * read from the catalogs like every other surface's: the card's code is loaded into a page only
 * when a card opens, so it carries the catalogs without weighing on the content script.
 */
import { message, type Catalog } from './locales';
import { partiesHit, type Attribution, type Finding, type FindingKind } from '../model/report';
import { nameList } from '../model/lang';

/** The card's writing direction in a language, and the language in force, as everywhere else. */
export { dirOf as cardDir, resolveLang as resolveCardLang } from './locales';

export type CardKey = keyof Catalog['card'] & string;

/** A word of the card. */
export function tc(lang: string, key: CardKey): string {
  return message(lang, 'card', key);
}

/** A kind's name, for the card. */
export function cardKindName(lang: string, kind: FindingKind): string {
  return message(lang, 'kinds', kind);
}

/** An attribution's name, for the card. */
export function cardAttributionName(lang: string, a: Attribution): string {
  return message(lang, 'attribution', a);
}

/**
 * What the card says under "Aimed at" for a loaded word the engine left unattached: no rule in
 * the text decides whom it hits, so it is shown and moves no stance. Null for other kinds.
 */
export function unattached(lang: string, f: { kind: string; actor?: string }): string | null {
  return !f.actor && (f.kind === 'framing' || f.kind === 'distancing') ? tc(lang, 'noParty') : null;
}

/**
 * What the card, the presenter slide and the HTML export say under "Aimed at": every party the
 * finding hits, as a list in the language («قوات سوريا الديمقراطية وتنظيم الدولة الإسلامية»), or
 * the unattached note. `nameOf` gives a party's name in the language.
 */
export function hitNames(lang: string, f: Pick<Finding, 'kind' | 'actor' | 'also'>, nameOf: (id: string) => string): string | null {
  return f.actor ? nameList(partiesHit(f).map(nameOf), lang) : unattached(lang, f);
}
