import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../lib/model/report';
import type { Lang } from '../lib/ext/i18n';
import { coloursFor, type ColourScheme, type StyleKey } from '../lib/ext/palette';
import type { OverlaySink } from '../lib/page/highlights';
import { ArticlePainter, type PaintedItem } from '../lib/reader/painter';
import type { ArticleLine } from '../lib/teacher/article-lines';
import { tt } from '../lib/teacher/i18n';
import CardHost from './CardHost';
import HighlightOverlay, { type OverlayBox } from './HighlightOverlay';

export interface AnnotatedArticleProps {
  text: string;
  lines: readonly ArticleLine[];
  report: Report;
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

interface Open {
  item: PaintedItem;
  focus: boolean;
}

const HOVER_OPEN_MS = 100;
const HOVER_CLOSE_MS = 300;

/**
 * A demo article rendered as a readable page and painted exactly as a live page is: CSS
 * highlights over the text, the same card on hover, and the keyboard to step from finding to
 * finding (arrows in reading order, Enter, Esc).
 */
export default function AnnotatedArticle(props: AnnotatedArticleProps) {
  const { text, lines, report, lang } = props;
  const root = useRef<HTMLElement>(null);
  const painter = useRef<ArticlePainter | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [boxes, setBoxes] = useState<OverlayBox[] | null>(null);
  const [, setTick] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const overCard = useRef(false);
  const colours = coloursFor(props.scheme, props.colours);

  const drawOverlay = () => {
    const p = painter.current;
    if (!p || p.sink.kind !== 'overlay') return;
    const out: OverlayBox[] = [];
    for (const [name, range] of (p.sink as OverlaySink).visible()) {
      [...range.getClientRects()].forEach((r, i) =>
        out.push({ key: `${name}:${out.length}:${i}`, style: name.replace('adasa-', '') as StyleKey, left: r.left, top: r.top, width: r.width, height: r.height }),
      );
    }
    setBoxes(out);
  };

  useLayoutEffect(() => {
    const el = root.current!;
    const rendered = [...el.querySelectorAll<HTMLElement>('[data-start]')].map((e) => ({ start: Number(e.dataset.start), el: e }));
    const p = new ArticlePainter(document, text, rendered, report, { scheme: props.scheme, colours: props.colours, onOverlayChange: drawOverlay });
    painter.current = p;
    el.dataset.painted = String(p.items.length);
    drawOverlay();
    return () => {
      p.dispose();
      painter.current = null;
      setOpen(null);
    };
  }, [text, report]);

  useEffect(() => painter.current?.setStyles(props.scheme, props.colours), [props.scheme, props.colours]);

  useEffect(() => {
    const onMove = () => {
      setTick((n) => n + 1);
      drawOverlay();
    };
    addEventListener('scroll', onMove, { passive: true });
    addEventListener('resize', onMove);
    return () => {
      removeEventListener('scroll', onMove);
      removeEventListener('resize', onMove);
    };
  }, []);

  const show = (item: PaintedItem | null, focus: boolean) => {
    clearTimeout(timer.current);
    painter.current?.focus(item);
    setOpen(item ? { item, focus } : null);
  };

  const step = (by: 1 | -1, focus: boolean) => {
    const items = painter.current?.items ?? [];
    if (items.length === 0) return;
    const i = open ? items.indexOf(open.item) : by === 1 ? -1 : items.length;
    const next = items[(i + by + items.length) % items.length];
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    show(next, focus);
  };

  const onPointerMove = (e: PointerEvent) => {
    const hit = painter.current?.at(e.clientX, e.clientY)[0] ?? null;
    if (hit && hit === open?.item) return clearTimeout(timer.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => {
        if (hit) show(hit, false);
        else if (!overCard.current && open && !open.focus) show(null, false);
      },
      hit ? HOVER_OPEN_MS : HOVER_CLOSE_MS,
    );
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // The article reads right to left: the next finding is to the left.
    const next = e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'n';
    const prev = e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'p';
    if (next || prev) {
      e.preventDefault();
      step(next ? 1 : -1, false);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      show(open.item, true);
    } else if (e.key === 'Escape' && open) {
      show(null, false);
    }
  };

  const items = painter.current?.items ?? [];
  const rect = open?.item.range.getClientRects()[0] ?? open?.item.range.getBoundingClientRect();
  return (
    <>
      <article
        ref={root}
        class="reading"
        lang="ar"
        dir="rtl"
        tabIndex={0}
        aria-label={tt(lang, 'article')}
        aria-describedby="reading-hint"
        data-testid="article"
        onPointerMove={onPointerMove}
        onPointerLeave={() => onPointerMove({ clientX: -1, clientY: -1 } as PointerEvent)}
        onKeyDown={onKeyDown}
      >
        {lines.map((l) => {
          if (l.role === 'blank') return null;
          if (l.role === 'headline')
            return (
              <h2 key={l.start} class="headline" data-start={l.start}>
                {l.text}
              </h2>
            );
          if (l.role === 'leftover')
            return (
              <p key={l.start} class="leftover" data-start={l.start} data-label={tt(lang, 'leftover')}>
                {l.text}
              </p>
            );
          return (
            <p key={l.start} data-start={l.start}>
              {l.text}
            </p>
          );
        })}
      </article>
      <p id="reading-hint" class="hint">
        {tt(lang, 'hoverHint')}
      </p>
      {boxes && <HighlightOverlay boxes={boxes} colours={colours} scheme={props.scheme} />}
      <CardHost
        card={
          open && rect
            ? {
                finding: open.item.finding,
                actors: report.actors,
                lang,
                style: open.item.style,
                colour: colours[open.item.style],
                scheme: props.scheme,
                anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
                pageDir: 'rtl',
                position: items.indexOf(open.item) + 1,
                total: items.length,
                focus: open.focus,
                onNext: () => step(1, true),
                onPrevious: () => step(-1, true),
                onClose: () => {
                  show(null, false);
                  root.current?.focus();
                },
                onPointerEnter: () => {
                  overCard.current = true;
                  clearTimeout(timer.current);
                },
                onPointerLeave: () => {
                  overCard.current = false;
                  onPointerMove({ clientX: -1, clientY: -1 } as PointerEvent);
                },
              }
            : null
        }
      />
    </>
  );
}
