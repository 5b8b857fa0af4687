/**
 * The annotated article as one self-contained HTML file: inline CSS, no script, no external
 * resource (a Content-Security-Policy says so to the browser too). Every finding is marked
 * in the text with its colour and line style and numbered; the numbers lead to footnotes that
 * carry what the hover card says, so the explanations are there on paper as well. Without the
 * full text (a live page's report) the findings are shown in their quoted context instead.
 */
import { FINDING_KINDS, wordingOf, type ActorStance, type Finding, type Report } from '../model/report';
import { attributionName, dirOf, kindName, stanceName, styleName, type Lang } from '../ext/i18n';
import { hitNames, tc } from '../ext/i18n-card';
import { STYLE_KEYS, styleKeyOf, type ColourScheme, type StyleKey } from '../ext/palette';
import { articleLines, type ArticleLine } from '../teacher/article-lines';
import { tt } from '../teacher/i18n';
import { presenterFindings } from '../teacher/presenter';
import { annotateSpan, type NumberedFinding } from './annotate';
import { esc } from './escape';
import { exportCss } from './html-style';
import { localized } from '../ext/locales';
import { signedScore } from '../ext/stance-words';

/** What the export says about the article beside its report. */
export interface ExportMeta {
  title: string;
  outlet?: string;
  byline?: string;
  date?: string;
  leaning?: string;
  notes?: string;
  /** Where a live page came from, shown as text (never fetched, never a link). */
  address?: string;
}

/** Everything the annotated HTML is built from. */
export interface HtmlExportInput {
  report: Report;
  /** The analysed text; without it the export lists each finding in its quoted context. */
  text?: string;
  /** The text's lines with their roles; derived from `text` when absent. */
  lines?: readonly ArticleLine[];
  meta: ExportMeta;
  lang: Lang;
  scheme?: ColourScheme;
  colours?: Partial<Record<StyleKey, string>>;
  /** The student view's export: no stance table (leaning and notes are left out of `meta`). */
  student?: boolean;
}

/** Findings in reading order, numbered from 1, with their hover titles. */
export function numberFindings(report: Report, lang: Lang): NumberedFinding[] {
  return presenterFindings(report).map((finding, i) => ({ n: i + 1, finding, title: `${kindName(lang, finding.kind)}: ${localized(finding.explanation, lang)}` }));
}

function metaBlock(meta: ExportMeta, lang: Lang): string {
  const rows: [string, string | undefined][] = [
    [tt(lang, 'outlet'), meta.outlet],
    [tt(lang, 'byline'), meta.byline],
    [tt(lang, 'date'), meta.date],
    [tt(lang, 'leaning'), meta.leaning],
    [tt(lang, 'notes'), meta.notes],
    ['URL', meta.address],
  ];
  const body = rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd><bdi>${esc(v!)}</bdi></dd>`)
    .join('');
  return body ? `<dl class="meta">${body}</dl>` : '';
}

function legend(report: Report, lang: Lang): string {
  const items = STYLE_KEYS.map((k) => {
    const n = report.findings.filter((f) => styleKeyOf(f) === k).length;
    const name = styleName(lang, k);
    return `<li data-style="${k}"><span class="n">${n}</span><span class="swatch s-${k}">${esc(name)}</span></li>`;
  });
  return `<section class="summary" aria-labelledby="legend-h"><h2 id="legend-h">${esc(tt(lang, 'legend'))}</h2><ul class="legend">${items.join('')}</ul></section>`;
}

function stanceTable(actors: readonly ActorStance[], lang: Lang): string {
  if (actors.length === 0) return '';
  const rows = actors.map((a) => {
    const score = Math.max(-1, Math.min(1, a.score));
    const pct = Math.round(Math.abs(score) * 50);
    const fill = pct > 0 ? `<span class="fill ${score < 0 ? 'against' : 'favour'}" style="inline-size:${pct}%"></span>` : '';
    return `<tr data-actor="${a.id}"><th scope="row">${esc(localized(a.name, lang))}</th><td>${esc(stanceName(lang, a.label))} (<bdi dir="ltr">${signedScore(score)}</bdi>)</td><td><span class="bar" aria-hidden="true"><span class="mid"></span>${fill}</span></td></tr>`;
  });
  const head = `<tr><th scope="col">${esc(tt(lang, 'party'))}</th><th scope="col">${esc(tt(lang, 'stanceCompare'))}</th><th scope="col"><span aria-hidden="true">${esc(stanceName(lang, 'against'))} ⟷ ${esc(stanceName(lang, 'favour'))}</span></th></tr>`;
  return `<section aria-labelledby="stance-h"><h2 id="stance-h">${esc(tt(lang, 'stanceCompare'))}</h2><table class="stance"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function articleBody(text: string, lines: readonly ArticleLine[], numbered: NumberedFinding[], lang: Lang): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.role === 'blank') continue;
    const html = annotateSpan(text, line.start, line.start + line.text.length, numbered);
    if (line.role === 'headline') out.push(`<p class="headline">${html}</p>`);
    else if (line.role === 'leftover') out.push(`<p class="leftover" data-label="${esc(tt(lang, 'leftover'))}">${html}</p>`);
    else out.push(`<p>${html}</p>`);
  }
  return `<article class="text" lang="ar" dir="rtl" aria-label="${esc(tt(lang, 'article'))}">${out.join('\n')}</article>`;
}

