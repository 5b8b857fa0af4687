import { describe, expect, test } from 'vitest';
import { findings } from '../helpers/find';

describe('sources: vague and anonymous attributions a reader should notice', () => {
  test.each([
    ['ينحدر القتلى من بلدات عربية في ريفي دير الزور والرقة، بحسب مصادر محلية.', 'مصادر', 'vague'], // 002
    ['وفي هذا السياق أفادت مصادر مطلعة برفع قوات التحالف الدولي', 'مصادر', 'vague'], // 003
    ['يقول علي (اسم مستعار) وهو أحد عناصر "قسد"', 'اسم مستعار', 'anonymous'], // 002
    ['وهناك أنباء تتحدث عن مئتي سجين', 'أنباء', 'vague'], // 001
    ['ووفقاً لمراقبين، يعوّل تنظيم داعـ.ـش على فصائل', 'لمراقبين', 'vague'], // 004
    ['الأخبار الواردة من مدينة الحسكة، تؤكد قيام “قسد”، بإغلاق جميع الشوارع', 'الأخبار الواردة', 'vague'], // 001
    ['وقال مصدر عسكري فضل عدم الكشف عن اسمه إن الهجوم فشل', 'مصدر', 'anonymous'], // the marker is folded into the source
    ['مصادر عسكرية أكدت أن الجيش السوري بسط سيطرته الكاملة على المدينة', 'مصادر', 'vague'], // Centre Sweden, 2026: «الجيش» is what was said
    ['وقالت مصادر محلية، وثقت مقتل 20 شخصاً', 'مصادر', 'vague'], // «وثقت»: the «و» is the verb's own
    ['فيما توقعت مصادر مقربة من التحالف أن يرتفع عدد القتلى', 'مصادر', 'vague'], // Al-Hayat, 2015: «توقع» gives a forecast
    // One of a group, unnamed, right after its verb of saying; coordination committees.
    ['وقال أحد المقاتلين إنهم لم يجدوا أي مقاومة', 'أحد المقاتلين', 'vague'], // Al-Hurra, 2017
    ['ويرى البعض أن 30 عنصراً انشقوا عن التنظيم', 'البعض', 'vague'], // «البعض» right after its verb of saying
    // Others who say it, unnamed (Enab Baladi, 2016; Iraq Today, 2019).
    ['وأكد ناشطون أن عشرات آخرين مازالوا تحت الأنقاض، في حين أشار آخرون إلى أن الحصيلة ارتفعت إلى 125 شخصًا.', 'آخرون', 'vague'],
    ['ونقل آخرون أسماء عائلات الضحايا إثر قصف القرية وهم: خمسة أفراد من عائلة الزغير', 'آخرون', 'vague'],
    ['سبق لوسائل إعلام أمريكية أن تحدثت عن انسحاب القوات', 'لوسائل إعلام', 'vague'], // after «سبق», «لـ» brings the subject
    ['فيما يقول أحد حراس السجن: "السجناء هنا كثيرون"', 'أحد حراس', 'vague'], // Castle Journal, 2022
    ['قالت تنسيقيات إعلامية معارضة، اليوم الجمعة، إن مقاتلي التنظيم انسحبوا', 'تنسيقيات إعلامية', 'vague'], // Al-Quds, 2014
    ['وقتل 5 أشخاص، وفق ما أفاد المرصد السوري لحقوق الإنسان ومصدر كردي', 'ومصدر', 'vague'], // AFP, 2019: joined to a cited source
    ['تقرير دولي يحذر: داعش يخطط لاقتحام سجون ومخيمات في سوريا', 'تقرير دولي', 'vague'], // Nas News, 2019: a report no one is named for
    // The passive «it was said» names no one; two officials unnamed; papers unnamed (Reuters, 2022; Devberry, 2026).
    ['وعرضت لقطات مصورة للغارة الأمريكية، وقيل إن البغدادي قتل فيها', 'وقيل إن', 'vague'], // Le360, 2019
    ['وقال مسؤولان في شرطة الحدود إن القافلة عبرت الحدود', 'مسؤولان', 'vague'],
    ['ورغم ذلك تشير صحف عالمية إلى أن بعض السجون لا يزال تحت سيطرة داعش', 'صحف عالمية', 'vague'],
    // Most estimates are still no one's (Sharq Akhbar, 2026).
    ['وتشير أغلب التقديرات إلى أن إنتاج الحقل كان يصل إلى 120 ألف برميل يوميًا', 'أغلب التقديرات', 'vague'],
    ['وتشير معظم التوقعات إلى أن الإنتاج سيتراجع', 'معظم التوقعات', 'vague'],
    // «أرجع», «عزا»: who puts a cause to something tells of it (Enab Baladi, 2016; Adar Press, 2023).
    ['وأرجعت المصادر سبب الاشتباكات إلى إغلاق “السوتورو” مداخل ومخارج حي “الوسطى”', 'المصادر', 'vague'],
    ['وعزا ناشطون استهداف أهالي المدينة التي تسيطر عليها “الوحدات الكردية” لاعتصامهم قرب الحدود', 'ناشطون', 'vague'],
    ['في حين أرجع مسؤول بمديرية المحروقات سبب الازدحام إلى توزيع المازوت على المعامل', 'مسؤول', 'vague'],
    // Words after a title's phrase that are no name: no holder named (CNN Arabic, 2012).
    ['وقال مسؤول في وزارة الخارجية التركية طلب من CNN عدم ذكر اسمه إن أكثر من ثمانية آلاف لاجئ سوري دخلوا تركيا', 'مسؤول', 'vague'],
    // … past «أن», in what was said; a place, or what it was told to, before the comma; a name of war in quotation marks (Al-Seyassah, 2022; Al-Alam, 2023; Dhamar News, 2020; Al-Moqawama, 2014).
    ['فيما أشار مسؤول أميركي إلى أن زعيم "داعش" فجر نفسه، مقرا بسقوط ضحايا مدنيين', 'مسؤول', 'vague'],
    ['قال أحد شيوخ العشائر العربية في دير الزور شرق سوريا، إن واشنطن تثير الفتنة', 'أحد شيوخ', 'vague'],
    ['وقال أحد ضباط الجيش العربي السوري لـ “سبوتنيك”: في البداية، قدمت 3 مدرعات', 'أحد ضباط', 'vague'],
    ['وقال أحد منظمي الحملة "ابو ابراهيم" لوكالة "فرانس برس" إن التنظيم خرج من الرقة', 'أحد منظمي', 'vague'],
    // Notables who say it, unnamed (Al-Aman, 2022).
    ['كما أكد الوجهاء عبر بيانات وتصريحات إعلامية تبرؤهم من أي شخص يجري تسوية مع النظام', 'الوجهاء', 'vague'],
    // «رجح»: a hedged account is still an account (Marib Press, 2025; Shammil, 2017).
    ['مصادر عسكرية ترجّح أن الهدف من العملية الأخيرة هو تفكيك خلايا نائمة', 'مصادر', 'vague'],
    ['في غارات يرجح المواطنين أنها روسية كانت قد استهدفت مناطق في الريف', 'المواطنين', 'vague'],
    // A word for any source after a verb of calling on, ruling out or voicing is who tells
    // (People's Daily, 2018; Yalla Syria News, 2025; Al-Alam, 2021; Al-Jazirah, 2017).
    ['وطالب المصدر المجتمع الدولي بـ"إدانة السلوك العدواني"', 'المصدر', 'vague'],
    ['ودعا المصدر الفلاحين إلى استكمال تسليم محصولهم قبل نهاية الموسم', 'المصدر', 'vague'],
    ['ولم يستبعد المصدر أن تعود “قسد” إلى بيع النفط للحكومة السورية', 'المصدر', 'vague'],
    ['وعبر المصدر عن تطلع المملكة بأن تستتبع هذه الخطوة خطوات أخرى', 'المصدر', 'vague'],
    // A source that leaves one thing untold or unconfirmed still tells (Rudaw, 2016; Tasnim, 2015).
    ['ولم يكشف المصدر عن عدد الذين تم تبادلهم', 'المصدر', 'vague'],
    ['فيما لم تؤكد المصادر ما إذا كان الجيش السوري أو التحالف الدولي وراء الغارة', 'المصادر', 'vague'],
    // A name «not given» is withheld (Hadi al-Abdullah, 2020; Orient, 2016).
    ['القيادي الذي لم يُذكر اسمه أفاد بأن اجتماعاً عقد مؤخراً في القاعدة', 'لم يُذكر اسمه', 'anonymous'],
    ['وقالت قيادية مقربة من حزب الاتحاد الديمقراطي ولم تكشف عن اسمها أن الحزب يرفض', 'ولم تكشف عن اسمها', 'anonymous'],
    // Micro Syria, 2017; Syrian Mirror, 2016: one who refused to reveal who they are.
    ['وأوضح مصدر خاص، رفض الكشف عن هويته، في تصريح لـ"سمارت" أن الخلاف تصاعد', 'مصدر', 'anonymous'],
    // More ways of withholding a name: asked not to reveal who, refused to disclose, reserved about naming, on condition.
    ['وقال قيادي في الجيش الحر، طلب عدم كشف هويته، لـ "سمارت"، إن اجتماعا جرى في تركيا', 'قيادي', 'anonymous'], // SMART, 2017
    ['وقال المصدر الذي رفض الإفصاح عن هويته لأسباب تتعلق بسلامته الشخصية: «الأمريكان أعطوا وعودا»', 'المصدر', 'anonymous'], // Hatha Al-Youm, 2018
    ['وقال المصدر الذي تحفظ عن ذكر اسمه "هناك عملية سحب لآليات ومعدات"', 'المصدر', 'anonymous'], // Al-Bayan, 2026
    ['وكانت وكالة "رويترز" قد نقلت من جهتها عن مسؤول أمريكي، اشترط عدم ذكر اسمه، أن العملية نجحت', 'مسؤول', 'anonymous'], // Le360, 2019
    ['وتؤكد المصادر التي طلبت عدم ذكر هويتها أن القوات العراقية سيطرت على 30 مخفرا', 'المصادر', 'anonymous'], // Hatha Al-Youm, 2018
    // … and the plural, who asked not to reveal their identities (Wadhieh, 2025).
    ['وقال ثلاثة مسؤولين أمنيين عراقيين لوكالة أسوشيتد برس، طلبوا عدم الكشف عن هوياتهم، إن الفرنسيين المحتجزين كانوا ضمن نحو 9 آلاف شخص', 'مسؤولين', 'anonymous'],
    // «يراه»: the verb of seeing with its object, as «يرى» (Al-Alam, 2022; Hawzah News, 2022).
    ['فيما يراه مراقبون جزء من سياسة التطهير العرقي والجغرافي', 'مراقبون', 'vague'],
    ['وهذا ما يراه مراقبون حجة حقيقية لدخول الأراضي السورية', 'مراقبون', 'vague'],
    ['أفادت وسائل #إعلام عربية ومحلية، اليوم الاثنين، بسماع دوي ثلاثة #انفجارات على الأقل', 'وسائل #إعلام', 'vague'], // Al-Hal, 2019: a hashtag inside the source
    // «إنه» after the passive «يقال» (Haberler, 2026); a belief widely held, after «والتي» too (Al-Alam, 2019).
    ['ويُقال إنه في حال عدم اتخاذ SDG الخطوة المتوقعة، فإن الجيش السوري سيقوم بعملية مدعومة من تركيا.', 'ويُقال إنه', 'vague'],
    ['وذلك على خلفية قيامه بتصوير حرائق حقول القمح في القامشلي والتي يعتقد على نطاق واسع أن مسلحي "الاسايش" يقفون وراءها.', 'يعتقد على نطاق واسع', 'vague'],
    // The subject before a finite verb that carries speech on, «أن» right after it (Syria TV, 2021).
    ['وخرجت مظاهرات في ريف المدينة. المصدر أضاف أن "قسد" قابلت المتظاهرين بالرصاص الحي', 'المصدر', 'vague'],
    // «بيّن», written as «بين» without its shadda, with «أن» after the source (Al-Azmenah, 2020; Misr Post, 2025).
    ['وبين المصدر أن المسلحين يتبعون لميليشيا الأسايش', 'المصدر', 'vague'],
    ['وبيّن المصدر أن عدد العوائل المتوقع استقبالها يبلغ نحو 230 عائلة', 'المصدر', 'vague'],
    // Who voices a view or passes something on, right after the verb or before it in the plural.
    ['هذا وندد ناشطون على مواقع التواصل الاجتماعي ، بما قامت به قوات التحالف', 'ناشطون', 'vague'], // Al-Nahrain News, 2019
    ['ووجه ناشطون محليون نداءات عاجلة لمساعدة المدنيين قبل وقوع كارثة إنسانية', 'ناشطون محليون', 'vague'], // Al-Alam, 2017
    // Officers and doctors are no people living through the events: who voices a view among them is a source (made-up variants of the row above).
    ['وأعرب أطباء في المشفى الوطني عن قلقهم من انتشار المرض', 'أطباء', 'vague'],
    ['وانتقد ضباط في الجيش التركي قرار الانسحاب', 'ضباط', 'vague'],
    ['ناشطون محليون وجهوا نداءات عاجلة لمساعدة المدنيين من أهالي الرقة', 'ناشطون محليون', 'vague'], // Al-Alam, 2017
    ['أعرب مراقبون ونشطاء عن تخوفهم من أن تؤدي هذه الاعتقالات إلى توتر', 'مراقبون', 'vague'], // Yalla Syria News, 2025
    ['في خطوة وصفها مسؤولون محليون بأنها "مفصلية" في مسار استعادة الأمن', 'مسؤولون', 'vague'], // Asia News, 2025
    ['أظهر مقطع مصور تداوله ناشطون نحو عشر جثث لعناصر النظام', 'ناشطون', 'vague'], // SMART News, 2018
    ['وتظهر صور نشرها نشطاء سوريون، أمس السبت، القوات التركية وهي تحاول إبعاد اللاجئين', 'نشطاء', 'vague'], // X2Z2, 2015
    // A person's title in the plural is a group, no one it names.
    ['وقال الناشطون لـ "سمارت" الأحد، إن قوات النظام سيطرت على المدينة', 'الناشطون', 'vague'], // SMART News, 2017
    ['وبحسب ما ذكر الناشطين فإن الغارات الجوية توزعت على محيط جمعية', 'الناشطين', 'vague'], // Syrian Mirror, 2017
    ['والتي استهدفت بحسب المسؤولون ضمان سلامة قاطني المخيم', 'المسؤولون', 'vague'], // Islamist Movements, 2021
    // A quoted adjective, or the outlet or party whose the sources are, is no name.
    ['إن مصادر “موثوقة” أفادت أن مسلحي التنظيم أعدموا كثيرين من أبناء العشيرة', 'مصادر', 'vague'], // Taybee, 2014
    ['حيث نقلت صفحات “كردية” عن مدير مكتب “انقاذ المختطفين الايزيديين” في محافظة دهوك', 'صفحات “كردية', 'vague'], // Al-Etihad Press, 2018
    ['وأكدت مصادر “المدن” أن تلك الدورية كانت متجهة برفقة قوات من مجلس منبج العسكري', 'مصادر', 'vague'], // Souriyati, 2019
    ['وتتهم التقارير "قسد" بممارسة انتهاكات بحق معارضين لها', 'التقارير', 'vague'], // Eye of Euphrates, 2023
    // Unnamed outlets and organisations, and findings no one is named for.
    ['وأفادت الوسائل، أن السجن الذي كانت تستعد تركيا للاشراف عليه، بات فارغاً', 'الوسائل', 'vague'], // Turkey Alaan, 2019
    ['إلا أن معطيات تشير إلى انخراط بعض هؤلاء العناصر والضباط في صفوف قسد', 'معطيات', 'vague'], // Al-Estiklal, 2025
    ['وكانت منظمات إغاثية وإنسانية أكدت مراراً وتكراراً خلال السنوات الماضية', 'منظمات إغاثية', 'vague'], // Lebanon 24, 2025
    ['ولكن منظمات الإغاثة تقول إن ما يصل إلى 450 ألف شخص قد يجبرون على الفرار', 'منظمات الإغاثة', 'vague'], // Gaza Time, 2019
    ['وفي وقت لاحق، نشرت مواقع مرتبطة بالجماعات الإرهابية بيانا يقول إن مهاجما انتحاريا', 'مواقع مرتبطة', 'vague'], // Al-Chourouk, 2019
    ['ووجهت صفحات محسوبة على الفصائل المسلحة الموالية لقوات الاحتلال التركي اتهامات', 'صفحات محسوبة', 'vague'], // Dama Post, 2024
  ])('«%s» → %s (%s)', (text, word, attribution) => {
    const f = findings(text, 'source').find((x) => x.text === word);
    expect(f, JSON.stringify(findings(text, 'source').map((x) => x.text))).toBeDefined();
    expect(f!.attribution).toBe(attribution);
  });

  test.each([
    // A plural that keeps its «ن» governs no name: the party after it is the verb's object (Al-Wafd, 2016).
    ['ويتهم ناشطون تنظيم داعش باستخدام المدنيين في منبج', 'ناشطون', undefined],
    ['وقال مسؤولون أميركيون إن القوات ستبقى', 'مسؤولون', 'coalition'], // an adjective that agrees
    ['وقالت مصادر قسد إن القوات تقدمت', 'مصادر', 'sdf'], // a construct
  ])('«%s»: %s speaks for %s', (text, word, party) => {
    const f = findings(text, 'source').find((x) => x.text === word);
    expect(f, JSON.stringify(findings(text, 'source').map((x) => x.text))).toBeDefined();
    expect(f!.actor).toBe(party);
  });

  test('evidence claimed but not shown (seed 000)', () => {
    const f = findings('واختطاف اقارب بعض المطلوبين ويوجد عدة حالات موثقة ومؤكدة بهذا الخصوص .', 'source');
    expect(f.map((x) => [x.text, x.category])).toEqual([['حالات موثقة ومؤكدة', 'unshown-evidence']]);
  });

  test.each([
    'وهذا ماجعل المراقبين، والمهتمين يضعون ألف إشارة استفهام', // 001: observers, but nobody is cited
    'بعد كل هذه المعلومات نرى ان الاسم المناسب', // 000
    'أفاد المرصد السوري لحقوق الإنسان بوصول تعزيزات عسكرية', // named: not a vague source
    'حاولنا التواصل مع قيادات قسد لكن دون جدوى', // not a source of a claim
    'أطفال الحسكة محاصرون من طغاة ما كانوا يوماً مصدر خير للعرب؛ كما قال عن مزايا حكامهم مارك سايكس', // Al-Hiwar, 2020: a source of good
    'ولم يعرف مصدر النيران التي استهدفت الحاجز، بحسب المرصد السوري', // where the fire came from
    'وعدم كشف أصحاب الصهاريج عن مصادر المياه التي يأتوننا بها', // Baghdad 24, 2021: where the water comes from
    'وتعد المنطقة من أهم مصادر النفط والطاقة في سوريا', // resources, not people
    // What is handled, not who tells (Syriac Press, 2020; Al-Maalomah, 2019).
    'واعتقلت الدورية عناصر خلايا إرهابية، بعد عمليات رصد ومتابعة وجمع المعلومات عن أماكن وجود الخلايا',
    'وقامت أجهزة المخابرات بتصنيف التقارير المتضاربة وتؤكد أن القوات الأمريكية باقية',
    // Information a party obtained or acted on is its own, not an unnamed source the outlet cites
    // (El-Mwatin, 2018; Kirkuk Now, 2022; Roayah News, 2019).
    'وأعلنت قوى الأمن الداخلي في الرقة حصولها على معلومات تفيد بدخول مجموعات إلى المدينة',
    'وتابع أن عملية القبض جاءت بناءً على معلومات استخباراتية',
    'وقال المرصد السوري لحقوق الإنسان إنه حصل على معلومات مؤكدة تفيد بوجود اتفاق',
    'بينما يستمر الجدل بين الأوساط السياسية والشعبية في العراق حول نقل عدد من العائلات', // Al-Mahayid, 2021: «نقل» is a transfer
    // The people before a verb of saying that has its own subject, or opens a clause with «و», did not say it.
    'ويقوم مجلس المدينة بنقل المياه للسكان بواسطة الصهاريج من الآبار، وقال محمد خاجو إن الضخ توقف', // 4E Syria, 2021: «بنقل» is a noun
    'ما دفع بعشرات السكان إلى النزوح، في وقت أعلنت فيه قوات سوريا الديمقراطية النفير العام', // Honna Beirut, 2019
    'وسط ترحيب الأهالي في القرى، ونقلت وكالة سانا أن الجيش انتشر', // Al-Kawthar, 2019
    'ودمر القصف أحد المنازل في القرية', // «أحد» of a thing, with no verb of saying
    'ومحاسبة المسؤولين عنها، بحسب ما نقلت وكالة "رويترز"', // Bawaba Syria, 2019: those held to account
    'وارتكاب تجاوزات وسط نفي كردي لتهجير سكان عدد من القرى ونهبها', // Syria Rose, 2015: those displaced
    'وتم توزيع المشاريع بناءً على مقترحات الأهالي في الكومينات والمجالس', // Hawar News, 2023: whose proposals they were
    'مستمرة في عمليات تمشيط وتفتيش انفاق الباغوز، لوجود معلومات تفيد بأن قيادات وعناصر من داعش تختبئ هناك', // Baghdad Today, 2019: that there is information
    // A name in quotation marks, or the outlet a correspondent reports for, names the source (Syria Trends, 2021; Micro Syria, 2016).
    'وقال الناشط “علي المرسومي” لـ”زمان الوصل” إن كتائب حزب الله انسحبت',
    'قال مراسل “المصدر” بريف الحسكة، إن طائرة شحن أمريكية هبطت ظهر اليوم',
    // Means, and findings a report tells of, with no verb of saying right beside them (Syriac Press, 2021; Arab Khabar, 2025).
    'تستمرُ إيران وبشتى الطرقِ والوسائلِ الخبيثةِ في نشرِ فكرِها ومذهبِها',
    'كشف تقرير نشره موقع هسبريس عن معطيات محدثة بشأن المغاربة المحتجزين',
    // «الحسبة», the morality police, is no «حسب» bringing in a source (Rozana, 2017).
    'إن سيارات الحسبة التابعة للتنظيم أنذرت الأهالي بضرورة إخلاء المدينة',
    'وقد عاد البعض إلى منازلهم بعد القصف', // «البعض» with no verb of saying
    'وأصيب 58 آخرون خلال اشتباكات في ريف دير الزور', // others wounded, with no verb of saying
    'فقد تم قتل 11 شخصا وجرح عشرات آخرون وفقا لمركز عمليات قوات سوريا الديمقراطية', // Sout Al-Omma, 2019: «وفقاً لـ» brings in the one who counts
    'وقال متحدث باسم البنتاغون في تصريح لوسائل إعلام، إن الوزارة تعيد تموضع القوات', // AP, 2025: whom it was said to
    // «عبر» with no «عن» after the words is «through» (True Platform, 2026).
    'وأجرى بحثاً عبر المصادر المفتوحة شمل محرك البحث غوغل',
    // A title with its holder named right after its phrase, with no commas (Smart News, 2020).
    'وقال مسؤول فريق "الاستجابة الأولية" ياسر الخميس في تصريح خاص لـ"سمارت" إن الفريق اكتشف مقبرة جماعية',
    'وقال شرفان عبدي وهو قيادي في قوات حماية الشعب، إن القرى حررت', // Al-Ghad, 2015: what the person named is
    // The holder named before the title, set off by a comma or quotation marks, or with the article on the family name.
    'وقال “دجوار خبات”، القائد الميداني في قوات سوريا الديمقراطية، إنّهُ يتوقع أن تتم السيطرة على المطار', // Adar Press, 2017
    'وأوضح خيرو الداوود مسؤول منطقة عفرين أن إدارة منطقة عفرين قامت باستقبال العائلات', // SANA, 2026
    // … or after the title and the words describing it: an adjective, «من» and a place, a quotation,
    // the name closed by a comma or followed by the outlet told.
    'وقال ضابط الدورية، إيفان جوكوف: "إن الطريق صعبة"', // Al-Alam, 2019
    'كما افاد ناشط من كوباني مصطفى عبدي وكالة فرانس برس عن قيام التحالف بهذه الغارات', // Al-Wasat, 2014
    'واتهم المسئول الكردي إدريس نعسان، المقيم في بلدة كوباني السورية، المتعاطفين مع التنظيم بنشر معلومات', // Al-Wasat, 2015
    'كشف الخبير في الشؤون الأمنية صادق عبدالله، اليوم الأربعاء، عن وجود مخاوف من اتساع المعارك', // Hathalyoum, 2024
    'وفي التقرير، قال محلل الشؤون العربية في صحيفة "هآرتس" تسفي باريل إن الاتفاق مع قسد ضربة لإسرائيل', // Pravda, 2026
    'ويقول احد مقاتلي YPG، صفوان رشيد، من داخل ناحية تل حميسة، " كانت هذه المنطقة مقرا للتنظيم"', // Dorar al-Iraq, 2015
    // Of unknown origin is no source, and the impersonal «يرجح» names no one (Al-Askari, 2023).
    'نفذت طائرات مجهولة المصدر، يرجح أنها أمريكية، 4 غارات جوية على مواقع في محيط البوكمال',
    'وقصف طيران حربي يرجح أنه إسرائيلي مواقع قرب الحدود',
    // «يُعتقد أنها» set off by commas describes what was named before it, not a claim told (Unews, 2023).
    'استهدفت طائرات، يُعتقد أنها إسرائيلية، مساء الأحد الفائت، قافلة شاحنات دخلت من الأراضي العراقية.',
    // «يرون فيهم» is seeing in someone, not saying (Al-Marjie, 2020).
    'تزعج أصوات دعاة السلام قادة الحروب وأمرائها، حيث يرون فيهم خطرًا داهمًا',
    // «عليهم», «لديها» before «من» are prepositions, no receiving of a report (Syria TV, 2021; KSA Players, 2019).
    'وتتمركز الميليشيا جانب دوار الطيارة ويشرف عليهم عدد من القادة أبرزهم "الحاج ذو الفقار"',
    'ونقلت فصائل موالية لها أكثر من 600 معتقل كردي لديها من أهالي عفرين إلى جهة مجهولة',
    // «شيوخ ووجهاء العشائر»: the tribes' sheikhs and notables speak for their tribes in their own
    // name, no unnamed source the outlet cites (Shoura News, 2024; Hawar News, 2019).
    'أكد شيوخ ووجهاء العشائر العربية في دير الزور دعمهم للجيش السوري خلال مسيرة حاشدة',
    'حيث أكدّ جميع شيوخ ووجهاء العشائر العربية المجتمعين بأن حل الأزمة السورية لابد أن يكون حل سياسي',
    // People who live through the events voice their demands as part of them, no source (Hawar
    // News, 2024; Thiqa, 2024); «دعا», «طالب» may take whom they call on (Syrian Today, 2026).
    'ندد أهالي مدينة قامشلو بجرائم الاحتلال التركي ضد المدنيين',
    // (With the article the verb of voicing would not count anyway; «مواطن» has none: variant of the Thiqa row.)
    'وأعرب مواطن من القامشلي عن رفضه لتلك المناهج، التي وصفها بأنها تعزز الهيمنة',
    'كما دعت الأهالي إلى سحب أبنائهم من أي تشكيلات عسكرية خارج الدولة',
    // A share («نسبة») and a face («وجه») are no verbs of voicing once the ta marbuta is normalized (made-up variants of the Al-Alam row).
    'وقال إن نسبة ناشطين كبيرة غادرت',
    'وتعرفت على وجه مسؤولين في الإدارة',
    // With the article, media in general, no source cited (Hawa Al-Sham, 2018).
    'وفي وقت سابق، أبدى أكار استياءه من صور تداولتها وسائل الإعلام',
    // «بين» with no «أن» after it is the preposition, «among» (Al-Hal, 2020).
    'معدات عسكرية ولوجستية، ما أشعل موجة غضب بين الأهالي، الذين طالبوا القوات الروسية بالرحيل',
  ])('no vague source in «%s»', (text) => {
    expect(findings(text, 'source')).toEqual([]);
  });
});

