/**
 * The Markdown summary: the engine's own Markdown rendering of the report (counts, stance per
 * actor, every finding quoted with its context), with the article's particulars under the title.
 */
import { mdText, reportToMarkdown } from '../format/markdown';
import { message } from '../ext/locales';
import type { Report } from '../model/report';
import type { Lang } from '../ext/i18n';
import { tt } from '../teacher/i18n';
import type { ExportMeta } from './html';

/** Builds the Markdown file. */
export function buildMarkdownExport(report: Report, meta: ExportMeta, lang: Lang, opts: { student?: boolean } = {}): string {
  const full = reportToMarkdown(report, { title: meta.title, lang });
  const md = opts.student ? withoutStance(full, lang) : full;
  const rows: [string, string | undefined][] = [
    [tt(lang, 'outlet'), meta.outlet],
    [tt(lang, 'byline'), meta.byline],
    [tt(lang, 'date'), meta.date],
    [tt(lang, 'leaning'), meta.leaning],
    ['URL', meta.address],
  ];
  const lines = rows.filter(([, v]) => v).map(([k, v]) => `- **${k}**: ${mdText(v!)}`);
  const nl = md.indexOf('\n');
  const title = nl < 0 ? md : md.slice(0, nl);
  const rest = nl < 0 ? '' : md.slice(nl + 1);
  const head = [title, '', ...lines, ...(lines.length ? [''] : []), `_${tt(lang, 'exportedFrom')} · ${report.schema}_`];
  return `${head.join('\n')}\n${rest.startsWith('\n') ? rest : `\n${rest}`}${md.endsWith('\n') ? '' : '\n'}`;
}

/** The Markdown without its stance section (the student view's export). */
function withoutStance(md: string, lang: Lang): string {
  const lines = md.split('\n');
  const from = lines.indexOf(`## ${message(lang, 'report', 'stancePerActor')}`);
  if (from < 0) return md;
  let to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
  if (to < 0) to = lines.length;
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}
