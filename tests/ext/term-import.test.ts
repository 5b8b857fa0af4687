import { describe, expect, test } from 'vitest';
import { countEntries, readTermFile, termFile } from '../../lib/ext/term-import';
import { builtinTermList } from '../../lib/terms/lexicon';

describe('readTermFile', () => {
  test('a valid list is accepted and counted', () => {
    const list = {
      labels: [
        {
          id: 'custom.thugs',
          forms: ['شبيحة'],
          category: 'delegitimizing',
          direction: 'against',
          weight: 1,
          severity: 'medium',
          explanation: { ar: 'وصف يحمل حكماً', en: 'A verdict, not a description' },
        },
      ],
    };
    const r = readTermFile(JSON.stringify(list));
    expect(r.ok).toBe(true);
    if (r.ok) expect(countEntries(r.list)).toBe(1);
  });

  test('a label aimed at an actor no list defines is refused at import, as the engine would refuse it', () => {
    const label = {
      id: 'custom.x',
      forms: ['عصابات الجولاني'],
      category: 'delegitimizing',
      direction: 'against',
      weight: 1,
      severity: 'medium',
      target: 'jolani_band',
      explanation: { ar: 'حكم', en: 'A verdict' },
    };
    const r = readTermFile(JSON.stringify({ labels: [label] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'labels[0].target', message: 'unknown actor "jolani_band"; define it in the actors section' }]);
    const withActor = readTermFile(JSON.stringify({ labels: [label], actors: [{ id: 'jolani_band', name: { ar: 'جماعة', en: 'Band' }, aliases: ['الجماعة'] }] }));
    expect(withActor.ok, JSON.stringify(withActor)).toBe(true);
  });

  test('not JSON: one error saying so', () => {
    const r = readTermFile('{ labels: [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('');
  });

  test('a wrong entry: the path and the reason', () => {
    const r = readTermFile(JSON.stringify({ labels: [{ id: 'Bad Id', forms: [] }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors.some((e) => e.path.startsWith('labels'))).toBe(true);
      expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
    }
  });

  test('the built-in lists export as a file that imports again', () => {
    const text = termFile(builtinTermList());
    expect(text.endsWith('\n')).toBe(true);
    expect(readTermFile(text).ok).toBe(true);
  });
});
