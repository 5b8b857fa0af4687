import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILTIN_FILES, builtinTermList } from '../../lib/terms/lexicon';
import { canonicalTermList, formatTermList, parseTermList, SECTION_NAMES, type TermList } from '../../lib/terms/schema';
import { normalize } from '../../lib/text/normalize';

const files = Object.keys(BUILTIN_FILES);

describe.each(files)('seeds/terms/%s', (name) => {
  const raw = readFileSync(join('seeds', 'terms', name), 'utf8');
  const parsed = parseTermList(raw);

  test('is valid against the term-list schema', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  test('round-trips parse → format byte for byte (sorted by id, keys in schema order)', () => {
    if (!parsed.ok) throw new Error('invalid');
    expect(formatTermList(canonicalTermList(parsed.list))).toBe(raw);
  });

  test('has no form twice within an entry or a section (after normalization)', () => {
    if (!parsed.ok) throw new Error('invalid');
    const dupes: string[] = [];
    for (const section of SECTION_NAMES) {
      const entries = (parsed.list[section] ?? []) as { id: string; forms?: string[]; aliases?: string[]; clans?: string[] }[];
      const seen = new Map<string, string>();
      for (const e of entries) {
        for (const f of [...(e.forms ?? []), ...(e.aliases ?? []), ...(e.clans ?? [])]) {
          const key = normalize(f).text;
          const prev = seen.get(key);
          if (prev) dupes.push(`${section}: «${f}» in ${prev} and ${e.id}`);
          seen.set(key, e.id);
        }
      }
    }
    expect(dupes).toEqual([]);
  });
});

describe('the built-in lists together', () => {
  const list: TermList = builtinTermList();
  test('cover every actor id once', () => {
    expect((list.actors ?? []).map((a) => a.id).sort()).toEqual([
      'assad_regime',
      'coalition',
      'damascus_gov',
      'egypt',
      'haftar',
      'hamas',
      'hezbollah',
      'houthis',
      'hts',
      'iran_militias',
      'isis',
      'israel',
      'pmf',
      'rsf',
      'russia',
      'saudi_coalition',
      'sdf',
      'sna',
      'taliban',
      'tribes',
      'turkey',
    ]);
  });
  test('give every loaded label an explanation in both languages and a neutral alternative', () => {
    for (const e of [...(list.labels ?? []), ...(list.sympathy ?? [])]) {
      expect(e.explanation.ar.length, e.id).toBeGreaterThan(10);
      expect(e.explanation.en.length, e.id).toBeGreaterThan(10);
      expect(e.neutral, e.id).toBeDefined();
    }
  });
  test('carry a note for every finding that is not produced by one term', () => {
    const ids = (list.notes ?? []).map((n) => n.id);
    for (const id of [
      'figure-named',
      'figure-interested',
      'figure-vague',
      'figure-anonymous',
      'figure-none',
      'source-vague',
      'source-anonymous',
      'source-unshown',
      'voice',
      'obfuscation',
      'scare-quotes',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
