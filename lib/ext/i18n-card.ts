/** The finding card's words (kept apart so the content script carries only these). */
import type { Lang } from './i18n';

const CARD = {
  card: { ar: 'ملاحظة عدسة', en: 'Adasa finding' },
  close: { ar: 'إغلاق', en: 'Close' },
  neutral: { ar: 'صياغة محايدة', en: 'Neutral wording' },
  hits: { ar: 'يصيب', en: 'Aimed at' },
  noParty: {
    ar: 'لا يحدد النص طرفاً بعينه، فلا تُحتسب في موقف أي طرف',
    en: 'The text does not say which party; it counts toward no party’s stance',
  },
  speaksFor: { ar: 'يتكلم بلسان', en: 'Speaks for' },
  usedBy: { ar: 'من يستخدمها', en: 'Who uses it' },
  attribution: { ar: 'الإسناد', en: 'Attribution' },
  source: { ar: 'المصدر', en: 'Source' },
  interested: { ar: 'المصدر طرف فيما يرويه', en: 'The source is a party to what it reports' },
  approximate: { ar: 'رقم تقريبي', en: 'Approximate figure' },
  quoted: { ar: 'ضمن اقتباس: ليس كلام الوسيلة نفسها', en: 'Inside a quote: not the outlet’s own words' },
  joined: { ar: 'الكلمة بعد وصلها', en: 'The word once joined' },
  next: { ar: 'التالي', en: 'Next' },
  previous: { ar: 'السابق', en: 'Previous' },
  of: { ar: 'من', en: 'of' },
} as const;

export type CardKey = keyof typeof CARD;

/** A word of the card. */
export function tc(lang: Lang, key: CardKey): string {
  return CARD[key][lang];
}

/**
 * What the card says under "Aimed at" for a loaded word the engine left unattached: no rule in
 * the text decides whom it hits, so it is shown and moves no stance. Null for other kinds.
 */
export function unattached(lang: Lang, f: { kind: string; actor?: string }): string | null {
  return !f.actor && (f.kind === 'framing' || f.kind === 'distancing') ? CARD.noParty[lang] : null;
}
