import type { ActorName } from '../lib/model/report';
import type { Lang } from '../lib/ext/i18n';
import { coloursFor, declarations, type ColourScheme, type StyleKey } from '../lib/ext/palette';
import type { LedgerRow } from '../lib/teacher/ledger';
import { tt } from '../lib/teacher/i18n';

export interface LedgerTableProps {
  rows: readonly LedgerRow[];
  /** Column headings: the two articles' short titles. */
  columns: readonly string[];
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/**
 * Who calls whom what: one row per party, its neutral reference name first, then every name
 * each article uses for it with how often. A loaded name is drawn like a framing highlight
 * and labelled in words, so the difference survives a grey projector.
 */
export default function LedgerTable({ rows, columns, lang, scheme, colours }: LedgerTableProps) {
  const framing = declarations('framing', coloursFor(scheme, colours).framing, scheme);
  const name = (n: ActorName) => (
    <li key={n.text} class={n.loaded ? 'name loaded' : 'name'} data-loaded={String(n.loaded)}>
      <bdi lang="ar" dir="rtl" class="name-text" style={n.loaded ? framing : undefined}>
        {n.text}
      </bdi>
      <bdi class="times" dir="ltr">
        ×{n.count}
      </bdi>
      {n.loaded && <span class="tag">{tt(lang, 'loaded')}</span>}
    </li>
  );
  return (
    <section class="ledger" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{tt(lang, 'ledger')}</h2>
      <p class="help">{tt(lang, 'ledgerHelp')}</p>
      <table data-testid="ledger">
        <thead>
          <tr>
            <th scope="col">{tt(lang, 'reference')}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                <bdi>{c}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-actor={row.id}>
              <th scope="row" class="reference">
                <bdi lang="ar" dir="rtl" class="reference-ar">
                  {row.reference.ar}
                </bdi>
                {lang === 'en' && <span class="reference-en">{row.reference.en}</span>}
              </th>
              {row.sides.map((side, i) => (
                <td key={i} data-side={i}>
                  {side ? <ul class="names">{side.names.map(name)}</ul> : <span class="absent">{tt(lang, 'notNamed')}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
