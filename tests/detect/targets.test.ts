/**
 * Whom a loaded word hits, decided by grammar, and left unattached when no rule decides.
 * Phrases in the styles of real outlets; each row is one construct the engine must read.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { builtinTermList, compileLexicon } from '../../lib/terms/lexicon';
import { expectActor, findingOn, findings, type Hit } from '../helpers/find';

/**
 * One test per row: the loaded word in the text hits the party (undefined: a finding that hits no
 * party; null: no finding on the word — so a word that counts only with a party, such as
 * «النظام», «جرائم» or «انتهاكات», when no rule finds one).
 */
function eachHits(rows: [text: string, word: string, actor: Hit][]): void {
  test.each(rows)('«%s» → «%s» hits %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
}

describe('a word with a default party hits the owner named right after it (Orient, 2022)', () => {
  eachHits([
    ['في انتهاك جديد ضد المدنيين والأهالي، اعتدى شبيحة ميليشيا قسد على مدنيين وأطفال وإعلاميين', 'شبيحة', 'sdf'],
    ['وهاجمت الشبيحة المتظاهرين في دير الزور', 'الشبيحة', 'assad_regime'], // no owner: the default
    ['وانتشر شبيحة النظام في أحياء المدينة', 'شبيحة', 'assad_regime'],
  ]);
});

describe('the construct names the target, whatever was named before', () => {
  test.each([
    // [text, loaded word, party]
    ['أعلن التحالف الدولي مقتل قيادي في التنظيم. ويعد عدو الإنسانية داعش أخطر التنظيمات', 'عدو', 'isis'],
    ['وقصفت ميليشيات درع الفرات قرى ريف منبج', 'ميليشيات', 'sna'],
    ['اعتقلت قسد خلية إرهابية تابعة لتنظيم داعش في ريف الحسكة', 'خلية إرهابية', 'isis'],
    ['وتواصل قسد طرد المحتل داعش من آخر جيوبه', 'المحتل', 'isis'],
    ['تعمل على تنفيذ مخطط الرئيس الدكتاتور رجب طيب أردوغان، بفرض إتاوات', 'الدكتاتور', 'turkey'], // Sout Al-Omma, 2020: a leader's full name
    ['وتواصل تركيا نقل المرتزقة السوريين إلى ليبيا للقتال إلى جانب قوات الوفاق', 'المرتزقة السوريين', 'sna'], // Elfagr, 2020
    // A people's plural right after a hired force names its men, not the patron's proxy (Amad, 2021).
    ['وبشكل عام يسيطر العسكريون والمرتزقة الأمريكيون تقريبا 50 حقل للنفط والغاز', 'والمرتزقة', 'coalition'],
    // An adjective of kind between the label and its party's adjective (Araa, 2019).
    ['أعلنت قسد النفير العام. العدوان العسكري التركي في سوريا: الأهداف والتداعيات', 'العدوان', 'turkey'],
    ['وقال المرصد إن قسد انسحبت بعد الغزو البري التركي للمنطقة', 'الغزو', 'turkey'],
    ['تركيا تطالب بتصنيف “قسد” فصيلًا “إرهابيًا”', 'إرهابيًا', 'sdf'], // Enab Baladi, 2024
    ['يمارس تنظيم "ي ب ك/ بي كا كا" الإرهابي دعاية سوداء ضد تركيا', 'الإرهابي', 'sdf'], // Anadolu, 2019
    // Collusion «مع» a party accuses that party with the doer (Global Syria, 2023; Sham Times, 2021) — not a plain «بالتنسيق مع».
    ['وتسرق قوات الاحتلال الأمريكي النفط السوري بالتواطؤ مع ميليشيا “قسد” على أغلب حقول النفط', 'بالتواطؤ', 'sdf'],
    ['وأخرجت الشاحنات إلى العراق بالتواطؤ مع ميليشيا “قسد” المرتبطة بها', 'بالتواطؤ', 'sdf'],
    // The «مع» here names the detainees' fellows, and no party follows it.
    ['وأدانت المنظمة تواطؤ الحكومات مع حالات الاحتجاز التعسفي في المخيمات', 'تواطؤ', undefined],
    // «The terror corridor» is Ankara's name for the border strip the SDF hold, whoever was named last (Turk Now, 2016; Arab Deutschland, 2019).
    ['ومنع تنظيم “ب ي د” (الذراع السوري لبي كا كا) من إقامة “ممر إرهابي” في شمال سوريا بعد طرد داعش', 'ممر إرهابي', 'sdf'],
    ['لتطهير المنطقة من منظمتي بي كي كي وداعش. الهدف من العملية القضاء على الممر الإرهابي المراد تشكيله على حدودنا', 'الممر الإرهابي', 'sdf'],
    ['وتعتبر ميليشيا "فاطميون" من أكبر الميليشيات التي تقاتل في سوريا', 'الميليشيات', 'iran_militias'], // Orient, 2017
    ['ذكرى المجزرة التي ارتكبتها قوات نظام الأسد وميليشيا الدفاع الوطني', 'وميليشيا', 'assad_regime'], // Syria TV, 2020
    ['مجزرة جديدة لـ«التحالف» السعودي في صعدة', 'مجزرة', 'saudi_coalition'], // Al-Akhbar, 2018
    ['هذا الاعتداء يعبّر عن السلوك الإجرامي الذي ينتهجه تنظيم قسد', 'الإجرامي', 'sdf'], // Anadolu, 2026
    // The word after a verb of occupying is its subject, tied to its patron, not an adjective on the verb (Al-Baath, 2022).
    ['وقال مواطن مهجّر من قرية السيباطية التي يحتلها إرهابيون مدعومون من الاحتلال التركي إن القصف مستمر', 'إرهابيون', 'sna'],
    ['لكن صمته عن جرائم وتجاوزات مليشيا قسد جعل الأهالي يفقدون الثقة بالتحالف الدولي', 'جرائم', 'sdf'], // seed 000
    ['فتحولت قسد لقوة احتلال صريحة', 'لقوة احتلال', 'sdf'], // seed 000
    ['فقدت “قسد” العشرات من عناصرها (وجلهم من المرتزقة العرب)', 'المرتزقة', 'sdf'], // seed 000
    ['وقال إن النظام المصري يواصل التضييق على المعارضين', 'النظام', 'egypt'],
    ['وقالت قسد إن النظام يحشد قواته قرب دير الزور', 'النظام', 'assad_regime'], // no system adjective after it
    ['وقالت الفصائل إن النظام وروسيا صعّدا القصف على ريف إدلب', 'النظام', 'assad_regime'], // «وروسيا» is coordinated, not governed
    ['وقصفت ميليشيا وحدات حماية الشعب قرى ريف عفرين', 'ميليشيا', 'sdf'], // a name that starts with «و»
    ['وأشاد البيان بتحرير قسد للرقة من التنظيم', 'بتحرير', 'sdf'], // the liberator, then «لـ» and the place
    ['أعلنت الميليشيات المنضوية في تحالف (قوات سوريا الديمقراطية) سيطرتها على مدينة منبج', 'الميليشيات', 'sdf'], // Qamishly, 2016
    ['ومعارضتهم لمساعي الارهابيين المدعومين أمريكيا لزرع بذور الفتنة بين أبناء العشائر', 'الارهابيين', 'sdf'], // Shoura News, 2024: the patron's proxy
    // A militia named by a patron's adjective is the patron's proxy (Copts of America, 2019; Al-Khanadeq, 2021).
    ['ميليشيات تركية تحطم كنيسة أرمينية بتل أبيض السورية', 'ميليشيات', 'sna'],
    ['وإرسالها إلى إدلب، حيث تتواجد الميليشيات التركية وجبهة النصرة', 'الميليشيات', 'sna'],
    ['وقصفت الميليشيات الإيرانية قرى ريف البوكمال', 'الميليشيات', 'iran_militias'],
    // A patron's tools and creatures are its proxy (Kenana Online, 2020).
    ['يتصاعد الرفض الشعبي في الجزيرة السورية ضد وجود المحتل الأميركي وأدواته', 'وأدواته', 'sdf'],
    ['وأكد أن قسد صنيعة أمريكا', 'صنيعة', 'sdf'],
    ['سيطر الجيش الوطني على بلدات جديدة، الجيش الوطني يعلن تحرير مناطق واسعة شرقي الفرات', 'تحرير', 'sna'], // Fresh Syria, 2019: places, not people, are freed
    ['وتمكن مقاتلو مجلس منبج العسكري من تحرير أكثر من 200 قرية في الجهات الأربعة', 'تحرير', 'sdf'], // Hawar, 2016: a count of villages
    ['وأشاد الجيش الوطني بالأداء البطولي لمقاتليه في معارك رأس العين', 'البطولي', 'sna'], // fighters, not a team
    ['وتحتل تركيا منطقة عفرين منذ 2018', 'وتحتل', 'turkey'], // a territory, not a post
    ['وقصفت طائرات دولة الاحتلال مواقع في قطاع غزة', 'دولة الاحتلال', 'israel'],
    // «الصهيوني» names Israel and what is its by an ideology (Al-Maalomah, 2019; Kataib Hezbollah, 2018; Nour News, 2023).
    ['كشف تقرير لموقع ديبكا التابع لجهاز الموساد الصهيوني أن', 'الصهيوني', 'israel'],
    ['الذين ارتقوا اثر استهداف الطيران الصهيوني لمقرهم', 'الصهيوني', 'israel'],
    ['يعود انسحابه من سوريا نتيجة لضغوط اللوبي الصهيوني', 'الصهيوني', 'israel'],
    ['وواصل جيش الاحتلال التركي قصف قرى ريف تل تمر', 'جيش الاحتلال', 'turkey'], // Hawar style: the adjective decides
    ['ارتكب حرس الحدود التركي مجزرة بحق عائلة سورية مكونة من عشرة أفراد', 'مجزرة', 'turkey'], // Rozana, 2016: Turkey's border guards are Turkey's
    // A party's name and its own adjective right before the verb of doing (Shafaqna, 2017).
    ['التحالف الأميركي يرتكب مجزرتين في الرقة وريف دير الزور الشمالي', 'مجزرتين', 'coalition'],
    ['وقالت وكالة “سانا” السورية إن التحالف الأميركي ارتكب مجزرتين جديدتين بحق سوريين', 'مجزرتين', 'coalition'],
    // The subject before a phrase of place or time that stands before the verb (Al-Maalomah, 2024).
    ['وتابعت أن "الاحتلال الأمريكي في سوريا ارتكب مجازر بحق السوريين وتسببت بماس لهم". وأضافت أن القوات الأمريكية تنسحب من العراق', 'مجازر', 'coalition'],
    // «ينتهجه» is a verb of doing like «يمارسه» (Anadolu, 2026).
    ['هذا الاعتداء يعبّر عن السلوك الإجرامي التي ينتهجه تنظيم قسد في محاولة لإسكات صوت الإعلام', 'الاعتداء', 'sdf'],
    ['قتلى وجرحى بغارات العدوان السعودي على صنعاء', 'العدوان', 'saudi_coalition'],
    ['وشنت الميليشيا الحوثية هجوماً على مواقع الجيش اليمني', 'الميليشيا', 'houthis'],
  ])('«%s»: %s → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f, JSON.stringify(findings(text, 'framing'))).toBeDefined();
    expect(f!.actor).toBe(actor);
  });
});

describe('a word of favour praises the one that frees, not a patron, a helper or the foe', () => {
  eachHits([
    // A patron named in passing is no liberator: the party its phrase describes is (Yekiti Media, 2015).
    ['حيث تقدمت القوات السورية الديمقراطية مدعومة بالدبابات وطائرات التحالف باتجاه الريفين وقد تمكنت من تحرير قرية من أيدي داعش جنوب الحسكة', 'تحرير', 'sdf'],
    // The subject of a verb of attaining is the one that frees, even one the outlet calls a militia (Lana News, 2016).
    ['عمت الفرحة سكان مدينة منبج السورية شمالي حلب اليوم السبت، بعدما تمكنت ميليشيا” قوات سوريا الديمقراطية” من تحريرها من قبضة تنظيم داعش الإرهابي.', 'تحريرها', 'sdf'],
    // A party the sentence has just called hirelings, a militia or an occupier is what the place is
    // freed from (Buyer Press, 2015; Syrian embassy, 2019; Hawar, 2020).
    [
      'وبعد الاشتباكات العنيفة حررت وحدات حماية الشعب الساحة الممتدة حتى دوار البانوراما من مرتزقة داعش، حيث وجهت وحدات حماية الشعب ضربات موجعة لمرتزقة “داعش” وفي النهاية نظفت مدينة “حسكة” من المرتزقة وحررتها.',
      'وحررتها',
      undefined,
    ],
    [
      'وسعت فصائل الجيش الوطني السوري والقوات التركية اليوم الأحد، ضمن اليوم الخامس من عملية “نبع السلام” من نطاق سيطرتها على حساب الميليشيات الانفصالية “قسد” معلنة تحرير العديد من المدن الاستراتيجية',
      'تحرير',
      undefined,
    ],
    ['أشار عدد من مهجري عفرين، القاطنين في مقاطعة الشهباء إلى أن المقاومة في وجه الاحتلال التركي هي السبيل الوحيدة لتحرير الأراضي', 'لتحرير', undefined],
    // The party a war or an attack is waged «على» is the one fought (Al-Ghad Al-Souri, 2016).
    ['ولديه القدرة على حشد قوات عربية محلية لدعم الهجوم على تنظيم الدولة الإسلامية “داعش” وإلحاق الهزيمة بهم وتحرير الرقة', 'وتحرير', undefined],
    // «الثوار» are the Syrian rebels or the tribes' fighters, never the state that arms them (KSA Players, 2016; Al-Masry Al-Youm, 2016).
    ['أنفقت أمريكا مئات الملايين من الدولارات لتسليح وتدريب الثوار السوريين، لكن لم تكن هناك نتائج', 'الثوار', undefined],
    ['وأكدت «الإخوان المسلمين» بسوريا تأييدها لدعم تركيا لـ«الثوار» فى جرابلس', 'الثوار', undefined],
  ]);
});

describe('no rule decides: the word is shown and hits no party', () => {
  test.each([
    // The nearest actor is not a target.
    ['شهدت دير الزور غارات للتحالف الدولي. وشهدت المنطقة احتجاجات طالبت بطرد الميليشيا', 'الميليشيا'],
    // A count after the subject's label opens the verb's object: the subject is not what it calls terrorists (SANA, 2019).
    ['وأدخلت قوات الاحتلال التركي عشرات الإرهابيين وعائلاتهم إلى مدينة رأس العين', 'الإرهابيين'],
    // The subject of a verb is not what an adjective on its object describes.
    ['الجيش يعتقل خلية إرهابية في ريف حمص', 'خلية إرهابية'],
    ['قسد تعتقل خلية إرهابية في الشحيل', 'خلية إرهابية'],
    // Victims are not parties.
    ['أعلنت قسد السيطرة على القرية، واستشهد الصحفي أحمد الخالد في قصف على المدينة', 'واستشهد'],
    ['وقصف الجيش التركي البلدة، وارتفعت حصيلة الشهداء من المدنيين إلى عشرين', 'الشهداء'],
    ['واستشهد ثلاثة مدنيين بينهم طفل في قصف للجيش التركي', 'واستشهد'],
    // «العدوان» on its own names no one.
    ['وقال الحوثيون إن العدوان يواصل غاراته على صنعاء', 'العدوان'],
    // The party named right after «تحرير» and then «من» is the one freed, not the liberator.
    ['ويهدف البرنامج إلى تحرير تركيا من الاعتماد على الغاز الروسي', 'تحرير'],
    // A name after «و» is coordinated with the label, not the noun it governs.
    ['واتهم البيان المرتزقة وقسد بنهب القرى', 'المرتزقة'],
    // An agreement between two parties is neither of them (North Press, 2019).
    ['فيما تستمر العمليات العسكرية رغم الاتفاق المزعوم بين الجانبين الروسي والتركي.', 'المزعوم'],
    // A phrase of place or time does not run across a negation to the subject before it (after Al-Maalomah, 2024).
    ['وتابعت أن "الاحتلال الأمريكي في سوريا لم يرتكب مجازر بحق السوريين". وأضافت أن القوات الأمريكية تنسحب من العراق', 'مجازر'],
    ['وقالت قسد إن قوات النظام في ريف حلب لم ترتكب مجزرة', 'مجزرة'],
  ])('«%s»: %s → no party', (text, word) => {
    const f = findingOn(text, 'framing', word) ?? findingOn(text, 'distancing', word);
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f!.actor).toBeUndefined();
  });

  test('labels about other countries do not land on Syrian parties', () => {
    const text = 'انسحبت قوات النظام من الحي. وفي القاهرة قال مسؤول إن النظام المصري لن يتدخل، بينما قصفت دولة الاحتلال غزة';
    const got = findings(text, 'framing').map((f) => [f.text, f.actor]);
    expect(got).toEqual([
      ['قوات النظام', 'assad_regime'],
      ['النظام', 'egypt'],
      ['دولة الاحتلال', 'israel'],
    ]);
  });
});

describe('«النظام» alone is Assad’s government in a text about Syria, even one that names no other party', () => {
  eachHits([
    ['بدأت أجهزة النظام بالكشف عن أسباب فرحتها بعودة دير الزور إلى سيطرتها', 'النظام', 'assad_regime'], // Eqtsad, 2017
    ['ومنذ استيلاء حزب البعث على سدة الحكم في سوريا لم يراعِ هذا النظام خصوصية الاثنيات القومية', 'النظام', 'assad_regime'], // Geo-Strategic, 2020
    ['ونظرا لانحسار النظام في مدينة القامشلي وعجزه عن حمايتها تشكلت قوات محلية', 'النظام', 'assad_regime'], // Toran, 2016
    // No party and no Syrian place: the word says whose government it is not.
    ['بدأت أجهزة النظام بالكشف عن أسباب فرحتها بعودة المحافظة إلى سيطرتها', 'النظام', null],
    ['وأقر مجلس جامعة دمشق النظام الداخلي الجديد للطلاب', 'النظام', null], // a set of rules
  ]);
});

describe('«ميليشيا» spelled without one of its letters is the same label', () => {
  eachHits([
    ['نددت بحملة الاعتقالات التي نفذتها ميليشا “قسد” في عدة قرى بريف دير الزور', 'ميليشا', 'sdf'], // Shahed, 2021
    ['واتهمت تركيا مليشا قسد المدعومة من قوات الاحتلال الأمريكي بقطع المياه', 'مليشا', 'sdf'], // Al-Aan, 2020
    ['سيطرت ميليشات «قسد» الكردية بدعم جوي من الولايات المتحدة على البلدة', 'ميليشات', 'sdf'], // Al-Nahrain, 2019
    ['هاجمت منظمة هيومن رايتس ووتش اليوم المليشات الكردية بسبب تجنيد الأطفال', 'المليشات الكردية', 'sdf'], // Saaa25, 2018
  ]);
});

describe('a plural after two parties joined by «و» describes both and hits neither alone', () => {
  eachHits([
    ['وقصفت القوات التركية و"الجيش السوري الحر"، مواقع تنظيمي “ب ي د/ ي ب ك/ بي كا كا” و”داعش” الإرهابيين، في المنطقة', 'الإرهابيين', undefined], // Turkey Alaan, 2018
    ['وتهدف العملية إلى تطهير المنطقة من منظمتي بي كي كي/ واي بي جي وداعش الإرهابيتين', 'الإرهابيتين', undefined], // Arab Deutschland, 2019
    // One party before a plural, or a singular after two: the name right before it.
    ['وقاتلت الفصائل عناصر داعش الإرهابيين في ريف الرقة', 'الإرهابيين', 'isis'],
    ['وتصدت العشائر لقسد وتنظيم داعش الإرهابي', 'الإرهابي', 'isis'],
  ]);
});

describe('a pronoun after a label names its party only when it agrees with the label', () => {
  eachHits([
    ['قتل الإرهابي ناصر الملقب بـ"كمال بير" وهو أحد قياديي تنظيم داعش في المنطقة', 'الإرهابي', 'isis'],
    ['هاجمت المرتزقة، وهم عناصر فصائل الجيش الوطني، قرى ريف رأس العين', 'المرتزقة', 'sna'],
    // A singular pronoun after a plural in «ين» is the subject of its own clause (al-Marjie, 2019).
    ['حارب المجلس العسكري السرياني للدفاع وحماية المسيحيين من المتطرفين في الحسكة، وهو يعمل ضمن قوات سوريا الديمقراطية', 'المتطرفين', undefined],
    ['وطرد الأهالي المتشددين، وهي تعمل مع قوات سوريا الديمقراطية', 'المتشددين', undefined],
  ]);
});

