/**
 * The exported document's one stylesheet, inline. Highlights use the palette's own
 * declarations (colour paired with a line style), and the print sheet switches to the
 * high-contrast inks with thicker lines, so every kind stays apart in black and white.
 */
import { coloursFor, declarations, STYLE_KEYS, type ColourScheme, type StyleKey } from '../ext/palette';

const ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

/** One `.s-<style>` rule per style, for the given scheme and colours. */
function styleRules(scheme: ColourScheme, custom: Partial<Record<StyleKey, string>>): string {
  const colours = coloursFor(scheme, custom);
  return STYLE_KEYS.map((k) => `.s-${k}{${declarations(k, colours[k], scheme)}}`).join('\n');
}

/** The stylesheet: screen (with the reader's scheme), dark mode, and print. */
export function exportCss(scheme: ColourScheme = 'standard', custom: Partial<Record<StyleKey, string>> = {}): string {
  return `
:root{--fg:#1b1b1b;--muted:#555;--line:#d0d0d0;--panel:#f5f6f7;--bg:#fff;--against:#D55E00;--favour:#009E73;color-scheme:light}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--fg)}
body{font:16px/1.6 system-ui,"Segoe UI",sans-serif;max-width:46rem;margin:0 auto;padding:24px 20px 48px}
:lang(ar){font-family:${ARABIC_FONTS};line-height:1.8}
h1{font-size:26px;line-height:1.4;margin:4px 0 8px}
h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.brand{margin:0;color:var(--muted);font-size:14px}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}
.meta dt{color:var(--muted)}
.meta dd{margin:0}
.legend{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:4px 16px}
.legend li{display:flex;gap:8px;align-items:baseline}
.legend .n{min-inline-size:2ch;text-align:end;font-weight:700;font-variant-numeric:tabular-nums}
.stance{border-collapse:collapse;inline-size:100%}
.stance th,.stance td{text-align:start;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
.bar{display:inline-block;position:relative;inline-size:9rem;block-size:10px;border:1px solid #777;border-radius:5px;vertical-align:middle}
.bar .mid{position:absolute;inset-block:-3px;inset-inline-start:50%;inline-size:2px;background:#333}
.bar .fill{position:absolute;inset-block:0}
.bar .favour{inset-inline-start:50%;background:var(--favour)}
.bar .against{inset-inline-end:50%;background:repeating-linear-gradient(45deg,var(--against) 0 3px,#fff 3px 5px)}
.text{font-family:${ARABIC_FONTS};font-size:19px;line-height:2;margin-top:16px}
.text p{margin:0 0 12px}
.text .headline{font-size:23px;font-weight:700;line-height:1.7;margin:0 0 12px}
.text .leftover{color:var(--muted);font-size:15px}
.text .leftover::before{content:attr(data-label) " · ";font-family:system-ui,sans-serif}
.excerpt{margin:0 0 10px}
sup.ref{font:600 11px/1 system-ui,sans-serif;margin-inline-start:1px}
sup.ref a{color:var(--muted);text-decoration:none}
.f{border-radius:0}
.swatch{font-weight:600}
${styleRules(scheme, custom)}
.notes ol{list-style:none;margin:0;padding:0}
.notes li{padding:8px 0;border-bottom:1px solid var(--line)}
.notes li:target{background:#fff8c5}
.notes .head{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}
.notes .num{font-weight:700;font-variant-numeric:tabular-nums}
.notes .quote{font-family:${ARABIC_FONTS};font-size:18px;quotes:"«" "»"}
.notes p{margin:4px 0}
.notes dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
.notes dt{color:var(--muted)}
.notes dd{margin:0}
.notes .back{text-decoration:none}
footer{margin-top:32px;color:var(--muted);font-size:13px}
a{color:#0072B2}
:focus-visible{outline:3px solid #E69F00;outline-offset:2px}
@media (prefers-color-scheme:dark){
:root{--fg:#f0f0f0;--muted:#b5b5b5;--line:#3d4046;--panel:#26282c;--bg:#1c1d20;color-scheme:dark}
.notes li:target{background:#3a3520}
a{color:#56B4E9}
}
@media print{
@page{size:A4;margin:16mm 14mm}
:root{--fg:#000;--muted:#333;--line:#999;--bg:#fff}
body{max-width:none;padding:0;font-size:11pt}
.text{font-size:13pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
${styleRules('high-contrast', {})}
a{color:inherit}
sup.ref a{color:#000}
.notes li{break-inside:avoid}
h2{break-after:avoid}
}
`.trim();
}
