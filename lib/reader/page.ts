/**
 * What every teacher page does on start and on export: read the reader's settings (language,
 * colour scheme, colours) with the address's `lang` taking precedence, set the root's language
 * and direction, and hand a built export to the browser as a download.
 */
import { browser } from 'wxt/browser';
import { dirOf, resolveLang, type Lang } from '../ext/i18n';
import type { ColourScheme, StyleKey } from '../ext/palette';
import { readSettings } from '../ext/settings';
import type { ExportFile } from '../export/files';
import { langParam } from '../teacher/routes';

/** The display settings a teacher page needs. */
export interface PageLook {
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
}

/** The reader's look, the address's `lang` first. */
export async function pageLook(search = location.search): Promise<PageLook> {
  const s = await readSettings();
  const lang = langParam(search) ?? resolveLang(s.language, browser.i18n.getUILanguage());
  return { lang, scheme: s.scheme, colours: s.colours };
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
