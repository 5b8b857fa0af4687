import type { ActorStance } from '../lib/model/report';
import { stanceName, t, type Lang } from '../lib/ext/i18n';
import { localized } from '../lib/ext/locales';

export interface StanceBarProps {
  actor: ActorStance;
  lang: Lang;
}

/**
 * One actor's stance on a diverging axis: against on one side, favour on the other, neutral in
 * the middle; the axis mirrors in RTL because it is laid out with logical properties. The
 * words that moved it are listed underneath.
 */
export default function StanceBar({ actor, lang }: StanceBarProps) {
  const score = Math.max(-1, Math.min(1, actor.score));
  const pct = Math.round(Math.abs(score) * 50);
  const towards = score < 0 ? 'against' : 'favour';
  const words = [...new Map(actor.evidence.map((e) => [e.text, e])).values()].sort((a, b) => b.weight - a.weight).slice(0, 6);
  const titleId = `stance-${actor.id}`;
  return (
    <li class="stance" data-actor={actor.id} data-label={actor.label} data-score={actor.score.toFixed(3)}>
      <div class="stance-head">
        <span id={titleId} class="actor">
          {localized(actor.name, lang)}
        </span>
        <span class={`label label-${actor.label}`}>{stanceName(lang, actor.label)}</span>
      </div>
      <div
        class="axis"
        role="meter"
        aria-labelledby={titleId}
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(score.toFixed(2))}
        aria-valuetext={`${stanceName(lang, actor.label)} (${score.toFixed(2)})`}
      >
        <span class="end end-against">{t(lang, 'against')}</span>
        <span class="track">
          <span class="mid" />
          {pct > 0 && <span class={`fill fill-${towards}`} style={{ inlineSize: `${pct}%` }} />}
        </span>
        <span class="end end-favour">{t(lang, 'favour')}</span>
      </div>
      {words.length > 0 && (
        <p class="moved">
          <span class="moved-title">{t(lang, 'movedBy')}:</span>
          {words.map((e) => (
            <bdi key={e.findingId} dir="auto" lang="ar" class={`word word-${e.direction}${e.quoted ? ' quoted' : ''}`} title={e.quoted ? t(lang, 'inQuote') : undefined}>
              {e.text}
            </bdi>
          ))}
        </p>
      )}
    </li>
  );
}
