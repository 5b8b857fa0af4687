import { describe, expect, test } from 'vitest';
import { expectActor, expectFramingActor, findingOn, findings } from '../helpers/find';
import { analyze } from '../../lib/analyze';

describe('framing: a label hits the actor it attaches to', () => {
  test.each([
    // [phrase from an article, the loaded word, actor, direction]
    ['هجمات يومية تتعرض لها نقاط مليشيا قسد ووقوع عدد من عناصرها اسرى', 'مليشيا', 'sdf', 'against'], // 000
    ['ويخوض معركة مع ميليشيات قسد، على مدى عشرة أيام', 'ميليشيات', 'sdf', 'against'], // 001
    ['ومن ثم زيادة الدعم الدولي لميليشيا “قسد”.', 'لميليشيا', 'sdf', 'against'], // 001
    ['كيف أنقذت ميليشيا "الحشد الشعبي" عناصر "قسد" من تنظيم "داعش"؟', 'ميليشيا', 'pmf', 'against'], // 002
    ['ويحارب التنظيم ضد ميليشيا أسد وميليشيات "الحشد الشعبي" العراقي.', 'ميليشيا أسد', 'assad_regime', 'against'], // 002
    ['أعلن المركز الاعلامي عن صد هجوم نفذته ميليشيات تابعة لسلطة دمشق على محطة مياه الجنينة', 'ميليشيات', 'damascus_gov', 'against'], // 003
    ['وسط توقعات بشن تنظيم داعش وميليشيات عشائرية من بقايا النظام السابق', 'وميليشيات', 'tribes', 'against'], // 003
    ['خلق ثغرات تسمح لخلايا النظام والملـ ـيشيات الإيرانية بالتحرك في المنطقة', 'والملـ ـيشيات', 'iran_militias', 'against'], // 000
    ['خلال سلسلة عمليات إرهابية منظّمة نفذها تنظيم داعش الإرهابي في دير الزور', 'الإرهابي', 'isis', 'against'], // 004
    ['هجوم إرهابي نفذته خلايا تنظيم “داعش” الإرهابي على إحدى نقاط العسكرية', 'إرهابي', 'isis', 'against'], // 004
    ['بعد أن تمكن عدد من عناصر التنظيم من الانغماس في صفوف قوات سلطة دمشق', 'سلطة دمشق', 'damascus_gov', 'against'], // 004
    ['فقدت “قسد” على إثرها العشرات من عناصرها (وجلهم من المرتزقة العرب)', 'المرتزقة', 'sdf', 'against'], // 001
    ['مرتزقة داعش هاجموا نقطة لقوات سوريا الديمقراطية في ريف دير الزور', 'مرتزقة', 'isis', 'against'], // Hawar style
    ['فتحولت قسد لقوة احتلال صريحة', 'لقوة احتلال', 'sdf', 'against'], // 000
    ['انها قوى تفرض مُحتل على ابناء المنطقة اسمه مليشيا قسد وتقدم الحماية والدعم لذلك المحتل', 'مُحتل', 'sdf', 'against'], // 000
    ['حرمان اكثر من 40.000 طالب من متابعة تعليمهم بسبب احتلال مدارسهم من قبل قسد', 'احتلال', 'sdf', 'against'], // 000
    ['استعصى على النظام لولا أن استخدم النظام صنيعته قسد', 'صنيعته', 'sdf', 'against'], // 001
    ['وقصفت مدفعية الاحتلال التركي قرى ريف تل تمر', 'الاحتلال', 'turkey', 'against'], // Hawar style
    ['انتشار عناصر الميليشيات الإيرانية في البوكمال', 'الميليشيات', 'iran_militias', 'against'], // opposition style
    ['كل ذلك يضع قسد في خانة الاتهام، ولايبرئ أمريكا.', 'ولايبرئ', 'coalition', 'against'], // 001
    ['مما ادى لخلق فصيل عشائري مُسلح هدفه تحرير ارض ديرالزور من قسد .', 'تحرير', 'tribes', 'favour'], // 000
    ['وقصف العدو التركي قرى ريف الحسكة', 'العدو', 'turkey', 'against'], // Hawar style
    ['في إطار العدوان التركي المستمر على المنطقة', 'العدوان', 'turkey', 'against'],
    ['بينما هاجم الشبيحة منازل المدنيين', 'الشبيحة', 'assad_regime', 'against'], // opposition style
    ['وأعلن التنظيم أن مقاتليه قتلوا عددا من المرتدين من عناصر قسد', 'المرتدين', 'sdf', 'against'], // ISIS media
    ['اختطف تنظيم "ي ب ك/ بي كي كي" الإرهابي 5 أطفال', 'الإرهابي', 'sdf', 'against'], // Anadolu style
    ['وقصف مرتزقة الاحتلال التركي قرى ناحية عين عيسى', 'مرتزقة الاحتلال التركي', 'sna', 'against'], // Hawar style
    ['ويواصل جيش الاحتلال التركي ومرتزقته هجماتهم', 'ومرتزقته', 'sna', 'against'], // Turkey's mercenaries are the SNA
    ['لكن مرتزقة دولة الاحتلال التركي عرقلوا وصول هذه الباصات', 'مرتزقة', 'sna', 'against'], // Kurdipedia, 2024: a label the adjective names is that party
    ['ضمن مناطق سيطرة ميليشيات الاحتلال التركي', 'ميليشيات', 'sna', 'against'], // Dama Post, 2023
    ['ويرى مراقبون أن كوادر قسد يسعون إلى إفشال الاتفاق والإبقاء على مشروعهم الانفصالي', 'الانفصالي', 'sdf', 'against'], // the possessive points back
    ['وتسعى قسد إلى تنفيذ مشروعه الانفصالي في المنطقة', 'الانفصالي', 'sdf', 'against'], // «ه» before a definite adjective is a pronoun
    ['يواصل تنظيم قسد الذي يسمى (قوات سوريا الديمقراطية) المتحالف مع الولايات المتحدة تصرفاته الانفصالية عن سوريا', 'الانفصالية', 'sdf', 'against'], // Katehon, 2020: the patron after the tie is not the pronoun's
    ['في جنوب شرق تركيا الذي تتاخم أجزاء منه أراض يسيطر عليها المتطرفون في سوريا', 'المتطرفون', undefined, 'against'], // Al Arabiya, 2016: a preposition's pronoun owns nothing (with no date, no party)
    ['الإرهابي أبو بكر البغدادي أعلن دولته من مسجد في الموصل', 'الإرهابي', 'isis', 'against'], // Iraq Today, 2019: ISIS's leader by name
    ['قبل تسعة أيام من انتهاء المهلة الممنوحة لتنظيم SDG الإرهابي للاندماج في الجيش السوري', 'الإرهابي', 'sdf', 'against'], // Haberler, 2025: the SDF by its Turkish initials
    ['قتل تنظيم الدولة الإسلامية ناشطاً سورياً. وأكد التنظيم المتطرف في الفيديو نحر اثنين', 'المتطرف', 'isis', 'against'], // Non Online, 2015: an adjective on the speaker's name
    ['هناك المحتل التركي والمحتل الايراني والوصي الروسي، وهم على خلاف', 'والمحتل', 'iran_militias', 'against'], // Mufaker Hur, 2020: a label after «و» starts its own phrase
    ['تخوض القوات المعادية للجماعات الجهادية المدعومة من واشنطن معارك ضد تنظيم الدولة الإسلامية', 'للجماعات الجهادية', 'isis', 'against'], // after the Syrian embassy, 2017: the opposer is not the opposed
    ['وتتعرض مقرات ميليشيا قسد لهجمات من مقاتلي العشائر الذين يشنون حرب عصابات ضد الميليشيا', 'الميليشيا', 'sdf', 'against'], // Eldorar, 2023: the same label after «ضد»
    // A negated adjective on a possessed noun; the owner named only inside a labelled phrase (SANA, 2020; Al-Alam, 2022).
    ['وأخرج جيش الاحتلال الأميركي 45 آلية عسكرية من قواعدها غير الشرعية بريف الحسكة', 'غير الشرعية', 'coalition', 'against'],
    ['أدخل الجيش الأمريكي قافلة عسكرية إلى قاعدته غير الشرعية في محيط مدينة الحسكة', 'غير الشرعية', 'coalition', 'against'],
    // A party's groups are the ones it backs (Syriac Press, 2020).
    ['بين جيش الاحتلال التركي من جهة ومجموعاته الإرهابية من جهة أخرى', 'الإرهابية', 'sna', 'against'],
    ['وهاجم تنظيم داعش ومجموعاته الإرهابية قرى ريف الحسكة', 'الإرهابية', 'isis', 'against'], // a party with no proxy: its groups are its own
    ['وأمام صمت عالمي، يواصل الاحتلال التركي عبر مجموعاته الإرهابية، أتباع أساليب مُمنهجة ضد النساء', 'الإرهابية', 'sna', 'against'], // past a preposition, not the label before
    // The noun a sympathy word governs carries «ها»: the party named before it in the sentence (Hawar, 2019).
    ['الآن تنهار داعش على يد قسد التي تجمع مكونات المنطقة وحققت الكثير من الانتصارات بفضل تضحيات أبنائها', 'تضحيات', 'sdf', 'favour'],
    // «المليشياوية»: an adjective, here on a noun its pronoun ties to the party; the crimes its relative clause commits are that party's (Anadolu, 2026).
    ['واعتبرت المديرية أن ما يقوم به تنظيم قسد يأتي نتيجة عجزه وانهيار منظومته المليشياوية التي ارتكبت الجرائم بحق المدنيين', 'المليشياوية', 'sdf', 'against'],
    ['واعتبرت المديرية أن ما يقوم به تنظيم قسد يأتي نتيجة عجزه وانهيار منظومته المليشياوية التي ارتكبت الجرائم بحق المدنيين', 'الجرائم', 'sdf', 'against'],
    // Turkey's officials on the SDF (North Press, 2025).
    ['أعلن مسؤول في وزارة الدفاع التركية، أن عمليات بلاده العسكرية ضد “المسلحين الكرد” في شمال سوريا، “مستمرة”', 'المسلحين الكرد', 'sdf', 'against'],
    // The pronoun on an act points back to the party named earlier in its sentence, by a relational adjective too (North Press, 2025).
    ['ويعد القصف التركي على مركز بلدة تل تمر الأول منذ وصولهم إلى مشارف البلدة عقب اجتياحهم لمدينتي سري كانيه وتل أبيض', 'اجتياحهم', 'turkey', 'against'],
    // «شهدائنا»: «شهداء» with the pronoun written on the hamza's seat; the speaker's own dead, no party named.
    ['وأضاف غاضباً: "لن نقف مكتوفي الأيدي وسننتقم لشهدائنا".', 'لشهدائنا', undefined, 'favour'], // Hawar News, 2024
    // «مجاهدو» / «مجاهدي» honour the fighters of the party named right after them as holy warriors.
    ['"المقاومة الإسلامية "، ذكرت في بيان مقتضب، أن "مجاهدو المقاومة الإسلامية في العراق، استهدفوا قاعدة للاحتلال الأميركي في التنف السورية', 'مجاهدو', 'iran_militias', 'favour'], // Gulan Media, 2023
    [
      'وقالت “المقاومة الإسلامية في العراق” في بيان إن “مجاهدي المقاومة الإسلامية في العراق أطلقوا صاروخا على قاعدة تحتلها الولايات المتحدة في حقل غاز كونيكو',
      'مجاهدي',
      'iran_militias',
      'favour',
    ], // Emarat News, 2023
    // «المغدور» rules a killing treachery and sides with the dead, who are no party's fighters.
    ['وأفادت الأنباء الواردة من هناك أن إحدى السيارتين فُجّرت أمام كنيسة للكلدان. الكاهن المغدور كان يخدم جماعة الأرمن الكاثوليك', 'المغدور', undefined, 'favour'], // Catholic EG, 2019
    [
      'حيث يلقى القبض عليه من قبل عناصر حرس الحدود التركي، فيقوموا بضربه وتعذيبه حتى الموت. وينحدر المغدور خضر البالغ من العمر 42 عاماً، من مدينة حماة',
      'المغدور',
      undefined,
      'favour',
    ], // Levant News, 2022
    // «الإرهاب» with no owner named is ISIS in a text whose only such party is ISIS.
    ['الذكرى السادسة لتحرير بلدهم من سطوة الإرهاب، وداعش', 'الإرهاب', 'isis', 'against'], // Bercav, 2021
    ['خاصة في ظل تحول مناطقنا لنقطة مهمة من أجل مقاومة الإرهاب وتنظيم داعش', 'الإرهاب', 'isis', 'against'], // CESD, 2020
  ])('«%s»: %s → %s', (text, word, actor, direction) => {
    const f = findingOn(text, 'framing', word);
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f!.actor).toBe(actor);
    expect(f!.direction).toBe(direction);
  });
});

describe('framing: a word that can describe only some parties', () => {
  test.each<[string, string | undefined]>([
    // «الميليشيات الطائفية» refers back to the last militia named — but never to one it cannot describe.
    ['قصفت ميليشيات إيران القرية، وقتل عنصر من الميليشيات الطائفية.', 'iran_militias'],
    ['قصفت ميليشيا قسد القرية، وقتل عنصر من الميليشيات الطائفية.', undefined], // Orient, 2019
    ['اندلعت اشتباكات بين الجيش الوطني وميليشيا قسد، وأفاد ناشطون بمقتل عنصر من الميليشيات الطائفية.', undefined],
    ['هاجمت الميليشيات الطائفية التابعة لإيران القرية.', 'iran_militias'],
    ['هاجمت الميليشيات الطائفية التابعة لقسد القرية.', undefined],
  ])('«%s» → %s', (text, actor) => {
    const f = findingOn(text, 'framing', 'الميليشيات الطائفية');
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f!.actor).toBe(actor);
  });
});

describe('framing: a pronoun on the noun after a word that points to no party', () => {
  test.each([
    // An act's noun is its object: «سكانه» are the displaced, not the displacer (seed 001).
    ['استخدم النظام صنيعته قسد بقصد تهجير سكانه', 'تهجير', undefined],
    // «هم» points to people, not to a party: whose sons the text does not say, and a word of
    // sacrifice with no party is no finding.
    ['أعلنت قسد السيطرة على القرية بعد معارك طويلة خاضها الأهالي الذين أشادوا بتضحيات أبنائهم', 'بتضحيات', null],
  ])('«%s»: %s → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('framing: a party the grammar does not tie to the label is not its target', () => {
  test.each([
    // A masculine plural does not describe a feminine name before it: it is the verb's object (Al-Omma al-Arabia, 2017).
    ['وتقاتل قوات سوريا الديمقراطية المتشددين قرب سد الطبقة', 'المتشددين'],
    // A verb of doing after a militia has an object of its own: ISIS made the attacks, the militia lost men (Sada al-Sahel, 2018).
    ['وأشارت التقارير إلى أن عناصر الميليشيا قتلوا بهجمات شنها تنظيم الدولة على مواقعهم', 'الميليشيا'],
    // A word behind «لـ» is a noun of its own, not the adjective of the party before it (Al-Ittihad, 2019).
    ['أعلنت نائبة وزير الخارجية الإسرائيلي عن مساعدة إسرائيل للانفصاليين الأكراد في سوريا', 'للانفصاليين'],
    // The party after «ضد» is what the acts are aimed at (Damas Post, 2024).
    ['أفادت مصادر بأن ميليشيات قسد الإرهابية شنت حملة مداهمات. وأكدت إن الموقوفين متورطين في تنفيذ عمليات إرهابية ضد قسد', 'إرهابية'],
  ])('«%s»: %s', (text, word) => {
    const f = findingOn(text, 'framing', word);
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f!.actor).toBeUndefined();
  });
});

describe('framing: «الإرهاب» with no owner', () => {
  test.each([
    // A charge, a field of law, the stock phrase of fighting it, or one of a pair of evils in
    // general: no one's, though the text names ISIS.
    ['الإفراج عن أكثر من 600 سجين سوري معتقلين لصلتهم بتنظيم الدولة الإسلامية الجهادي (داعش). ويخص هذا الإفراج 631 سجينًا أدينوا بالإرهاب وقضوا نصف مدة عقوبتهم', 'بالإرهاب'], // Majalat, 2020
    ['الإفراج عن أكثر من 600 سجين سوري معتقلين لصلتهم بتنظيم الدولة الإسلامية الجهادي (داعش). ويخص هذا الإفراج 631 سجينًا أدينوا بالقتل وبالإرهاب', 'وبالإرهاب'], // variant of the row above: «بـ» behind «و»
    ['عقب انسحاب “داعش” من مناطق شمالي وشرقي سوريا، سيطرت قوات سوريا الديموقراطية المعروفة باسم “قسد” على المنطقة معلنةً إنشاء “حكم ذاتي” مهمته محاربة الإرهاب', 'الإرهاب'], // Sharika wa Laken, 2024
    [
      'باركت المملكة العربية السعودية تحرير مدينة الرقة من قبضة تنظيم «داعش» الإرهابي. وعبر المصدر عن تطلع المملكة بأن تستتبع هذه الخطوة العديد من الخطوات الجادة لتطهير سوريا والعراق والمنطقة من الإرهاب والتطرف',
      'الإرهاب',
    ], // Al-Jazirah, 2017
  ])('«%s»: %s is no finding', (text, word) => {
    expect(findings(text, 'framing').find((f) => f.text === word)).toBeUndefined();
  });

  // Nor does it lend ISIS to the word of cleansing it follows.
  test('«لتطهير سوريا والعراق والمنطقة من الإرهاب» hits no party: no finding', () => {
    const text =
      'باركت المملكة العربية السعودية تحرير مدينة الرقة من قبضة تنظيم «داعش» الإرهابي. وعبر المصدر عن تطلع المملكة بأن تستتبع هذه الخطوة العديد من الخطوات الجادة لتطهير سوريا والعراق والمنطقة من الإرهاب والتطرف'; // Al-Jazirah, 2017
    expectActor(text, 'لتطهير', null);
  });
});

