/**
 * Actor references on a tiny term list: mentions by alias, anaphora («التنظيم» after «تنظيم
 * داعش»), fixed-target labels, relational adjectives («الأمريكية»), names shared by two actors
 * decided by the article's date, and the alias spans that keep a loaded word inside a name
 * from counting («تحرير» in «هيئة تحرير الشام»).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { ActorId } from '../../lib/model/report';
import { buildContext } from '../../lib/resolve';
import { byDate, inEra } from '../../lib/resolve/references';
import { builtinLexicon, compileLexicon } from '../../lib/terms/lexicon';
import { parseTermList, type SectionName, type TermList } from '../../lib/terms/schema';
import { normalize, toOriginal } from '../../lib/text/normalize';
import { expectActor } from '../helpers/find';

const bi = (ar: string, en: string) => ({ ar, en });

const LIST: TermList = {
  // What the categories mean to the rules is data too: these name their party in the ledger.
  categories: [{ id: 'militia', names: true }, { id: 'regime', names: true }, { id: 'authority', names: true }, { id: 'event', act: true }, { id: 'sympathy' }],
  actors: [
    { id: 'isis', name: bi('تنظيم الدولة الإسلامية', 'Islamic State'), aliases: ['تنظيم الدولة الإسلامية', 'تنظيم الدولة', 'تنظيم داعش', 'داعش'], anaphora: ['التنظيم'] },
    { id: 'sdf', name: bi('قوات سوريا الديمقراطية', 'SDF'), aliases: ['قوات سوريا الديمقراطية', 'قسد', 'مظلوم عبدي', 'ي ب ك'] },
    { id: 'coalition', name: bi('التحالف الدولي', 'US-led coalition'), aliases: ['التحالف الدولي', 'واشنطن'], adjectives: ['الأمريكي', 'الأمريكية'] },
    { id: 'assad_regime', name: bi('حكومة الأسد', 'Assad government'), aliases: ['حكومة الأسد', 'بشار الأسد'], until: '2024-12-08' },
    {
      id: 'damascus_gov',
      name: bi('الحكومة الانتقالية', 'Transitional government'),
      aliases: ['الحكومة الانتقالية'],
      people: ['أحمد الشرع', 'الشرع'],
      shared: { with: 'assad_regime', forms: ['الجيش السوري', 'الحكومة السورية'], adjectives: ['الحكومية'] },
      from: '2024-12-08',
    },
    { id: 'hts', name: bi('هيئة تحرير الشام', 'HTS'), aliases: ['جبهة النصرة'], shared: { with: 'damascus_gov', forms: ['هيئة تحرير الشام'] }, until: '2024-12-08' },
  ],
  labels: [
    { id: 'militia', forms: ['ميليشيا'], category: 'militia', direction: 'against', weight: 1, severity: 'high', role: 'noun', explanation: bi('ميليشيا', 'militia') },
    {
      id: 'regime',
      forms: ['النظام'],
      match: 'word',
      category: 'regime',
      direction: 'against',
      weight: 0.6,
      severity: 'medium',
      role: 'noun',
      needsTarget: true,
      fallbackWhen: { actor: 'assad_regime', anyOf: ['sdf', 'isis'] },
      explanation: bi('النظام', 'the regime'),
    },
    {
      id: 'separatists',
      forms: ['الانفصاليين'],
      match: 'word',
      category: 'militia',
      direction: 'against',
      weight: 0.6,
      severity: 'medium',
      role: 'noun',
      fallbackWhen: { actor: 'sdf', anyOf: ['sdf'], noneOf: ['hts'], notInSentenceWith: ['coalition'] },
      explanation: bi('الانفصاليين', 'the separatists'),
    },
    {
      id: 'abduction',
      forms: ['اختطاف'],
      match: 'word',
      category: 'event',
      direction: 'against',
      weight: 0.6,
      severity: 'medium',
      role: 'noun',
      fallbackWhen: { actor: 'sdf', anyOf: ['sdf'] },
      explanation: bi('اختطاف', 'abduction'),
    },
    {
      id: 'tanzim-pkk',
      forms: ['تنظيم بي كا كا'],
      category: 'militia',
      direction: 'against',
      weight: 1,
      severity: 'high',
      target: 'sdf',
      explanation: bi('تنظيم بي كا كا', 'the PKK organization'),
    },
    {
      id: 'damascus-authority',
      forms: ['سلطة دمشق'],
      category: 'authority',
      direction: 'against',
      weight: 1,
      severity: 'high',
      target: 'damascus_gov',
      explanation: bi('سلطة دمشق', 'Damascus authority'),
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
      explanation: bi('تحرير', 'liberation'),
    },
  ],
  neutralPhrases: [{ id: 'institutions', forms: ['النظام الداخلي'] }],
};

const parsed = parseTermList(LIST);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const lex = compileLexicon(parsed.list);

const context = (src: string, date?: string, lexicon = lex) => buildContext(src, lexicon, date);

/** Mentions as [original text, actor, via] (on the tiny list, or on `lexicon`). */
function mentions(src: string, date?: string, lexicon = lex): [string, ActorId, string][] {
  const ctx = context(src, date, lexicon);
  return ctx.refs.mentions.map((m) => {
    const o = toOriginal(ctx.norm, m.s, m.e);
    return [src.slice(o.start, o.end), m.actor, m.via];
  });
}

