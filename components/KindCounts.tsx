import { FINDING_KINDS, type Counts } from '../lib/model/report';
import { kindHint, kindName, t, type Lang } from '../lib/ext/i18n';
import { STYLE_KEYS, STYLE_KIND, type ColourScheme, type StyleKey } from '../lib/ext/palette';
import KindSwatch from './KindSwatch';

export interface KindCountsProps {
  counts: Counts;
  lang: Lang;
  colours: Record<StyleKey, string>;
  scheme: ColourScheme;
}

/** How many findings of each kind, each with the line it is drawn with on the page. */
export default function KindCounts({ counts, lang, colours, scheme }: KindCountsProps) {
  return (
    <section aria-labelledby="counts-title">
      <h2 id="counts-title">{t(lang, 'counts')}</h2>
      <ul class="counts">
        {FINDING_KINDS.map((kind) => {
          const style = STYLE_KEYS.find((k) => STYLE_KIND[k] === kind)!;
          return (
            <li key={kind} data-kind={kind} title={kindHint(lang, kind)}>
              <span class="count" data-testid={`count-${kind}`}>
                {counts[kind]}
              </span>
              <KindSwatch style={style} colour={colours[style]} scheme={scheme} sample={kindName(lang, kind)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
