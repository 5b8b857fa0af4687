/** The finding card's words (kept apart so the content script carries only these). */
import type { Lang } from './i18n';

const CARD = {
  card: { ar: 'ملاحظة عدسة', en: 'Adasa finding' },
  close: { ar: 'إغلاق', en: 'Close' },
  neutral: { ar: 'صياغة محايدة', en: 'Neutral wording' },
  hits: { ar: 'يصيب', en: 'Aimed at' },
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