/** Words that point at an actor without being a mention (relational adjectives), as [original word, actor]. */
function pointers(src: string): [string, ActorId][] {
  const ctx = context(src);
  const out: [string, ActorId][] = [];
  for (let t = 0; t < ctx.toks.count; t++) {
    const a = ctx.refs.refAt(t);
    if (a && ctx.refs.mentionAt[t] < 0) {
      const o = toOriginal(ctx.norm, ctx.toks.start[t], ctx.toks.end[t]);
      out.push([src.slice(o.start, o.end), a]);
    }
  }
  return out;
}

const named = (src: string, date?: string) => [...context(src, date).refs.named].sort();

/** The actor the shared name `name` is resolved to in `src`. */
function sharedName(src: string, name: string, date?: string): ActorId | undefined {
  return mentions(src, date).find(([text]) => text === name)?.[1];
}

describe('mentions by alias', () => {
  test.each<[string, [string, ActorId, string][]]>([
    [
      'أعلنت قوات سوريا الديمقراطية مقتل عنصر من تنظيم داعش.',
      [
        ['قوات سوريا الديمقراطية', 'sdf', 'alias'],
        ['تنظيم داعش', 'isis', 'alias'], // the longest name, not «داعش» inside it
      ],
    ],
    // A proclitic stays on the mention's span: «بقسد», «ولقسد».
    [
      'التقى وفد من واشنطن بقسد ولقسد.',
      [
        ['واشنطن', 'coalition', 'alias'],
        ['بقسد', 'sdf', 'alias'],
        ['ولقسد', 'sdf', 'alias'],
      ],
    ],
    ['وقال مظلوم عبدي إن المفاوضات مستمرة.', [['مظلوم عبدي', 'sdf', 'alias']]],
    ['وقال بشار الأسد إن الحرب انتهت', [['بشار الأسد', 'assad_regime', 'alias']]],
    ['عُثر على عنصر داعشي في القرية', [['داعشي', 'isis', 'alias']]], // an ending on the name
    ['يمارس تنظيم "ي ب ك" دعاية سوداء', [['ي ب ك', 'sdf', 'alias']]], // a name of one-letter words in quotes
    ['أعلن تنظيم الدولة الإسلامية مسؤوليته', [['تنظيم الدولة الإسلامية', 'isis', 'alias']]],
    [
      'والتقى وفد قسد بالشرع في دمشق',
      [
        ['قسد', 'sdf', 'alias'],
        ['بالشرع', 'damascus_gov', 'alias'],
      ],
    ], // a person's name with a proclitic
  ])('«%s»', (src, expected) => {
    expect(mentions(src)).toEqual(expected);
  });

  test.each([
    'وقال عبدي إن المفاوضات مستمرة.', // a surname alone is not the name
    'زار الأطفال الأسد في حديقة الحيوان', // «الأسد» the lion: only the full names are aliases
    'أقامت الدولة مشاريع في المدينة', // «الدولة» alone is not «تنظيم الدولة»
    'الدولة الإسلامية في التاريخ', // nor is «الدولة الإسلامية» without «تنظيم» in this list
    'فتح قسم الطوارئ أبوابه', // «قسم» is not «قسد»
    'ناقش المؤتمر التحالف بين الأحزاب', // «التحالف» alone is not «التحالف الدولي»
    'تسللت قافلة إلى القاعدة غير الشرعية', // «الشرعية» (legitimacy) is not the name «الشرع» with an ending
    'وأكد الطب الشرعي وفاة الشاب', // forensic medicine
  ])('no mention in «%s»', (src) => {
    expect(mentions(src)).toEqual([]);
    expect(named(src)).toEqual([]);
  });

  test('a name of one short word takes no ending: «مصراتة» is a Libyan city, not «مصر» (Al Marsad, 2020)', () => {
    const ids = (src: string) => analyze(src).actors.map((a) => a.id);
    expect(ids('وعادت إلى سوريا عبر رحلات مباشرة من طرابلس ومصراتة')).not.toContain('egypt');
    expect(ids('وعادت المجموعة إلى مصر ثم إلى ليبيا')).toContain('egypt');
    expect(ids('وقال مسؤول في الخارجية إن وفداً زار مصر والتقى مسؤولي قسد')).toEqual(expect.arrayContaining(['egypt', 'sdf']));
  });

  test('mentionAt points every token of a mention at it, and refAt at its actor', () => {
    const ctx = context('أعلنت قوات سوريا الديمقراطية مقتل عنصر من تنظيم داعش.');
    expect([...ctx.refs.mentionAt]).toEqual([-1, 0, 0, 0, -1, -1, -1, 1, 1]);
    expect(Array.from({ length: 9 }, (_, t) => ctx.refs.refAt(t))).toEqual([undefined, 'sdf', 'sdf', 'sdf', undefined, undefined, undefined, 'isis', 'isis']);
  });
});

