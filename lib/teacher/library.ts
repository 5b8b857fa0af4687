/**
 * The demo library: the five seed articles with what is known about each (outlet, date,
 * leaning), kept as data in `seeds/articles/index.json` and validated here at load. The
 * teacher pages, the exports and the tests all read the articles through this module.
 */
import * as z from 'zod/mini';
import raw from '../../seeds/articles/index.json';
import { ActorId, Bilingual, Direction } from '../model/report';
import { localized, type Lang } from '../ext/locales';

/** An article's id: the three-digit prefix of its seed file. */
export const ArticleId = z.string().check(z.regex(/^\d{3}$/));

/** One demo article and what is known about it. */
export const LibraryEntry = z.object({
  id: ArticleId,
  /** Whether the text's first line is the article's headline (000 and 001 have none). */
  headline: z.boolean(),
  /** The seed file in `seeds/articles/`. */
  file: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/)),
  /** A short title: the headline where the text has one, else a description of it. */
  title: Bilingual,
  /** Who published it, in a few words, for column headings and lists. */
  short: Bilingual,
  outlet: Bilingual,
  byline: z.optional(Bilingual),
  genre: z.enum(['opinion', 'report']),
  /** When, as far as the events the text describes tell. */
  date: Bilingual,
  year: z.int().check(z.gte(2010), z.lte(2100)),
  /** The editors' reading of the article's leaning, in words. */
  leaning: Bilingual,
  /** The same reading per actor, to set beside the stance the engine measures. */
  leans: z.partialRecord(ActorId, Direction),
  notes: Bilingual,
  /**
   * Lines of page furniture the copy carries (comment counters, "read also" links), exactly as
   * they appear after trimming. They stay in the analysed text and are shown muted.
   */
  leftovers: z.array(z.string().check(z.minLength(1))),
});
/** One demo article and what is known about it. */
export type LibraryEntry = z.infer<typeof LibraryEntry>;

/** The whole index: the articles and the pair the compare view opens with. */
export const LibraryIndex = z
  .object({
    /** The pair the compare view opens with. */
    showcase: z.tuple([ArticleId, ArticleId]),
    articles: z.array(LibraryEntry).check(z.minLength(1)),
  })
  .check(
    z.refine((v) => new Set(v.articles.map((a) => a.id)).size === v.articles.length, 'article ids must be unique'),
    z.refine((v) => v.articles.every((a) => a.file.startsWith(`${a.id}_`)), 'a file name starts with its id'),
    z.refine((v) => v.showcase.every((id) => v.articles.some((a) => a.id === id)), 'the showcase pair must be in the library'),
  );
/** The whole index, parsed. */
export type LibraryIndex = z.infer<typeof LibraryIndex>;

let parsed: LibraryIndex | null = null;

/** The library index, parsed once (a malformed file throws with zod's reasons). */
export function libraryIndex(): LibraryIndex {
  parsed ??= LibraryIndex.parse(raw);
  return parsed;
}

/** One article's entry, or undefined for an unknown id. */
export function libraryEntry(id: string): LibraryEntry | undefined {
  return libraryIndex().articles.find((a) => a.id === id);
}

/** An entry's particulars in one language, as the exports print them. */
export function entryMeta(entry: LibraryEntry, lang: Lang): { title: string; outlet: string; byline?: string; date: string; leaning: string; notes: string } {
  return {
    title: localized(entry.title, lang),
    outlet: localized(entry.outlet, lang),
    byline: entry.byline && localized(entry.byline, lang),
    date: localized(entry.date, lang),
    leaning: localized(entry.leaning, lang),
    notes: localized(entry.notes, lang),
  };
}