describe('martyr words favour a party only when the fallen are its fighters', () => {
  test.each([
    ['مراسم تشييع شهداء وحدات حماية الشعب في القامشلي', 'شهداء', 'sdf'],
    ['واستشهد ثلاثة مقاتلين من قوات سوريا الديمقراطية في هجوم لداعش', 'واستشهد', 'sdf'],
    ['مراسم إعلان عشرة شهداء، وهم 8 من مقاتلي قوات سوريا الديمقراطية', 'شهداء', 'sdf'], // Hawar, 2018
    // The party named after a word of cause killed them (YPJ site, 2023; a wire style).
    ['جثامين ستة شهداء ارتقوا نتيجة استهداف دولة الاحتلال التركي، البنى التحتية المدنية في مدينة قامشلو', 'ارتقوا', undefined],
    ['واستشهد عنصران جراء قصف الجيش التركي لنقطة في ريف تل تمر', 'واستشهد', undefined],
    ['واستشهد ثلاثة مقاتلين برصاص قوات سوريا الديمقراطية في ريف دير الزور', 'واستشهد', undefined],
    // Fighters no party is named for are the announcing party's own; «نا» is the party speaking.
    ['وأعلنت قيادة عمليات الجزيرة في الحشد الشعبي، اليوم الأربعاء، استشهاد مقاتل واصابة اثنين اخرين جراء القصف', 'استشهاد', 'pmf'], // Al-Ain Press, 2024
    ['وقالت قسد في بيان: "استهدف الاحتلال نقطة لقواتنا صباح اليوم، ارتقى 5 من رفاقنا شهداء، وأصيب مقاتل آخر"', 'ارتقى', 'sdf'], // Dot al-Khalij, 2025
    ['وقالت قسد في بيان: "استهدف الاحتلال نقطة لقواتنا صباح اليوم، ارتقى 5 من رفاقنا شهداء، وأصيب مقاتل آخر"', 'شهداء', 'sdf'], // the word after the fallen
    // The fallen the speaking party gave (Nujen Press, 2025); with no party speaking, no one.
    ['وافتتح القائد العام لقوات سوريا الديمقراطية مظلوم عبدي الكونفرانس قائلاً: “لقد ضحينا بـ13 ألف شهيد من أجل هذا اليوم”', 'شهيد', 'sdf'],
    ['وقال أحد الحاضرين: "قدمنا آلاف الشهداء من أجل هذه الأرض"', 'الشهداء', undefined],
    // «وأضاف» carries on the party, not its own website (Arab Khabar, 2025).
    [
      'وقالت "قسد" ، في بيان نشرته على حسابها بموقعها الإلكتروني اليوم، إن "الاحتلال التركي لم يحقق أي تقدم في الميدان". وأضاف "وفي خضم المقاومة ارتقى 8 من مقاتلينا شهداء، في أماكن وأوقات مختلفة"',
      'شهداء',
      'sdf',
    ],
    // One of the party's people named in full, then by the family name alone (Peregraf, 2025).
    [
      'أكد قائد قوات سوريا الديمقراطية (قسد)، مظلوم عبدي، على ضرورة ضمان حقوق الكورد. وقال عبدي: "منذ 14 عاما نخوض حربا دفاعا عن شعوب هذه المنطقة، وقدمنا 13 ألف شهيد في سبيل ذلك"',
      'شهيد',
      'sdf',
    ],
    ['أكد ناشط من كوباني، مصطفى عبدي، على ضرورة ضمان حقوق الكورد. وقال عبدي: "وقدمنا 13 ألف شهيد في سبيل ذلك"', 'شهيد', undefined],
    // «شهيد من قواتنا»: the speaking party's own forces after «من» (Al-Seyassah, 2019).
    ['وقالت "قسد" في بيان إن "هذا الانتصار باهظ الثمن حيث ارتقى نحو 11 ألف شهيد من قواتنا، قادة ومقاتلين"', 'شهيد', 'sdf'],
    ['وقال المرصد إن "قصفاً استهدف القرية، وسقط 5 من أهالينا شهداء"', 'شهداء', undefined], // «أهالينا» are no fighters
    ['وأفاد المرصد السوري باستشهاد مقاتل في القصف', 'باستشهاد', undefined], // a monitor is no party
    // The fallen «من» a party are its own (Buyer Press, 2016); «من» after victims or a cause is not.
    ['جدير بالذكر أن ثلاثة شهداء كانوا من وحدات حماية المرأة وسبعة من وحدات حماية الشعب', 'شهداء', 'sdf'],
    // The SDF's allied councils and the administration's own bodies are its side (Syriac Press, 2020; Hawar, 2019).
    ['كما نتج عن الهجوم اختطاف العديد من أبناء شعبنا واستشهاد أبطال من المجلس العسكري السرياني', 'واستشهاد', 'sdf'],
    ['واستشهد ثلاثة مدنيين من قوات الحماية الذاتية في القصف', 'واستشهد', undefined],
    ['واستشهد عنصران من جراء قصف من قبل الجيش التركي', 'واستشهد', undefined],
    // Past the word for forces that opens the party's name (Al-Watan, 2022: «استشهد 15 عنصراً من قوات الجيش العربي السوري»).
    ['واستشهد 4 عناصر من قوات الحشد الشعبي في الهجوم', 'واستشهد', 'pmf'],
    ['استشهد 20 جنديا في قوات الحشد الشعبي، و8 مدنيين', 'استشهد', 'pmf'], // Al-Alam, 2020: «في الجيش العربي السوري»
    // A fighters' pronoun for a party named by its adjective only (BM Magazine, 2022); none before it names no one.
    ['وفي وقت سابق أعلنت وزارة الدفاع التركية، استشهاد 3 من جنودها وإصابة 4 آخرين', 'استشهاد', 'turkey'],
    ['وفي وقت سابق أعلنت الوزارة استشهاد 3 من جنودها وإصابة 4 آخرين', 'استشهاد', undefined],
  ])('«%s»: %s → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });

  test('later «الشهداء» refer back to the fighters already named; a group no list knows is not them', () => {
    const text = 'إعلان شهداء قوات سوريا الديمقراطية في الحسكة. ووقف الحضور دقيقة صمت على أرواح الشهداء، ومقاتلين من قوات الدفاع الشعبي استشهدوا في أوقات متفرقة';
    const f = findings(text, 'framing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([
      ['شهداء', 'sdf'],
      ['الشهداء', 'sdf'],
      ['استشهدوا', undefined],
    ]);
  });
});

describe('a bare martyr word is for the one party the outlet speaks as in its own first person', () => {
  eachHits([
    // Nujen Press, 2021: an SDF statement printed as the outlet's own text.
    ['وأوضح مركز الإعلام في قوات سوريا الديمقراطية أن الهجوم جرى مساء الأربعاء. وفي الهجوم ارتقى أحد مقاتلينا، واستشهد كذلك الرفيق سيف الله أحمد.', 'واستشهد', 'sdf'],
    // «Our fighters» with no party they belong to: no one.
    ['تواصل قوات سوريا الديمقراطية عملياتها ضد خلايا داعش. وفي الهجوم ارتقى أحد مقاتلينا، واستشهد كذلك الرفيق سيف الله أحمد.', 'واستشهد', undefined],
    // An outlet that labels the party it speaks as in its own words does not give it its martyrs.
    ['وقالت قوات سوريا الديمقراطية إن الهجوم فشل. وارتقى أحد مقاتلينا، واستشهد كذلك رفيق آخر، بعد أن تركتنا ميليشيا قسد وحدنا.', 'واستشهد', undefined],
  ]);
});

describe('a bare sympathy word is for the one party whose own naming the outlet adopts', () => {
  eachHits([
    // After Furat FM, 2019: the outlet names the region as the administration does.
    ['بدأت المراسم بالوقوف دقيقة صمت على أرواح الشهداء. ومن ثم باركت الرئيسة المشتركة للإدارة الذاتية لإقليم شمال وشرق سوريا لأهالي كوباني.', 'الشهداء', 'sdf'],
    ['وهنأت الإدارة الذاتية لإقليم شمال وشرق سوريا الأهالي بذكرى تحرير كوباني.', 'تحرير', 'sdf'],
    // Victims named after the word are no party's fighters (Hawar, 2019).
    ['قصفت دولة الاحتلال التركي قرى إقليم شمال وشرق سوريا، مما أدى إلى استشهاد امرأة وإصابة ستة أشخاص.', 'استشهاد', undefined],
    // In quotation marks the words are the speaker's; with no own naming, or two parties' own naming, nothing decides.
    ['وقالت الرئيسة المشتركة للإدارة الذاتية: "نستذكر أرواح الشهداء في إقليم شمال وشرق سوريا".', 'الشهداء', undefined],
    ['بدأت المراسم بالوقوف دقيقة صمت على أرواح الشهداء في كوباني.', 'الشهداء', undefined],
    // With no own naming, the one party the outlet's own words favour, and never speak against (Hawar, 2019).
    ['التقت الوكالة عوائل الشهداء في ناحية الدرباسية. وحرر أبطال قوات سوريا الديمقراطية المنطقة من داعش.', 'الشهداء', 'sdf'],
    ['التقت الوكالة عوائل الشهداء في ناحية الدرباسية. وحرر أبطال قوات سوريا الديمقراطية المنطقة، ثم اعتقلت ميليشيا قسد العشرات.', 'الشهداء', undefined],
    // A person named after the word is a victim (Al Mayadeen, 2024).
    ['أفادت مصادر الميادين باستشهاد شخص وجرح 3 آخرين من جراء قصف. وحيّا البيان بواسل الجيش العربي السوري.', 'باستشهاد', undefined],
  ]);
});

describe('a bare label before any party is given it: the one party the article later gives that kind of label', () => {
  eachHits([
    // Sky News Arabia reprint, 2021: the headline's militias are the faction named in the body.
    ['الميليشيات تقمع أكراد رأس العين السورية. وأقدمت ميليشيا "فرقة الحمزة" الإرهابية قبل أيام على اختطاف 10 مدنيين من قرية مريكيس.', 'الميليشيات', 'sna'],
    // Two parties given it later: nothing decides.
    ['الميليشيات تقمع أكراد رأس العين السورية. وأقدمت ميليشيا "فرقة الحمزة" على اختطاف 10 مدنيين، فيما قصفت ميليشيات قسد قرى ريف منبج.', 'الميليشيات', undefined],
    // A designation reported is no reference to the party labelled after it.
    ['وتحظر واشنطن حزب العمال وتصنفه منظمة إرهابية، وقتل 5 عناصر من تنظيم داعش الإرهابي.', 'إرهابية', undefined],
    // A verb of describing with its object is no owner's noun: the speaker is not whom it describes (Sawt al-Umma, 2019).
    [
      'فقد تم قتل 11 شخصا وفقا لمركز عمليات قوات سوريا الديمقراطية، في وقت أعلن فيه الرئيس التركي، رجب طيب أردوغان، إن 109 شخصا وصفهم بالإرهابيين قتلوا في شمال سوريا',
      'بالإرهابيين',
      undefined,
    ],
    ['وقال وزير الدفاع التركي إن قواته قتلت عشرات المقاتلين الأكراد ونعتهم بالإرهابيين', 'بالإرهابيين', 'sdf'], // the ones described, named
  ]);
});

describe('a label right after a party’s name that opens its clause, or after «باعتبارها», says what the party is or did', () => {
  eachHits([
    ['الصورة: قوات سوريا الديموقراطية ميليشيات إرهابية جديدة بدعم وتسليح أميركي.', 'ميليشيات', 'sdf'], // Wijhat, 2018
    // … and the adjectives that agree with it, right after it (Wijhat, 2018) — not an adjective with the article, which is another noun's.
    ['الصورة: قوات سوريا الديموقراطية ميليشيات إرهابية جديدة بدعم وتسليح أميركي.', 'إرهابية', 'sdf'],
    ['قسد ميليشيات تقاتل التنظيمات الإرهابية.', 'الإرهابية', undefined],
    ['وذكرت وكالة الأنباء السورية أن قوات النظام التركي احتلت بوابة رأس العين الحدودية.', 'احتلت', 'turkey'], // Dar al-Hilal, 2019
    // After a verb the name is its subject and the label its object: nothing decides.
    ['وقصفت قسد ميليشيات في ريف دير الزور.', 'ميليشيات', undefined],
    // A party's groups joined to its name by «و» are no predicate: they are its proxy's, wherever the name stands (Pakistan Point, 2019).
    ['وقالت الوكالة إن "قوات النظام التركي ومرتزقتها تحتل مدينة رأس العين بريف الحسكة".', 'ومرتزقتها', 'sna'],
    ['وقصفت القوات التركية ومرتزقتها قرى ريف تل تمر.', 'ومرتزقتها', 'sna'],
    // A label right after «باعتبارها», «بوصفها» is what the pronoun stands for (Arab Khabar, 2024).
    [
      'وقال التقرير إن تركيا، باعتبارها "قوة احتلال في شمال سوريا"، تتحمل مسؤولية استعادة النظام العام والسلامة. منذ عام 2016، شنت تركيا ثلاث عمليات كبرى داخل سوريا، مستهدفة الميليشيا الكردية الرئيسية في سوريا - وحدات حماية الشعب، وهو فصيل مدعوم من الولايات المتحدة',
      'قوة احتلال',
      'turkey',
    ],
  ]);
});

describe('a verb of occupying hits its subject: named after it, or right before it, not a helper named with it', () => {
  eachHits([
    ['وبذريعة مكافحة تنظيم داعش الإرهابي، احتل تنظيم "واي بي جي" الإرهابي بدعم أمريكي دير الزور', 'احتل', 'sdf'], // Daily Sabah, 2023
    [
      'توصلت واشنطن وأنقرة لاتفاق حول منبج، تضمن إخراج إرهابيي تنظيم “ي ب ك/بي كا كا” منها. وكان التنظيم احتل منبج التابعة لمحافظة حلب، في أغسطس/ آب 2016، بدعم أمريكي',
      'احتل',
      'sdf',
    ], // Turkey Now, 2018
    ['قالت مصادر محلية بريف الرقة بأن الجيش التركي بمساندة الميليشيات الموالية له احتلوا قرى "الحاوي، الحميدية"', 'احتلوا', 'turkey'], // Al-Alam, 2019
  ]);
});

describe('a verb of abducting hits its subject, or the doer «من قبل» names; an ISIS abduction is told plainly', () => {
  eachHits([
    ['وتضييق الخناق على الإعلاميين الكورد، إذ اختطف مسلحو إدارة PYD عدد من إعلاميي وأعضاء المجلس الوطني الكوردي', 'اختطف', 'sdf'], // ARK News, 2024
    ['حيث أكدت الأمانة العامة للمجلس أن “بشار أمين اختطف من قبل عناصر ملثمة تابعة لـ pyd الساعة الحادية عشرة”', 'اختطف', 'sdf'], // 7al, 2017
  ]);
  test('«اختطف تنظيم داعش» is no finding (Linga, 2015)', () => {
    expect(findingOn('أفادت مصادر محلية بأن تنظيم داعش اختطف 200 شخص من الاشوريين اغلبهم من النساء والاطفال', 'framing', 'اختطف')).toBeUndefined();
  });
});

describe('an act whose pronoun is followed by its doer is not done by the party the pronoun points back to', () => {
  eachHits([
    [
      'وثق المرصد السوري لحقوق الإنسان مقتل عنصر في استخبارات قوات “قسد” في بلدة درنج شرق دير الزور، بعد أن اختطفه مجهولون يعتقد بأنهم خلايا تنظيم ” الدولة الإسلامية”.',
      'اختطفه',
      undefined,
    ], // Rebaz News, 2020
  ]);
});

describe('the one party a text names is not given a deed its word tells plainly', () => {
  test('«ويختطف النساء» in a text on ISIS alone is no finding (Kurd Street, 2015)', () => {
    expect(
      findingOn(
        'لم يكن بوسع داعش إلا أن يرتكب المجازر بحق المدنيين العزل، لذلك يقوم هذا التنظيم المجرم باستهداف دور العبادة، وخاصة الكنائس في القرى الآشورية في حوض الخابور، ويختطف النساء والأطفال.',
        'framing',
        'ويختطف',
      ),
    ).toBeUndefined();
  });
});

describe('a verb of occupying in a sentence that names ISIS is not Turkey’s by default', () => {
  eachHits([
    ['بين 2013 و2019، اختطف داعش واحتجز آلاف الأشخاص عندما احتل مساحات شاسعة من الأراضي في سوريا. وقالت تركيا إنها ستتعاون.', 'احتل', undefined], // HRW, 2020
  ]);
});

