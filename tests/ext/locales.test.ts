/**
 * The language catalogs: every file in locales/ is a language Adasa offers, each is complete
 * against the English one, every kind and style has its words, and anything missing falls
 * back to English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tc } from '../../lib/ext/i18n-card';
import { kindHint, kindName, styleName, t } from '../../lib/ext/i18n';
import { dirOf, LANGS, localized, message, nextLang, resolveLang } from '../../lib/ext/locales';
import { FINDING_KINDS, STYLE_KEYS } from '../../lib/model/kinds';
import { Bilingual } from '../../lib/model/text';

const DIR = 'locales';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const catalogs = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8'))]));
const en = catalogs.en;

describe('language catalogs', () => {
  test('every catalog file is a language on offer, in the card on a page too', () => {
    expect([...LANGS].sort()).toEqual(Object.keys(catalogs).sort());
    for (const [code, c] of Object.entries(catalogs)) {
      expect(c.code).toBe(code);
      expect(['rtl', 'ltr']).toContain(c.dir);
      expect(dirOf(code)).toBe(c.dir);
      expect(tc(code, 'card')).toBe(c.card.card);
    }
  });

  test.each(Object.keys(catalogs))('%s has every word the English catalog has', (code) => {
    for (const [section, words] of Object.entries(en)) {
      if (typeof words !== 'object') continue;
      expect(Object.keys(catalogs[code][section] ?? {}).sort(), `${code}.${section}`).toEqual(Object.keys(words as object).sort());
      for (const [key, text] of Object.entries(catalogs[code][section])) expect(typeof text === 'string' && text.trim().length > 0, `${code}.${section}.${key}`).toBe(true);
    }
  });

  test('every kind and every style has its name (and a kind its hint) in every language', () => {
    for (const code of LANGS) {
      for (const k of FINDING_KINDS) {
        expect(kindName(code, k)).toBe(catalogs[code].kinds[k]);
        expect(kindHint(code, k)).toBe(catalogs[code].kindHints[k]);
      }
      for (const s of STYLE_KEYS) expect(styleName(code, s)).toBe(catalogs[code].styles[s]);
    }
    expect(kindName('ar', 'framing')).toBe('تأطير');
    expect(styleName('en', 'source-vague')).toBe('Sources (vague)');
  });

  test('a language without a catalog, or a word a catalog lacks, shows the English', () => {
    expect(t('fr', 'appName')).toBe('Adasa');
    expect(message('fr', 'teacher', 'teacherMode')).toBe(en.teacher.teacherMode);
    expect(dirOf('fr')).toBe('ltr');
    expect(localized({ ar: 'نص', en: 'text' }, 'fr')).toBe('text');
    expect(localized({ ar: 'نص', en: 'text', fr: 'texte' }, 'fr')).toBe('texte');
    expect(localized({ ar: 'نص', en: 'text' }, 'ar')).toBe('نص');
  });

  test('the language in force: the reader’s choice, else the browser’s if offered, else English', () => {
    expect(resolveLang('auto', 'ar-SY')).toBe('ar');
    expect(resolveLang('auto', 'AR')).toBe('ar');
    expect(resolveLang('auto', 'fr-FR')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('en');
    expect(resolveLang('en', 'ar-SY')).toBe('en');
    expect(resolveLang('xx', 'ar')).toBe('ar');
    expect(nextLang('ar')).not.toBe('ar');
    expect(LANGS.map(nextLang).sort()).toEqual([...LANGS].sort());
  });

  test('term-list text may carry more languages than Arabic and English', () => {
    expect(Bilingual.safeParse({ ar: 'أ', en: 'a', fr: 'à' }).success).toBe(true);
    expect(Bilingual.safeParse({ ar: 'أ', en: 'a', fr: 5 }).success).toBe(false);
    expect(Bilingual.safeParse({ en: 'a' }).success).toBe(false);
  });
});