describe('labels that name an actor', () => {
  test('a label with a fixed target is a loaded mention of it', () => {
    const ctx = context('وقالت سلطة دمشق إن الطريق مغلق');
    expect(ctx.refs.mentions.map((m) => [m.actor, m.via, m.loaded])).toEqual([['damascus_gov', 'label', true]]);
    expect(mentions('وقالت سلطة دمشق إن الطريق مغلق')).toEqual([['سلطة دمشق', 'damascus_gov', 'label']]);
  });

  test('whether a category names its party is the list’s `names` flag, not a rule in code', () => {
    const withoutNames = compileLexicon({ ...parsed.list, categories: (parsed.list.categories ?? []).map((c) => ({ id: c.id })) });
    const ctx = buildContext('وقالت سلطة دمشق إن الطريق مغلق', withoutNames);
    expect(ctx.refs.mentions).toEqual([]);
  });

  test('a default party names its party only where the default itself holds (noneOf, notInSentenceWith)', () => {
    expect(mentions('هاجمت قسد القرية. وقال الأهالي إن الانفصاليين انسحبوا')).toEqual([
      ['قسد', 'sdf', 'alias'],
      ['الانفصاليين', 'sdf', 'label'],
    ]);
    expect(mentions('هاجمت قسد القرية. وقالت واشنطن إن الانفصاليين انسحبوا')).toEqual([
      ['قسد', 'sdf', 'alias'],
      ['واشنطن', 'coalition', 'alias'],
    ]);
    expect(mentions('هاجمت قسد وجبهة النصرة القرية. وقال الأهالي إن الانفصاليين انسحبوا')).toEqual([
      ['قسد', 'sdf', 'alias'],
      ['وجبهة النصرة', 'hts', 'alias'],
    ]);
  });

  test('a word for a deed with a default party names no one: it is no mention of that party', () => {
    expect(mentions('هاجمت قسد القرية وتكرر اختطاف الشبان')).toEqual([['قسد', 'sdf', 'alias']]);
  });

  test('«النظام» names Assad’s government only in a text that names one of the listed parties', () => {
    expect(mentions('هاجمت قسد القرية وقال النظام إن الهجوم فشل')).toEqual([
      ['قسد', 'sdf', 'alias'],
      ['النظام', 'assad_regime', 'label'],
    ]);
    expect(mentions('وقال النظام إن البنك سيغلق فروعه')).toEqual([]); // a bank, a school: no party
    expect(mentions('وقالت حكومة الأسد إن النظام سيتغير')).toEqual([['حكومة الأسد', 'assad_regime', 'alias']]); // the named party is not in `anyOf`
  });

  test.each<[string, boolean]>([
    // Syria's parties named by name: «النظام» is Assad's government.
    ['هاجمت قسد القرية وقال النظام إن الهجوم فشل', true],
    ['قصف التحالف الدولي مواقع قرب دير الزور، واتهم النظام واشنطن بخرق السيادة', true],
    // A relational adjective names no party: «النظام» in a text about Egypt stays unknown.
    ['وانتقدت الخارجية الأمريكية النظام بسبب اعتقال الصحفيين في القاهرة', false],
    ['وأعلنت الحكومة التركية أن النظام الجديد للضرائب يبدأ الشهر المقبل', false],
    // Another sense of the word: a neutral phrase, or a word after it that the entry lists.
    ['هاجمت قسد القرية وعدّل المجلس النظام الداخلي للبلدية', false],
    ['هاجمت قسد القرية، وأقر المجلس النظام الانتخابي', false],
    ['هاجمت قسد القرية، وقال المجلس إن النظام الجديد يمنح البلديات صلاحيات', false],
  ])('«%s»: «النظام» is Assad’s government: %s (built-in lists)', (src, expected) => {
    const ctx = buildContext(src, builtinLexicon());
    const regime = ctx.refs.mentions.filter((m) => m.via === 'label' && normalize(src).text.slice(m.s, m.e) === 'النظام');
    expect(regime.map((m) => m.actor)).toEqual(expected ? ['assad_regime'] : []);
  });

  test('an alias is never a loaded mention', () => {
    expect(context('هاجمت قسد وتنظيم داعش القرية').refs.mentions.map((m) => m.loaded)).toEqual([false, false]);
  });
});

