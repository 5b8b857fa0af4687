import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { builtinLexicon, builtinTermList, compileLexicon } from '../../lib/terms/lexicon';
import { mergeTermLists, parseTermList } from '../../lib/terms/schema';
import { loadUserTermList } from '../../lib/terms/user';

const label = {
  id: 'thugs',
  forms: ['زعران'],
  category: 'delegitimizing',
  direction: 'against',
  weight: 1,
  severity: 'high',
  explanation: { ar: 'وصم للمسلحين الموالين.', en: 'A slur for loyalist gunmen.' },
  neutral: { ar: 'مسلحون موالون', en: 'loyalist gunmen' },
};

describe('parseTermList rejects malformed lists with the JSON path and the reason', () => {
  test.each([
    ['not JSON', '{"labels": [', '(root)', /not valid JSON/],
    ['unknown section', { lables: [] }, 'lables', /unknown section/],
    ['missing forms', { labels: [{ ...label, forms: undefined }] }, 'labels[0].forms', /./],
    ['empty form list', { labels: [{ ...label, forms: [] }] }, 'labels[0].forms', /./],
    ['empty form', { labels: [{ ...label, forms: [''] }] }, 'labels[0].forms[0]', /./],
    ['bad direction', { labels: [{ ...label, direction: 'pro' }] }, 'labels[0].direction', /./],
    ['malformed actor id', { labels: [{ ...label, target: 'Not An Id' }] }, 'labels[0].target', /lowercase/],
    ['weight out of range', { labels: [{ ...label, weight: 5 }] }, 'labels[0].weight', /./],
    ['bad id', { labels: [{ ...label, id: 'Thugs!' }] }, 'labels[0].id', /lowercase/],
    ['duplicate id', { labels: [label, label] }, 'labels[1].id', /duplicate id "thugs"/],
    ['a refused word of two words', { labels: [{ ...label, notWords: ['غزوان الداوودي'] }] }, 'labels[0].notWords[0]', /one word/],
  ])('%s', (_name, input, path, reason) => {
    const r = parseTermList(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.path === path);
    expect(e, JSON.stringify(r.errors)).toBeDefined();
    expect(e!.message).toMatch(reason);
  });

  test('accepts a partial list', () => {
    expect(parseTermList({ labels: [label] }).ok).toBe(true);
  });
});

