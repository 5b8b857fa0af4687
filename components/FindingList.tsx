import { FINDING_KINDS } from '../lib/model/report';
import type { KeyedFinding } from '../lib/ext/messages';
import { kindHint, kindName, t, type Lang } from '../lib/ext/i18n';

export interface FindingListProps {
  findings: readonly KeyedFinding[];
  lang: Lang;
  enabled: Record<string, boolean>;
  onReveal(key: string): void;
  /** Findings on the page, when the list holds only the first of them. */
  total?: number;
}

/** The findings grouped by kind; each one scrolls the page to its place and flashes it. */
export default function FindingList({ findings, lang, enabled, onReveal, total = findings.length }: FindingListProps) {
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
                <button type="button" class="finding" data-key={key} disabled={!enabled[g.kind]} title={kindHint(lang, g.kind)} onClick={() => onReveal(key)}>
                  <bdi dir="auto" lang="ar">
                    {finding.text}
                  </bdi>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
      {total > findings.length && (
        <p class="more" data-testid="more-findings">
          {t(lang, 'moreFindings').replace('{n}', String(total - findings.length))}
        </p>
      )}
    </section>
  );
}
