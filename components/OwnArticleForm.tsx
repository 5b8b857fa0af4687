import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../lib/ext/i18n';
import { tt } from '../lib/teacher/i18n';
import { draftProblems, type OwnArticle, type OwnDraft } from '../lib/teacher/own-articles';

export interface OwnArticleFormProps {
  lang: Lang;
  /** The article being edited, or undefined for a new one. */
  editing?: OwnArticle;
  onSave(draft: OwnDraft): Promise<void>;
  onCancel(): void;
  /** The open tabs Adasa has read, to take an article's whole text from (new articles only). */
  listTabs?(): Promise<{ tabId: number; title: string }[]>;
  /** The draft of a tab's article, or null when the tab has no text. */
  fromTab?(tabId: number): Promise<OwnDraft | null>;
}

/** Paste an article (text, title, outlet, date) into the teacher's own library, or edit one. */
export default function OwnArticleForm({ lang, editing, onSave, onCancel, listTabs, fromTab }: OwnArticleFormProps) {
  const [draft, setDraft] = useState<OwnDraft>({ title: editing?.title ?? '', outlet: editing?.outlet ?? '', date: editing?.date ?? '', text: editing?.text ?? '' });
  const [problems, setProblems] = useState<ReturnType<typeof draftProblems>>([]);
  const [busy, setBusy] = useState(false);
  const [tabs, setTabs] = useState<{ tabId: number; title: string }[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabProblem, setTabProblem] = useState(false);
  useEffect(() => {
    if (editing || !listTabs) return;
    void listTabs()
      .then((list) => {
        setTabs(list);
        setTabId(list[0]?.tabId ?? null);
      })
      .catch(() => setTabs([]));
  }, [editing, listTabs]);
  const set = (k: keyof OwnDraft) => (e: Event) => setDraft((d) => ({ ...d, [k]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }));
  return (
    <form
      class="own-form"
      data-testid="own-form"
      onSubmit={(e) => {
        e.preventDefault();
        const found = draftProblems(draft);
        setProblems(found);
        if (found.length > 0 || busy) return;
        setBusy(true);
        void onSave(draft).finally(() => setBusy(false));
      }}
    >
      <h3>{tt(lang, editing ? 'editArticle' : 'addArticle')}</h3>
      {!editing && fromTab && tabs.length > 0 && (
        <div class="own-from-tab">
          <label>
            <span>{tt(lang, 'fromTab')}</span>
            <select value={tabId ?? ''} onChange={(e) => setTabId(Number(e.currentTarget.value))} data-testid="own-tab">
              {tabs.map((t) => (
                <option key={t.tabId} value={t.tabId}>
                  {t.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-testid="own-from-tab"
            disabled={tabId === null}
            onClick={() => {
              if (tabId === null) return;
              void fromTab(tabId)
                .then((d) => {
                  setTabProblem(!d);
                  if (d) setDraft(d);
                })
                .catch(() => setTabProblem(true));
            }}
          >
            {tt(lang, 'takeTabText')}
          </button>
          {tabProblem && (
            <p class="error" role="alert">
              {tt(lang, 'tabHasNoText')}
            </p>
          )}
        </div>
      )}
      <label>
        <span>{tt(lang, 'titleField')}</span>
        <input type="text" dir="auto" maxLength={300} value={draft.title} onInput={set('title')} data-testid="own-title" />
      </label>
      <label>
        <span>{tt(lang, 'outlet')}</span>
        <input type="text" dir="auto" maxLength={120} value={draft.outlet} onInput={set('outlet')} data-testid="own-outlet" />
      </label>
      <label>
        <span>{tt(lang, 'dateField')}</span>
        <input type="text" dir="ltr" inputMode="numeric" placeholder="2024-12-08" maxLength={10} value={draft.date} onInput={set('date')} data-testid="own-date" />
      </label>
      <label class="own-text">
        <span>{tt(lang, 'textField')}</span>
        <textarea dir="rtl" lang="ar" rows={8} value={draft.text} onInput={set('text')} data-testid="own-text" />
      </label>
      {problems.length > 0 && (
        <ul class="error" role="alert" data-testid="own-problems">
          {problems.map((p) => (
            <li key={p}>{tt(lang, p)}</li>
          ))}
        </ul>
      )}
      <p class="hint">{tt(lang, 'ownIntro')}</p>
      <div class="own-buttons">
        <button type="submit" class="primary" disabled={busy} data-testid="own-save">
          {tt(lang, 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tt(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
