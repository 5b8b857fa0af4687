/** The reader's look on a teacher page: language, colour scheme and colours from the settings. */
import { browser } from 'wxt/browser';
import { resolveLang } from '../ext/i18n';
import { readSettings } from './settings';
import { langParam } from '../teacher/routes';
import type { PageLook } from '../reader/page';

/** The reader's look, the address's `lang` first. */
export async function pageLook(search = location.search): Promise<PageLook> {
  const s = await readSettings();
  const lang = langParam(search) ?? resolveLang(s.language, browser.i18n.getUILanguage());
  return { lang, scheme: s.scheme, colours: s.colours };
}
