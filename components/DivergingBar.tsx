import { localized, stanceName, t, type Lang } from '../lib/ext/i18n';
import { sideOf, type StanceCell } from '../lib/teacher/stance-compare';
import { tt } from '../lib/teacher/i18n';
import { signedScore, stanceWords } from '../lib/ext/stance-words';
import ViaParty from './ViaParty';

export interface DivergingBarProps {
  cell: StanceCell | null;
  /** Says whose stance towards whom, for screen readers. */
  label: string;
  lang: Lang;
}

/**
 * One article's stance towards one party: a bar from the middle towards "against" or
 * "favour" (the axis mirrors in RTL through logical properties), the stance in words beside
 * it, and the words that moved it underneath.
 */
export default function DivergingBar({ cell, label, lang }: DivergingBarProps) {
  if (!cell) return <p class="absent">{tt(lang, 'notMentioned')}</p>;
  const pct = Math.round(Math.abs(cell.score) * 50);
  const towards = sideOf(cell.score);
  return (
    <div class="diverging" data-label={cell.label} data-score={cell.score.toFixed(3)}>
      <div
        class="axis"
        role="meter"
        aria-label={label}
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(cell.score.toFixed(2))}
        aria-valuetext={`${stanceName(lang, cell.label)} (${cell.score.toFixed(2)})`}
      >
        <span class="end end-against">{t(lang, 'against')}</span>
        <span class="track">
          <span class="mid" />
          {towards !== 'neutral' && <span class={`fill fill-${towards}`} style={{ inlineSize: `${pct}%` }} />}
        </span>
        <span class="end end-favour">{t(lang, 'favour')}</span>
      </div>
      <p class="verdict">
        <span class={`label label-${cell.label}`}>{stanceWords(lang, cell.label, cell.score)}</span>{' '}
        <bdi class="score" dir="ltr">
          {signedScore(cell.score)}
        </bdi>
      </p>
      {cell.words.length > 0 && (
        <p class="moved">
          {cell.words.map((w) => (
            <span key={`${w.text}${w.via ? localized(w.via, 'en') : ''}`} class={`word word-${w.direction}${w.quoted ? ' quoted' : ''}${w.via ? ' via' : ''}`}>
              <span class="sign" aria-label={stanceName(lang, w.direction)}>
                {w.direction === 'against' ? '−' : '+'}
              </span>{' '}
              <bdi lang="ar" dir="rtl">
                {w.text}
              </bdi>
              {w.via && <ViaParty name={w.via} lang={lang} />}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