describe('sources: one source named again, drawn from others, or inside a name', () => {
  // An unnamed source named again is shown at each mention, with the class of the one it names again.
  test('a definite «المصدر» after «مصدر مطلع» is the same source, and its figures are that source’s (Baghdad Today, 2025)', () => {
    const text =
      'أكد مصدر مطلع، اليوم الخميس (31 تموز 2025)، أن أكثر من 230 عائلة عراقية غادرت باتجاه مخيم الجدعة.\n\nوقال المصدر في حديث لـ"بغداد اليوم"، إن "الوجبة الجديدة التي تضم 233 عائلة عراقية، يبلغ عدد أفرادها 812 شخصاً".';
    expect(findings(text, 'source').map((x) => [x.text, x.attribution])).toEqual([
      ['مصدر', 'vague'],
      ['المصدر', 'vague'],
    ]);
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([
      ['أكثر من 230 عائلة', 'vague'],
      ['233 عائلة', 'vague'],
      ['812 شخصاً', 'vague'],
    ]);
  });

  test('«القائد الميداني» names again the «قائد ميداني» who spoke first (Shafaq News, 2026)', () => {
    const text =
      'أفاد قائد ميداني في قوات سوريا الديمقراطية "قسد"، مساء اليوم الثلاثاء، بإحباط هجوم لخلايا نائمة لتنظيم "داعش" على سجن الصناعة بمدينة الحسكة.\n\nوقال القائد الميداني لوكالة شفق نيوز، إن قوات قسد تمكنت من قتل ثلاثة مهاجمين.';
    expect(findings(text, 'source').map((x) => x.text)).toEqual(['قائد ميداني', 'القائد الميداني']);
  });

  test('«المصدر» with its name withheld names again the «مصدراً» in the accusative, not the source before it (Al-Wasat, 2016)', () => {
    const text =
      'أفاد مصدر عسكري سوري وكالة فرانس برس بأن الطرفين توصلا الى "الاتفاق على وقف اطلاق النار". لكن مصدرا عسكريا كرديا في الحسكة نفى هذه المعلومات. وقال المصدر لفرانس برس طالبا عدم كشف هويته، إنه "لم يتم التوصل إلى اتفاق على وقف إطلاق النار".';
    expect(findings(text, 'source').map((x) => [x.text, x.attribution])).toEqual([
      ['مصدر', 'vague'],
      ['مصدرا', 'anonymous'],
      ['المصدر', 'anonymous'],
    ]);
  });

  test('a plural «المصادر» after «مصادر مطلعة» is the same sources, named again (seed 003)', () => {
    const text = 'وأفادت مصادر مطلعة برفع قوات التحالف جاهزيتها. وفي هذا السياق أكدت المصادر أن قوات التحالف الدولي بدأت بنقل 300 جندي';
    expect(findings(text, 'source').map((x) => x.text)).toEqual(['مصادر', 'المصادر']);
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([['300 جندي', 'vague']]);
  });

  test('«المصادر» after a named source is no name: sources of their own, and their figures vague (Thelevant News, 2025)', () => {
    const text = 'وقال المرصد السوري لحقوق الإنسان إن الاحتجاجات مستمرة. وبينت المصادر أن آلاف السيارات توجهت نحو السد.';
    expect(findings(text, 'source').map((x) => x.text)).toEqual(['المصادر']);
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([['آلاف السيارات', 'vague']]);
  });

  test("reports written onto «لـ» standing apart from their owner are the owner's (Zaman Arabic, 2022)", () => {
    const text = 'ووفق تقارير لـ المرصد السوري لحقوق الإنسان، أعلنت قيادات القوات المركزية الأمريكية مقتل القيادي';
    expect(findings(text, 'source').map((x) => x.text)).not.toContain('تقارير');
  });

  test.each([
    // [phrase, the sources a reader should see]
    ['وذكرت مصادر أهلية من سكان المنطقة ل”تشرين” أن القصف المدفعي طال قرى تل تمر', ['مصادر']], // Tishreen, 2020: people drawn from residents
    ['وبحسب المعلومات الواردة من مصادر أمنية، فإن التنظيم عمد إلى زرع عبوات ناسفة', ['مصادر']], // Anadolu, 2019: the source the information comes from
    ['حسب وكالة سانا السورية للأنباء أن رتلاً من 60 صهريجاً غادر الأراضي السورية', []], // Syria Gate, 2024: «للأنباء» is the agency's name
    ['وقالت وكالة أنباء هاوار إن القصف استهدف قرى ريف تل تمر', []],
    ['عن توقيف عدد من عناصر داعش ومصادرة أسلحة وذخائر ووثائق، بحسب ما ذكر مركز العمليات', []], // Al-Mashareq, 2021: «مصادرة» is a seizure
    ['آلاف المعتقلين يقول كثير من أقاربهم إنهم أطفال', ['أقاربهم']], // Okaz, 2020
    ['لكن مصدرا عسكريا في سوريا قال في تصريح لوكالة "سبوتنيك" الروسية إن القوات الأميركية قتلت مربي ماشية', ['مصدرا']], // KSA Players, 2022: the accusative
    // Sources joined by «و» are each one to point out (Al-Mohrar, 2023; Mehr, 2026; AFP, 2026).
    ['وتداول نشطاء وصفحات إخبارية تسجيلات مصورة تظهر سيطرة العشائر على البلدة', ['نشطاء', 'وصفحات إخبارية']],
    ['أفادت مصادر وشهود عيان أن بعض سكان المخيم غادروا', ['مصادر', 'وشهود عيان']],
    ['وكانت مصادر في منظمات إنسانية وشهود أفادوا الأسبوع الماضي بأن معظم الأجانب غادروا', ['مصادر', 'وشهود']],
    // … after a comma, past whose the first is or whom it is tied to (Ayyam Syria, 2021; Lebanon 24, 2026; Enab Baladi, 2020).
    ['نقلت وسائل إعلام محلية، وصفحات مجتمعية، الخميس 25 شباط/ فبراير 2021، خبر انفجار سيارة مفخخة', ['وسائل إعلام محلية', 'وصفحات مجتمعية']],
    ['وفق ما أفادت مصادر في منظمات إنسانية وشهود لوكالة "فرانس برس"', ['مصادر', 'وشهود']],
    ['بينما نشرت وكالة “هاوار“، المقربة من “الإدارة الذاتية” لشمالي وشرقي سوريا، وناشطون مقاطع للقصف على البلدة', ['وناشطون']],
    // … or to one that voiced a view (Al-Bayan, 2015).
    ['وندد المرصد السوري لحقوق الإنسان وناشطون بعمليات القتل واصفين إياها بالمجازر', ['وناشطون']],
    // … not past the verb's object, nor a relative clause (Al-Binaa, 2023; Emarat Alyoum, 2015).
    ['أفادت مصادر محليّة بوقوع اشتباكات بين أبناء عشيرة البوسرايا وعناصر من “داعش” في بادية الشولا', ['مصادر']],
    ['وأشار المرصد الذي يستند إلى شبكة واسعة من المندوبين والمصادر الطبية في كل المناطق السورية، إلى أن 15 ألفاً قتلوا', []],
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });
});

