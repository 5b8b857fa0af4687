/**
 * The report as buildReport makes it, driven through analyze() with a tiny term list: offsets
 * in the original text (tatweel, harakat, Arabic-Indic digits and a broken word make them
 * differ from the normalized ones), ids numbered per kind, counts, figure attribution totals,
 * prefix and suffix for re-anchoring, and the stance of each actor present.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { Report, type Finding } from '../../lib/model/report';
import { compileLexicon } from '../../lib/terms/lexicon';
import { parseTermList, type TermList } from '../../lib/terms/schema';
import { normalize } from '../../lib/text/normalize';

const bi = (ar: string, en: string) => ({ ar, en });

const LIST: TermList = {
  // What the categories mean to the rules is data too.
  categories: [{ id: 'militia', names: true, force: true, sharedReference: true }, { id: 'event', act: true }, { id: 'sympathy' }],
  actors: [
    { id: 'isis', name: bi('تنظيم الدولة الإسلامية', 'Islamic State'), aliases: ['تنظيم داعش', 'داعش'], anaphora: ['التنظيم'] },
    { id: 'sdf', name: bi('قوات سوريا الديمقراطية', 'SDF'), aliases: ['قوات سوريا الديمقراطية', 'قسد'] },
    { id: 'coalition', name: bi('التحالف الدولي', 'US-led coalition'), aliases: ['التحالف الدولي'] },
    { id: 'saudi_coalition', name: bi('التحالف بقيادة السعودية', 'Saudi-led coalition'), aliases: ['التحالف بقيادة السعودية'] },
  ],
  labels: [
    {
      id: 'militia',
      forms: ['ميليشيا'],
      category: 'militia',
      direction: 'against',
      weight: 1,
      severity: 'high',
      role: 'noun',
      explanation: bi('«ميليشيا» حكم على القوة', '“Militia” is a verdict'),
      neutral: bi('قوات', 'forces'),
    },
    {
      id: 'aggression-coalition',
      forms: ['تحالف العدوان'],
      category: 'event',
      direction: 'against',
      weight: 1,
      severity: 'high',
      target: 'saudi_coalition',
      role: 'noun',
      explanation: bi('«تحالف العدوان»', '“The coalition of aggression”'),
    },
  ],
  sympathy: [
    {
      id: 'liberation',
      forms: ['تحرير'],
      match: 'word',
      category: 'sympathy',
      direction: 'favour',
      weight: 0.8,
      severity: 'medium',
      role: 'noun',
      explanation: bi('تحرير', 'Liberation'),
    },
  ],
  cues: [
    { id: 'say', forms: ['قال', 'وقال', 'قالت', 'وقالت'], match: 'word' },
    { id: 'according-to', forms: ['بحسب'], according: true },
  ],
  namedSources: [{ id: 'sohr', forms: ['المرصد السوري'] }],
  vagueSources: [{ id: 'local', forms: ['مصادر محلية'] }],
  counted: [{ id: 'people', forms: ['مدني', 'مدنيين', 'عنصر', 'عناصر', 'قتلى'], kind: 'people' }],
  chrome: [{ id: 'read-also', forms: ['اقرأ أيضا'], maxWords: 8 }],
  notes: [
    { id: 'figure-named', explanation: bi('رقم منسوب', 'Attributed figure') },
    { id: 'figure-vague', explanation: bi('رقم مبهم', 'Vague figure') },
    { id: 'figure-none', explanation: bi('رقم بلا مصدر', 'Unsourced figure'), neutral: bi('انسب الرقم', 'attribute it') },
    { id: 'source-vague', explanation: bi('مصدر مبهم', 'Vague source') },
    { id: 'obfuscation', explanation: bi('كلمة مقطعة', 'Broken word') },
  ],
};

const parsed = parseTermList(LIST);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const lexicon = compileLexicon(parsed.list);

const run = (src: string, opts: { id?: string; includeText?: boolean } = {}) => analyze(src, { lexicon, ...opts });

/**
 * Three paragraphs: a label written with tatweel before a name with a fatha, figures in
 * Arabic-Indic digits with shadda and tanwin, a named, a vague and no source, and «داعش»
 * broken on purpose.
 */
