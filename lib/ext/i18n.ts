/**
 * The interface's words, from the language catalogs (`locales/<code>.json`, see locales.ts).
 * The language follows the browser unless the reader picks one; right-to-left languages are
 * right-to-left at their surface's root.
 */
import type { StyleKey } from '../model/kinds';
import type { Attribution, FindingKind, StanceLabel } from '../model/report';
import { message, type Catalog, type Lang } from './locales';

export { dirOf, isLang, LANGS, languageName, localized, nextLang, resolveLang, type Lang } from './locales';

export type UiKey = keyof Catalog['ui'];

/** A word of the interface. */
export function t(lang: Lang, key: UiKey): string {
  return message(lang, 'ui', key);
}

export function kindName(lang: Lang, kind: FindingKind): string {
  return message(lang, 'kinds', kind);
}

export function kindHint(lang: Lang, kind: FindingKind): string {
  return message(lang, 'kindHints', kind);
}

/** A style's name (a kind's, or a kind's variant: "Sources (vague)"). */
export function styleName(lang: Lang, key: StyleKey): string {
  return message(lang, 'styles', key);
}

export function attributionName(lang: Lang, a: Attribution): string {
  return message(lang, 'attribution', a);
}

export function stanceName(lang: Lang, s: StanceLabel): string {
  return message(lang, 'stance', s);
}

/** A short phrase drawn in a style's colour and line, in the interface's language (options' colour samples). */
export function styleSample(lang: Lang, key: StyleKey): string {
  return message(lang, 'samples', key);
}
