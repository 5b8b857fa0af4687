import { describe, expect, test } from 'vitest';
import { findings } from '../helpers/find';

describe('distancing: markers and scare quotes', () => {
  test.each([
    ['تحدثنا سابقاً عن بداية حملة قسد التي اسمتها ” تعزيز الأمن ” وعن الاسباب', ['التي اسمتها', '” تعزيز الأمن ”'], 'sdf'], // 000
    ['بإغلاق جميع الشوارع المؤدية الى السجن، قبل يومين من العملية المزعومة', ['المزعومة'], undefined], // 001 (actor resolved in context, see below)
    ['وشارك في الاجتماع ما يسمى مجلس سوريا الديمقراطية', ['ما يسمى'], 'sdf'],
    ['وانتشرت عناصر "الأمن العام" في المدينة', ['"الأمن العام"'], 'damascus_gov'],
    ['وقال المدعو أبو محمد الجولاني', ['المدعو'], 'damascus_gov'],
    // The past tense, and «فيما» (Tunisie Telegraph, 2024; Al-Liwaa, 2025; Al-Salam News, 2022).
    ['بعد أن أطاحت حملة عسكرية يقودها الأمريكيون بما سمي بدولة الخلافة التي أعلنها التنظيم', ['بما سمي'], 'isis'],
    ['من ادعوا زورا تمثيل عشائر الجزيرة السورية في ما سمي كونفرانس وحدة الموقف', ['ما سمي'], undefined],
    ['ان الاستعراض الأمريكي، فيما يسمى بملاحقة الإرهاب، هو غطاء لسرقة النفط', ['فيما يسمى'], undefined],
  ])('«%s»', (text, expected, actor) => {
    const f = findings(text, 'distancing');
    expect(f.map((x) => x.text)).toEqual(expected);
    if (actor) expect(f.every((x) => x.actor === actor)).toBe(true);
  });

  test.each<[string, string, string | undefined]>([
    // A party's own name held at a distance: that party.
    ['وأعلنت ما تسمى الإدارة الذاتية حظر التجول في المدينة', 'ما تسمى', 'sdf'],
    ['وانتشرت قوات ما يسمى الجيش الوطني في ريف حلب', 'ما يسمى', 'sna'],
    // The SDF's local military councils are the SDF (Al-Watan News, 2023; Daily Sabah, 2023).
    ['وأعلنت الإدارة الذاتية أن ما يسمى بـ "المجلس العسكري لدير الزور" فرض حظر التجول', 'ما يسمى', 'sdf'],
    ['وقال قائد ما يسمى "مجلس الرقة العسكري" إن قواته صدت الهجوم', 'ما يسمى', 'sdf'],
    // The Revolutionary Youth, the AANES's youth wing, is the SDF's side (Syria TV, 2024; Ofq News, 2021).
    ['قالت مصادر محلية، اليوم الثلاثاء، إن ما يطلق عليها "الشبيبة الثورية" الموجودة في مناطق سيطرة قسد اختطفت طفلة', 'ما يطلق عليها', 'sdf'],
    // … and so are its conscript, anti-terror and street forces (Raqqa Post, 2017; ENKS, 2021).
    ['وقامت الميليشيات بعقد اجتماع من قبل المسؤولة عن ما يسمى “قوات الحماية الذاتية ” لوجهاء وشيوخ عشائر منبج', 'ما يسمى', 'sdf'],
    ['حيث تقوم ميليشيات قسد وقوات ما يسمى بـ HAT بحملة اعتقالات في المدينة', 'ما يسمى', 'sdf'],
    ['ورغم تعرض الجماهير للهجوم من قبل ما يسمى “جوانن شورشكر” بالحجارة والعصي', 'ما يسمى', 'sdf'],
    // «الكوردستاني»: the Kurdish spelling of the name (Al-Taakhi, 2024).
    ['قامشلو-التآخي: في جريمة جديدة لما يسمى بحزب العمال الكوردستاني، قامت عناصر تابعة للحزب بإحراق المقرات', 'لما يسمى', 'sdf'], // Al-Taakhi, 2024
    // The same with no word of Syria: the PKK's name points at no party of the north-east.
    ['في جريمة جديدة لما يسمى بحزب العمال الكوردستاني، قامت عناصر تابعة للحزب بإحراق المقرات', 'لما يسمى', undefined],
    // ISIS's own bodies and provinces are ISIS (Al-Sharq, 2016; Syria TV, 2021).
    ['وطالب التنظيم الأهالي في مناطق سيطرته بتسليم أطباق استقبال القنوات الفضائية لما يسمى "بديوان الحسبة" أو تحطيمها', 'لما يسمى', 'isis'],
    ['والذي كان يعمل في الجهاز الأمني ضمن ما يسمى سابقا ولاية الخير (دير الزور)', 'ما يسمى', 'isis'],
    // «مما يسمى» right after a party's name: a unit of that party (Palestinian People's Party, 2019).
    ['ولفت المراسل إلى وجود معلومات عن انشقاق 280 عنصرا من ميليشيا قسد مما يسمى (فوج تل براك) بريف الحسكة الشمالي.', 'مما يسمى', 'sdf'],
    // A name no list knows, then a relative clause whose verb acts on it: that verb's subject (Arab Khabar, 2024);
    // a verb of describing only reports the name (Al-Alam, 2017).
    ['أقامت العشائر العربية والكردية ندوة حوارية تحليلية حول ما يسمى “العقد الاجتماعي” الذي أصدرته ميليشيا “قسد” الانفصالية', 'ما يسمى', 'sdf'],
    ['ويقود الجربا ما تسمى بـ"قوات النخبة" التي وصفها الجيش الأمريكي بأنها مكون هام في التحالف ضد داعش', 'ما تسمى', undefined],
    ['وتحدث التقرير عن ما يسمى "المنطقة الآمنة" التي نفتها وزارة الدفاع الروسية', 'ما يسمى', undefined], // (variant of the Arab Khabar row: a denier)
    // A party's own name for itself, reported as the party's description: that party.
    ['وأعلن التنظيم ما وصفوه بـ"الخلافة" في الرقة', 'ما وصفوه', 'isis'],
    // A relational adjective ending a nom de guerre is part of the name, not Turkey (Shia News, 2014).
    ['وقتل مقاتلون من بينهم قادة أبرزهم المدعو "أبو فاروق التركي" وهو الأمير العسكري', 'المدعو', undefined],
    // «What it calls»: the namer, not the name (Al-Hal, 2017; Libya Akhbar, 2021).
    ['وشنت الشرطة العسكرية التابعة للإدارة الذاتية في الحسكة، أمس، حملة اعتقالات للشباب من أجل أداء ما تسميه “واجب الدفاع الذاتي”.', 'ما تسميه', 'sdf'],
    ['وشملت الحملة الشبان الذين كانت قسد قد منحتهم ما تسميه بـ “التأجيل الدراسي”', 'ما تسميه', 'sdf'],
    // The namer after the verb, a noun that is no party: no one (Al-Iradah, 2024).
    ['تراجعت سيطرة قسد على المنطقة، وتم تقليص عدد هذه “الحراقات” حسب ما يسميها أبناء المنطقة', 'ما يسميها', undefined],
    // A participle of claiming claims for the sentence's subject — here a name spelled in letters
    // inside quotation marks, which is no quotation; the party the claim names is not the claimant (Anadolu, 2019).
    [
      'يمارس تنظيم "ي ب ك/ بي كا كا" الإرهابي دعاية سوداء ضد تركيا، عبر قيام مسلحيه بتفكيك عبوات ناسفة في مدينة القامشلي بعد تركيبها، زاعمين بأن القوات التركية هي من زرعتها.',
      'زاعمين',
      'sdf',
    ],
  ])('«%s»: %s → %s', (text, word, actor) => {
    const f = findings(text, 'distancing').find((x) => x.text.includes(word));
    expect(f, JSON.stringify(findings(text, 'distancing'))).toBeDefined();
    expect(f!.actor).toBe(actor);
  });

  test('«X المزعومة» hits X when X is a party, and no one when X is a thing', () => {
    expect(findings('وأعلنت الحكومة الانتقالية المزعومة في دمشق قرارا جديدا', 'distancing')[0]).toMatchObject({ text: 'المزعومة', actor: 'damascus_gov' });
    // «دولة الخلافة» is ISIS's own name for itself (Al-Watan, 2017).
    expect(findings('أدت المعارك إلى تقلص مساحة «دولة الخلافة» المزعومة', 'distancing').find((f) => f.text === 'المزعومة')).toMatchObject({ actor: 'isis' });
    // Seed 001: whose account «العملية المزعومة» doubts is not in the words; the nearest party is not a target.
    const seed = 'تؤكد قيام “قسد”، بإغلاق جميع الشوارع المؤدية الى السجن، قبل يومين من العملية المزعومة';
    expect(findings(seed, 'distancing')[0]).toMatchObject({ text: 'المزعومة' });
    expect(findings(seed, 'distancing')[0].actor).toBeUndefined();
    // Real article (North Press, 2019): an agreement between two parties is not either party.
    const npa = 'فيما تستمر العمليات العسكرية رغم الاتفاق المزعوم بين الجانبين الروسي والتركي.';
    expect(findings(npa, 'distancing')[0].actor).toBeUndefined();
  });

  test.each<[string, string, string | undefined]>([
    // A role in scare quotes goes to the party named right after it (SOHR, 2019).
    ['مجزرة جديدة تضاف لسلسلة المجازر التي تنفذها قوات النظام و”الضامن” الروسي بحق أبناء الشعب السوري', '”الضامن”', 'russia'],
    ['مجزرة جديدة لـ«التحالف» السعودي ـــ الإماراتي، استُهدفت حافلة تقل أطفالاً', '«التحالف»', 'saudi_coalition'], // Al-Akhbar, 2018
    // An epithet is held at a distance even by an outlet that quotes names as house style.
    ['قتل عناصر من "فاطميون" و"زينبيون" ممن يعدهم الإعلام الإيراني "المدافعين عن الأضرحة" في دير الزور', '"المدافعين عن الأضرحة"', 'iran_militias'],
    ['وتحدث عن أطفال "داعش" في سجون "قسد" الذين ولدوا في ظل "دولة الخلافة"', '"دولة الخلافة"', 'isis'], // Elsiyasa, 2022: a claim to statehood, not a name
  ])('«%s»: scare quotes %s → %s', (text, quote, actor) => {
    const f = findings(text, 'distancing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([[quote, actor]]);
  });

  test.each<[string, string, string | undefined]>([
    // A party's own name for itself right after «ما يسمى» (Addustour, 2019).
    ['مع مواصلة قوات سورية الديموقراطية هجومها الأخير على ما تبقى مما يسمى الخلافة، يستسلم الدواعش', 'مما يسمى', 'isis'],
    // A claim's phrase with a pronoun is the cited speaker's, not the party named just before it (East News, 2024).
    ['من جهتها، أعلنت القيادة المركزية الأميركية "سنتكوم"، عن شن ضربات استهدفت مخازن تابعة لجماعات مدعومة من إيران في سوريا بحسب زعمها', 'بحسب زعمها', 'coalition'],
    ['وقالت قسد إن الطائرات التركية قصفت مستشفى في القامشلي على حد زعمها', 'على حد زعمها', 'sdf'],
    // A cited speaker the lists give no party: the claim is still its, not the party named just before (Ida2at, 2020).
    ['قال البيت الأبيض، إن حادثاً وقع في سوريا بين قوات الجيشين، تسبب فيه الجانب الروسي حسب زعمه, وأدى إلى إصابات بين عناصر الجيش الأمريكي', 'حسب زعمه', undefined],
    // A verb of claiming with its own subject: the subject's party, or none — never the speaker of the sentence (Al-Masry Al-Youm, 2026; Dama Post, 2023).
    ['وقال مظلوم عبدي: [يزعم أعداؤنا أن نهاية 2025 ستكون نهاية الأكراد]', 'يزعم', undefined],
    ['وزعم مدير المكتب الإعلامي لميليشيا “قسد” أن عملية “تعزيز الأمن” استهدفت خلايا داعش', 'وزعم', 'sdf'],
    ['قال مظلوم عبدي: يزعم أن الأكراد انتهوا', 'يزعم', 'sdf'], // no subject after the verb: the sentence's
    // After a relative pronoun the party before is what the claim is about; the claimant follows the verb (Emirates Policy Center, 2021).
    ['من أجل استئصال عناصر حزب العمال الكردستاني الذين تزعم أنقرة أنهم موجودون بكثافة في هذه المنطقة', 'تزعم', 'turkey'],
  ])('«%s»: %s is the speaker’s claim → %s', (text, marker, actor) => {
    expect(findings(text, 'distancing').map((x) => [x.text, x.actor])).toEqual([[marker, actor]]);
  });

  test.each<[string, string, string]>([
    // A stated reason or charge in scare quotes, in the outlet's own words: it hits whoever gave it (Syria TV, 2024).
    ['بينهم أطفال.. "قسد" تعتقل مدنيين بسبب "تصوير القصف التركي" في الحسكة', '"تصوير القصف التركي"', 'sdf'],
    ['اعتقلت قسد ثلاثة شبان بتهمة "التعامل مع تركيا" في القامشلي', '"التعامل مع تركيا"', 'sdf'],
  ])('«%s»: the quoted reason %s → %s', (text, quote, actor) => {
    expect(findings(text, 'distancing').map((x) => [x.text, x.actor])).toEqual([[quote, actor]]);
  });

  test.each([
    'أغلقت قسد المعبر بسبب الأوضاع الأمنية', // no quotation: a plain reason
    'وقد تغرق الأرض بظلام دامس لمدة ستة أيام بسبب "عاصفة شمسية" هائلة', // a quoted term no party gives as its reason
    'وقال مسؤول في قسد إنهم اعتقلوا الشبان بسبب "التعامل مع داعش"', // the speaker's own words, reported
    'ولم يتحرك "الضامن" حتى الآن لوقف القصف', // a role with no party named after it
    'قتل عناصر من "فاطميون" و"زينبيون" في دير الزور وانسحب "الجيش الوطني" من القرية', // a name, quoted as house style
    // Places, agencies and factions quoted too make it house style (Radio al-Kul, 2021; Hevdesti, 2023).
    'غادرت عائلات مخيم “الهول” نحو “الرقة” بقرار من “الإدارة الذاتية” صباح اليوم',
    'واعتقل عناصر من فصيل “صقور الشمال” التابع لـ“الجيش الوطني السوري” شاباً من “العكيدات”',
  ])('«%s»: no scare quotes', (text) => {
    expect(findings(text, 'distancing')).toEqual([]);
  });

  test.each<[string, string | undefined]>([
    // A noun with no article before a definite adjective carries a pronoun: it points back to the party named in the sentence.
    ['على الرغم من هزيمة تنظيم داعش وتلاشي خلافته المزعومة في سوريا', 'isis'], // Al Arabiya, 2019
    ['أعلنت قسد عن مشروعها المزعوم لحماية المنطقة', 'sdf'],
    // A noun with the ta marbuta and no pronoun: «حكومة» is not «his government».
    ['هاجمت قسد القرية التي تسيطر عليها حكومة المزعومة', undefined],
    // No party named in the sentence: no one.
    ['وتحدث عن خلافته المزعومة', undefined],
    // A party named in an earlier sentence is not what the pronoun points to here.
    ['هُزم تنظيم داعش. وتحدث عن خلافته المزعومة', undefined],
    // A party's own name for itself right before it (Al-Mirsad, 2025); another caliphate is no one's.
    ['بعد إعلان البغدادي الخلافة المزعومة لكن بعد هزيمة هذه الفئة الضالة', 'isis'],
    ['في عهد الخلافة العثمانية المزعومة', undefined],
    // A relative clause right after it whose verb acts on it: that verb's subject (Syriac Press, 2022).
    ['أكثر من عامان على انتهاء العملية المزعومة والتي أطلقها جيش الاحتلال التركي', 'turkey'],
    // … not a verb of describing or denying, whose subject only reports or rejects it (variants of the same row).
    ['ونفت موسكو الهجمات الكيماوية المزعومة التي وصفتها وزارة الدفاع الروسية بأنها مفبركة', undefined],
    ['وتحدث التقرير عن الهجمات الكيماوية المزعومة التي نفتها وزارة الدفاع الروسية', undefined],
  ])('«%s»: the possessed noun’s «المزعوم» → %s', (text, actor) => {
    const f = findings(text, 'distancing');
    expect(f.map((x) => x.text)).toEqual([expect.stringMatching(/^المزعوم/)]);
    expect(f[0].actor).toBe(actor);
  });

  test.each([
    // Reporting another's description is how wire copy attributes it, no distance of the
    // outlet's own: not an accusation (nor the party it accuses: Le Site Info, 2023; Shehab News, 2019).
    'وانتقد حزب الله ما وصفه بالعدوان الأمريكي على العراق',
    'وأدانت قسد ما وصفته بجرائم الفصائل الموالية لتركيا في عفرين',
    'وأعلنت إدارة الرئيس بايدن تنفيذ ثلاث غارات جوية، ردا على ما وصفته بالهجمات المدعومة من إيران',
    'وأوضح أن هدف العملية هو إزالة ما وصفه بالممر الإرهابي الذي يحاولون إقامته جنوب بلادنا',
    'وفي بيان رسمي، أدانت الحكومة السورية ما وصفته بـ"الجريمة المكتملة الأركان"', // CH23, 2026
  ])('no distancing in «%s»: a description reported', (text) => {
    expect(findings(text, 'distancing')).toEqual([]);
  });

  test('a name quoted as its named describer’s is held at a distance (seed 003); a verdict so quoted is only reported', () => {
    const seed = 'لبدء دمج قوات “قسد” في ما وصفته اللجنة بـ”القوات الأمنية الفيدرالية السورية”. وقالت المصادر';
    expect(findings(seed, 'distancing').map((f) => [f.text, f.actor])).toEqual([['ما وصفته', undefined]]);
    expect(findings('وذلك وفقا لما وصفه المرصد السوري بانه "مجزرة"', 'distancing')).toEqual([]); // Dar Bahora, 2016
  });

  test.each([
    'أعلنت وزارة الداخلية أن "الأمن العام" انتشر في المدينة', // reported: the quote is the ministry's wording
    'مقاتل من “قسد” عن معارك الحسكة', // quoting a name is not distancing
    'في ما وصفته اللجنة بـ”القوات الأمنية الفيدرالية السورية”'.replace('ما وصفته', 'ما ذكرته'),
  ])('no scare quote in «%s»', (text) => {
    expect(findings(text, 'distancing').filter((f) => f.category === 'scare-quotes')).toEqual([]);
  });
});

describe('distancing: names written in quotes, other names, rumours', () => {
  test.each([
    'ونفذت قسد والتحالف عمليات استهدفت فلول تنظيم "الدولة الإسلامية" (داعش) في محافظة دير الزور', // Al-Mashareq, 2021: a name after its class
    'في حملة أطلقتها العام الماضي وأسمتها عملية "نبع السلام"', // Middle East Online, 2020
    'استهداف قريتي تل شميران، وقرية تل حفيان أو ما تسمى بقرية العصفورية', // Ezdina, 2021: a village's other name
    'انتشرت أخبار عديدة خلال الساعات الماضية تزعم انسحاب القوات من القاعدة', // a rumour, no party claiming
    'وكانت القوات التركية بالتعاون مع الجيش الوطني السوري، نفذت عمليتي "درع الفرات" و"نبع السلام" شمالي سوريا', // Daily Sabah, 2022
    'وأعلنوا السيطرة الكاملة عليها بعد حملة عسكرية ” غصن الزيتون ” استمرت ثمانية أسابيع', // EBD3, 2018: a kind between
    'المنظمة وثّقت اعتقال ما لا يقل عن 17 شخصاً في منطقة “نبع السلام”', // Hadath Syria, 2021: an area named after the operation
    // An operation's name is written in quotes wherever it stands, not only after its class (dev readers: 0 of 207 quoted operation names loaded).
    'ولوح بعض الأهالي بأيديهم تحية لقوات "غصن الزيتون"، وتجول البعض الآخر بسياراتهم', // Daily Sabah, 2018
    'بدعوى "تحييد الإرهاب" ضمن عملية اسمتها تركيا "نبع السلام"، حيث خلالها قصفت عشوائيًا المدنيين', // Gomhuria Online, 2019
    'سلاح جديد تستخدمه تركيا منذ غزو "نبع السلام" التركي لشمال سوريا في أكتوبر من العام الماضي', // Egy Online Today, 2020
    'أطلقت فصائل من الجيش الوطني عملية عسكرية سمتها “فجر الحرية” شمال وشرق حلب', // Khaleej Trend, 2024
    'اندلعت اشتباكات بين عناصر من قوات "الأسايش" التابعة للإدارة الذاتية، وقوات الدفاع الوطني', // Rozana, 2016: a transliterated name
    'حيث تبنت “المقاومة الإسلامية” في العراق استهداف قاعدة الشدادي', // Salmashhad, 2023: the quote opens a longer name
    // The neutral names of the Autonomous Administration and the SNA, quoted as house style (Enab Baladi, 2023; Rudaw, 2024).
    'أصدرت “الإدارة الذاتية” في شمال شرقي سوريا، المظلة السياسية لـ”قسد”، قرارًا برفع رواتب موظفيها',
    'اختطفت عائلة كوردية في مدينة عفرين من قبل مسلحين تابعين لـ "الجيش الوطني السوري" الموالي لأنقرة',
  ])('no distancing in «%s»', (text) => {
    expect(findings(text, 'distancing')).toEqual([]);
  });

  test('quotes around a self-name with no class before it still hold it at a distance', () => {
    const f = findings('مع تدهور الخدمات، بجانب تطبيق قوانين "الخلافة" على سكانه', 'distancing'); // Masr Al Arabia, 2019
    expect(f.map((x) => [x.text, x.actor])).toEqual([['"الخلافة"', 'isis']]);
  });
});

describe('distancing: «المزاعم», «الادعاءات» hit whose claims they are, and only when named', () => {
  test.each<[string, string, string | undefined]>([
    ['وحصلت عليها وكالة أنباء هاوار تُفنّد الادعاءات التركية', 'الادعاءات', 'turkey'], // Kurd Online, 2019
    // Told by the subject of a relative clause whose verb points back to them (Al-Moubadara, 2025; Al-Ikhbariah, 2025).
    ['ونفى المركز الإعلامي لقسد المزاعم التي أوردتها "إدارة الإعلام والاتصال في وزارة الدفاع السورية" حول الهجوم', 'المزاعم', 'damascus_gov'],
    ['نفت وزارة الدفاع المزاعم التي تروّج لها قسد حول الهجوم', 'المزاعم', 'sdf'],
  ])('«%s» → «%s» hits %s', (text, word, actor) => {
    const f = findings(text, 'distancing').find((x) => x.text.includes(word));
    expect(f, word).toBeDefined();
    expect(f?.actor).toBe(actor);
  });

  test.each([
    'إلا أن الجيش السوري فنّد هذه المزاعم مؤكدا تصديه لعناصر التنظيم الارهابي', // Al-Waght, 2017: the subject denies them
    'وتحت مزاعم تأمين الحدود الجنوبية بدأت تركيا عملية عسكرية', // no owner named after it
    'بحثنا في عدد من المزاعم الزائفة الأكثر تداولا', // a fact check
    'نفت فيه المزاعم التي انتشرت حول استهداف تركيا مستشفى في ديريك', // Arab Khabar, 2023: the claims spread; no one is said to tell them
    'وفنّد الادعاءات التي تروّج لها بعض وسائل الإعلام المقرّبة من روسيا', // Kalam fi Siyasa, 2020: media close to a party
  ])('no owner, no finding: «%s»', (text) => {
    expect(findings(text, 'distancing')).toEqual([]);
  });
});

describe('distancing: a pretext is the pretext of the clause’s first party, not of an object', () => {
  test.each([
    // The party just before it is what the act is done to or for; the clause's subject acts.
    ['وقدمت واشنطن الدعم العسكري لتنظيم ي ب ك في سوريا بزعم محاربة تنظيم داعش الإرهابي', 'بزعم', 'coalition'], // Turkey Alaan style, 2021
    ['وأعلنت وزارة الدفاع عن شن الطيران الحربي الأمريكي لغارة جوية على منشآت بزعم أن جماعات تابعة للحرس الثوري تقف وراء الهجمات', 'بزعم', 'coalition'], // Khabar Press, 2023
    ['تسعة أيام وتركيا مصرة على الخوض بدماء الأبرياء بذريعة مكافحة الإرهاب', 'بذريعة', 'turkey'],
    ['تركيا استخدمت هجوم إسطنبول ذريعة لشن هجماتها على المنطقة.', 'ذريعة', 'turkey'], // SDF statement, 2022
    // After a preposition the party is an object; a pronoun after it starts another subject.
    ['أم أنها وجدت في داعش ذريعة وفرصة سانحة', 'ذريعة', undefined],
    ['يذكر أن الرقة يسيطر عليها تنظيم " داعش " وهي تقصف بشكل يومي بحجة وجود التنظيم فيها', 'بحجة', undefined],
    ['واعتقلت الدورية الشبان بحجة "التجنيد الإجباري".', 'بحجة', undefined],
    // Anadolu, 2018; Turkey Alaan, 2021: a party after «لـ» on its class word is the one given to, not the one pretending.
    ['وأضافت أن معظم الأسلحة والذخائر أعطيت لتنظيم "ي ب ك / بي كا كا" الإرهابي، بحجة مكافحة تنظيم "داعش" الإرهابي', 'بحجة', undefined],
    ['تقدم منذ سنوات كافة الدعم العسكري والمالي واللوجستي. لتنظيم “ي ب ك” في سوريا بزعم محاربة تنظيم داعش الإرهابي.', 'بزعم', undefined],
    // A pretext set off by a comma, its own clause naming no party, is the one the sentence opens with (Daily Sabah, 2018; Dorar al-Iraq, 2019).
    ['وزودت الولايات المتحدة الوحدات الكردية بالسلاح، بذريعة مواجهة تنظيم داعش.', 'بذريعة', 'coalition'],
    ['وأطلقت تركيا، الأربعاء، عملية “نبع السلام” في شمال شرق سوريا، بذريعة القضاء على ما تصفه بـ”الممر الإرهابي”', 'بذريعة', 'turkey'],
    // …also after a party and its adjective set off by the same comma: the word before the pretext is no subject of its clause (Al-Alam, 2020).
    ['وأرسلت واشنطن شاحنات إلى منظمة "ي ب ك - بي كا كا" الإرهابية، بذريعة محاربة تنظيم "داعش" الإرهابي.', 'بذريعة', 'coalition'],
    ['وأرسلت واشنطن شاحنات إلى الوحدات الإرهابية، بذريعة محاربة تنظيم داعش.', 'بذريعة', 'coalition'],
    // Its own clause names a party: that one. The sentence opens with none: no one.
    ['قصفت الطائرات التركية قرى ريف الحسكة، وقسد تعتقل الشبان بحجة التجنيد', 'بحجة', 'sdf'],
    ['وزودت الدول الغربية المقاتلين بالسلاح، بذريعة مواجهة تنظيم داعش.', 'بذريعة', undefined],
    // The sentence opens with none either: the nearest clause before that names a party, within a few words (Al-Hal, 2019; Micro Syria, 2017; Syria Today, 2022).
    [
      'ديرالزور (الحل) – أقدمت قوات النظام، أمس الأحد، على حرق عدد من المنازل داخل مناطق سيطرتها بريف دير الزور الشرقي، بحجة أن أصحابها من «المطلوبين أمنياً»',
      'بحجة',
      'assad_regime',
    ],
    ['ويأتي هذا القرار بالتزامن مع حملة إغلاق مكاتب المجلس الوطني الكردي في جميع المدن الكردية، تقوم بها قوات الأسايش، بحجة عدم حصول المكاتب على تراخيص', 'بحجة', 'sdf'],
    [
      'أعلن حلف شمال الأطلسي (الناتو)، عن مذكرة تفاهم بين تركيا والسويد وفنلندا لانضمام الأخيرتين إلى الحلف، وهو الأمر الذي كانت ترفضه تركيا منذ أيار/مايو الفائت، بحجة أن الدولتين المذكورتين تدعمان حزب العمال الكردستاني',
      'بحجة',
      'turkey',
    ],
    // One that sums up what many did, its party clauses back: no one (Syrian Islamic Council, 2017).
    [
      'فإن المجازر تتوالى بحق إخواننا أهل ديرالزور، فقد تكالب عليهم طيران التحالف الدولي وطيران العدوان الروسي والأسدي، والجيش النصيري يزحف بدعم مجموعات الحقد الصفوي على قرى المنطقة، ومن الجهة الأخرى ميليشيات (قسد) الطائفية المأجورة، ونرى يوماً بعد يوم المجازر التي يندى لها جبين الإنسانية، وكل ذلك يتم أمام سمع العالم وبصره، قتلٌ وتدمير وتشريد وتطهير عرقي كل ذلك بذريعة محاربة الإرهاب',
      'بذريعة',
      undefined,
    ],
    // A pretext opening its sentence: the next clause's subject (Kitabat, 2022).
    ['عملية عسكرية تركية جديدة في شمال العراق وسوريا\n\nبحجة ملاحقة مسلحي حزب العمال الكردستاني، أطلقت تركيا عملية عسكرية جوية', 'بحجة', 'turkey'],
    ['بحجة ملاحقة المسلحين، أطلقت عملية عسكرية جوية فوق القرى', 'بحجة', undefined],
    // A relative pronoun gives the pretext its own subject: the demonstrations, not the country (Al-Liwaa, 2014).
    ['شهدت عدة مدن تركية سقوط ضحايا خلال أعمال شغب تخللت المظاهرات التي خرجت بذريعة الاحتجاج على هجمات تنظيم داعش', 'بذريعة', undefined],
    ['تعمل القوات الأميركية على قصف الصهاريج العراقية التي تعبر باتجاه سورية من خلال منفذ البوكمال الحدودي بحجة انها تحمل أسلحة', 'بحجة', 'coalition'], // Al-Iraqi News, 2023
    // A clause opened by the relative pronoun after a party's name is said of that party (Asia News, 2025); one that names its own party keeps it.
    ['لم يعد مخيم "الهول" مجرد قضية إنسانية، بل تحول إلى ورقة سياسية وأمنية بيد "قوات سوريا الديمقراطية" (قسد)، التي لطالما استخدمته كذريعة للحصول على دعم دولي', 'كذريعة', 'sdf'],
    ['لم يعد المخيم مجرد قضية إنسانية، الذي لطالما استُخدم كذريعة للحصول على دعم دولي', 'كذريعة', undefined],
    ['وانسحبت القوات الروسية من القاعدة، التي اتخذتها تركيا ذريعة لقصف القرى', 'ذريعة', 'turkey'],
    // …and one after a noun that is no party is said of that noun: no one, not the sentence's first party (Jisr TV, 2016).
    [
      'جراء الحصار الذي تفرضه مليشيا سوريا الديمقراطية على مدينة منبج، بغطاء جوي من المقاتلات الدولية، التي تشن غارات جوية على منازل المدنيين بحجة تواجد تنظيم الدولة',
      'بحجة',
      undefined,
    ],
    // Reported words: the speaker is not the one acting in them; their own subject is (CESD World, 2019).
    [
      'وأضافت المتحدثة الروسية أن “تصرفات واشنطن التي تعلن التزامها بقيم الديمقراطية تثير التساؤلات عندما تضخ النفط من الحقول شمال شرق سوريا وتغطي أنشتطها الإجرامية، بذريعة قتال عناصر تنظيم داعش”',
      'بذريعة',
      'coalition',
    ],
    ['وأضاف المتحدث الروسي أن القوات تواصل عملياتها في المنطقة، بذريعة قتال عناصر تنظيم داعش', 'بذريعة', undefined],
  ])('«%s»: «%s» hits %s', (text, word, actor) => {
    const f = findings(text, 'distancing').find((x) => x.text === word);
    expect(f).toBeDefined();
    expect(f!.actor).toBe(actor);
  });
});

describe('distancing: one finding for a marker and the quote it introduces', () => {
  test('«ما يسمى “الإدارة الذاتية”» is one distancing, the marker (Microsyria, 2016)', () => {
    const f = findings('والتي أعلن فيها ما يسمى “الإدارة الذاتية” بالتواطؤ مع النظام', 'distancing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([['ما يسمى', 'sdf']]);
  });

  test('«التي اسمتها ” تعزيز الأمن ”» keeps both (seed 000)', () => {
    const f = findings('تحدثنا سابقاً عن بداية حملة قسد التي اسمتها ” تعزيز الأمن ” وعن الاسباب', 'distancing');
    expect(f.map((x) => x.text)).toEqual(['التي اسمتها', '” تعزيز الأمن ”']);
  });
});

describe('distancing: a name given as a name is not held at a distance', () => {
  test.each([
    'أطلقت تركيا عملية عسكرية تحت اسم “نبع السلام”، على حدودها الشمالية الشرقية.', // Thawra Story, 2019
    'وشارك في العملية التي أطلقت عليها الأركان التركية اسم "غصن الزيتون" فصائل من الجيش الحر.', // Al-Khabour, 2018
  ])('«%s»', (text) => {
    expect(findings(text, 'distancing')).toEqual([]);
  });
});

describe('distancing: a month is no pretext', () => {
  test('«ذي الحجة» is a month', () => {
    expect(findings('وقعت الحادثة في شهر ذي الحجة من ذلك العام.', 'distancing')).toEqual([]);
  });
});

describe('distancing: «مما يسمى»; «ما أسمته» reports a name', () => {
  test('«بدأت قسد هجومها الأخير على ما تبقى مما يسمى الخلافة» (Risalat al-Umma, 2019, AFP)', () => {
    expect(findings('بدأت قسد هجومها الأخير على ما تبقى مما يسمى الخلافة.', 'distancing').map((f) => f.text)).toContain('مما يسمى');
  });

  test('«يمرّ عبر ما أسمته "التعايش السلمي"»: what someone called it, no distance taken', () => {
    expect(findings('ودعت إلى حل سياسي يمرّ عبر ما أسمته التعايش السلمي بين الطرفين.', 'distancing')).toEqual([]);
  });
});

describe('distancing: a name no list knows, then whose it is', () => {
  test('«ما يسمى “قيادة الفوج الأول” التابع لـ “قسد”» hits the SDF (ISW News, 2019)', () => {
    const f = findings('وأضاف الموقع أن ما يسمى “قيادة الفوج الأول” التابع لـ “قسد” أعلنت حظر التجوال.', 'distancing');
    expect(f.map((x) => [x.text, x.actor])).toEqual([['ما يسمى', 'sdf']]);
  });

  test.each<[string, string | undefined]>([
    // Unquoted names of up to three words, then the tie (KKS, 2021; Tishreen, 2022).
    ['جاءت بعد إصدار ما يسمى مكتب “الدفاع الذاتي” التابع لميليشيات قسد قراراً بسوق الشبان', 'sdf'],
    ['والالتزام بالمناهج التي قامت ما يسمى هيئة التربية والتعليم التابعة لميليشيا قسد بإعدادها', 'sdf'],
    // A tie's pronoun with the party named far back in the sentence: the party it is about (Feneks, 2021).
    [
      'هذا وفي تاريخ ٤/٩/٢٠٢١ أصدرت ميليشيا "قسد" في تعميمها رقم /٣/ والذي تعفى من خلاله المواليد من (١٩٩٠ ولغاية مواليد ١٩٩٧) من أداء الخدمة في صفوفها، كما أصدرت بتاريخ ٢٣/١٠/٢٠٢١م عبر ما يسمى "مكتب الدفاع الذاتي" التابع لها التعميم رقم /١٢/',
      'sdf',
    ],
    // A tie further on belongs to another noun: no party.
    ['اللجنة الموكّلة بصياغة ما يسمى عقداً اجتماعياً تضم شخصيات تابعة لقسد', undefined],
  ])('«%s»: «ما يسمى» → %s', (text, actor) => {
    expect(findings(text, 'distancing').map((x) => [x.text, x.actor])).toEqual([['ما يسمى', actor]]);
  });

  test('«ما يسمى “مجلس الأعيان”» with no owner named hits no party', () => {
    expect(findings('وأعلن ما يسمى “مجلس الأعيان” النفير العام.', 'distancing').map((x) => x.actor)).toEqual([undefined]);
  });
});

describe('distancing: «المدعو» names a person; the party is the one the person belongs to', () => {
  test.each<[string, string | undefined]>([
    ['وأقدم أبناء العشائر على طرد عناصر من قسد من بينهم المدعو “لقمان ساحة” الذي تعرض لإصابة بالرأس', 'sdf'], // Hierapolis, 2018
    ['في منزل استأجره رأس المجموعة القيادي في تنظيم «داعش» المدعو عبد الرحمن عبد الجفال', 'isis'], // Al-Diyar via Midad, 2019
    ['بالتزامن مع إطلاق القيادية في صفوف “قسد”، المدعوة “ليلى العبد الله”، حملة لتجنيد الفتيات', 'sdf'], // Libya Akhbar, 2021
    ['أسفرت عن إلقاء القبض على المدعو محمود عيد العلي، أحد عناصر خلايا تنظيم داعش', 'isis'], // SANA, 2026
    // The name, then the person's title and the body the person serves in (Tasnim, 2014; Hierapolis, 2018).
    ['وأفادت مصادر ميدانية عن مقتل المدعو "أبو أسامة الليبي" القيادي في "داعش" جراء استهداف الجيش السوري لمواقع', 'isis'],
    ['كما تم طرد المدعوة “ليلى مصطفى” الرئيسة المشتركة لمجلس الرقة المدني وكافة الحاضرين', 'sdf'],
    // A title whose body is no party, or a party further on: no party.
    ['وأفادت مصادر ميدانية عن مقتل المدعو "أبو أسامة الليبي" القيادي في المجموعة التي تقاتل داعش', undefined],
    // A person near a party but not one of its members: no party.
    ['قصفت طائرة مسيرة تركية منزل المدعو محمود العلي في القامشلي', undefined],
    ['وقالت قسد إن المدعو محمود العلي قتل في الهجوم', undefined],
  ])('«%s» → %s', (text, actor) => {
    const f = findings(text, 'distancing').filter((x) => x.term === 'so-called-person');
    expect(f.map((x) => x.actor)).toEqual([actor]);
  });
});

describe('distancing: «المدعوين» are the invited', () => {
  test.each([
    'وأكد مصدر خاص لـ"المدن"، أن رئيس الفرع اتصل بجميع المدعوين بشكل شخصي', // Al-Modon, 2019
    'والمدعوون هم من شيوخ ووجهاء القبائل العربية في الحسكة',
  ])('«%s»', (text) => {
    expect(findings(text, 'distancing').filter((x) => x.term === 'so-called-person')).toEqual([]);
  });
});

describe('distancing: «ما يُعرف بـ» before a party’s name', () => {
  test.each<[string, string, string]>([
    ['اندلعت خلال الأيام الماضية اشتباكات داخلية في صفوف ما يُعرف بقوات سوريا الديمقراطية', 'ما يُعرف', 'sdf'], // AZ News, 2019
    ['أعلنت ما تعرف بقوات سوريا الديمقراطية -المدعومة من التحالف الدولي- سيطرتها على المدينة', 'ما تعرف', 'sdf'], // Akhbar El Yom, 2017
    ['في الأيام السابقة، قامت ما تُعرف بـ”المقاومة الإسلامية في العراق” بشن هجمات', 'ما تُعرف', 'iran_militias'], // Arab Madarat, 2024
    ['من قبل مرتزقة الاحتلال التركي، أو ما يُعرفون بـ “الجيش الوطني السوري”، حيث', 'ما يُعرفون', 'sna'], // Kurd Online, 2019
    ['شنت الخلايا النائمة لما يعرف بتنظيم الدولة الإسلامية هجوماً على السجن', 'لما يعرف', 'isis'], // Nudem, 2022
  ])('«%s»: %s → %s', (text, word, actor) => {
    const f = findings(text, 'distancing').find((x) => x.text.includes(word));
    expect(f, JSON.stringify(findings(text, 'distancing'))).toBeDefined();
    expect(f!.actor).toBe(actor);
  });

  test.each([
    ['تشهد منطقة شرق الفرات، أو ما تُعرف بمنطقة “الجزيرة السورية”، تحولات'], // Syrian Dialogue, 2023: a place
    ['حيث انضم أكثر من 400 عنصر إلى ما يُعرف بـ«الانتفاضة الشعبية»'], // no party's name
    ['تفيد الأنباء أن تنظيم الدولة الإسلامية أو ما يعرف إعلامياً بـ "داعش" بدأ هجوماً'], // Qenshrin, 2015: how the media call it
    ['وتتشكل من الشيعة الأفغان أو ما يعرف بالشيعة الهزارة'], // Orient, 2017
    // «أو» after a party's plain name: its other name, no distance.
    ['مستهدفاً مبنى تابع لقوات الأسايش، أو ما يعرف بقوى الأمن الداخلي، التابعة للإدارة الذاتية'], // Syria Direct, 2019
    ['دارت اشتباكات عنيفة بين فصائل غرفة عمليات “فجر الحرية” أو ما يعرف بـ”الجيش الوطني السوري” الموالي لتركيا'], // 7al, 2024
    ['إن تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ"داعش"، هزم في سوريا'], // CNN Arabic, 2018
  ])('«%s»: «ما يعرف» is no finding', (text) => {
    expect(findings(text, 'distancing').filter((x) => x.term === 'known-as')).toEqual([]);
  });
});
