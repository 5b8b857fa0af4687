import type { StyleKey } from '../lib/ext/palette';

/** One rectangle to draw, in viewport pixels. */
export interface OverlayBox {
  key: string;
  style: StyleKey | 'focus' | 'flash';
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface HighlightOverlayProps {
  boxes: readonly OverlayBox[];
  colours: Record<StyleKey, string>;
}

/** Border styles that stand in for each highlight's line where `::highlight()` is missing. */
const BORDER: Record<StyleKey, string> = {
  framing: 'solid 3px',
  distancing: 'dotted 2px',
  figure: 'none',
  'source-named': 'solid 1px',
  'source-vague': 'dashed 2px',
  voice: 'double 3px',
  obfuscation: 'dotted 2px',
};

/**
 * The fallback painter: boxes drawn over the text from the ranges' rectangles, inside the
 * extension's shadow root, never wrapping the page's text. Pointer events pass through.
 */
export default function HighlightOverlay({ boxes, colours }: HighlightOverlayProps) {
  return (
    <div class="overlay" aria-hidden="true">
      {boxes.map((b) => {
        const base = { left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` };
        if (b.style === 'focus' || b.style === 'flash') {
          return <div key={b.key} class={`box ${b.style}`} style={base} />;
        }
        const colour = colours[b.style];
        const tint = b.style === 'figure' || b.style === 'obfuscation';
        return (
          <div
            key={b.key}
            class="box"
            style={{
              ...base,
              borderBottom: BORDER[b.style] === 'none' ? 'none' : `${BORDER[b.style]} ${colour}`,
              background: tint ? `${colour}40` : 'transparent',
            }}
          />
        );
      })}
    </div>
  );
}
