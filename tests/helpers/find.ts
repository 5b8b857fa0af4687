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
  expectActor(text, word, actor);
}

/**
 * What a row says of a word: the party it hits, `undefined` (a finding that hits no party) or
 * `null` (no finding on the word at all).
 */
export type Hit = string | undefined | null;

/**
 * Asserts what sits on `word` among the findings of `kind` (of the text, of a report, or a list):
 * a finding whose text is `word` (or contains it) hitting `actor`, or, for `null`, no such finding.
 * A failure lists the findings there are.
 */
export function expectActor(from: string | { findings: Finding[] } | Finding[], word: string, actor: Hit, kind: FindingKind = 'framing'): void {
  const all = typeof from === 'string' ? analyze(from).findings : Array.isArray(from) ? from : from.findings;
  const list = all.filter((f) => f.kind === kind);
  const f = list.find((x) => x.text === word) ?? list.find((x) => x.text.includes(word));
  const shown = all.map((x) => `${x.kind} «${x.text}» → ${x.actor ?? 'no party'}`).join('; ') || 'no findings';
  if (actor === null) {
    expect(f, `no ${kind} finding on «${word}» expected; found: ${shown}`).toBeUndefined();
    return;
  }
  expect(f, `a ${kind} finding on «${word}» expected; found: ${shown}`).toBeDefined();
  expect(f?.actor, `party of «${word}»; found: ${shown}`).toBe(actor);
}
