/**
 * What every teacher page does on start and on export: set the root's language and direction
 * from the reader's look, and hand a built export to the browser as a download.
 */
import { dirOf, type Lang } from '../ext/i18n';
import type { ColourScheme, StyleKey } from '../ext/palette';
import type { ExportFile } from '../export/files';

/** The display settings a teacher page needs. */
export interface PageLook {
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/** Sets `lang` and `dir` on the document root (the surface's direction follows the UI language). */
export function applyRootLang(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dirOf(lang);
}

/** Offers a file for download (a blob URL, nothing leaves the machine). */
export function download(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