describe('anaphora: «التنظيم» refers back to the party named before', () => {
  test.each<[string, [string, ActorId, string][]]>([
    [
      'هاجم تنظيم داعش القرية، وقال التنظيم في بيان إنه قتل جنديين.',
      [
        ['تنظيم داعش', 'isis', 'alias'],
        ['التنظيم', 'isis', 'anaphor'],
      ],
    ],
    // The actor's own anaphor, once the actor is named by any alias.
    [
      'هاجم داعش القرية. وتبنى التنظيم الهجوم.',
      [
        ['داعش', 'isis', 'alias'],
        ['التنظيم', 'isis', 'anaphor'],
      ],
    ],
    // The party last introduced with the word «تنظيم», whoever it is (Turkish state media on the YPG).
    [
      'هاجم تنظيم قسد القرية. وتبنى التنظيم الهجوم.',
      [
        ['قسد', 'sdf', 'alias'],
        ['التنظيم', 'sdf', 'anaphor'],
      ],
    ],
    [
      'يمارس تنظيم "ي ب ك" دعاية سوداء. ويقول التنظيم إن تركيا تهاجمه',
      [
        ['ي ب ك', 'sdf', 'alias'],
        ['التنظيم', 'sdf', 'anaphor'],
      ],
    ],
    // A label that names its party introduces it with its first word too.
    [
      'يمارس تنظيم بي كا كا دعاية سوداء. ويقول التنظيم إن تركيا تهاجمه',
      [
        ['تنظيم بي كا كا', 'sdf', 'label'],
        ['التنظيم', 'sdf', 'anaphor'],
      ],
    ],
    // Two parties introduced with the word: it refers back to neither (Daily Sabah, 2017: the YPG,
    // then ISIS, then «عناصر التنظيم الإرهابي» the United States arms — the YPG).
    [
      'هاجم تنظيم داعش القرية، ثم قصف تنظيم بي كا كا المدينة. وتبنى التنظيم القصف.',
      [
        ['تنظيم داعش', 'isis', 'alias'],
        ['تنظيم بي كا كا', 'sdf', 'label'],
      ],
    ],
    [
      'هاجم تنظيم داعش مواقع تنظيم قسد، وقال التنظيم إن',
      [
        ['تنظيم داعش', 'isis', 'alias'],
        ['قسد', 'sdf', 'alias'],
      ],
    ],
    [
      'أعلنت قسد أسر عناصر من تنظيم داعش، وقال التنظيم إن',
      [
        ['قسد', 'sdf', 'alias'],
        ['تنظيم داعش', 'isis', 'alias'],
        ['التنظيم', 'isis', 'anaphor'],
      ],
    ],
  ])('«%s»', (src, expected) => {
    expect(mentions(src)).toEqual(expected);
  });

  test.each([
    'ناقش المؤتمر التنظيم الإداري للبلديات.', // nothing named: the ordinary word
    'التنظيم هاجم القرية ثم أعلن تنظيم داعش مسؤوليته.', // named only after it
    'وقالت سلطة دمشق إن التنظيم الإداري تغير.', // a label introduces only the word it opens with
    // Daily Sabah, 2017: the YPG, then ISIS introduced with the word — the one armed is the YPG, and the word names neither.
    'أرسلت الولايات المتحدة مساعدات إلى تنظيم "ي ب ك" بذريعة محاربة تنظيم "داعش". وبات لافتا إرسال أمريكا مساعدات إلى عناصر التنظيم في سوريا.',
  ])('«التنظيم» refers to no one in «%s»', (src) => {
    expect(mentions(src).filter(([, , via]) => via === 'anaphor')).toEqual([]);
  });
});

