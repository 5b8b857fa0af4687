/**
 * The worksheet and its answer key as two self-contained HTML files: inline CSS, no script, no
 * external resource, a Content-Security-Policy that allows nothing else. Both print on A4 in
 * grey (black text, grey rules, no colour carries meaning) with the article right to left.
 * Every piece of page text goes through `esc`: an article holding markup prints it as text.
 */
import type { Report } from '../model/report';
import { attributionName, dirOf, type Lang } from '../ext/i18n';
import { localized } from '../ext/locales';
import type { ArticleLine } from '../teacher/article-lines';
import { tt } from '../teacher/i18n';
import type { Passage } from '../teacher/presenter';
import { buildWorksheet, type Worksheet } from '../teacher/worksheet';
import { esc } from './escape';
import type { ExportMeta } from './html';

/** What a handout is built from. */
export interface HandoutInput {
  report: Report;
  text: string;
  lines?: readonly ArticleLine[];
  meta: ExportMeta;
  lang: Lang;
}

const ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif';

const CSS = `
@page{size:A4;margin:16mm 15mm 18mm}
*{box-sizing:border-box}
html,body{margin:0;background:#fff;color:#111}
body{font:12pt/1.55 system-ui,"Segoe UI",sans-serif;max-width:180mm;margin:0 auto;padding:12px 14px 32px}
:lang(ar){font-family:${ARABIC_FONTS}}
h1{font-size:19pt;line-height:1.35;margin:2px 0 6px}
h2{font-size:14pt;margin:18px 0 6px;border-bottom:1.5px solid #444;padding-bottom:2px}
h3{font-size:12pt;margin:12px 0 4px}
h2,h3{break-after:avoid}
.para{orphans:3;widows:3}
.brand{margin:0;color:#555;font-size:10pt}
.meta{margin:0 0 6px;color:#333}
.who{display:flex;gap:24px;margin:10px 0}
.who span{flex:1;border-bottom:1px solid #666;padding-bottom:2px;color:#444}
.intro{margin:6px 0;color:#333}
.text{font-size:13pt;line-height:1.95}
.para{display:grid;grid-template-columns:2.2em 1fr;gap:0 6px;margin:0 0 6px;break-inside:avoid}
.pn{color:#555;font:600 10pt/2.4 system-ui,sans-serif;text-align:center;border-inline-end:1px solid #999}
.para p{margin:0}
.para.headline p{font-weight:700;font-size:14pt}
ol.qs{margin:0;padding-inline-start:1.6em}
ol.qs>li{margin:0 0 10px;break-inside:avoid}
.quote{display:block;margin:3px 0;padding:3px 8px;border-inline-start:3px solid #888;background:#f2f2f2;font-size:12.5pt;line-height:1.9}
.quote b{font-weight:700;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:4px}
.where{color:#555;font-size:10pt}
.choices{color:#333;margin:2px 0}
.line{block-size:1.9em;border-bottom:1px dotted #666}
.answer{margin:2px 0;padding:4px 8px;border:1px solid #999;border-radius:4px}
.answer dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 10px;margin:0}
.answer dt{color:#555}
.answer dd{margin:0}
.names{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px}
.names .loaded{font-weight:700;text-decoration:underline wavy #444}
footer{margin-top:20px;color:#666;font-size:9pt}
@media print{body{padding:0;max-width:none}.quote{background:#eee}}
`;

function head(lang: Lang, title: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Adasa">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>`;
}

function metaLine(meta: ExportMeta): string {
  const parts = [meta.outlet, meta.date].filter((x): x is string => !!x);
  return parts.length ? `<p class="meta"><bdi>${parts.map(esc).join('</bdi> · <bdi>')}</bdi></p>` : '';
}

function quote(p: Passage): string {
  return `<span class="quote" lang="ar" dir="rtl">${esc(p.before)}<b>${esc(p.match)}</b>${esc(p.after)}</span>`;
}

function where(lang: Lang, paragraph: number): string {
  return `<span class="where">${esc(tt(lang, 'paragraph'))} ${paragraph}</span>`;
}

function party(lang: Lang, name: { ar: string; en: string }): string {
  return esc(tt(lang, 'qNames')).replace('{party}', `<b><bdi>${esc(localized(name, lang))}</bdi></b>`);
}

function article(sheet: Worksheet, lang: Lang): string {
  const paras = sheet.paragraphs.map(
    (p) =>
      `<div class="para${p.headline ? ' headline' : ''}" data-n="${p.n}"><span class="pn" aria-label="${esc(tt(lang, 'paragraph'))} ${p.n}">${p.n}</span><p>${esc(p.text.trim())}</p></div>`,
  );
  return `<section class="text" lang="ar" dir="rtl" aria-label="${esc(tt(lang, 'article'))}">\n${paras.join('\n')}\n</section>`;
}

