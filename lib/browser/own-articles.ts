/**
 * The teacher's own articles and prepared lessons in `storage.local`: they survive a browser
 * restart and never leave the machine. Everything read back goes through the schemas of
 * lib/teacher (field by field, never trusted as stored).
 */
import { storage } from 'wxt/utils/storage';
import { lessonFrom, type Lesson } from '../teacher/lesson';
import { ownArticlesFrom, removeOwn, saveDraft, type OwnArticle, type OwnDraft } from '../teacher/own-articles';
import { refSlug, type ArticleRef } from '../teacher/routes';

const ownItem = storage.defineItem<unknown>('local:ownArticles', { fallback: [] });

/** The teacher's articles, newest first. */
export async function readOwnArticles(): Promise<OwnArticle[]> {
  return ownArticlesFrom(await ownItem.getValue().catch(() => []));
}

/** One of the teacher's articles, or undefined. */
export async function readOwnArticle(id: string): Promise<OwnArticle | undefined> {
  return (await readOwnArticles()).find((a) => a.id === id);
}

/** Saves a draft as article `id` (new or edited) and returns the list as now stored. */
export async function saveOwnArticle(id: string, draft: OwnDraft): Promise<OwnArticle[]> {
  const next = saveDraft(await readOwnArticles(), id, draft, Date.now());
  await ownItem.setValue(next);
  return next;
}

/** Deletes article `id` and its lesson; returns the list as now stored. */
export async function deleteOwnArticle(id: string): Promise<OwnArticle[]> {
  const next = removeOwn(await readOwnArticles(), id);
  await ownItem.setValue(next);
  await lessonItem({ kind: 'own', id }).removeValue();
  return next;
}

/** Calls `on` with the stored list whenever another page changes it. */
export function watchOwnArticles(on: (list: OwnArticle[]) => void): () => void {
  return ownItem.watch((v) => on(ownArticlesFrom(v)));
}

const lessonItem = (ref: ArticleRef) => storage.defineItem<unknown>(`local:lesson-${refSlug(ref)}`, { fallback: null });

/** The lesson prepared for an article (every kind, no shortlist when none was). */
export async function readLesson(ref: ArticleRef): Promise<Lesson> {
  return lessonFrom(
    await lessonItem(ref)
      .getValue()
      .catch(() => null),
  );
}

/** Keeps the lesson prepared for an article. */
export async function saveLesson(ref: ArticleRef, lesson: Lesson): Promise<void> {
  await lessonItem(ref).setValue(lessonFrom(lesson));
}
