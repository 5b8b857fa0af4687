import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import { demoArticle, demoArticles } from '../../lib/teacher/demo-articles';
import { LibraryIndex, libraryIndex } from '../../lib/teacher/library';

const DIR = join(__dirname, '..', '..', 'seeds', 'articles');

describe('seeds/articles/index.json', () => {
  test('lists every seed file once, in file order', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(libraryIndex().articles.map((a) => a.file)).toEqual(files);
  });

  test('every entry is bilingual and non-empty', () => {
    for (const a of libraryIndex().articles) {
      for (const field of [a.title, a.short, a.outlet, a.date, a.leaning, a.notes]) {
        expect(field.ar.trim().length).toBeGreaterThan(0);
        expect(field.en.trim().length).toBeGreaterThan(0);
        expect(field.ar).toMatch(/[\u0600-\u06FF]/);
      }
    }
  });

  test('leftover lines are lines of the text', () => {
    for (const a of demoArticles()) {
      const lines = new Set(a.text.split('\n').map((l) => l.trim()));
      for (const l of a.entry.leftovers) expect(lines.has(l), `${a.entry.id}: ${l}`).toBe(true);
    }
  });

  test('the bundled text is the seed file byte for byte', () => {
    for (const a of demoArticles()) expect(a.text).toBe(readFileSync(join(DIR, a.entry.file), 'utf8'));
  });

  test('the showcase pair leans opposite ways on the SDF, and the engine agrees', () => {
    const [a, b] = libraryIndex().showcase.map((id) => demoArticle(id)!);
    expect(a.entry.leans.sdf).toBe('against');
    expect(b.entry.leans.sdf).toBe('favour');
    const sdf = (text: string) => analyze(text).actors.find((x) => x.id === 'sdf')!;
    expect(sdf(a.text).score).toBeLessThan(0);
    expect(sdf(b.text).score).toBeGreaterThan(0);
  });

  test.each([
    ['duplicate ids', (d: LibraryIndex) => ({ ...d, articles: [...d.articles, d.articles[0]] })],
    ['a file of another id', (d: LibraryIndex) => ({ ...d, articles: [{ ...d.articles[0], file: d.articles[1].file }, ...d.articles.slice(1)] })],
    ['a showcase outside the library', (d: LibraryIndex) => ({ ...d, showcase: ['000', '999'] })],
    ['an unknown actor', (d: LibraryIndex) => ({ ...d, articles: [{ ...d.articles[0], leans: { hamas: 'against' } }] })],
    ['a missing English title', (d: LibraryIndex) => ({ ...d, articles: [{ ...d.articles[0], title: { ar: 'عنوان' } }] })],
  ])('rejects %s', (_name, mutate) => {
    const raw = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
    expect(LibraryIndex.safeParse(raw).success).toBe(true);
    expect(LibraryIndex.safeParse(mutate(raw)).success).toBe(false);
  });
});
