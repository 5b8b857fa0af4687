/**
 * The reading history's storage item (`storage.local`, this device only): read through
 * {@link historyFrom}, written only while the reader has it on, emptied on request.
 */
import { storage } from 'wxt/utils/storage';
import { EMPTY_HISTORY, HISTORY_KEY, historyFrom, withArticle, type History, type HistoryArticle } from '../ext/history';

export * from '../ext/history';

export const historyItem = storage.defineItem<unknown>(`local:${HISTORY_KEY}`, { fallback: null });

export async function readHistory(): Promise<History> {
  return historyFrom(await historyItem.getValue().catch(() => null));
}

/** Turns the history on or off; off keeps nothing new (what is there stays until cleared). */
export async function setHistoryEnabled(enabled: boolean): Promise<History> {
  const next = { ...(await readHistory()), enabled };
  await historyItem.setValue(next);
  return next;
}

/** Empties the history, keeping the reader's on/off choice. */
export async function clearHistory(): Promise<History> {
  const next = { ...EMPTY_HISTORY, enabled: (await readHistory()).enabled };
  await historyItem.setValue(next);
  return next;
}

let queue: Promise<unknown> = Promise.resolve();

/** Adds an article's summary, if the reader has the history on. Writes one after another. */
export function recordArticle(article: HistoryArticle, now = Date.now()): Promise<void> {
  const run = queue.then(async () => {
    const history = await readHistory();
    if (!history.enabled) return;
    await historyItem.setValue(withArticle(history, article, now));
  });
  queue = run.catch(() => {});
  return run;
}

/** Calls `cb` with the history whenever it changes. Returns the unwatch function. */
export function watchHistory(cb: (h: History) => void): () => void {
  return historyItem.watch((v) => cb(historyFrom(v)));
}
