import type { Bilingual, Finding } from '../lib/model/report';
import type { ColourScheme, StyleKey } from '../lib/ext/palette';
import type { Lang } from '../lib/model/lang';
import FindingCard, { type AnchorRect } from './FindingCard';
import HighlightOverlay, { type OverlayBox } from './HighlightOverlay';

/** The card on show: which finding, where, and its place in the page's order. */
export interface CardModel {
  finding: Finding;
  style: StyleKey;
  anchor: AnchorRect;
  position: number;
  total: number;
  focus: boolean;
}

export interface PageLayerProps {
  card: CardModel | null;
  actors: readonly { id: string; name: Bilingual }[];
  boxes: readonly OverlayBox[] | null;
  lang: Lang;
  pageDir: 'rtl' | 'ltr';
  colours: Record<StyleKey, string>;
  scheme: ColourScheme;
  onNext(): void;
  onPrevious(): void;
  onClose(): void;
  onCardEnter(): void;
  onCardLeave(): void;
}

/** Everything Adasa draws on a page, inside its shadow root: the card and, as a fallback, boxes. */
export default function PageLayer(props: PageLayerProps) {
  const { card } = props;
  return (
    <>
      {props.boxes && <HighlightOverlay boxes={props.boxes} colours={props.colours} scheme={props.scheme} />}
      {card && (
        <FindingCard
          finding={card.finding}
          actors={props.actors}
          lang={props.lang}
          style={card.style}
          colour={props.colours[card.style]}
          scheme={props.scheme}
          anchor={card.anchor}
          pageDir={props.pageDir}
          position={card.position}
          total={card.total}
          focus={card.focus}
          onNext={props.onNext}
          onPrevious={props.onPrevious}
          onClose={props.onClose}
          onPointerEnter={props.onCardEnter}
          onPointerLeave={props.onCardLeave}
        />
      )}
    </>
  );
}
