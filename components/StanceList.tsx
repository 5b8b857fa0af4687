import { actorName, type ActorStance } from '../lib/model/report';
import { t, type Lang } from '../lib/ext/i18n';
import StanceBar from './StanceBar';

export interface StanceListProps {
  actors: readonly ActorStance[];
  lang: Lang;
}

/** Stance towards each party named in the article, most mentioned first. */
export default function StanceList({ actors, lang }: StanceListProps) {
  return (
    <section aria-labelledby="stance-title">
      <h2 id="stance-title">{t(lang, 'stance')}</h2>
      {actors.length === 0 ? (
        <p class="empty">{t(lang, 'noActors')}</p>
      ) : (
        <ul class="stances">
          {actors.map((a) => (
            <StanceBar key={a.id} actor={a} lang={lang} nameOf={(id) => actorName(actors, id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