describe('«الفصائل»: the SNA’s own anaphor, on the built-in lists', () => {
  const sna = (src: string) => mentions(src, undefined, builtinLexicon()).filter(([text, actor]) => text.includes('الفصائل') && actor === 'sna');

  test.each([
    // Rudaw, 2024: the factions after the SNA is named.
    'اختطفت عائلة كوردية في مدينة عفرين، من قبل مسلحين تابعين لـ "الجيش الوطني السوري" الموالي لأنقرة. وبحسب المعلومات المتوفرة، فقد اختطفت الفصائل المسلحة ما لا يقل عن 9000 شخص',
    // Focus Aleppo, 2022: a relative pronoun after the word only looks like a relational adjective.
    'بعد السيطرة على المنطقة من قبل الجيش الوطني مدعوماً من القوات التركية. أو فرض إتاوات على أصحابها من قبل الفصائل التي أصبحت شريكة لأصحاب الأملاك',
  ])('«%s»', (src) => {
    expect(sna(src).map(([text]) => text)).toEqual(['الفصائل']);
  });

  test.each([
    // Not named before it.
    'وبحسب المعلومات المتوفرة، فقد اختطفت الفصائل المسلحة ما لا يقل عن 9000 شخص',
    // Awqat, 2025: a relational adjective after it opens a group of its own, the SDF's.
    'تصعيد بين قوات سوريا الديمقراطية (قسد) والفصائل المسلحة الموالية لتركيا. كما أعلنت قوات سوريا الديمقراطية، التي تشكّل الفصائل الكردية عمودها الفقري، أنها تصدت لجميع الهجمات',
  ])('not the SNA’s: «%s»', (src) => {
    expect(sna(src).filter(([text]) => !text.includes('الموالية'))).toEqual([]);
  });
});

describe('relational adjectives point at an actor but are no mention', () => {
  test.each<[string, [string, ActorId][]]>([
    ['قصفت الطائرات الأمريكية مواقع التنظيم.', [['الأمريكية', 'coalition']]],
    ['وقال المسؤول الأمريكي إن القوات باقية', [['الأمريكي', 'coalition']]],
    [
      'وقالت السفارة الأمريكية والقوات الأمريكية',
      [
        ['الأمريكية', 'coalition'],
        ['الأمريكية', 'coalition'],
      ],
    ],
    ['قصفت الطائرات الروسية القرية', []],
  ])('«%s»', (src, expected) => {
    expect(pointers(src)).toEqual(expected);
    expect(mentions(src)).toEqual([]);
  });

  test('an adjective names no party: the actor it points at does not count as named in the text', () => {
    expect(named('قصفت الطائرات الأمريكية مواقع التنظيم.')).toEqual([]);
    expect(named('قصف التحالف الدولي بالطائرات الأمريكية مواقع التنظيم.')).toEqual(['coalition']);
  });

  test('an adjective right after a name points at the actor; the name alone is the mention', () => {
    expect(mentions('وقال التحالف الدولي الأمريكي إن')).toEqual([['التحالف الدولي', 'coalition', 'alias']]);
    expect(pointers('وقال التحالف الدولي الأمريكي إن')).toEqual([['الأمريكي', 'coalition']]);
  });
});

describe('a name shared by two actors', () => {
  test.each<[string | undefined, string, ActorId]>([
    // The article's date decides when it falls in one actor's time only; `until` is exclusive, `from` inclusive.
    ['2019', 'سيطر الجيش السوري على المدينة.', 'assad_regime'],
    ['2024-12-07', 'سيطر الجيش السوري على المدينة.', 'assad_regime'],
    ['2024-12-08', 'سيطر الجيش السوري على المدينة.', 'damascus_gov'],
    ['2025-01', 'سيطر الجيش السوري على المدينة.', 'damascus_gov'],
    // The date wins over the names the article uses otherwise.
    ['2019', 'سيطر الجيش السوري على المدينة وقالت الحكومة الانتقالية إن', 'assad_regime'],
    ['2025', 'سيطر الجيش السوري على المدينة وقالت حكومة الأسد إن', 'damascus_gov'],
    // A month that straddles the change, or no date: the actor the article otherwise names more…
    ['2024-12', 'سيطر الجيش السوري على المدينة وقالت حكومة الأسد إن', 'assad_regime'],
    [undefined, 'سيطر الجيش السوري على المدينة وقالت حكومة الأسد إن', 'assad_regime'],
    [undefined, 'سيطر الجيش السوري على المدينة وقالت الحكومة الانتقالية إن', 'damascus_gov'],
    [undefined, 'قصف الجيش السوري القرية، وقال بشار الأسد وحكومة الأسد إن الحكومة الانتقالية', 'assad_regime'],
    // …and on a tie, the actor whose entry lists the shared name.
    ['2024-12', 'سيطر الجيش السوري على المدينة.', 'damascus_gov'],
    [undefined, 'سيطر الجيش السوري على المدينة.', 'damascus_gov'],
  ])('date %s: «%s» → %s', (date, src, actor) => {
    expect(sharedName(src, 'الجيش السوري', date)).toBe(actor);
  });

  test.each<[string | undefined, ActorId]>([
    ['2019', 'hts'],
    ['2024-12-08', 'damascus_gov'],
    ['2025-03-01', 'damascus_gov'],
    [undefined, 'hts'],
  ])('«هيئة تحرير الشام» dated %s → %s', (date, actor) => {
    expect(mentions('سيطرت هيئة تحرير الشام على إدلب.', date)).toEqual([['هيئة تحرير الشام', actor, 'alias']]);
  });

  // A shared adjective points at the actor of the article's time (Lebanon Debate, 2025; Al-Hal, 2019).
  test.each<[string, string, ActorId]>([
    ['2019', 'وشدّد وزير الخارجية على أن الجهود الحكومية مستمرة', 'assad_regime'],
    ['2025-05-27', 'وشدّد وزير الخارجية على أن الجهود الحكومية مستمرة', 'damascus_gov'],
  ])('date %s: «الحكومية» in «%s» → %s', (date, src, actor) => {
    const ctx = context(src, date);
    const t = Array.from({ length: ctx.toks.count }, (_, k) => k).find((k) => ctx.word(k) === 'الحكوميه');
    expect(t).toBeDefined();
    expect(ctx.refs.refAt(t!)).toBe(actor);
    expect(ctx.refs.mentionAt[t!]).toBe(-1); // a pointer, not a mention
  });

  test('analyze() passes a well-formed date on and ignores a malformed one', () => {
    const actors = (date?: string) =>
      analyze('سيطر الجيش السوري على المدينة.', { lexicon: lex, ...(date ? { date } : {}) })
        .actors.map((a) => a.id)
        .sort();
    expect(actors('2019-03-23')).toEqual(['assad_regime']);
    expect(actors('2025')).toEqual(['damascus_gov']);
    expect(actors('23/03/2019')).toEqual(['damascus_gov']); // not YYYY[-MM[-DD]]: as if undated
    expect(actors()).toEqual(['damascus_gov']);
  });
});

