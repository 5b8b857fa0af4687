/** Text the interface shows, in each of its languages. */
import * as z from 'zod/mini';

/** Text in both UI languages. */
export const Bilingual = z.object({ ar: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;