describe('sources: headlines, «عن», members, and words that only look like cues', () => {
  test.each([
    // [text, figure, attribution]
    ['قوات سوريا الديمقراطية: الهجمات التركية قتلت 14 مدنيا و 16 عسكريا', '14 مدنيا', 'named'], // Al-Mustaqbal, 2022: a headline's speaker
    ['المرصد السوري: مقتل 12 عنصرا من قوات النظام', '12 عنصرا', 'named'],
    ['عاجل: مقتل 5 مدنيين في قصف على ريف الحسكة', '5 مدنيين', 'none'],
    ['وزارة الهجرة والمهجرين العراقية: 18 ألف عراقي لا زالوا في مخيم الهول', '18 ألف عراقي', 'named'], // Lalish Duhok, 2024: a title's name runs to the colon
    ['محافظة حلب: استشهد 3 مدنيين، وأصيب 14 أخرون بجراح', '3 مدنيين', 'none'], // Balki News, 2025: a dateline
    ['منظمة حقوقية: 1800 مدنياً قضوا في الرقة منذ حزيران الماضي', '1800 مدنياً', 'vague'], // Thiqa, 2017: an unnamed organisation
    // A definite title with no name after it is the one named before (Al-Khafji, 2021).
    ['ونقلت وكالة الأنباء السورية (سانا) أن الحملة مستمرة. وبحسب الوكالة، فقد اختطفت ميليشيا (قسد) أمس 12 شابا', '12 شابا', 'named'],
    ['وبحسب الوكالة، فقد اختطفت ميليشيا (قسد) أمس 12 شابا', '12 شابا', 'none'], // no agency named before
    // A title whose own first letter is «ل» after «وقالت» is no «لـ» of a recipient (Karam News, 2019).
    ['وقالت لجنة الإنقاذ الدولية إن 12 طفلا توفوا. وتضم الدفعة الأخيرة، حسب اللجنة، ألفي امرأة وطفل', 'ألفي امرأة', 'named'],
    ['وقال مصدر للجنة الإنقاذ الدولية إن 12 طفلا توفوا. وتضم الدفعة الأخيرة، حسب اللجنة، ألفي امرأة وطفل', 'ألفي امرأة', 'none'],
    // A state's body named by the state's adjective is a named source; a person's title so described is not (Morocco Sports, 2015).
    ['علما أن السلطات التركية أعلنت عبور 13 ألف مدني سوري عبر حدودها خلال الأيام العشرة الماضية', '13 ألف مدني', 'named'],
    ['وأعلنت الحكومة العراقية وصول 155 عائلة من مخيم الهول', '155 عائلة', 'named'],
    ['وقال المسؤول الأمريكي إن 14 جنديا قتلوا', '14 جنديا', 'vague'],
    // «المحافظة» after «محافظة الحسكة» is the province, not a speaker (Trendat, 2020).
    [
      'ووجه الهلال الأحمر نداءات لأن الظروف التي عاشها أهالي محافظة الحسكة مخالفة للقانون. وتأتي حرب المياه هذه بحسب ناشطين كعقاب لسكان المحافظة التي يبلغ عدد سكانها أكثر من مليون و300 ألف نسمة',
      'أكثر من مليون و300 ألف نسمة',
      'vague',
    ],
    // The state's own outlet is named by «الرسمي» (Sauress, 2016).
    ['وأشار التلفزيون الرسمي التابع للنظام في شريط عاجل إلى «ارتقاء 31 شهيداً وإصابة 170 آخرين في حصيلة أولية»', '31 شهيداً', 'named'],
    // A report a named party published is that party's (KurdWatch, 2016).
    ['وبحسب المعلومات التي نشرتها YPG فقد قُتل 17 مديناً و 3 عناصر من الآساييش', '17 مديناً', 'named'],
    ['وبحسب المعلومات التي وصلت إلى المرصد فقد قُتل 17 مدنياً', '17 مدنياً', 'vague'], // no pronoun on the verb: the information is unnamed
    // A semicolon does not end what a speaker says (Al-Khaleej, 2019).
    ['وقالت الإدارة الذاتية الكردية: إن عدد النازحين؛ بسبب العدوان التركي وصل إلى أكثر من 275 ألف نازح', 'أكثر من 275 ألف نازح', 'named'],
    // A state's intelligence service is a body named by its state's adjective, like «السلطات التركية» (Masr Alaan, 2023).
    ['الاستخبارات التركية: تحييد 11 عنصرًا من تنظيم بي كي كي في شمال سوريا', '11 عنصرًا', 'named'],
    ['أعلنت المخابرات العراقية القبض على 5 عناصر من داعش', '5 عناصر', 'named'],
    ['وقالت استخبارات الحرس الثوري إن 11 عنصراً قتلوا', '11 عنصراً', 'named'],
    ['وأضاف أن الاستخبارات الأجنبية جندت 300 شخص', '300 شخص', 'none'], // what was said, not who said it
    // An institution opening the clause with a verb of its own act tells of it (Arab Khabar, 2025; Baghdad Agency, 2025; WHIA, 2023).
    ['طلبت وزارة الدفاع الأميركية (البنتاغون) تخصيص 130 مليون دولار في ميزانية العام المالي 2026 لدعم قوات سوريا الديمقراطية', '130 مليون دولار', 'named'],
    ['أخرجت إدارة مخيم الهول، اليوم الأحد، 155 عائلة عراقية مكونة من 569 شخصاً، وسلّمتهم للحكومة العراقية', '569 شخصاً', 'named'],
    ['رحبت وزارة الخارجية الأمريكية باستعادة جمهورية قرغيزستان لـ95 شخصا من مواطنيها المتواجدين في مخيمي الهول وروج', '95 شخصا', 'named'],
    // Two speakers joined by «و» say «أنهما» (Al Bawaba, 2020).
    ['وأعلنت ألمانيا وفنلندا، الأحد، أنهما أعادتا من شمال سوريا خمس نساء، بالإضافة إلى 18 طفلا', '18 طفلا', 'named'],
    // A line opening with a person's title, name and a colon gives that person's words (4E Syria, 2021).
    ['انقطاع المياه\n\nالمهندس محمود العكلة: 30 قرية بلا مياه بسبب التعديات على خط التيار', '30 قرية', 'named'],
    ['انقطاع المياه\n\nالطبيبة سلوى أحمد: 12 طفلاً أصيبوا بالإسهال', '12 طفلاً', 'named'],
    // What a named outlet's own reporters saw is the outlet's account (Al-Bayan, 2026; Le Messager, 2019).
    ['وشاهد مصورو فرانس برس عشرات الشاحنات محملة بمدرعات وغرف مسبقة الصنع', 'عشرات الشاحنات', 'named'],
    ['وشاهد مراسل فرانس برس في المدينة سيارات متفحمة ودخانًا يتصاعد من موقعين على الأقل', 'موقعين على الأقل', 'named'],
    ['وشاهد السكان عشرات الشاحنات تعبر الحدود', 'عشرات الشاحنات', 'vague'],
    ['وأفاد شاهد عيان بمقتل 5 أشخاص في القصف', '5 أشخاص', 'vague'], // the eyewitness noun, no verb of seeing
    // An unnamed member with his people's adjective, then the verb of saying (Al-Ahed, 2021).
    ['أحد المسؤولين الأمريكيين أشار في حديثه للوكالة الى أنه يعتقد بأن 3 صواريخ سقطت في القاعدة', '3 صواريخ', 'vague'],
    ['وقالت القيادة المركزية الأمريكية إن التقديرات الأولية تشير إلى مقتل 3 عناصر', '3 عناصر', 'named'], // the speaker's own estimate
    ['أفادت شبكة البادية 24 بهجوم على قوات النظام.\nوأوضح المصدر أن التنظيم هاجم رتلا من 20 آلية', '20 آلية', 'named'], // Welati, 2020
    // Not a party's deed, nor an institution that is not the verb's subject.
    ['أخرجت قوات الاحتلال الأمريكي 45 آلية عسكرية من قواعدها في ريف الحسكة', '45 آلية', 'none'],
    ['وقال إن الحكومة طلبت من وزارة الدفاع الأميركية 130 مليون دولار', '130 مليون دولار', 'none'],
  ])('«%s» → «%s» is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((f) => f.text === figure)?.attribution).toBe(attribution);
  });

  test.each([
    ['ونقلت شبكة «فوكس نيوز» الأمريكية، أمس عن مصدرين مطلعين لم تسمهما قولهما إنه تم رفع مستوى التهديد', ['مصدرين']], // Akhbar El-Yom, 2021
    ['تمكن انتحاري يدعى “أبو دجانة الساحلي” حسب عناصر التنظيم من تفجير نفسه بسيارة مفخخة', ['عناصر التنظيم']], // Sound and Picture, 2015
    ['وأعلنت مصادر مقتل عناصر من قسد في ريف دير الزور', ['مصادر']], // fighters counted are no source
    ['منظمة حقوقية: 1800 مدنياً قضوا في الرقة منذ حزيران الماضي', ['منظمة حقوقية']], // Thiqa, 2017: an unnamed organisation
    // Reports that carry their own claim, with no verb of saying (Al-Mashhad, 2019; Masr Alarabia, 2019).
    ['وفرضت قسد حظر تجول في الحسكة السورية بعد أنباء عن هروب عناصر من تنظيم داعش', ['أنباء']],
    ['وتجددت الاشتباكات منذ الإثنين، وسط أنباء غير مؤكدة عن سقوط قتلى', ['أنباء']],
    ['واستهدفت المدفعية التركية قرية العبوش، ولا أنباء عن حجم الخسائر', []],
    ['وقالت وكالة أنباء هاوار إن الاشتباكات توقفت', []],
    ['ولا تتوفر معلومات عن مصير المخطوفين', []],
    // Information after a word of circumstance, with what it tells about (Arab Telegraph, 2023; Eye of Euphrates, 2023; Alamat Online, 2016).
    ['وسقطت الصواريخ في ساحة القاعدة المذكورة، مع معلومات عن سقوط خسائر بشرية ومادية', ['معلومات']],
    ['وكانت قسد قد استنفرت قواتها في محيط السجن، بعد ورود معلومات عن حدوث استعصاء داخل السجن', ['معلومات']],
    ['وأعلن التحالف التحقيق في ضرباته بعد معلومات عن سقوط عشرات القتلى المدنيين', ['معلومات']],
    // Not after a negation, nor information given or asked for (Levant News, 2022; Hafryat, 2023).
    ['وقصفت المدفعية قرية أم الخير، دون ورود معلومات عن خسائر بشرية', []],
    ['فيما رفضت النساء إعطاء معلومات عن عملية التهريب', []],
    // The one killed or arrested after a verb of saying is its object, not a source (Iraaqi, 2017).
    ['وكانت القيادة المركزية الأمريكية قد أعلنت مقتل المسئول الحركى فى التنظيم عبدالرحمن الأوزبكى', []],
    ['وأكدت مصادر محلية اعتقال قيادي في التنظيم', ['مصادر']],
    // A verb joined by «و» goes on with the subject of the clause before it: those held are not its speakers (Kurd Street, 2017).
    ['منظمة العفو الدولية تتهم الاسايش باحتجاز ثلاثة قيادات كوردية وتقول بان ظروف احتجازهم سيئة', []],
    ['قيادات كوردية تقول إن ظروف الاحتجاز سيئة', ['قيادات']],
    // «نقل» before a count moves people; before a source it reports (Shamal Alyom, 2026).
    ['أعلنت مديرية الإعلام في محافظة حلب نقل المئات من المواطنين، معظمهم من النساء والأطفال', []],
    ['وقالت مصادر إن القوات نقلت 80 معتقلاً من السكان إلى العراق', ['مصادر']],
    ['ونقل ناشطون عن السكان أن القصف استمر', ['ناشطون', 'السكان']],
    // Counted people are not who speaks, unless the count itself speaks.
    ['وأكد عشرات من السكان أن القصف استمر', ['السكان']],
    // «المصدر» alone is the source cited last, of whatever kind (Qasioun, 2024; Al-Hal, 2019).
    ['أفادت مصادر إعلامية باستمرار المساعي لإفراغ المخيم.\nوأوضح المصدر أنه يتم تجهيز قائمة بأسماء العوائل', ['مصادر', 'المصدر']],
    ['وقال محسن الحمد لموقع الحل إن الأهالي تجمعوا في وسط البلدة.\nوأضاف المصدر أن المحتجين طالبوا بإيقاف التهريب', []],
    ['وقال المصدر إن اشتباكات اندلعت في القورية', ['المصدر']], // no source before it
    ['وقالت وزارة الدفاع إن الهجوم فشل.\nوقالت المصادر إن اشتباكات اندلعت', ['المصادر']], // «المصادر» are sources in general
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });

  test('«التابع» is no «تابع», and «بحسب» after a title does not make it a speaker (Al-Mohrar, 2023)', () => {
    const text =
      'وتداول نشطاءُ وصفحات إخبارية تسجيلاتٍ مصوّرة، تظهر سيطرة العشائر على مركز الأمن العام التابعِ لميليشيات “قسدٍ” في بلدة السوسة، بحسب مصادرَ محلية.\n\nوأضافت أنَّ العشائرَ العربية سيطرت على بلدة الحوايج';
    expect(findings(text, 'source').map((x) => x.text)).toEqual(['نشطاءُ', 'وصفحات إخبارية', 'مصادرَ']);
  });
});

