/**
 * A report's counts, from its findings: how many of each kind, and how the figures are sourced.
 * The engine's report and the page's composed view (several segments, some findings dropped)
 * both count with this, so the two never disagree.
 */
import { FINDING_KINDS, type Counts, type Finding, type FigureCounts } from '../model/report';

/** Every kind at zero, copied for each report (building it again from the list of kinds cost more than the counting). */
const NO_COUNTS = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Counts;

export function countFindings(findings: readonly Pick<Finding, 'kind' | 'attribution'>[]): { counts: Counts; figures: FigureCounts } {
  const counts: Counts = { ...NO_COUNTS };
  const figures: FigureCounts = { named: 0, vague: 0, anonymous: 0, none: 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    counts[f.kind]++;
    // A figure the attribution step left without a class has no source found.
    if (f.kind === 'figure') figures[f.attribution ?? 'none']++;
  }
  return { counts, figures };
}