describe('inEra', () => {
  const assad = { until: '2024-12-08' };
  const transitional = { from: '2024-12-08' };
  const span = { from: '2015-01-01', until: '2017-01-01' };
  test.each<[string, { from?: string; until?: string } | undefined, string, boolean | undefined]>([
    ['assad', assad, '2019', true],
    ['assad', assad, '2024-11', true],
    ['assad', assad, '2024-12-07', true],
    ['assad', assad, '2024-12-08', false],
    ['assad', assad, '2025', false],
    ['assad', assad, '2024-12', undefined], // the month straddles the change
    ['assad', assad, '2024', undefined],
    ['transitional', transitional, '2019', false],
    ['transitional', transitional, '2024-12-07', false],
    ['transitional', transitional, '2024-12-08', true],
    ['transitional', transitional, '2025-01', true],
    ['transitional', transitional, '2024-12', undefined],
    ['2015–2016', span, '2016-06-30', true],
    ['2015–2016', span, '2015', true],
    ['2015–2016', span, '2014', false],
    ['2015–2016', span, '2017', false],
    ['2015–2016', span, '2016-12', true],
    ['always', {}, '1990', true],
    ['unknown actor', undefined, '2019', undefined],
  ])('%s on %s', (_name, actor, date, expected) => {
    expect(inEra(actor, date)).toBe(expected);
  });
});

describe('byDate: of two actors sharing names, the one whose time the date falls in', () => {
  test.each<[string | undefined, ActorId | undefined]>([
    ['2017-11-19', 'assad_regime'],
    ['2025-06-01', 'damascus_gov'],
    ['2024-12', undefined], // the month straddles the change
    [undefined, undefined], // no date
  ])('%s → %s', (date, expected) => {
    expect(byDate({ lex, date }, 'damascus_gov', 'assad_regime')).toBe(expected);
    expect(byDate({ lex, date }, 'assad_regime', 'damascus_gov')).toBe(expected);
  });
});

describe('insideAlias: a loaded word that is only part of a name or a neutral phrase', () => {
  /** Whether the hit of `section` on the word `word` of `src` lies inside a longer name or neutral phrase. */
  function inside(src: string, section: SectionName, word: string): boolean {
    const ctx = context(src);
    const w = normalize(word).text;
    let t = 0;
    while (t < ctx.toks.count && ctx.word(t) !== w) t++;
    const hit = ctx.hitAt(section, t);
    expect(hit, `no ${section} hit on «${word}»`).toBeDefined();
    return ctx.refs.insideAlias(hit!.t0, hit!.t1);
  }

  test.each<[string, SectionName, string, boolean]>([
    ['سيطرت هيئة تحرير الشام على إدلب', 'sympathy', 'تحرير', true], // inside a (shared) name
    ['أعلنت قسد تحرير القرية', 'sympathy', 'تحرير', false],
    ['وعدّلت البلدية النظام الداخلي للمجلس', 'labels', 'النظام', true], // inside a neutral phrase
    ['هاجمت قسد القرية وقال النظام إن الهجوم فشل', 'labels', 'النظام', false],
    ['قصفت ميليشيا قسد القرية', 'labels', 'ميليشيا', false], // next to a name is not inside it
  ])('«%s»: %s «%s» → %s', (src, section, word, expected) => {
    expect(inside(src, section, word)).toBe(expected);
  });

  test('through analyze(): «تحرير» in the name is no finding, «تحرير» of a village is', () => {
    const framing = (src: string) =>
      analyze(src, { lexicon: lex })
        .findings.filter((f) => f.kind === 'framing')
        .map((f) => f.text);
    expect(framing('سيطرت هيئة تحرير الشام على إدلب')).toEqual([]);
    expect(framing('أعلنت قسد تحرير القرية')).toEqual(['تحرير']);
  });
});

