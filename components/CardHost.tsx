import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import css from './page-layer.css?inline';
import FindingCard, { type FindingCardProps } from './FindingCard';

export interface CardHostProps {
  /** The card to show, or null for none. */
  card: FindingCardProps | null;
}

/**
 * The live page's finding card, shown on a teacher page: the same component in the same kind
 * of shadow root with the same stylesheet as in the content script, so a word's card looks
 * and reads the same in the demo library as on a news site.
 */
export default function CardHost({ card }: CardHostProps) {
  const host = useRef<HTMLDivElement>(null);
  const mount = useRef<HTMLDivElement | null>(null);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el || mount.current) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    root.append(style, container);
    mount.current = container;
    return () => {
      render(null, container);
      mount.current = null;
      container.remove();
      style.remove();
    };
  }, []);

  useLayoutEffect(() => {
    if (mount.current) render(card ? <FindingCard {...card} /> : null, mount.current);
  });

  return <div ref={host} class="card-host" data-testid="card-host" />;
}
