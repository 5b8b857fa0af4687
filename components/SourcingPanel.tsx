import { ATTRIBUTIONS } from '../lib/model/report';
import { attributionName, type Lang } from '../lib/ext/i18n';
import { unsourcedShare, type SourcingProfile } from '../lib/teacher/sourcing';
import { tt } from '../lib/teacher/i18n';

export interface SourcingPanelProps {
  profile: SourcingProfile;
  title: string;
  /** The largest class count across the articles compared, so bars share one scale. */
  scale: number;
  /** Reference names of parties, for "party to the events". */
  partyName(id: string): string;
  lang: Lang;
}

/**
 * One article's sourcing: how many figures are named, vague, anonymous or unsourced (a bar
 * each, with its own fill pattern and its count in words), then who the article cites.
 */
export default function SourcingPanel({ profile, title, scale, partyName, lang }: SourcingPanelProps) {
  return (
    <div class="sourcing-panel">
      <h3>
        <bdi>{title}</bdi>
      </h3>
      <h4>
        {tt(lang, 'figuresBySource')} ({profile.totalFigures})
      </h4>
      {profile.totalFigures === 0 ? (
        <p class="absent">{tt(lang, 'noFigures')}</p>
      ) : (
        <ul class="classes">
          {ATTRIBUTIONS.map((a) => (
            <li key={a} data-attribution={a}>
              <span class="class-name">{attributionName(lang, a)}</span>
              <span class="class-track" aria-hidden="true">
                {profile.figures[a] > 0 && <span class={`class-fill fill-${a}`} style={{ inlineSize: `${(profile.figures[a] / scale) * 100}%` }} />}
              </span>
              <span class="class-count" data-testid={`figures-${a}`}>
                {profile.figures[a]}
              </span>
            </li>
          ))}
        </ul>
      )}
      {profile.totalFigures > 0 && (
        <p class="share" data-testid="unsourced-share">
          {tt(lang, 'unsourcedShare')}: <bdi dir="ltr">{Math.round(unsourcedShare(profile) * 100)}%</bdi>
        </p>
      )}
      <h4>{tt(lang, 'whoIsCited')}</h4>
      {profile.sources.length === 0 ? (
        <p class="absent">{tt(lang, 'noSources')}</p>
      ) : (
        <ul class="sources">
          {profile.sources.map((s) => (
            <li key={`${s.attribution}:${s.text}`} data-attribution={s.attribution}>
              <bdi lang="ar" dir="rtl" class="source-text">
                {s.text}
              </bdi>{' '}
              <span class="source-meta">
                {attributionName(lang, s.attribution)} · ×{s.count}
                {s.figures > 0 && ` · ${s.figures} ${tt(lang, s.figures === 1 ? 'figureWord' : 'figuresWord')}`}
                {s.interestedParty && ` · ${tt(lang, 'partyToEvents')}: ${partyName(s.interestedParty)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
