import { useLayoutEffect, useRef } from 'preact/hooks';
import { wordingOf, type ActorStance, type Finding } from '../lib/model/report';
import { attributionName, kindName, type Lang } from '../lib/ext/i18n';
import { hitNames, tc } from '../lib/ext/i18n-card';
import { coloursFor, highlightName, styleKeyOf, type ColourScheme, type StyleKey } from '../lib/ext/palette';
import { ArticlePainter } from '../lib/reader/painter';
import { tt } from '../lib/teacher/i18n';
import type { Passage } from '../lib/teacher/presenter';
import KindSwatch from './KindSwatch';
import { localized } from '../lib/ext/locales';

export interface PresenterSlideProps {
  finding: Finding;
  passage: Passage;
  actors: readonly ActorStance[];
  revealed: boolean;
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/**
 * One finding on the projector. Before the reveal the class sees the passage with the words
 * marked in a neutral yellow (the line style would give the answer away); after it, the words
 * take their kind's line and colour and the card's explanation appears below in large type.
 */
export default function PresenterSlide(props: PresenterSlideProps) {
  const { finding: f, passage, lang, revealed } = props;
  const wording = wordingOf(f);
  const text = `${passage.before}${passage.match}${passage.after}`;
  const el = useRef<HTMLParagraphElement>(null);
  const painter = useRef<ArticlePainter | null>(null);
  const style = styleKeyOf(f);

  useLayoutEffect(() => {
    const shifted = { ...f, start: passage.before.length, end: passage.before.length + passage.match.length };
    const p = new ArticlePainter(document, text, [{ start: 0, el: el.current! }], { findings: [shifted] }, { scheme: props.scheme, colours: props.colours });
    painter.current = p;
    return () => {
      p.dispose();
      painter.current = null;
    };
  }, [text, f.id]);

  useLayoutEffect(() => {
    const p = painter.current;
    if (!p) return;
    p.sink.setVisible(highlightName(style), revealed);
    p.focus(revealed ? null : (p.items[0] ?? null));
  }, [revealed, text, f.id]);

  const actorName = (id?: string) => {
    const a = id ? props.actors.find((x) => x.id === id) : undefined;
    return a ? localized(a.name, lang) : (id ?? null);
  };
  const hit = hitNames(lang, f, (id) => actorName(id)!);
  const interested = actorName(f.interestedParty);
  const colour = coloursFor(props.scheme, props.colours)[style];

  return (
    <section class="slide" data-finding={f.id} data-revealed={String(revealed)}>
      <p ref={el} class="passage" lang="ar" dir="rtl" data-testid="passage">
        {text}
      </p>
      {!revealed && (
        <p class="guess" data-testid="guess">
          {tt(lang, 'guess')}
        </p>
      )}
      <div class="answer" hidden={!revealed} data-testid="answer" aria-live="polite">
        <p class="kind">
          <KindSwatch style={style} colour={colour} scheme={props.scheme} sample={kindName(lang, f.kind)} />
        </p>
        <p class="why" data-testid="explanation">
          {localized(f.explanation, lang)}
        </p>
        <dl>
          {f.neutral && (
            <div>
              <dt>{tc(lang, 'neutral')}</dt>
              <dd>
                <bdi dir="auto">{localized(f.neutral, lang)}</bdi>
              </dd>
            </div>
          )}
          {hit && (
            <div>
              <dt>{tc(lang, f.kind === 'voice' || f.kind === 'source' ? 'speaksFor' : 'hits')}</dt>
              <dd>{hit}</dd>
            </div>
          )}
          {f.usedBy && (
            <div class="minor">
              <dt>{tc(lang, 'usedBy')}</dt>
              <dd>{localized(f.usedBy, lang)}</dd>
            </div>
          )}
          {(f.kind === 'figure' || f.kind === 'source') && f.attribution && (
            <div>
              <dt>{tc(lang, 'attribution')}</dt>
              <dd>{attributionName(lang, f.attribution)}</dd>
            </div>
          )}
          {f.source && (
            <div>
              <dt>{tc(lang, 'source')}</dt>
              <dd>
                <bdi lang="ar">{f.source.text}</bdi>
              </dd>
            </div>
          )}
          {interested && (
            <div class="minor">
              <dt>{tc(lang, 'interested')}</dt>
              <dd>{interested}</dd>
            </div>
          )}
          {f.joined && (
            <div class="minor">
              <dt>{tc(lang, 'joined')}</dt>
              <dd>
                <bdi lang="ar">{f.joined}</bdi>
              </dd>
            </div>
          )}
        </dl>
        {wording && <p class="note minor">{tc(lang, wording)}</p>}
      </div>
    </section>
  );
}
