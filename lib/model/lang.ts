/** Languages and text in them, free of any schema so the content script can use them. */

/** A language code with a catalog in locales/ ("ar", "en"). */
export type Lang = string;

/** Text from data (term lists, the library) in the language, or in English when it has none. */
export function localized(text: { en: string } & Partial<Record<string, string>>, lang: Lang): string {
  return text[lang] ?? text.en;
}