describe('framing: a ta marbuta is no pronoun', () => {
  test.each([
    // «مكافحة» is not «his fight»; a plural after it («الإرهابيين») is a noun of its own.
    'وأعلنت قسد استمرار مكافحة الإرهابيين في المنطقة',
    'وتحدث المسؤول في قسد عن حكومة المتطرفة',
  ])('«%s»: the adjective finds no party', (text) => {
    expect(findings(text, 'framing').map((f) => f.actor)).toEqual(findings(text, 'framing').map(() => undefined));
  });
});

describe('framing: neutral wording is not flagged', () => {
  test.each([
    'أعلنت قوات سوريا الديمقراطية مقتل خمسة من عناصرها في هجوم لتنظيم الدولة الإسلامية', // wire style
    'قالت الحكومة السورية إن وزارة الدفاع بدأت دمج الفصائل في الجيش', // wire style
    // «حكومة دمشق» is how wire copy and every side name the government, no verdict (Asharq Al-Awsat, 2025; Rudaw, 2026).
    'وقالت قسد إن حكومة دمشق وافقت على دمج ثلاث فرق في الجيش',
    'واتهمت حكومة دمشق قوات سوريا الديمقراطية بخرق الاتفاق',
    'التحالف الدولي ينفذ عمليات مشتركة مع قسد ضد خلايا داعش', // wire style
    'وأطلق سراح سجناء من سجن غويران في الحسكة', // release, not liberation
    'ويقوم بتحرير آلاف السجناء، من داخل سجن الصناعة', // 001: «تحرير» of people is a release
    'وأعلنت قسد تحرير 3 مختطفين من قبضة الخاطفين', // a release of people, counted
    'وحرر مقاتلو قسد عشرات الأسرى من سجن للتنظيم', // a release: what is freed comes after the subject «مقاتلو قسد»
    // People held, or freed from a place of captivity: a rescue, not the liberation of a place.
    'تدعو عشائر المنطقة إلى ممارسة دورها الخير في تحرير الزميلين العاملين في رووداو', // Dimoqrati, 2014
    'وطالبت العشائر التحالف الدولي بتحقيق مطالبها بتحرير الموقوفين لدى قسد', // Al-Alam, 2023
    'وشدّد وزير الخارجية على أن الجهود الحكومية مستمرة لتحرير ما تبقى من المختطفات الإيزيديات', // Lebanon Debate, 2025
    'وتم تحرير ليلى من المخيم منذ شهر ونصف', // A24, 2020
    'وسبق أن حررت "قسد" عشرات الإيزيديين من سجون التنظيم', // SMART, 2019
    'أكدت هيئة تحرير الشام في بيان', // a name, not a sympathy marker
    'بعدها ألقت عضوة مجلس عوائل الشهداء، روجدا أحمد، كلمة', // an institution's name (Hawar, 2018)
    'في إطار النظام الداخلي للمجلس', // «النظام» as a rulebook, not the regime
    'أقر البرلمان قانون مكافحة الإرهاب الجديد',
    // Wire copy's plain words and descriptions: AFP calls ISIS «الجهاديين»; «دموية» measures a
    // toll; a makeshift camp, kidnapping as a kind of crime and a rights group's category of arrest
    // pass no verdict on a party; a security force described as a party's arm is a description.
    'إن المعارك بين المقاتلين الأكراد وجهاديي تنظيم "الدولة الإسلامية" مستمرة', // Al-Mashhad, 2014 (AFP)
    'وتمكنت هذه الفصائل خلال عام من طرد الجهاديين من مناطق عدة في شمال وشرق سوريا', // Chedot, 2016 (AFP)
    'في هجوم يُعدّ من أكثر العمليات دموية خلال الأسابيع الأخيرة في المنطقة', // Asia News, 2025
    'ويقتصر وجود التنظيم في الباغوز حاليا على مخيم عشوائي محاط بأراض زراعية', // Al-Watan (Saudi), 2019
    'ولا يشتمل على حالات الخطف التي لم يتمكن من تحديد الجهة التي تقف وراءها', // Rebaz News, 2024
    'وثقت الشبكة في تقرير نشرته الأحد 157 حالة اعتقال تعسفي في سوريا خلال شهر تموز', // Damascus Voice, 2020
    'أعلنت قوات "أسايش"، الذراع الأمنية لـ"الإدارة الذاتية"، القبض على 16 عنصراً من تنظيم "داعش"', // Newsroom, 2025
    // Plain military verbs are not sympathy markers.
    'ومساء الأحد، أعلن المركز الاعلامي لقوات سوريا الديمقراطية عن تمكن قواتها من صد هجوم', // 003
    'وفي يوم الأربعاء، تصدى مقاتلوا قسد لهجوم شنه تنظيم داعش على قواتها', // 004
    'وأحبطت القوات محاولة تسلل على محور دير حافر',
    'وأطلق مسلحون مجهولون النار على حاجز في القرية', // gunmen with no party named
    // «US-backed» and a party's own military arm are descriptions; the Tanf rebels are not the SDF.
    'وقالت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة إن الهجوم فشل',
    'وتسيطر الإدارة الذاتية الكردية وذراعها العسكري قوات سوريا الديمقراطية على المنطقة', // Al-Quds al-Arabi style
    'وقالت قوات مغاوير الثورة الموالية للجيش الأمريكي إن دورية تعرضت لهجوم',
    // … while «تنظيم» is how Turkish copy names the YPG and the PKK themselves, whatever the verdict
    // after it (Turk Press, 2018; Anadolu, 2022).
    'قصفت المقاتلات التركية مواقع تنظيم حزب الاتحاد الديمقراطي في عفرين',
    'أعلنت وزارة الدفاع التركية القضاء على خمسة عناصر من تنظيم "بي كي كي/ واي بي جي" في شمال سوريا',
    // Official names readers of the dev split do not mark: the AANES's cantons (seeds 003/004) and
    // the Assad-era army's and state's own names, which now name the party by date.
    'وتركزت الهجمات في مقاطعة ديرالزور والحسكة',
    'وصلت تعزيزات الجيش العربي السوري إلى ريف دير الزور',
    'وعادت مؤسسات الدولة السورية للعمل في القرى',
  ])('«%s»', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });

  // «إقليم شمال وشرق سوريا»: the AANES's own name for its region until its social contract made it
  // the official one in December 2023; after that, a name, which readers of the dev split leave
  // unmarked four times in five (Rudaw, 2024; Lebanon 24, 2025; Furat FM, 2019).
  test.each<[string, string, boolean]>([
    ['وضبطت آسايش إقليم شمال وشرق سوريا آلاف الحبوب المخدرة', '2024-02-18', false],
    ['نفى مسؤول كردي رفيع المستوى من الإدارة الذاتية لإقليم شمال وشرق سوريا توقف المفاوضات', '2025-08-28', false],
    ['باركت الرئيسة المشتركة للإدارة الذاتية لإقليم شمال وشرق سوريا لأهالي كوباني', '2019-01-26', true],
  ])('«%s» dated %s: the region’s name is a finding: %s', (text, date, loaded) => {
    const f = analyze(text, { date }).findings.filter((x) => x.kind === 'framing');
    expect(f.map((x) => [x.text, x.actor])).toEqual(loaded ? [['لإقليم شمال وشرق سوريا', 'sdf']] : []);
  });

  test('a bare «الميليشيا» refers back to the actor last called a militia', () => {
    const text = 'تشهد مناطق سيطرة ميليشيا "قسد" عمليات متواصلة لتشييع قتلى الميليشيا الذين يسقطون في المعارك';
    const f = findings(text, 'framing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([
      ['ميليشيا', 'sdf'],
      ['الميليشيا', 'sdf'],
    ]);
  });

  test('a label with no actor it attaches to stays unresolved rather than guessing', () => {
    const text = 'وتمكن الجيش العربي السوري من القضاء على عشرات الإرهابيين في ريف إدلب';
    expectActor(text, 'الإرهابيين', undefined);
  });

  test('words inside a quotation are marked quoted (they weigh less in stance)', () => {
    const text = 'ووصف بيان قسد الهجوم بأنه «محاولة يائسة لإشاعة الفوضى بالتزامن مع تصعيد تنظيم داعش الإرهابي لهجماته»';
    expect(findingOn(text, 'framing', 'الإرهابي')).toMatchObject({ actor: 'isis', quoted: true });
  });

  test.each<[string, string, boolean]>([
    // [phrase, the label, whether it is the classer's verdict reported]
    ['من قبضة وحدات حماية الشعب، التي تعتبرها أنقرة منظمة إرهابية مرتبطة بمسلحي حزب العمال الكردستاني', 'إرهابية', true], // Middle East Online, 2020
    ['شريكًا رئيسيًا للولايات المتحدة في سوريا، بينما تصنفها تركيا كمنظمة إرهابية', 'إرهابية', true], // Khabar24, 2024
    ['مدينة الرقة السورية، التي يعتبرها تنظيم داعش الإرهابي عاصمةً له', 'الإرهابي', false], // Al-Watan (Qatar), 2017, with «يعتبرها»: the classer's own adjective
    ['يعد تنظيم الدولة الاسلامية المتطرف أيامه الأخيرة شرقي سوريا', 'المتطرف', false], // Akhbar Time, 2019: «يعد» counts here
    ['وتعتبر أنقرة حزب الاتحاد الديمقراطي الكردي السوري وجناحه العسكري منظمة إرهابية', 'إرهابية', true], // Qantara, 2018
    ['ويعتبر داعش من أخطر التنظيمات الإرهابية في العالم', 'الإرهابية', false], // the passive: no party classed, the outlet's words
    ['وتحظر واشنطن حزب العمال الكردستاني وتصنفه منظمة إرهابية، لكنها تتحالف مع وحدات حماية الشعب', 'إرهابية', true], // 3rd Eye, 2025: «و» on the verb
    ['قوة حماية الشعب جناح تنظيم (بي كي كي) الذي تصنفه تركيا بالارهابي', 'بالارهابي', true], // Access, 2019: the verdict after the classer, with «ب»
  ])('«%s»: «%s» reported as the classer’s verdict: %s', (text, label, quoted) => {
    const f = findingOn(text, 'framing', label);
    expect(f, `a framing finding on «${label}»`).toBeDefined();
    expect(!!f?.quoted).toBe(quoted);
  });

  test.each<[string, string | undefined]>([
    ['تل أبيض، وهي القرية التي تم تحريرها منذ أيام من قبل وحدات الحماية الشعبية الكردية', 'sdf'], // Arabi21, 2015: the passive's doer
    // Not passive: «على يد» belongs to another clause, the doer of the killing.
    ['أثناء معركة تحرير مدينة الرقة لمن قضوا على يد التنظيم الإرهابي', undefined], // ASO Network, 2019
  ])('«%s»: a freeing in the passive favours its doer after «من قبل»', (text, actor) => {
    expectActor(text, text.includes('تحريرها') ? 'تحريرها' : 'تحرير', actor);
  });

  test.each<[string, string, string | undefined]>([
    // [text, the label, its party]: a bare word of separatism is the SDF's in a text that names the SDF
    ['وقالت قوات سوريا الديمقراطية إنها ترفض الاتهامات. وقال المشاركون إنهم ارتضوا أن يكونوا أداة بيد مشروع انفصالي مدان', 'انفصالي', 'sdf'], // Al-Liwaa, 2025
    ['قوات سوريا الديمقراطية تسيطر على الحسكة. وانتهت المهلة التي أعطتها القوّات الانفصاليّة للكنيسة السريانيّة', 'الانفصاليّة', 'sdf'], // ACI MENA, 2022
    // Not in a sentence about Turkey's own Kurds, nor in a text that does not name the SDF.
    ['وسيطرت وحدات حماية الشعب على المدينة. وتخشى تركيا من خطر النزعة الانفصالية بين أقليتها الكردية', 'الانفصالية', undefined], // Nile, 2015
    ['ويقود المجلس الانتقالي مشروعا انفصاليا في الجنوب', 'انفصاليا', undefined],
    // On a loaded noun, the word of separatism says whose the noun is: both are the SDF's.
    [
      'وأضافت الوزارة أن "الجيش يرد على مصادر نيران "قسد" التي تستهدف منازل المدنيين". وشددت على أن "رد الجيش يأتي ردا على الاعتداءات غير المبررة من الميليشيا الانفصالية"',
      'الميليشيا',
      'sdf',
    ], // Alsumaria, 2025
    [
      'وأضافت الوزارة أن "الجيش يرد على مصادر نيران "قسد" التي تستهدف منازل المدنيين". وشددت على أن "رد الجيش يأتي ردا على الاعتداءات غير المبررة من الميليشيا الانفصالية"',
      'الانفصالية',
      'sdf',
    ],
    ['سيطرت قسد على الحي. وانسحبت الميليشيات الإرهابية الانفصالية من المدينة', 'الميليشيات', 'sdf'],
    // Not where the text does not name the SDF, nor on a noun that is no label.
    ['وطالبت الخارجية بوقف الرعاية الاميركية للميليشيات الانفصالية في المنطقة', 'للميليشيات', undefined],
    ['سيطرت قسد على الحي. وتخشى تركيا من الميليشيات الانفصالية على حدودها', 'الميليشيات', undefined],
    // Abduction is the SDF's in a text about the SDF — not where ISIS, the SNA or HTS is named.
    ['شنت قوات سوريا الديمقراطية حملة مداهمات في الشحيل. وطالب الأهالي بوقف اختطاف الشبان', 'اختطاف', 'sdf'], // Islamic Awakening, 2020
    ['سيطرت قوات سوريا الديمقراطية على منبج بعد معارك مع تنظيم داعش. وتحققت الجماعة من خطف 150 شخصاً', 'خطف', undefined], // Yafa News, 2015
    // An uprising is the tribes' in a text that names them; human shields are ISIS's where ISIS is named.
    ['أعلن مجلس القبائل والعشائر دعمه لأبناء دير الزور في وجه قسد، مؤكداً استمرار الانتفاضة', 'الانتفاضة', 'tribes'], // STC Council, 2023
    ['وتقدمت قوات سوريا الديمقراطية في منبج بدعم التحالف بعد أن طردت تنظيم داعش الذي استخدم المدنيين دروعاً بشرية', 'دروعاً بشرية', 'isis'], // Lana News, 2016
  ])('«%s»: «%s» is the party %s', (text, label, actor) => {
    expectActor(text, label, actor);
  });

  test('a verdict a classer gave is no referent for a bare label in the outlet’s own words (Al-Jafoorah, 2019)', () => {
    const text = 'وحدات حماية الشعب الكردية السورية، التي تعتبرها أنقرة جماعة إرهابية. قلق دولي من نزوح سوري جماعي وفرار إرهابيين من السجون الكردية';
    expectActor(text, 'إرهابية', 'sdf');
    expectActor(text, 'إرهابيين', undefined);
  });

  test.each([
    ['هاجم تنظيم داعش البلدة صباحا، فما كان من مقاتلي التنظيم الجهادي المتطرف إلا أن انسحبوا', 'المتطرف'], // Andalus Press, 2015
    ['واصل التحالف غاراته على مواقع تنظيم الدولة الإسلامية. وتواصل الطائرات غاراتها على مواقع التنظيم الإسلامي المتطرف', 'المتطرف'], // Love Asaad, 2014
  ])('«%s»: «%s» describes the name before it, past a relational adjective', (text, label) => {
    expectActor(text, label, 'isis');
  });

  test.each<[string, string, string | undefined]>([
    // [phrase, the label, the party it is reported of]
    ['تنظيم "ي ب ك"، الجناح المسلح للفرع السوري من منظمة "بي كا كا"، التي تصنفها تركيا على أنها إرهابية.', 'إرهابية', 'sdf'], // Emirates Voice, 2016
    ['من قبضة وحدات حماية الشعب، التي تعتبرها أنقرة منظمة إرهابية مرتبطة بمسلحي حزب العمال الكردستاني', 'إرهابية', 'sdf'], // Middle East Online, 2020
    // No party named before the verb: nothing says what the pronoun stands for.
    ['شريكًا رئيسيًا للولايات المتحدة في سوريا، بينما تصنفها تركيا كمنظمة إرهابية', 'إرهابية', undefined], // Khabar24, 2024
    ['قلق من وحدات حماية الشعب الكردية السورية، التي تعتبرها جماعة إرهابية موالية لمسلحين أكراد', 'إرهابية', 'sdf'], // Al-Jafoorah, 2019: past the name's adjectives
    // The verdict right after the classer; «والتي» is a relative too; «قوات حماية الشعب» is the YPG (An-Najah News, 2019).
    ['في شرق الفرات ضد قوات حماية الشعب الكردية والتي تعتبرها أنقرة "إرهابية".', 'إرهابية', 'sdf'],
    ['في شرق الفرات ضد قوات حماية الشعب الكردية التي تعتبرها أنقرة إرهابية.', 'إرهابية', 'sdf'],
    // A verb of classing, its classer, then the party classed.
    ['وتعتبر أنقرة حزب الاتحاد الديمقراطي الكردي السوري وجناحه العسكري وحدات حماية الشعب الكردية منظمة إرهابية', 'إرهابية', 'sdf'], // Qantara, 2018
    // The party the clause before fights is not what the verb's pronoun stands for; the party it is
    // about is (Lebanon Debate, 2019; Turkey Alaan, 2019).
    ['"وحدات حماية الشعب" الكردية التي تنشط ضمن تحالف "قوات سوريا الديمقراطية" المدعوم أميركيًّا في الحرب على "داعش"، وتعتبرها أنقرة تنظيما إرهابيا', 'إرهابيا', 'sdf'],
    ['وحدات حماية الشعب التي شاركت في حملتها على تنظيم داعش، وتعتبرها تركيا منظمة إرهابية', 'إرهابية', 'sdf'],
    // A verb of classing opening its clause: its pronoun stands for the party named before it, not
    // after a preposition and not the verb's own subject (Khabar24, 2024; Daily Sabah, 2018).
    [
      'تعد قوات سوريا الديمقراطية، التي تضم بشكل رئيسي مقاتلين أكراد من وحدات حماية الشعب (YPG)، شريكًا رئيسيًا للولايات المتحدة في سوريا، بينما تصنفها تركيا كمنظمة إرهابية',
      'إرهابية',
      'sdf',
    ],
    ['تعتبر الولايات المتحدة الأمريكية تنظيم "ب ي د/ بي كا كا" حليفا في سوريا، بالرغم من أن المخابرات المركزية الأمريكية (CIA) لا تزال تعتبره تنظيما إرهابيا', 'إرهابيا', 'sdf'],
    // A noun right before the verb is what its pronoun stands for: here no party (Al-Jarida, 2023).
    ['وقالت تركيا إنها تتابع الوضع في دير الزور التي تنشط بها فصائل كردية تصفها تركيا ب»إرهابية» وتهدد بملاحقتها', 'إرهابية', undefined],
    // A masculine pronoun does not stand for a feminine name.
    ['وتدعم الولايات المتحدة قسد، بينما تعتبره تركيا تنظيما إرهابيا', 'إرهابيا', undefined],
    // «فيما» or «بينما» opens a clause of its own with no comma before it: a party before the word
    // is no subject of the verb after it, which stands for it.
    ['وتدعم الولايات المتحدة قسد فيما تعتبرها أنقرة منظمة إرهابية', 'إرهابية', 'sdf'],
    ['وتدعم واشنطن قسد بينما تصنفها تركيا منظمة إرهابية', 'إرهابية', 'sdf'],
  ])('«%s»: the verdict after a verb of classing hits what its relative clause is about', (text, label, actor) => {
    expectActor(text, label, actor);
  });

  test.each<[string, string, boolean]>([
    // [phrase, the label, whether it is the source's account]
    ['حسب وكالة سانا السورية للأنباء أن رتلاً للاحتلال الأمريكي من 60 صهريجاً محملاً بالنفط السوري', 'للاحتلال', true], // Syria Gate, 2024
    ['وبحسب المرصد، نجحت قوات سوريا الديمقراطية في قطع طريقين رئيسيين يستخدمهما المتطرفون لنقل الإمدادات', 'المتطرفون', true], // Masress, 2016
    // An unnamed source: the outlet owns the words (seed 003).
    ['ووفقاً لمصادر محلية كثفت قسد من دورياتها استجابة للتصاعد الملحوظ في تحركات المسلحين من بعض الميليشيات العشائرية', 'الميليشيات', false],
  ])('«%s»: «%s» after «بحسب» and its source is the source’s account, in the outlet’s wording: %s', (text, label, reported) => {
    const f = findingOn(text, 'framing', label);
    expect(f).toBeDefined();
    expect(!!f!.paraphrased).toBe(reported);
    expect(!!f!.quoted).toBe(reported);
  });

  test('what a speaker described at length said is reported as far from its «إن» (Al-Omma al-Arabiya, 2017)', () => {
    const text =
      'قالت قوات سوريا الديمقراطية وهي تحالف من فصائل كردية وعربية مسلحة يدعمه تحالف دولي بقيادة الولايات المتحدة في بيان، إنها سيطرت بالكامل على مطار عسكري سوري سابق قرب مدينة الطبقة الواقعة على نهر الفرات بعد معارك شرسة ضد تنظيم “داعش” الإرهابي.';
    expect(findingOn(text, 'framing', 'الإرهابي')).toMatchObject({ actor: 'isis', quoted: true, paraphrased: true });
  });
});

