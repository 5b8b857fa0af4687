/** Text the interface shows, in each of its languages. */
import * as z from 'zod/mini';

/**
 * Text in the interface's languages: Arabic and English always, and any other language a
 * catalog exists for (keyed by its code); a language without its own text shows the English.
 */
/** A language code with a catalog in locales/ ("ar", "en"). */
export type Lang = string;

/** Text from data (term lists, the library) in the language, or in English when it has none. */
export function localized(text: { en: string } & Partial<Record<string, string>>, lang: string): string {
  return text[lang] ?? text.en;
}

export const Bilingual = z.catchall(z.object({ ar: z.string(), en: z.string() }), z.string());
export type Bilingual = z.infer<typeof Bilingual>;