describe('sources: the speaker before its statement, what follows «إن», coordinated sources', () => {
  test('«وقالت المنظمة في تقرير صدر الخميس إن السكان…»: the organisation speaks, the residents are what it says (Thiqa, 2017)', () => {
    const text = 'وقالت المنظمة في تقرير صدر الخميس إن السكان تعرفوا على سبعمئة قتيل على الأقل';
    expect(findings(text, 'source')).toEqual([]);
    expect(findings(text, 'figure').map((f) => [f.text, f.attribution])).toEqual([['سبعمئة قتيل على الأقل', 'named']]);
  });

  test.each([
    ['التي يحاصرها تنظيم "داعش"، بحسب ما ذكر ناشطون والمرصد السوري لحقوق الانسان السبت', ['ناشطون']], // Al-Wasat (AFP), 2014
    ['أما السعر فلم يعلن عنه بعد، لكن التوقعات تشير إلى احتمال تسعيره بحوالي 100 ليرة للكغ', ['التوقعات']], // Kassioun, 2016
    ['وأفادت تقارير وكالة الأناضول بمقتل 3 عناصر', []], // «وكالة» owns its «و»: the agency's reports are named
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });

  test('«(78) جريمة»: a count in parentheses with its noun after (Hafryat, 2021)', () => {
    expect(findings('بلغ تعداد جرائم القتل في المخيم منذ مطلع العام 2021 (78) جريمة', 'figure').map((f) => f.value)).toEqual([78]);
  });
});

