/** Small helpers for detector tables: analyze a phrase and pick findings of one kind. */
import { expect } from 'vitest';
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

/** Asserts that a framing finding sits on `word` in `text` and hits `actor` (undefined: no party). */
export function expectFramingActor(text: string, word: string, actor: string | undefined): void {
  const f = findingOn(text, 'framing', word);
  expect(f, JSON.stringify(findings(text))).toBeDefined();
  expect(f?.actor).toBe(actor);
}
