import { useState } from 'preact/hooks';
import type { Lang } from '../lib/ext/i18n';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import { ownTitle, type OwnArticle } from '../lib/teacher/own-articles';
import { compareUrl, parseRef, refString, type ArticleRef, type View } from '../lib/teacher/routes';
import { localized } from '../lib/ext/locales';

export interface CompareLauncherProps {
  /** The article being read: the left side of the comparison. */
  current: ArticleRef;
  entries: readonly LibraryEntry[];
  /** The teacher's own articles. */
  own?: readonly OwnArticle[];
  lang: Lang;
  view?: View;
}

/** "Compare with…": pick a second article (demo or the teacher's own) and open both side by side. */
export default function CompareLauncher({ current, entries, own = [], lang, view }: CompareLauncherProps) {
  const here = refString(current);
  const options = [
    ...entries.map((e) => ({ value: `seed:${e.id}`, label: `${e.id} · ${localized(e.short, lang)}` })),
    ...own.map((a) => ({ value: `own:${a.id}`, label: ownTitle(a, 50) || tt(lang, 'untitled') })),
  ].filter((o) => o.value !== here);
  const [other, setOther] = useState(options[0]?.value ?? here);
  const chosen = options.some((o) => o.value === other) ? other : (options[0]?.value ?? here);
  return (
    <form
      class="launcher"
      onSubmit={(e) => {
        e.preventDefault();
        const ref = parseRef(chosen);
        if (ref) location.href = compareUrl(current, ref, lang, view);
      }}
    >
      <label>
        <span>{tt(lang, 'compareWith')}</span>{' '}
        <select value={chosen} onChange={(e) => setOther(e.currentTarget.value)} data-testid="compare-with">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">{tt(lang, 'compare')}</button>
    </form>
  );
}
