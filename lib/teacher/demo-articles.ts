/**
 * The demo library's articles with their text. The seed files are bundled at build time
 * (Vite's `import.meta.glob`, in the extension and in Vitest), so the library, the compare
 * view and the presenter work offline and analyse exactly the bytes in `seeds/articles/`.
 */
import { articleLines, type ArticleLine } from './article-lines';
import { libraryIndex, type LibraryEntry } from './library';

const TEXTS = import.meta.glob<string>('../../seeds/articles/*.txt', { query: '?raw', import: 'default', eager: true });

/** A library entry with its text and the lines the pages render. */
export interface DemoArticle {
  entry: LibraryEntry;
  text: string;
  lines: ArticleLine[];
}

const cache = new Map<string, DemoArticle>();

/** The text of a library entry's seed file (throws if the file is missing from the build). */
export function seedText(entry: LibraryEntry): string {
  const text = TEXTS[`../../seeds/articles/${entry.file}`];
  if (text === undefined) throw new Error(`seed file missing: ${entry.file}`);
  return text;
}

/** One demo article by id, or undefined for an id the library does not hold. */
export function demoArticle(id: string): DemoArticle | undefined {
  const known = cache.get(id);
  if (known) return known;
  const entry = libraryIndex().articles.find((a) => a.id === id);
  if (!entry) return undefined;
  const text = seedText(entry);
  const article: DemoArticle = { entry, text, lines: articleLines(text, { headline: entry.headline, leftovers: entry.leftovers }) };
  cache.set(id, article);
  return article;
}

/** Every demo article, in library order. */
export function demoArticles(): DemoArticle[] {
  return libraryIndex().articles.map((a) => demoArticle(a.id)!);
}