describe('words that are not labels here', () => {
  test.each([
    'وتعتمد الجماعة على حرب عصابات في الجبال', // a kind of warfare
    'يغيب رونالدو عن دوري أبطال أوروبا هذا الموسم',
    'وقعت الحكومة اتفاقاً مع جبهة تحرير مورو الإسلامية',
    'أجرى جيش التحرير الشعبي الصيني مناورات في البحر',
    'وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة كونيكو بطائرة مسيرة', // the umbrella group's name (Athabat, 2023), like «هيئة تحرير الشام»
    'ويطالب الحزب بالنظام الفدرالي في البلاد',
    'ولا يزال النظام التقليدي للري قائماً في القرى',
    // «النظامية»: regular, not the regime's (Hamsaat, 2016; Al-Ahram Massai, 2014).
    'وسيطر الأكراد على غويران، الحي العربي الوحيد الذي كان بيد القوات النظامية السورية',
    'بعد توجيه نداء للقوات الموالية للجيش النظامي السوري للاستسلام',
    'ويرى الكاتب أن بوتين أحيا تقاليد النظام الإقطاعي في روسيا', // a system, not Assad's government
    'ولا يزال النظام القبلي يحكم علاقة العشائر العربية بقسد في دير الزور',
    'ومن المعتاد أن يحتل منصب رئيس الوزراء أحد أفراد الأسرة', // to hold a post
    'وحرر المحضر اللازم بالواقعة وأخطرت النيابة', // a police report drawn up
    'وفاز المنتخب السوري على نظيره الإيراني بعد أداء بطولي', // a national team is no party
    'وتغلب المنتخب التركي على نظيره الأردني في مباراة بطولية',
    'قدم البنك خصومات لجميع عملاء الشركة',
    'اختيارات المحرر',
    'وصل عشرات المهاجرين مرتدين سترات النجاة إلى الشاطئ',
    'نتعامل مع كل عميل بعناية',
    'نقل الجرحى إلى مشفى الشهيد خالد في المدينة',
    'وتحتل مصر المرتبة الثالثة بين الدول المصدرة',
    'أعلنت الشرطة اختطاف طائرة ركاب فوق البحر',
    'وصدت القوات هجوماً على نقطة عسكرية وأحبطت محاولة تسلل',
    'حتى لحظة تحرير الخبر لم يصدر أي تعليق',
    // … «هذا الخبر» after it, and a moment before it (Enab Baladi, 2022, 2024).
    'ومديرية الزراعة لا تزال تحت سيطرة الحكومة السورية حتى لحظة تحرير هذا الخبر.',
    'ولم تعلّق “قسد” على انسحاب قواتها من المنطقة حتى لحظة تحرير هذا الخبر',
    // A force's name and a holiday's (Syria TV, 2021; Hashtag Syria, 2025).
    'نشرت قوات سوريا الديمقراطية قواتها في ريف حلب تحت مسمى "قوات تحرير عفرين" والتي بدت على تنسيق عالٍ مع الحكومة السورية',
    '· عيد التحرير (في الثامن من كانون الأول): يوم واحد.',
    // «النظام» of a body's name, a constitution's or a polity's, or public order (Al-Modon, 2016; Al-Jazirah, 2016;
    // Arab Telegraph, 2022; Syriac Press, 2020).
    'والمجموعة الثانية تعرف باسم "سوتورو النظام" وهي تابعة لـ"مجلس السلم الأهلي" الموالي لحكومة دمشق',
    'وقال حزب الاتحاد الديمقراطي إنه «تم الاتفاق على تشكيل مجلس تأسيسي للنظام ونظام رئاسي مشترك» في شمال سوريا',
    'وترى أنقرة أن النظام شبه المستقل الذي تقوده الفصائل الكردية امتداد لحزب العمال الكردستاني',
    'وفي السويداء أغلقت “قوات الأمن وحفظ النظام” التابعة للحكومة السورية الطرق المؤدية إلى مبنى المحافظة',
    // «الفاشية» is also an outbreak of a disease (Asia News, 2022).
    'ولا تزال "الكوليرا" تشكل تهديدا عالميا للصحة العامة، واعتبر رضا أن "هذه الفاشية في سوريا مؤشر على النقص الحاد في المياه في جميع أنحاء البلاد"',
    // Women's emancipation is no party's liberation (C-WE, 2025).
    'إذ عملت الإدارة الذاتية على طرح رؤى وأفكار حول تحرر المرأة ومحاولة إشراكها في جميع الأعمال',
    'كمؤتمر ستار الذي يعطي أهمية كبرى لتحرر المرأة السياسي والاجتماعي',
    'فاز الهلال في البطولات المحلية هذا العام',
    // «روج آفا» and the regions' names are common usage across outlets, not a verdict (Alfanar Media, 2018; Aboriya Civaki, 2022).
    'تعتبر جامعة روج آفا جزءً من مشروع أكبر لبناء مؤسسات معترف بها',
    'قامت هيئة الاقتصاد والزراعة في إقليم الجزيرة بتوزيع الأعلاف على مربي الثروة الحيوانية',
    // Shrines and factions named after martyrs (Ronahi, 2019; Souriali, 2018; Bawabat, 2021; Al Souria, 2021).
    'ووري جثمانهما الثرى في مزار الشهيد دليل صاروخان',
    'شنت فصائل عملية غصن الزيتون هجوماً عسكرياً على تجمع “شهداء الشرقية” في عفرين',
    'استهدف قصف جوي أمريكي مواقع انتشار فصيل كتائب الشهداء في القائم',
    'أسفر القصف عن مقتل 4 عسكريين من تشكيل “كتائب سيد الشهداء”',
    // A church named after martyrs (SDF Press, 2019).
    'وكجهة تبنت عملية ترميم كنيسة الشهداء قال',
    'ومن أهمها كنيسة الشهداء والتي تعتبر أكبر كنيسة في المدينة',
    // Units, a day, a morgue and a cemetery named after martyrs (Asia News, 2025; Beth Nahrain, 2018; Nudem, 2022; Dar Kamazi, 2022).
    'واستهدفت القوات التركية النقاط بسلاح الدوشكا، وتمكنت وحدات الشهيد هارون في قوات سوريا الديمقراطية من تدمير سيارتين',
    'دار الخابور للمسنين يحتفي بيوم الشهيد الآشوري',
    'وانطلق موكب المشيّعين من براد الشهداء بحي العنترية نحو مزار الشهيد دليل صاروخان',
    'قصفت مسيرة تركية سوقاً بالقرب من مقبرة باسم الشهيد دليل ساروخان بحي ميسلون',
    // «عشوائي» of wells dug, digging and arms held without licence (Smart News, 2018; Egy Online Today, 2020; A24, 2020; Asia News, 2025).
    'وغضت قسد النظر عن استخراج الأهالي للنفط من الآبار العشوائية المنتشرة بكثرة في ريف دير الزور',
    'ويشتري الأهالي مياهاً مستخرجة من آبار عشوائية لا تتوخى الشروط الصحية بعد توقف محطة علوك',
    'وتعرضت المواقع الأثرية للدمار خلال المعارك ضد تنظيم داعش إضافة إلى عمليات الحفر العشوائية',
    'تهدف الحملة إلى تفكيك الشبكات المسلحة غير النظامية، والحد من ظواهر التسلح العشوائي',
    // A word of favour held at a distance is not the outlet's: the distancing is the finding (Al Khabar al-Fawri, 2026).
    'وانضمامهم إلى ما يسمى بالانتفاضة الشعبية في خطوة تعكس تصاعد حالة التمرد',
    // … with «بـ» written apart from the word (Al Sabah Al Youm, 2026).
    'داخل مدينة الرقة، حيث انضم أكثر من 400 عنصر إلى ما يُعرف بـ«الانتفاضة الشعبية».',
    'وتقدمت القوات بحجة تحرير المنطقة من الإرهاب',
    'وروجت وسائل إعلامها للتحرير المزعوم للمدينة',
    // «جيش الثوار», «لواء ثوار الرقة»: factions' names (Algeria Today, 2016).
    'وأن واشنطن هي من دعمتهم مع جيش الثوار وغيرهم مؤخراً',
    'وشارك لواء ثوار الرقة في المعارك',
    // «ردع العدوان»: the name of the 2024 offensive, not a verdict (Al Khaleej Trend, 2024).
    'أطلقت الفصائل عملية "فجر الحرية" شمال وشرق حلب بالتوازي مع عملية "ردع العدوان" التي شنتها هيئة تحرير الشام',
    // A personal name spelled with «غزو» and an ending (Al-Ittihad, 2019; Levant News, 2025).
    'ورئيس لجنة حقوق الإنسان في مجلس المحافظة غزوان الداوودي، في حديث لـ"العربية',
    'إضافة إلى خالد ومحمد الحريث، وغزوان، ومخلف الأغوات، وفارس المسلط',
    // A town's name, «العدوانية» (Al-Hal Net, 2021).
    'المؤتمر الثالث لـ”مجلس القبائل والعشائر السوريّة” الذي انعقد، الثلاثاء، في بلدة “العدوانية” بريف رأس العين',
    // Water filtration units (Nabd al-Sham, 2025).
    'مع التركيز على تقييم الأضرار التي لحقت بآبار المياه، وشبكات الضخ، ووحدات التصفية، وخطوط الكهرباء المغذية.',
    // Defusing a mine: «إبطال مفعول», spelled as «أبطال» once its hamza is gone (Daily Sabah, 2019).
    'المقابل مباشرة لقضاء أقجه قلعه التركي، قامت القوات التركية بإبطال مفعول لغم تم العثور عليه حينها',
    // Factions' names (Al-Modon, 2022; Enab Baladi, 2022; Turkey Alaan, 2018; Smart News, 2017).
    'وأوضح اليعربي أن "هيئة ثائرون للتحرير" قامت بفصل العبد الله من مرتباتها',
    'من فصيلي “حركة ثائرون” و”الجبهة السورية للتحرير”، التابعين لـ”الجيش الوطني',
    'وقال مصدر من “ثوار الرقة” طلب عدم الكشف عن اسمه',
    'يعود لمنع "وحدات حماية الشعب" الكردية، مقاتلي "ثوار الرقة" من دخول الحدود الإدارية',
    // «صالة التحرير», the newsroom: editing, not freeing (Youm7, 2019).
    'وأضاف عكاشة خلال مداخلة هاتفية عبر برنامج صالة التحرير المذاع في قناة صدى البلد',
  ])('«%s»', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });

  // «واجهها»: a verb with its pronoun, faced it, not «واجهة» (Dar News, 2025).
  test('«واجهها الجولاني» is no front', () => {
    expect(findingOn('في سياق متصل، فإن أبرز القضايا التي واجهها الجولاني في واشنطن', 'framing', 'واجهها')).toBeUndefined();
  });
});

describe('a word a name or another word is spelled like stays a label where it is one', () => {
  eachHits([
    // «العدوانية» of a party's deeds, not the town (Al-Hayat News, 2025).
    ['كما لفت إلى أن هذه الاعتداءات تكشف مجدداً طبيعة الممارسات العدوانية لميليشيا "قسد"', 'العدوانية', 'sdf'],
    // «واجهة» with the group it fronts for (Anadolu, 2026).
    ['وقالت مديرية إعلام حلب: "قامت قوات قسد (واجهة تنظيم "واي بي جي" الإرهابي)', 'واجهة تنظيم', 'sdf'],
  ]);
});

describe('eras: a name two governments share goes by the article date', () => {
  const text = 'وانتشرت قوات الأمن العام في مدينة سرمدا بعد اشتباكات مع فصيل محلي';
  test.each([
    ['2021-05-01', 'hts'],
    ['2025-03-10', 'damascus_gov'],
  ])('«الأمن العام» on %s → %s', (date, actor) => {
    const r = analyze(text, { date });
    expect(r.actors.map((a) => a.id)).toContain(actor);
    expect(r.actors.map((a) => a.id)).not.toContain(actor === 'hts' ? 'damascus_gov' : 'hts');
  });

  // The transitional government by its other names after December 2024; before it «الحكومة المؤقتة»
  // was the opposition's interim government (Wagih Felbermayer, 2025; Rights Monitor, 2026; Easy Download, 2025).
  test.each([
    ['قصفاً عشوائياً يشنّه مرتزقة الحكومة المؤقتة الذين يتلقّون توجيهاتهم من دولة الاحتلال', 'مرتزقة', '2025-10', 'damascus_gov'], // Wagih Felbermayer, 2025
    ['قصفاً عشوائياً يشنّه مرتزقة الحكومة المؤقتة الذين يتلقّون توجيهاتهم من دولة الاحتلال', 'مرتزقة', '2019-10', undefined], // (variant dated 2019)
  ])('«%s» → «%s» on %s hits %s', (text, word, date, actor) => {
    expectActor(analyze(text, { date }), word, actor);
  });
  test.each([
    ['ودعت الحكومة السورية المؤقتة إلى اتخاذ خطوات فورية لإصلاح الأعطال'], // Rights Monitor, 2026
    ['أن الاتفاق الذي تم التوصل إليه مساء الإثنين مع الإدارة السورية الجديدة'], // Easy Download, 2025
    ['واضاف ان بلاده ستدعم القيادة السورية الجديدة في الحرب ضد التنظيمات الإرهابية'], // Al-Alam, 2024
    ['عن تصدّر السلطات الانتقالية الصورة كاملة، واكتفاء «قسد» بإصدار بيان'], // Al-Tayyar, 2026
  ])('«%s» in 2025 names the transitional government', (text) => {
    expect(analyze(text, { date: '2025-06-01' }).actors.map((a) => a.id)).toContain('damascus_gov');
  });

  // A name a Syrian party bears only in its era, with another state's adjective after it, is that
  // state's (Al Arabiya, 2017).
  test.each([
    ['في المقابل يقوم الجيش الوطني اليمني بإعادة تأهيل ورعاية الأطفال الذين يقعون بالأسر', '2017-12-24'], // Al Arabiya, 2017
    ['وقالت الحكومة المؤقتة الليبية إن قواتها سيطرت على المدينة', '2025-06-01'], // Libya's, after December 2024
    ['وقالت السلطات الانتقالية السودانية إن الجيش استعاد المدينة', '2025-06-01'], // Sudan's
  ])('«%s» on %s names no Syrian party', (text, date) => {
    expect(analyze(text, { date }).actors.map((a) => a.id)).toEqual([]);
  });
  test.each([
    ['وقالت الحكومة المؤقتة إن قواتها سيطرت على المدينة', '2025-06-01', 'damascus_gov'],
    ['وقال الجيش الوطني السوري إن قواته سيطرت على المدينة', '2020-06-01', 'sna'],
  ])('«%s» on %s names %s', (text, date, actor) => {
    expect(analyze(text, { date }).actors.map((a) => a.id)).toContain(actor);
  });

  // «الجيش العربي السوري» is the army's own name, no verdict: the fallen are its soldiers, of the
  // government of the article's date (Saida TV, 2017).
  test.each([
    ['2017-10-18', 'assad_regime'],
    ['2026-01-20', 'damascus_gov'],
  ])('«الجيش العربي السوري» on %s → %s', (date, actor) => {
    const r = analyze('وأدى الهجوم إلى سقوط عدد من شهداء الجيش العربي السوري في دير الزور', { date });
    expectActor(r, 'شهداء', actor);
  });

  test('a naming of its era names no party after it: «الجيش العربي السوري» in 2026 is not the Assad-era army (Babnet, 2026)', () => {
    const text = 'أحكمت وحدات من الجيش العربي السوري صباح اليوم سيطرتها على سد الفرات، بعد تحريره من تنظيم قسد.';
    expect(analyze(text, { date: '2026-01-18' }).findings.filter((f) => f.actor === 'assad_regime')).toEqual([]);
    expectActor(analyze(text, { date: '2019-06-01' }), 'تحريره', 'assad_regime');
  });

  // «نظام الجولاني»: the regime word on the transitional president's nom de guerre (or its mocking
  // twist, «الخولاني») is a verdict on the post-2024 government (El Manshar, 2026).
  test.each([
    ['لولا تدخل العالم لحفظ ماء وجه نظام الخولاني، وحماية مقاتلي قسد.', 'نظام الخولاني'],
    ['لا يمكن لنظام الجولاني فعل أي شيء دون الدعم الإعلامي.', 'لنظام الجولاني'],
  ])('«%s» in 2026 → damascus_gov', (text, word) => {
    expectActor(analyze(text, { date: '2026-01-20' }), word, 'damascus_gov');
  });

  // «فصائل دمشق»: the transitional government's army called factions, a verdict on it — from
  // December 2024 only (Zagros News, 2026; Sky News Arabia, 2026).
  test.each([
    ['أعلنت قوات سوريا الديمقراطية إحباط ثلاث محاولات هجوم نفذتها "مجموعات مسلحة لفصائل دمشق" على محور سد تشرين', 'لفصائل دمشق', '2026-01-18', 'damascus_gov'], // Zagros News, 2026
    ['وقالت: "استهدفت فصائل حكومة دمشق منازل المدنيين في قريتي رسم كروم والإمام"', 'فصائل حكومة دمشق', '2026-01-13', 'damascus_gov'], // Sky News Arabia, 2026
    ['وقالت: "استهدفت فصائل دمشق منازل المدنيين"', 'فصائل دمشق', '2016-01-13', null], // (variant dated 2016: the rebels of the Damascus countryside)
  ])('«%s» → «%s» on %s hits %s', (text, word, date, actor) => {
    expectActor(analyze(text, { date }), word, actor);
  });

  // «قوات النظام السوري»: the regime word on the army is the opposition's verdict on Assad's army,
  // and from 2025 its opponents' on the transitional government's (Al-Resalah, 2026; Zarab, 2026).
  test.each([
    ['أعلنت قوات النظام السوري فرض حظر تجوال على مدينة الشدادي', '2026-01-19', 'damascus_gov'], // Al-Resalah, 2026
    ['وصف وزير الخارجية الإسرائيلي جدعون ساعر، اليوم الخميس 8 يناير 2026، هجمات قوات النظام السوري على الأقلية الكردية في مدينة حلب بالخطيرة', '2026-01-08', 'damascus_gov'], // Zarab, 2026
    ['أعلنت قوات النظام السوري فرض حظر تجوال على مدينة الشدادي', '2019-01-19', 'assad_regime'], // (variant of the Al-Resalah row, dated 2019)
    // The remnants of the fallen army, or the army named Assad's, are Assad's whatever the date (variants of the same row).
    ['وقال إن فلول قوات النظام السوري هاجموا الحاجز', '2026-01-19', 'assad_regime'],
    ['وارتكبت قوات النظام السوري الأسدي مجزرة في الحولة', '2026-01-19', 'assad_regime'],
    ['بعد ثلاثة أيام من الاقتتال الدامي بين قوات النظام السوري وقوات الأسايش', '2016-04-27', 'assad_regime'], // Syria Direct, 2016
  ])('«%s» on %s → %s', (text, date, actor) => {
    expectActor(analyze(text, { date }), 'قوات النظام', actor);
  });

  // A source the lists give to the transitional government speaks, before December 2024, for the
  // government it shares its names with (People's Daily, 2017).
  test('the state agency of 2017 speaks for the Assad-era government', () => {
    const text = 'وقالت وكالة سانا إن "وحدات الجيش قضت على آخر بؤر داعش في مدينة البوكمال لتصبح المدينة محررة بالكامل".';
    expectActor(analyze(text, { date: '2017-11-19' }), 'محررة', 'assad_regime');
    expectActor(analyze(text, { date: '2025-06-01' }), 'محررة', 'damascus_gov');
  });

  test('«نظام الجولاني» before December 2024 is no verdict on the government that did not yet exist', () => {
    const r = analyze('كان نظام الخولاني في إدلب يفرض الضرائب على المعابر.', { date: '2020-05-01' });
    expect(r.findings.filter((f) => f.actor === 'damascus_gov')).toEqual([]);
  });

  // «قوات الأمن الداخلي» is the SDF's Asayish until December 2024 (Manber, 2023); after it the same
  // words name the transitional government's police too (Ekhbary, 2026), and no party is given.
  test('«قوات الأمن الداخلي» in 2023 speaks for the SDF; in 2026 for no party', () => {
    const text =
      'من جانبها، أعلنت قوات الأمن الداخلي فجر الإثنين أن “طائرة حربية تابعة لدولة الاحتلال التركي الغاشم قامت باستهداف مركز لقوّاتنا (…)، ما أدّى إلى استشهاد عدد من أعضاء قوّاتنا وإصابة آخرين”';
    expectActor(analyze(text, { date: '2023-10-09' }), 'استشهاد', 'sdf');
    expect(analyze('دخلت قوات الأمن الداخلي السورية مدينة الحسكة شمال شرقي البلاد', { date: '2026-02-03' }).actors.map((a) => a.id)).not.toContain('sdf');
    expect(analyze('دخلت قوات الأمن الداخلي السورية مدينة الحسكة شمال شرقي البلاد', { date: '2021-02-03' }).actors.map((a) => a.id)).toContain('sdf');
  });

  test('«هيئة تحرير الشام» in 2019 is not the post-2024 government', () => {
    const r = analyze('سيطرت هيئة تحرير الشام على مدينة معرة النعمان', { date: '2019-02-01' });
    expect(r.actors.map((a) => a.id)).toEqual(['hts']);
  });
});

describe('the speaker and the classifier are not what a label hits', () => {
  eachHits([
    ['وأفاد تلفزيون النظام السوري بأن 12 متطرفاً فروا من السجن باتجاه الضواحي الجنوبية', 'متطرفاً', undefined], // Okaz, 2020
    ['قالت تركيا إن قواتها قتلت 15 من مسلحي وحدات حماية الشعب الكردية السورية، التي تعتبرها أنقرة منظمة إرهابية', 'إرهابية', 'sdf'], // Middle East Online, 2020
    ['وتصنف واشنطن الحوثيين منظمة إرهابية', 'إرهابية', 'houthis'],
    ['وتعتبر ميليشيا "فاطميون" من أكبر الميليشيات التي تقاتل إلى جانب ميليشيا الأسد', 'الميليشيات', 'iran_militias'], // Orient, 2017: «تعتبر» as «is counted»
    // A pronoun in what a speaker says points back to the speaker, not to a party named before them (Russia in the Islamic World, 2023).
    [
      'وقال زعيم الشرابين إن مقاتلي حزب الله أجبروا الجيش الإسرائيلي على الانسحاب. بدوره أكد شيخ عشيرة شمرا - أحمد الموحي الشمري، أن ميليشياته مستعدة للقتال',
      'ميليشياته',
      undefined,
    ],
  ]);

  test('a speaker praising its own forces is still the party praised', () => {
    const text = 'وقال المتحدث باسم قوات سوريا الديمقراطية إن قواته تعمل على حفظ الأمن والاستقرار في المنطقة';
    expectActor(text, 'حفظ الأمن', 'sdf');
  });
});

describe('an act carried on by a subject is that subject’s', () => {
  eachHits([
    ['يواصل الاحتلال الأمريكي سرقة الثروات في الشرق السوري بكافة أنواعها', 'سرقة الثروات', 'coalition'], // Syria Gate, 2024: a labelled subject
    ['واصلت قوات الاحتلال التركي ومرتزقتها عدوانها الوحشي على المنطقة', 'عدوانها', 'turkey'], // Tishreen, 2020
    ['وتواصل قسد حملة اعتقالات تعسفية في ريف دير الزور', 'تعسفية', 'sdf'],
    // A verb of stepping up, and two acts after it (Al-Baath, 2024; Gerasa News, 2020).
    ['كثف الاحتلال الأمريكي عمليات نهب وسرقة الثروات السورية من المناطق التي يحتلها', 'وسرقة الثروات', 'coalition'],
    ['كتب تحت عنوان "واشنطن تكثف نهب موارد سوريا"', 'نهب موارد', 'coalition'],
    ['إن الاحتلال التركي ومرتزقته الارهابيين قاموا بسرقة نسبة كبيرة من الكهرباء المخصصة لتشغيل محطة مياه علوك', 'بسرقة', 'sna'], // Al-Ahed, 2021: «قاموا», the label right before it
    // «ليقوم»: the verb with «لـ» (Al-Baath Media, 2020).
    [
      'جددت قوات الاحتلال التركي ومرتزقتها من التنظيمات الإرهابية اعتداءاتها على المنازل السكنية في القرى والبلدات في ريف الحسكة الشمالي بهدف تضييق الخناق على الأهالي ودفعهم لترك منازلهم ليقوم مرتزقة الاحتلال بنهبها وسرقتها كما حصل في مرات سابقة',
      'وسرقتها',
      'sna',
    ],
    // The labelled subject before the verb, ending in its party's adjective (Beirut el-Hora, 2023).
    ['وقالت الوكالة إن “الاحتلال الأميركي يواصل سرقة ونهب الثروات السورية”', 'ونهب الثروات', 'coalition'],
    ['وشن تنظيم "الدولة الإسلامية" هجوما على مدينة البوكمال شرقي دير الزور وارتكابه مجازر ضد مدنيين', 'مجازر', 'isis'], // Tasnim, 2014: «ارتكابه» carries the doer
    ['بعد التصعيد الكبير لقسد باتجاه أحياء مدينة حلب وارتكابه العديد من المجازر بحق المدنيين', 'المجازر', 'sdf'], // Al-Sumaria, 2026: past «العديد من»
    // A noun of doing with no pronoun: the subject of the verb of carrying on that governs it (AANES, 2023; Syria Nass, 2021).
    ['يستمر الاحتلال التركي ومرتزقته من السوريين بارتكاب المزيد من المجازر بحق شعب شمال وشرق سوريا', 'المجازر', 'turkey'],
    ['تستمر الميليشيات الإيرانية والقوات الحليفة معها بارتكاب الانتهاكات بحق المدنيين في المناطق التي تسيطر عليها', 'الانتهاكات', 'iran_militias'],
    // The subject of a relative clause named by a label and its party's adjective (Star FM, 2019).
    ['تنديداً بالتحشدات التركية وبالهجمات العدوانية التي يشنها جيش الاحتلال التركي على مناطق شمال وشرق سوريا', 'العدوانية', 'turkey'],
    ['وبالهجمات العدوانية التي يشنها الاحتلال التركي على مناطق شمال وشرق سوريا', 'العدوانية', 'turkey'],
    // An adjective of another word after the verb is no subject.
    ['وبالهجمات العدوانية التي تتعرض لها المناطق التركية الحدودية', 'العدوانية', undefined],
  ]);
});

