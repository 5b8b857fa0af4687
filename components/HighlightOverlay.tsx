import { overlayStyle, type ColourScheme, type StyleKey } from '../lib/ext/palette';

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
  scheme?: ColourScheme;
}

/**
 * The fallback painter: boxes drawn over the text from the ranges' rectangles, inside the
 * extension's shadow root, never wrapping the page's text. Pointer events pass through.
 */
export default function HighlightOverlay({ boxes, colours, scheme = 'standard' }: HighlightOverlayProps) {
  return (
    <div class="overlay" aria-hidden="true">
      {boxes.map((b) => {
        const base = { left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` };
        if (b.style === 'focus' || b.style === 'flash') {
          return <div key={b.key} class={`box ${b.style}`} style={base} />;
        }
        return <div key={b.key} class="box" style={{ ...base, ...overlayStyle(b.style, colours[b.style], scheme) }} />;
      })}
    </div>
  );
}