/** The worksheet: header with name lines, the numbered article, the questions with space to answer. */
export function buildWorksheetHtml(input: HandoutInput): string {
  const { lang, meta } = input;
  const sheet = buildWorksheet(input.report, input.text, input.lines);
  const lines = (k: number) => '<div class="line"></div>'.repeat(k);
  const parts: string[] = [];
  if (sheet.names.length) {
    parts.push(`<h3>${esc(tt(lang, 'qNamesHead'))}</h3><ol class="qs" start="${sheet.names[0].n}">`);
    for (const q of sheet.names) parts.push(`<li data-q="${q.n}" data-type="names">${party(lang, q.party)}${lines(2)}</li>`);
    parts.push('</ol>');
  }
  if (sheet.figures.length) {
    parts.push(`<h3>${esc(tt(lang, 'qFiguresHead'))}</h3><ol class="qs" start="${sheet.figures[0].n}">`);
    for (const q of sheet.figures) {
      parts.push(
        `<li data-q="${q.n}" data-type="figure">${where(lang, q.paragraph)}${quote(q.passage)}${esc(tt(lang, 'qFigure'))}<p class="choices">☐ ${esc(tt(lang, 'qFigureChoices')).replaceAll(' · ', ' ☐ ')}</p>${lines(1)}</li>`,
      );
    }
    parts.push('</ol>');
  }
  if (sheet.neutral.length) {
    parts.push(`<h3>${esc(tt(lang, 'qNeutralHead'))}</h3><ol class="qs" start="${sheet.neutral[0].n}">`);
    for (const q of sheet.neutral) parts.push(`<li data-q="${q.n}" data-type="neutral">${where(lang, q.paragraph)}${quote(q.passage)}${esc(tt(lang, 'qNeutral'))}${lines(1)}</li>`);
    parts.push('</ol>');
  }
  const title = `${tt(lang, 'worksheetTitle')} — ${meta.title}`;
  return `${head(lang, title)}
<body data-handout="worksheet">
<header>
<p class="brand">${esc(tt(lang, 'worksheetTitle'))} · عدسة Adasa</p>
<h1><bdi>${esc(meta.title)}</bdi></h1>
${metaLine(meta)}
<p class="who"><span>${esc(tt(lang, 'studentName'))}:</span><span>${esc(tt(lang, 'studentClass'))}:</span></p>
<p class="intro">${esc(tt(lang, 'worksheetIntro'))}</p>
</header>
${article(sheet, lang)}
<section class="questions" aria-labelledby="q-h"><h2 id="q-h">${esc(tt(lang, 'questions'))}</h2>
${parts.join('\n')}
</section>
</body>
</html>
`;
}

/** The answer key: the same questions in the same order, each with its answer. */
export function buildAnswerKeyHtml(input: HandoutInput): string {
  const { lang, meta } = input;
  const sheet = buildWorksheet(input.report, input.text, input.lines);
  const dl = (rows: [string, string][]) => `<div class="answer"><dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl></div>`;
  const parts: string[] = [];
  if (sheet.names.length) {
    parts.push(`<h3>${esc(tt(lang, 'qNamesHead'))}</h3><ol class="qs" start="${sheet.names[0].n}">`);
    for (const q of sheet.names) {
      const names = q.names
        .map((x) => `<li class="${x.loaded ? 'loaded' : 'plain'}"><bdi lang="ar">${esc(x.text)}</bdi> ×${x.count}${x.loaded ? ` (${esc(tt(lang, 'loaded'))})` : ''}</li>`)
        .join('');
      parts.push(`<li data-q="${q.n}" data-type="names">${party(lang, q.party)}${dl([[tt(lang, 'keyNames'), `<ul class="names">${names}</ul>`]])}</li>`);
    }
    parts.push('</ol>');
  }
  if (sheet.figures.length) {
    parts.push(`<h3>${esc(tt(lang, 'qFiguresHead'))}</h3><ol class="qs" start="${sheet.figures[0].n}">`);
    for (const q of sheet.figures) {
      const rows: [string, string][] = [[tt(lang, 'keySource'), `${esc(attributionName(lang, q.attribution))}${q.source ? ` — <bdi lang="ar">${esc(q.source)}</bdi>` : ''}`]];
      if (!q.source && q.attribution === 'none') rows.push(['', esc(tt(lang, 'keyNoSource'))]);
      parts.push(`<li data-q="${q.n}" data-type="figure">${where(lang, q.paragraph)}${quote(q.passage)}${dl(rows)}</li>`);
    }
    parts.push('</ol>');
  }
  if (sheet.neutral.length) {
    parts.push(`<h3>${esc(tt(lang, 'qNeutralHead'))}</h3><ol class="qs" start="${sheet.neutral[0].n}">`);
    for (const q of sheet.neutral) {
      const rows: [string, string][] = [
        [tt(lang, 'keyNeutral'), `<bdi>${esc(localized(q.neutral, lang))}</bdi>`],
        [tt(lang, 'keyWhy'), esc(localized(q.explanation, lang))],
      ];
      parts.push(`<li data-q="${q.n}" data-type="neutral">${where(lang, q.paragraph)}${quote(q.passage)}${dl(rows)}</li>`);
    }
    parts.push('</ol>');
  }
  const extra: string[] = [];
  if (meta.leaning) extra.push(`<dt>${esc(tt(lang, 'leaning'))}</dt><dd>${esc(meta.leaning)}</dd>`);
  if (meta.notes) extra.push(`<dt>${esc(tt(lang, 'notes'))}</dt><dd>${esc(meta.notes)}</dd>`);
  const title = `${tt(lang, 'answerKeyTitle')} — ${meta.title}`;
  return `${head(lang, title)}
<body data-handout="key">
<header>
<p class="brand">${esc(tt(lang, 'answerKeyTitle'))} · عدسة Adasa</p>
<h1><bdi>${esc(meta.title)}</bdi></h1>
${metaLine(meta)}
${extra.length ? `<div class="answer"><dl>${extra.join('')}</dl></div>` : ''}
</header>
<section class="questions" aria-labelledby="q-h"><h2 id="q-h">${esc(tt(lang, 'answerKeyTitle'))}</h2>
${parts.join('\n')}
</section>
<footer>${esc(tt(lang, 'exportedFrom'))} · ${esc(input.report.schema)}</footer>
</body>
</html>
`;
}