describe('a relative clause whose verb of doing names no subject leaves it to the verb’s pronoun', () => {
  eachHits([
    // The one party the sentence names before, a name after a preposition being none (Daily Sabah, 2019).
    [
      'عقب سيطرة منظمة "ي ب ك" على الباغوز، آخر بلدة خاضعة لتنظيم "داعش"، فقامت ي ب ك اليوم بإغلاق كافة مداخل ومخارج بلدة الباغوز لمنع تسريب صور أخرى للمجزرة التي ارتكبتها في البلدة',
      'للمجزرة',
      'sdf',
    ],
    ['قصفت تركيا ومرتزقتها بالقذائف محيط بلدة تل تمر، في إطار سياسة الضغط والترهيب التي تمارسها لإجبار المدنيين على ترك بلداتهم', 'والترهيب', 'turkey'], // Al-Nahar Egypt, 2021
    // An act without the article, with no relative pronoun (Syria News, 2020).
    ['أشار تقرير إلى أن روسيا تسببت بمقتل عشرات المدنيين في "هجمات عشوائية" شنتها على مناطق مدنية في شمال سوريا', 'عشوائية', 'russia'],
    // A noun right after the verb is its subject, known or not (Fox Press, 2025); two parties before: no one.
    ['تتحمل السلطات السورية مسؤولية الانتهاكات التي ترتكبها القوات المندمجة في الجيش', 'الانتهاكات', null],
    ['قصفت تركيا مواقع قسد، وتواصل الصمت عن المجزرة التي ارتكبتها في القرية', 'المجزرة', undefined],
  ]);
});

describe('an act another act amounts to («ترقى إلى») is the doing of that act’s doer', () => {
  test.each([
    // (Aijes News, 2026: the violations' doer named after «اتهم … بارتكاب».)
    ['اتهم مركز عدل لحقوق الإنسان عناصر مسلحة تابعة للحكومة الانتقالية السورية بارتكاب انتهاكات جسيمة ترقى إلى جرائم حرب', 'جرائم', 'damascus_gov'],
    // A party named between is no word on whose the act is.
    ['اتهم مركز عدل لحقوق الإنسان عناصر مسلحة تابعة للحكومة الانتقالية السورية بارتكاب انتهاكات بحق قسد ترقى إلى جرائم حرب', 'جرائم', null],
    // A second thing the act amounts to, joined by «و» to the first after «يمثل» (Al Bayan, 2019) …
    [
      'دانت دولة الإمارات بأشد العبارات العدوان العسكري التركي على سوريا. وقال بيان لوزارة الخارجية والتعاون الدولي، إن هذا العدوان يمثل تطوراً خطيراً واعتداءً صارخاً غير مقبول على سيادة دولة عربية شقيقة',
      'واعتداءً',
      'turkey',
    ],
    // … but not past a party named between the act and the verb.
    ['دانت دولة الإمارات العدوان التركي على قسد. وقال البيان إن هذا العدوان على قسد يمثل تطوراً خطيراً واعتداءً صارخاً', 'واعتداءً', null],
  ])('«%s» → «%s» hits %s', (text, word, actor) => {
    expectActor(analyze(text, { date: '2026-01-10' }), word, actor);
  });
});

describe('an act no rule attaches is the one party a text names, when its sentence names that party', () => {
  eachHits([
    // SNHR, 2019; Enab Baladi, 2021; SMART, 2017; al-Hadaf, 2021.
    ['تأتي عمليات الاعتقال في ظلِّ سياسة أوسع لقوات الإدارة الذاتية الكردية في التضييق والقمع وانتهاك المعايير الأساسية في القانون الدولي', 'والقمع', 'sdf'],
    ['وواجهت القوات الأمنية (أسايش) المظاهرات الرافضة للتجنيد في بعض الأحيان بالقمع', 'بالقمع', 'sdf'],
    ['إن "الإدارة الذاتية" الكردية، شنت حملة اعتقالات عشوائية بهدف سوق الشباب "للتجنيد الإجباري" في مدينة القامشلي', 'عشوائية', 'sdf'],
    [
      'لا تزال الولايات المتحدة الأمريكية تعمل على تعميق سيطرتها في مناطق شرق الفرات، من خلال إدخال للمعدات اللوجستية والعسكرية بشكل شبه يومي، فضلاً عن سرقة مقدرات العب السوري من قمح ونفط',
      'سرقة مقدرات',
      'coalition',
    ],
    // A second party in the act's sentence, or none there: no one is decided.
    ['وواجهت القوات الأمنية (أسايش) المظاهرات الرافضة للتجنيد في بعض الأحيان بالقمع، وقصفت تركيا قرى في ريف منبج', 'بالقمع', undefined],
    ['وأعلنت الإدارة الذاتية حظر التجول في المدينة. وواجهت القوات الأمنية المظاهرات الرافضة للتجنيد في بعض الأحيان بالقمع', 'بالقمع', undefined],
    // A killing remembered by its name (Rok Online, 2017).
    ['في ذكرى مجزرة عامودا: وحدات حماية الشعب تتهم المتظاهرين بمحاولة ‹فتح باب الفتنة›', 'مجزرة', undefined],
    // The party suffers the act: after a verb of undergoing, as the owner of the positions hit, or
    // with a doer named who is no party (made-up variants of the SMART, 2017 row above).
    ['تعرضت مواقع قسد لقصف عشوائي من جهة مجهولة', 'عشوائي', undefined],
    ['وتعرض عناصر قسد لحملة اعتقالات تعسفية من قبل مجهولين', 'تعسفية', undefined],
    ['قصفت طائرات مسيرة مجهولة مواقع قسد في ريف دير الزور، في إطار القصف العشوائي', 'العشوائي', undefined],
  ]);
});

describe('an act no rule attaches is the one party its sentence names before it, whatever the text names', () => {
  eachHits([
    // Syrian Interior Ministry, 2020; Asha News, 2019; Youm7, 2019: the text names another party
    // (the patron, Turkey), the act's sentence this one only.
    [
      'وأفادت مصادر محلية أن أهالي قرية ذيبان خرجوا اليوم بمظاهرات تنديداً بممارسات ميليشيا قسد المدعومة من قوات الاحتلال الأمريكي. ولفتت المصادر إلى أن الأهالي المحتجين قطعوا الطرق الرئيسة بالإطارات المشتعلة قبل أن تستقدم ميليشيا قسد المزيد من عناصرها لمواجهة المحتجين وقمع الاحتجاجات بالقوة.',
      'وقمع',
      'sdf',
    ],
    [
      'وقالت الولايات المتحدة إنها تتابع الوضع. وندد المتظاهرون بما وصفوه سرقة “قسد” ثروات المنطقة من النفط وغيرها من الموارد، كما رفعوا لافتات احتجاجا على القمع المستمر من تلك القوات ضد أهالي المنطقة',
      'القمع',
      'sdf',
    ],
    [
      'أكد رامى عبد الرحمن أن المناطق التى سيطرت عليها قوات الاحتلال التركى والفصائل الموالية له تقوم بارتكاب جرائم حرب. وأضاف عبد الرحمن، أن الفصائل الموالية للأتراك تقوم بتهجير الأكراد من سكان رأس العين والاستيلاء على منازلهم',
      'بتهجير',
      'sna',
    ],
    // Or by a label given it, where a subject stands (Arab Khabar, 2024; Al Maalomah, 2024) …
    [
      'أفادت وكالة الأنباء السورية (سانا) بمقتل 7 عسكريين جراء غارة جوية أميركية، فيما أعلنت طهران مقتل عنصر من الحرس الثوري الإيراني في الهجوم نفسه. ونقلت سانا عن مصدر عسكري قوله "شنت قوات الاحتلال الأميركي فجر اليوم عدوانا بالطيران الحربي والمسيّر، مستهدفة عددا من البلدات والقرى".',
      'عدوانا',
      'coalition',
    ],
    [
      'أكدت عضو مجلس الشعب السوري جويده مخائيل ثلجه، السبت ، أن الاحتلال الأمريكي غير الشرعي في سوريا يواصل سرقة مقدرات البلاد من المناطق التي يسيطر عليها. وقصفت تركيا قرى في ريف منبج.',
      'سرقة مقدرات',
      'coalition',
    ],
    // … but not where a label for a party no rule attached stands in the sentence (Afrin Human Rights, 2021).
    [
      'بالرغم من قيام حكومة الإحتلال التركي بإطلاق سراح عدد من المختطفين سابقاً، إلا أنهم برفقة عناصر الميلشيات المسلحة التابعة للحكومة السورية المؤقتة و الإئتلاف الوطني السوري يقومون بخطف أعداد أكبر ممن يطلقون سراحهم. وقصفت قسد قرى في ريف منبج.',
      'بخطف',
      undefined,
    ],
    // A plural verb's own subject is the people named right before it, not the party further back
    // (Welati News, 2019).
    [
      'ونقلت وسائل إعلام أن 50 عنصرا يتبعون لداعش متحصنين في إحدى المغارات. وكانت قوات سوريا الديمقراطية قد قامت منذ أيام بتسليم 25 طفلا وامرأة للبيت الإيزيدي بمنطقة عامودا كانوا قد اختطفوا من شنكال في آب 2014.',
      'اختطفوا',
      undefined,
    ],
    // «المسلحين الأكراد» is a second party in the sentence (Hunaa Aden, 2015): the one permitting is not shown to be the doer.
    [
      'وقالت تركيا إنها تتابع الوضع. ويقول الصحفي مضر الأسعد إن النظام أباح للمسلحين الأكراد ارتكاب مجازر عدة في ريف الحسكة الشمالي، وصلت إلى حد التطهير العرقي بريف القامشلي',
      'التطهير العرقي',
      undefined,
    ],
    // A party named only after the act is not shown to be its doer.
    ['وقالت تركيا إنها تتابع الوضع. وندد المتظاهرون بالقمع المستمر في القرى التي تسيطر عليها قسد', 'بالقمع', undefined],
    // Nor is a party calling for the act to stop.
    ['وقالت تركيا إنها تتابع الوضع. وطالبت قسد بوقف القمع المستمر ضد المتظاهرين', 'القمع', undefined],
    // … named past a label given it, as after a verb of condemning.
    ['وقالت تركيا إنها تتابع الوضع. وطالبت ميليشيا قسد بوقف القمع المستمر ضد المتظاهرين', 'القمع', undefined],
  ]);
});

describe('a party that condemns, denounces or rejects an act is not shown to be its doer', () => {
  eachHits([
    // The subject right after the verb (Al-Ittihad, 2019) …
    ['ودانت الإدارة الذاتية الكردية في شمال شرق سوريا في بيان: «العدوان بمختلف أنواع الأسلحة والمدفعية» على عين عيسى', 'العدوان', undefined],
    // … or right before it: the act is the doer's the relative clause names, here no party a list knows (Elmwatin, 2018).
    [
      'وأضاف درويش، أن الوضع كما هو ومجلس منبج العسكري يرفض أن تنتشر داخل المدينة الفوضى الموجودة في جرابلس وأعزاز والباب وعفرين إلى منبج، وحالة القتل وترهيب المواطنين الذي تقوم به الفصائل هناك، خاصة وأن المدينة مستقرة منذ سنتين.',
      'وترهيب',
      undefined,
    ],
    // A verb that also convicts has the party for object when the act follows with «بـ» (Copt4G, 2024).
    ['أصدرت منظمة العفو الدولية تقريراً يدين الولايات المتحدة والمملكة المتحدة بالتواطؤ في احتجاز آلاف الأفراد', 'بالتواطؤ', 'coalition'],
    // The subject of a verb of rejecting is still that of a verb of doing joined to it (Raqqa Post, 2017).
    ['ما أعاد إضراب الكرامة إلى أذهان السكان حيث رفضت قوات النظام الإضراب وقمعته وهاجمت جميع من شارك بالإضراب', 'وقمعته', 'assad_regime'],
  ]);
});

describe('an act undertaken («أقدم على») is the undertaker’s', () => {
  eachHits([
    // The party between the verb and «على», however far apart (Private Magazine, 2021; SDPP, 2017).
    ['وأقدمت ميليشيا "فرقة الحمزة" الإرهابية قبل أيام على اختطاف 10 مدنيين من قرية مريكيس', 'اختطاف', 'sna'],
    ['أقدمت وحدات الحماية الشعبية الكردية التابعة لحزب الاتحاد الديمقراطي خلال الأيام الثلاثة الماضية على تهجير سكان قرى «خنيز» بريف الرقة الشمالي', 'تهجير', 'sdf'],
    // A noun of doing between «على» and the act (Kurd Online, 2023; CNN Arabic, 2015).
    ['وكانت ميليشيات “الجيش الوطني” التابعة للاحتلال التركي قد أقدمت على ارتكاب مجزرة بحق عائلة بيشمارك', 'مجزرة', 'sna'],
    ['أكدت مصادر كردية أن مسلحي تنظيم "الدولة الإسلامية" أقدموا على ارتكاب "مجزرة" جديدة في إحدى القرى', 'مجزرة', 'isis'],
    // The verb's pronoun: the one party the sentence names before it (Shamra, 2021).
    ['وأشارت المصادر إلى أن مسلحي "قسد" اعتدوا على المتظاهرين بالضرب لتفريقهم وأقدموا على اختطاف عدد من الأهالي', 'اختطاف', 'sdf'],
    // Verbs of seeking and attaining, with «إلى», «من» or «لـ» (Eshraag, 2019; al-Ain, 2018; al-Khanadeq, 2021).
    ['لإقامة المنطقة الآمنة والتي تسعى تركيا من خلالها إلى احتلال سوريا، وهذا الإصرار له هدف معلن', 'احتلال', 'turkey'],
    ['وبدأ الجيش التركي هجوما على منطقة عفرين تحت اسم عملية غصن الزيتون قبل أن يتمكن من احتلال المدينة في 18 مارس', 'احتلال', 'turkey'],
    ['عمدت القوات الأمريكية المتواجدة في منطقة الحسكة، بالتعاون مع ميليشيات قسد الكردية، إلى سرقة النفط والقمح', 'سرقة النفط', 'coalition'],
    // «لـ» on the act stands for the particle.
    ['وتسعى تركيا لاحتلال مناطق جديدة في الشمال السوري', 'لاحتلال', 'turkey'],
    // Two parties before the pronoun: no one is decided.
    ['وقالت المصادر إن عناصر من الجيش التركي ومن قسد تبادلوا إطلاق النار وأقدموا على اختطاف عدد من الأهالي', 'اختطاف', undefined],
    // … unless one is the verb's subject, named right before it (KKS, 2021) or labelled right after it (Libya Akhbar, 2021).
    [
      'ووجه إعلام النظام الرسمي أصابع الاتهام إلى “قسد”، إذ قالت وكالة أنباء “سانا”، إن “مليشيا قسد أقدمت بدعم أمريكي صهيوني على تصفية عدد من الرموز الوطنية ووجهاء القبائل',
      'تصفية',
      'sdf',
    ],
    ['إذ أقدمت قوات الاحتلال الأمريكي على سرقة كمية جديدة من القمح المخزن في صوامع تل علو بريف الحسكة', 'سرقة', 'coalition'],
    // A party named after a word of its defeat is what befell it, not the undertaker (Horrya, 2024).
    [
      'وذكرت مصادر خاصة لحرية برس إن مليشيا “قوات سوريا الديمقراطية” عمدت بعد سيطرتها على المربع الأمني في الحسكة عقب سقوط نظام الأسد، إلى الاستيلاء على منازل المسيحيين المغتربين.',
      'الاستيلاء',
      'sdf',
    ],
    ['عمدت عقب سقوط نظام الأسد، إلى الاستيلاء على منازل المسيحيين المغتربين.', 'الاستيلاء', null],
    // «على» not right before the act, or no verb of undertaking: the rule says nothing.
    ['أقدم مسجد في المدينة على الطريق الذي شهد تهجير الأهالي', 'تهجير', undefined],
  ]);
});

describe('a verdict on an act is on its doer, not on whom it was aimed at', () => {
  eachHits([
    // Hayaaa, 2019: the party after «على» is the target of the attack.
    ['أدانت المملكة العربية السعودية الهجوم التركي على القوات الكردية في شمال سوريا ، ووصفته بأنه “عدوان” عسكري', 'عدوان', 'turkey'],
    // SSNP, 2016: a noun of occupation as the verdict.
    ['الحزب دان التوغل التركي داخل الاراضي السورية واعتبره احتلالاً ودعماً للمجموعات الارهابية', 'احتلالاً', 'turkey'],
    // No act named before the verdict: no one is decided.
    ['أدانت المملكة العربية السعودية ما جرى للقوات الكردية في شمال سوريا، ووصفته بأنه “عدوان” عسكري', 'عدوان', undefined],
    // A label for a party is no verdict on an act: the strikes' doer is not the militias (Levant News, 2023).
    ['وقال المسؤول إن الضربات الأميركية أصابت أيضا شحنة أسلحة كانت في طريقها إلى الميليشيات', 'الميليشيات', undefined],
  ]);
});

describe('an act read through a hired force to its patron is the hired force’s', () => {
  eachHits([
    ['منعها الأهالي من العودة إلى منازلهم وممتلكاتهم، التي تتعرّض للنهب من مرتزقة العدوان التركي من المجموعات الإرهابية', 'للنهب', 'sna'], // Al-Baath Media, 2019
  ]);
});

describe('a pronoun on a label joined by «و» to a label right before it points to that label’s party', () => {
  eachHits([
    // Ronahi, 2020: «الاحتلال» is Turkey's here, and «ومرتزقته» Turkey's hired force — not the Russians named a sentence before.
    ['قطع الاحتلال التركي المياه عن الحسكة. وبعد تدخلات من الجانب الروسي عادت المياه. وفي شباط أخرج الاحتلال ومرتزقته العمال من المحطة', 'ومرتزقته', 'sna'],
    // Without «و», a pronoun on an act after the list points to the subject (Al-Yemeni, 2020).
    ['واصلت قوات الاحتلال التركي ومرتزقتها من الجماعات التكفيرية اعتداءاتها على القرى', 'اعتداءاتها', 'turkey'],
  ]);
});

describe('a pronoun does not point to a helper named after «مع» when its sentence names the one that acts before it', () => {
  test.each([
    ['وتسيطر قوات الاحتلال الأمريكي بالتواطؤ مع ميليشيا "قسد" على غالبية حقول النفط في منطقة الجزيرة السورية بهدف سرقتها', '2022-08', 'سرقتها', 'coalition'], // Hadf News, 2022
    // With no one else named before it, the one after «مع» is still the owner (Eslah Kurd, 2016).
    ['العمل على دعم الشعب السوري في صراعه مع طاغية دمشق وزبانيته من التنظيمات المتطرفة', '2016-06-23', 'وزبانيته', 'assad_regime'],
  ])('«%s» on %s → «%s» hits %s', (text, date, word, actor) => {
    expectActor(analyze(text, { date }), word, actor);
  });
});

describe('a class word no party was introduced with before it: the first one introduced with it a short way on', () => {
  eachHits([
    // TRT Arabi, 2024: «التنظيم» in the lead is the «تنظيم PKK/YPG» the next paragraph names.
    [
      'تقدم الجيش الوطني السوري في مدينة منبج. وانتفض أبناء المدينة لتحرير السجناء من سجون التنظيم الإرهابي. وحرر الجيش الوطني السوري بلدة العريمة من احتلال تنظيم PKK/YPG الإرهابي، الذي سيطر عليها بعد طرد تنظيم داعش الإرهابي.',
      'الإرهابي',
      'sdf',
    ],
    // None introduced with it: no one.
    ['تقدم الجيش الوطني السوري في مدينة منبج. وانتفض أبناء المدينة لتحرير السجناء من سجون التنظيم الإرهابي.', 'الإرهابي', undefined],
    // Introduced before it, past a relational name of the party (Daily Sabah, 2023).
    ['أطلقت العشائر عملية جديدة ضد تنظيم "بي كي كي/ واي بي جي" الإرهابي. وتسعى العشائر لمنع تمدده في مناطق تقبع تحت احتلال التنظيم.', 'احتلال', 'sdf'],
  ]);
});

