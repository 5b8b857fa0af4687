/**
 * The gold standard for one real article excerpt (`tests/fixtures/real/<split>/<id>.gold.json`
 * beside `<id>.txt`): what a careful reader finds in it, written without looking at the engine.
 *
 * Items point into the excerpt by their exact text and which occurrence of that text they are
 * (1-based), so a reviewer can read the file and the eval can place each item.
 */
import * as z from 'zod';

/** Parties a gold item may name. `other` is a party outside the term lists: the engine should leave it unattached. */
export const GOLD_ACTORS = [
  'sdf',
  'damascus_gov',
  'assad_regime',
  'isis',
  'coalition',
  'iran_militias',
  'pmf',
  'tribes',
  'turkey',
  'sna',
  'russia',
  'israel',
  'egypt',
  'saudi_coalition',
  'hezbollah',
  'houthis',
  'hamas',
  'taliban',
  'rsf',
  'haftar',
  'hts',
  'other',
] as const;
export const GoldActor = z.enum(GOLD_ACTORS);

const Place = {
  /** Exact characters as they appear in the excerpt. */
  text: z.string().min(1),
  /** Which occurrence of `text` in the excerpt, 1-based. */
  occurrence: z.number().int().min(1).default(1),
};

export const GoldLoaded = z.object({
  ...Place,
  /** The party the word passes a verdict on; null when the text itself does not say (or it hits victims, not a party). */
  actor: GoldActor.nullable(),
  direction: z.enum(['against', 'favour']),
  /** In a quotation or clearly reported speech, not the outlet's own voice. */
  quoted: z.boolean().default(false),
  note: z.string().optional(),
});

export const GoldFigure = z.object({
  ...Place,
  attribution: z.enum(['named', 'vague', 'anonymous', 'none']),
  note: z.string().optional(),
});

export const GoldSource = z.object({
  ...Place,
  kind: z.enum(['vague', 'anonymous']),
  note: z.string().optional(),
});

export const Gold = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  outlet: z.string().min(1),
  /** A short stable key for the outlet, e.g. `syriahr`, `npasyria`, `sana`. */
  outletKey: z.string().regex(/^[a-z0-9-]+$/),
  url: z.string().url(),
  /** Publication date as YYYY-MM-DD (or YYYY-MM, YYYY when that is all the page says). */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  split: z.enum(['dev', 'held', 'fresh', 'unseen', 'late', 'sealed']),
  /** Every loaded word or phrase (labels, sympathy markers, strong event words, distancing). */
  loaded: z.array(GoldLoaded),
  /** Every count of people, things or money (not dates, durations, ages, list numbers, unit names). */
  figures: z.array(GoldFigure),
  /** Every vague or anonymous source. */
  sources: z.array(GoldSource),
  /** Stance toward every party the excerpt names. */
  stance: z.partialRecord(GoldActor, z.enum(['against', 'favour', 'mixed', 'neutral'])),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof Gold>;

/** Start offset of the n-th occurrence of `text` in `body`, or -1. */
export function locate(body: string, text: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = body.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export interface GoldError {
  file: string;
  message: string;
}

/** Validates a gold file against its excerpt: schema, and every item found in the text. */
export function checkGold(file: string, json: unknown, body: string): { gold?: Gold; errors: GoldError[] } {
  const parsed = Gold.safeParse(json);
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((i) => ({ file, message: `${i.path.join('.')}: ${i.message}` })) };
  }
  const gold = parsed.data;
  const errors: GoldError[] = [];
  if (body.length > 1500) errors.push({ file, message: `excerpt is ${body.length} characters (at most 1500)` });
  for (const [section, items] of [
    ['loaded', gold.loaded],
    ['figures', gold.figures],
    ['sources', gold.sources],
  ] as const) {
    items.forEach((item, i) => {
      if (locate(body, item.text, item.occurrence) < 0) {
        errors.push({ file, message: `${section}[${i}]: «${item.text}» occurrence ${item.occurrence} is not in the text` });
      }
    });
  }
  return { gold, errors };
}

/** A gold file read for scoring: its gold, or an error naming the file and every reason it is invalid. */
export function validGold(file: string, json: unknown, body: string): Gold {
  const { gold, errors } = checkGold(file, json, body);
  if (!gold || errors.length) throw new Error(errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
  return gold;
}
