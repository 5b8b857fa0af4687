/**
 * Names of kinds, attribution classes and stance labels in both UI languages: the one source for
 * the popup, the cards, the teacher pages, the command line and the exports.
 */
import { FINDING_KINDS, KINDS } from '../model/kinds';
import type { Attribution, Bilingual, FindingKind, StanceLabel } from '../model/report';

/** Each kind's name, from its descriptor. */
export const KIND_LABELS = Object.fromEntries(FINDING_KINDS.map((k) => [k, KINDS[k].label])) as Record<FindingKind, Bilingual>;

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
