/** Small helpers for detector tables: analyze a phrase and pick findings of one kind. */
import { analyze } from '../../lib/analyze';
import type { Finding, FindingKind } from '../../lib/model/report';

export function findings(text: string, kind?: FindingKind): Finding[] {
  const r = analyze(text);
  return kind ? r.findings.filter((f) => f.kind === kind) : r.findings;
}

/** The finding of `kind` whose text is `word` (or contains it). */
export function findingOn(text: string, kind: FindingKind, word: string): Finding | undefined {
  return findings(text, kind).find((f) => f.text === word) ?? findings(text, kind).find((f) => f.text.includes(word));
}
