/**
 * The teacher pages' and exports' own words (the catalogs' `teacher` section). Words the popup and the
 * card already have (kind names, stance names, "next") come from lib/ext/i18n and
 * lib/ext/i18n-card, so a kind is called the same everywhere.
 */
import { message, nextLang, type Catalog, type Lang } from '../ext/locales';

/** A key of the teacher pages' words. */
export type TeacherKey = keyof Catalog['teacher'];

/** A word of the teacher pages. */
export function tt(lang: Lang, key: TeacherKey): string {
  return message(lang, 'teacher', key);
}

/** The next UI language (the presenter's switch goes round the catalogs). */
export const otherLang = nextLang;

/** A piece of mixed text: Arabic quoted in «…», or the text around it. */
export interface TextRun {
  text: string;
  arabic: boolean;
}

/**
 * Splits an English sentence that quotes Arabic in «…» into runs, so each Arabic quotation can
 * be isolated (`<bdi dir="rtl">`) and the guillemets and the punctuation around it stay put.
 */
export function arabicRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(/«[^«»]*[\u0600-\u06FF][^«»]*»/g)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), arabic: false });
    out.push({ text: m[0], arabic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), arabic: false });
  return out;
}