function excerpts(numbered: NumberedFinding[], lang: Lang): string {
  const items = numbered.map((x) => {
    const f = x.finding;
    const local = `${f.prefix}${f.text}${f.suffix}`;
    const shifted: NumberedFinding = { ...x, finding: { ...f, start: f.prefix.length, end: f.prefix.length + f.text.length } };
    return `<p class="excerpt">…${annotateSpan(local, 0, local.length, [shifted])}…</p>`;
  });
  return `<section aria-labelledby="excerpts-h"><h2 id="excerpts-h">${esc(tt(lang, 'excerpts'))}</h2><p>${esc(tt(lang, 'excerptsNote'))}</p><div class="text" lang="ar" dir="rtl">${items.join('\n')}</div></section>`;
}

function note(x: NumberedFinding, actors: readonly ActorStance[], lang: Lang): string {
  const f: Finding = x.finding;
  const actorName = (id?: string) => {
    const a = id ? actors.find((x) => x.id === id) : undefined;
    return a ? localized(a.name, lang) : (id ?? null);
  };
  const rows: [string, string][] = [];
  if (f.neutral) rows.push([tc(lang, 'neutral'), localized(f.neutral, lang)]);
  const hit = hitNames(lang, f, (id) => actorName(id)!);
  if (hit) rows.push([tc(lang, f.kind === 'voice' ? 'speaksFor' : 'hits'), hit]);
  if (f.usedBy) rows.push([tc(lang, 'usedBy'), localized(f.usedBy, lang)]);
  if ((f.kind === 'figure' || f.kind === 'source') && f.attribution) rows.push([tc(lang, 'attribution'), attributionName(lang, f.attribution)]);
  if (f.source) rows.push([tc(lang, 'source'), f.source.text]);
  const interested = actorName(f.interestedParty);
  if (interested) rows.push([tc(lang, 'interested'), interested]);
  if (f.joined) rows.push([tc(lang, 'joined'), f.joined]);
  const wording = wordingOf(f);
  const flags = [f.approximate ? tc(lang, 'approximate') : null, wording ? tc(lang, wording) : null].filter(Boolean);
  return [
    `<li id="fn-${x.n}" data-kind="${f.kind}" data-finding="${esc(f.id)}">`,
    `<p class="head"><span class="num">${x.n}.</span><span class="swatch s-${styleKeyOf(f)}">${esc(kindName(lang, f.kind))}</span>`,
    `<q class="quote" lang="ar" dir="rtl">${esc(f.text)}</q>`,
    `<a class="back" href="#ref-${x.n}" aria-label="${esc(tt(lang, 'backToText'))}">↩</a></p>`,
    `<p class="why">${esc(localized(f.explanation, lang))}</p>`,
    rows.length ? `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd><bdi>${esc(v)}</bdi></dd>`).join('')}</dl>` : '',
    flags.map((s) => `<p class="flag">${esc(s!)}</p>`).join(''),
    '</li>',
  ].join('');
}

/** Builds the file. Deterministic: the same input gives the same bytes. */
export function buildHtmlExport(input: HtmlExportInput): string {
  const { report, lang } = input;
  const numbered = numberFindings(report, lang);
  const body = input.text !== undefined ? articleBody(input.text, input.lines ?? articleLines(input.text), numbered, lang) : excerpts(numbered, lang);
  const counts = FINDING_KINDS.map((k) => `${kindName(lang, k)} ${report.counts[k]}`).join(' · ');
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Adasa">
<title>${esc(input.meta.title)} — ${esc(tt(lang, 'teacherMode'))}</title>
<style>
${exportCss(input.scheme ?? 'standard', input.colours ?? {})}
</style>
</head>
<body>
<header>
<p class="brand">${esc(tt(lang, 'exportedFrom'))} — عدسة Adasa</p>
<h1><bdi>${esc(input.meta.title)}</bdi></h1>
${metaBlock(input.meta, lang)}
<p class="counts">${esc(counts)}</p>
</header>
${legend(report, lang)}
${input.student ? '' : stanceTable(report.actors, lang)}
${body}
<section class="notes" aria-labelledby="notes-h"><h2 id="notes-h">${esc(tt(lang, 'findings'))} (${numbered.length})</h2>
<ol>
${numbered.map((x) => note(x, report.actors, lang)).join('\n')}
</ol>
</section>
<footer>${esc(tt(lang, 'exportedFrom'))} · ${esc(report.schema)}${report.id ? ` · ${esc(report.id)}` : ''}</footer>
</body>
</html>
`;
}
