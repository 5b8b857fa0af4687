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

/** The export formats: annotated HTML, Markdown summary, JSON report. */
export type ExportFormat = 'html' | 'md' | 'json';

/** The formats in the order the pages offer them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'md', 'json'];

const TYPES: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

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
  const suffix = format === 'html' ? 'annotated.html' : format === 'md' ? 'summary.md' : 'report.json';
  return `adasa-${safe}-${suffix}`;
}

/** Builds one export. */
export function buildExport(src: ExportSource, format: ExportFormat): ExportFile {
  const content =
    format === 'html'
      ? buildHtmlExport({ report: src.report, text: src.text, lines: src.lines, meta: src.meta, lang: src.lang, scheme: src.scheme, colours: src.colours })
      : format === 'md'
        ? buildMarkdownExport(src.report, src.meta, src.lang)
        : buildJsonExport(src.report, src.text);
  return { name: exportName(src.slug, format), type: TYPES[format], content };
}