describe('framing: verdicts on rulers, forces and acts', () => {
  test.each<[string, string, string | undefined]>([
    // [phrase, the loaded word, the party it hits or undefined when no rule decides]
    ['وقصف جيش الاحتلال التركي الفاشي قرى ريف تل تمر', 'الفاشي', 'turkey'], // AANES media style
    ['ويواصل الطاغية بشار الأسد قصف المدن', 'الطاغية', 'assad_regime'], // opposition style
    // «المخلوع» names a ruler by his fall: the party of the name it stands by (Mareb Press, 2026; Enab Baladi, 2025).
    ['تزامنا مع الإطاحة بنظام الرئيس المخلوع بشار الأسد في ديسمبر', 'المخلوع', 'assad_regime'],
    ['وصلت مجموعة من فلول النظام السوري المخلوع إلى مدينة الطبقة', 'المخلوع', 'assad_regime'],
    ['حكم الرئيس المخلوع حسني مبارك مصر ثلاثين عاما', 'المخلوع', undefined], // a ruler of no listed party
    ['وتستمر ممارسات المستعمر التركي في عفرين', 'المستعمر', 'turkey'],
    ['ويتواصل الغزو الأمريكي لسوريا منذ سنوات', 'الغزو', 'coalition'], // a verdict where it is not the invasion of Iraq
    ['ودان المجلس العدوان التركي الغاشم على مناطق شمال وشرق سوريا', 'الغاشم', 'turkey'], // the adjective follows its head
    ['واصلت قوات الاحتلال التركي ومرتزقتها من المجموعات الإرهابية المسلحة عدوانها الوحشي على المنطقة الشمالية الغربية من ريف الحسكة.', 'الوحشي', 'turkey'], // Tishreen, 2020: «ها» points back to the party named
    ['وشنت قسد حملة اعتقالات تعسفية طالت عشرات الشبان في ريف دير الزور', 'تعسفية', 'sdf'],
    ['وقال إن قمع المتظاهرين في الحسكة على يد قوات الأسايش جريمة', 'قمع', 'sdf'], // «على يد» a few words after the act names its doer
    ['وتواصل قوات الاحتلال الأمريكي سرقة النفط السوري من حقول الجزيرة', 'سرقة النفط', 'coalition'], // the subject of «تواصل» carries on the act
    ['الاحتلال الأمريكي يجدد سرقته للنفط السوري وتهريبه باتجاه العراق', 'سرقته للنفط', 'coalition'], // Globalsy, 2023
    ['رتل من 44 صهريجاً محملة بالنفط المسروق من آبار النفط التي يحتلها', 'بالنفط المسروق', undefined], // Globalsy, 2023: no rule names the thief
    ['وذلك ضمن عمليات السرقة والنهب المستمرة له منذ احتلاله أجزاء من الأراضي', 'السرقة والنهب', undefined], // Globalsy, 2023
    // «فظائع» and «إتاوات» judge the acts and the money a party takes, and count only with their doer.
    ['وخلال سيطرته الوجيزة على السجن، ارتكب «داعش» فظائع عديدة، مثل التمثيل بالجثث', 'فظائع', 'isis'], // Al Khaleej, 2022
    ['نزح عشرات الآلاف من المدنيين جراء الصراع الدائر، والفظائع التي ارتكبتها داعش', 'والفظائع', 'isis'], // NES Civil Diplomacy, 2022
    ['يعاني سكان عفرين من الإتاوات التي تتعمد الفصائل الموالية لتركيا فرضها خلال موسم الزيتون', 'الإتاوات', 'sna'], // North Press, 2023
    ['وتفرض قوات النظام والمليشيات الإيرانية، الأتاوات على الأشخاص الذين يعبرون إلى مناطق سيطرة قسد', 'الأتاوات', 'assad_regime'], // Eye of Euphrates, 2020: the subject of «تفرض»
    // «صارخ» hardens the verdict on the act it describes; the party is the one its sentence names, or none.
    ['إن الاحتجاز والاعتقال التعسفي الذي تمارسه ميليشيا قسد يشكل انتهاكاً صارخاً للحقوق والحريات المنصوص عليها في المواثيق', 'صارخاً', 'sdf'], // Syrian Human Rights Committee, 2023
    ['أصبحت لا تتجاوز 200 متر مكعب في الثانية، يشكل ذلك انتهاكا صارخا للاتفاقية الموقعة بين سوريا وتركيا عام 1987', 'صارخا', 'turkey'], // Cairo 24, 2021
    ['وقالت الوزارة إن الهجوم كان “انتهاكًا صارخًا لوحدة الأراضي السورية واستقلالها وسيادتها”', 'صارخًا', undefined], // Hayaaa, 2019: no party named
    // An adjective of verdict on an act takes the party of the loaded noun it describes, or of the act's doer («اعتداء», «تدخلا»).
    ['إن حكومة البلاد تدين "بأشد العبارات العدوان العسكري التركي على سوريا". وأضافت الوزارة أن "هذا العدوان يمثل تطورا خطيرا واعتداء صارخا غير مقبول', 'صارخا', 'turkey'], // JBC News, 2019
    ['ارتكب مسلحو دمشق مجزرة مروّعة في دير حافر ذهب ضحيتها ثمانية مدنيين. إن هذه الهجمات الوحشية المتكررة تمثل تصعيداً عسكرياً', 'الوحشية', 'damascus_gov'], // YPG-YPJ International, 2025
    // Verdicts on conduct: stalling, an unjust measure, lies, persecution, and «رجس» for a party's rule.
    ['فرهاد شامي: سلطة دمشق تماطل في قبول قسد كقوة منظمة تمتلك قاعدة جماهيرية', 'تماطل', 'damascus_gov'], // North Pulse, 2025
    ['مماطلة قسد بتنفيذ اتفاق العاشر من آذار اضرار بالمنطقة', 'مماطلة', 'sdf'], // Jamahir, 2025
    // A verb of stalling: its subject right after it, tied to a party, or — with a preposition right after it — the sentence's subject.
    ['تماطل “لجنة رد الحقوق” التابعة لفصائل “الجيش الوطني” الموالي للاحتلال التركي بالنظر في الشكاوي التي قدمها السكان', 'تماطل', 'sna'], // Islamist Movements, 2022
    ['ويواصل التنظيم الإرهابي “قسد” عدم الالتزام باتفاق 10 آذار/مارس في سوريا، إذ يماطل في الاندماج ضمن صفوف الجيش السوري رغم انقضاء المهلة', 'يماطل', 'sdf'], // Sharq Akhbar, 2026
    ['ففيما تماطل العديد من الدول الأجنبية في استرجاع مواطنيها، أعلنت القيادة المركزية الأميركية أنها تعمل على إنشاء آلية', 'تماطل', undefined], // Lebanon 24, 2025: foreign states, no party
    ['ونقل عن محافظ الحسكة اللواء غسان خليل أن “الحصار الجائر الذي تمارسه قسد المدعومة من قبل قوات الاحتلال الأمريكي”', 'الجائر', 'sdf'], // Syria Today, 2021
    ['في كشف الجرائم التي يرتكبها الاحتلال وفضح أكاذيب الدولة التركية بشأن احتلال سد تشرين', 'أكاذيب', 'turkey'], // Kurdipedia, 2025
    ['حيث يعاني فيها الأهالي بمختلف انتماءاتهم من الاضطهاد والانتهاكات التي تمارسها الفصائل الموالية لتركيا', 'الاضطهاد', 'sna'], // M-Syria-D, 2023
    ['في ضبطِ أمنِ مناطقِ شمالِ شرقِ سوريا، وتطهيرِها من رجسِ إرهابِ “داعش” وخلاياهِ النائمة', 'رجسِ', 'isis'], // Syriac Press, 2022
    // «استباحة» rules that a party took a land and its people as fair game; the plural verb is left out, its subject being whoever is named right before it.
    ['بالهجوم الذي نفذته “داعش” على تلك القرى المسيحية فإستباحت المقدسات وأحرقت المنازل', 'فإستباحت', 'isis'], // Catholic Union of the Press (Lebanon), 2015
    ['وطالب بخروج تركيا وقواتها وكذلك كل القوات الأجنبية التي استباحت هذا البلد العربي', 'استباحت', 'turkey'], // Khabar Agency, 2019
    // «اعتداء» with a pronoun written on the hamza's seat («اعتدائها»), and «كم الأفواه» for silencing.
    [
      'وفرض عناصر “قسد” منذ صباح الأمس حظر تجول على بلدة “البصيرة” حيث شنوا حملة اعتقالات ومداهمات عشوائية للمنازل، إضافة إلى اعتدائهم على الأملاك الخاصة للمدنيين',
      'اعتدائهم',
      'sdf',
    ], // Snack Syrian, 2019
    ['يشار إلى أن القوات التركية عمدت إلى إيقاف ضخ المياه من محطة علوك أكثر من 18 مرة في ريف الحسكة الشمالي ناهيك عن اعتدائها المستمر على البنى التحتية', 'اعتدائها', 'turkey'], // Al-Alam, 2021
    ['يذكر أن قسد تقوم بإحكام قبضتها الأمنية على مناطق نفوذها، و التي تعتمد فيها على تكميم الأفواه و قمع الحريات', 'تكميم الأفواه', 'sdf'], // Shahed Agency, 2020
    [
      'المجلس الوطني الكردي يندّد بأشد العبارات هذه الممارسات الترهيبية التي تطول أعضاء المجلس والناشطين بغرض كمّ الأفواه وقمع أي نشاط سياسي، ويحمّل "pyd" مسؤولية أي أذى',
      'كمّ الأفواه',
      'sdf',
    ], // Syria TV, 2022
    // «هيمنة» rules a party's sway an overbearing one: the party named after it, or its pronoun's.
    ['الولايات المتحدة فقدت جميع اوراقها بالمنطقة سيما مع اعلان التقارب السعودي الإيراني وانتهاء هيمنة واشنطن على الخليج', 'هيمنة', 'coalition'], // Aredo News, 2023
    ['وأضاف التقرير، أن سد إليسو التابع لتركيا هو واحد من 22 سدا ضمن مشروع أردوغان للهيمنة على المياه', 'للهيمنة', 'turkey'], // Youm7, 2020
    ['تواصل إيران وميليشياتها فرض هيمنتها المطلقة على معظم مناطق نفوذ النظام السوري', 'هيمنتها', 'iran_militias'], // SOHR, 2022
    // «السطو» brands what a party takes as a burglar's haul.
    ['قام نظام الرئيس التركى رجب طيب أردوغان بسرقة ونهب قوت غالبية سكان مدينة "عفرين" السورية، بالسطو على حوالى 18 مليون شجرة زيتوت', 'بالسطو', 'turkey'], // Youm7, 2019
    // «نهب» brands what a party takes as plunder, and counts only with its doer, like «سرقة».
    ['واصل الاحتلال الأمريكي نهبه للثروات السورية في المناطق التي يحتلها في الجزيرة', 'نهبه', 'coalition'], // Al-Baath Media, 2022
    ['وتنهب قوات الاحتلال الأمريكي المنتشرة في الجزيرة السورية، الثروات الوطنية والمحاصيل الإستراتيجية', 'وتنهب', 'coalition'], // Dama Post, 2024
    // An act in the list an explaining «من» opens after a noun of deeds is one of those deeds, done by the deeds' party.
    ['هم من المرتزقة المدعومين من الاحتلال التركي الذين يواصلون ارتكاب الجرائم من قتل ونهب وترهيب للمدنيين', 'وترهيب', 'sna'], // Roya News, 2024
    ['واصل الاحتلال التركي وميليشياته جرائمهم بحق أهالي عفرين من قتلٍ واختطافٍ وتعذيبٍ', 'واختطافٍ', 'turkey'], // Islamist Movements, 2020
    ['تواصل الجماعات المسلحة الموالية للنظام التركي في شمال سوريا انتهاكاتها وجرائمها، من سرقة محاصيل زراعية إلى اعتقال مدنيين', 'سرقة', 'sna'], // Arab Observer, 2020
    ['وتضييق الخناق على الأهالي لتهجيرهم من قراهم ومنازلهم، وتغيير ديموغرافية المدينة', 'وتغيير ديموغرافية', undefined], // Hafryat, 2022: «من» of a place, after no noun of deeds
    // «تنظيم» for the SDF demotes a force to a banned group (Al-Shorouk, 2026) …
    ['وأكدت هيئة العمليات أن تنظيم "قسد" دخل مرحلة جديدة من التصعيد', 'تنظيم "قسد', 'sdf'],
    ['حزب الاتحاد الديمقراطي السوري (بي واي دي) وهو الفرع السوري لحزب العمال الكردستاني', 'الفرع السوري لحزب العمال الكردستاني', 'sdf'], // Kataeb, 2018
    ['ومنع تنظيم “ب ي د” (الذراع السوري لبي كا كا) من إقامة “ممر إرهابي”', 'الذراع السوري لبي كا كا', 'sdf'], // Turk Now, 2016
    // A local force cast as a foreign army's client: the SDF, named or not (Sputnik copy, 2023).
    ['قتل قيادي بارز من قوات "قسد" الموالية للجيش الأمريكي مع مرافقه', 'الموالية للجيش الأمريكي', 'sdf'],
    ['مع استنفار كبير للمسلحين الموالين للجيش الأمريكي.', 'الموالين للجيش الأمريكي', 'sdf'],
    ['في المناطق التي يسيطر عليها الأكراد الموالون لأمريكا', 'الموالون لأمريكا', 'sdf'], // Topcor, 2023
    // The client, not the patron inside the label, is the subject of the act (Ad-Diyar, 2023).
    ['شن المسلحون الموالون للجيش الأميركي حملات اعتقال واختطاف للشبان', 'واختطاف', 'sdf'],
    ['وهو أول اختبار لقدرة سلطة الاحتلال التركي على ضبط ميليشياتها.', 'ميليشياتها', 'sna'], // Al-Shams News, 2022: a patron's own force is its proxy
    ['يشار إلى أن قوات النظام التركي قصفت مساء الأربعاء قرى في ريف تل أبيض.', 'قوات النظام التركي', 'turkey'], // Arab Observer, 2020
    ['بينما أقدمت مجموعة من الإرهابيين التابعين لنظام أردوغان على تصفية مدنيين اثنين بالرصاص', 'لنظام أردوغان', 'turkey'], // Al-Baath Media, 2019
    ['ويتهم الاكراد نظام اردوغان بمساعدة "داعش" وتسليحها', 'نظام اردوغان', 'turkey'], // Al-Alam, 2015
    ['وتواصل الجماعات المسلحة الموالية للنظام التركي جرائمها في شمال سوريا.', 'جرائمها', 'sna'], // Arab Observer, 2020: the groups tied to the patron
    ['جراء قصف نفذته مسيرة تابعة للاحتلال التركي استهدف مركزاً للجرحى.', 'للاحتلال', 'turkey'], // the label is the patron's own name
    ['الميليشيات الكردية المدعومة من أمريكا ترتكب جرائم حرب في الحسكة', 'جرائم', 'sdf'], // Syrian Mirror, 2016: the tied party, not its patron
    ['اقدمت طيارتان حربيتان تابعتان لقوات التحالف غير الشرعي بقصف الأكراد', 'غير الشرعي', 'coalition'], // SY Media News, 2018
    ['في محاولة تقدم جديدة من المليشيات المدعومة بطيران التحالف الدولي', 'المليشيات', 'sdf'], // 2017: the force the coalition backs in Syria
    ['تمرد في سجن غويران التابع للاحتلال الامريكي ومرتزقته', 'ومرتزقته', 'sdf'], // Subahiya News, 2020: the occupier's hired force
    ['القوّات الأميركية تسرق 43 صهريج نفط من ريف الحسكة', 'تسرق', 'coalition'], // Ertikaz, 2022
    ['وأصاب الصاروخ هدفاً حيوياً في حيفا المحتلة في الأيام السابقة', 'حيفا المحتلة', 'israel'], // Sada al-Dahiya, 2024: a place named with a verdict
    ['وذلك عقب سيطرة الجماعات الجهادية على ثلاثة أحياء في الشرق', 'الجماعات الجهادية', undefined], // no rule names them here
    [
      'أصدرت ميليشيا قسد بياناً دعت فيه مقاتلي العشائر للتسوية.\nوشنت ميليشيا "قسد" حملة اعتقالات ومداهمة لبعض المنازل، وبدأت من أرياف دير الزور، واستولت خلال الحملة نفسها على منازل شرق المحافظة.',
      'واستولت',
      'sdf',
    ], // El Dorar, 2023
    ['ومنذ يومين عادت المعارك بين ميليشيا قسد ومقاتلين من أبناء العشائر، بعد أسابيع من إعلان الميليشيا سيطرتها على المنطقة.', 'الميليشيا', 'sdf'], // El Dorar, 2023: «سيطرتها» is the object of «إعلان»
    // Human shields: the one who uses them, the subject of «يستخدم/اتخذ», even opening the text.
    ['ويستخدم تنظيم داعش المدنيين دروعا بشرية في منبج', 'دروعا بشرية', 'isis'], // Al-Wafd, 2016
    ['اتخذت ميليشيا قسد من المدنيين دروعاً بشرية في الرقة', 'دروعاً بشرية', 'sdf'],
    ['أشبال داعش دروع بشرية للتنظيم', 'دروع بشرية', 'isis'], // Al-Itihad Media, 2022: whose they are, after «ل»
    ['داعش يستخدم المدنيين دروعاً بشرية في منبج', 'دروعاً بشرية', 'isis'], // the subject before its verb
    // The noun of using, with its doer after it (Buratha News, 2026); none named, no party (Al-Hadath, 2026).
    ['وأشارت إلى اتخاذ عناصر قوات سوريا الديمقراطية "قسد" للمدنيين دروعا بشرية وتمركزهم داخل منازل الأهالي', 'دروعا بشرية', 'sdf'],
    ['نظراً لاتخاذ العناصر المسلحة للمدنيين “دروعاً بشرية” وتمركزهم داخل المنازل', 'دروعاً بشرية', undefined],
    // The noun of using after the preposition its verb takes: the verb's subject before it (Turkey Alaan, Daily Sabah, 2018) —
    // not ISIS, the party the article names elsewhere.
    [
      'أعلن الجيش التركي تحييد عناصر من داعش. ومع اقتراب القوات التركية من مشارف مدينة عفرين، يحرص إرهابيو “ب ي د/ بي كا كا” على استخدام المدنيين كدروع بشرية',
      'كدروع بشرية',
      'sdf',
    ],
    ['تم استخدام بعضهم دروعاً بشرية، وآخرون فضلوا الخروج من المدينة', 'دروعاً بشرية', undefined], // Al-Balad, 2016: the passive names no one
    ['اتهامات لقوات الحماية الكردية بتهجير العرب من مدينة تل أبيض', 'بتهجير', 'sdf'], // Syria Roze, 2015: «قوات الحماية الكردية» is the YPG
    ['وهو مدرس، تعرض للتهجير مع عائلته في 23 شباط الماضي على يد فصائل الجيش الوطني', 'للتهجير', 'sna'], // «على يد» past a date (Assyrian Rights, 2015, in its form)
    // The party accused of an act after «بارتكاب» did it — not the accuser (Al-Youm7 style, 2019).
    ['العفو الدولية تتهم تركيا بارتكاب جرائم حرب في هجومها ضد الأكراد بسوريا', 'جرائم', 'turkey'],
    ['واتهمت قسد الجيش الوطني بارتكاب مجزرة في القرية', 'مجزرة', 'sna'],
    // The act after «بـ» written apart from it, in quotation marks (Yalla Syria News, 2025).
    ['واتهم البيان ميليشيات "قسد" بـ "تهجير العرب، وتجنيد القاصرين، والترويج لتجارة المخدرات"', 'تهجير', 'sdf'],
    // An accuser and an accused of several words each (Khaleeji 24, 2024).
    ['اتهمت منظمة العفو الدولية الإدارة الذاتية الكردية في سوريا بارتكاب جرائم حرب من خلال التعذيب', 'جرائم', 'sdf'],
    // A plural that dropped its «ن» governs the name after it, not the party before (Al-Afdal, 2014).
    ['واستهدفت الضربات الجوية التي تقودها الولايات المتحدة ارهابيي داعش في أماكن أخرى', 'ارهابيي', 'isis'],
    ['واتهم المرصد الميليشيات الإيرانية والقوات الحليفة معها بارتكاب الانتهاكات بحق المدنيين', 'الانتهاكات', 'iran_militias'],
    // The act itself carrying «بـ» after the accused, past the noun of carrying it on.
    ['بياناً إلى الرأي العام العالمي تتهم فيه الولايات المتحدة الأمريكية بالاستمرار بسرقة ثروات الشعب السوري', 'بسرقة', 'coalition'], // Al-Arab, 2020
    ['للسرقة، وسط اتهام ناشطين قوات النظام والميليشيات الموالية بسرقتها، نظرا للمنطقة التي يتم فيها التخزين', 'بسرقتها', 'assad_regime'], // Micro Syria, 2017
    // A subject set off from its verb by an apposition, and a second verb joined by «و» that shares it (Jisr TV, 2015).
    [
      'قالت منظمة العفو الدولية "أمنستي" إن "وحدات حماية الشعب الكردية، الجناح العسكري لحزب الاتحاد الديمقراطي، مارست التهجير القسري للسكان وارتكبت جرائم حرب شمالي سوريا.',
      'التهجير القسري',
      'sdf',
    ],
    [
      'قالت منظمة العفو الدولية "أمنستي" إن "وحدات حماية الشعب الكردية، الجناح العسكري لحزب الاتحاد الديمقراطي، مارست التهجير القسري للسكان وارتكبت جرائم حرب شمالي سوريا.',
      'جرائم',
      'sdf',
    ],
    // The party right before a verb joined by «و» ends the clause before: the object of the first verb is not the second's subject.
    ['وقصفت المدفعية التركية مواقع "قسد" وارتكبت مجزرة بحق المدنيين في القرية', 'مجزرة', undefined],
    // An act an effort aims at is the effort's owner's: the party in construct with it (Libya Akhbar, 2021), or its pronoun's —
    // not when the pronoun stands for two parties joined by «و» (Sot Kurdistan, 2019).
    ['وذلك ضمن ممارسات أمريكا المتواصلة الهادفة لنهب خيرات الشعب السوري وثرواته النفطية', 'لنهب خيرات', 'coalition'],
    ['تواصل قوات الاحتلال الأمريكي عملياتها في سرقة القمح السوري من صوامع الحبوب', 'سرقة القمح', 'coalition'],
    ['وانطلقت المظاهرات ضد وجود قوات النظام السوري وإيران، وتنديداً بممارساتهم الهادفة إلى تغيير ديمغرافية قراهم', 'تغيير ديمغرافية', undefined],
    // Bearing responsibility is no carrying of goods: the act's own adjective names its party (Youm7, 2019).
    ['ودعت قسد المجتمع الدولي وفي مقدمته الولايات المتحدة الأمريكية إلى تحمل المسؤولية تجاه الانتهاكات التركية', 'الانتهاكات', 'turkey'],
    // An act of members of a body: «من» after the head of members, then the body (Syria TV, 2020).
    ['تأتي هذه المظاهرات على خلفية اعتداء عناصر من "مجلس منبج العسكري" التابع لـ"قسد" على شاب في حي السرب', 'اعتداء', 'sdf'],
    // A force with the article after its own noun: the party after «من» belongs to that noun (Mada Post, 2019) — unless a group word follows.
    ['وقام بكسر قلمه في وجه الوفد بعدما ترجم له المترجم العبارات التي بينت استياء الميليشيات من الولايات المتحدة الأمريكية', 'الميليشيات', undefined],
    ['وقتل اثنان من المرتزقة من فصائل الجيش الوطني في الاشتباكات', 'المرتزقة', 'sna'],
    // «العميلة» on the name it stands after (Al-Baath, 2022 and 2023).
    ['احتجاجاً على اعتداء ميليشيا قسد العميلة على أحد أفراد قبيلة البكارة', 'العميلة', 'sdf'],
    ['وتتسع رقعة الرفض الشعبي لميليشيا “قسد” العميلة من الأهالي في المناطق التي تُسيطر عليها', 'العميلة', 'sdf'],
  ])('«%s» → «%s» hits %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f, word).toBeDefined();
    expect(f?.actor).toBe(actor);
    expect(f?.direction).toBe('against');
  });

  test.each([
    'وشهدت سوق المدينة عملية سرقة استهدفت محل مجوهرات', // a theft, not «looting» of a country
    'يشهد هذا الموسم تشديداً صارماً عبر فرض إتاوات جديدة ومبتدعة', // North Press, 2023: levies with no doer named
    'وأضافت المصادر أن عناصر المنظمة قاموا كذلك بنهب ما تبقى من ممتلكات وأموال للقتلى', // Daily Sabah, 2019: «المنظمة» named in a sentence before
    'وطرده من المنطقة “لأنه الراعي لقسد وهو من ينهب ثروات البلاد”', // Levant News, 2023: «هو» is «الراعي», not the party behind «لـ»
    // Bawaba Syria, 2019: an act in a phrase of time sets the scene; the plunder is not Turkey's.
    'إن الجيش الوطني أعدموا مدنيين دون محاكمة أثناء الهجوم التركي في شمال شرق سوريا ونهبوا ممتلكات تخص أسر الأكراد',
    'وتمكنت الشرطة من استعادة القمح المسروق من المستودع', // stolen wheat, a crime report
    'وتحدث التقرير عن الهجرة غير الشرعية إلى أوروبا', // «غير الشرعية» with no party it can describe
    'عبر معبر المحمودية الغير شرعي باتجاه شمال العراق', // a crossing: no rule names whose
    'قال الحزب إن الذراع العسكري لحزب العمال الكردستاني في العراق نفذ هجوماً', // the PKK's own arm is no verdict on the SDF
    'وقالت قوات سوريا الديمقراطية، الذراع العسكرية للإدارة الذاتية الكردية، في بيان إن الهجوم فشل', // Dot al-Khalij, 2025: a description, not «a tool of»
    'وأطلق العريضة بمعية زمرة من كبار الأطباء', // «زمرة»: a group, not a clique
    'وحضر السفير حفل افتتاح متحف الفن الاستعماري في باريس', // history with no party named
    'وأشاد بالنظام الفيدرالي في العراق',
    'واتُّهم الكاتب بمعاداة الصهيونية في مقاله الأخير', // the ideology named, no verdict on Israel
    'وزار الوفد جبل صهيون في القدس', // a place
    // The 2003 invasion by its common name (Ronahi, 2025; Fenks, 2021), and ISIS's plain account of its own sweep (Peace Com, 2022).
    'وأعيد فتحه لاحقاً بعد تدفق العراقيين إلى سوريا عقب غزو العراق عام 2003',
    'وأعيد تفعيله مرة أخرى إبان الغزو الأمريكي للعراق عام 2003',
    'أفادت التقارير أنه تم إحباط مؤامرة داعش لاجتياح سجن يديره أكراد',
    // «العميلة» is a client when no party stands before it, and «العميل» a spy or a customer.
    'وتعمل الشركة على تحسين تجربة العميل وخدمة الجهة العميلة',
    'وقالت الشرطة البريطانية إن العميل الروسي السابق وابنته نجوا من محاولة التسميم',
    // The wire's «يهيمن عليها الأكراد» (Kurdish-dominated) is a description, and «هيمن» a name (Agora, 2017; Al-Modon, 2015).
    'وبدأت قوات سوريا الديمقراطية وهي تحالف يهيمن عليه الأكراد ويضم جماعات تساند التحالف، هجومها',
    'كشف مسؤول العلاقات الخارجية في الحزب "الديموقراطي الكردستاني" هيمن هورامي، الثلاثاء، في "تويتر"',
    // «مجاهد» as a person’s name (Al-Hal, 2015).
    'وقال الناشط مجاهد الشامي (مؤسس حملة #ديرالزور_تذبح_بصمت) إن التنظيم يوزع الجوائز للأطفال',
    // «سطوة» is sway, not «السطو» (BBC, 2016).
    'وتخشى تركيا أن تغذي سطوة أكراد سوريا على حدودها مطالب الانفصال لدى الأقلية الكردية',
    // «مجاهدو خلق», «مجاهدي خلق»: the name of the Iranian opposition group, no verdict on Iran's militias.
    'وقال مجاهدو خلق إن إيران أعدمت معارضين في سجونها',
    'وقالت منظمة مجاهدي خلق إن الحرس الثوري الإيراني أعدم سجناء',
  ])('«%s» has no verdict word', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });
});