describe('sources: a vague head with its name given is named; leaders, media people, «وردت أنباء»', () => {
  test.each([
    ['وقال الناشط “علي المرسومي” لـ”زمان الوصل” إن كتائب حزب الله انسحبت', []], // Syria Trends, 2021: the activist is named
    ['وكشف أحد المواقع الموالية للنظام والذي يدعى "سينسيريا" أن الفاتورة ارتفعت', []], // Eqtsad, 2017: the site is named
    ['وقال قادة ميدانيون من الفصيلين "للخابور"، إنهم سيطروا على القرية', ['قادة ميدانيون']], // Al-Khabour, 2018
    ['كما وردت أنباء عن إصابة العقيد حبيب، مسؤول الأمن العسكري', ['أنباء']], // Rozana, 2016
    ['القيادي في وحدات حماية الشعب حقي كوباني قال في كلمة ألقاها إن الشعوب انتفضت', []], // Furat FM, 2019: the leader is named
    ['مسؤول في قسد لوكالة فرانس برس قال إن خمسة عناصر قتلوا', ['مسؤول']], // the words after the party are who was told
    // A title in construct with a definite noun is a post, not an unnamed official (Azzaman, 2019; Shia Waves, 2025).
    ['وقال مسؤول العلاقات والإعلام في المفوضية السامية لشؤون اللاجئين إن الأعداد تتزايد', []],
    ['وقال مسؤول مكتب الخروج في المخيم في تصريح إن العائلات غادرت', []],
    ['وقال مسؤول أمني في المخيم إن العائلات غادرت', ['مسؤول أمني']], // an adjective of relation: still unnamed
    // Media named by a country only are vague (Xinhua, 2026); a minister's title holds the word for media (Ch23, 2026).
    ['إعلام سوري: مقتل 4 مدنيين بعمليات قنص نفذتها قوات قسد', ['إعلام سوري']],
    ['وذكر الإعلام العبري أن الطائرات قصفت مواقع في البوكمال', ['الإعلام العبري']],
    ['وأكد وزير الإعلام السوري حمزة المصطفى، في منشور، أن الجيش دخل المدينة', []],
    // A plural that keeps its «ن» owns nothing after it: the activists spread the reports, which are what they passed on,
    // no source of their own (Mada Post, 2020; Emarat Alyoum, 2018; Anadolu, 2026).
    ['وتناقل ناشطون أنباء تفيد بإصابة 4 عناصر من القوات الأمريكية', ['ناشطون']],
    ['وأوردت مصادر سورية معارضة أنباء عن بدء انسحاب الشرطة العسكرية الروسية من تل رفعت', ['مصادر']],
    ['وتداولت حسابات على مواقع التواصل الاجتماعي معلومات تفيد بأن التنظيم عمد كذلك إلى تفخيخ مركبات تركها في مدينة الحسكة', ['حسابات']],
    // With no source passing them on the reports are the subject (Hadi Abdullah, 2019); after «عن» they are whom the agency cites (SyriaHR, 2019).
    ['وتأتي هذه التظاهرات عقب تداول أنباء تفيد بإجراء “قوات سوريا الديمقراطية” مفاوضات مع نظام الأسد', ['أنباء']],
    ['ونقلت وكالة الأنباء الرسمية (سانا) عن تقارير إعلامية قولها إن أربعة جنود أمريكيين قتلوا', ['تقارير']],
    // Bodies in the plural with no name are vague, though a body's title is a named source's word (Dar, 2025).
    ['وثقت منظمات حقوقية محلية ودولية انتهاكات واسعة بحق السكان', ['منظمات حقوقية']],
    ['وقالت منظمة العفو الدولية إن السجناء عذبوا. وأضافت المنظمة الحقوقية أن الظروف سيئة', []],
    // Social media as the subject that spreads a report; a place something was posted, or a source's channel, is not one.
    ['تداول رواد مواقع التواصل الاجتماعي تسجيلاً مصوراً لسكان أكراد يرشقون الدورية بالحجارة', ['رواد مواقع التواصل الاجتماعي']], // Al-Waseela, 2019
    ['وتداول ناشطون عبر مواقع التواصل الاجتماعي تسجيلاً مصوراً للشيخ', ['ناشطون']], // Al-Hadeel, 2023
    ['ونشرت على مواقع التواصل الاجتماعي صور لحشود كبيرة في مدن سورية', []], // Snyar, 2015
    ['ونشر الخبر على حسابات مؤيدة لتنظيم الدولة الاسلامية على موقع تويتر', ['حسابات']], // Al-Ahram, 2014: the accounts posted it
    // A party's own accounts, its pronoun on them, are no unnamed source (Eye of Euphrates, 2023; Orient via al-Sharq al-Arabi, 2020).
    ['وكان تنظيم "داعش" قد نشر على معرفاته الرسمية، يوم الأحد الفائت، مقطعًا مرئيًا', []],
    ['حيث ذكرت الميليشيا عبر معرفاتها الرسمية أن الفصيل أنهى معسكرا للتدريب', []],
    ['ونشرت معرفات مقربة من التنظيم صوراً للهجوم', ['معرفات مقربة']],
    // One person's title with the article, no source of its kind before it, is a known person named beside it (Al-Umma, 2014; Lebanon On Time, 2019; Al-Iraq News, 2025).
    ['فيما أعلن القيادي في وحدات حماية الشعب دجوار خبات في تصريحات صحفية أنه قتل خلال المعارك 40 عنصراً', []],
    ['ويقول الناشط في دير الزور أبو علاوي الشعيطي لموقع سكاي نيوز عربية إن الأسعار ارتفعت', []],
    ['أقر القيادي في منظمة بدر النائب مختار الموسوي بأن آلاف العوائل عادت', []],
    ['وقال النشطاء إن عناصر الميليشيا اعتقلوا الشبان', ['النشطاء']],
    ['وقال المسؤول الأمريكي إن الجنود انسحبوا من القاعدة', ['المسؤول']],
    // Who a named person is, in parentheses after the name, is no unnamed source (Al-Hal, 2015 and 2019).
    ['محمد عبدي (مواطن من القامشلي) أفاد موقع الحل السوري بأن الدوريات انتشرت', []],
    ['وقال محسن الحمد (شاهد عيان من البلدة) لموقع الحل إن الأهالي تجمعوا', []],
    ['وقالت مصادر في المنطقة (شهود عيان) إن الأهالي تجمعوا', ['مصادر', 'شهود عيان']],
    // The gloss may open with «من»; the source named again after it is the named person (Al-Hal, 2018).
    [
      'وقال محمد طه (من سكان ريف دير الزور الشرقي) لموقع الحل، إن “لواء الفاطميون الأفغاني وميليشيا الحرس الثوري الإيراني قاموا برفع راياتهم”.\nوأضاف المصدر، أن “تلك الميليشيات قامت بتعليق الرايات”.',
      [],
    ],
    // «أحد سكان», «من سكان» after a given and a family name with no parentheses (Shorouk News, 2026; Syria TV, 2023) — not
    // after a source's own name (Al-Mwaten, 2018) nor after an unnamed person (Enab Baladi, 2021).
    ['أوضح جمعة حمادي أحد سكان دير حافر، أنه استعاد منزله بعد سنوات من المعاناة', []],
    ['شيروان يونس، من سكان حي الصالحية في الحسكة، قال لموقع "تلفزيون سوريا"، إن "غالبية سكان المدينة لم يستلموا بعد مخصصاتهم"', []],
    ['نشر المرصد السوري لحقوق الإنسان من مصادر موثوقة أكدت أن رتلًا داخل إلى منطقة خطوط التماس', ['مصادر']],
    ['وقال مدني من أهالي عين عيسى لعنب بلدي (طلب عدم الكشف عن اسمه) اليوم، إن الروس أعادوا فتح الطريق', ['أهالي']],
    // A verb in the plural follows its subject: the agency after it is whom it told (AFP via Sky News Arabia, 2026).
    ['وكانت مصادر في منظمات إنسانية أفادوا فرانس برس الأسبوع الماضي بأن معظم العائلات غادرت', ['مصادر']],
    ['وتم نشر القوات في السد بموجب الاتفاق، بحسب ما أفاد إعلام رسمي', ['إعلام رسمي']],
    // «مؤكدة» describing the information is no participle of saying.
    ['كما وصلت معلومات غير مؤكدة عن قيام التنظيم بتفجير كنيسة', ['معلومات']],
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });
});

