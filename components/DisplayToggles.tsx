import { FINDING_KINDS, type FindingKind } from '../lib/model/report';
import { kindHint, kindName, t, type Lang } from '../lib/ext/i18n';

export interface DisplayTogglesProps {
  lang: Lang;
  highlights: boolean;
  kinds: Partial<Record<FindingKind, boolean>>;
  onHighlights(on: boolean): void;
  onKind(kind: FindingKind, on: boolean): void;
}

/** Switches for all highlights and for each kind of finding. */
export default function DisplayToggles({ lang, highlights, kinds, onHighlights, onKind }: DisplayTogglesProps) {
  return (
    <fieldset class="toggles">
      <legend>{t(lang, 'categories')}</legend>
      <label class="toggle main-toggle">
        <input type="checkbox" checked={highlights} onChange={(e) => onHighlights(e.currentTarget.checked)} data-testid="toggle-highlights" />
        {t(lang, 'highlights')}
      </label>
      {FINDING_KINDS.map((k) => (
        <label key={k} class="toggle" title={kindHint(lang, k)}>
          <input type="checkbox" checked={kinds[k] !== false} disabled={!highlights} onChange={(e) => onKind(k, e.currentTarget.checked)} data-testid={`toggle-${k}`} />
          {kindName(lang, k)}
        </label>
      ))}
    </fieldset>
  );
}