describe('framing: words that read as labels only in other company', () => {
  test.each([
    'والجدير بالذكر أن تعداد جرائم القتل في المخيم بلغ 33 جريمة قتل', // Hafryat, 2021: a murder count
    'والمجموعات المسلحة التي كانت تسعى للحصول على السلطة في دمشق', // Wah News, 2026: power in Damascus
    // The wire's «the authorities in Damascus» names a seat, not a de facto power (Lebanon Debate, 2025).
    'حيث يجري الحديث عن إمكانية تسليم المخيمات التي تؤوي عائلات تنظيم داعش إلى السلطات في دمشق',
    'حيث يُحتجز آلاف من مسلحي تنظيم "داعش" في سجن غويران', // wire wording, not a verdict
    'إذا لم تستطع الولايات المتحدة الأميركية إخراج المسلحين الأكراد منها', // Sout al-Omma, 2018: wire wording for the YPG
    'بالتزامن مع ارتفاع وتيرة التهديدات التركية بشن عملية عسكرية', // Zaitun, 2022: a threat reported is no verdict
    'وقال إن المجلس مستعد للدفاع عن المدينة عقب تهديد أنقرة باستهدافها', // Innfrad, 2018
  ])('«%s» has no label', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });
});

describe('framing: «المتطرفة» with no party of its own stays unattached', () => {
  test.each([
    'في ظل تنامي قوة داعش والتنظيمات المتطرفة الأخرى', // seed 004: other extremist groups, not ISIS
    'يشير إلى وجود تنام في الفكر الطائفي المتطرف في مناطق داعش', // seed 004: a current of thought
  ])('«%s»', (text) => {
    const f = findingOn(text, 'framing', text.includes('المتطرفة') ? 'المتطرفة' : 'المتطرف');
    expect(f).toBeDefined();
    expect(f?.actor).toBeUndefined();
  });
});

