import { declarations, type ColourScheme, type StyleKey } from '../lib/ext/palette';

export interface KindSwatchProps {
  style: StyleKey;
  colour: string;
  scheme: ColourScheme;
  /** Sample text drawn with the style (the legend shows the real line, not just a colour). */
  sample?: string;
}

/** A short sample of text drawn the way the page draws a kind: colour and line style together. */
export default function KindSwatch({ style, colour, scheme, sample = 'abc أبج' }: KindSwatchProps) {
  return (
    <span class="swatch" aria-hidden="true" style={declarations(style, colour, scheme)}>
      {sample}
    </span>
  );
}