describe('a label joined by «و» after a label is the other side, not its owner', () => {
  eachHits([
    // Emedia (al-Watan), 2022: «الميليشيا» is the SDF called so before, not the US it is joined to.
    ['توحي الأنباء الواردة من المناطق التي تستولي عليها ميليشيا قسد بتدهور العلاقات بين الميليشيا والاحتلال الأمريكي', 'الميليشيا', 'sdf'],
    // Acts joined by «و» share their doer (Noslih, 2017).
    ['وأدان ناشطون التعتيم الإعلامي على جرائم ومجازر التحالف الدولي في الرقة', 'جرائم', 'coalition'],
  ]);
});

describe('what is tied to a party is the noun right before the tie', () => {
  eachHits([
    // YLK Media, 2023: the agency is close to ISIS; the SDF named before the agency is not tied to it.
    ['تبنى تنظيم داعش الهجوم. وأسفر الاستهداف عن إصابة عنصرين من “قسد” بحسب الوكالة المقربة من التنظيم المتشدد.', 'المتشدد', 'isis'],
    // The party itself right before the tie is what is tied.
    ['وقصفت الميليشيات الكردية المدعومة من أمريكا قرى في ريف الرقة', 'الميليشيات الكردية', 'sdf'],
    // A labelled noun joined by «و» after the patron phrase is the head's, not the patron's (Syrian
    // Interior Ministry, 2020), and so is one after a head no list names.
    ['خرجوا بمظاهرات تنديداً بممارسات ميليشيا قسد المدعومة من قوات الاحتلال الأمريكي وجرائمها بحق الأهالي', 'وجرائمها', 'sdf'],
    ['خرجوا بمظاهرات تنديداً بممارسات ميليشيا قسد المدعومة من أمريكا وانتهاكاتها بحق الأهالي', 'وانتهاكاتها', 'sdf'],
    ['وتتواصل ممارسات الفصائل المدعومة من تركيا وجرائمها بحق الأهالي', 'وجرائمها', 'sna'],
    // A pronoun agreeing with the head of the tie phrase is the head's, not the patron's in its
    // genitive (Buyer Press, 2021; For You Syria, 2022) …
    ['وطالبت الآساييش التحالف الدولي وموسكو القيام بمسؤولياتها لردع الفصائل الموالية لجيش الاحتلال التركي عن جرائمها في شمال شرق سوريا', 'جرائمها', 'sna'],
    ['واصلت ميليشيا “قسد” المدعومة من قوات الاحتلال الأمريكي ممارساتها القمعية بحق السكان المدنيين في المناطق التي تحتلها بالجزيرة السورية', 'تحتلها', 'sdf'],
    // … while a masculine pronoun, or one whose gender does not show, after a plural head stays the patron's.
    ['وطالبت الآساييش بردع الفصائل الموالية لجيش الاحتلال التركي عن عدوانه على شمال شرق سوريا', 'عدوانه', 'turkey'],
    ['وطالبت الآساييش بردع الفصائل الموالية لجيش الاحتلال التركي عن اعتداءاته في شمال شرق سوريا', 'اعتداءاته', 'turkey'],
    // A force's own name between its label and the tie: the tie names its patron (Syria TV, 2022;
    // Nidaa al-Furat, 2024; Adar Press, 2021) …
    ['وقالت مصادر خاصة إن قياديين في ميليشيا الفوج 47 التابع للحرس الثوري الإيراني وفي مقدمتهم أبو عيسى المشهداني', 'ميليشيا', 'iran_militias'],
    ['قال مصدر خاص إن مجموعات من مليشيا الفوج ٤٧ التابع للمليشيات الإيرانية وعددهم ٤٠ عنصرا حاولت التعدي على الأهالي', 'مليشيا', 'iran_militias'],
    ['وسلط تقرير المرصد الضوء على ميليشيا محلية جديدة تابعة للحرس الثوري الإيراني في الميادين', 'ميليشيا', 'iran_militias'],
    // … but not past an adjective of origin with the article, nor a word that names it (Akhbar el-Youm, 2017).
    ['وفي خطوات متسارعة تتراص الميليشيات العراقية الطائفية المدعومة من إيران على الحدود بين العراق وسوريا', 'الميليشيات', undefined],
    ['طالبت ميليشيات تسمى لواء أنصار المرجعية المدعومة من إيران رئيس الوزراء بالسماح لها بدخول سوريا', 'ميليشيات', undefined],
    // A means of war tied to a party is the party's own, not its proxy (SOHR, 2017).
    ['صعدت الطائرات التابعة للتحالف الدولي ضرباتها على الرقة، ما تسبب في وقوع مجزرة راح ضحيتها 15 مدنيا', 'مجزرة', 'coalition'],
  ]);
});

describe('a force is the party’s that forms it, or under whose supervision it is', () => {
  eachHits([
    // JL World, 2020; Diyaruna, 2019.
    ['أسست إيران ميليشيا مسلحة جديدة في سوريا، عقب جلبها مقاتلين من العراق وأفغانستان', 'ميليشيا', 'iran_militias'],
    ['وقال الناشط إن الحرس الثوري الإيراني بدأ بتشكيل ميليشيا جديدة في محافظة دير الزور', 'ميليشيا', 'iran_militias'],
    // Johina News, 2018: formed by the coalition, supervised by the SDF.
    ['جاء الاعلان عن قيام التحالف الدولي بتشكيل ميليشيا باشراف قوات سوريا الديمقراطية كقوات امنية حدودية', 'ميليشيا', 'sdf'],
    // The party after a preposition is not the one forming it.
    ['وحذر المسؤول من تشكيل ميليشيا جديدة ضد تركيا في المنطقة', 'ميليشيا', undefined],
  ]);
});

describe('an act a deed brought about is the doer’s', () => {
  eachHits([
    // Sawt al-Hayat, 2020; al-Yemeni, 2020; al-Hayat, 2019.
    ['قامت دولة الاحتلال التركي في التاسع من تشرين الأول بغزو مدينتي سري كانيه وكري سبي الأمر الذي أدى إلى تهجير الآلاف من منازلهم', 'تهجير', 'turkey'],
    ['وواصلت قوات الاحتلال التركي اعتداءاتها على عين عيسى بالمدفعية ما أدى إلى تهجير مئات الأسر من منازلها', 'تهجير', 'turkey'],
    ['وقصف التحالف المخيم بقنابل مدمرة مما تسبب بوقوع مجزرة جديدة بحق المواطنين', 'مجزرة', 'coalition'],
    // Two parties before the verb of result: no one is decided.
    ['وتبادلت القوات التركية وقسد القصف ما أدى إلى تهجير مئات الأسر', 'تهجير', undefined],
  ]);
});

describe('names of the SDF’s parts, patrons’ militias, acts after their subject', () => {
  eachHits([
    ['الأسايش يختطفون مراسلاً في التلفزيون السوري بالحسكة', 'يختطفون', 'sdf'], // Shaam Times, 2019: the subject before the act
    // An act with a party's relational adjective of its own is that party's, whoever is named before it (Yamanyoon, 2022; Al-Sharq Today, 2021).
    ['دانت الخارجية الإيرانية الاعتداء الأمريكي على التراب السوري فجر اليوم', 'الاعتداء', 'coalition'],
    ['من فجر اليوم قام العدو الإسرائيلي بعدوان جوي على مدينة دير الزور ومنطقة البوكمال', 'بعدوان', 'israel'],
    ['وبينت القناة أن مليشيات الأسايش اختطفت المراسل واقتادته إلى مكان مجهول', 'اختطفت', 'sdf'],
    ['وتابع البيان «اعتقلت ميليشيات PYD إثنين من رفاق يكيتي»', 'ميليشيات', 'sdf'], // BasNews, 2018
    ['والخلافات الداخلية والأجنحة المتشددة داخل قسد التي ترفض الاتفاق', 'المتشددة', 'sdf'], // Jusoor, 2025: «داخل» ties it to the party
    ['تمهيداً لبدء التوغل البري للميليشيات الموالية لتركيا في حين أخلت «قسد» بعض نقاطها', 'للميليشيات', 'sna'], // Sham FM, 2019: Turkey's militias are the SNA
    ['وفي سياق متصل، قُتل عنصر من المجموعات الإرهابية التابعة لتركيا وأصيب آخر', 'الإرهابية', 'sna'], // Syriac Press, 2020: groups tied to Turkey
    ['اشتكى الأهالي المهجرون من ريف المدينة من قيام فصائل أنقرة بسرقة ونهب ممتلكات منازلهم', 'بسرقة', 'sna'], // Al-Azmenah, 2023: groups governing Turkey's name
    // Groups tied to a label with Turkey's adjective are the SNA; the label is Turkey's (Hafryat, 2022; Dama Post, 2024).
    ['وثّق موقع "عفرين بوست" حالات الاعتقال والاختطاف التي تقوم بها ميليشيات تابعة للنظام التركي', 'والاختطاف', 'sna'],
    ['ووجهت صفحات محسوبة على الفصائل المسلحة الموالية لقوات الاحتلال التركي، اتهاماً', 'لقوات الاحتلال', 'turkey'],
    // A deed done by groups a label describes, tied to Turkey (Syriac Press, 2020).
    ['وعليه خطفت المجموعات الإرهابية التابعة لتركيا من جديد ستة عشر مواطناً من قرية عربا', 'خطفت', 'sna'],
    // A tie agrees with its head: a feminine tie after a feminine adjective, a masculine one after a masculine one.
    ['وقصفت المجموعات الإرهابية التابعة لدار الإفتاء المصرية القرية', 'الإرهابية', 'egypt'],
    ['قُتل عنصر إرهابي تابع لتركيا في ريف الرقة', 'إرهابي', 'sna'],
    // A loaded noun joined by «و» starts a phrase of its own; a loaded adjective joined so goes on describing.
    ['العدو الوحيد هو العدو الصهيوني والإرهاب التكفيري', 'التكفيري', undefined],
    ['ووقف الرعاية الاميركية ودعمها للميليشيات الارهابية والانفصالية التابعة لقسد', 'والانفصالية', 'sdf'],
    // A label joined by «و» to a patron is the patron's force only when it names one (Tevgera Komunist, 2022; Kalam fi Siyasa, 2020).
    ['قال كلستان إيلي: “إن دكتاتورية أردوغان وفاشية حزب العدالة والتنمية تستهدف الشعب”', 'وفاشية', 'turkey'],
    ['قالت المصادر إن القوات التركية والفصائل الجهادية تستعد للهجوم', 'والفصائل الجهادية', 'sna'],
    // A word of favour after the party the sentence calls an occupier is liberation from it (Al-Rafidain, 2024).
    ['المحافظات السورية التي تحتلها ميليشيات "قسد" الانفصالية، باتت على وشك التحرر', 'التحرر', undefined],
    ['وتمكنت قسد من تحرير المدينة من داعش', 'تحرير', 'sdf'],
  ]);

  test('a loaded noun after a pronoun-bearing label is what it stands for; its maker is not hit (Beirut Observer, 2021)', () => {
    const text = 'معتبراً أن «العدو الوحيد هو العدو الصهيوني وصنيعته الإرهاب التكفيري». وأن «كل حروب المنطقة تهدف إلى إضعاف خط المقاومة»';
    expectActor(text, 'العدو الصهيوني', 'israel');
    expectActor(text, 'التكفيري', undefined);
    expect(
      findings(text)
        .filter((f) => f.actor === 'israel')
        .map((f) => f.text),
    ).toEqual(['العدو الصهيوني']);
  });

  test('a pronoun-bearing label joined by «و» to the next label still points back («انتهاكاتها وجرائمها»)', () => {
    const text = 'وتواصل المجموعات المسلحة الموالية للنظام التركي في شمال سوريا انتهاكاتها وجرائمها بحق السكان';
    expectActor(text, 'انتهاكاتها', 'sna');
  });

  test('a masculine tie after a feminine adjective ties the noun further back, not the adjective (Dar al-Ifta, 2018)', () => {
    const text = 'قال مرصد الفتاوى التكفيرية والآراء المتشددة التابع لدار الإفتاء المصرية إن تنظيم داعش قام بتصفية عدد من العناصر';
    const f = findingOn(text, 'framing', 'المتشددة');
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f?.actor).not.toBe('egypt');
    expect(findings(text).some((f) => f.actor === 'egypt')).toBe(false);
  });

  test('before the SNA existed, «الجيش الوطني» is not the SNA (Sound and Picture, 2015)', () => {
    const text = 'وقوات النظام المدعومة من مجموعات مسلحة تابعة لما يسمى “الجيش الوطني” الموالي للنظام في محيط مطار دير الزور';
    expect(analyze(text, { date: '2015-06-01' }).findings.filter((f) => f.actor === 'sna')).toEqual([]);
    expect(analyze(text, { date: '2019-06-01' }).findings.some((f) => f.actor === 'sna')).toBe(true);
  });
});

describe('a name in parentheses keeps the construct', () => {
  eachHits([
    ['ميليشيا (قسد) الانفصالية تواصل اختطاف المدنيين بريف القامشلي', 'ميليشيا', 'sdf'], // Al-Azmenah, 2019
    ['ميليشيا (قسد) الانفصالية تواصل اختطاف المدنيين بريف القامشلي', 'الانفصالية', 'sdf'],
    ['ميليشيا (قسد) الانفصالية تواصل اختطاف المدنيين بريف القامشلي', 'اختطاف', 'sdf'],
  ]);

  test('«أو ما تسمى» after a party holds that party’s other name at a distance', () => {
    const f = findings('لفتت المصادر إلى قيام ميليشيا (الأسايش) أو ما تسمى (الشرطة المحلية) باختطاف أحد أهالي قرية الحصوية', 'distancing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([['ما تسمى', 'sdf']]);
  });
});

describe('a name written as a hashtag keeps the construct', () => {
  eachHits([
    ['ويوثق التقرير انتهاكات ارتكبتها #وحدات_حماية_الشعب (الذراع العسكري للـ PYD) والأسايش', 'انتهاكات', 'sdf'], // Al-Hal, 2015
    ['ترقى لأن تسمى جرائم حرب، ارتكبتها #الإدارة_الذاتية التي يقودها حزب الاتحاد الديمقراطي (PYD)', 'جرائم', 'sdf'], // Al-Hal, 2015
    ['اعتقلت ميليشيا #الحرس_الثوري_الإيراني، الاثنين، عدداً من ميليشيا #الدفاع_الوطني', 'ميليشيا', 'iran_militias'], // Al-Hal, 2020
    ['شنّت مليشيا #الدفاع_الوطني الموالية للحكومة السورية، الأربعاء، حملة اعتقالات', 'مليشيا', 'assad_regime'], // Al-Hal, 2021
    ['سواءً من مُرْتَزِقَة #درع_الفرات أو من جهاتٍ أخرى', 'مُرْتَزِقَة', 'sna'], // Al-Hal, 2021
  ]);
});

describe('acts after a relative pronoun, «هي من», or with their doer a few words on', () => {
  eachHits([
    ['وتتمثل في مليشيات حزب الاتحاد الديمقراطي "ب ي د" التي هجرت أهلنا في الحسكة', 'هجرت', 'sdf'], // Al-Khabour, 2018
    ['أن مليشيات YPG الإرهابية هي من هجّرت آلاف العوائل شمال سوريا', 'هجّرت', 'sdf'], // TRT Arabi, 2019
    ['مجزرتان خلال آخر 24 ساعة نفذتهما قوات التحالف في ريف دير الزور', 'مجزرتان', 'coalition'], // SOHR, 2018
    ['مثل مئات العائلات المعارضة للنظام الأسد التي هجرت من الحسكة', 'هجرت', undefined], // Al-Khabour, 2018: the families were displaced, the regime is a preposition's object
    // The doer right after the verb is no party the lists know; the party further on is the victim (Kataib Hezbollah, 2018).
    ['وعبر المعزون عن استنكارهم للجريمة التي ارتكبها الطيران الصهيو-امريكي بحق رجالات كتائب حزب الله المرابطين على الحدود', 'للجريمة', null],
    ['وأدان المجلس المجزرة التي ارتكبها الطيران الروسي في ريف دير الزور', 'المجزرة', 'russia'],
    // A preposition carrying the relative's pronoun may stand between the verb and its subject (Syria TV, 2019; SNHR, 2019).
    ['خرج الأهالي في مظاهرة تنديداً بالمجزرة التي قامت بها قوات سوريا الديمقراطية "قسد" بحق مدنيين في بلدة الشحيل', 'بالمجزرة', 'sdf'],
    ['تركَّزت عمليات الدهم والاعتقال التعسفي التي قامت بها قوات الإدارة الذاتية منذ بداية كانون الثاني', 'التعسفي', 'sdf'],
    ['وأدانت المنظمة الاعتقالات التعسفية التي قامت بها في المدينة', 'التعسفية', undefined], // no subject is named
    // … a subject named by a noun and its party's adjective, as after «ترتكبها» (Syriac Press, 2021);
    // not the doer of «ما» the verb performs (Ikhwan Syria, 2023).
    ['استمراراً للانتهاكات التي تقوم بها الدولة التركية تجاه مناطق شمال شرق سوريا', 'للانتهاكات', 'turkey'],
    [
      'إن الثورة التي تشهدها محافظة دير الزور ضد تسلط وجرائم (PKK) هي نتيجة طبيعية لوضع غير طبيعي، وقامت بجرائم وتهجير وتغيير ديموغرافي لا يقل أبداً عما قام به نظام الأسد',
      'وتغيير ديموغرافي',
      'sdf',
    ],
    // A verb of doing with the deed's pronoun, then its doer (Al-Kalima Online, 2018).
    ['وأبدى المحتجون غضبهم ضد ما وصفوه بـ"تطهير عرقي" تمارسه الحكومة التركية ضد الأكراد', 'تطهير عرقي', 'turkey'],
    // A verb right after a relative pronoun has the party before the pronoun for its subject (Al-Azmenah, 2015);
    // with an object pronoun on the verb, the relative's noun is its object.
    ['وتركيا التي كانت مترددة جدا في محاربة "تنظيم داعش" الذي يحتل مناطق من العراق وسوريا، غيرت موقفها', 'يحتل', 'isis'],
    ['وقالت إن قرى عفرين التي تحتلها تركيا منذ عام 2018 تشهد انتهاكات يومية', 'تحتلها', 'turkey'],
    // A clan's name after the deed is those it was done to (Ruwya, 2025).
    ['تعتبر مجزرة الشعيطات من أكبر جرائم القتل الجماعي في سوريا', 'مجزرة', undefined],
  ]);
});

describe('«عشوائي»: indiscriminate acts, and random things that are not', () => {
  test('«القصف العشوائي من قبل قوات الاحتلال التركي» hits Turkey (Ezdina, 2021)', () => {
    expectActor('حيث أدى القصف العشوائي من قبل قوات الاحتلال التركي والفصائل الموالية لها إلى مقتل مدنيين', 'العشوائي', 'turkey');
  });

  test.each(['تم اختيار العينة بشكل عشوائي', 'وتنتشر الأحياء العشوائية على أطراف المدينة'])('«%s» has no label', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });
});