describe('sources: markers that withhold a name are part of the source', () => {
  test('«مصدر عسكري، رفض الكشف عن اسمه لأسباب أمنية»: one anonymous source, and its note says a reason was given', () => {
    const f = findings('وقال مصدر عسكري، رفض الكشف عن اسمه لأسباب أمنية، إن القوات انسحبت.', 'source');
    expect(f.map((x) => [x.text, x.attribution])).toEqual([['مصدر', 'anonymous']]);
    expect(f[0].explanation.en).toMatch(/reason/);
  });

  test.each([
    // Whom the source told, or whose it is, stands between it and the marker (Al-Wasat, 2016; Dama Post, 2025).
    ['وقال المصدر لفرانس برس طالبا عدم كشف هويته، إنه "لم يتم التوصل إلى اتفاق".', [['المصدر', 'anonymous']]],
    ['وفي هذا السياق، قال مصدر عسكري تابع للحكومة الانتقالية، رفض الكشف عن اسمه لعدم تخويله التصريح، إن القوات انسحبت.', [['مصدر', 'anonymous']]],
    // A person's title no list names, with the name withheld, is anonymous (Dama Post, 2024); an outlet before the source is not (Arabic Post, 2018).
    ['وأوضح رئيس أحد الأحزاب المشاركة في “الإدارة الذاتية” فضل عدم الكشف عن هويته لوسائل الإعلام أن الانتخابات تأجلت.', [['رئيس أحد الأحزاب المشاركة', 'anonymous']]],
    ['ونقلت وكالة رويترز عن مسؤول أميركي آخر، طلب عدم نشر اسمه، أن المقاتلين اعتقلوا.', [['مسؤول', 'anonymous']]],
    // A speaker no list names, its name withheld after its comma, is anonymous (The Lens Post, 2021; Syria TV, 2022).
    ['وقال الضابط ، الذي طلب عدم الكشف عن هويته، إنه أصيب بصواريخ في مدينة البوكمال شرقي سوريا.', [['الضابط', 'anonymous']]],
    ['وأوضح المواطن، الذي فضل عدم الكشف عن اسمه، أنه أبلغ إدارة المعهد بالحادثة.', [['المواطن', 'anonymous']]],
    // Sources named again past a word pointing back are named again (Kurd Street, 2022; Saaa25, 2022).
    [
      'وقالت مصادر محلية إن أزمة الوقود مستمرة. وأضافت هذه المصادر أن المواطنين ينتظرون لساعات للحصول على البنزين.',
      [
        ['مصادر', 'vague'],
        ['المصادر', 'vague'],
      ],
    ],
    [
      'وأفادت مصادر محلية بأن الحصار مستمر. وأضافت تلك المصادر أن القوات التي تحاصر الأهالي منعتهم من فتح محالهم.',
      [
        ['مصادر', 'vague'],
        ['المصادر', 'vague'],
      ],
    ],
    // Sources named again with their names withheld are some of them: the first mention stays vague (Al-Hal, 2019).
    [
      'وبحسب مصادر محلية من داخل مناطق سيطرة قسد فإن التهريب مستمر. وقالت المصادر مفضلة عدم الكشف عن هويتها، في حديث لمراسل «الحل» إن «عمليات التهريب كانت مستمرة».',
      [
        ['مصادر', 'vague'],
        ['المصادر', 'anonymous'],
      ],
    ],
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => [x.text, x.attribution])).toEqual(expected);
  });

  test('a marker with no source before it stays a finding of its own', () => {
    expect(findings('يقول علي (اسم مستعار) وهو أحد عناصر قسد', 'source').map((x) => x.text)).toEqual(['اسم مستعار']);
  });

  test.each<[string, string[]]>([
    // With no source word before it, the marker withholding a name is the source, the reason its own (Enab Baladi, 2022).
    ['مدير معهد أغلقته الإدارة، تحفظ على ذكر اسمه لأسباب أمنية، قال لعنب بلدي، إن مجموعات من الأسايش داهمت المعهد.', ['تحفظ على ذكر اسمه']],
    // A reason no name is withheld for is no source (Al Bayan, 2025; Al-Masry Al-Youm, 2019).
    ['وأشار إلى تمثيل محدود للنساء والأقليات، واستبعاد 3 محافظات لأسباب أمنية.', []],
    ['ولم يحدد الجدول الزمني للعملية أو تحركات الجنود، لأسباب أمنية، كما أكد مسؤول في وزارة الدفاع.', ['مسؤول']],
  ])('«%s»: %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });

  test('a party named before a withheld-name marker is no pseudonym: it is named, and no source, later on (Al-Alam, 2021)', () => {
    const text =
      'ونقل موقع شام تايمز عن أحد العاملين في حقول نفط “رميلان” التي تسيطر عليها “قوات سوريا الديمقراطية” (قسد)، (تحفظ على ذكر اسمه)، فإن بيع النفط توقف. وبرأي العامل، فإن التوقف الذي لم تعلن عنه “قسد”، بشكل رسمي، قد يكون بسبب الضغوط.';
    expect(findings(text, 'source').filter((x) => x.text === 'قسد')).toEqual([]);
  });
});

describe('sources: the people whose request or appeal it was tell of nothing', () => {
  test.each<[string, string[]]>([
    ['أطلق مجلس منبج العسكري وبناءً على طلب ومناشدات أهالي منطقة منبج حملة لتحرير المنطقة', []], // Hawar News, 2016
    ['أعلن مجلس الرقة المدني الأحد أنه بناء على طلب أهالي منطقة كرعشان في محافظة الرقة تم الاتفاق', []], // KSA Players (AFP), 2017
    // The residents who tell of something still do.
    ['وقال أهالي منطقة منبج إن القصف استمر طوال الليل', ['أهالي']],
    // Nor do residents after «لدى», «باسم», «بحق», «على»: among whom, in whose name, against whom (SANA, 2021; Syriac Press, 2020;
    // Raqqa Post, 2017); after «عن» they are whom the news comes from (Rozana, 2017).
    ['ومع اتساع حالة الغضب لدى الأهالي جراء ممارسات ميليشيا “قسد” الإجرامية أفادت مراسلة سانا في القامشلي بأن الميليشيا أغلقت الشوارع العامة', []],
    ['دخل وفد من أهالي الناحية إلى داخل القاعدة للتنديد باسم الأهالي بالهجمات، وعند خروجهم أشار هزّاع محمد إلى أنه تبيّن لهم أن الروس كانوا متفهّمين', []],
    ['أعلنت أكثر من 40 عشيرة رفضها لمعظم قرارات “قسد” التي أصدرتها بحق أهالي المنطقة، وذلك في بيان نشر في مواقع التواصل الاجتماعي', []],
    ['وحسب ما نقل المراسل عن أهالي المنطقة فإن دورية من قوات الأمن الداخلي الكردية، اشتبكت مع أخرى', ['أهالي']],
  ])('«%s»: %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });
});

describe('sources: people of an institution stay unnamed', () => {
  test.each([
    ['تقدم مهم في العملية تقول مصادر وزارة الخارجية التركية إن المفاوضات مستمرة', ['مصادر']], // Haberler, 2025
    ['وفي هذا السياق زعم مصدر لقناة الجزيرة المعروفـة بعدائها الأعمى لدمشق أن داعش تقدم', ['مصدر']], // Al-Waght, 2017: «المعروفة» describes, it names no one
    ['وقال مراسل وكالة شفق نيوز، إن صفحات إعلامية سورية، تداولت صوراً للقصف', ['صفحات إعلامية']], // Shafaq News, 2026
    ['وبحسب نشطاء المرصد السوري، فإن القصف طال نحو 10 قرى.', []], // the observatory's activists are the observatory
  ])('«%s» → %j', (text, expected) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(expected);
  });
});

