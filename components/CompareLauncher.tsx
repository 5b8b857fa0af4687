import { useState } from 'preact/hooks';
import type { Lang } from '../lib/ext/i18n';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import { compareUrl } from '../lib/teacher/routes';
import { localized } from '../lib/ext/locales';

export interface CompareLauncherProps {
  /** The article being read: the left side of the comparison. */
  current: string;
  entries: readonly LibraryEntry[];
  lang: Lang;
}

/** "Compare with…": pick a second demo article and open both side by side. */
export default function CompareLauncher({ current, entries, lang }: CompareLauncherProps) {
  const others = entries.filter((e) => e.id !== current);
  const [other, setOther] = useState(others[0]?.id ?? current);
  const chosen = others.some((e) => e.id === other) ? other : (others[0]?.id ?? current);
  return (
    <form
      class="launcher"
      onSubmit={(e) => {
        e.preventDefault();
        location.href = compareUrl({ kind: 'seed', id: current }, { kind: 'seed', id: chosen }, lang);
      }}
    >
      <label>
        <span>{tt(lang, 'compareWith')}</span>{' '}
        <select value={chosen} onChange={(e) => setOther(e.currentTarget.value)} data-testid="compare-with">
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.id} · {localized(e.short, lang)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">{tt(lang, 'compare')}</button>
    </form>
  );
}
