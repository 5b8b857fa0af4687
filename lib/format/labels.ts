/**
 * Names of kinds, attribution classes and stance labels in both UI languages: the one source for
 * the popup, the cards, the teacher pages, the command line and the exports.
 */
import type { Attribution, Bilingual, FindingKind, StanceLabel } from '../model/report';

export const KIND_LABELS: Record<FindingKind, Bilingual> = {
  framing: { ar: 'تأطير', en: 'Framing' },
  distancing: { ar: 'تشكيك وإبعاد', en: 'Distancing' },
  figure: { ar: 'أرقام', en: 'Figures' },
  source: { ar: 'مصادر', en: 'Sources' },
  voice: { ar: 'صوت طرف', en: 'Party voice' },
  obfuscation: { ar: 'كلمات مقطّعة', en: 'Broken words' },
};

export const ATTRIBUTION_LABELS: Record<Attribution, Bilingual> = {
  named: { ar: 'مصدر مسمّى', en: 'Named source' },
  vague: { ar: 'مصدر مبهم', en: 'Vague source' },
  anonymous: { ar: 'مصدر مجهول الهوية', en: 'Anonymous source' },
  none: { ar: 'بلا مصدر', en: 'No source' },
};

export const STANCE_LABELS: Record<StanceLabel, Bilingual> = {
  against: { ar: 'ضد', en: 'against' },
  favour: { ar: 'مع', en: 'favour' },
  mixed: { ar: 'متباين', en: 'mixed' },
  neutral: { ar: 'محايد', en: 'neutral' },
};