describe("the SDF's councils, allied forces and officials, on the built-in lists", () => {
  test.each<[string, string[]]>([
    // (Syriac Press, 2021; Kongra Star, 2019; Ronahi, 2023; Hawar, 2019; Karderve, 2025.)
    ['أشار الناطق الرسمي باسم قوات المجلس العسكري السرياني آرام حنا إلى أن المجلس تأسس نتيجة للأزمة', ['المجلس العسكري السرياني:sdf']],
    ['استنكر مؤتمر ستار استمرار هجمات المحتل التركي على المنطقة', ['مؤتمر ستار:sdf']],
    ['أحيا مجلس الرقة المدني الذكرى السنوية الخامسة لتأسيسه', ['مجلس الرقة المدني:sdf']],
    ['قال صالح مسلم إن بعض الأطراف تواصلت معهم عام 2013', ['صالح مسلم:sdf']],
    ['شاركت الرئيسة المشتركة لدائرة العلاقات الخارجية السيدة "إلهام أحمد" في ندوة حوارية', ['إلهام أحمد:sdf']],
    // A council of another town, another party's council: no mention.
    ['وعقد مجلس الرقة المحلي التابع للحكومة السورية اجتماعاً', ['للحكومة السورية:assad_regime']],
  ])('«%s»', (src, expected) => {
    expect(mentions(src, '2020-01-01', builtinLexicon()).map(([text, actor]) => `${text}:${actor}`)).toEqual(expected);
  });
});

