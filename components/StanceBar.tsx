import { actorName, type ActorStance, type Bilingual } from '../lib/model/report';
import { t, type Lang } from '../lib/ext/i18n';
import { localized } from '../lib/ext/locales';
import { STANCE_BANDS, stanceShape, stanceWords } from '../lib/ext/stance-words';
import ViaParty from './ViaParty';

export interface StanceBarProps {
  actor: ActorStance;
  lang: Lang;
  /** The name of another party a word was said of (a stance taken through a rival or a patron). */
  nameOf?: (id: string) => Bilingual;
}

/** Where the bar marks the strengths, as a share of its half (moderate, strong). */
const TICKS = [STANCE_BANDS.moderate, STANCE_BANDS.strong];

/**
 * One actor's stance on a diverging axis: against on one side, favour on the other, neutral in
 * the middle; the axis mirrors in RTL because it is laid out with logical properties. The words
 * beside the name say what the bar draws (its side and strength, ticks marking where the
 * strengths change); the engine's own label stays on the element. The words that moved it are
 * listed underneath; a word said of another party (a rival, or the patron of a proxy) says whom.
 */
export default function StanceBar({ actor, lang, nameOf = (id) => actorName([], id) }: StanceBarProps) {
  const score = Number.isFinite(actor.score) ? Math.max(-1, Math.min(1, actor.score)) : 0;
  const shape = stanceShape(score);
  const words = stanceWords(lang, actor.label, score);
  const moved = [...new Map(actor.evidence.map((e) => [`${e.text}\u0000${e.via ?? ''}`, e])).values()].sort((a, b) => b.weight - a.weight).slice(0, 6);
  const titleId = `stance-${actor.id}`;
  return (
    <li class="stance" data-actor={actor.id} data-label={actor.label} data-score={score.toFixed(3)} data-strength={shape.strength}>
      <div class="stance-head">
        <span id={titleId} class="actor">
          {localized(actor.name, lang)}
        </span>
        <span class={`label label-${shape.towards ?? 'neutral'}${actor.label === 'mixed' ? ' label-mixed' : ''}`} data-testid="stance-words">
          {words}
        </span>
      </div>
      <div
        class="axis"
        role="meter"
        aria-labelledby={titleId}
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(score.toFixed(2))}
        aria-valuetext={`${words} (${score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)})`}
      >
        <span class="end end-against">{t(lang, 'against')}</span>
        <span class="track">
          {TICKS.map((v) => (
            <span key={`a${v}`} class="tick" style={{ insetInlineEnd: `${50 + v * 50}%` }} />
          ))}
          {TICKS.map((v) => (
            <span key={`f${v}`} class="tick" style={{ insetInlineStart: `${50 + v * 50}%` }} />
          ))}
          <span class="mid" />
          {shape.towards && <span class={`fill fill-${shape.towards} fill-${shape.strength}`} style={{ inlineSize: `${shape.fill}%` }} />}
        </span>
        <span class="end end-favour">{t(lang, 'favour')}</span>
      </div>
      {moved.length > 0 && (
        <p class="moved">
          <span class="moved-title">{t(lang, 'movedBy')}:</span>
          {moved.map((e) => (
            <span
              key={`${e.findingId}${e.via ?? ''}`}
              class={`word word-${e.direction}${e.quoted ? ' quoted' : ''}${e.via ? ' via' : ''}`}
              title={e.quoted ? t(lang, 'inQuote') : undefined}
            >
              <bdi dir="auto" lang="ar">
                {e.text}
              </bdi>
              {e.via && <ViaParty name={nameOf(e.via)} lang={lang} />}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