describe('sources: a name in quotation marks of its own', () => {
  test('«“القيادة المركزية الأميركية” تعلن قتل اثنين» names the source of the count (Syria Monitor, 2024)', () => {
    const f = findings('“القيادة المركزية الأميركية” تعلن قتل اثنين من تنظيم “داعش”', 'figure');
    expect(f.map((x) => x.attribution)).toEqual(['named']);
  });
});

describe('sources: «الناشط» again is the activist already cited', () => {
  test('«وفق الناشط. وأشار الناشط» after «قال ناشط» (Syria Trends, 2021)', () => {
    const text = 'وقال ناشط من الحسكة إن اشتباكات اندلعت في حي طي. وسقط قتيلان، وفق الناشط. وأشار الناشط إلى فشل الوساطة الروسية.';
    expect(findings(text, 'source').map((x) => x.text)).toEqual(['ناشط', 'الناشط', 'الناشط']);
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([['قتيلان', 'vague']]);
  });
});

describe('sources: agencies, colons, withheld names and a source right after the claim', () => {
  test.each<[string, string[], [string, string][]]>([
    // [text, vague or anonymous sources, figures with their attribution]
    ['ونقلت وكالة “سانا” عن مصادر محلية من ريف اليعربية، أن “قافلة مؤلفة من 43 صهريجاً”.', ['مصادر'], [['43 صهريجاً', 'vague']]], // Ertikaz, 2022: «عن» ends the agency's name
    ['فيما أفاد وكالات الأنباء المحلية بأن 4 عناصر من قوات سوريا الديمقراطية قتلوا.', ['وكالات الأنباء المحلية'], [['4 عناصر', 'vague']]], // AvaToday, 2022
    ['ورجح النشطاء ارتفاع حصيلة القتلى إلى 25 قتيلاً.', ['النشطاء'], [['25 قتيلاً', 'vague']]], // El Watan, 2016
    ['وقال عبد الرحمن: "تأكد مقتل 30 على الأقل".', [], [['30 على الأقل', 'named']]], // Echorouk, 2015: the speaker before a colon
    ['وقال عبد الرحمن لوكالة فرانس برس: "قتل 30 شخصاً".', [], [['30 شخصاً', 'named']]],
    [
      'أفاد مسؤول أميركي لوكالة رويترز بأن الجيش يتوقع نقل سبعة آلاف معتقل. وقال المسؤول الأمريكي الذي تحدث شريطة عدم الكشف عن هويته إن المئات سينقلون.',
      ['مسؤول', 'المسؤول'],
      [
        ['سبعة آلاف معتقل', 'anonymous'],
        ['المئات', 'anonymous'],
      ],
    ], // LBCI, 2026: the name withheld later is the first official's
    [
      'فيما أفاد وكالات الأنباء المحلية بأن 4 عناصر قتلوا، لتصبح الحصيلة 17 قتيلاً و23 جريحاً وفق أرقام قسد الرسمية.',
      ['وكالات الأنباء المحلية'],
      [
        ['4 عناصر', 'vague'],
        ['17 قتيلاً', 'named'],
        ['23 جريحاً', 'named'],
      ],
    ], // AvaToday, 2022: a source right after the claim is the claim's own
    ['وصلت وحدات الجيش إلى القرى وسط ترحيب الأهالي الذين تجمعوا على مداخل القرى.', [], []], // Al-Kawthar, 2019: people welcoming say nothing
    ['نفذت طائرات مجهولة المصدر، يرجح أنها أمريكية، 4 غارات جوية على مواقع الميليشيات.', [], [['4 غارات', 'none']]], // «يرجح»: it is likely, no one estimates
    [
      'وأوضح المرصد السوري أن 12 قتلوا. وتابع المصدر ذاته أن 5 عناصر أصيبوا.',
      [],
      [
        ['12', 'named'],
        ['5 عناصر', 'named'],
      ],
    ], // Machahid 24, 2022: «المصدر ذاته» is the observatory again; «12 قتلوا» counts people
    [
      'قال مصدر أمني إن 4 قتلى سقطوا. وأضاف المصدر نفسه أن 3 جرحى نقلوا.',
      ['مصدر', 'المصدر'],
      [
        ['4 قتلى', 'vague'],
        ['3 جرحى', 'vague'],
      ],
    ],
    // Rebaz News, 2021: «تلك المصادر» are the sources cited before, named again; «تلك الأنباء» are reports already told of.
    ['وأفادت مصادر خاصة لموقع ريباز، بأن طائرة استهدفت البلدة. وأكدت تلك المصادر أن 70 قذيفة مدفعية على الأقل سقطت على البلدة.', ['مصادر', 'المصادر'], [['70 قذيفة', 'vague']]],
    [
      'وأوضح المرصد السوري أن 12 قتلوا. وبحسب هذا المصدر، فإن 5 عناصر أصيبوا.',
      [],
      [
        ['12', 'named'],
        ['5 عناصر', 'named'],
      ],
    ],
    ['وأفادت مصادر محلية بأن القصف طال القرية. ونفت الفصائل تلك الأنباء.', ['مصادر'], []],
    // Dama Post, 2024; Turkey Now, 2019: a name-giving word past «أن» names what was said, not the source.
    ['أفادت وسائل إعلام أن ما تسمى “الإدارة الذاتية الكردية” تدرس تأجيل الانتخابات.', ['وسائل إعلام'], []],
    ['وأوضحت مصادر، أن سيدة تركية تدعى “جيهان غونش” وطفل أصيبا بجروح.', ['مصادر'], []],
    // Welati News, 2019: «دون أن يذكر اسمه» withholds a name, as «لم يذكر اسمه» does.
    ['فصرّح أحد المزارعين دون أن يذكر اسمه لـ ولاتي نيوز (أنّ الحمولة كانت على عاتقهم وقد دفعوا مائة ليرة عن الكيس).', ['دون أن يذكر اسمه'], [['مائة ليرة', 'anonymous']]],
    // Syria News, 2016: where the shelling came from is no source of it; «وردت على مصادر النيران».
    ['وبحسب المصادر فإن مصدر القصف هو طيران التحالف الدولي.', ['المصادر'], []],
    ['وردت القوات على مصادر الهجوم بالأسلحة الثقيلة.', [], []],
    ['وقال مرصد الشمال لحقوق الإنسان، اليوم الثلاثاء، إن 40 مقاتلاً أعيدوا.', [], [['40 مقاتلاً', 'named']]], // Alyaoum24, 2019: the day is no part of the name
    // NAN Media, 2023: the observatory's own sources are the observatory speaking (`ownSources`: of 16 such uses on dev,
    // readers left 11 unmarked as vague sources), while a ministry's stay unnamed.
    ['ووفقا لمصادر المرصد السوري، فإن من بين القتلى 7 عناصر.', [], [['7 عناصر', 'named']]],
    ['ووفقا لمصادر وزارة الخارجية، فإن من بين القتلى 7 عناصر.', ['لمصادر'], [['7 عناصر', 'vague']]],
    ['ودوى انفجار عنيف في الموقع، فيما لم ترد معلومات عن سقوط خسائر بشرية.', [], []], // Balki News, 2025: no report is no source
    ['ولا معلومات عن مصيره حتى اليوم.', [], []],
    ['وسقطت قذائف على القرية، دون ورود أنباء عن وقوع ضحايا في صفوف المدنيين.', [], []], // Elmwatin, 2018: a word of coming after the negation
    // A report the negated verb says was not given, a few words on (Al-Shorouk, 2021; CRI, 2023; Daily Sabah, 2019; Rudaw, 2023).
    ['تحطمت مروحية تابعة للقوات الروسية، فيما لم ترد للمرصد معلومات مؤكدة عن أسباب سقوط الطائرة.', [], []],
    ['وسقطت قذائف صاروخية مصدرها الأراضي العراقية، دون أن ترد على الفور معلومات عن خسائر بشرية.', [], []],
    ['ولم يقدم ريان معلومات عن عدد القتلى، بينما ذكرت بعض وسائل الإعلام أن أربعة جنود أمريكيين قتلوا في الهجوم', ['وسائل الإعلام'], [['أربعة جنود', 'vague']]],
    ['لكن لم يتم نشر الإحصائيات بشكل رسمي حتى الآن.', [], []],
    // «لا» before a verb of going on says «still»: the reports go on being given.
    ['لا تزال التقارير تشير إلى سقوط 10 قتلى في القرية.', ['التقارير'], [['10 قتلى', 'vague']]],
    // A cue between that is not the negated verb tells of its own (Ajloun News, 2021).
    ['لم يمضِ أسبوع حتى اعلنت وسائل الاعلام عن تعرض القاعدة الأميركية لهجوم.', ['وسائل الاعلام'], []],
    ['وسط ورود أنباء عن مقتل 3 عناصر.', ['أنباء'], [['3 عناصر', 'vague']]], // Dama Post, 2023: reports that came are unnamed ones
    // Anadolu, 2022: a report is of the source that got it.
    ['وبحسب معلومات حصلت عليها الأناضول، قتل 3 عناصر.', [], [['3 عناصر', 'named']]],
    ['ووفق المعلومات التي حصل عليها المرصد السوري، قتل 8 مدنيين.', [], [['8 مدنيين', 'named']]],
    ['وأشار المرصد إلى أن معلومات وصلته تفيد بوجود مخطط.', [], []], // Emarat Alyoum, 2018: information the observatory got is the observatory's
    ['ووفق المعلومات التي لديه، أشار إلى أن الهجوم فشل.', [], []], // Baghdad Today, 2022
    // An adjective may stand between the report and the word of receiving (Rudaw, 2023; IFM, 2021); «لدى» before a
    // named source is one (Rudaw, 2014); what is available to no one named stays unnamed (Al-Iraq Net, 2021).
    ['وبحسب معلومات أولية حصلت عليها شبكة رووداو الإعلامية، فقد قُتل 14 شخصاً حتى الآن في القصف التركي أمس الأحد', [], [['14 شخصاً', 'none']]],
    ['عدد الاطفال العالقين في بؤر التوتر حسب المعطيات المتوفرة لديهم يبلغ 120 طفلا دون سن ال13', [], [['120 طفلا', 'none']]],
    ['ووفقا للمعلومات المتوافرة لدى شبكة رووداو، فإن تلك القوة المؤلفة من 150 عنصراً من البيشمركة', [], [['150 عنصراً', 'named']]],
    ['وتم التحضير لهذا الهجوم بحسب المعلومات التي حصلنا عليها من أسرى التنظيم المهاجمين', [], []], // Syria Today, 2022
    ['وبحسب المعلومات المتوفرة فإن القصف استهدف مواقع لكتائب حزب الله العراقي', ['المعلومات'], []],
    // 7al, 2019: a named person who is one of the residents is the source.
    ['ووفق “خالد أسعد” من أهالي رأس العين، فإن محلين نهبا.', [], []],
    ['وفق ما روى لـ"المدن" أحد شهود العيان.', ['شهود العيان'], []], // Al-Modon, 2019: the outlet told is no person
    // Xinhua, 2016: the state's own media, named by «الرسمي» with the article; «إعلام رسمي» is some state's.
    ['قتل 18 شخصا بينهم اطفال اليوم في مدينة حلب، بحسب الاعلام الرسمي.', [], [['18 شخصا', 'named']]],
    ['وقتل 3 مدنيين بحسب ما ذكر الإعلام الرسمي السوري.', [], [['3 مدنيين', 'named']]], // Ksaplayers, 2022
    ['وقتل 3 مدنيين بحسب إعلام رسمي.', ['إعلام رسمي'], [['3 مدنيين', 'vague']]],
    // Arabi Post, 2019: accounts that pass a statement on carry it; the statement's author is the source.
    ['وتبنى داعش في بيان نقلته حسابات مختلفة على تطبيق تلغرام الهجوم.', [], []],
    ['وبحسب بيان رسمي نشرته معرفات تنظيم "داعش"، قتل 23 عنصراً.', [], [['23 عنصراً', 'named']]], // Qasioun, 2024
    // A report's owner past an adjective, written onto «لـ» (onto «بـ» after «خاصة»), is named (Al-Baath Media, 2018; Syria
    // Roze, 2015; Al3omk, 2019); an outlet's is its own unnamed information (Enab Baladi, 2022).
    ['ووفق الاحصاءات النهائية لمديرية زراعة الحسكة زرع خلال الموسم الجاري نحو 8600 هكتار.', [], [['نحو 8600 هكتار', 'named']]],
    ['وحسب إحصائيات رسمية للنظام السوري عام 2010 يعيش في المدينة نحو 28 ألف نسمة.', [], [['نحو 28 ألف نسمة', 'named']]],
    ['وتشير إحصائيات خاصة بالتنسيقية الوطنية لعائلات العالقين والمعتقلين المغاربة في سوريا والعراق، إلى وجود 97 امرأة مغربية.', [], [['97 امرأة', 'named']]],
    ['وبحسب معلومات متقاطعة لعنب بلدي، فإن 3 عناصر قتلوا.', ['معلومات'], [['3 عناصر', 'vague']]],
    // The one a report was given out by, past a verb carrying its pronoun, a preposition carrying it or «الصادرة عن»
    // (Arab Khabar, 2025; Furat, 2021; Shafaq News, 2025; El Manshar, 2025); unnamed, it is the source (Orient, 2017).
    ['ووفق إحصائيات أوردتها التنسيقية الوطنية للعالقين والمحتجزين بسوريا والعراق، فإن 135 رجلاً لا يزالون في سجون.', [], [['135 رجلاً', 'named']]],
    ['وبقي في المخيم نحو 15698 عائلة بحسب الإحصائيات التي صرحت بها إدارة المخيم التابع لقسد.', [], [['نحو 15698 عائلة', 'named']]],
    ['ووفقاً لمعلومات أفاد بها المرصد، فإن الهجوم أسفر عن مقتل 5 من عناصر قوات سوريا الديمقراطية.', [], [['5 من عناصر', 'named']]],
    ['كشفت المعلومات الصادرة عن قوى الأمن الداخلي أن عمليات مكافحة المخدرات استهدفت 40 متهماً.', [], [['40 متهماً', 'named']]],
    ['وتفيد المعلومات التي نشرتها مواقع مقربة من النظام أن 3 عناصر قتلوا.', ['مواقع مقربة'], [['3 عناصر', 'vague']]],
    ['وبحسب المعلومات التي أعلنتها وزارة الدفاع الروسية فإن التعزيزات تضم 6 مروحيات.', [], [['6 مروحيات', 'named']]], // Xwebun, 2022: a body named by its title
    ['وبحسب معلومات كُردووتش فإن سيارة الآساييش تجاهلت نقطة تفتيش، فقُتل عنصرين من الآساييش.', [], [['عنصرين', 'named']]], // KurdWatch, 2016: an outlet the lists name
    // Words after a verb of saying that are no speaker: an accusative (Al-Azmenah, 2018; Kassioun, 2019), a word pointing
    // back to what was said (Islamist Movements, 2016), the reason told of (Iqtisadi, 2021), things of a place (Asia News, 2025).
    ['وكانت وسائل إعلام سوريّة قد أكّدت أيضاً، أنَّ الجيش السوريّ عثر على مقبرةٍ جماعيّةٍ، وانتُشِلَ منها جثامين 60 شهيداً.', ['وسائل إعلام'], [['60 شهيداً', 'vague']]],
    ['ووصل الأمر إلى أن أحد المسيطرين على بئر نفطٍ، كتب لوحةً عليه تقول: «بير اللي خلّفني» وآخر أحرق حوالي مليون ومئتي ألف ليرة.', [], [['حوالي مليون ومئتي ألف ليرة', 'none']]],
    ['كما احتجز تنظيم "داعش" الأحد، 400 مدني، بينهم أطفال ونساء، حسبما أفاد بذلك النشطاء.', ['النشطاء'], [['400 مدني', 'vague']]],
    ['ربما توضح سبب غض النظر الامريكان عن تعامل قوات قسد النفطية، ففي 9/9/2021 بلغت كمية المستخرجة 315 صهريج نفط خام.', [], [['315 صهريج', 'none']]],
    ['وقد سجلت المناهل هناك، وعددها نحو 58، انخفاضًا حادًا في كميات المياه.', [], [['نحو 58', 'none']]],
    ['وقالت حسابات مختلفة على تطبيق تلغرام إن 4 جنود قتلوا.', ['حسابات'], [['4 جنود', 'vague']]],
    [
      'قتل 61 عنصراً من القوات الكردية و5 مدنيين، على ما أفاد المرصد السوري لحقوق الإنسان.',
      [],
      [
        ['61 عنصراً', 'named'],
        ['5 مدنيين', 'named'],
      ],
    ], // a source after «على ما أفاد»
    ['يذكر أن مخيم الهول يحوي أكثر من 72 ألف شخص، وفقاً لإدارة المخيم.', [], [['أكثر من 72 ألف شخص', 'named']]], // the camp's administration is named
    ['وأعلن الإعلام الحربي عن فرار نحو 150 مسلحاً من البوكمال.', [], [['نحو 150 مسلحاً', 'named']]],
    ['وقال شاهد عيان أن الآلاف فروا من مدينة رأس العين.', ['شاهد عيان'], [['الآلاف', 'vague']]], // Ajel, 2019: an eyewitness, not a name
    ['مسؤول أمريكي: نحو 200 سجين من تنظيم الدولة الإسلامية فروا من سجن الشدادي', ['مسؤول'], [['نحو 200 سجين', 'vague']]], // Swissinfo, 2026: a headline's unnamed speaker
    [
      'وفقاً للمرصد السوري لحقوق الإنسان فإن عدد القتلى بلغ 90 قتيلاً، هم:\n9 مدنيين بينهم 5 أطفال.',
      [],
      [
        ['90 قتيلاً', 'named'],
        ['9 مدنيين', 'named'],
        ['5 أطفال', 'named'],
      ],
    ], // Xwebun, 2023: a line ending with a colon goes on in the next
    ['المصدر: دبي - قناة العربية\nأعدم مقاتلون 9 مدنيين.', [], [['9 مدنيين', 'none']]], // a credit line, not a source of the claim
    [
      'أعلنت هيئة العمليات في الجيش السوري أن قسد استهدفت مواقع الجيش. وأكد البيان أن هذا التصعيد أدى إلى تدمير 4 آليات عسكرية، مشيراً إلى أن الجيش يدرس خياراته.',
      [],
      [['4 آليات', 'named']],
    ], // Yalla News, 2026: the statement carries its author on, before «مشيراً»
  ])('«%s»', (text, sources, figures) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(sources);
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual(figures);
  });

  test('a definite source names again the last one with its head word, not the first (ADAR Press, 2023)', () => {
    const text =
      'قال مصدر من لجنة محروقات الحسكة إن التوزيع توقف.\n\nأكد مصدر في إدارة المحروقات رفع الأسعار.\n\nوقال المصدر، الذي فضل عدم نشر اسمه، إن سعر المازوت ارتفع إلى 525 ليرة.';
    expect(findings(text, 'source').map((x) => [x.text, x.attribution])).toEqual([
      ['مصدر', 'vague'],
      ['مصدر', 'anonymous'],
      ['المصدر', 'anonymous'],
    ]);
  });
});