describe('a user list merges with the built-in ones', () => {
  test('new entries are added and take effect in analysis', () => {
    const r = parseTermList({ labels: [label] });
    if (!r.ok) throw new Error('invalid');
    const lex = compileLexicon(mergeTermLists(builtinTermList(), r.list));
    const report = analyze('واعتدى الزعران على المتظاهرين', { lexicon: lex });
    expect(report.findings.map((f) => f.term)).toContain('thugs');
    expect(analyze('واعتدى الزعران على المتظاهرين').findings.map((f) => f.term)).not.toContain('thugs');
  });

  test('an entry with a built-in id replaces it', () => {
    const builtin = builtinTermList();
    const militia = builtin.labels!.find((l) => l.id === 'militia')!;
    const merged = mergeTermLists(builtin, { labels: [{ ...militia, weight: 0.1 }] });
    expect(merged.labels!.filter((l) => l.id === 'militia')).toEqual([{ ...militia, weight: 0.1 }]);
    expect(merged.labels!.length).toBe(builtin.labels!.length);
  });

  test('a malformed list is rejected and the previous one stays in force', () => {
    const good = loadUserTermList(undefined, { labels: [label] });
    expect(good.ok).toBe(true);
    const bad = loadUserTermList(good.lexicon, { labels: [{ ...label, direction: 'sideways' }] });
    expect(bad.ok).toBe(false);
    expect(bad.errors?.[0].path).toBe('labels[0].direction');
    expect(bad.lexicon).toBe(good.lexicon);
    expect(analyze('واعتدى الزعران', { lexicon: bad.lexicon }).findings.map((f) => f.term)).toContain('thugs');
  });

  test('a label aimed at a party no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, target: 'nowhere_front' }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].target', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('a label whose later party no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, target: 'sdf', later: { from: '2025-03-29', target: 'nowhere_front' } }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].later.target', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a party that calls a party no list defines by a bare label is rejected with its path', () => {
    const actor = { id: 'new_front', name: { ar: 'جبهة جديدة', en: 'New Front' }, aliases: ['الجبهة الجديدة'], calls: 'nowhere_front' };
    const r = loadUserTermList(undefined, { actors: [actor] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'actors[0].calls', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a label that describes a party no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, describes: ['sdf', 'nowhere_front'] }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].describes[1]', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a label plain for a party no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, plainFor: ['nowhere_front'] }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].plainFor[0]', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a default party «unless one of these is named» that no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, fallbackWhen: { actor: 'isis', anyOf: ['isis'], noneOf: ['hts', 'nowhere_front'] } }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].fallbackWhen.noneOf[1]', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a default party «and all of these named» that no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, fallbackWhen: { actor: 'sdf', anyOf: ['sdf'], allOf: ['isis', 'nowhere_front'] } }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].fallbackWhen.allOf[1]', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a default party «not in a sentence naming these» that no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, fallbackWhen: { actor: 'sdf', anyOf: ['sdf'], notInSentenceWith: ['nowhere_front'] } }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].fallbackWhen.notInSentenceWith[0]', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
  });

  test('a place taken by a party no list defines is rejected with its path; a bad date with its own', () => {
    const taking = { by: 'sdf', from: 'isis', since: '2016-11-05' };
    const capture = { id: 'raqqa', forms: ['الرقة'], takings: [taking], about: 'Raqqa' };
    expect(loadUserTermList(undefined, { captures: [capture] }).ok).toBe(true);
    const r = loadUserTermList(undefined, { captures: [{ ...capture, takings: [taking, { ...taking, by: 'nowhere_front' }] }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'captures[0].takings[1].by', message: expect.stringMatching(/unknown actor "nowhere_front"/) }]);
    const d = loadUserTermList(undefined, { captures: [{ ...capture, takings: [{ ...taking, until: '2026' }] }] });
    expect(d.ok).toBe(false);
    expect(d.errors?.[0]?.path).toBe('captures[0].takings[0].until');
  });

  test('a word list that includes a list no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { wordLists: [{ id: 'my-words', words: ['كلمة'], includes: ['nowhere-words'] }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'wordLists[0].includes[0]', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
  });

  test('a label whose sense rests on a word list no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, takes: 'nowhere-words' }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].takes', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('a default party whose text test rests on a word list no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { labels: [{ ...label, fallbackWhen: { actor: 'sdf', anyOf: ['isis'], orWords: 'nowhere-words' } }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'labels[0].fallbackWhen.orWords', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('an actor whose adjectives rest on a word list no list defines is rejected with its path', () => {
    const actor = {
      id: 'pkk_abroad',
      name: { ar: 'حزب العمال الكردستاني', en: 'PKK' },
      aliases: ['حزب العمال'],
      homeAdjectives: { words: 'nowhere-words', forms: ['الكردستاني'] },
    };
    const r = loadUserTermList(undefined, { actors: [actor] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'actors[0].homeAdjectives.words', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('an actor whose adjectives are silenced by a word list of places abroad no list defines is rejected with its path', () => {
    const actor = {
      id: 'pkk_abroad',
      name: { ar: 'حزب العمال الكردستاني', en: 'PKK' },
      aliases: ['حزب العمال'],
      homeAdjectives: { words: 'syria-names', abroad: 'nowhere-words', forms: ['الكردستاني'] },
    };
    const r = loadUserTermList(undefined, { actors: [actor] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'actors[0].homeAdjectives.abroad', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
  });

  test('a cue whose sense rests on a word list no list defines is rejected with its path', () => {
    const r = loadUserTermList(undefined, { cues: [{ id: 'claim', forms: ['تبنى'], takes: 'nowhere-words' }] });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ path: 'cues[0].takes', message: expect.stringMatching(/unknown word list "nowhere-words"/) }]);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('a vague source whose «tellsAbout» is not a yes or no is rejected with its path, and the built-in list stays', () => {
    const r = loadUserTermList(undefined, { vagueSources: [{ id: 'rumours', forms: ['شائعات'], tellsAbout: 'yes' }] });
    expect(r.ok).toBe(false);
    expect(r.errors?.map((e) => e.path)).toEqual(['vagueSources[0].tellsAbout']);
    expect(r.lexicon).toBe(builtinLexicon());
  });

  test('a user list may make its own reports tell about a claim', () => {
    const r = loadUserTermList(undefined, { vagueSources: [{ id: 'rumours', forms: ['شائعات'], match: 'word', tellsAbout: true }] });
    expect(r.ok).toBe(true);
    const text = 'وانتشرت في الحسكة شائعات عن هروب عناصر من السجن.';
    expect(
      analyze(text, { lexicon: r.lexicon })
        .findings.filter((f) => f.kind === 'source')
        .map((f) => f.text),
    ).toEqual(['شائعات']);
    expect(analyze(text).findings.filter((f) => f.kind === 'source')).toEqual([]);
  });

  test('a label may rest on a word list the same user list defines', () => {
    const r = loadUserTermList(undefined, {
      wordLists: [{ id: 'crops', about: 'crops', words: ['القمح'] }],
      labels: [{ ...label, id: 'plunder', forms: ['نهبت'], takes: 'crops' }],
    });
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    expect(analyze('نهبت قسد القمح', { lexicon: r.lexicon }).findings.map((f) => f.term)).toContain('plunder');
    expect(analyze('نهبت قسد الأدوية', { lexicon: r.lexicon }).findings.map((f) => f.term)).not.toContain('plunder');
  });

  test('a user list can add a party and labels aimed at it', () => {
    const r = loadUserTermList(undefined, {
      actors: [{ id: 'wagner', name: { ar: 'فاغنر', en: 'Wagner Group' }, aliases: ['فاغنر', 'مجموعة فاغنر'] }],
      labels: [{ ...label, id: 'wagner-thugs', forms: ['زعران فاغنر'], target: 'wagner' }],
    });
    expect(r.ok, JSON.stringify(r.errors)).toBe(true);
    const report = analyze('وانتشر زعران فاغنر في المدينة بعد انسحاب مجموعة فاغنر', { lexicon: r.lexicon });
    expect(report.findings.find((f) => f.term === 'wagner-thugs')?.actor).toBe('wagner');
    expect(report.actors.find((a) => a.id === 'wagner')).toMatchObject({ label: 'against', name: { en: 'Wagner Group' } });
  });
});

describe('parseTermList on lists of any size', () => {
  test('30,000 invalid entries: 100 problems listed, the rest counted, no stack overflow', () => {
    const r = parseTermList({ labels: Array.from({ length: 30_000 }, () => ({ id: 5 })) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(101);
    expect(r.errors[0]!.path).toMatch(/^labels\[0\]/);
    expect(r.errors.at(-1)!.message).toMatch(/^and \d+ more problems not listed$/);
  });

  test('a section that is not an array, and a root that is not an object, are named', () => {
    expect(parseTermList({ labels: 5 })).toEqual({ ok: false, errors: [{ path: 'labels', message: 'expected an array of entries' }] });
    expect(parseTermList([])).toEqual({ ok: false, errors: [{ path: '(root)', message: 'expected an object of sections' }] });
  });
});
