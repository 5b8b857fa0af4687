import type { Lang } from '../lib/ext/i18n';
import type { StanceRow } from '../lib/teacher/stance-compare';
import { tt } from '../lib/teacher/i18n';
import DivergingBar from './DivergingBar';
import { localized } from '../lib/ext/locales';

export interface StanceCompareProps {
  rows: readonly StanceRow[];
  columns: readonly string[];
  lang: Lang;
}

/** Stance per party, the two articles' bars side by side; the parties that divide them first. */
export default function StanceCompare({ rows, columns, lang }: StanceCompareProps) {
  return (
    <section class="stance-compare" aria-labelledby="stance-compare-title">
      <h2 id="stance-compare-title">{tt(lang, 'stanceCompare')}</h2>
      <table data-testid="stance">
        <thead>
          <tr>
            <th scope="col">{tt(lang, 'party')}</th>
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
              <th scope="row">{localized(row.name, lang)}</th>
              {row.cells.map((cell, i) => (
                <td key={i} data-side={i}>
                  <DivergingBar cell={cell} label={`${columns[i]}: ${localized(row.name, lang)}`} lang={lang} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
