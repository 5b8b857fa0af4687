import type { Lang } from '../lib/ext/i18n';
import type { AnalyzedTab } from '../lib/reader/articles';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt, type TeacherKey } from '../lib/teacher/i18n';
import { ownTitle, type OwnArticle } from '../lib/teacher/own-articles';
import { refString, type ArticleRef } from '../lib/teacher/routes';
import { localized } from '../lib/ext/locales';

export interface ArticlePickerProps {
  /** `articleA` or `articleB`: which side this picker sets. */
  label: TeacherKey;
  value: ArticleRef | null;
  entries: readonly LibraryEntry[];
  tabs: readonly AnalyzedTab[];
  /** The teacher's own articles. */
  own?: readonly OwnArticle[];
  lang: Lang;
  onChange(ref: string): void;
}

/** Chooses one side of a comparison: a demo article, one of the teacher's own, or a tab Adasa has analysed. */
export default function ArticlePicker({ label, value, entries, own = [], tabs, lang, onChange }: ArticlePickerProps) {
  const id = `pick-${label}`;
  return (
    <div class="picker">
      <label for={id}>{tt(lang, label)}</label>
      <select id={id} value={value ? refString(value) : ''} onChange={(e) => onChange(e.currentTarget.value)} data-testid={id}>
        <optgroup label={tt(lang, 'fromLibrary')}>
          {entries.map((e) => (
            <option key={e.id} value={`seed:${e.id}`}>
              {e.id} · {localized(e.title, lang)}
            </option>
          ))}
        </optgroup>
        {own.length > 0 && (
          <optgroup label={tt(lang, 'ownArticles')}>
            {own.map((a) => (
              <option key={a.id} value={`own:${a.id}`}>
                {ownTitle(a, 70) || tt(lang, 'untitled')}
              </option>
            ))}
          </optgroup>
        )}
        {tabs.length > 0 && (
          <optgroup label={tt(lang, 'fromTabs')}>
            {tabs.map((t) => (
              <option key={t.tabId} value={`tab:${t.tabId}`}>
                {t.title} ({t.findings})
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
