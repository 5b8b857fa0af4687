import { Component, createRef, type ComponentChildren } from 'preact';
import { wordingOf, type Bilingual, type Finding } from '../lib/model/report';
import { cardAttributionName as attributionName, cardDir as dirOf, cardKindName as kindName, tc as t, hitNames } from '../lib/ext/i18n-card';
import type { ColourScheme, StyleKey } from '../lib/ext/palette';
import KindSwatch from './KindSwatch';
import { localized, type Lang } from '../lib/model/lang';

/** The rectangle of the word the card explains, in viewport pixels. */
export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FindingCardProps {
  finding: Finding;
  /** Names of the parties the finding may refer to (a report's actors will do). */
  actors: readonly { id: string; name: Bilingual }[];
  lang: Lang;
  style: StyleKey;
  colour: string;
  scheme: ColourScheme;
  anchor: AnchorRect;
  /** Direction of the page text: the card opens on its reading side. */
  pageDir: 'rtl' | 'ltr';
  position: number;
  total: number;
  /** Move keyboard focus into the card (opened by keyboard, not by hover). */
  focus: boolean;
  onNext(): void;
  onPrevious(): void;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

const GAP = 8;
const MARGIN = 8;

/**
 * What was found, why it matters, the neutral wording, the party it hits and, for figures and
 * sources, where the claim comes from. Page text is rendered as text only.
 */
export default class FindingCard extends Component<FindingCardProps, { pos: { left: number; top: number } | null }> {
  // A class rather than hooks: the content script then carries no hook runtime.
  override state = { pos: null as { left: number; top: number } | null };
  private ref = createRef<HTMLDivElement>();
  private placedFor = '';
  private focusedFor = '';

  override componentDidMount(): void {
    this.place();
  }

  override componentDidUpdate(): void {
    this.place();
  }

  /** Beside the word on its reading side, flipped above when there is no room below, on screen. */
  private place(): void {
    const el = this.ref.current;
    const { anchor, finding, lang, pageDir, focus } = this.props;
    const key = `${finding.id}|${lang}|${anchor.left},${anchor.top},${anchor.right},${anchor.bottom}`;
    if (!el) return;
    if (key !== this.placedFor) {
      this.placedFor = key;
      const w = el.offsetWidth;
      const h = el.offsetHeight;
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      // RTL text starts on the right, so the card hangs from the word's right edge.
      let left = pageDir === 'rtl' ? anchor.right - w : anchor.left;
      left = Math.max(MARGIN, Math.min(left, vw - w - MARGIN));
      let top = anchor.bottom + GAP;
      if (top + h > vh - MARGIN && anchor.top - GAP - h >= MARGIN) top = anchor.top - GAP - h;
      top = Math.max(MARGIN, Math.min(top, vh - h - MARGIN));
      this.setState({ pos: { left, top } });
      return;
    }
    // Focus once placed: a card still hidden while it is measured cannot take focus.
    if (focus && this.state.pos && this.focusedFor !== key) {
      this.focusedFor = key;
      el.focus();
    }
  }

  override render() {
    const props = this.props;
    const { finding: f, lang } = props;
    const pos = this.state.pos;
    const actorName = (id: string | undefined) => {
      if (!id) return null;
      const a = props.actors.find((x) => x.id === id);
      return a ? localized(a.name, lang) : id;
    };
    const hit = hitNames(lang, f, (id) => actorName(id)!);
    const interested = actorName(f.interestedParty);
    const wording = wordingOf(f);
    const labelId = `adasa-card-title-${f.id}`;

    return (
      <div
        ref={this.ref}
        class="card"
        role="dialog"
        aria-modal="false"
        aria-labelledby={labelId}
        tabIndex={-1}
        dir={dirOf(lang)}
        lang={lang}
        style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
        onPointerEnter={props.onPointerEnter}
        onPointerLeave={props.onPointerLeave}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onClose();
          }
        }}
      >
        <header class="card-head">
          <KindSwatch style={props.style} colour={props.colour} scheme={props.scheme} sample={kindName(lang, f.kind)} />
          <span id={labelId} class="sr-only">
            {t(lang, 'card')}: {kindName(lang, f.kind)}
          </span>
          <button type="button" class="icon" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={props.onClose}>
            ×
          </button>
        </header>
        <p class="quote">
          <bdi dir="auto" lang="ar">
            {f.text}
          </bdi>
        </p>
        <p class="why">{localized(f.explanation, lang)}</p>
        <dl>
          {f.neutral && row(t(lang, 'neutral'), <bdi dir="auto">{localized(f.neutral, lang)}</bdi>)}
          {hit && row(t(lang, f.kind === 'voice' || f.kind === 'source' ? 'speaksFor' : 'hits'), hit)}
          {f.usedBy && row(t(lang, 'usedBy'), localized(f.usedBy, lang))}
          {(f.kind === 'figure' || f.kind === 'source') && f.attribution && row(t(lang, 'attribution'), attributionName(lang, f.attribution))}
          {f.source &&
            row(
              t(lang, 'source'),
              <bdi dir="auto" lang="ar">
                {f.source.text}
              </bdi>,
            )}
          {interested && row(t(lang, 'interested'), interested)}
          {f.joined &&
            row(
              t(lang, 'joined'),
              <bdi dir="auto" lang="ar">
                {f.joined}
              </bdi>,
            )}
        </dl>
        {f.approximate && <p class="note">{t(lang, 'approximate')}</p>}
        {wording && <p class="note">{t(lang, wording)}</p>}
        <footer class="card-nav">
          <button type="button" onClick={props.onPrevious} aria-label={t(lang, 'previous')}>
            {dirOf(lang) === 'rtl' ? '→' : '←'} {t(lang, 'previous')}
          </button>
          <span class="pos" aria-live="polite">
            {props.position} {t(lang, 'of')} {props.total}
          </span>
          <button type="button" onClick={props.onNext} aria-label={t(lang, 'next')}>
            {t(lang, 'next')} {dirOf(lang) === 'rtl' ? '←' : '→'}
          </button>
        </footer>
      </div>
    );
  }
}

/** One line of the card's details (a plain helper, not a component of its own). */
function row(term: string, value: ComponentChildren) {
  return (
    <div class="row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