const ARTICLE = 'قصفت ميلـيشيا قسَد قرية في ريف الرقة، وقُتِل ٤٠ مدنيّاً بحسب المرصد السوري.\n' + 'وقالت مصادر محلية إن ١٢ عنصراً من داعـ.ـش قُتلوا.\n' + 'وسقط ٩ قتلى في الاشتباكات.';

describe('findings in the original text', () => {
  const report = run(ARTICLE);

  test('normalization changed the offsets, so the mapping back is what is tested', () => {
    expect(normalize(ARTICLE).text.length).toBeLessThan(ARTICLE.length - 8);
  });

  test('each finding, in text order, with its id numbered per kind and its exact original characters', () => {
    const at = (s: string) => ARTICLE.indexOf(s);
    expect(report.findings.map((f) => [f.id, f.text, f.start, f.end])).toEqual([
      ['framing-1', 'ميلـيشيا', at('ميلـيشيا'), at('ميلـيشيا') + 'ميلـيشيا'.length],
      ['figure-1', '٤٠ مدنيّاً', at('٤٠'), at('٤٠') + '٤٠ مدنيّاً'.length], // through the shadda and the tanwin
      ['source-1', 'مصادر محلية', at('مصادر'), at('مصادر') + 'مصادر محلية'.length],
      ['figure-2', '١٢ عنصراً', at('١٢'), at('١٢') + '١٢ عنصراً'.length],
      ['obfuscation-1', 'داعـ.ـش', at('داعـ.ـش'), at('داعـ.ـش') + 'داعـ.ـش'.length],
      ['figure-3', '٩ قتلى', at('٩'), at('٩') + '٩ قتلى'.length],
    ]);
    for (const f of report.findings) expect(ARTICLE.slice(f.start, f.end), f.id).toBe(f.text);
  });

  test('prefix and suffix are up to 32 original characters either side, cut at the ends of the text', () => {
    for (const f of report.findings) {
      expect(f.prefix, f.id).toBe(ARTICLE.slice(Math.max(0, f.start - 32), f.start));
      expect(f.suffix, f.id).toBe(ARTICLE.slice(f.end, f.end + 32));
    }
    const first = report.findings[0];
    const last = report.findings[report.findings.length - 1];
    expect(first.prefix).toBe('قصفت ');
    expect(last.suffix).toBe(' في الاشتباكات.');
    const figure2 = report.findings.find((f) => f.id === 'figure-2')!;
    expect(figure2.prefix).toHaveLength(32);
    expect(figure2.prefix.endsWith('وقالت مصادر محلية إن ')).toBe(true);
    expect(figure2.suffix).toBe(' من داعـ.ـش قُتلوا.\nوسقط ٩ قتلى '); // the damma counts: 32 code units
    expect(figure2.suffix).toHaveLength(32);
  });

  test('a figure’s source is placed in the original text too', () => {
    const byId = (id: string) => report.findings.find((f) => f.id === id)!;
    const sohr = ARTICLE.indexOf('المرصد السوري');
    const local = ARTICLE.indexOf('مصادر محلية');
    expect([byId('figure-1').attribution, byId('figure-1').source]).toEqual(['named', { text: 'المرصد السوري', start: sohr, end: sohr + 'المرصد السوري'.length }]);
    expect([byId('figure-2').attribution, byId('figure-2').source]).toEqual(['vague', { text: 'مصادر محلية', start: local, end: local + 'مصادر محلية'.length }]);
    expect([byId('figure-3').attribution, byId('figure-3').source]).toEqual(['none', undefined]);
    expect(ARTICLE.slice(byId('figure-1').source!.start, byId('figure-1').source!.end)).toBe('المرصد السوري');
  });

  test('a broken word is reported over its whole original span, with the word as read', () => {
    const f = report.findings.find((x) => x.kind === 'obfuscation')!;
    expect([f.text, f.joined, f.actor]).toEqual(['داعـ.ـش', 'داعش', 'isis']);
  });

  test('fields from the term lists and notes are carried over', () => {
    const militia = report.findings[0];
    expect(militia).toMatchObject({
      kind: 'framing',
      severity: 'high',
      term: 'militia',
      category: 'militia',
      direction: 'against',
      actor: 'sdf',
      explanation: bi('«ميليشيا» حكم على القوة', '“Militia” is a verdict'),
      neutral: bi('قوات', 'forces'),
    });
    expect(report.findings.find((f) => f.id === 'figure-3')).toMatchObject({
      explanation: bi('رقم بلا مصدر', 'Unsourced figure'),
      neutral: bi('انسب الرقم', 'attribute it'),
      value: 9,
    });
    expect(report.findings.find((f) => f.id === 'figure-1')).toMatchObject({ value: 40, approximate: false });
  });

  test('counts per kind and figure totals per attribution', () => {
    expect(report.counts).toEqual({ framing: 1, distancing: 0, figure: 3, source: 1, voice: 0, obfuscation: 1 });
    expect(report.figures).toEqual({ named: 1, vague: 1, anonymous: 0, none: 1 });
    const kinds = report.findings.map((f) => f.kind);
    for (const [kind, n] of Object.entries(report.counts)) expect(kinds.filter((k) => k === kind).length, kind).toBe(n);
  });

  test('the report has the shape every surface reads', () => {
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.schema).toBe('adasa.report/1');
    expect(report.length).toBe(ARTICLE.length); // the original length, not the normalized one
  });
});