describe('the one who welcomes is not the one favoured', () => {
  test.each<[string, string, string | undefined]>([
    ['باركت المملكة العربية السعودية تحرير مدينة الرقة من قبضة تنظيم «داعش» الإرهابي', 'تحرير', undefined], // Al-Jazirah, 2017
    ['وأشادت قسد بتضحيات مقاتليها في معارك الباغوز', 'بتضحيات', 'sdf'], // its own fighters' sacrifices
  ])('«%s» → «%s» favours %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('liberation: the subject that announces it, spelled any way', () => {
  test.each<[string, string, string | undefined]>([
    ['أعلنت قوات سورية الديموقراطية وهي تحالف من فصائل عربية كردية سورية، أمس الأحد بدء معركة تحرير الرقة', 'تحرير', 'sdf'], // Al-Riyadh (AFP), 2016: «سورية الديموقراطية»
    ['باركت المملكة العربية السعودية تحرير مدينة الرقة من قبضة تنظيم «داعش» الإرهابي', 'تحرير', undefined], // the one who welcomes it
    ['وتقاتل قوات الوفاق ضد الجيش الوطني الليبي، الذي يسعى إلى تحرير العاصمة طرابلس', 'تحرير', 'haftar'], // Al-Fagr, 2020: the relative clause's antecedent
    // A word of freeing in the words of a speaker whose party is known is that party's (Syrian Today, 2024; Rozana, 2016).
    ['وأوضحت غرفة عمليات الجيش الوطني في بيانها أن العملية جاءت ردا على هجمات قسد. وقال البيان: "بينما نخوض معارك التحرير لاستعادة وطننا من قبضة النظام"', 'التحرير', 'sna'],
    ['ولفت بيان مجلس منبج العسكري إلى أن "مدينة منبج وبعض أريافها تحررت لكن مساحات شاسعة لا تزال تعاني من ويلات داعش"', 'تحررت', 'sdf'],
    // Not a word describing the places («المناطق المحررة»), nor in the words of a speaker with no party.
    ['وقال المسؤول الأمريكي إن الخطوة تهدف إلى مساعدة المناطق المحررة من تنظيم داعش', 'المحررة', undefined],
    ['وقال الناشط إن "الحملة مستمرة لتحرير كامل الأرض"', 'لتحرير', undefined],
    // Nor one whose doers, fighters no list knows, are named right before it (Al-Sharq, 2016).
    ['وقالت رئاسة الأركان التركية في بيان إن عملياتها مستمرة داخل سوريا. وأضافت أن مقاتلي الجيش السوري الحر حرروا قرية كيكليجا.', 'حرروا', undefined],
    // Nor the subject of a sentence whose relative clause tells of the place freed (Al-Ghad al-Souri, 2018) — but
    // the clause's own verb, right after the pronoun, has the subject's (Turkey Posts, 2019).
    ['وكانت المملكة العربية السعودية قد أعلنت عن تقديمها مبلغ 100 مليون دولار لإعادة الإعمار في مدينة الرقة التي مر عام على تحريرها وخروج تنظيم داعش منها.', 'تحريرها', undefined],
    ['ورفع الجيش الوطني السوري العلم على سارية عالية في جنوب مدينة تل أبيض، التي حررها مع الجيش التركي من الإرهابيين', 'حررها', 'sna'],
  ])('«%s» → «%s» favours %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });

  test('a name inside another party’s name is not a mention: «الجيش السوري الحر» (Microsyria, 2018)', () => {
    const f = findings('أكد قائد عسكري في الجيش السوري الحر، فضّل عدم نشر اسمه، أن القوات دخلت المدينة', 'source');
    expect(f.map((x) => [x.text, x.actor, x.attribution])).toEqual([['قائد عسكري', undefined, 'anonymous']]);
  });

  test('«الميليشيات الكردية» are the SDF’s (Al-Yaum, 2014)', () => {
    expectActor('قتل ما لا يقل عن 30 من الميليشيات الكردية والشرطة في الحسكة', 'الميليشيات الكردية', 'sdf');
  });

  test('«استشهاد 7 من مقاتليها» favours the party the pronoun points to (KNK, 2025)', () => {
    expectActor('أعلنت قوات سوريا الديمقراطية، عن استشهاد 7 من مقاتليها، في مقاومة سد تشرين', 'استشهاد', 'sdf');
  });
});

describe('self-names in quotes, quoted faction names, pronouns on remnants', () => {
  test('«"المقاومة الإسلامية في العراق"» in quotation marks is not adopted (Arab Khabar, 2024)', () => {
    const f = findings('قالت الفصائل المسلحة المنضوية تحت ما يسمى "المقاومة الإسلامية في العراق" إنها جددت هجومها', 'framing');
    expect(f.map((x) => x.text)).toEqual([]);
  });

  test('«ميليشيا «السلطان سليمان شاه» الموالية لتركيا» is the SNA (Al-Alam, 2021)', () => {
    expectActor('بالتزامن مع تجهيز ميليشيا «السلطان سليمان شاه» الموالية لتركيا دفعة جديدة', 'ميليشيا', 'sna');
  });

  test('«التنظيمات المتطرفة وفلولها»: the pronoun points to the labelled phrase, which names no party (963+, 2023)', () => {
    const text = 'واستقبل الرئيس بشار الأسد رئيس هيئة الحشد، وناقش الطرفان سبل ملاحقة التنظيمات المتطرفة وفلولها التي تسعى لاستهداف أمن البلدين';
    expectActor(text, 'وفلولها', null);
  });
});

describe('an adjective describes its head noun: a head with no party gives it none', () => {
  eachHits([
    ['سواءً كانت من قبل النظام السوري أو الفصائل الإرهابية الحاكمة للمنطقة', 'الإرهابية', undefined], // Afaq al-Mar'a, 2024: «أو» joins a second noun
    // Al-Mehwar News, 2023: ISIS named earlier does not make «الارهابية» its own.
    ['وقالت الخارجية إن تنظيم داعش الإرهابي هزم. وطالبت بوقف الرعاية الاميركية ودعمها للميليشيات الارهابية الانفصالية', 'الارهابية', undefined],
    // Khabar Armani, 2015: a definite word after an indefinite one is its genitive.
    ['الناجية من تنظيم “داعش” الإرهابي تعجز عن استيعاب حجم بربرية الإرهابيين وحقدهم', 'الإرهابيين', 'isis'],
    // Al-Arab, 2018: a masculine plural is people, no adjective of the act before it.
    ['وتوعد الرئيس رجب طيب أردوغان بإبادة “هذا الجيش من الإرهابيين في المهد”، وبإطلاق عملية عسكرية في عفرين', 'الإرهابيين', undefined],
    // Katehon, 2019: «التي» is the place's, not the masculine plural's; its subject occupies Afrin.
    ['وقتل 4 من الفصائل المسلحة في هجوم نفذه مسلحون أكراد على مواقع الإرهابيين في عفرين التي تحتلها تركيا يوم أمس.', 'الإرهابيين', undefined],
    // Dot Gulf, 2024: an indefinite adjective after a noun of its own without the article is that noun's.
    ["شنت قوات ما تسمى 'قسد' العميلة للاحتلال الأمريكي هجمات إجرامية على أهلنا في دير الزور", 'إجرامية', undefined],
    ["أن دعم الولايات المتحدة 'لميليشيا قسد الانفصالية' يمثل أداة رخيصة", 'الانفصالية', 'sdf'], // Dot Gulf, 2024
  ]);
});

describe('an adjective of verdict on a noun of deeds takes the deeds’ doer', () => {
  eachHits([
    ['أقدمت قوات النظام التركي ومرتزقته من الإرهابيين على تنفيذ عمليات إجرامية بحق الأهالي', 'إجرامية', 'turkey'], // Syria 24, 2019
  ]);
});

describe('the party a place is freed from is never its liberator', () => {
  eachHits([
    ['تنكشف في المناطق التي كان يسيطر عليها داعش، مدى وحشية التنظيم، فعام مضى على تحرير مدينة الرقة (الرشيد) من داعش', 'تحرير', undefined], // ASO Network, 2019
    // Nor is it the party a later liberation in the sentence favours (Tev-Dem, 2018).
    ['نحن أبناء محافظة الرقة بعد تحرير مدينتنا من رجس الإرهاب الداعشي وتحرير محافظة دير الزور إلى الحدود العراقية', 'وتحرير', undefined],
    ['وأعلنت قسد تحرير مدينة الرقة من داعش وتحرير ريفها الشمالي', 'وتحرير', 'sdf'], // not ISIS, named just before it: the subject that announced both
    // Nor a party its clause names after a word of opposing (Shamra, 2021), unless a relative clause makes it the subject (Elfagr, 2020).
    ['وشدّد محافظ الحسكة على أن الاحتجاجات الرافضة لوجود الاحتلال الأميركي والتركي وميليشيا "قسد" متواصلة وستستمر حتى تحرير كامل الأراضي السورية', 'تحرير', undefined],
    [
      'وتواصل تركيا نقل المرتزقة السوريين إلى ليبيا للقتال إلى جانب قوات الوفاق ضد الجيش الوطني الليبي، الذي يسعى إلى تحرير العاصمة طرابلس من الميليشيات المسلحة',
      'تحرير',
      'haftar',
    ],
  ]);
});

describe('«انتهاكات» pinned on a party in the outlet’s voice, and not otherwise', () => {
  eachHits([
    ['تستمر انتهاكات وجرائم الاحتلال التركي، ومرتزقته بحق شعوب مناطق شمال وشرق سوريا', 'انتهاكات', 'turkey'], // Kurd Online, 2019
    ['وتواصل الجماعات المسلحة الموالية للنظام التركي في شمال سوريا انتهاكاتها وجرائمها', 'انتهاكاتها', 'sna'], // Arab Observer, 2020
  ]);

  test.each([
    'وقالت المنظمة إن فصائل المعارضة السورية المسلحة التي تعمل بدعم من تركيا ارتكبت انتهاكات بحق السكان', // SemaTV, 2024: Turkey follows «من»
    'وثقت منظمة هيومن رايتس ووتش انتهاكات حقوق الإنسان في المنطقة',
    'وتبادلت الأطراف الاتهامات بشأن انتهاكات لوقف إطلاق النار', // Bernama, 2026
  ])('«%s»: no party, no finding', (text) => {
    expect(findingOn(text, 'framing', 'انتهاكات')).toBeUndefined();
  });
});

describe('occupation and aggression named by their place', () => {
  eachHits([
    ['واستهدفت المقاومة قاعدة الاحتلال الأميركي في حقل كونيكو النفطي في سوريا، رداً على جرائم الاحتلال في غزة', 'الاحتلال في غزة', 'israel'], // Al-Thabat, 2023
    ['استمر العدوان على اليمن لسنوات', 'العدوان على اليمن', 'saudi_coalition'],
  ]);
});

describe('a party and the groups it backs, as one subject, do their acts as the party', () => {
  eachHits([
    // SOHR's director on Youm7, 2019
    [
      'أكد رامى عبد الرحمن مدير المرصد السوري لحقوق الأنسان فى مداخل هاتفيه لفضائية الحدث أن المناطق التى سيطرت عليها قوات الاحتلال التركى والفصائل الموالية له تقوم بارتكاب جرائم حرب',
      'جرائم',
      'turkey',
    ],
    ['قوات الاحتلال التركي ومرتزقته يواصلون عدوانهم على الشمال السوري في مدينة عين عيسى السورية', 'عدوانهم', 'turkey'], // Syrian Facts, 2019
    ['وكالة الحوزة - تُصعّد القوات التركية والفصائل الموالية لها من اعتداءاتها على كامل الشريط الحدودي السوري التركي', 'اعتداءاتها', 'turkey'], // Hawzah News, 2022
    // The groups alone are the subject.
    ['وأضاف أن الفصائل الموالية لتركيا تقوم بارتكاب جرائم حرب في تل أبيض', 'جرائم', 'sna'],
  ]);
});

describe("others of a label's kind («أخرى», «الأخرى») are not the party the label named before", () => {
  eachHits([
    // Tasnim, 2014
    [
      'نفذ عناصر تنظيم ما يسمى بالدولة الإسلامية في العراق والشام " داعش"الارهابي أحكام إعدام في الساحات العامة بمدينة الرقة السورية ، طالت معظمها مقاتلين من مجموعات ارهابية اخرى، وذلك في ظل الصراع',
      'ارهابية',
      undefined,
    ],
    ['للانضمام إلى تنظيم داعش المتطرف والجماعات المتطرفة الأخرى في المنطقة', 'المتطرفة', undefined], // Irfaa Sawtak, 2018
    // Without «أخرى» the label refers back.
    ['نفذ عناصر تنظيم داعش الارهابي أحكام إعدام في الساحات العامة بمدينة الرقة، طالت معظمها مقاتلين من المجموعات الارهابية', 'الارهابية', 'isis'],
    // Another act of the kind is no other party: it refers back as any act does (after Horrya, 2018).
    ['ارتكبت طائرات التحالف المجزرة في بلدة هجين. وفي مجزرة أخرى في بلدة السوسة، راح ضحيتها أربعة مدنيين', 'مجزرة', 'coalition'],
  ]);
});

describe('«المنظمة» refers back to the party introduced with it, and to none otherwise', () => {
  test('«منظمة “ب ي د”» … «للمنظمة الإرهابية» (Turkey Alaan, 2017)', () => {
    const text = 'تمكنت منظمة “ب ي د” من السيطرة على مناطق واسعة بعد طرد تنظيم داعش الإرهابي منها. إلا أن استمرار الدعم للمنظمة الإرهابية، دون قيد أو شرط، يثير القلق';
    // «الإرهابية» describes «المنظمة», which refers back to «منظمة “ب ي د”», not to the last party called terrorist.
    expect(findings(text, 'framing').at(-1)).toMatchObject({ text: 'الإرهابية', actor: 'sdf' });
  });

  test('«الفصائل» after «فصائل موالية لتركيا» are those factions; with none introduced, no party (Egy Press, 2025)', () => {
    const text = 'تصاعد وتيرة الاشتباكات بين فصائل موالية لتركيا وقوات سوريا الديمقراطية، فيما استشهد 50 عنصراً من الفصائل بحسب المرصد';
    expectActor(text, 'استشهد', 'sna');
    expectActor('فيما استشهد 50 عنصراً من الفصائل بحسب المرصد', 'استشهد', undefined);
  });

  test('«الفصائل» once the SNA is named is the SNA (Rudaw, 2024)', () => {
    const text =
      'اختطفت عائلة كوردية في مدينة عفرين، من قبل مسلحين تابعين لـ "الجيش الوطني السوري" الموالي لأنقرة. وبحسب المعلومات المتوفرة، فقد اختطفت الفصائل المسلحة ما لا يقل عن 9000 شخص';
    expect(findings(text, 'framing').at(-1)).toMatchObject({ text: 'اختطفت', actor: 'sna' });
  });

  test('a name joined by «و» is introduced by no word before it: «الفصائل وهيئة تحرير الشام» (SOHR, 2019)', () => {
    const text = 'دارت اشتباكات عنيفة بين الفصائل وهيئة تحرير الشام من جانب، وقوات النظام من جانب آخر، إلا أن الفصائل تمكنت من صد الهجوم';
    expect(analyze(text).actors.find((a) => a.id === 'hts')?.mentions).toBe(1);
  });

  test('«هذا الحزب الارهابي» after «حزب الاتحاد الديمقراطي» is that party, not the ISIS the sentence names (Syrian Coalition, 2017)', () => {
    const text =
      'يعتبر الائتلاف الوطني السوري “حزب الاتحاد الديمقراطي” وفروعه الأمنية والعسكرية تنظيمات إرهابية. إن الائتلاف الوطني، إذ يجدد إدانته للإرهاب ولكل تنظيماته، في مقدمتها داعش والقاعدة، فإنه يطالب الدول المعنية بالتوقف عن دعم هذا الحزب الارهابي';
    expectActor(text, 'الارهابي', 'sdf');
  });

  test('an adjective on an unattached labelled noun takes no party from the same label further on (Syrian Coalition, 2017)', () => {
    const text =
      'واعتقال قسم منهم ونفي آخرين إلى خارج سورية، في أساليب مشابهة لما يقوم به النظام والميليشيات الإرهابية. ويطالب الائتلاف الدول المعنية بالتوقف عن دعم هذا الحزب الارهابي بعد أن أسس حزب الاتحاد الديمقراطي إدارته';
    const f = findings(text, 'framing').find((x) => x.text === 'الإرهابية');
    expect(f).toBeDefined();
    expect(f?.actor).toBeUndefined();
  });

  test('«الحزب» after a party no list knows, introduced after a listed one, is no party (Hathalyoum, 2016)', () => {
    const text =
      'وقال الصحفي فريدون قجو إن "مجموعة من عناصر قوات الأمن (الآسايش) ومسلحي حزب الاتحاد الديمقراطي، داهمو مقر حزب يكيتي الكوردي، واعتقلوا 4 موظفين من طاقم الإذاعة". وأضاف أن "المجموعة المسلحة ما زالت تطوق مقر الحزب".';
    expect(analyze(text).actors.find((a) => a.id === 'sdf')?.mentions).toBe(2);
  });

  test('«الحزب» with a relational adjective of its own opens a name, and «الحزب» after it is no party (Rudaw, 2018)', () => {
    const text = 'واعتقلت الإدارة الذاتية المعلنة من قبل حزب الاتحاد الديمقراطي عضوين من الحزب الديمقراطي الكوردستاني – سوريا. وطالب الحزب بالإفراج عنهما';
    expect(analyze(text).actors.find((a) => a.id === 'sdf')?.mentions).toBe(2);
  });

  test("«للفصائل الإيرانية», «الفصائل السورية المسلحة التابعة»: a party's own adjective or a tie keeps the class word a reference (Iraq al-Khair, 2021; RNN, 2019)", () => {
    expect(analyze('قصف على مواقع لفصائل موالية لإيران في البوكمال، وحرائق في المقرات التابعة للفصائل الإيرانية').actors.find((a) => a.id === 'iran_militias')?.mentions).toBe(2);
    const text = 'كشفت قوات سوريا الديمقراطية عن هوية أحد مسلحي الفصائل السورية الموالية لتركيا، وحالياً يعمل مع الفصائل السورية المسلحة التابعة للمعارضة السورية';
    expect(analyze(text).actors.find((a) => a.id === 'sna')?.mentions).toBe(2);
  });

  test('«الفصائل الكردية» is not the factions introduced before (Awqat, 2025)', () => {
    const text = '85 قتيلاً من الفصائل الموالية لتركيا. كما أعلنت قوات سوريا الديمقراطية، التي تشكّل الفصائل الكردية عمودها الفقري، أنها تصدت للهجمات';
    expect(analyze(text).actors.find((a) => a.id === 'sna')?.mentions).toBe(1);
  });

  test('«المنظمة» after a neutral organisation is no party', () => {
    const text = 'وقالت منظمة الصحة العالمية إن المنظمة الإنسانية أرسلت مساعدات إلى المخيم';
    expect(
      analyze(text)
        .actors.filter((a) => a.mentions > 0)
        .map((a) => a.id),
    ).toEqual([]);
  });
});

describe('a coordinated noun between a label and an adjective takes the adjective', () => {
  eachHits([
    ['قصف الاحتلال التركي والفصائل الإرهابية التابعة له بالأسلحة الثقيلة مناطق في عين عيسى', 'الإرهابية', 'sna'], // Kurd Online, 2023: Turkey's factions
    ['وتمنع الفصائل الإرهابية هؤلاء من العبور بعد قصف الاحتلال التركي', 'الإرهابية', undefined],
    ['نتيجة هجوم لميليشيا “آساييش” الذراع الأمني للإدارة الذاتية', 'لميليشيا', 'sdf'], // Syria Trends, 2021: «آساييش»
    // «المساندة لها», «الحليفة له»: a tie to the party named before (Al-Sharqia 24, 2016).
    ['فرضت قوات سوريا الديمقراطية والميليشيات المساندة لها حصاراً على المدينة', 'والميليشيات', 'sdf'],
    ['وقصف الاحتلال التركي والمرتزقة الحليفة له القرى', 'والمرتزقة', 'sna'],
    // The party before is itself tied to the one the pronoun means: Shabab Mostadam, 2022, where
    // «له» is the US occupation named a clause earlier.
    ['لتمويل ميليشيا قوات سوريا الديمقراطية "قسد" المرتبطة به، والتنظيمات الإرهابية التابعة له، وذلك بالتزامن مع الحصار', 'الإرهابية', undefined],
    ['لتمويل ميليشيا قسد الموالية لها والفصائل الإرهابية التابعة لها', 'الإرهابية', undefined],
    // A name after the pronoun is not the patron (al-Baath Media, 2021).
    ['نتيجة الخلافات بين الاحتلال التركي والفصائل الإرهابية التابعة له، وميليشيا “قسد” الانفصالية', 'الإرهابية', 'sna'],
    // «معها» ties as «لها» does (al-Mowaten, 2020).
    ['التحالف مع بعضها لوقف تقدم قوات الاحتلال التركي، والميليشيات المتحالفة معها في الأراضي السورية', 'والميليشيات', 'sna'],
    ['لوقف تقدم الجيش السوري، والميليشيات المتحالفة معنا في الأراضي السورية', 'والميليشيات', undefined],
    // Groups named by the patron's relational adjective are its proxy (Sout Al-Omma, 2020).
    ['ومنذ احتلال الفصائل التركية لسوريا ومحافظاتها تعمل على تنفيذ مخطط الرئيس', 'احتلال', 'sna'],
    // The patron named a long clause back (Sawt al-Haq, 2020): «له» is the Turkish regime.
    ['لا يتوقف النظام التركي عن جرائمه الممنهجة في الشمال السوري، فبعد تحويل المدن هناك إلى أماكن لإيواء الميليشيات الإرهابية الموالية له، باتت القرى هدفا', 'الإرهابية', 'sna'],
    // A patron named by a label and its adjective, past «من» (Al-Yemen Al-Ittihadi, 2020).
    ['واعتدت مجموعات إرهابية مدعومة من قوات الاحتلال التركي بالمدفعية على مخيم', 'إرهابية', 'sna'],
    ['واعتدت مجموعات إرهابية مدعومة من قوات الاحتلال بالمدفعية على مخيم', 'إرهابية', undefined],
  ]);
});

describe('a tie by a verb, a designation, a militia named after another party', () => {
  eachHits([
    // «تدعمها إيران»: the pronoun is the label; the patron's proxy (Dijlah, 2021).
    ['وجهت القوات الأميركية فجر الجمعة ضربة عسكرية لميليشيات تدعمها إيران في منطقة البوكمال', 'لميليشيات', 'iran_militias'],
    ['وقصفت فصائل تدعمها تركيا قرى ريف تل تمر', 'فصائل', null], // found no finding here today
    // The designating party is not what the adjective describes (Attajdid, 2017).
    ['وسيطر تنظيم "ب ي د" المصنف من قبل تركيا إرهابياً الأحد على السد', 'إرهابياً', 'sdf'],
    ['وتقاتل وحدات حماية الشعب التي تصنفها أنقرة إرهابية تنظيم داعش', 'إرهابية', 'sdf'],
    // The classed party speaking: the relative clause about it is no word of its own (Akhbaar24, 2018).
    ['وقالت الوحدات الكردية، التي تعتبرها أنقرة منظمة "إرهابية" وتخشى أن تؤسس حكما ذاتيا، إنها انسحبت', 'إرهابية', 'sdf'],
    ['وقالت الوحدات الكردية إن الفصائل الإرهابية هاجمت القرية', 'الإرهابية', 'isis'], // the speaker's own word: whom the SDF calls so
    // «أفادت فيه»: the statement's pronoun is the party that gave it (Syriac Press, 2022).
    [
      'أصدرت قواتُ سوريا الديمقراطيةُ بياناً إلى الرأي العام، على خلفية الأحداثِ التي شهدتها مدينة “الحسكة” خلال الأسبوع الماضي، أفادت فيه أنّه في بداية الهجوم، عمد المرتزقةُ الإرهابيونَ إلى تفجيرِ سيّارةٍ مفخّخةٍ عند البوّابة',
      'الإرهابيونَ',
      'isis',
    ],
    // A designation with no designator named, past the class noun: the party before it (Shabwah Press, 2024).
    ['أن جماعة الحوثي، المصنفة دوليًا كمنظمة إرهابية، بدأت في نقل مسلحين لها إلى سوريا', 'إرهابية', 'houthis'],
    ['أن الجماعة المصنفة منظمة إرهابية بدأت في نقل مسلحين إلى سوريا', 'إرهابية', undefined],
    // The verb's subject is the designator; its object pronoun stands for the party named before it.
    ['وتدعم الولايات المتحدة قوات سوريا الديمقراطية، بينما تصنفها تركيا كمنظمة إرهابية', 'إرهابية', 'sdf'],
    // After a relative pronoun, or with no «و» on the verb, the verdict is on the noun right before it:
    // one no party is named by is none of the parties named further back (Arab Khabar, 2023; Al-Masry Al-Youm, 2019).
    ['وذكرت "الأناضول" أن الاستخبارات التركية رصدت إنتاج الحزب الذي تصنفه أنقرة تنظيما إرهابيا', 'إرهابيا', undefined],
    ['يتعين نقل السيطرة إلى الحكومة السورية، ويجب على الأكراد السوريين- تعتبرهم تركيا إرهابيين- والحكومة السورية بدء حوار مشترك', 'إرهابيين', undefined],
    ['وقالت الخارجية إن التنظيم المصنف إرهابياً لدى واشنطن هاجم القرية', 'إرهابياً', null], // found no finding here today
    ['وهاجمت قوات النظام السوري الإرهابية المدينة', 'الإرهابية', 'assad_regime'],
    // The designator is never what it designates, even when no party is designated.
    ['وهاجمت المنظمة المصنفة من قبل تركيا إرهابية القرية', 'إرهابية', undefined],
    // Kata'ib Hezbollah is an Iraqi militia, not Lebanon's Hezbollah (Iran Insider, 2020).
    ['جاءت بعد يوم واحد من طرد ميليشيا حزب الله العراقي لوفد من البلدة', 'ميليشيا', 'iran_militias'],
    ['وانسحبت ميليشيا حزب الله اللبناني من القصير', 'ميليشيا', 'hezbollah'],
    // «منظمة قسد», like «تنظيم قسد», makes the forces an outlawed organisation (al-Binaa, 2019).
    ['يعمل عليه الطرفان الأميركي ومنظمة قسد الكردية بتأسيس دولة', 'ومنظمة قسد', 'sdf'],
  ]);
});

describe('a label without the article governs the name after it', () => {
  eachHits([
    ['بعد أن تم تحريرهم من أحد أوكار إرهابيي داعش في الريف الغربي للمدينة', 'أوكار', 'isis'], // SANA, 2017
    ['وتنتشر في بعض مناطق البادية خلايا إرهابية من بقايا تنظيم داعش', 'إرهابية', 'isis'], // al-Mehwar, 2020
    // A second label after «و» is a second party; an adjective names the party the label is about.
    ['برفقة حراسة من قوات الاحتلال وميليشيا قسد الانفصالية عبر معبر المحمودية', 'قوات الاحتلال', undefined], // al-Baath, 2024
    ['وهاجمت أوكار النظام المصري القرية', 'أوكار', 'egypt'],
    // A word that carries a pronoun governs no name: «قسد» is the creature itself (seed 001).
    ['لولا أن استخدم النظام صنيعته قسد بقصد تهجير سكانه', 'النظام', 'assad_regime'],
  ]);

  // A force owned by what no list knows is that owner's: no other party's militias refer it back (Al-Roeya, 2020).
  test.each<[string, (string | undefined)[]]>([
    ['وقصفت ميليشيات قسد القرية. كما دعمت تركيا ميليشيات حكومة السراج في ليبيا', ['sdf', undefined]],
    ['وقصفت ميليشيات قسد القرية. ثم أرسلت ميليشيات الحكومة الليبية مقاتلين', ['sdf', undefined]],
    ['لدعم ميليشيات حكومة السراج. وأقدمت ميليشيا "فرقة الحمزة" على اختطاف 10 مدنيين', [undefined, 'sna', 'sna']], // not the lead's bare label either
    ['وقصفت ميليشيات قسد القرية. كما انتشرت ميليشيات في الحسكة', ['sdf', 'sdf']], // a preposition is no owner
  ])('«%s»: the militias hit %j', (text, actors) => {
    expect(findings(text, 'framing').map((f) => f.actor)).toEqual(actors);
  });
});

describe('a freeing no rule attaches, in a text on the SDF and ISIS alone, is the SDF’s', () => {
  eachHits([
    // Hawar, 2019; Ronahi, 2020: anniversaries of the cities the SDF took from ISIS.
    ['احتفل أهالي الطبقة اليوم بالذكرى الثانية لتحرير مدينتهم من يد مرتزقة داعش، بمشاركة قوات سوريا الديمقراطية.', 'لتحرير', 'sdf'],
    ['وهنأت قوات سوريا الديمقراطية الأهالي. وقال المتحدث: بعد تحرير المدينة من داعش بدأت العودة التدريجية.', 'تحرير', 'sdf'],
    // Not with another fighting party named (Rudaw, 2017), nor without ISIS.
    ['وقال المتحدث إن قوات النظام وقوات سوريا الديمقراطية تتسابقان. وبعد تحرير المدينة من داعش بدأت العودة.', 'تحرير', undefined],
    ['وهنأت قوات سوريا الديمقراطية الأهالي. وبعد تحرير المدينة بدأت العودة التدريجية.', 'تحرير', undefined],
  ]);
});

describe('«منظمة» before a party keeps the construct, as «تنظيم» does (Anadolu, 2021)', () => {
  eachHits([
    ['أعلنت وزارة الدفاع التركية تحييد 4 إرهابيين من منظمة ي ب ك في شمالي سوريا.', 'إرهابيين', 'sdf'],
    ['أعلنت وزارة الدفاع التركية، تحييد 4 إرهابيين من منظمة "بي كا كا/ي ب ك" الانفصالية في منطقة نبع السلام شمالي سوريا.', 'إرهابيين', 'sdf'],
  ]);
});

describe('a noun of verdict governing names joined by «و» hits each of them', () => {
  test.each<[string, string, string | undefined, string[] | undefined]>([
    // [text, loaded word, party, the parties joined to it]
    ['أطلق الجيش التركي عملية "نبع السلام" شرق نهر الفرات شمالي سوريا، لتطهيرها من إرهابيي "ي ب ك/ بي كا كا" و"داعش"، وإنشاء منطقة آمنة', 'إرهابيي', 'sdf', ['isis']], // Daily Sabah, 2020
    ['وطالب المقداد بإنهاء احتلال تركيا والولايات المتحدة الامريكية للأراضي السورية', 'احتلال', 'turkey', ['coalition']], // Al-Kawthar, 2022
    ['وتحدث الأهالي عن انتهاكات قسد والقوات الامريكية بحق الاهالي.', 'انتهاكات', 'sdf', ['coalition']], // Al-Alam, 2022
    ['ويقاتل مرتزقة داعش وجبهة النصرة ضمن صفوف كافة المجموعات المرتزقة', 'مرتزقة', 'isis', ['hts']], // Syriac Press, 2021
    // Not the «و» between two sides of a fight, however far back «بين» stands (Al-Jarida, 2016).
    ['شهدت مدينة الحسكة معارك جديدة بين قوات النظام السوري مدعومة بميليشيات الدفاع الوطني ووحدات حماية الشعب الكردي', 'بميليشيات', 'assad_regime', undefined],
    // Not an adjective with the article, whose noun is its own (Enab Baladi, 2023).
    ['واستهدفت الغارات مواقع للميليشيات الإيرانية و"حزب الله" في مدينة البوكمال', 'للميليشيات', 'iran_militias', undefined],
    // Not across a comma: the second name begins a phrase of its own (Al-Azmenah, 2014).
    ['وعن تصنيف حزب الاتحاد الديمقراطي بالإرهابي تركياً، و"وحدات حماية الشعب" الكردي، قال الوزير', 'بالإرهابي', 'sdf', undefined],
  ])('«%s» → «%s» hits %s and %j', (text, word, actor, also) => {
    expectActor(text, word, actor);
    expect(findingOn(text, 'framing', word)?.also).toEqual(also);
  });
});

describe('a force named after a word of naming', () => {
  eachHits([
    // «تُعرف باسم» (Al-Roeya, 2020; Vietnam+, 2024).
    ['ومعظمهم أعضاء في ميليشيات إجرامية وإرهابية تُعرف باسم «كتائب السلطان مراد» و«كتائب الحمزة»', 'ميليشيات', 'sna'],
    ['ونشرت ميليشيا عراقية تعرف باسم المقاومة الإسلامية في العراق بيانا', 'ميليشيا', 'iran_militias'],
  ]);
});

describe('a seizure is of property, not of ground won or arms taken', () => {
  test.each<[string, boolean]>([
    ['واستولت الميليشيات الإيرانية على منازل المهجرين في البوكمال', true], // Eye of Euphrates, 2023
    ['واستولت القوات الأميركية في ريف الحسكة شمال شرق سوريا على 43 صهريج نفط', true], // Ertikaz, 2022
    ['بعد أن استولى التنظيم على غالبية القرى والبلدات المحيطة', false], // Palestine Today, 2014
    ['وأشار النشطاء إلى أن الوحدات استولت على عتاد وذخيرة', false],
  ])('«%s»: a seizure %s', (text, flagged) => {
    expect(findings(text, 'framing').some((f) => f.term === 'seizure')).toBe(flagged);
  });
});

describe('«الجماعات الجهادية», «المتشددين», «المتطرفين» in an article whose only jihadist party is ISIS', () => {
  eachHits([
    ['وتخوض قوات سوريا الديموقراطية معارك عنيفة ضد تنظيم داعش لطرد الجماعات الجهادية من معقلها الأبرز', 'الجماعات الجهادية', 'isis'],
    ['سيطرت قوات حليفة لدمشق على آخر الأراضي التي تخضع لسيطرة المتشددين في دير الزور. وذكر المرصد أن تنظيم "داعش" يسيطر على جيب صغير', 'المتشددين', 'isis'], // Reuters, 2017
    ['تقاتل جبهة النصرة وتنظيم داعش في ريف الحسكة، وسيطرت الجماعات الجهادية على ثلاث قرى', 'الجماعات الجهادية', undefined], // two jihadist parties: no rule decides
    ['وسيطرت فصائل جهادية على ثلاث قرى في ريف الحسكة', 'فصائل جهادية', undefined], // no party named
    // «المتطرفون» refers back to «المتشددين» (one category of words about extremism; Al-Fadjr, 2014).
    ['وسيطر تنظيم داعش على القرية. وطرد المقاتلون الأكراد المتشددين من الحي، وصد المقاتلون هجوماً شنه المتطرفون على الحي الشمالي', 'المتطرفون', 'isis'],
    // A plural in «ين» after a name headed by a plural in «ون» is in another case: the verb's object, not the name's adjective.
    ['وسيطر تنظيم داعش على القرية. وطرد المقاتلون الأكراد المتشددين من الحي', 'المتشددين', 'isis'],
    // The last word of a party's name gives the word after it no kind: it is the verb's object (Al-Omma al-Arabia, 2017).
    ['وتقاتل قوات سوريا الديمقراطية المتشددين قرب سد الطبقة للاستيلاء على معقل تنظيم داعش', 'المتشددين', 'isis'],
    // … while a relational adjective of the noun's own does («الفكر الطائفي المتطرف»: a current of thought).
    ['وتقاتل قوات سوريا الديمقراطية تنظيم داعش وتحارب الفكر الطائفي المتطرف', 'المتطرف', undefined],
    // «المتطرفون» as a noun, the fighters themselves (AFP, 2022; Alhurra, 2018).
    ['وواصلت القوات الكردية ملاحقة عشرات المتطرفين المتحصنين داخل السجن غداة استعادة السيطرة عليه من مقاتلي تنظيم داعش', 'المتطرفين', 'isis'],
    ['وسافر المئات إلى سوريا للانضمام إلى تنظيم داعش والجماعات المتطرفة الأخرى. وفي روايات الناجين حكايا عن متطرفين من جنسيات مختلفة', 'متطرفين', 'isis'],
    // The groups besides ISIS are other groups: a default party is not handed on to another word.
    ['وسافر المئات إلى سوريا للانضمام إلى تنظيم داعش والجماعات المتطرفة الأخرى. وفي روايات الناجين حكايا عن متطرفين من جنسيات مختلفة', 'المتطرفة', undefined],
    ['تقاتل جبهة النصرة وتنظيم داعش في ريف الحسكة، وسيطر المتطرفون على ثلاث قرى', 'المتطرفون', undefined],
    ['وسيطر المتطرفون على ثلاث قرى في ريف الحسكة', 'المتطرفون', undefined],
  ]);
});

describe('stolen goods carried by a convoy are the convoy owner’s', () => {
  eachHits([
    ['وخرج رتل للاحتلال الأمريكي مؤلف من 44 صهريجاً محملاً بالنفط المسروق عبر معبر المحمودية', 'بالنفط المسروق', 'coalition'], // SANA style, 2022
    ['أن الجيش الأمريكي وبالتعاون مع مسلحي تنظيم قسد، قام بإخراج رتل من 32 شاحنة محملة بالقمح المسروق من صوامع تل علو', 'المسروق', 'coalition'], // Sputnik, 2022: the helper is not the carrier
    ['وخرجت خلال اليومين الماضيين عشرات الصهاريج المحملة بالنفط المسروق باتجاه العراق', 'بالنفط المسروق', undefined], // no party named
    // The helper's whole name is passed, however long («وحدات حماية الشعب الكردية»).
    ['أن الجيش الأمريكي وبالتعاون مع مسلحي وحدات حماية الشعب الكردية قام بإخراج رتل من 32 شاحنة محملة بالقمح المسروق', 'المسروق', 'coalition'],
  ]);
});

describe('«من قبل» after a word that names a party, and «من جانب» right after an act', () => {
  eachHits([
    // The SDF encircles the terrorists; it is not what the word calls terrorist (Castle Journal, 2022).
    ['ولكن مع تطويق الخناق على الإرهابيين، من قبل قوات سوريا الديمقراطية، بدأ الاستسلام', 'الإرهابيين', undefined],
    // Nor after «أنّ», as the subject of its clause: the Turkish commandos neutralised them (Anadolu, 2021).
    ['وذكرت مصادر أنّ الإرهابيين تم تحييدهم من قبل قوات الكوماندوز التركية', 'الإرهابيين', undefined],
    ['وأشارت الدفاع التركية في منشور على تويتر الجمعة، أنّ الإرهابيين تم تحييدهم من قبل قوات الكوماندوز التركية، أثناء محاولتهم', 'الإرهابيين', 'sdf'],
    // An adjective on a noun of acts is the doer's (BasNews, 2018).
    ['يدين المجلس بشدة هذه الممارسات الإرهابية من قبل ميليشيات PYD بحق أحزاب المجلس', 'الإرهابية', 'sdf'],
    // Claiming the deed names its doer (Makkah, 2016).
    ['استهدف تفجير إرهابي تبناه تنظيم داعش الحي الغربي من مدينة القامشلي', 'إرهابي', 'isis'],
    // A labelled doer right after «من قبل»: the party past «بالتعاون مع» is its helper, not the
    // doer (Al-Alam, 2022) — while one named right after the labelled doer is it (Tawafok, 2023).
    ['وحالات الخطف والقتل وسرقة النفط من قبل الميليشيا بالتعاون مع قوات الاحتلال الأمريكي', 'وسرقة النفط', undefined],
    ['وحالات الخطف والقتل وسرقة النفط من قبل قسد بالتعاون مع قوات الاحتلال الأمريكي', 'وسرقة النفط', 'sdf'],
    ['من حرب إبادة حقيقية من قبل مجرمي العصر مليشيا " قسد ". وأشاد بالعشائر', 'إبادة', 'sdf'],
    // «من جانب» right after the act names its doer (Al-Bayan, 2018); further on it is another act's (Aden al-Hadath, 2015).
    ['وقالت إنّ «الهجوم والاحتلال من جانب الجيش التركي يزيدان معاناة سكان عفرين»', 'والاحتلال', 'turkey'],
    [
      'اختطف تنظيم "الدولة الإسلامية" العشرات من المسيحيين الآشوريين من قرى تقع شمال شرقي سوريا. وتزامن خطف المسيحيين الآشوريين مع تقدم مستمر من جانب المقاتلين الأكراد السوريين',
      'خطف',
      null, // found no finding here today
    ],
  ]);
});

describe('the foe of a liberation is not its hero', () => {
  eachHits([
    // PS News, 2017: ISIS is what was defeated, the liberator is not named in the clause.
    ['وأعلنت القيادة هزيمة تنظيم داعش الإرهابي ودحره في عاصمة خلافته وتحرير مدينة الرقة السورية', 'وتحرير', undefined],
    ['وأعلنت قوات سوريا الديمقراطية تحرير مدينة الرقة', 'تحرير', 'sdf'],
    // A party whose fall is told right after the liberation is what it was won against (Dama Post, 2025).
    ['وعادت 20 ألف عائلة إلى مدينة عفرين منذ تحرير المنطقة وسقوط النظام السوري السابق', 'تحرير', undefined],
    ['وعادت العائلات بعد تحرير المنطقة وانهيار التنظيم في المدينة', 'تحرير', undefined],
  ]);
});

describe('a relational adjective ending a personal name is part of the name', () => {
  eachHits([
    // «ياسر المصري»: a definite one after a bare word, no noun it could describe (Nidal al-Shaab, 2019).
    ['بدوره استنكر أمين سر تحالف قوى المقاومة الفلسطينية ياسر المصري العدوان التركي على سوريا', 'العدوان', 'turkey'],
    // A construct is not a name: «طائرات التحالف» are the coalition's (Liban8, 2016).
    ['في عملية تأتي رداً على الجرائم التي ترتكبها طائرات التحالف على مدينة الرقة', 'الجرائم', 'coalition'],
    // A verb after a relative pronoun has the party as its subject (Al-Alam, 2023).
    ['فالبندقية التي حاول الاميركي كثيرا توحيدها في المناطق التي يحتلها في سورية انقلبت على بعضها', 'يحتلها', 'coalition'],
  ]);
});

describe('an act right after a label phrase is done by the labelled party', () => {
  eachHits([
    // The label and the party's own adjective are the verb's subject (Al-Binaa, 2023; Al-Wehda, 2023).
    ['كشفت وكالة سانا أنّ قوات الاحتلال الأميركي سرقت حمولة نحو 95 صهريجاً من نفط حقول الجزيرة', 'سرقت', 'coalition'],
    ['الاحتلال الأمريكي يسرق حمولة 44 صهريجاً من نفط الجزيرة السورية', 'يسرق', 'coalition'],
    // A noun carrying a pronoun points back past the hired force to its patron (Elmogaz, 2020).
    ['وتواصل قوات الاحتلال التركي ومرتزقتها من الإرهابيين اعتداءاتهم على المدنيين بريف الرقة', 'اعتداءاتهم', 'turkey'],
  ]);
});

describe('an act whose subject is a label takes the party the label is given', () => {
  eachHits([
    // A bare label in a headline, given its party further on, is the subject right before the act (Private Magazine, 2021).
    ['سرقة ونهب و"احتلال"..الميليشيات تقمع أكراد رأس العين السورية. وأقدمت ميليشيا "فرقة الحمزة" الإرهابية قبل أيام على اختطاف 10 مدنيين من قرية مريكيس', 'تقمع', 'sna'],
    // A later label with the article, still before the party is first given, refers back to the
    // one given it ahead (Private Magazine, 2021; Infoplus, 2023; Yalla Syria, 2025) …
    [
      'سرقة ونهب و"احتلال"..الميليشيات تقمع أكراد رأس العين السورية. لا تزال المليشيات الإرهابية تواصل قمع السكان الأصليين في بلدتي رأس العين وتل أبيض. وأقدمت ميليشيا "فرقة الحمزة" الإرهابية قبل أيام على اختطاف 10 مدنيين من قرية مريكيس',
      'المليشيات',
      'sna',
    ],
    [
      'هجوم بائس. تعرّضت الجهة الشرقية لمدينة دير الزور لعدوان جوي بأربعة صواريخ، قرابة منتصف الليل. واستهدف العدوان أطراف مدينة دير الزور. وقالت مصادر إن العدوان الأمريكي طال مخابز المدينة',
      'العدوان',
      'coalition',
    ],
    [
      'تحيي عوائل عشيرة الشعيطات الذكرى السنوية لـ "مجزرة الشعيطات". المجزرة التي وقعت في الخامس عشر من آب 2014 أودت بحياة 850 فرداً من العشيرة، وكانت أكبر مجزرة ارتكبها تنظيم داعش في سوريا',
      'المجزرة',
      'isis',
    ],
    // … an indefinite one is a new referent, and stays unattached.
    ['العدوان يضرب دير الزور. وتعرضت بلدة قريبة لعدوان جوي بأربعة صواريخ. وقالت مصادر إن العدوان الأمريكي طال مخابز المدينة', 'لعدوان', undefined],
    // The label right after the verb, or past the preposition that carries the relative's pronoun, is its subject (Al-Baath, 2022; Syria TV, 2021).
    [
      'تواصل قوات الاحتلال الأمريكي زيادة تواجدها اللاشرعي في منطقة الجزيرة السورية. وبينت المصادر أن الصهاريج التي أدخلها الاحتلال مخصصة لنقل النفط ستتم تعبئتها بالنفط السوري الذي تسرقه قوات الاحتلال بالتعاون مع ميليشيا “قسد”',
      'تسرقه',
      'coalition',
    ],
    ['لإخراج عناصر من ميليشيا الدفاع الوطني من منازل للمدنيين. المصادر ذاتها قالت إن المنازل التي استولت عليها الميليشيا وعددها نحو 25 منزلاً', 'استولت', 'assad_regime'],
    // A label's adjective after the act describes the act; it is no subject (Okaz, 2025).
    ['أدانت الوزارة العمل الإرهابي لتنظيم داعش، وشرعت في تتبع العناصر التي يرجح أنها متورطة في الجريمة الإرهابية', 'الجريمة', null],
  ]);
});

describe('an act after a demonstrative points back to the last act of its kind', () => {
  eachHits([
    // The massacres the coalition commits, then «هذه الجرائم» (Ebaa, 2019).
    ['ورغم هذه المجازر التي يرتكبها التحالف والاعتراف العلني بها إلا أن هذه الجرائم لا تحظى بالتغطية الإعلامية اللازمة', 'الجرائم', 'coalition'],
    // The sentence before tells the theft and whose it is (Al-Khanadeq, 2021).
    [
      'عمدت القوات الأمريكية المتواجدة في منطقة الحسكة إلى سرقة النفط والقمح عبر شاحناتها. وقد وثقت مقاطع فيديو وصور هذه السرقة، حيث تُظهر بعض المشاهد قيام مجموعة من الصهاريج',
      'السرقة',
      'coalition',
    ],
    // An act of another kind before it (the patron's collusion) is not what it points to (Souriali, 2018).
    [
      'اتهمت منظمة العفو الدولية فصائل معارضة بارتكاب انتهاكات جسيمة في عفرين، بتواطؤ تركي، وأشار تقرير للمنظمة إلى أن هذه الانتهاكات تتراوح بين الاعتقال التعسفي',
      'الانتهاكات',
      null,
    ],
  ]);
});

describe('a pronoun on a label the source writes «ه»', () => {
  eachHits([
    // The final «ه» is the pronoun, not «ة»: the dens are ISIS's (Al-Fassel, 2025; Al-Furat, 2026).
    ['تعتمد قوات التحالف على المعلومات لتتبع خلايا تنظيم داعش بشكل فعال ومداهمة أوكاره واعتقال عناصره', 'أوكاره', 'isis'],
    ['دمٌ بلا حساب.. تنظيم “قسد” يمعن في جرائمه بحق المدنيين', 'جرائمه', 'sdf'],
  ]);
});

describe('a terror cell with no party of its own', () => {
  eachHits([
    // ISIS is the one terrorist party the article names (Al-Fassel, 2025).
    ['تستمر قوات التحالف الدولي بملاحقة خلايا تنظيم الدولة الإسلامية (داعش). ونجحت قوات التحالف باعتقال خلية إرهابية مؤلفة من 5 عناصر', 'خلية إرهابية', 'isis'],
    // Turkey, which calls others terrorists, is named too: no default.
    ['قصفت تركيا مواقع لقسد، وقالت إن داعش نشط في المنطقة. واعتقلت القوات خلية إرهابية في القرية', 'خلية إرهابية', undefined],
  ]);
});

describe('a group no list knows, and a tie of place', () => {
  eachHits([
    // «داخل» ties to the party right after it, not to a country named further on (Sout al-Omma, 2019).
    ['بدعم التنظيمات المسلحة ومنهم تنظيم داعش وجماعة الإخوان الإرهابية، داخل العراق وسوريا ومصر واليمن', 'الإرهابية', undefined],
    ['ونفذت الخلايا الإرهابية داخل قسد عمليات اغتيال', 'الإرهابية', 'sdf'],
    // A place of a party is not the party (Al-Watan, 2019).
    ['وقطع خط الإمداد لجماعات إرهابية تقوم بعمليات تخريبية داخل الأراضي التركية', 'تخريبية', undefined],
    // «الداخل التركي» is Turkey's interior, no tie: not the Turkish proxy (Dama Post, 2023).
    ['وتنظر تركيا لميليشيا “قسد” على انها، تنظيم إرهابي يستهدف الداخل التركي', 'إرهابي', undefined],
  ]);
});

describe('tribes by name, and a party the lists hold as no one', () => {
  eachHits([
    // A tribal confederation named is the tribes (Al-Baath, 2020).
    ['انتفضت العشائر في وجه ممارسات الميليشيات، حيث هاجم أبطال العكيدات مقرّات “قسد”', 'أبطال', 'tribes'],
    // The owner is a party outside the lists: no default to ISIS.
    ['تعاني المنطقة منذ سيطرة إرهابيي ما يسمّى “الجيش الحر” عليها ثم ظهور تنظيم داعش', 'إرهابيي', undefined],
  ]);
});

describe('an occupation army is Israel only in an article about Israel', () => {
  eachHits([
    // Turkey is the occupier the article names later (Syriac Press, 2020).
    ['تعرضت ناحية عين عيسى لقصف عنيف من قبل جيش الاحتلال والمجموعات الإرهابية التابعة له. وقال مسؤول إن جيش الاحتلال التركي يواصل القصف', 'جيش الاحتلال', 'turkey'],
    ['اقتحم جيش الاحتلال مدينة جنين فجر اليوم، وقالت إسرائيل إنها تلاحق مطلوبين', 'جيش الاحتلال', 'israel'],
    ['قصف جيش الاحتلال قرى ريف الحسكة بالمدفعية', 'جيش الاحتلال', undefined],
    // An owner the lists hold as no party's, and the same label given a party later (Al-Baath, 2020).
    ['منذ سيطرة إرهابيي ما يسمّى “الجيش الحر” على المنطقة. ثم سيطر إرهابيي داعش على القرى', 'إرهابيي', undefined],
  ]);
});

describe('«تطهير» hits the party a place is rid of, and no one when none is named', () => {
  eachHits([
    // (Haberler, 2019; Anadolu, 2026; Al-Iradah, 2024; Turkey Alaan, 2018.)
    ['أطلق الجيش التركي بالتعاون مع الجيش الوطني السوري، عملية "نبع السلام" في منطقة شرق نهر الفرات شمالي سوريا، لتطهيرها من إرهابيي "ي ب ك/ بي كا كا" و"داعش"', 'لتطهيرها', 'sdf'],
    ['مع دخول طلائع الجيش إلى مركز الرقة، ومواصلة عمليات تطهير المدينة من عناصر "قسد"', 'تطهير', 'sdf'],
    ['بعد أكثر من خمس سنوات على تطهير المنطقة من داعش وانتهاء المعارك', 'تطهير', 'isis'],
    ['لاجئو عفرين في تركيا يتوقون للعودة عقب تطهيرها من “ب ي د” الإرهابي', 'تطهيرها', 'sdf'],
    // A label after «من» with the party the text gives it (Daily Sabah, 2019; Turkey Alaan, 2019).
    [
      'تمكنت "ديلي صباح" من دخول مدينة تل أبيض السورية بعد تحريرها من قبضة إرهابيي تنظيم ي ب ك/ بي كا كا الإرهابي، في إطار عملية نبع السلام التي أطلقتها القوات المسلحة التركية، لتطهيرها من الإرهابيين وإنشاء منطقة آمنة',
      'لتطهيرها',
      'sdf',
    ],
    ['ستقصم ظهر التنظيم الإرهابي (ي ب ك/ بي كا كا) إلى حد كبير”. وبيّن الرئيس التركي: “سنقوم بتطهير تلك المنطقة من التنظيمات الإرهابية التي تتحرش بنا', 'بتطهير', 'sdf'],
  ]);

  test.each([
    // No party named after «من» (Al-Ahram Canada, 2015; Al-Anbat, 2018).
    'وقالت الصفحات التي نشرت الصور أن لجنة من المقاتلين تم تأسيسها خصيصا من أجل “تطهير” المدينة من الجثث',
    'وفي خطاب بثه التلفزيون، وعد اردوغان "بتطهير" منبج التي تبعد نحو مئة كيلومتر الى الشرق من عفرين',
    'وحذر أبو الغيط من إحداث "تطهير عرقي وتغيير ديموغرافي" هناك', // ethnic cleansing is the massacre word, on no party named
    // A label after «من» that the text gives no party (7al, 2015; Milli Gazete, 2016).
    'في وقت تقوم فيه وحدات الحماية “بتطهير المنطقة من هذه العصابة المجرمة”',
    'ونجحت العملية في تطهير المدينة والمنطقة الحدودية المحيطة بها من المنظمات الإرهابية',
  ])('«%s»: «تطهير» hits no party', (text) => {
    expect(findings(text, 'framing').filter((f) => f.term === 'cleansing')).toEqual([]);
  });
});

describe('a clan after a deed is its victims by the actor’s `clans` field', () => {
  const base = builtinTermList();
  const text = 'تعتبر مجزرة الشعيطات من أكبر جرائم القتل الجماعي في سوريا'; // Ruwya, 2025
  test('listed as a clan: a mention of the tribes, and not the massacre’s doer', () => {
    const r = analyze(text);
    expect(r.actors.map((a) => a.id)).toContain('tribes');
    expectActor(r, 'مجزرة', undefined);
  });
  test('the same name as a plain alias names the doer', () => {
    const actors = (base.actors ?? []).map((a) => (a.id === 'tribes' ? { ...a, aliases: [...a.aliases, ...(a.clans ?? [])], clans: undefined } : a));
    const lexicon = compileLexicon({ ...base, actors });
    expectActor(analyze(text, { lexicon }), 'مجزرة', 'tribes');
  });
});

describe('«our» heroes are the speaker’s side, never the party named before them', () => {
  eachHits([
    // A speaker of a known party: that party.
    ['وقال المتحدث باسم وحدات حماية الشعب ريدور خليل إن "عشرات القتلى في صفوف النصرة وأحرار الشام وأبطالنا يتصدون ببسالة للهجمات".', 'وأبطالنا', 'sdf'],
  ]);
  test('a speaker of no known party: no party, not the factions named before (Sawt al-Umma, 2016)', () => {
    const text =
      'في السياق ذاته قال ريزان حدو، المتحدث السابق باسم حكومة مقاطعة عفرين، مضيفاً «الوضع العسكري جيد جداً عكس ما ينشر وعشرات القتلى في صفوف النصرة وأحرار الشام وأبطالنا يتصدون ببسالة للهجمات الإرهابية المخطط لها سابقاً».';
    expectActor(text, 'وأبطالنا', null);
  });
});

describe('a verb, a pronoun or a relative pronoun agrees with its party in gender and number', () => {
  eachHits([
    // A masculine singular verb after «و» and a plural: its subject is the party before them (Al-Baath, 2022).
    ['وأشارت مصادر أهلية بأن الاحتلال التركي ومرتزقته كثف من اعتداءاته بعد منتصف اليوم', 'اعتداءاته', 'turkey'],
    // «ه» does not point to «قسد», feminine: it points to the organisation named before (Strategia News, 2025).
    [
      'وكشف البصري أن تنظيم «داعش» يسعى لتنفيذ هجوم على السجن. وأوضح المسؤول الأمني العراقي أن التنظيم يواجه بيئة محاصرة في سوريا نتيجة الإجراءات الأمنية المشددة التي تفرضها «قسد»، والتي تضيق الخناق على فلوله وتمنعهم من إعادة بناء قدراتهم',
      'فلوله',
      'isis',
    ],
    // «التي» does not take «تنظيم داعش», masculine, for antecedent (Micro Syria, 2015).
    ['وقال الناطق باسم قوات سوريا الديمقراطية إن تعزيزات وصلت بغية تعزيز القوات المشاركة في الحملة ضد تنظيم “داعش” والتي تهدف إلى “تحرير الريف الجنوبي لكوباني”', 'تحرير', 'sdf'],
    // «الذي» does: a noun of «ة» before the name, an act done to it, is no head the rule trusts (Al-Azmenah, 2015).
    ['وتركيا التي كانت مترددة جدا في محاربة "تنظيم داعش" الذي يحتل مناطق من العراق وسوريا، غيرت موقفها', 'يحتل', 'isis'],
    // A verb's pronoun is its object, not its subject's gender: «يحتلها» is the organisation's (Turkey Alaan, 2018).
    ['وتطلب منهم الانضمام إلى صفوف تنظيم "ي ب ك". ويمارس التنظيم هذه الإجراءات في جميع المناطق التي يحتلها', 'يحتلها', 'sdf'],
    // A masculine verb after a plural that a word no list knows governs: the head may be that word («أحد») (RNN Arabic, 2019).
    ['كشفت قوات سوريا الديمقراطية عن هوية أحد مسلحي الفصائل السورية الموالية لتركيا، ارتكب جرائم بشعة خلال الهجوم التركي', 'جرائم', 'sna'],
    // A possessive pronoun is judged by the name, whatever governs it: «ها» is not «تنظيم داعش»'s (Jinjiyan, 2022).
    [
      'أربع سنوات مضت وتركيا ماضية في سياستها العدائية ولا سيما تجاه المرأة الكردية التي كسرت شوكة تنظيم داعش ووقفت بصلابة وشجاعة قل مثيلها في وجه عدوانها ومخططاتها التوسعية',
      'عدوانها',
      'turkey',
    ],
    // … «المليشيا» is what «ها» points to, and «نظام الأسد», masculine, is passed (Horrya, 2024).
    [
      'وذكرت مصادر خاصة لحرية برس إن مليشيا “قوات سوريا الديمقراطية” عمدت بعد سيطرتها على المربع الأمني في الحسكة عقب سقوط نظام الأسد، إلى الاستيلاء على منازل المسيحيين المغتربين. وأضافت المصادر أن المليشيا بعد استيلائها على المنازل قامت باقتحامها',
      'استيلائها',
      'sdf',
    ],
    // A plural first word governing the rest of the name shows no gender: «ه» may be «النظام»'s (Syria TV, 2021).
    ['تنتشر في محافظة دير الزور عشرات الميليشيات منها الإيرانية والمحلية، والتي دخلت سوريا لمساندة قوات النظام في قمعه للمظاهرات في سوريا', 'قمعه', 'assad_regime'],
    // Nor does a masculine first word governing a feminine one: «ها» is «الدولة»'s, not America's (seed 001).
    ['احتفل التحالف الدولي الذي تقوده أمريكا، بهزيمة تنظيم الدولة في آخر معاقله، ببلدة الباغوز على الفرات، في منتصف عام 2019 وغدت فلولها عبارة عن عناصر متخفية', 'فلولها', 'isis'],
  ]);
});

describe('an act that needs a party, joined by «و» to an act right before it in its clause, shares that act’s doer', () => {
  eachHits([
    ['اشتكى الأهالي المهجرون من ريف المدينة من قيام فصائل أنقرة بسرقة ونهب ممتلكات منازلهم وعدم تمكنهم من العودة إليها', 'ونهب', 'sna'], // Al-Azmenah, 2023
    ['في إطار مخططات النظام التركي للضغط على أهالي المنطقة وتهجيرهم منها والاستيلاء على ممتلكاتهم وحقولهم', 'والاستيلاء', 'turkey'], // Al-Baath, 2020: a word between
  ]);
  test.each([
    // Past a comma the act opens a clause of its own (after Al-Baath, 2020).
    'في إطار مخططات النظام التركي للضغط على أهالي المنطقة وتهجيرهم منها، والاستيلاء على ممتلكاتهم وحقولهم',
    // An act joined to one whose doer no rule found has none to share.
    'وتحدث التقرير عن تهجير السكان والاستيلاء على ممتلكاتهم',
  ])('«%s»: «والاستيلاء» hits no one and is dropped', (text) => {
    expect(findingOn(text, 'framing', 'والاستيلاء')).toBeUndefined();
  });
});

describe('«الدولة التركية» names Turkey, with «لـ» on it too', () => {
  eachHits([
    ['بلغت عدد الهجمات العدوانية للدولة التركية على مناطق الإدارة الذاتية أمس الخميس', 'العدوانية', 'turkey'], // Xwebun, 2023
    ['هذا الاستهداف ضمن سياسة الدولة التركية الهادفة إلى إبادة الشعب الكردي والقضاء على إرادة الشعب', 'إبادة', 'turkey'], // Herdem News, 2021
    // The groups tied to it are its proxy, and the aggression they began is theirs (Xwebun, 2025).
    ['وأن الهجمات العدوانية بدأت باستهداف مباشر وممنهج لمحيط سد تشرين من قبل المجموعات المرتزقة التابعة للدولة التركية مم شكل خطراً كبيراً على السد', 'العدوانية', 'sna'],
    // «الدولة» alone, or another state's, is not Turkey.
    ['وأن الهجمات الإرهابية لتنظيم الدولة الإسلامية على مناطق الإدارة الذاتية', 'الإرهابية', 'isis'],
  ]);
});

describe('a party right before an act joined to it by «و» is not its subject', () => {
  eachHits([
    // The tribes' sheikhs are the object of the deed before; the theft is joined to them, not theirs (Al-Alam, 2020; Al-Baath, 2020).
    [
      'ويشهد ريف دير الزور مظاهرات شعبية متواصلة للمطالبة بطرد الاحتلال الأمريكي وميليشيا قسد التي أمعنت في التنكيل بالأهالي وسرقة ممتلكاتهم وحصار عدد من القرى والبلدات واختطاف عشرات الشبان واستهدافها وجهاء وشيوخ العشائر وسرقة ثروات منطقة الجزيرة.',
      'وسرقة ثروات',
      undefined,
    ],
    // ISIS is where the leaders were arrested, not who killed the wanted men (Mareb Press, 2025).
    ['وأسفرت عن اعتقال قيادات ميدانية في تنظيم داعش وتصفية عناصر مطلوبة. مصادر عسكرية ترجّح أن الهدف من العملية', 'وتصفية', undefined],
    // Without «و» the party right before is still the subject.
    ['وكانت مليشيات الأسايش اختطفت المراسل', 'اختطفت', 'sdf'],
    ['تواصل قوات الاحتلال الأمريكي سرقة ثروات منطقة الجزيرة', 'سرقة ثروات', 'coalition'],
  ]);
});
