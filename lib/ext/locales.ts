/**
 * The interface's languages: one catalog per language in `locales/<code>.json` (its name, its
 * direction and every word of the interface, by section). English is the reference: a word a
 * catalog lacks is shown in English, and text from the term lists (explanations, names) falls
 * back the same way. Adding a language is its catalog, its import line below, and its
 * translations in the term lists.
 */
import * as ar from '../../locales/ar.json';
import * as en from '../../locales/en.json';

import { chooseLang, type Lang } from '../model/lang';

export { localized, type Lang } from '../model/lang';

/** A catalog: the shape of the English one. */
export type Catalog = typeof en;
export type Section = Exclude<keyof Catalog, 'code' | 'name' | 'dir' | 'default'>;

const CATALOGS: Record<string, Partial<Catalog>> = { ar, en };

/** The languages there are catalogs for, in the order menus list them. */
export const LANGS: readonly Lang[] = Object.keys(CATALOGS);

/** Whether a code names a language Adasa has a catalog for. */
export function isLang(code: unknown): code is Lang {
  return typeof code === 'string' && Object.hasOwn(CATALOGS, code);
}

/** A word from a section of the catalog, in English when the language lacks it. */
export function message<S extends Section>(lang: Lang, section: S, key: keyof Catalog[S] & string): string {
  const own = (CATALOGS[lang]?.[section] as Record<string, string> | undefined)?.[key];
  return own ?? (en[section] as Record<string, string>)[key] ?? key;
}

/** The language's own name ("العربية"). */
export function languageName(lang: Lang): string {
  return CATALOGS[lang]?.name ?? lang;
}

/** Writing direction of the language's interface. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return CATALOGS[lang]?.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The next language in the list (the presenter's switch goes round them). */
export function nextLang(lang: Lang): Lang {
  const i = LANGS.indexOf(lang);
  return LANGS[(i + 1) % LANGS.length]!;
}

/** The language in force: the reader's choice, else the browser's if there is a catalog for it, else English. */
export function resolveLang(choice: string, browserLang: string | undefined): Lang {
  return chooseLang(isLang, choice, browserLang);
}
