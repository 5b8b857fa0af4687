import { describe, expect, test } from 'vitest';
import { FINDING_KINDS } from '../../lib/model/report';
import { DEFAULT_LESSON, findingKey, lessonFindings, lessonFrom, toggleKind, toggleShortlist } from '../../lib/teacher/lesson';

const f = (kind: 'framing' | 'figure' | 'source', start: number) => ({ kind, start, end: start + 3 });
const all = [f('framing', 0), f('figure', 10), f('source', 20), f('framing', 30)];

describe('a prepared lesson', () => {
  test('read back field by field', () => {
    expect(lessonFrom(null)).toEqual(DEFAULT_LESSON);
    expect(lessonFrom({ kinds: ['figure', 'nonsense', 'framing'], shortlist: ['framing@0-3', 'x', 7, 'framing@0-3'] })).toEqual({
      kinds: ['framing', 'figure'],
      shortlist: ['framing@0-3'],
    });
    expect(lessonFrom({ kinds: 'all' }).kinds).toEqual(FINDING_KINDS);
  });
  test('kinds filter, the shortlist narrows further', () => {
    expect(lessonFindings(all, DEFAULT_LESSON)).toEqual(all);
    const framingOnly = FINDING_KINDS.filter((k) => k !== 'framing').reduce(toggleKind, DEFAULT_LESSON);
    expect(framingOnly.kinds).toEqual(['framing']);
    expect(lessonFindings(all, framingOnly)).toEqual([all[0], all[3]]);
    const short = toggleShortlist(toggleShortlist(DEFAULT_LESSON, findingKey(all[3])), findingKey(all[1]));
    expect(lessonFindings(all, short)).toEqual([all[1], all[3]]);
    expect(lessonFindings(all, { ...short, kinds: ['framing'] })).toEqual([all[3]]);
    expect(toggleShortlist(short, findingKey(all[3])).shortlist).toEqual([findingKey(all[1])]);
  });
});