describe('framing: a designation reported is not a verdict', () => {
  // The classer before a relative pronoun, the party classed right after the verb: the classer's
  // verdict on that party, in the classer's words (Chedot, 2016).
  test("«تركيا التي تعتبر هذا الحزب منظمة إرهابية» is Turkey's word on the PYD", () => {
    const text =
      'وتشكل وحدات حماية الشعب الكردية، الذراع العسكري لحزب الاتحاد الديمقراطي الكردي في سوريا، العمود الفقري لقوات سوريا الديموقراطية، ما يثير خشية تركيا التي تعتبر هذا الحزب منظمة إرهابية وتستهدف مواقع مقاتليه في شمال سوريا.';
    expect(findingOn(text, 'framing', 'إرهابية')).toMatchObject({ actor: 'sdf', quoted: true });
    expect(analyze(text).actors.find((a) => a.id === 'sdf')?.label).toBe('neutral');
  });

  test('«المصنفة إرهابية لدى الولايات المتحدة» (Turkey Alaan, 2021)', () => {
    expect(findings('هو الوجه الآخر لمنظمة بي كا كا المصنفة إرهابية لدى الولايات المتحدة والاتحاد الأوروبي', 'framing')).toEqual([]);
  });
});

describe('framing: uprisings and revolutionaries', () => {
  test('«انتفاضة العشائر» favours the tribes', () => {
    expectActor('وتتواصل انتفاضة العشائر العربية في ريف دير الزور', 'انتفاضة العشائر', 'tribes');
  });

  test('«الثوار» is a favour word with no party of its own (Orient, 2017)', () => {
    const f = findingOn('من أكبر الميليشيات التي تقاتل إلى جانب ميليشيا الأسد ضد الثوار بسوريا', 'framing', 'الثوار');
    expect(f?.direction).toBe('favour');
    expect(f?.actor).toBeUndefined();
  });

  test('«انتفاضة الأقصى» is a name of another time and place', () => {
    expect(findings('في الذكرى السنوية لانتفاضة الأقصى', 'framing')).toEqual([]);
  });

  // With no party it is said of, «انتفاضة» is the usual name of an event (the Qamishli uprising of
  // 2004, ARK News and Kulilk, 2015–2023), not a verdict readers mark.
  test.each(['تمر اليوم الذكرى السنوية الـ 19 لاندلاع الانتفاضة الكوردية في مدن كوردستان سوريا', 'أحيت الجماهير الكردية ذكرى انتفاضة قامشلو عام 2004، بالتظاهر والوقوف خمس دقائق'])(
    '«%s»: no finding on «انتفاضة»',
    (text) => {
      expect(findings(text, 'framing').filter((f) => f.text.includes('انتفاضة'))).toEqual([]);
    },
  );
});

describe('framing: what a place is freed from is not its liberator', () => {
  test('«المناطق … المحررة من داعش» (Ahl Masr, 2018)', () => {
    const f = findingOn('واستقرار المناطق الشمالية الشرقية لسورية المحررة من داعش', 'framing', 'المحررة');
    expect(f).toMatchObject({ direction: 'favour' });
    expect(f?.actor).toBeUndefined();
  });

  test.each<[string, string, string | undefined]>([
    // «على يد» after a word of freeing names the liberator (Ronahi TV, 2020), past the party it was freed from.
    ['وأصدرت الإدارة المدنية بياناً هنأت فيه مكوناتها بالذكرى الثالثة لتحرير المدينة على يد قوات سوريا الديمقراطية', 'لتحرير', 'sdf'],
    ['وجرى تحرير القرية من داعش على يد قوات سوريا الديمقراطية بعد معارك عنيفة', 'تحرير', 'sdf'],
    // A body of the administration's right after the freeing names the side that freed the place (Syriac Press, 2020).
    ['فبعد تحرير المدينة من داعش بدأ فريق الاستجابة الأولية التابع لمجلس الرقة المدني بالعمل', 'تحرير', 'sdf'],
    // Not «على يد» in a clause of its own (ASO Network, 2019, in its form), nor «من قبل», which also reads «from».
    ['أثناء معركة تحرير القرية لمن قضوا على يد تنظيم داعش الإرهابي', 'تحرير', undefined],
    ['يصادف اليوم الذكرى السنوية لتحرير القرية من قبل مرتزقة داعش', 'لتحرير', undefined],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toMatchObject({ direction: 'favour' });
    expect(f?.actor).toBe(actor);
  });

  test('«مسلحو عشائر عربية» free villages from the SDF: the tribes are the liberators (180 News, 2023)', () => {
    const f = findingOn('وتمكن مسلحو عشائر عربية من تحرير 24 قرية من سيطرة “قسد” في محافظة دير الزور', 'framing', 'تحرير');
    expect(f).toMatchObject({ direction: 'favour', actor: 'tribes' });
  });
});

describe('framing: «إرهاب» is a label only with the party it governs', () => {
  test.each<[string, string, string | undefined]>([
    ['وأُعلن رسمياً عن تأسيس الإدارة بعد تحرير كافة مناطق شمال وشرق سوريا من إرهاب داعش', 'إرهاب', 'isis'], // Afaq al-Maara, 2024
    ['بركان «الخابور والفرات» لمواجهة إرهاب «داعش»', 'إرهاب', 'isis'], // Al-Binaa, 2014
    ['رتلًا عسكريًا تابعًا لقوات الإرهاب الأمريكية في شمال شرق البلاد', 'الإرهاب', 'coalition'], // Parto News, 2021
    // Ownerless where a place is freed of it: the party the text gives every other word of terror.
    [
      'أعلنت وزارة الدفاع التركية، تحييد 8 إرهابيين من تنظيم "بي كا كا/ ي ب ك"، حاولوا التسلل إلى منطقة "نبع السلام"، شمالي سوريا. وأكدت الوزارة أنها لن تسمح بزعزعة مناخ الاستقرار والأمن في المنطقة بعد تحريرها من الإرهاب.',
      'الإرهاب',
      'sdf',
    ], // Haberler, 2020
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });

  test('«المحررة من الإرهاب» is freed of the party the text calls terrorist (Rabtasunna, 2020)', () => {
    const text =
      'مدنيون يواصلون العودة إلى تل أبيض المحررة من الإرهاب. وكان الآلاف من أهالي المدينة غادروها هربا من تنظيمات "داعش" و"ي ب ك - بي كا كا" الإرهابية التي سيطرت على المدينة لأكثر من 5 سنوات.';
    expectActor(text, 'الإرهاب', 'sdf');
  });

  test.each([
    'واعتبر المرصد أن عملية الإعدام نفذت كسياسة لإرهاب من يفكر في معارضة التنظيم', // Al-Alam, 2014: to terrorize, a verb's noun
    'وشدد أردوغان على أن تركيا تعتبر أي جهد يهدف إلى تطهير سوريا من الإرهاب "خطوة في الاتجاه الصحيح"', // Scoop Post, 2025: no owner, no speaker's default
    'وأكدت الوزارة أنها لن تسمح بزعزعة مناخ الاستقرار والأمن في المنطقة بعد تحريرها من الإرهاب.', // Haberler, 2020: no other word of terror given a party
    'تعمل القوات في إطار الجهود المشتركة لمنع عودة الإرهاب وضمان أمن المنطقة',
  ])('«%s»: no finding', (text) => {
    expect(findingOn(text, 'framing', 'رهاب')).toBeUndefined();
  });
});

describe('framing: «مسلحو» is a label on an organized force, the newswire word for an irregular group', () => {
  test.each<[string, string | undefined]>([
    ['وفرض مسلحو “قسد” خلال اليومين الماضيين حظر تجوال', 'sdf'], // Islamic Awakening, 2020
    ['ارتكب مسلحو دمشق مجزرة مروّعة في دير حافر', 'damascus_gov'], // YPG International, 2025
  ])('«%s» → %s', (text, actor) => {
    expectActor(text, 'مسلحو', actor);
  });

  test.each([
    'قام مسلحو تنظيم “داعش” بتفجير كنيسة شمال الحسكة', // Lebanon Time, 2015
    'عندما تعرّض مسلحو جبهة النصرة لعناصر من الوحدات', // Al-Watan, 2013
    'وتمكن مسلحو عشائر عربية من تحرير 24 قرية', // 180 News, 2023
  ])('«%s»: no finding on «مسلحو»', (text) => {
    expect(findingOn(text, 'framing', 'مسلحو')).toBeUndefined();
  });
});

describe('framing: «اختطاف» is a verdict on a party that detains, the plain account of what ISIS did', () => {
  test.each<[string, string | undefined]>([
    ['“سانا”: ميليشيا “قسد” خطفت العشرات من سكان الرقة', 'sdf'], // Today News Iraq, 2020
  ])('«%s» → %s', (text, actor) => {
    expectActor(text, 'خطفت', actor);
  });

  test.each([
    'وهي كاتبة آشورية، تعرضت للخطف مع عائلتها في 23 شباط الماضي على يد تنظيم الدولة الإسلامية', // Assyrian Rights, 2015
    // The same word again, with no party of its own, tells the same deed (Aden al-Hadath, 2015).
    'وقال ناشطون إن مقاتلي تنظيم الدولة خطفوا 90 شخصاً. وتزامن خطف المسيحيين الآشوريين مع تقدم المقاتلين الأكراد',
    'وقال ناشطون مسيحيون إن مقاتلي تنظيم الدولة خطفوا ما لا يقل عن 150 شخصاً من قرى آشورية', // Yafa News, 2015
  ])('«%s»: no finding', (text) => {
    expect(findings(text, 'framing').filter((f) => f.text.includes('خطف'))).toEqual([]);
  });
});

describe('framing: «القوات الشريكة» in a report of the coalition is its official name relayed', () => {
  test.each([
    'رغم أن الهجوم لم يلحق أي ضرر بالمنشآت ولم تقع إصابات بين القوات الأمريكية أو القوات الشريكة', // Al-Shams, 2024
    'فيما تواصل القوات الشريكة ممارسة الضغط العسكري لضمان الهزيمة الدائمة للشبكة الإرهابية', // Shafaq News, 2026
    'ورغم هذا التراجع العام، حافظ بند الرواتب والحوافز المالية للقوات الشريكة على أولوية التمويل', // Yalla4Trend, 2025
  ])('«%s»: no finding', (text) => {
    expect(findings(text, 'framing').filter((f) => f.text.includes('الشريكة'))).toEqual([]);
  });
});

describe('framing: an act done through a party’s means of war is the party’s', () => {
  test.each<[string, string | undefined]>([
    ['وفي السياق ذاته ارتكب الطيران الحربي الأمريكي مجزرة بحق عائلة كاملة في مدينة منبج', 'coalition'], // Masiada, 2016
    ['وارتكبت الطائرات التركية مجزرة في القرية', 'turkey'],
    ['وارتكبت طائرات مجهولة مجزرة في القرية', undefined], // no party's adjective after the means
    // The means and the party's adjective before the verb (Al-Azmenah, 2016).
    ['وقال مصدر من مجلس جرابلس العسكري إن الطيران التركي ارتكب مجزرة ثانية خلال صباح اليوم', 'turkey'],
    ['وقال مصدر إن طيراناً مجهولاً ارتكب مجزرة ثانية خلال صباح اليوم', undefined],
  ])('«%s»: «مجزرة» → %s', (text, actor) => {
    expectActor(text, 'مجزرة', actor);
  });
});

