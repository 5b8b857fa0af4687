/** Languages and text in them, free of any schema so the content script can use them. */

/** A language code with a catalog in locales/ ("ar", "en"). */
export type Lang = string;

/**
 * The language in force among those `offered`: the reader's choice, else the browser's (its
 * base code, «ar-SY» → «ar») if offered, else English. One rule for every surface.
 */
export function chooseLang(offered: (code: string) => boolean, choice: string, browserLang: string | undefined): Lang {
  if (offered(choice)) return choice;
  const base = (browserLang ?? '').toLowerCase().split(/[-_]/)[0]!;
  return offered(base) ? base : 'en';
}

/** Text from data (term lists, the library) in the language, or in English when it has none. */
export function localized(text: { en: string } & Partial<Record<string, string>>, lang: Lang): string {
  return text[lang] ?? text.en;
}

/** Names as a list in the language («قسد وداعش», "the SDF and ISIS"). */
export function nameList(names: readonly string[], lang: Lang): string {
  if (names.length < 2) return names[0] ?? '';
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    // A language code the runtime does not know.
    return names.join(', ');
  }
}