describe('armed groups tied to a party: the groups it backs', () => {
  /** Mentions, on the built-in lists, as «text:actor» (the lists give Turkey its proxy, the SNA). */
  const named = (src: string) => mentions(src, undefined, builtinLexicon()).map(([text, actor]) => `${text}:${actor}`);

  test.each<[string, string[]]>([
    // A pronoun after the affiliation word points back to the party named before: Turkey's proxy.
    ['وبدأت القوات التركية والفصائل السورية الموالية لها هجوماً على رأس العين', ['القوات التركية:turkey', 'والفصائل السورية الموالية لها:sna']],
    ['بعد احتلال تركيا وفصائل المعارضة المسلحة الموالية لها لمدينة عفرين', ['تركيا:turkey', 'وفصائل المعارضة المسلحة الموالية لها:sna']],
    // The party named right after it (Hawar, NPA).
    ['هاجمت فصائل المعارضة المسلحة التابعة لتركيا قرية في ريف منبج', ['فصائل المعارضة المسلحة التابعة لتركيا:sna']],
    ['قصفت فصائل سورية مدعومة من تركيا قرية في ريف منبج', ['فصائل سورية مدعومة من تركيا:sna']],
    // A party with no proxy in the lists backs groups that are its own.
    ['قصفت قوات النظام والمسلحين الموالين لها قرى في ريف دير الزور', ['قوات النظام:assad_regime', 'والمسلحين الموالين لها:assad_regime']],
    ['وتقدمت القوات الإيرانية والميليشيات الموالية لها نحو البوكمال', ['الإيرانية:iran_militias', 'والميليشيات الموالية لها:iran_militias']],
    // The partner after a word of alliance (People's Daily, 2019); fighters and gunmen as groups (Rudaw, 2024; Syria News, 2020).
    ['بعد أن سيطرت الفصائل المعارضة السورية المتحالفة مع أنقرة على رأس العين', ['الفصائل المعارضة السورية المتحالفة مع أنقرة:sna']],
    ['وشن مسلحو المعارضة المدعومون من تركيا هجوماً ضد قوات سوريا الديمقراطية', ['مسلحو المعارضة المدعومون من تركيا:sna', 'قوات سوريا الديمقراطية:sdf']],
    ['واتهم التقرير مقاتلي المعارضة المدعومين من تركيا بارتكاب انتهاكات', ['مقاتلي المعارضة المدعومين من تركيا:sna']],
    // Groups named by the patron's relational adjective (Sout Al-Omma, 2020).
    ['ومنذ احتلال الفصائل التركية لسوريا ومحافظاتها تعمل على', ['الفصائل التركية:sna']],
    // Groups governing the patron's name (Al-Azmenah, 2023; CESD, 2020), or a label and its adjective,
    // which stays the patron's (Dama Post, 2023).
    ['اشتكى الأهالي المهجرون من ريف المدينة من قيام فصائل أنقرة بسرقة ونهب ممتلكات منازلهم', ['فصائل أنقرة:sna']],
    ['التي تشهد اشتباكات عنيفة بين فصائل أنقرة وقوات سوريا الديمقراطية', ['فصائل أنقرة:sna', 'وقوات سوريا الديمقراطية:sdf']],
    ['قرب مدينة رأس العين غرب الحسكة، ضمن مناطق سيطرة ميليشيات الاحتلال التركي', ['ميليشيات:sna']],
    // The patron by a label and its relational adjective; the label stays the patron's (Dama Post, 2024; Hafryat, 2022).
    ['ووجهت صفحات محسوبة على الفصائل المسلحة الموالية لقوات الاحتلال التركي، اتهاماً', ['الفصائل المسلحة الموالية:sna']],
    ['حالات الاعتقال والاختطاف التي تقوم بها ميليشيات تابعة للنظام التركي', ['ميليشيات تابعة:sna']],
    // A one-word label describing the groups, like «المسلحة» (Syriac Press, 2020).
    ['وعليه خطفت المجموعات الإرهابية التابعة لتركيا من جديد ستة عشر مواطناً', ['المجموعات الإرهابية التابعة لتركيا:sna']],
  ])('«%s»', (src, expected) => {
    expect(named(src)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    // No party named before the pronoun: no one.
    ['وأكد أن الفصائل الموالية لها ستنسحب', []],
    // «العراقية» names another people: these are not Iran's own groups (Akhbar el-Yom, 2017).
    ['تتراص الميليشيات العراقية الطائفية المدعومة من إيران على الحدود', ['إيران:iran_militias']],
    // A party's own name before the affiliation word stays that party.
    ['وقالت قوات سوريا الديمقراطية “قسد” الموالية له إن الهجوم فشل', ['قوات سوريا الديمقراطية:sdf', 'قسد:sdf']],
    // Groups tied by no affiliation word are no one's.
    ['وبدأت القوات التركية والفصائل السورية هجوماً على رأس العين', ['القوات التركية:turkey']],
    // The party before the pronoun is itself tied to the one the pronoun means.
    ['لتمويل ميليشيا قسد الموالية لها والفصائل الإرهابية التابعة لها', ['قسد:sdf']],
    // A label with no party's adjective after it names no patron.
    ['وتواصل الفصائل الموالية للاحتلال اعتداءاتها', []],
    // Fighters governing a patron's name are its own (Asharq Al-Awsat, 2021).
    ['وقيادياً آخر في التنظيم من أبناء بلدة البوليل، كما قام عناصر التحالف بتفجير منزل مواطن', ['التحالف:coalition']],
  ])('no groups backed: «%s»', (src, expected) => {
    expect(named(src)).toEqual(expected);
  });

  // Groups with a pronoun right after a party are its followers: the party they serve is present,
  // and the words after still speak of the party named first (Al-Baath, 2022; Syriac Press, 2020).
  test.each<[string, string, string]>([
    ['واصل الاحتلال التركي ومرتزقته اعتداءاته الهمجية على قرى أبو راسين بريف رأس العين', 'ومرتزقته:sna', 'اعتداءاته'],
    ['تواصل قوات الاحتلال التركي ومرتزقتها من الإرهابيين اعتداءاتها على المدنيين بريف الرقة', 'ومرتزقتها:sna', 'اعتداءاتها'],
    ['عقب تصعيد الاحتلال التركي وفصائله المسلحة، وشن هجمات على عين عيسى', 'وفصائله:sna', 'الاحتلال'],
  ])('followers: «%s»', (src, follower, word) => {
    const ctx = buildContext(src, builtinLexicon());
    expect(ctx.refs.followers.map((m) => `${ctx.text.slice(m.s, m.e)}:${m.actor}`)).toEqual([follower]);
    const r = analyze(src);
    expectActor(r, word, 'turkey');
    expect(r.actors.find((a) => a.id === 'sna')?.label).toBe('against');
  });

  test('no followers without a party right before them', () => {
    expect(buildContext('وقالت المصادر إن الفصائل وفصائلها المسلحة انسحبت', builtinLexicon()).refs.followers).toEqual([]);
    expect(buildContext('قصف الجيش التركي القرية، وفصائله المسلحة على أطرافها', builtinLexicon()).refs.followers).toEqual([]);
  });
});
