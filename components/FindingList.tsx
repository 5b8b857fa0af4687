import { FINDING_KINDS } from '../lib/model/report';
import type { KeyedFinding } from '../lib/ext/page-report';
import { kindName, t, type Lang } from '../lib/ext/i18n';
import { localized } from '../lib/ext/locales';

export interface FindingListProps {
  findings: readonly KeyedFinding[];
  lang: Lang;
  enabled: Record<string, boolean>;
  onReveal(key: string): void;
}

/** The findings grouped by kind; each one scrolls the page to its place and flashes it. */
export default function FindingList({ findings, lang, enabled, onReveal }: FindingListProps) {
  const groups = FINDING_KINDS.map((kind) => ({ kind, items: findings.filter((k) => k.finding.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t(lang, 'findings')}</h2>
      {groups.length === 0 && <p class="empty">{t(lang, 'noFindings')}</p>}
      {groups.map((g) => (
        <details key={g.kind} class="group" data-kind={g.kind} open={g.items.length <= 8}>
          <summary>
            {kindName(lang, g.kind)} <span class="n">({g.items.length})</span>
          </summary>
          <ul>
            {g.items.map(({ key, finding }) => (
              <li key={key}>
                <button type="button" class="finding" data-key={key} disabled={!enabled[g.kind]} title={localized(finding.explanation, lang)} onClick={() => onReveal(key)}>
                  <bdi dir="auto" lang="ar">
                    {finding.text}
                  </bdi>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