describe('ids and order', () => {
  test('findings at the same place are ordered by kind: the label before the broken word', () => {
    const src = 'قصفت ميليـ.ـشيا قسد القرية.';
    const r = run(src);
    expect(r.findings.map((f) => [f.id, f.text, f.start])).toEqual([
      ['framing-1', 'ميليـ.ـشيا', 5],
      ['obfuscation-1', 'ميليـ.ـشيا', 5],
    ]);
  });

  test('ids count up per kind in text order', () => {
    const r = run('ميليشيا ميليشيا قسد، وقُتل ٣ مدنيين.');
    expect(r.findings.map((f) => f.id)).toEqual(['framing-1', 'framing-2', 'figure-1']);
  });

  test('a text with nothing to report', () => {
    const r = run('انعقد المؤتمر في موعده.');
    expect(r.findings).toEqual([]);
    expect(r.actors).toEqual([]);
    expect(r.counts).toEqual({ framing: 0, distancing: 0, figure: 0, source: 0, voice: 0, obfuscation: 0 });
    expect(r.figures).toEqual({ named: 0, vague: 0, anonymous: 0, none: 0 });
  });
});

describe('options', () => {
  test('id and the text are included only when asked for', () => {
    const src = 'وسقط ٩ قتلى.';
    const asked = run(src, { id: 'article-1', includeText: true });
    expect([asked.id, asked.text, asked.length]).toEqual(['article-1', src, src.length]);
    const plain = run(src);
    expect('id' in plain).toBe(false);
    expect('text' in plain).toBe(false);
  });
});

