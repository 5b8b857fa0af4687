/** Names of kinds, attribution classes and stance labels in both UI languages. */
import type { Attribution, Bilingual, FindingKind, StanceLabel } from '../report/schema';

export const KIND_LABELS: Record<FindingKind, Bilingual> = {
  framing: { ar: 'تأطير محمّل', en: 'Loaded framing' },
  distancing: { ar: 'تبرّؤ وتشكيك', en: 'Distancing' },
  figure: { ar: 'أرقام', en: 'Figures' },
  source: { ar: 'مصادر مبهمة', en: 'Vague and anonymous sources' },
  voice: { ar: 'صوت طرف', en: 'Speaking as a party' },
  obfuscation: { ar: 'كلمات مقطّعة', en: 'Broken words' },
};

export const ATTRIBUTION_LABELS: Record<Attribution, Bilingual> = {
  named: { ar: 'مصدر مسمّى', en: 'named' },
  vague: { ar: 'مصدر مبهم', en: 'vague' },
  anonymous: { ar: 'مصدر مجهول', en: 'anonymous' },
  none: { ar: 'بلا مصدر', en: 'no source' },
};

export const STANCE_LABELS: Record<StanceLabel, Bilingual> = {
  against: { ar: 'ضدّ', en: 'against' },
  favour: { ar: 'مع', en: 'favour' },
  mixed: { ar: 'متباين', en: 'mixed' },
  neutral: { ar: 'محايد', en: 'neutral' },
};
