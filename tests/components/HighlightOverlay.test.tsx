// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import HighlightOverlay from '../../components/HighlightOverlay';
import { DEFAULT_COLOURS } from '../../lib/ext/palette';

describe('HighlightOverlay', () => {
  test('draws boxes that let the pointer through, each kind with its own border', () => {
    const host = document.createElement('div');
    render(
      <HighlightOverlay
        colours={DEFAULT_COLOURS}
        boxes={[
          { key: 'a', style: 'framing', left: 10, top: 20, width: 50, height: 18 },
          { key: 'b', style: 'source-vague', left: 70, top: 20, width: 30, height: 18 },
          { key: 'c', style: 'figure', left: 10, top: 50, width: 30, height: 18 },
          { key: 'd', style: 'flash', left: 10, top: 50, width: 30, height: 18 },
        ]}
      />,
      host,
    );
    const boxes = [...host.querySelectorAll<HTMLElement>('.box')];
    expect(boxes).toHaveLength(4);
    expect(host.querySelector('.overlay')!.getAttribute('aria-hidden')).toBe('true');
    expect(boxes[0].style.left).toBe('10px');
    // The same line styles as the page highlights: framing waves (drawn as an SVG strip in its colour).
    expect(boxes[0].style.backgroundImage).toContain('svg');
    expect(decodeURIComponent(boxes[0].style.backgroundImage)).toContain(DEFAULT_COLOURS.framing);
    expect(boxes[0].style.borderBottom).toBe('');
    expect(boxes[1].style.borderBottom).toContain('dashed');
    expect(boxes[2].style.backgroundColor).toMatch(/^rgba\(/);
    expect(boxes[3].classList.contains('flash')).toBe(true);
    // Only boxes: no page text is copied or wrapped.
    expect(host.textContent).toBe('');
  });
});
