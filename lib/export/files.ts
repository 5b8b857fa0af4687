/**
 * The three exports as files a page can offer for download: name, type and content. Pure, so
 * the library, the compare view and the tests build exactly the same bytes.
 */
import type { Report } from '../model/report';
import type { Lang } from '../ext/i18n';
import type { ColourScheme, StyleKey } from '../ext/palette';
import type { ArticleLine } from '../teacher/article-lines';
import { buildHtmlExport, type ExportMeta } from './html';
import { buildJsonExport } from './json';
import { buildMarkdownExport } from './markdown';
import { buildAnswerKeyHtml, buildWorksheetHtml } from './worksheet';

/** The export formats: annotated HTML, Markdown summary, JSON report, worksheet and its answer key. */
export type ExportFormat = 'html' | 'md' | 'json' | 'worksheet' | 'key';

/** The formats in the order the pages offer them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'json'];

/** The handouts, offered when the full text is known. */
export const HANDOUT_FORMATS: readonly ExportFormat[] = ['worksheet', 'key'];

const TYPES: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  worksheet: 'text/html;charset=utf-8',
  key: 'text/html;charset=utf-8',
};

const SUFFIX: Record<ExportFormat, string> = { html: 'annotated.html', md: 'summary.md', json: 'report.json', worksheet: 'worksheet.html', key: 'answer-key.html' };

/** Everything an export needs. */
export interface ExportSource {
  /** Short and file-name safe, e.g. `000` or `tab-12`. */
  slug: string;
  report: Report;
  text?: string;
  lines?: readonly ArticleLine[];
  meta: ExportMeta;
  lang: Lang;
  scheme?: ColourScheme;
  colours?: Partial<Record<StyleKey, string>>;
  /** Made in the student view: the editors' leaning, the notes and the stance are left out. */
  student?: boolean;
}

/** A built export, ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** A file name from a slug: letters, digits and dashes only. */
export function exportName(slug: string, format: ExportFormat): string {
  const safe = slug.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return `adasa-${safe}-${SUFFIX[format]}`;
}

/** Builds one export. */
export function buildExport(src: ExportSource, format: ExportFormat): ExportFile {
  const student = src.student === true;
  const meta = student ? { ...src.meta, leaning: undefined, notes: undefined } : src.meta;
  let content: string;
  if (format === 'html')
    content = buildHtmlExport({ report: src.report, text: src.text, lines: src.lines, meta, lang: src.lang, scheme: src.scheme, colours: src.colours, student });
  else if (format === 'md') content = buildMarkdownExport(src.report, meta, src.lang, { student });
  else if (format === 'json') content = buildJsonExport(student ? { ...src.report, actors: [] } : src.report, src.text);
  else {
    if (src.text === undefined) throw new Error('a handout needs the full text');
    const input = { report: src.report, text: src.text, lines: src.lines, meta: src.meta, lang: src.lang };
    content = format === 'worksheet' ? buildWorksheetHtml(input) : buildAnswerKeyHtml(input);
  }
  return { name: exportName(src.slug, format), type: TYPES[format], content };
}