describe('stance per actor present', () => {
  const actor = (r: ReturnType<typeof run>, id: string) => r.actors.find((a) => a.id === id);

  test('every actor named or hit is listed once, most mentioned first; actors of the list not in the text are absent', () => {
    const r = run('قصفت ميلـيشيا قسَد القرية، وقالت قسد إن التحالف الدولي شارك.');
    expect(r.actors.map((a) => [a.id, a.mentions, a.label])).toEqual([
      ['sdf', 2, 'against'],
      ['coalition', 1, 'neutral'],
    ]);
    const sdf = actor(r, 'sdf')!;
    expect(sdf.name).toEqual(bi('قوات سوريا الديمقراطية', 'SDF'));
    expect(sdf.score).toBeLessThan(0);
    // The evidence quotes the finding as the reader sees it.
    expect(sdf.evidence).toEqual([{ findingId: 'framing-1', text: 'ميلـيشيا', direction: 'against', weight: 1, quoted: false }]);
    expect(actor(r, 'coalition')!.evidence).toEqual([]);
    expect(actor(r, 'coalition')!.score).toBe(0);
  });

  test('the name ledger: each spelling once with its count, a label joined to the name is a loaded name', () => {
    const r = run('قصفت ميلـيشيا قسَد القرية. وقالت قسد إن الهجوم فشل وإن قسد باقية، ونقل مصدر مقرب لقسد أن');
    expect(actor(r, 'sdf')!.names).toEqual([
      { text: 'قسد', count: 3, loaded: false }, // «لقسد» loses its proclitic
      { text: 'ميلـيشيا قسَد', count: 1, loaded: true }, // as written, tatweel and fatha kept
    ]);
  });

  test('a name whose quotation opens inside it keeps the closing mark', () => {
    // Seed 003: «دمج قوات “قسد”» — the name runs from «قوات» into the quotation.
    // (The shipped lists, where «قوات قسد» is one name.)
    const r = analyze('لبدء دمج قوات “قسد” في ما وصفته اللجنة بالقوات الأمنية، وقالت قوات "قسد" إن الدمج مؤجل.');
    expect(
      actor(r, 'sdf')!
        .names.map((n) => n.text)
        .sort(),
    ).toEqual(['قوات "قسد"', 'قوات “قسد”']);
  });

  test('an actor hit by a label with a fixed target is present without being named', () => {
    const r = run('قتلى وجرحى بغارات تحالف العدوان على صنعاء');
    expect(r.actors.map((a) => [a.id, a.mentions, a.label, a.names])).toEqual([['saudi_coalition', 0, 'against', []]]);
    expect(actor(r, 'saudi_coalition')!.evidence.map((e) => e.text)).toEqual(['تحالف العدوان']);
  });

  test('a name on a line of page chrome does not make an actor present', () => {
    const r = run('اقرأ أيضاً: داعش يهاجم القرية\nأعلنت قسد تحرير القرية.');
    expect(r.actors.map((a) => [a.id, a.mentions, a.label])).toEqual([['sdf', 1, 'favour']]);
    expect(actor(r, 'isis')).toBeUndefined();
  });

  test('a word that hits two parties joined under it weighs on both', () => {
    // Daily Sabah, 2020: Ankara's «terrorists» governs the YPG/PKK and ISIS alike. (The shipped lists.)
    const r = analyze('أطلق الجيش التركي عملية "نبع السلام" شرق نهر الفرات شمالي سوريا، لتطهيرها من إرهابيي "ي ب ك/ بي كا كا" و"داعش"، وإنشاء منطقة آمنة');
    const f = r.findings.find((x: Finding) => x.text === 'إرهابيي')!;
    expect([f.actor, f.also]).toEqual(['sdf', ['isis']]);
    expect(actor(r, 'isis')!.evidence).toEqual(actor(r, 'sdf')!.evidence.filter((e) => e.findingId === f.id));
    expect(actor(r, 'isis')!.evidence).toHaveLength(1);
    expect(actor(r, 'isis')!.label).toBe('against');
  });

  test('a loaded word that hits no party moves no stance', () => {
    const r = run('وقصفت الميليشيا القرية');
    expect(r.findings.map((f: Finding) => [f.text, f.actor])).toEqual([['الميليشيا', undefined]]);
    expect(r.actors).toEqual([]);
  });
});