describe('framing: the Turkish-backed factions by name are the SNA', () => {
  test.each<[string, string, string | undefined]>([
    ['حذفت الخارجية الأمريكية حزب الاتحاد الديمقراطي وجناحه المسلح ميليشيات الحماية الكردية من تقرير الإرهاب', 'ميليشيات', 'sdf'], // Al-Aser, 2018: «الحماية الكردية» is the YPG
    ['مناوشات بين السكان والميليشيات المتحالفة مع إيران في المنطقة الحدودية', 'والميليشيات', 'iran_militias'], // Al-Fassel, 2024: allied with
    ['بالتزامن مع تجهيز ميليشيا «السلطان سليمان شاه»، دفعة جديدة من المسلحين', 'ميليشيا', 'sna'], // Al-Alam, 2021
    ['قتل السياسية الكردية هرفين خلف على يد عناصر مليشيا أحرار الشرقية', 'مليشيا', 'sna'], // Misr Talateen, 2019
    ['وهاجمت مرتزقة العمشات والحمزات قرى الريف', 'مرتزقة', 'sna'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('framing: a label on «أي» + a noun names no party, unless the party or its doer follows', () => {
  test.each<[string, string, string | undefined]>([
    ['يمنع منعاً باتاً التخريب والعبث بأمن المحافظة لأي مجموعة إرهابية مع اختلاف مسمياتها', 'إرهابية', undefined], // TEV-DEM, 2018
    ['وقال تنظيم داعش الإرهابي إن أي مجموعة إرهابية ستُطرد', 'إرهابية', undefined],
    ['وثبتت مواقعها العسكرية في المنطقة للتصدي لأي اعتداء تركي', 'اعتداء', 'turkey'], // YP Agency, 2019
    ['نحن مستعدون لصد أي عدوان من قبل جيش الاحتلال التركي أو مرتزقته', 'عدوان', 'turkey'], // Strategia News, 2021
    ['تعزيز نقاطها واستعدادها لمواجهة أي عدوان من قبل الاحتلال التركي وحماية الأهالي', 'عدوان', 'turkey'], // Al-Baath Media, 2019
    ['وأدان البيان أي عدوان من قبل أي طرف كان', 'عدوان', undefined],
    ['خلية إرهابية تابعة لتنظيم داعش', 'إرهابية', 'isis'],
    // Nor does a later pass, from the same label given to a party further on.
    ['وأكد البيان رفض أي احتلال للأراضي السورية. وطالب بإنهاء الاحتلال التركي لعفرين', 'احتلال', undefined],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: a label on whatever is foreign names no one party', () => {
  test.each<[string, string, string | undefined]>([
    ['وأكدت القبيلة على مواجهة كل أشكال الاحتلال الأجنبي لمنطقتنا. وكانت القوات الأمريكية قد انسحبت', 'الاحتلال', undefined], // Al-Alam, 2020
    ['وتخليص اراضيها من الاحتلال الاجنبي في كل مناطقها، وطرد قوات الاحتلال الأمريكي', 'الاحتلال', undefined], // Al-Arab, 2020
    ['وتخليص اراضيها من الاحتلال الأمريكي في كل مناطقها', 'الاحتلال', 'coalition'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: a bare «الإرهابيين» in a party’s own words is whom that party calls so', () => {
  test.each<[string, string, string | undefined]>([
    ['وقال أردوغان: "سنطهر منبج من الإرهابيين بعد عفرين"', 'الإرهابيين', 'sdf'], // Dijlah TV, 2018
    ['وقالت قسد في بيان إن الإرهابيين هاجموا السجن من جهة الشرق', 'الإرهابيين', 'isis'],
    // A speaker named with his party's adjective and his own name (Dijlah TV, 2018).
    ['وقال الرئيس التركي رجب طيب أردوغان، اليوم الجمعة، إن قواته ستطهر مدينة منبج السورية من الإرهابيين بعد عفرين', 'الإرهابيين', 'sdf'],
    // A speaker named by his family name alone, given first with his party's title (Hawa al-Sham, 2018; Syria Today, 2022).
    ['قال وزير الدفاع التركي خلوصي أكار، إن أنقرة تتطلع لوقف الدعم. وأوضح أكار أن تركيا "حذرت الجانب الأمريكي من الجلوس مع الإرهابيين"', 'الإرهابيين', 'sdf'],
    ['أجرى وزير الدفاع التركي، خلوصي أكار، اتصالًا بالطيارين. وقال أكار، "سنضرب الإرهابيين في كل مكان".', 'الإرهابيين', 'sdf'],
    // The same family name given with two parties' titles names neither.
    [
      'قال وزير الدفاع التركي، عمر عبدي، إن العملية مستمرة. وقال وزير الخارجية الأمريكي، جون عبدي، إن الهجوم فشل. وهطلت أمطار غزيرة على المنطقة. وقال عبدي: "لن نترك الإرهابيين"',
      'الإرهابيين',
      undefined,
    ],
    // A speaker with no such party, a kind of group in general, a designation reported: no one.
    ['وقال الرئيس العراقي إن الهجوم التركي يعزز قدرة الإرهابيين', 'الإرهابيين', undefined], // Al-Wasat, 2019: the title is not Turkey's
    ['وقال أردوغان إن بلاده تقف مع القيادة السورية الجديدة في الحرب ضد المنظمات الإرهابية', 'الإرهابية', undefined],
    ['وقال أردوغان إن بلاده تعتبر تلك الجماعة منظمة "إرهابية"', 'إرهابية', undefined],
    // Syria TV, 2022: the article names ISIS and never the SDF, so Turkey's «الإرهابيين» are not the SDF.
    [
      'أعلنت وزارة الداخلية التركية إلقاء القبض على 9 عناصر من تنظيم الدولة (داعش) في مدينة الباب. وذكر بيان "الداخلية التركية" أنّ "هناك أربعة قياديين من الإرهابيين التسعة الذين ألقي القبض عليهم"',
      'الإرهابيين',
      undefined,
    ],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('framing: «غير الشرعي» is shown only with the party it is said of', () => {
  test.each([
    ['وتحدث المسؤول عن الهجرة غير الشرعية إلى أوروبا عبر تركيا', 'غير الشرعية'], // people crossing, no party's
    ['قادمة من معبر الوليد البري غير الشرعي على الحدود السورية العراقية', 'غير الشرعي'], // SANA, 2020: no rule names whose crossing
    ['وأشار إلى حالات الزواج غير الشرعي في المخيم', 'غير الشرعي'],
    // The party opening the sentence holds the crossing — unless it is one the word cannot describe.
    ['وسرقت ميليشيا قسد النفط وهربته عبر معبر المحمودية غير الشرعي', 'غير الشرعي'],
    // With no party before it in its sentence, two parties it can describe leave the holder open.
    ['وقصفت القوات التركية قرية قرب الحدود. وأخرجت القوات الأمريكية شاحنات من الحسكة. ومرت القافلة عبر معبر الوليد غير الشرعي', 'غير الشرعي'],
  ])('«%s»: no finding on «%s»', (text, word) => {
    expect(findingOn(text, 'framing', word)).toBeUndefined();
  });

  test.each([
    // A crossing or a base is judged through the force that moves through it or holds it (SANA style, 2020–2023).
    ['وأخرجت قوات الاحتلال الأمريكي رتلاً من 40 صهريجاً عبر معبر الوليد غير الشرعي إلى العراق', 'غير الشرعي', 'coalition'],
    ['وقال المصدر إن القوات الأمريكية نقلت الضابط إلى قاعدة الشدادي غير الشرعية بريف الحسكة', 'غير الشرعية', 'coalition'],
    // No party before it in its sentence: the one party of its kind the article refers to (Deyar al-Naqab, 2020).
    ['وأخرجت القوات الأمريكية 40 شاحنة من الحسكة. وتوجهت الشاحنات إلى العراق عبر معبر الوليد غير الشرعي', 'غير الشرعي', 'coalition'],
  ])('«%s»: «%s» hits %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });

  test('a noun after «لـ» between the base and the word is what the word describes (Al-Maalomah, 2021)', () => {
    const f = findingOn('إن الدعم الامريكي للقواعد لمخيمات الارهابيين مستمر', 'framing', 'الارهابيين');
    expect(f).toBeDefined();
    expect(f?.actor).not.toBe('coalition');
  });

  test('«من قبل» between the base and the word names who uses the base (Syria Today, 2022)', () => {
    const text = 'وحملت العملية التركية اسم "المخلب – السيف"، وانطلقت مستهدفة مناطق في شمال العراق وسوريا، كانت تستخدم كـ"قاعدة من قبل الإرهابيين في هجماتهم ضد تركيا".';
    const f = findingOn(text, 'framing', 'الإرهابيين');
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f?.actor).not.toBe('turkey');
  });
});

describe('framing: words that are no label here', () => {
  test.each([
    ['في عملية دقت ناقوس الخطر لعودة داعش إلى الواجهة، نفذ التنظيم أكبر عملية له منذ سنوات', 'الواجهة'], // Castle Journal, 2022: «to the fore»
    ['النظام الإماراتي يخشى تعاظم نفوذ تركيا الإقليمي', 'النظام'], // Emirates Leaks, 2019: another country's government
    ['«داعش» يعدم 4 أكراد وأعدم التنظيم قبلها عشرة آخرين في الرقة', 'أعدم'], // Russia Today, 2015: the plain verb is the usual word
    ['وقام التنظيم بإعدام 20 شخصاً في ساحة المدينة', 'بإعدام'],
    ['إضافة إلى ممارسة القتل والنهب والخطف والسطو المسلح ضد الأهالي وممتلكاتهم', 'والسطو'], // Al-Baath, 2020: «السطو المسلح», the crime of armed robbery
    ['لا أحد يسعى إلى ظلم الأكراد أو اضطهادهم.', 'اضطهادهم'], // Ammon News, 2026: «اضطهاد» with its victims' pronoun names what is denied
    ['تسللوا أمس من الأراضي التركية إلى مدينة عين العرب واستباحوا احياءها', 'واستباحوا'], // Tasnim, 2015: a plural verb, its subject the infiltrators, not the country named
    ['ولا أحد يعرف كم الأفواه الجائعة في المخيم', 'كم الأفواه'], // «كم» asks how many: the hungry mouths are counted, not muzzled
  ])('«%s»: no finding on «%s»', (text, word) => {
    expect(findingOn(text, 'framing', word)).toBeUndefined();
  });
});

describe('framing: an act someone is charged with is not the act of the party holding them', () => {
  // A word of crime counts only when a rule finds its party: with none it is no finding.
  test.each([
    // Manar Souria, 2021: the SDF's campaign detains suspects wanted for crimes.
    ['وأطلقت قوات سوريا الديمقراطية حملة اعتقلت خلالها عشرات المشتبهين، بينهم عناصر مطلوبون بتهم عدة وتنفيذ جرائم إرهابية', 'جرائم'],
    ['واعتقلت قسد ثلاثة شبان بتهمة ارتكاب جرائم في الريف', 'جرائم'],
  ])('«%s»: «%s» hits no party: no finding', (text, word) => {
    expectActor(text, word, null);
  });
  test('«ارتكبت قسد جرائم»: without a charge, the agent is hit', () => {
    expectActor('وارتكبت قسد جرائم بحق المعتقلين في الريف', 'جرائم', 'sdf');
  });
});

describe('framing: a liberation is never credited to the party it is won against', () => {
  test.each([
    ['قُتل 20 من مسلحي قسد في مكمن نفّذه تنظيم «داعش»، في وقت أكدت «قسد» قتل 15 من عناصر التنظيم خلال المعارك التي تخوضها لتحرير آخر معاقل داعش', 'لتحرير'], // Al-Hayat, 2018
    ['أصبحت بلدة الشدادي قاب قوسين أو أدنى من التحرر من إرهابيي "داعش"', 'التحرر'], // El Massar, 2016
    ['اعتبرها تنظيم داعش الإرهابي عاصمةً له، وذلك بعد تحرير مدينة الموصل العراقية من قبضة التنظيم', 'تحرير'], // Al-Watan, 2017: freed from the party's grip
    ['وقال بالي إن مدينة الباغوز، التي كانت آخر معاقل تنظيم (داعش) في شرق سوريا، قد تم تحريرها بالكامل', 'تحريرها'], // China.org.cn, 2019: the holder of the place
    ['وحدات حماية الشعب الكردية التي تقاتل داعش منذ 4 أشهر في (كوباني بالكردية) نبأ “تحرير” المدينة', 'تحرير'], // GMK, 2015: the foe fought
    // Adar Press, 2017: freed from the party's gunmen.
    ['وقالت إن جميع المكونات من عرب وكرد وتركمان ستشارك في إدارة المدينة وريفها، بعد تحريرها من مسلّحي تنظيم “داعش” الإرهابي', 'تحريرها'],
    // Amireta, 2017: a party named inside a quotation is no subject of the sentence around it.
    ['وقالت قائدة حملة «غضب الفرات»: «هذا هو المكان الذى استخدمه (داعش) لقطع رؤوس الأبرياء المتهمين برفض خدمته»، إلا أن أهاليها عبروا عن سعادتهم البالغة بتحريرها', 'بتحريرها'],
  ])('«%s»: «%s» does not favour ISIS', (text, word) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).not.toBe('isis');
  });
});

describe('framing: a verb of liberating favours its subject; a participle, only a doer it names', () => {
  test.each<[string, string, string | undefined]>([
    ['وهددت أنقرة بتوسيع الهجوم ليشمل مدينة منبج التى حررتها قوات سورية الديموقراطية بدعم التحالف', 'حررتها', 'sdf'], // Infrad, 2018
    ['منبج- حرر مقاتلو مجلس منبج العسكري منذ بدء الحملة أكثر من 200 قرية', 'حرر', 'sdf'], // Hawar, 2016
    ['عاد الأهالي إلى المناطق المحررة على يد الجيش الوطني السوري', 'المحررة', 'sna'],
    // A pronoun on the word is what is freed, not an owner; a helper after «مع» is not the one praised.
    ['رفع الجيش الوطني علمه في جنوب مدينة تل أبيض، التي حررها مع الجيش التركي من الإرهابيين', 'حررها', 'sna'], // Turkey Posts, 2019
    ['فيتركوا الانضواء تحت لواء “قسد” ويعملوا على تحرير المنطقة منها', 'تحرير', undefined], // Hadi Abdullah, 2020: freed from the party «منها» points to
    // A participle says nothing of who freed the place; the parties around it are often what it was freed from.
    ['تحييد ثلاثة إرهابيين من "ي ب ك"، كانوا يستعدون لشن هجوم على منطقة نبع السلام المحررة من الإرهاب', 'المحررة', undefined], // Daily Sabah, 2020
    ['معنويات مسلحي "داعش" إنهارت وكوباني ستتحرر قريباً', 'ستتحرر', undefined], // Radio Free Iraq, 2014
    // On a verb that carries what it frees, the party right after it is its subject, even with «من» after it (Al-Arab Al-Yawm, 2015).
    ['حاولت قوات النظام السوري التوسع في المناطق التي حررتها القوات الكردية من تنظيم داعش وسط الحسكة', 'حررتها', 'sdf'],
    // «القوات الكردية», «المقاتلون الأكراد»: the Kurdish forces of the north-east (Al-Ahram Canada, 2015; Al-Mesryoon, 2015).
    ['المدينة التي شهدت معارك ضارية لمدة أربعة أشهر تمكن المقاتلون الأكراد من تحريرها بعد دعم جوي', 'تحريرها', 'sdf'],
    ['وأضاف البيان أن القوات الكردية تمكنت مساء أمس من تحرير قرى وتلال في ريف كوباني', 'تحرير', 'sdf'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: a visitor, a well-wisher or the subject before a contrast is not the one who freed the place', () => {
  test.each([
    // A24, 2017: the sentence's subject visits.
    [
      'زار روبرت جونز، نائب قائد قوات التحالف الدولي ضد تنظيم داعش مع مجموعة خبراء عسكريين اليوم الأحد، مجلس الرقة المدني، وذلك لمناقشة الأوضاع الإنسانية وتقديم الخدمات لهم بعد تحرير المدينة',
      'تحرير',
      'coalition',
    ],
    // Chahed News, 2017: the subject offers congratulations.
    [
      'يتقدم #حزب_الله بالتهنئة إلى #سوريا_المقاومة، برئيسها وقيادتها وقواتها المسلحة البطلة، بالانتصار الكبير الذي حققته على الإرهاب والذي تمثل بفك الحصار المجرم عن الأجزاء الصامدة من مدينة #دير_الزور وفتح الطريق أمام تحرير ما تبقى من مناطق يسيطر عليها تنظيم #داعش الإرهابي',
      'تحرير',
      'hezbollah',
    ],
  ])("«%s»: «%s» is not %s's", (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).not.toBe(actor);
  });
  // Amireta, 2017: past «إلا أن» the clause has a subject of its own.
  test('the first party of a sentence is not the doer past a word of contrast', () => {
    const text =
      'وأسفرت 4 أشهر من المعارك فى الرقة مدعومة بحملة قصف جوى مكثفة من مقاتلات التحالف الدولى عن تدمير شبه كامل للمدينة، إلا أن أهاليها عبروا عن سعادتهم البالغة بتحريرها';
    const f = findingOn(text, 'framing', 'بتحريرها');
    expect(f).toBeDefined();
    expect(f?.actor).not.toBe('coalition');
  });
  test('the one who announces a battle is still its liberator', () => {
    // Al Riyadh, 2016
    const text = 'أعلنت قوات سورية الديموقراطية وهي تحالف من فصائل عربية كردية سورية مدعوم من التحالف الدولي بقيادة اميركية، أمس الأحد بدء معركة تحرير الرقة';
    expectActor(text, 'تحرير', 'sdf');
  });
});

describe('framing: freeing a place is a liberation, freeing people a rescue', () => {
  test.each([
    ['نزف بشرى البدء بحملة (عاصفة الجزيرة) والتي تستهدف تحرير ما تبقى من أراضي الجزيرة السورية وشرق الفرات', 'تحرير'], // Al-Bilad, 2017
    ['ودخل فريق وكالة فرات للأنباء (ANF) إلى السجن بعد تحرير السجن وقامت بتصوير مشاهد مباشرة', 'تحرير'], // Al-Ha News, 2022: the prison itself, a place
  ])('«%s»: «%s» is a finding', (text, word) => {
    expect(findingOn(text, 'framing', word)).toBeDefined();
  });
});

describe('framing: who freed a place outside the north-east is not guessed', () => {
  test.each<[string, string, string | undefined]>([
    // Neither the sentence's first party nor the article's one party freed Iraq's towns.
    ['كشف تقرير نشرته وكالة "رويترز"، عن وجود لواء من المقاتلين الكرد السوريين، يشارك في معارك تحرير نينوى من تنظيم داعش', 'تحرير', undefined], // Hatha Al-Youm, 2016
    ['اعتقلت قوات الأسايش عضو الأمانة العامة للمجلس الوطني الكردي، على خلفية تنظيمه لاحتفال مع مجموعة من الشباب بتحرير كركوك من الحشد الشيعي', 'بتحرير', undefined], // Asha News, 2017
    ['جاء تحرير الموصل متزامناً مع معركة تحرير الرقة المشتعلة في شمال سوريا، بين تنظيم داعش وقوات سوريا الديمقراطية', 'تحرير', undefined], // Sweden TN, 2017
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: names a camp gives itself, brands of creed and leader, and the other word for a massacre', () => {
  test.each<[string, string, string | undefined, 'against' | 'favour']>([
    ['وحرر الجيش السوري وحلفاؤه في محور المقاومة اليوم الأحد مدينة البوكمال', 'محور المقاومة', 'iran_militias', 'favour'], // Mehr, 2017
    ['الهدف منه منع التواصل بين اطراف محور المقاومة', 'محور المقاومة', 'iran_militias', 'favour'], // Nour News, 2023
    ['أعلن تنظيم “داعش” الوهابي مسؤوليته عن اغتيال راعي كنيسة الأرمن الكاثوليك', 'الوهابي', 'isis', 'against'], // Al-Baosala, 2019
    ['وما يزال يعمل على نقل ارهابيي من جماعة داعش الوهابية المحتجزين في سجون', 'الوهابية', 'isis', 'against'], // Al-Alam, 2020
    ['أما اليوم السبت قصفت طائرات الأسد حي الفردوس في مدينة الرقة', 'طائرات الأسد', 'assad_regime', 'against'], // Shahba Press, 2014
    ['طيران الأسد يغير للمرة الأولى على الأكراد في الحسكة', 'طيران الأسد', 'assad_regime', 'against'], // Al-Watan al-Arabi, 2016
    ['كانت قوات بشار الأسد، والميليشيات الإيرانية الداعمة لها، تتمركز في صحراء البوكمال', 'قوات بشار الأسد', 'assad_regime', 'against'], // JL World, 2020
    ['ويخشى الأكراد الذين يقطنون المدينة من وقوع مذابح في حال سقوطها', 'مذابح', undefined, 'against'], // Pal Today, 2014: no doer named
  ])('«%s»: «%s» → %s', (text, word, actor, direction) => {
    const f = findingOn(text, 'framing', word);
    expect(f, JSON.stringify(findings(text))).toBeDefined();
    expect(f?.actor).toBe(actor);
    expect(f?.direction).toBe(direction);
  });

  test.each([
    ['أعلنت "المقاومة الإسلامية في العراق"، اليوم الأربعاء، استهداف القاعدة الأميركية', 'المقاومة'], // Aaj Syria, 2024: the group's proper name
    ['جيش التحرير الشعبي الصيني يجري مناورات', 'جيش'],
    ['الحاج عبد الوهاب الأسد من وجهاء المنطقة', 'الأسد'],
  ])('«%s»: «%s» is no label', (text, word) => {
    expect(findingOn(text, 'framing', word)).toBeUndefined();
  });
});

describe('framing: an act whose doer a relative verb names right after it', () => {
  test.each<[string, string, string | undefined]>([
    ['وسط أنباء عن انتهاكات ترتكبها قوات سوريا الديمقراطية (قسد) بحق سكان المخيم', 'انتهاكات', 'sdf'], // Maseer, 2019
    ['في عملية تاتي رداً على الجرائم التي ترتكبها طائرات التحالف الصليبي على مدينة الرقة', 'الجرائم', 'coalition'], // Liban8, 2016
    ['قتل 146 مدنيا في ثاني أكبر مذبحة يرتكبها تنظيم الدولة الإسلامية بحق المدنيين', 'مذبحة', 'isis'], // Watania, 2015
    ['تشهد تصعيدا عسكريا متواصلا في ظل ما وصفته بـ"عدوان مكثف تنفذه فصائل دمشق"', 'عدوان', 'damascus_gov'], // Al-Shorouk, 2026
    ['سقط الكثير من المدنيين ضحية للقذائف العشوائية والقصف والمعارك التي تشنها تركيا على شمال سوريا', 'العشوائية', 'turkey'], // Sho3la, 2019
  ])('«%s»: «%s» → %s', expectFramingActor);

  test('the subject comes right after the verb, in its clause: a party after the comma is not it (Masruna, 2023)', () => {
    const text = 'رداً على الجرائم التي يرتكبها العدو بحق أهلنا في غزة، استهدف مجاهدو المقاومة الإسلامية في العراق القاعدة';
    expectActor(text, 'الجرائم', null);
  });
});

describe('framing: an act a verb of doing takes, its subject the one party the sentence names before it', () => {
  test.each<[string, string, string | undefined]>([
    ['الآن يحاول “داعش” الذي لم يستطع الوصول إلى مبتغاه في كوباني، أن يصل إلى هذا المبتغى في تل تمر وسريه كانية، وأن يرتكب المجازر بحق المدنيين العزل', 'المجازر', 'isis'], // Kurd Street, 2015
    ['ويحتجز تنظيم "الدولة" نساء وأطفال من الطائفة الإيزيدية، كما يرتكب بحقهم جرائم ترقى للإبادة الجماعية', 'جرائم', 'isis'], // Smart News, 2017
    ['وتواصل حواجز النظام المحيطة بحي الشيخ مقصود في حلب فرض الأتاوات على البضائع الداخلة والخارجة من الحي', 'الأتاوات', 'assad_regime'], // Eye of Euphrates, 2022
    ['وأوضحت رزق، أن أميركا بعد أن فشلت في تحقيق مخططها المشؤوم في سوريا عبر شن العدوان عليها، لأن الحكومة السورية استطاعت الحفاظ على مؤسساتها', 'العدوان', 'coalition'], // Al-Alam, 2022
  ])('«%s»: «%s» → %s', expectFramingActor);

  // null: a word that counts only with a party (crimes, plunder) is then no finding at all.
  test.each([
    // A party after a preposition («مع النظام السوري») is no subject of the verb: no one is decided.
    ['ورفضت بنفس الوقت التعاون مع النظام السوري الذي ارتكب جرائم الحرب', 'جرائم', null], // Mustafa Ebdi, 2023
    // A party the act of another verb falls on is no doer: the owner of positions that verb's
    // object, or a party after a verb of attacking and its own subject.
    ['قصفت الطائرات مواقع قسد في ريف الحسكة، ثم ارتكبت مجزرة بحق المدنيين', 'مجزرة', undefined],
    ['استهدف مسلحون مجهولون عناصر قسد في ريف دير الزور، وارتكبوا مجزرة بحق الأهالي', 'مجزرة', undefined],
    // A party in a relative clause describes another noun.
    ['الفصائل المسلحة التي تمولها وتدربها تركيا قد ارتكبت أعمال نهب واحتجاز رهائن', 'نهب', null], // Lalish Duhok, 2020
    // A noun of its own after the verb is its subject, not the way to its act.
    ['وقال عنصر في تنظيم داعش إن هذه الورقة أعدت في حال ارتكب أحدهم جريمة', 'جريمة', null], // Arl3arabi, 2015
  ])('«%s»: «%s» has no doer (%s)', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('framing: a verdict on an act named a few words before it', () => {
  test.each<[string, string, string | undefined]>([
    ['أصدرت وزارة الخارجية السعودية بيانًا اعتبرت فيه العملية العسكرية التركية عدوانًا على سوريا', 'عدوانًا', 'turkey'], // Dyar Net, 2019
    ['كما أدانت الإمارات الهجوم التركي، قائلة إنه يمثل عدواناً صارخاً', 'عدواناً', 'turkey'], // Hayaaa, 2019
    // Another party met first on the way back: no rule decides.
    ['أدانت الإمارات الهجوم على القرية، وقالت السعودية إنه يمثل عدواناً صارخاً', 'عدواناً', undefined],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: a place freed that one party took in the article’s time', () => {
  const on = (text: string, word: string, date?: string) => analyze(text, { date }).findings.find((f) => f.kind === 'framing' && f.text === word);
  test.each<[string, string, string | undefined, string | undefined]>([
    ['وأضافت أن «ثلاثين ألف مقاتل سيخوضون معركة تحرير الرقة»', 'تحرير', '2016-11-06', 'sdf'], // Al Riyadh, 2016
    ['وأضافت مضيفة «ستتحرر الرقة بسواعد أبنائها وفصائلها عرباً وكرداً»', 'ستتحرر', '2016-11-06', 'sdf'], // Al Riyadh, 2016
    ['ومع اقتراب تحرير قرية الباغوز والتي تعتبر آخر معاقل داعش', 'تحرير', '2019-03-10', 'sdf'], // Hawar, 2019
    ['وقال شيخ حسن إن المعركة مستمرة حتى أن تتحرر كوباني بالكامل من مسلحي تنظيم الدولة', 'تتحرر', '2014-11-02', 'sdf'], // Radio Sawa, 2014
    ['وعاد آلاف النازحين إلى منبج المحررة بعد أسابيع من المعارك', 'المحررة', '2016-09-01', 'sdf'], // the place the word describes
    ['وفي بيان صادر بمناسبة الذكرى الحادية عشرة لتحرير كوباني من تنظيم داعش', 'لتحرير', '2026-01-26', 'sdf'], // Kawalis, 2026: the party it was freed from named
    ['وتمكنت قوات نبع السلام من تحرير مدينة تل أبيض الاستراتيجية على الحدود السورية التركية', 'تحرير', '2019-10-14', 'sna'], // Syrian embassy (Ankara), 2019
    ['بعد ساعات من تحرير مدينة سلوك بريف الرقة الشمالي', 'تحرير', '2019-10-13', 'sna'], // Syrian embassy (Ankara), 2019
    // A form that holds its class word («مدينة الرقة»), and a party named near the word that is ruled out (ASO Network, 2019).
    ['التي قد دفنت بمقابر جماعية، أثناء معركة تحرير مدينة الرقة لمن قضوا على يد التنظيم', 'تحرير', '2019-01-10', 'sdf'],
    ['في المناطق التي كان يسيطر عليها داعش، فعام وأكثر مضى على تحرير مدينة الرقة (الرشيد) من داعش الذي خلف وراءه الدمار', 'تحرير', '2019-01-10', 'sdf'],
    // The pronoun on the word points back to the place named last in its sentence (Al-Shorouk, 2026; Al-Watan (Qatar), 2017) —
    // past the wider place it lies in (Daily Sabah, 2019: Tal Abyad, not «بريف الرقة»).
    ['بدأ سوريون نزحوا قسرا منذ مدة طويلة بالعودة إلى منازلهم في بلدة دير حافر شرق مدينة حلب، عقب تحريرها من تنظيم قسد', 'تحريرها', '2026-01-17', 'damascus_gov'],
    ['وتضررت مدينة الرقة جرّاء الغارات الجوية والقصف المدفعي، إبان عملية تحريرها التي بدأت من يونيو الماضي', 'تحريرها', '2017-12-01', 'sdf'],
    ['تمكنت "ديلي صباح" من دخول مدينة تل أبيض السورية بريف الرقة الشمالي بعد تحريرها من قبضة إرهابيي تنظيم ي ب ك', 'تحريرها', '2019-10-27', 'sna'],
    // Before the campaign, or freed from another party: no rule decides.
    ['سيخوضون معركة تحرير الرقة', 'تحرير', '2014-06-01', undefined],
    ['احتفل الأهالي بتحرير الرقة بعد سنوات', 'بتحرير', '2026-01-20', 'damascus_gov'], // Tunis Now, 2026: the government's taking
    ['تحرير سد الفرات… أهمية استراتيجية واقتصادية لسوريا', 'تحرير', '2026-01-19', 'damascus_gov'], // Al-Asemah News, 2026
    ['طالبوا بتحرير الرقة من مليشيا قسد', 'بتحرير', '2019-05-01', undefined],
    ['تحرير الموصل من داعش', 'تحرير', '2017-07-10', undefined],
    // With no date the article's time is unknown.
    ['سيخوضون معركة تحرير الرقة', 'تحرير', undefined, undefined],
  ])('«%s» (%s, %s) → %s', (text, word, date, actor) => {
    const f = on(text, word, date);
    expect(f, JSON.stringify(analyze(text, { date }).findings)).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: a place called occupied is held by the party the term lists give its taking', () => {
  const on = (text: string, word: string, date?: string) => analyze(text, { date }).findings.find((f) => f.kind === 'framing' && f.text === word);
  test.each<[string, string, string | undefined, string | undefined]>([
    ['أن آلاف العائلات الكوردية من أبناء عفرين المحتلّة نزحوا من مناطق الشهباء باتّجاه حلب', 'المحتلّة', '2024-12-01', 'turkey'], // Dark Amazi, 2024
    // Past the place's own adjective (Hafryat, 2022), and a name with its class word (Syriac Press, 2021).
    ['في ظلّ حالة الفلتان الأمني والفوضى التي تضرب إقليم عفرين الكردي المحتل شمال سوريا', 'المحتل', '2022-03-05', 'turkey'],
    ['أوضح أن وضع الأهالي في مدينة راس العين المحتلة مذر جداً', 'المحتلة', '2021-08-10', 'turkey'],
    // Before the taking, a place no taking has an occupier for, or with no date: no rule decides.
    ['أوضح أن وضع الأهالي في مدينة راس العين المحتلة مذر جداً', 'المحتلة', '2018-05-01', undefined],
    ['وقال إن أهالي الرقة المحتلة يعانون من الحصار', 'المحتلة', '2020-03-01', undefined],
    ['أن آلاف العائلات الكوردية من أبناء عفرين المحتلّة نزحوا من مناطق الشهباء', 'المحتلّة', undefined, undefined],
  ])('«%s» (%s, %s) → %s', (text, word, date, actor) => {
    const f = on(text, word, date);
    expect(f, JSON.stringify(analyze(text, { date }).findings)).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: «النظام السوري» is the government of the article’s time, and the fallen one after a word of its fall', () => {
  const on = (text: string, date?: string) => analyze(text, { date }).findings.find((f) => f.kind === 'framing' && f.text.includes('النظام السوري'));
  test.each<[string, string | undefined, string | undefined]>([
    ['وفي الشهر الماضي استعاد النظام السوري السيطرة على المخيم من السلطات الكردية', '2026-02-22', 'damascus_gov'], // Al-Resalah, 2026
    ['بدأت القوات العراقية بالتحرك نحو الأراضي السورية، لدعم النظام السوري بقيادة الرئيس أحمد الشرع', '2025-07-24', 'damascus_gov'], // Arab Khabar, 2025
    ['وتفقد قسد سيطرتها بسرعة فائقة على المناطق، ويتسلمها النظام السوري', '2026', 'damascus_gov'], // Hizb ut-Tahrir, 2026: the year alone, wholly after
    // A word of its fall before it: the government that fell (Arab News Kurdistan, 2024; Elyom News, 2025).
    ['إن العوائل العربية النازحة بدأت بالعودة إلى مناطقها بعد سقوط النظام السوري بتاريخ 8 كانون الأول 2024', '2026-01-10', 'assad_regime'],
    ['وقال الضابط: عندما سقط النظام السوري، استنفرت قواتنا العسكرية', '2025-06-01', 'assad_regime'],
    // Before the transitional government, or with no date: Assad's.
    ['وتتواصل الاحتجاجات ضد النظام السوري في ريف حماة', '2019-05-01', 'assad_regime'],
    ['وتتواصل الاحتجاجات ضد النظام السوري في ريف حماة', '2025', 'assad_regime'], // a year that straddles the change
    ['وتتواصل الاحتجاجات ضد النظام السوري في ريف حماة', undefined, 'assad_regime'],
  ])('«%s» (%s) → %s', (text, date, actor) => {
    expect(on(text, date)?.actor).toBe(actor);
  });
});

describe('framing: a label after a demonstrative points back to the one party named', () => {
  test.each<[string, string, string | undefined]>([
    ['انتفاضة ضد قسد في دير الزور. وقال شهود عيان إن مظاهرات بدأت قبل خمسة أيام ضد تلك الميليشيات في سلسلة بلدات', 'الميليشيات', 'sdf'], // Bilarabi, 2019
    ['وصعد مسلحو تنظيم الدولة هجماتهم. ما دفع مسلحي هذه الجماعة الارهابية إلى مهاجمتهم وحصارهم في المنطقة', 'الارهابية', 'isis'], // Raymah, 2018
    // Two parties named before: no rule decides.
    ['وقصفت طائرات التحالف مواقع قسد في الرقة. وخرجت مظاهرات ضد تلك الميليشيات في البلدة', 'الميليشيات', undefined],
    // The party named is the speaker: its «those organisations» are others.
    ['وقال الأسد إن “داعمي الإرهاب هم نفسهم داعميه في أماكن أخرى مهما تعددت مسميات تلك التنظيمات الإرهابية”', 'الإرهابية', undefined], // Global Justice, 2024
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: a force joined by «و» to a patron named right before it is the patron’s proxy', () => {
  test.each<[string, string, string | undefined]>([
    ['اتهمت منظمة العفو الدولية اليوم الجمعة القوات التركية والفصائل السورية المتشددة بارتكاب جرائم حرب', 'المتشددة', 'sna'], // Misr Talateen, 2019
    ['بأن القوات التركية والفصائل الجهادية مستمرة في قصف محيط وريف عين عيسى', 'والفصائل الجهادية', 'sna'], // Kalam fi Siyasa, 2020
    ['الاشتباكات في قرية مشيرفة مع محاولات الجيش التركي والمرتزقة للسيطرة على القرية', 'والمرتزقة', 'sna'], // Herdem, 2020
    ['كانت قوات تركية ومليشيات إرهابية مسلحة جددت القصف', 'ومليشيات', 'sna'], // Al Nahar (Egypt), 2021
    // Two sides of a fight, not allies.
    ['اندلعت اشتباكات بين الجيش التركي والمرتزقة في القرية', 'والمرتزقة', undefined],
    // A party with no proxy in the term lists.
    ['وقصف الجيش الروسي والمرتزقة القرية', 'والمرتزقة', undefined],
    // A deed with a pronoun pointing back to the patron is the patron's own (Mufaker Hur, 2020).
    ['إبان غزو أمريكا واحتلالها للعراق 2003', 'واحتلالها', 'coalition'],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: «متطرف» is ISIS’s where ISIS is the only extremist party named, not on groups of a kind', () => {
  test.each<[string, string, string | undefined]>([
    ['وشنت قوات التحالف غارات على مواقع تنظيم داعش وتمكنت من قتل 25 متطرفاً على الأقل', 'متطرفاً', 'isis'], // Adwaa al-Watan, 2017
    ['وانتزاعه من قبضة تنظيم داعش. وقال المتحدث إن انتزاع الحقل من قبضة التنظيم المتطرف تم بنجاح', 'المتطرف', 'isis'], // Qada News, 2017
    ['وتقول مسؤولة في مخيم روج إن نساء داعش ما زلن يحاولن تلقين أطفالهن أيديولوجيات متطرفة', 'متطرفة', 'isis'], // Khaleej Days, 2023
    // Groups of a kind, or others than the one named: no one party.
    ['وصل عدد الذين سافروا للقتال في صفوف المنظمات الإسلامية المتطرفة إلى 300 بعد ظهور داعش', 'المتطرفة', undefined], // Sweden TN, 2017
    ['للانضمام إلى تنظيم داعش والجماعات المتطرفة الأخرى في المنطقة', 'المتطرفة', undefined], // Irfaa Sawtak, 2018
    ['في ظل تنامي قوة داعش والتنظمات المتطرفة الأخرى', 'المتطرفة', undefined], // seed 004, with the word misspelt
    // Another extremist party named: no default.
    ['وقاتلت هيئة تحرير الشام تنظيم داعش في ادلب وسط خطاب متطرف', 'متطرف', undefined],
    // After another relational adjective the noun has its kind: a current of thought (seed 004);
    // a word with a preposition is a noun of its own (Akhbarona, 2014).
    ['يشير تهديد داعش الأخير إلى تنام في الفكر الطائفي المتطرف', 'المتطرف', undefined],
    ['أعدم تنظيم داعش 13 شخصاً في مدينة الرقة التي تمثل المعقل الرئيسي للمتشددين', 'للمتشددين', 'isis'],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: «إرهابي» is ISIS’s where ISIS is named and no party others call terrorist is', () => {
  test.each<[string, string, string | undefined]>([
    ['قرب هزيمة داعش في الباغوز. وقال مصطفى بالي: «خلال 24 ساعة، استسلم ثلاثة آلاف إرهابي لقواتنا في الباغوز»', 'إرهابي', 'isis'], // Ad-Dustour, 2019
    ['تسلم العراق من قوات سوريا الديموقراطية مئة عنصر من داعش. وقال المسؤول: تسلمنا مئة إرهابي عراقي عبر منفذ ربيعة', 'إرهابي', 'isis'], // Al-Ordoon, 2021
    // Assad's army beside ISIS: the army's foes named «terrorists» are ISIS (Al-Urdun al-Yawm, 2014).
    ['وأكد المصدر أنه تم القضاء على عشرات الإرهابيين أغلبيتهم من جنسيات غير سورية، بعد أن هاجم تنظيم داعش مواقع قوات النظام في الحسكة', 'الإرهابيين', 'isis'],
    // Turkey named: its «terrorists» are most often the YPG, so no default.
    ['أعلنت وزارة الدفاع التركية تحييد 10 إرهابيين في شمال سوريا بعد هجمات داعش', 'إرهابيين', undefined],
    // A verdict on an attack names no doer by default (Al-Mehwar, 2020).
    ['قتل 25 مدنياً في هجوم إرهابي على حافلة في دير الزور، وتنتشر في البادية خلايا داعش', 'إرهابي', undefined],
    // Groups of a kind.
    ['وتقاتل القوات تنظيم داعش والمنظمات الإرهابية الأخرى', 'الإرهابية', undefined],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: «تكفيري» and words of repression are ISIS’s where ISIS is the one such party referred to', () => {
  test.each<[string, string, string | undefined]>([
    [
      'أطلق "ناشطون" في مدينة الرقة ابرز معاقل ما يسمى "الدولة الاسلامية في العراق والشام - داعش" حملة تحت عنوان "الرقة تذبح بصمت"، ضد الممارسات التكفيرية المتشددة لهذه الجماعة',
      'التكفيرية',
      'isis',
    ], // Al-Moqawama, 2014
    ['بعد سيطرة تنظيم “داعش” على مدينة الرقة وسيطرته على كامل نواحي الحياة فيها، وبعد استخدامه طريقة الترغيب والترهيب نجح في ضم الكثير من أطفال المدينة', 'والترهيب', 'isis'], // Web Manager Center, 2014
    // Another party said to do such things is referred to: no default.
    ['وقاتلت هيئة تحرير الشام تنظيم داعش في ريف ادلب، وسط انتشار الفكر التكفيري', 'التكفيري', undefined],
    ['بعد طرد تنظيم داعش من الرقة، تواصل قوات سوريا الديمقراطية حملة اعتقالات وسط اتهامات بالترهيب', 'بالترهيب', undefined],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: a bare label right after a word of fighting is whom the sentence’s party fights so', () => {
  test.each<[string, string, string | undefined]>([
    ['والمقاتلون العرب انضموا إلى صفوف «قوات سوريا الديمقراطية»، بعدما أثبتت هذه القوات أنها الأكثر تنظيماً وفعالية في مواجهة الإرهابيين', 'الإرهابيين', 'isis'], // Al-Ittihad, 2016
    ['وتخوض قوات سوريا الديموقراطية معارك عنيفة لطرد الجماعات الجهادية من معقلها الابرز في سوريا', 'الجماعات الجهادية', 'isis'], // after KSA Players, 2017
    ['وحشدت تركيا قواتها على الحدود في مواجهة الإرهابيين', 'الإرهابيين', 'sdf'],
    // No party as the sentence's subject, or one that names no foe: no one.
    ['ودعا البيان إلى التكاتف ضد الإرهابيين في كل مكان', 'الإرهابيين', undefined],
    ['وتقاتل روسيا ضد الإرهابيين في سوريا', 'الإرهابيين', undefined],
    // Not after a word of fighting: the fighter's foe is not what the word names.
    ['وقالت قوات سوريا الديمقراطية إن الجماعات الجهادية ما زالت في المدينة', 'الجماعات الجهادية', undefined],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: «احتلال», «عدوان», «المحتل» are Turkey’s where Turkey is the one occupying party named', () => {
  test.each<[string, string, string | undefined]>([
    ['طالب وزير الخارجية أيمن الصفدي تركيا بوقف هجومها على سوريا بشكل فوري. وأكد الصفدي رفض الأردن أي انتقاص من سيادة سوريا، مدينا كلّ عدوان يهدد وحدتها.', 'عدوان', 'turkey'], // 7areer, 2019
    ['منذ بدء القوات التركية والفصائل السورية الموالية لها هجومها في التاسع من الشهر الحالي لاحتلال المناطق الكردية على مسافة تمتد لـ120 كلم', 'لاحتلال', 'turkey'], // Al-Ahali Report, 2019
    // Turkey referred to by its adjective only, its proxy named beside it.
    ['يستميت الاحتلال التركي ومرتزقته في إحراز تقدم، ولو بسيط، في العدوان الذي يشنه منذ أكثر من شهر على مناطق شمال وشرق سوريا', 'العدوان', 'turkey'], // KNNC, 2025
    ['منذ غزو "نبع السلام" التركي لشمال سوريا في أكتوبر من العام المنصرم، واحتلال مدينة رأس العين، تتكرر عمليات قطع المياه', 'واحتلال', 'turkey'], // Egy Online Today, 2020
    ['وتتهم قوات سوريا الديمقراطية فصائل الجيش الوطني والجيش التركي بقصف القرى، منذ غزو المنطقة', 'غزو', 'turkey'],
    // Another party that occupies, in other outlets' words, is named: no default.
    ['وتحتفظ القوات الأمريكية بقواعد في الحسكة، فيما تواصل تركيا قصف القرى الحدودية، وسط رفض شعبي للاحتلال', 'للاحتلال', undefined],
    // The word's owner follows it, unnamed: «التنظيم المذكور» is the PKK there (Akhbar Hayat, 2021).
    ['حول وجود إرهابي يحاول التسلل إلى تركيا من محافظة الرقة السورية الخاضعة لاحتلال التنظيم المذكور، لتنفيذ عمل', 'لاحتلال', undefined],
    // A Turkish outlet's «occupied areas» where the SDF is named are the SDF's, so no default (TRT Arabi, 2019).
    ['سقوط قذائف هاون أطلقتها المنظمة الإرهابية YPG/PKK في المناطق المحتلة في سوريا على مركز مقاطعة أكشاكالي في تركيا', 'المحتلة', undefined],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: a word denied with «ليس» is no verdict', () => {
  test.each<[string, string]>([
    ['وقال المتحدث إن قوات سوريا الديمقراطية ليست ميليشيا بل قوة منظمة', 'ميليشيا'],
    ['وأكد أن الهدف من العملية القضاء على من وصفها بالمجموعات الإرهابية وليس احتلال المدينة', 'احتلال'], // I Am the Nation, 2018
    ['وتعتبر سلطات الإدارة الذاتية أن ما تقوم به على صعيد تهجير المدنيين ليس تعسفياً وإنما جاء لاعتبارات عسكرية', 'تعسفياً'], // JBC News, 2015
  ])('«%s»: no finding on «%s»', (text, word) => {
    expect(findingOn(text, 'framing', word)).toBeUndefined();
  });
  test('the word without the denial is one', () => {
    expect(findingOn('وأكد أن الهدف من العملية احتلال المدينة', 'framing', 'احتلال')).toBeDefined();
  });
});

describe('framing: «و» is a conjunction only where the word is not its own', () => {
  test.each<[string, string, string | undefined]>([
    // A label whose own form opens with «و» is not joined to the patron before it: the Turkish
    // forces' own brutality, not their proxy's.
    ['وقالت القوات التركية وهابيين هاجموا القرية', 'وهابيين', undefined],
    ['وصفت القوات التركية وحشي الهجوم', 'وحشي', 'turkey'],
  ])('«%s»: «%s» → %s', expectFramingActor);
});

describe('framing: an act whose sentence names its cause is the doing of the party the attack is told of', () => {
  test.each<[string, string, string | undefined]>([
    // Syrian Mirror, 2017: the shelling «لتنظيم الدولة», after a paragraph on the coalition.
    [
      'وأشار الناشطون إلى أن قصف التحالف الدولي تسبب بدمار كبير في الأبنية السكنية. ويذكر أن مجزرة راح ضحيتها 8 مدنيين بينهم نساء، وقعت في حي القصور بمدينة دير الزور بعد منتصف الليل، جراء قصف مدفعي مكثف لتنظيم الدولة.',
      'مجزرة',
      'isis',
    ],
    // Etilaf, 2019: after «استهداف» the party is the one attacked, never the doer.
    [
      'اقترفت قوات التحالف الدولي التي تقودها واشنطن، مجزرة شرقي مدينة ديرالزور، يوم أمس الإثنين، راح ضحيتها عدد من المدنيين، بينهم نساء وأطفال، جراء استهداف آخر معاقل تنظيم داعش، بقذائف المدفعية وعشرات الغارات الجوية.',
      'مجزرة',
      undefined,
    ],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe('framing: ISIS named in full is one name', () => {
  test('«الدولة الإسلامية في العراق والشام» before «تقوم بعملية تهجير» is the undertaker (Akhbar Boom, 2014)', () => {
    const text = 'وأضاف أن الدولة الاسلامية في العراق والشام تقوم بعملية تهجير للمواطنين الكرد من المنطقة.';
    expectActor(text, 'تهجير', 'isis');
  });
});

describe('framing: a verb joined by «و» shares the subject its sentence opens with', () => {
  test.each<[string, string, string | undefined]>([
    // Al-Ittihad Press, 2018: «وارتكب» after «تنظيم داعش شن هجوما».
    ['يذكر ان تنظيم داعش شن هجوما كبيرا على منطقة جبل سنجار “موطن الايزيديين” غربي العراق، في صيف 2014 وارتكب مذبحة بحق الاهالي', 'مذبحة', 'isis'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });
});

describe("framing: «دمشق» as a relational word names the government of the article's time", () => {
  // Eslah Kurd, 2016: the Assad government; a 2025 text: the transitional one.
  const text = 'والعمل على دعم الشعب السوري في صراعه مع طاغية دمشق وزبانيته';
  test.each<[string, string]>([
    ['2016-06-23', 'assad_regime'],
    ['2025-03-01', 'damascus_gov'],
  ])('dated %s: «طاغية» → %s', (date, actor) => {
    expectActor(analyze(text, { date }), 'طاغية', actor);
  });
});

describe('framing: a relative clause after the place an act is named for names its doer', () => {
  test('«لمجزرة عين العرب (كوباني) التي اقترفها تنظيم داعش» (Eslah Kurd, 2016)', () => {
    const text = 'تمر علينا هذه الأيام الذكرى الأولى لمجزرة عين العرب (كوباني) التي اقترفها تنظيم داعش الارهابي بحق أبنائها';
    expectActor(text, 'لمجزرة', 'isis');
  });
});

describe('framing: the PKK’s names point at the SDF only in a text about Syria', () => {
  test.each<[string, string, string | undefined]>([
    ['تتواصل العملية العسكرية في المنطقة ضد إرهابيي “بي كا كا”، رغم الظروف الجوية السيئة', 'إرهابيي', undefined], // BM Magazine, 2022 (Claw-Lock, northern Iraq)
    ['ضمن عملية “المخلب ـ القفل” ضد معاقل تنظيم “بي كا كا” الإرهابي في مناطق متينا والزاب', 'الإرهابي', undefined], // BM Magazine, 2022
    ['قصفت المقاتلات التركية مواقع تنظيم "بي كا كا" الإرهابي في ريف الحسكة', 'الإرهابي', 'sdf'],
    ['وقال إن “بي كا كا” منظمة إرهابية تنشط في سوريا والعراق', 'إرهابية', 'sdf'],
    // In a text about Syria, a sentence naming a place of the PKK's fight abroad and none of Syria (Azertag, 2024).
    ['وتنفذ تركيا عمليات في شمال سوريا. وذكرت الأناضول أن سلاح الجو التركي نفذ غارات على مواقع إرهابيي تنظيم "بي كي كي" في منطقة هاكورك شمالي العراق.', 'إرهابيي', undefined],
    ['وتنفذ تركيا عمليات في شمال سوريا. ونفذ سلاح الجو التركي غارات على مواقع إرهابيي تنظيم "بي كي كي" في سوريا والعراق.', 'إرهابيي', 'sdf'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: after a word of between, a label joined by «و» is the other side', () => {
  test.each<[string, string, string | undefined]>([
    ['وقطع الخط ما بين المسلحين الكرد والإرهابيين التابعين للنظام التركي', 'والإرهابيين', 'sna'], // An-Najah News, 2019
    ['وقطع الخط بين قسد والإرهابيين التابعين للنظام التركي', 'والإرهابيين', 'sna'],
    // With no word of between, an adjective joined by «و» goes on describing the same noun.
    ['وتواصل ميليشيا قسد الانفصالية والإرهابية حملات الاعتقال', 'والإرهابية', 'sdf'],
  ])('«%s»: «%s» → %s', (text, word, actor) => {
    const f = findingOn(text, 'framing', word);
    expect(f).toBeDefined();
    expect(f?.actor).toBe(actor);
  });
});

describe('framing: «مسلحي قوات …», gunmen of a force, strips the force of its name', () => {
  test.each([
    ['تحاول إبعاد القواعد التي أنشأتها القوات الأمريكية بمساندة من مسلحي قوات "قسد" الموالية لها بمدينة الحسكة', 'مسلحي قوات', 'sdf'], // 180 News, 2022
    ['قُتل 6 من مسلحي قوات "قسد" الموالية للجيش الأمريكي، اليوم الأربعاء', 'مسلحي قوات', 'sdf'], // Arab Khabar, 2024
    ['والشاحنات التابعة لمسلحي قوات سوريا الديمقراطية قسد ، وهي محملة بالنفط السوري', 'لمسلحي قوات', 'sdf'], // Muraselon, 2018
    ['تشير إلى خروج مسلحي قوات سوريا الديمقراطية «قسد» من حي الشيخ مقصود', 'مسلحي قوات', 'sdf'], // Masr Times, 2026
  ])('«%s»: «%s» hits %s', (text, word, actor) => {
    expectActor(text, word, actor);
  });

  test.each([
    'وقتل وجرح عدد من مسلحي “قسد” في ذيبان', // Hashtag Syria, 2023: «مسلحي» with the name alone is the wire's word
    'حيث يُحتجز آلاف من مسلحي تنظيم "داعش" في سجن غويران', // wire wording for ISIS
    'وتمكن مسلحي العشائر من السيطرة على أجزاء من ذيبان', // tribal gunmen
  ])('«%s» has no label', (text) => {
    expect(findings(text, 'framing')).toEqual([]);
  });
});
