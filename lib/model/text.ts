/** Text the interface shows, in each of its languages. */
import * as z from 'zod/mini';

export { localized, type Lang } from './lang';

/**
 * Text in the interface's languages: Arabic and English always, and any other language a
 * catalog exists for (keyed by its code); a language without its own text shows the English.
 */
export const Bilingual = z.catchall(z.object({ ar: z.string(), en: z.string() }), z.string());
export type Bilingual = z.infer<typeof Bilingual>;
