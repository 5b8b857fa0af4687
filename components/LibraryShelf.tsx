import type { Lang } from '../lib/ext/i18n';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import { presenterUrl, type View } from '../lib/teacher/routes';
import { localized } from '../lib/ext/locales';

export interface LibraryShelfProps {
  entries: readonly LibraryEntry[];
  selected: string;
  lang: Lang;
  onSelect(id: string): void;
  /** The student view before the reveal: no leaning in the list. */
  hideLeaning?: boolean;
  view?: View;
}

/** The library's list of articles: pick one to read; each also opens in the presenter. */
export default function LibraryShelf({ entries, selected, lang, onSelect, hideLeaning = false, view }: LibraryShelfProps) {
  return (
    <nav class="shelf" aria-label={tt(lang, 'libraryTitle')}>
      <ol>
        {entries.map((e) => (
          <li key={e.id} class={e.id === selected ? 'shelf-item current' : 'shelf-item'} data-article={e.id}>
            <button type="button" class="shelf-pick" aria-current={e.id === selected ? 'true' : undefined} onClick={() => onSelect(e.id)}>
              <span class="shelf-id">{e.id}</span>
              <span class="shelf-title" lang="ar" dir="auto">
                {e.title.ar}
              </span>
              {lang === 'en' && <span class="shelf-title-en">{e.title.en}</span>}
            </button>
            <p class="shelf-meta">
              <bdi>{localized(e.outlet, lang)}</bdi> · {e.year}
              {!hideLeaning && <> · {localized(e.leaning, lang)}</>}
            </p>
            <a class="shelf-present" href={presenterUrl({ kind: 'seed', id: e.id }, { lang, view })}>
              {tt(lang, 'present')}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
