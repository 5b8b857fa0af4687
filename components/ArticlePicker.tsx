import type { Lang } from '../lib/ext/i18n';
import type { AnalyzedTab } from '../lib/reader/articles';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt, type TeacherKey } from '../lib/teacher/i18n';
import { refString, type ArticleRef } from '../lib/teacher/routes';
import { localized } from '../lib/ext/locales';

export interface ArticlePickerProps {
  /** `articleA` or `articleB`: which side this picker sets. */
  label: TeacherKey;
  value: ArticleRef | null;
  entries: readonly LibraryEntry[];
  tabs: readonly AnalyzedTab[];
  lang: Lang;
  onChange(ref: string): void;
}

/** Chooses one side of a comparison: a demo article or a tab Adasa has analysed. */
export default function ArticlePicker({ label, value, entries, tabs, lang, onChange }: ArticlePickerProps) {
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
