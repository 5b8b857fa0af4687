// The page's painted ranges, read through the CSS Custom Highlight registry. Playwright's and
// Puppeteer's pages take the same calls, so Chromium and Firefox tests share these.

/**
 * Scrolls to the first painted range whose text is `text` (in the highlight `name` only, when
 * given) and moves the mouse onto its middle. Throws when no such range is painted.
 */
export async function hoverPainted(page, text, name) {
  const box = await page.evaluate(
    ([wanted, only]) => {
      for (const [n, h] of CSS.highlights) {
        if (only && n !== only) continue;
        for (const r of h) {
          if (r.toString() !== wanted) continue;
          r.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0];
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    },
    [text, name ?? null],
  );
  if (!box) throw new Error(`«${text}» is not painted${name ? ` in ${name}` : ''}`);
  await page.mouse.move(box.x, box.y);
}