describe('sources: the people an act falls on are no source', () => {
  test.each([
    // (Welateme, 2022; Arabic Post, 2023; Raqqa Post, 2022; Syria News, 2022.)
    ['فهو يطالب بإطلاق سراح الإعلاميين باور وفخري، والكف عن اعتقال أصحاب الرأي', []],
    ['قالت القيادة المركزية الأمريكية إن غارة أسفرت عن مقتل أحد قادة تنظيم الدولة "داعش" في سوريا', []],
    ['وارتفعت وتيرة عمليات استهداف قادة من “قسد”، منذ أن أعلن الرئيس التركي', []],
    ['أعلن التحالف الدولي عن اعتقال قيادي وصف بأنه بارز في تنظيم "داعش" خلال غارة', []],
    // Someone who tells of an act is still a source (Eye of the Euphrates, 2022; Al-Hal Net, 2021).
    ['وكشفت مصادر محلية لشبكة "عين الفرات" أن التوتر ساد أرجاء المنطقة، عقب مقتل شخصين', ['مصادر']],
    ['وقال ناشطون إن الحملة أسفرت عن اعتقال عشرات الشبان', ['ناشطون']],
  ])('«%s» → %j', (text, sources) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(sources);
  });
});

describe('sources: words right after a preposition are its object, no subject of a verb further on', () => {
  test.each([
    ['قبل يومين، طلبت المليشيات الإيرانية من أهالي مدينة البوكمال التجمع لمشاهدة عملية اعدام من قالت إنهم عملاء', []], // Al-Modon, 2019
    ['والقوات العراقية طلبت من الأهالي حماية أنفسهم والابتعاد قدر الإمكان عن وحدة الدفاع عن سنجار، ويقول قائد قوات إيزدخان', []], // Gulan Media, 2022
    ['ولاقى القرار ردود أفعال غاضبة على صفحات التواصل الإجتماعي ، حيث وصف بعض من سكان كوباني الإدارة بالفاسدة', ['سكان']], // Kurd Street, 2022
    // Drawn from a group, or described by a verb right after them, they still tell (Al-Akhbar, 2020; Arab Khabar, 2023).
    ['تواصلت «الأخبار» مع عدد من سكان القرية الذين رووا تفاصيل الحادثة', ['سكان']],
    ['ونقلت صحيفة "الوطن" السورية معلومات من مصادر موثوقة تفيد بأن مسلحي العشائر نجحوا في السيطرة على جزء من بلدة ذيبان', ['مصادر']],
  ])('«%s» → %j', (text, sources) => {
    expect(findings(text, 'source').map((x) => x.text)).toEqual(sources);
  });
});
