/**
 * Who a figure is attributed to, on phrases in the styles of real outlets: sources introduced
 * by «وفق», «أحصى», «وثّق», «نشرت», a speaker carried on by «وأكد» + a name, agencies that are
 * named sources, and vague words that are not sources.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { builtinTermList, compileLexicon } from '../../lib/terms/lexicon';
import type { Finding } from '../../lib/model/report';
import { findingOn, findings } from '../helpers/find';

const figure = (text: string, starts: string) => findings(text, 'figure').find((f) => f.text.includes(starts));
/** Whether a finding is another's account: quoted, or reported in the outlet's wording. */
const reported = (f: Finding | undefined) => f?.quoted === true || f?.paraphrased === true;
const sources = (text: string) => findings(text, 'source').map((f) => [f.text, f.attribution]);

describe('a figure takes the source that introduces it', () => {
  test.each([
    ['قتل 12 مدنياً في القصف، وفق المرصد السوري لحقوق الإنسان.', '12', 'named'],
    ['وأحصى المرصد السوري 170 عملية قامت بها خلايا التنظيم منذ مطلع العام.', '170', 'named'],
    ['وثّق نشطاء المرصد السوري مقتل 20 عنصراً من قوات النظام.', '20', 'named'],
    ['نشرت وكالة أنباء هاوار صوراً لـ 30 أسيراً من مرتزقة داعش.', '30', 'named'],
    ['وأحصت نورث برس فقدان 13 مدنياً لحياتهم وإصابة 18 آخرين.', '13', 'named'],
    ['استشهد 39 شخصاً وأصيب 43 آخرون، وفق ما أفادت به قناة «المسيرة».', '39', 'named'], // Al-Akhbar, 2018
    // The outlet's distancing between the cue and the source leaves the source the claim's (Al-Alam, 2018).
    ['استشهد 16 مدنيا الجمعة جراء غارة تركية استهدفت المستشفى الرئيسي في مدينة عفرين، وفق ما أفاد ما يسمى بـ"المرصد السوري لحقوق الانسان".', '16', 'named'],
    // «تليفزيون», the Egyptian spelling, is an outlet's title (People's Daily, 2017).
    ['لقى ما لا يقل عن 14 مدنيا مصرعهم اليوم (الاثنين) بشن ضربة جوية جديدة، وفقا لما ذكره تليفزيون (سما) القريب من الحكومة السورية.', '14', 'named'],
    ['وقال يلديز إن أكثر من 40 ألف شخص قتلوا في الهجمات.', '40', 'named'], // a speaker no list knows
    ['قال المتحدث باسم قسد فرهاد شامي إن الهجوم أسفر عن مقتل 5 عناصر. وأكد شامي أن 3 مدنيين أصيبوا.', '3', 'named'],
    ['وقال المرصد في بيان إن 7 عناصر قتلوا في الهجوم.', '7', 'named'],
    // The name runs to the first word that is none; when and where it was said come before «إن».
    [
      'وقالت دائرة العلاقات الخارجية في الإدارة الذاتية في بيان لها، اليوم الثلاثاء، إن ملف أكثر من 10 آلاف مقاتل من تنظيم #داعش، بالإضافة الى عشرات الآلاف من عوائلهم «هو ملف خطير جداً».',
      '10',
      'named',
    ], // Al-Hal, 2020
    [
      'وقال عبدالرحمن اليوم الإثنين في لقاء مع قناة ” الغد العربي ” أن هناك مجموعة من المرتزقة قد غادرت ليبيا الأيام الماضية وعادت إلى سوريا ليبلغ الإجمالي 15 ألف مرتزق .',
      '15',
      'named',
    ], // Al-Marsad, 2020
    ['بدوره أوضح الفلاح مسعود رضوان سليمان من قرية سنجق سعدون التابعة لمدينة عامودا أنه يزرع 150 دونم مروي من القمح.', '150', 'named'], // SMART News, 2018
    // «المتحدث الرسمي باسم» a body is its spokesman, whose name may follow between commas (Zagros, 2021).
    ['أعلن المتحدث الرسمي باسم التحالف الدولي، العقيد واين ماروتو، اليوم الخميس (1 نيسان 2021)، أن زعيم خلية في داعش قد اعترف بارتكاب 3 جرائم قتل في المخيم.', '3', 'named'],
    ['وقال الناطق الرسمي باسم وزارة الدفاع، في بيان، إن قواتها دمرت 4 آليات.', '4', 'named'],
    ['أفادت مصادر محلية بمقتل 4 عناصر من قسد.', '4', 'vague'],
    ['وأكد ناشطون أن عشرات مازالوا تحت الأنقاض، في حين أشار آخرون إلى أن الحصيلة ارتفعت إلى 125 شخصًا.', '125', 'vague'], // Enab Baladi, 2016: others, unnamed
    ['وبحسب المعلومات الواردة من مصادر أمنية، فإن 6 عبوات زرعت في السوق.', '6', 'vague'],
    // «مصادره»: an outlet's own sources, unnamed (Eye of the Euphrates, 2023).
    ['وأفاد موقع "العربي الجديد" نقلًا عن مصادره، بأن "عنصرين اثنين من المليشيات المدعومة من "الحرس الثوري الإيراني" قُتلا ليل الخميس".', 'اثنين', 'vague'],
    ['وقال ناشط حقوقي -فضّل عدم كشف اسمه- إن "قسد" اعتقلت 3 شبان.', '3', 'anonymous'],
    // «وأضاف المصدر» continues the source before it, whose name was withheld (Syria TV, 2024).
    ['وأفاد ناشط حقوقي -فضّل عدم كشف اسمه- بأنّ قسد اعتقلت طفلة. وأضاف المصدر أن قسد احتجزت ثلاثة أفراد.', 'ثلاثة', 'anonymous'],
    ['أفادت مصادر محلية بمقتل 4 عناصر. وأضاف المصدر أن 3 مدنيين أصيبوا.', '3', 'vague'],
    // «كتبت», «غرّد»: writing and posting are saying; the Red Cross and the Red Crescent are named sources (Al-Akhbar, 2018).
    ['وكتبت اللجنة الدولية للصليب الأحمر في اليمن، في تغريدة عبر «تويتر»: «عشرات القتلى والجرحى في هجوم على باص».', 'عشرات', 'named'],
    ['وغرّد الهلال الأحمر العربي السوري بأن 20 جريحاً نقلوا إلى المشفى.', '20', 'named'],
    // A post or a tweet is a statement: who posts it is a source (Syria TV, 2020).
    ['ودعا الناشطون في تغريدات على تويتر إلى محاسبة نظام الأسد، حيث راح ضحية المجزرة 495 مدنيا.', '495', 'vague'],
    // A name given as a speaker («وقال حسو لشبكة …، إن», «مدير المكتب الإعلامي، بديع حسو،») is a source when it comes back with a cue (Rudaw, 2021).
    ['وقال حسو لشبكة رووداو الاعلامية، اليوم الثلاثاء، إن 5 صحفيين سيطلق سراحهم.', '5', 'named'],
    ['أفاد مدير المكتب الاعلامي في اقليم الجزيرة، بديع حسو، بورود معلومات خاطئة.\nحسو، اشار الى اعطاء تعليمات باطلاق سراح الصحفيين الخمسة الآخرين معه.', 'الخمسة', 'named'],
    ['وقال حسو لشبكة رووداو إن الاعتقال كان خطأ.\nحسو، اشار الى اعطاء تعليمات باطلاق سراح الصحفيين الخمسة الآخرين معه.', 'الخمسة', 'named'],
    ['وقال لشبكة رووداو الاعلامية إن 5 صحفيين سيطلق سراحهم.', '5', 'none'], // no name before what he was told to
    ['وقال خلال مؤتمر صحافي إن 5 مدنيين قتلوا في القصف.', '5', 'none'], // when he spoke, not who
    ['ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، وقالت إن 5 مدنيين قتلوا.', '5', 'none'], // no one at all
    // One of a group is no one named (WFSP, 2017) …
    ['وقال أحد الأطفال النازحين: "تقاضى المهرب 300 دولار عن كل فرد منا".', '300', 'vague'],
    ['وقال أحد الأطفال النازحين إن المهرب تقاضى 300 دولار عن كل فرد.', '300', 'vague'],
    // … unless the name is given right after (Eqtsad, 2017), and not a name that starts the same way.
    ['وكشف أحد المواقع الموالية للنظام والذي يدعى "سينسيريا" أن 300 عنصر انشقوا.', '300', 'named'],
    ['وقال أحمد الحمداني إن المهرب تقاضى 300 دولار عن كل فرد.', '300', 'named'],
    // A longer name and title, set off by a comma from what it was told to (Shahen News, 2021) …
    ['وقال الملازم في شرطة نينوى جمال الحمداني، لمراسل الأناضول، إن 94 أسرة وصلت إلى المخيم.', '94', 'named'],
    // … or with no comma, within eight words of the verb (Smart, 2019) …
    ['وقال الإداري في "البيت الإيزيدي" إلياس سيدو بتصريح إلى "سمارت" إنهم سلموا 13 طفلا و14 امرأة.', '14', 'named'],
    // … not a clause that tells nobody, nor one beyond the name's reach.
    ['وقال الإداري في البيت الإيزيدي الذي زار المخيم أمس مع وفد من المنظمة بتصريح إلى سمارت إن 13 طفلا سلموا.', '13', 'none'],
    ['وقال الملازم في شرطة نينوى جمال الحمداني، في المخيم، إن 94 أسرة وصلت إلى المخيم.', '94', 'none'],
    ['وقال جمال الحمداني الذي رافق القافلة التي وصلت من المخيم بعد رحلة طويلة جدا ومرهقة، لمراسل الأناضول، إن 94 أسرة وصلت إلى المخيم.', '94', 'none'],
    ['وأطلق حسو سراح الصحفيين. حسو، اشار الى اعطاء تعليمات باطلاق سراح الصحفيين الخمسة الآخرين معه.', 'الخمسة', 'none'], // never introduced as a speaker
    ['وكانت مواقع إيرانية اعترفت قبل يومين بمقتل 5 مرتزقة من ميليشيا فاطميون.', '5', 'vague'],
    // «كان» before the source and «قد» before its verb frame a long description as the verb's subject (Elzman News, 2023) …
    ['وكان مصدر طبي في الادارة الذاتية لمناطق شمال شرق سوريا قد قال في وقت سابق اليوم "أدى القصف التركي اليوم إلى فقدان 7 اشخاص لحياتهم".', '7', 'vague'],
    ['وكان المرصد السوري لحقوق الإنسان ومقره بريطانيا ويعتمد على شبكة من المراسلين قد أعلن مقتل 9 عناصر.', '9', 'named'],
    // … and «كان» opening the sentence does so with no «قد», up to a relative pronoun (Jisr TV, 2020; Al-Anba, 2026).
    [
      'وكانت هيئة الصحة فيما تسمى "الإدارة الذاتية لشمال وشرق سوريا" الجناح السياسي لمليشيا "قسد" الانفصالية أعلنت في وقت سابق اليوم السبت تسجيل 47 إصابة جديدة بفيروس كورونا.',
      '47',
      'named',
    ],
    ['وكانت هيئة العمليات في الجيش السوري اتهمت «قسد» بخرق اتفاق وقف إطلاق النار واستهداف بأكثر من 25 مسيرة انتحارية من نوع FPV.', '25', 'named'],
    ['وكانت مصادر محلية قالت للأناضول، إن السعودية أرسلت مساعدات ضمت 20 سيارة إسعاف.', '20', 'vague'], // Turkey Alaan, 2018
    ['وكانت مصادر محلية في البلدة التي أعلنت الإدارة حظر التجول فيها غائبة عن تسجيل 47 إصابة.', '47', 'none'],
    // … not when the verb of saying has a subject of its own, or stands in a clause of its own.
    ['وكان مصدر طبي في الادارة الذاتية لمناطق شمال شرق سوريا يعمل في المشفى حين قال الأطباء "فقد 7 اشخاص حياتهم".', '7', 'none'],
    ['وكان مصدر طبي في الادارة الذاتية لمناطق شمال شرق سوريا غائباً، وقد قال الأطباء "فقد 7 اشخاص حياتهم".', '7', 'none'],
    ['وسقط 9 قتلى في الاشتباكات.', '9', 'none'],
    // «علمت»: what an outlet or a body learned is its account, or that of whom it learned it from (Linga, 2015; Enab Baladi, 2016).
    ['علمت الشبكة الآشورية لحقوق الإنسان أن تنظيم الدولة سيطر فجر اليوم على ثلاث بلدات آشورية.', 'ثلاث', 'named'],
    ['وعلمت عنب بلدي من ناشطين في الحسكة، أن 12 عنصرا انشقوا.', '12', 'vague'],
    // «علم» learns only with «أن» after it (SOHR, 2018), and never with the article: a flag, then, however an «أن» follows (Kalam fi Siyasa, 2019).
    ['علم المرصد السوري لحقوق الإنسان أن 3 أطفال على الأقل استشهدوا جراء إصابتهم بانفجار لغم.', '3', 'named'],
    ['وعلم الجيش السوري الحر يرفرف فوق 12 قرية.', '12', 'none'],
    ['ووصلت 6 عربات ترفع العلم الروسي إلى القرية، وان الشرطة أنزلت أعلامها عن 2 عربة.', '2', 'none'],
    // (A flag is no verb of learning: «رفعوا علم الثورة» cites no one.)
    ['ورفع المحتجون علم الثورة السورية في 12 قرية.', '12', 'none'],
    // «قدّر»: an estimate is a source's (Al-Monitor, 2019).
    ['قدّر المرصد السوريّ لحقوق الإنسان عدد النازحين بـ 60 ألف نازح منذ بدء المعارك.', '60', 'named'],
    // A compound name («عبد الرحمن») said once after a title is a speaker when it comes back (AFP, 2017).
    ['وقال مدير المرصد رامي عبد الرحمن لوكالة فرانس برس إن الغارات قتلت 17 مدنيا. ومن بين القتلى، وفق عبد الرحمن، 12 شخصا قتلوا في غارة.', '12', 'named'],
    // … also when the body's name runs on and a comma stands before «إن» (Emarat Al Youm, 2019) …
    ['وقال مدير المرصد السوري رامي عبدالرحمن، إن «تفجيرين استهدفا شارع النور». وأسفر التفجيران عن «مقتل تسعة مدنيين»، وفق عبدالرحمن.', 'تسعة', 'named'],
    // … also a name in quotation marks of its own further on in the title's clause, before «أن» (Rozana, 2017; Al-Hal, 2021) …
    ['وأعلن المتحدث باسم الأمم المتحدة "ينس ليركه" في جنيف أن شاحنات محملة وصلت. وأجرت الامم المتحدة بالاجمال 309 عمليات إلقاء مساعدات، بحسب ليركه.', '309', 'named'],
    [
      'إذ كشف رئيس مكتب الشؤون الزراعية في الاتحاد العام للفلاحين “محمد الخليف” أن إنتاج هذا العام وصل إلى 400 ألف طن. وما سوق في العام الماضي كان بحدود 160 ألف طن، بحسب الخليف.',
      '160',
      'named',
    ],
    // … not a word that only follows a title, with no «إن» after it.
    ['وقال مدير المرصد السوري رامي عبدالرحمن في القامشلي. وأسفر التفجيران عن «مقتل تسعة مدنيين»، وفق عبدالرحمن.', 'تسعة', 'none'],
    ['وأعلن المتحدث باسم الأمم المتحدة "ينس ليركه" في جنيف. وأجرت الامم المتحدة بالاجمال 309 عمليات إلقاء مساعدات، بحسب ليركه.', '309', 'none'],
    // A body's title alone, in quotation marks of its own, refers back to the body the lists name (Enab Baladi, 2023) …
    ['وثّقت الشبكة السورية لحقوق الإنسان اعتقال 2221 مدنيًا. أما "هيئة تحرير الشام"، فوثّقت “الشبكة” اعتقالها 202 شخص بينهم 13 طفلًا.', '13', 'named'],
    // … not before any body was named.
    ['أما "هيئة تحرير الشام"، فوثّقت “الشبكة” اعتقالها 202 شخص بينهم 13 طفلًا.', '13', 'none'],
    // «كما» carries the source on up to a source of the sentence's own further on (Enab Baladi, 2023) …
    [
      'وذكرت الشبكة السورية لحقوق الإنسان أن 1017 حالة على يد قوات النظام. كما اعتقلت قوات سوريا الديمقراطية 633 مدنيًا، متفوقة على الجيش الوطني، الذي وثّق المرصد السوري لحقوق الإنسان اعتقاله 369 حالة.',
      '633',
      'named',
    ],
    // … not after a sentence with no source.
    [
      'وقع 1017 حالة على يد قوات النظام. كما اعتقلت قوات سوريا الديمقراطية 633 مدنيًا، متفوقة على الجيش الوطني، الذي وثّق المرصد السوري لحقوق الإنسان اعتقاله 369 حالة.',
      '633',
      'none',
    ],
    // A verb of saying that opens its sentence with no subject carries the source before (Dar al-Hilal, 2019) …
    ['وذكرت وكالة الأنباء السورية أن القوات التركية احتلت البوابة. وأضافت الوكالة أن القوات قطعت الطريق. وأشارت إلى أن القوات الأمريكية نقلت 80 معتقلا من السجن.', '80', 'named'],
    // … not the outlet's own background in the passive (Anadolu, 2026).
    ['وذكرت قناة الإخبارية السورية أن المجرم وصل إلى الطبقة. يذكر أن أورال متهم في تفجير الريحانية الذي أسفر عن مقتل 52 مواطنا.', '52', 'none'],
    // A cue ends an agency's name: the source is the vague one after it (Golan Times, 2018).
    ['وذكرت وكالة «الأناضول» بحسب مصادر محلية أن هجوم التنظيم أسفر عن مقتل 5 عناصر.', '5', 'vague'],
    // A quotation opened by a colon is the speaker's named right after the verb of saying, up to a comma or a preposition (Netie News, 2022; Al-Siyasa, 2022; Shbab Bek, 2019).
    ['قال رامي عبد الرحمن ، رئيس المرصد السوري لحقوق الإنسان ومقره المملكة المتحدة: “قُتل ما لا يقل عن 28 من أفراد قوات الأمن الكردية”.', '28', 'named'],
    ['وقال غريفيث خلال جلسة دورية للمجلس مخصصة للجانب الإنساني من الملف السوري: "نحن قلقون بشدة بشأن مئات الأطفال الذين علقوا في حصار مرعب".', 'مئات', 'named'],
    ['وأعلن أبو الغيط، عن سعي تركيا لاقتلاع السكان، قائلا: «نزوح ما يقرب من 300 ألف مواطن».', '300', 'named'],
    // … not when «إن» opens what was said first, or the colon starts no quotation.
    ['وأكد عدد كبير من سكان القرى المجاورة: "قتل 12 شخصاً في القرية".', '12', 'none'], // no name in its first four words
    // A title one person holds, with the holder named beside it, is that named person (Lebanon Times, 2019; Wattan News, 2019).
    ['كشف مسؤول فريق الاستجابة الأولية في الرقة، ياسر الخميس، عن العثور على 200 جثة.', '200', 'named'],
    ['وقال عدنان عفرين القيادي في قوات سوريا الديمقراطية إن 50 مقاتلاً استسلموا.', '50', 'named'],
    // … or named right after the title's phrase with no commas, the telling after the name (Diyaruna, 2019).
    ['حيث قال الناشط من دير الزور جميل العبد لديارنا إنه منذ التظاهرات التي خرجت يوم الجمعة الماضي، وخلفت ثلاثة قتلى، يعمد النظام إلى تنفيذ حملة اعتقالات.', 'ثلاثة', 'named'],
    // … a title in construct with its holder named after it (Sawt Beirut, 2025).
    [
      'وحذر خبير البيئة بلند مالا من المشاكل الصحية، مشيرا إلى أن نصيب الفرد من انبعاثات غازات الاحتباس الحراري في شمال وشرق سوريا يتجاوز المتوسط العالمي بأكثر من 300 طن متري سنويا.',
      '300',
      'named',
    ],
    // … not a plural title, nor words set off after it that are no name (Okaz, 2026; Paltoday, 2014).
    ['وقال مسؤولون أكراد ونشطاء إن 50 مقاتلاً لم يتمكنوا من اختراق المدينة.', '50', 'vague'],
    ['وقال مسؤول محلي، اليوم الثلاثاء، إن 50 مقاتلاً استسلموا.', '50', 'vague'],
    // Reports said to come from a named body are that body's («صادرة عن», «واردة من»; Oido7, 2019).
    ['فر حوالي مئة ألف شخص من منازلهم في شمالي سوريا، وفقا لتقارير صادرة عن الأمم المتحدة.', 'مئة', 'named'],
    ['وأفادت معلومات واردة من مصادر محلية بمقتل 5 عناصر.', '5', 'vague'],
    ['وقال غريفيث خلال الجلسة: قتل 12 شخصاً في القرية.', '12', 'none'], // the colon opens no quotation
    // A speaker's name of up to seven words before «بأن» (Al Mamlaka TV, 2019).
    ['من جهتها، أفادت الشرطة المحلّية التابعة للسُلطات الكرديّة (أسايش) بأنّ 8 أشخاص أصيبوا بجروح طفيفة جرّاء التفجير.', '8', 'named'],
    // A body announcing «عن» what it did or found is the source, named by up to four words (Matn News, 2026; Tasnim, 2014).
    ['وفي سياق متصل، أعلنت لجنة الاستجابة في حلب عن استقبال 142 ألف نازح من حيّي الشيخ مقصود والأشرفية.', '142', 'named'],
    ['أعلنت عشائر في دير الزور عن تشكيل جيش يتألف من عشرة آلاف مقاتل لمحاربة التنظيم.', 'عشرة', 'named'],
    // … or its toll or arrest word with no «عن», after a comma or a time set off by commas (Syria Ex, 2019; Syasy, 2018; Howiya Press, 2019).
    ['أعلنت لجنة الإنقاذ الدولية، يوم الخميس، عن وفاة 12 شخصاً بعد وصولهم الليلة الماضية الى مخيم الهول.', '12', 'named'],
    ['من جهتها، أعلنت مليشيا "الحشد الشعبي" العراقية، مقتل 22 من مسلحيها، في قصف تعرضت له قواتها.', '22', 'named'],
    ['وأعلنت منظمة الإغاثة الدولية وفاة 12 شخصاً في المخيم.', '12', 'named'],
    // … not after a verb that announces nothing: «يدعى» names a man, who is not the source (Syria Trends, 2021).
    ['وقال إعلاميون إن أحد عناصر اللواء 46 يدعى (سيد راهي) قتل وجرح العشرات بقصف أمريكي.', 'العشرات', 'vague'],
    // … not a pronoun after a preposition (Al Souria, 2021; TRT Arabi, 2019).
    ['وأسفر القصف فور الإعلان عنه عن مقتل 4 عسكريين من الكتائب.', '4', 'none'],
    // «نقلت» with a count after its subject moves people, it passes nothing on (Al-Mirsad, 2025; Eye of Euphrates, 2021) …
    ['نقلت السلطات الطاجيكية 50 طفلا وامرأة من أسر داعش من سوريا إلى طاجيكستان يوم الخميس الماضي', '50', 'none'],
    ['نقلت الحكومة العراقية، خلال الـ24 ساعة الأخيرة، المئات من رعاياها من مخيم الهول التابع للإدارة الذاتية الكردية بريف الحسكة.', 'المئات', 'none'],
    // … not after media that pass on what they heard (Syriac Press, 2023).
    ['وفي هذا الصدد، نقلت وسائلُ إعلامٍ محلية، خروجَ العشراتِ من المحتجين في احتجاجاتٍ سلمية، وإغلاقاً للمحالِ التجاريةِ في “معبدة” و”كوباني” و”منبج”.', 'العشرات', 'vague'],
    // A claim of responsibility tells who did the deed; the toll the outlet gives of it after a
    // relative pronoun or a verb of result is the outlet's own (Sout Al-Omma, 2016; Quryna, 2020; Daily Sabah, 2019) …
    ['تبنى تنظيم «داعش» الإرهابي المسلح، الهجوم الانتحاري الذي أوقع 16 قتيلًا و40 جريحًا عشية عيد الفطر في حي الصالحية بمدينة الحسكة شمال شرق سوريا.', '16', 'none'],
    ['أعلن تنظيم داعش الإرهابي، اليوم الخميس، مسؤوليته عن هجوم على حافلة جنود سورية أدى إلى مقتل 40 عسكرياً، تابعين للجيش العربي السوري.', '40', 'none'],
    ['تبنى تنظيم داعش الثلاثاء هجوماً وقع في مدينة منبج في شمال سوريا، وتسبب بمقتل سبعة من عناصر ما يسمى بـ"مجلس منبج العسكري".', 'سبعة', 'none'],
    // … not the toll it claims, nor what it is said to have said (Palmyra News, 2022; Jadeed Al-Youm, 2023).
    ['تبنى تنظيم “الدولة الإسلامية” (داعش) مسؤولية مقتل 13 عنصرا من قوات النظام السوري في بادية محافظة الرقة.', '13', 'named'],
    ['وأعلن تنظيم داعش مسؤوليته عن الهجوم يوم الجمعة، قائلاً إنه نصب كميناً "لحافلتين عسكريتين" واستهدفهما "بأسلحة ثقيلة وقذائف صاروخية".', 'لحافلتين', 'named'],
    // … nor one after «موقعه» written «ه», its website, which gives no toll (Quryna, 2020, reworded).
    ['أعلن تنظيم داعش مسؤوليته عن هجوم على حافلة جنود سورية عبر موقعه وقتل 40 عسكرياً في الهجوم.', '40', 'named'],
    ['وقال أقرباء للعمال لنورث برس، إن المهاجمين أحرقوا 13 سيارة للقافلة.', '13', 'vague'], // YLK Media, 2024: relatives, none named
    // The outlet's own correspondent owns the information (Shafaq News, 2025).
    ['وبحسب معلومات مراسلنا، فقد نقلت روسيا أكثر من 100 آلية عسكرية من مناطق شمال شرق سوريا.', '100', 'named'],
    [
      'صحيفة "فورين أفيرز" الأمريكية عنونت مقالاً نشرته قبل أيام بـ"ماذا وراء التوغل التركي في سوريا؟" تحدثت فيه عن رغبة تركيا في إحداث تغيير ديموغرافي، بينما غفلت عن الإشارة إلى أن مليشيات YPG هي من هجّرت آلاف العوائل شمال سوريا.',
      'آلاف',
      'none',
    ],
  ])('«%s»: %s → %s', (text, starts, attribution) => {
    const f = figure(text, starts);
    expect(f, JSON.stringify(findings(text, 'figure'))).toBeDefined();
    expect(f!.attribution).toBe(attribution);
  });

  // A tally or report between «وفق»/«بحسب» and whoever published it («حصيلة», «تقرير», with words
  // describing it and a verb of publishing); a source with «لـ» after it is its author (Sauress,
  // 2016; Rojava TV, 2023; Al-Masryana, 2017).
  test.each([
    ['قتل 31 شخصاً وأصيب 170 آخرون بجروح جراء التفجيرين، وفق حصيلة أوردها الإعلام السوري الرسمي.', '170', 'named', 'الإعلام السوري الرسمي'],
    ['استهدفت دولة الاحتلال التركية 31 قرية في ناحيتي زركان وتل تمر، وفقا لحصيلة نشرتها وكالة هاوار.', '31', 'named', 'وكالة هاوار'],
    ['قتل 12 شخصاً، بحسب حصيلة جديدة للمرصد السوري لحقوق الإنسان.', '12', 'named', 'للمرصد السوري لحقوق الإنسان'],
    ['وبحسب حصيلة أعلنتها وزارة الصحة، قتل 12 شخصاً في القصف.', '12', 'named', 'وزارة الصحة'],
    ['قتل 12 شخصاً، بحسب الحصيلة السابقة للمرصد السوري لحقوق الإنسان.', '12', 'named', 'للمرصد السوري لحقوق الإنسان'], // a definite tally and a definite word describing it (the article is a prefix of the list)
    ['وأفادت حصيلة سابقة للمرصد السوري لحقوق الإنسان بمقتل 14 شخصاً على الأقل.', '14', 'named', 'للمرصد السوري لحقوق الإنسان'],
    ['وحذر تقرير لصحيفة "تايمز" البريطانية، من أن نحو 3 آلاف مقاتل أجنبي وجدوا ملاذا في الصحراء.', '3', 'named', 'لصحيفة "تايمز"'],
    // «آخر» before the tally, «صادرة عن» after it; a municipality is its author there, not a place (Rudaw, 2022).
    ['بات أكثر من 200 ألف شخص من سكان حي الشيخ مقصود يواجهون الخطر، يبلغ عددهم 31 ألف عائلة، وذلك بحسب آخر إحصائية صادرة عن بلدية الشعب في حلب.', '31', 'named', 'بلدية الشعب'],
    ['قتل 12 شخصاً، وفق أحدث حصيلة لبلدية القامشلي.', '12', 'named', 'لبلدية القامشلي'],
    // A statement's issuer after «لـ» written alone or «صادرة عن» is its source, carried on by «وجاء في البيان» (Enab Baladi, 2021; Al-Marjie, 2019).
    [
      'وأكد بيان لـ”الإدارة الذاتية” نقلته وكالة “هاوار” الإعلامية الاستهداف، اليوم، الخميس، 21 من تشرين الأول.\nوجاء في البيان أن القصف التركي أسفر عن إصابة الرئيس المشترك لـ”مجلس العدالة الاجتماعية”،بكر جرادة، ومقتل اثنين من عاملي الإدارة، وإصابة مدنيين بجروح.',
      'اثنين',
      'named',
      'الإدارة الذاتية',
    ],
    ['وبحسب بيانات صادرة عن «قسد»، فإن هناك ألفًا من عناصر التنظيم، بين رجال ونساء محاصرون داخل هذه البقعة.', 'ألفًا', 'named', 'قسد'],
    // A body's title named before, back before its verb of saying (Al-Hal, 2021; IFM, 2019).
    ['أكدت منظمة "سوريون من أجل الحقيقة والعدالة" اعتقال 108 أشخاص.\nالمنظمة وثّقت اعتقال ما لا يقل عن 17 شخصاً في منطقة نبع السلام.', '17', 'named', 'المنظمة'],
    ['دعت منظمة هيومن رايتس ووتش السلطات التونسية إلى العناية بالأطفال.\nذات المنظمة أشارت إلى أن 36 طفلا لازالوا عالقين في ليبيا.', '36', 'named', 'المنظمة'],
    ['المنظمة وثّقت اعتقال 17 شخصاً في منطقة نبع السلام.', '17', 'none', undefined], // no body named before
    // No one after the tally, or someone it was told to: no source.
    ['قتل 12 شخصاً، بحسب حصيلة غير نهائية.', '12', 'none', undefined],
    ['وقال لوكالة الأناضول إن 12 شخصاً قتلوا.', '12', 'none', undefined],
  ])('«%s»: %s → %s (%s)', (text, starts, attribution, source) => {
    const f = figure(text, starts);
    expect(f, JSON.stringify(findings(text, 'figure'))).toBeDefined();
    expect(f!.attribution).toBe(attribution);
    if (source) expect(f!.source?.text).toContain(source.replace(/^ل/, ''));
  });

  test('a title that names a place, after a preposition, is the place, not the source (Syria 24, 2020)', () => {
    const f = figure('وأفاد مراسل صحافي في محافظة الحسكة بأن أكثر من 100 مسلح قتلوا في الهجوم.', 'أكثر');
    expect(f?.source?.text).not.toBe('محافظة الحسكة');
    expect(figure('وأعلنت محافظة الحسكة أن 100 عائلة عادت إلى منازلها.', '100')?.source?.text).toBe('محافظة الحسكة');
  });
});

describe('vague and anonymous sources, and words that are not', () => {
  test.each<[string, [string, string][]]>([
    ['أفادت مصادر محلية من مدينة رأس العين / سري كانيه، أكدت أن القصف مستمر.', [['مصادر', 'vague']]],
    ['أفادت شبكات إخبارية محلية بانسحاب عناصر من الحي.', [['شبكات إخبارية محلية', 'vague']]],
    // An officer, a doctor, fighters or a citizen no one names (Al-Massa, 2014; Samh News, 2018; Hail Sound, 2015) …
    ['قال ضابط عسكري كردي إن تنظيم الدولة الإسلامية جلب مزيدا من الأسلحة.', [['ضابط', 'vague']]],
    ['وذكر طبيب عسكري روسي أن نحو 100 قتلوا.', [['طبيب', 'vague']]],
    ['قال مقاتلون أكراد إنهم تمكنوا من تأمين المدينة.', [['مقاتلون', 'vague']]],
    // … not the officer already named, soldiers withdrawn, or Doctors Without Borders.
    ['وأوضح الضابط في قوى الأمن الداخلي محمود الحسين، أن الحملة مستمرة.', []],
    ['وأعلن البيت الأبيض سحب جنود من شمال سوريا.', []],
    ['وأضافت أطباء بلا حدود أن مراكز الإيواء مكتظة.', []],
    // «أبلغت»: a verb of telling names the source right after it; a definite word there, or one
    // after the teller, is who was told (Syria Today, 2021; dev excerpts).
    ['وأبلغت مصادر متطابقة في القامشلي “المدن”، أن الاتفاق تم بين الطرفين.', [['مصادر', 'vague']]],
    ['ذكر تقرير إعلامي أن قسد نفذت حملة اعتقالات في الرقة.', [['تقرير إعلامي', 'vague']]], // Al-Shorouk, 2025: a report with no outlet named
    ['كما تواردت أنباء عن سماح قسد لبعض الشخصيات بالعودة.', [['أنباء', 'vague']]], // Al-Sharq News, 2019: «تواردت»
    // «وكالات»: news agencies no one names are a vague source; intelligence or relief agencies are not (Techwabar, 2019; Pel-CW, 2023).
    ['أفادت وكالات عربية وغربية بأن القوات التركية سيطرت على المدينة.', [['وكالات عربية وغربية', 'vague']]],
    ['وعاد حوالي 6621 نازح، وفقاً لما نقلته وكالات محلية.', [['وكالات محلية', 'vague']]],
    // People a speaker's words name by their trade or kind, no one named (Smart News, 2020; Sabr, 2011).
    ['وقال تجار مواد غذائية لـ "سمارت" الثلاثاء، إن سعر الكيلوجرام الواحد من السكر ارتفع بمقدار 20 بالمئة.', [['تجار مواد غذائية', 'vague']]],
    ['حيث تقول دوائر سياسة إنه (الإحصاء) استبعد عشرات الآلاف من الأكراد في محافظة الحسكة.', [['دوائر سياسة', 'vague']]],
    ['ويرى نقاد أن المهرجان يفتقد إلى وضع معايير حقيقية لتقييم القصائد.', [['نقاد', 'vague']]], // A24, 2020
    ['وقال نازحون من الحي لـ"سكاي نيوز عربية" إنهم سمعوا أصوات تفجيرات واشتباكات بين تنظيم "داعش" وقوات سوريا الديمقراطية.', [['نازحون من الحي', 'vague']]], // Al-Mustaqbal, 2022
    ['أفاد مراسل في الرقة بأن مؤسسة الحبوب التابعة لـ"الإدارة الذاتية" قد بدأت عمليات الاستلام.', [['مراسل في الرقة', 'vague']]], // Yalla Syria News, 2025
    ['أفادت صحف ألمانية بأن الغارة الأمريكية التي استهدفت مدرسة لنازحين بمدينة المنصورة، تمت بعد تزويدها بالصور من طائرات استطلاع ألمانية.', [['صحف ألمانية', 'vague']]], // Jisr TV, 2017
    ['من جانبهم أوضح ذوي الجرحى أن القصف التركي دمر بيوتهم، وان القصف لم يستهدف النقاط العسكرية.', [['ذوي الجرحى', 'vague']]], // Syriac Press, 2022
    ['كما ذكرت طواقم طبية وفرق إسعاف أن الكثير من الجرحى نُقلوا إلى المستشفيات.', [['طواقم طبية وفرق إسعاف', 'vague']]], // Mashaher, 2024
    // … not the outlet's own correspondent, its name after him (Al-Masdar, 2016).
    ['قال مراسل “المصدر” بريف الحسكة، إن طائرة شحن أمريكية هبطت ظهر اليوم داخل القاعدة الأمريكية في “مطار الرميلان” شرق الحسكة.', []],
    // Words of a source misspelt, one letter dropped or swapped (Darkamazi, 2024; Al-Alam, 2020).
    ['وأفاد مصد كوردي مطّلع أن اشتباكات عنيفة تجري بين قوات ‹قسد› والفصائل الموالية لتركيا بالأسلحة الثقيلة بالقرب من سد تشرين جنوبي منبج.', [['مصد', 'vague']]],
    ['وأشارت المصار إلى أن القوات نفذت حملة اعتقالات في صفوف المدنيين على خلفية الهجوم.', [['المصار', 'vague']]],
    // «مصادره»: his sources; written «ة», «مصادرة» is confiscation (Zagros News, 2026; Al-Mashareq, 2021).
    ['ونقل المرصد عن مصادره الخاصة بأن "اشتباكات عنيفة دارت في محيط السجن".', [['مصادره', 'vague']]],
    ['وقد أسفرت عمليتا دهم متزامنتان عن توقيف عدد من عناصر داعش ومصادرة أسلحة وذخائر ووثائق، بحسب ما ذكر مركز التنسيق والعمليات العسكرية التابع لقوات سوريا الديمقراطية.', []],
    // «معلومات مراسلنا»: the outlet's own correspondent's information, no unnamed source (Shafaq News, 2025).
    ['وبحسب معلومات مراسلنا، فقد نقلت روسيا أكثر من 100 آلية عسكرية من مناطق شمال شرق سوريا باتجاه قاعدتها الرئيسية في حميميم.', []],
    // «نقلت … عن»: a date with its day and number before «عن» leaves «نقلت» a verb of passing on (Enab Baladi, 2017).
    [
      'ونقلت وكالة “رويترز” اليوم، السبت 23 كانون الأول، عن قائد عسكري في “الحشد” قوله، إن القوات انتشرت على الحدود السورية لدعم قوات حرس الحدود العراقية.',
      [['قائد عسكري', 'vague']],
    ],
    ['وكشفت وكالات الاستخبارات الأمريكية عن تقديم الدعم للقادة.', []],
    // Reports already told of, or any at all: no new source (Agora, 2017; Altreeq, 2023).
    ['ولم يعلق التحالف الذي تقوده الولايات المتحدة بعد على تلك الأنباء، لكن سبق له أن أقر بسقوط مدنيين.', []],
    ['ولم تنشر وسائل الإعلام الرسمية السورية أي تقارير فورية عن الحادث.', []],
    // The definite official media are the state's own outlets, named; some official outlets, or
    // official estimates, are not (Al-Chourouk, 2019; Lnaiq, 2023; Afak, 2014).
    ['ذكرت وسائل الإعلام السورية الرسمية أن ثمانية مدنيين قتلوا في القصف.', []],
    ['واتهمت وسائل إعلام سورية رسمية الجيش الأميركي بالاستيلاء على صهاريج النفط.', [['وسائل إعلام', 'vague']]],
    ['وتشير التقديرات الرسمية إلى إنقاذ عشرات الآلاف.', [['التقديرات', 'vague']]],
    // A verb of saying after a relative pronoun on another noun has that noun for its subject; one
    // for people may describe the source (Global Voices, 2018; Al-Akhbar, 2020).
    ['وخلال فترة حكمه، أجبر تنظيم داعش سكان المدينة، التي أعلن أنها عاصمة الخلافة، على الالتزام بقوانينه.', []],
    ['وطالبت المنظمة التحالف بتجنب وقوع خسائر في صفوف المدنيين، والتحقيق في جميع التقارير التي تفيد بأن هجماته قد قتلت مدنيين.', []], // News Today, 2017
    ['تواصلت «الأخبار» مع عدد من سكان القرية الذين رووا أن النيران اشتعلت ليلاً.', [['سكان', 'vague']]],
    ['وانتشرت قوات قسد في محيط السجن وأبلغت الأهالي بضرورة التزامهم المنازل.', []],
    ['وفي السياق، أبلغت الوحدات الكردية أهالي قرية العويدية بضرورة الإخلاء.', []],
    [
      'وقال ناشط حقوقي -فضّل عدم كشف اسمه- إن الاعتقالات مستمرة.',
      [['ناشط حقوقي', 'anonymous']], // the marker is part of the source
    ],
    ['وقال مصدر عسكري، رفض الكشف عن اسمه لأسباب أمنية، إن القوات انسحبت.', [['مصدر', 'anonymous']]],
    // Agencies are named sources, not the vague «أنباء».
    ['وقالت وكالة أنباء هاوار إن القصف استهدف القرية.', []],
    ['وأعلن الجيش في بيان نقلته وكالة الأنباء الرسمية (سانا) فتح ممرين.', []],
    ['وذكرت الوكالة العربية السورية للأنباء (سانا) أن الطريق فتح.', []],
    // The observatory's own activists are the observatory.
    ['وبحسب نشطاء المرصد السوري، فإن القصف طال نحو 10 قرى.', []],
    // Initials withhold a name: an anonymous source, once; initials joined to them by «و» are the same source (Anadolu, 2019).
    ['وأشارت إفادات الإرهابيين "س. ت"، و"ع. ش" الفارين من صفوف التنظيم، إلى زرع متفجرات في الشوارع.', [['س. ت', 'anonymous']]],
    ['وأشارت إفادات الإرهابيين "س. ت"، و"هـ. ش" الفارين من صفوف التنظيم، إلى زرع متفجرات في الشوارع.', [['س. ت', 'anonymous']]],
    ['أطلق سراح المعتقل س. ت بعد أسبوع من اعتقاله.', []], // initials no cue introduces
    ['عاقبت المحكمة بالسجن سنة للمتهم "م.ف.م" جزار، وفق ما أعلنت النيابة.', []], // the accused, not a source
    ['وقال د. أحمد الحسن إن القصف مستمر.', []], // a title's abbreviation, then a name
    // «مواقع إيرانية» are websites only with a verb of saying right next to them; otherwise positions (Orient, 2017).
    ['وكانت مواقع إيرانية اعترفت قبل يومين بمقتل 5 مرتزقة من ميليشيا فاطميون.', [['مواقع إيرانية', 'vague']]],
    ['قصفت الطائرات الإسرائيلية مواقع إيرانية قرب دمشق، وأعلن الجيش الإسرائيلي أن الغارات أصابت أهدافها.', []],
    // What a quoted speaker cites is their word, not the outlet's source (Rudaw, 2021).
    ['وقال حسو لشبكة رووداو الاعلامية، اليوم الثلاثاء، إن "معلومات وردت الى الرفاق في جهاز الجريمة، تفيد بوجود اشخاص يتعاملون بالحشيشة".', []],
    // «الأهالي» doing something are people, not a source.
    ['وخرج الأهالي في مظاهرة ضد القصف التركي.', []],
    // A document its owner names, after it or by its pronoun, is the owner's (Al-Magala, 2026; Karam News, 2019; 3iun, 2019).
    ['وبحسب تقارير الشرطة، شارك 4300 شخص في برلين.', []],
    ['وحسب تقديرات اللجنة، يضم المخيم أكثر من 72 ألف شخص.', []],
    ['اتهمته بالتخلي عن الأكراد الذين فقدوا وفق تقديراتهم 11 ألف مقاتل.', []],
    ['ويقول المطران هيندو: "الآن، وحسب تقديراتنا، قد لا يتخطى عدد الرهائن 25".', []], // Coptic OCC, 2016: the speaker's own
    // A party's name or a named source right after it, article or not.
    ['وبحسب تقارير قسد، قتل 20 عنصراً من التنظيم.', []],
    ['وبحسب معلومات سانا، قتل 20 عنصراً من التنظيم.', []],
    // … not a relational adjective after it, which names no owner.
    ['وبحسب تقارير أممية، يضم المخيم 60 ألف شخص.', [['تقارير', 'vague']]],
    ['وبحسب تقارير تركية، يضم المخيم 60 ألف شخص.', [['تقارير', 'vague']]],
    ['وتشير التقديرات الدولية إلى نزوح 60 ألف شخص.', [['التقديرات', 'vague']]],
    // «وأضاف المصدر» goes on citing the same source: one more mention of it.
    [
      'وقال مصدر محلي إن الدورية انسحبت. وأضاف المصدر أن الطريق أغلق.',
      [
        ['مصدر', 'vague'],
        ['المصدر', 'vague'],
      ],
    ],
    // Only a word for any source carries on another kind: «الناشطون» after a news site are new (Fast News, 2015).
    [
      'وقالت مصادر محلية إن البلدة معقل للتنظيم. وأضاف الناشطون أن الاشتباكات مستمرة.',
      [
        ['مصادر', 'vague'],
        ['الناشطون', 'vague'],
      ],
    ],
  ])('«%s»', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});

describe('quotations', () => {
  test.each([
    // A label right after «ما وصفه» is the describer's words, as if quoted (Press Shia, 2019; Hezbollah on the US).
    ['وأطلقت تركيا عملية بذريعة القضاء على ما وصفته بـ الممر الإرهابي، الذي يحاول المسلحون الأكراد إنشاءه.', 'الممر الإرهابي', true],
    ['وانتقد حزب الله ما وصفه بالعدوان الأمريكي على العراق.', 'بالعدوان', true],
    // The present tense as well: «ما تصفه» (Press Shia, 2019).
    ['أرسل الجيش تعزيزات، بذريعة القضاء على ما تصفه بـ الممر الإرهابي، الذي يحاول المسلحون الأكراد إنشاءه.', 'الممر الإرهابي', true],
    // … and the same label in the outlet's own sentence is its own.
    ['وأطلقت تركيا عملية للقضاء على الممر الإرهابي الذي يحاول المسلحون الأكراد إنشاءه.', 'الممر الإرهابي', false],
    // A participle of saying far into a speaker's long sentence opens more of what they said (Al-Furat, 2024).
    [
      'الشيخ فواز الوكاع اشار الى ان الاحتلال الامريكي الذي يقوم بنهب ثروات الوطن ويتخذ من اراضيه قواعد عسكرية للاعتداء على ابنائه سيخرج من هذه الارض مدحورا مهزوما بفضل الجيش العربي السوري وتكاتف ابناء الوطن وتمسكهم بتراب وطنهم ، لافتا الى العدوان الذي شنه المحتل الامريكي جاء كردة فعل على الضربات الموجعة',
      'المحتل',
      true,
    ],
    ['قصفت القوات الأمريكية مواقع في دير الزور، وقال مسؤول إن الضربات انتهت. وتواصل قوات الاحتلال الأمريكي نهب النفط', 'الاحتلال', false],
    // A speaker passing on an unnamed source, then «أن»: what follows is reported (Al-Thawra, 2022) …
    ['وذكرت وكالة الأنباء السورية (سانا) نقلاً عن مصادر محلية أن قافلة من 70 آلية بينها صهاريج محملة بالنفط المسروق', 'بالنفط المسروق', true],
    // … while an unnamed source after «وفقاً لـ», with no verb of saying before it, leaves the words the outlet's.
    ['ووفقاً لمصادر محلية أن قافلة من 70 آلية بينها صهاريج محملة بالنفط المسروق', 'بالنفط المسروق', false],
  ])('«%s»: «%s» is another’s account %s', (text, word, quoted) => {
    expect(reported(findingOn(text, 'framing', word))).toBe(quoted);
  });

  test('the subject before «معتبرا» ends at a person named as a speaker, not at the party in the verb’s object (Peregraf, 2025)', () => {
    const text =
      'وقال عبدي إن سوريا لن تعود إلى نظام مركزي. وانتقد عبدي اصرار نظام بشار الاسد على خيار المركزية والحرب، معتبرا انه كان احد اسباب اندلاع الانتفاضة السورية. وأوضح أنه بعد انسحاب قوات النظام من بعض مناطق الشمال، فتحت قوات سوريا الديمقراطية';
    // Abdi's account goes on, in the outlet's wording — not the regime's words about itself, which
    // would be the outlet's own verdict.
    const f = findingOn(text, 'framing', 'قوات النظام');
    expect([f?.quoted, f?.paraphrased]).toEqual([true, true]);
  });

  test('an unclosed quotation after a colon stays the speaker’s to the end of the paragraph', () => {
    const text = 'وقال المتحدث باسم الحكومة: "إن ميليشيا قسد ترتكب الجرائم بحق المدنيين\nوفي سياق آخر، قصفت ميليشيا قسد القرية.';
    const f = findings(text, 'framing').filter((x) => x.term === 'militia');
    expect(f.map((x) => reported(x))).toEqual([true, false]);
  });

  test.each([
    // A quotation inside «…» closes and leaves the speaker's quotation open: the words after it are still theirs.
    ['وقال المتحدث باسم الحكومة: «لا نعترف بما يسمى "الإدارة الذاتية". إنها ميليشيا قسد التي ترتكب الجرائم» ثم غادر.', [true]],
    ['وقال المتحدث باسم الحكومة: «لا نعترف بـ«الإدارة». إنها ميليشيا قسد» ثم غادر. وقصفت ميليشيا قسد القرية.', [true, false]],
    // A single line break inside a paragraph (blank lines separate the paragraphs) does not end the quotation.
    ['فقرة أولى.\n\nوقال المتحدث باسم الحكومة: "إن قسد\nميليشيا ترتكب الجرائم\n\nوقصفت ميليشيا قسد القرية.', [true, false]],
    // «د.» does not end the sentence that names the speaker.
    ['وقال د. أحمد الحسن إن ميليشيا قسد ترتكب الجرائم.', [true]],
  ])('«%s»: the label is another’s account %j', (text, quoted) => {
    const f = findings(text, 'framing').filter((x) => x.term === 'militia');
    expect(f.map((x) => reported(x))).toEqual(quoted);
  });

  test.each([
    // A verb of saying with a noun for its object: the outlet sums up in its own words.
    ['أعلنت وزارة الداخلية السورية، فجر اليوم الثلاثاء، القبض على 81 عنصرًا من تنظيم "داعش" الإرهابي، كانوا قد فرّوا من سجن الشدادي.', [['الإرهابي', false]]],
    ['وأعلن "الجيش الوطني" استعادة السيطرة على صوامع العالية جنوب رأس العين، في إطار المعارك الجارية حالياً مع الميليشيات الكردية داخل المدينة.', [['الميليشيات الكردية', false]]],
    // «إن»/«أن» or a colon opens what was said: the words are the speaker's.
    [
      '“سانا”: ميليشيا “قسد” خطفت العشرات من سكان الرقة.',
      [
        ['ميليشيا', true],
        ['خطفت', true],
      ],
    ],
    ['وأعلنت وزارة الداخلية أن عناصر من تنظيم داعش الإرهابي فروا من السجن.', [['الإرهابي', true]]],
    ['وذكر المرصد بأن الميليشيات الكردية انسحبت من القرية.', [['الميليشيات الكردية', true]]],
    // An apostrophe used as a quotation mark, apart from the speaker's name (Dijlah TV, 2018).
    ["ولفت أردوغان ، ' لو استخدمنا القوة ضد الإرهابيين لانتهت العملية في بضعة أيام '.", [['الإرهابيين', true]]],
    // A verb of saying opening the sentence, then «أن»/«إن», with no source recognised in between.
    ['وقال عبدالرحمن اليوم الإثنين في لقاء مع قناة الغد العربي أن هناك مجموعة من المرتزقة قد غادرت ليبيا.', [['المرتزقة', true]]], // Al-Marsad, 2020
    ['وأكدت إدارة الإعلام والاتصال في وزارة الدفاع للإخبارية أن هذه الادعاءات تهدف إلى التغطية على جرائم قسد.', [['جرائم', true]]], // Al-Ikhbariya, 2025
    // A verdict against the speaker's own party, outside quotation marks, is the outlet's wording of what was reported.
    ['وأعلنت قوات سوريا الديمقراطية أن ميليشيات قسد انسحبت من القرية.', [['ميليشيات', true]]],
    ['وزعم بيان القيادة المركزية الأمريكية أنّ الضربات ردّ على سلسلة الهجمات ضد قوات الاحتلال الأميركية.', [['قوات الاحتلال', true]]], // Info Plus, 2023
    ['وقالت وزارة الدفاع التركية إن ميليشيات قسد انسحبت من القرية.', [['ميليشيات', true]]],
    // The outlet's own correspondent is the outlet speaking (Shaam Network, 2021).
    [
      'وأشار مراسلنا إلى أنَّ ميليشيا قسد اختطفت الطفل أحمد الزيدان.',
      [
        ['ميليشيا', false],
        ['اختطفت', false],
      ],
    ],
    // … and so is a correspondent, the outlet's or the agency's it carries (SANA, 2017; Enab Baladi, 2016).
    ['وأفاد مراسل سانا في دير الزور بأن وحدات من الجيش خاضت اشتباكات متقطعة مع مجموعات إرهابية تابعة لتنظيم “داعش”', [['إرهابية', false]]],
    ['وأوضح المراسل أن القيادي في ميليشيا “الدفاع الوطني”، فراس العراقية، اعتقل أمس', [['ميليشيا', false]]],
    // A verb of pointing or telling, the source, then «إلى»/«عن»: what the source told (Al-Azmenah, 2019).
    ['وفي السياق لفتت المصادر إلى قيام ميليشيا الأسايش باعتقال شبان من القرية.', [['ميليشيا', true]]],
    ['وأشار المرصد السوري إلى مقتل عنصرين من ميليشيا قسد في الهجوم.', [['ميليشيا', true]]],
    // … or before a statement whose issuer the source is (Xwebûn News, 2022).
    [
      'وذكر بيان رسمي لقسد عن استشهاد المقاتلين في صفوفها وهم “دجوار كوباني” و”جيا قامشلو”، إضافة إلى استشهاد المدنيّ “أديب يوسف”.',
      [
        ['استشهاد', true],
        ['استشهاد', true],
      ],
    ],
    // A statement's issuer described in apposition: the description is the outlet's, the colon opens what was said (Turkey Al-Aan, 2018).
    [
      'وقال بيان صادر عن الجيش الوطني، وهو تحالف لمجموعة من فصائل الجيش الحر المقاتلة في المناطق المحررة، شمالي البلاد: “بدأت أرتال الجيش الوطني السوري بالتحرك”.',
      [['المحررة', false]],
    ],
    // … not a verb of arriving («وصلت … إلى»).
    ['ووصلت المصادر إلى القرية التي تسيطر عليها ميليشيا قسد.', [['ميليشيا', false]]],
    // The outlet's own background in the passive, and a verb of saying that does not open the sentence.
    ['يذكر أن ميليشيا قسد سيطرت على المدينة.', [['ميليشيا', false]]],
    ['سيطرت ميليشيا قسد على المدينة بعد أن أعلنت الحرب.', [['ميليشيا', false]]],
  ])('«%s»: reported only once what was said is opened', (text, expected) => {
    expect(findings(text, 'framing').map((x) => [x.text, reported(x)])).toEqual(expected);
  });

  test.each([
    // [phrase, label, reading]: inside quotation marks the speaker's words; after «إن»/«أن» outside them the outlet's wording of what was said.
    ['وقال المتحدث: "إن ميليشيا قسد ترتكب الجرائم"', 'ميليشيا', 'quoted'],
    ['وقالت وزارة الدفاع التركية إن ميليشيات قسد انسحبت من القرية.', 'ميليشيات', 'paraphrased'],
    ['وأطلقت تركيا عملية بذريعة القضاء على ما وصفته بـ الممر الإرهابي.', 'الممر الإرهابي', 'quoted'], // «ما وصفته»: the describer's words
    ['قصفت ميليشيا قسد القرية.', 'ميليشيا', 'own'],
    // A mark glued to the «إن» or the colon that opens what was said opens the quotation (Arab Khabar, 2024; YPJ Rojava, 2026).
    [
      'وقال رئيس حراك ديالى السلمي عمار التميمي في حديث لـ"بغداد اليوم"، إن" خطر الحرب الشاملة في الشرق الأوسط لا يزال قائمًا وان ما يحدث الان من جرائم إبادة في فلسطين ولبنان هي بداية لتحركات توسعية أخرى".',
      'إبادة',
      'quoted',
    ],
    ['وتحدثت كردستان موجهة تحية لمقاومة اهالي حيي الشيخ مقصود و الاشرفية قائلة:” ما تفتعله مرتزقة الحكومة الانتقالية هي جريمة شنيعة بحق أهالي الشيخ مقصود', 'مرتزقة', 'quoted'],
    // … a stray one after any other word opens nothing (Syriac Press, 2023).
    ['وبالانتقالِ لمنطقةِ “عفرين” المحتلة”، فقد قصفَ الاحتلالُ المنطقةَ ما بينَ قريتَي “بينا” و”عقبة”، كما تعرضت قريةُ “مياسة”', 'الاحتلالُ', 'own'],
  ])('«%s»: «%s» reads as %s', (text, word, reading) => {
    const f = findingOn(text, 'framing', word)!;
    expect(f.paraphrased ? 'paraphrased' : f.quoted ? 'quoted' : 'own').toBe(reading);
  });

  test('the tie after a source is the outlet’s own description of it (Al-Bawaba News, 2014)', () => {
    const text = 'نشر المكتب الإعلامي ل"ولاية حلب" التابعة لتنظيم داعش الإرهابي، اليوم الأربعاء، مقطع فيديو. وقال المكتب إن ميليشيا قسد انسحبت.';
    const f = findings(text, 'framing');
    expect(f.map((x) => [x.text, reported(x)])).toEqual([
      ['الإرهابي', false],
      ['ميليشيا', true],
    ]);
  });

  test('a post carries on the speaker named before it: its words are theirs', () => {
    const text = 'وقال المتحدث باسم قسد فرهاد شامي إن الهجوم فشل.\nوفي تغريدة لاحقة، حمّل شامي ميليشيات دمشق مسؤولية القصف على القرى.';
    const f = findings(text, 'framing').filter((x) => x.term === 'militia');
    expect(f.map((x) => reported(x))).toEqual([true]);
  });

  test('quoted verdicts alone do not make the outlet’s stance (after Enab Baladi reporting Turkey’s envoy)', () => {
    const text = 'وقال يلديز: "قسد منظمة إرهابية تهدد وحدة الأراضي السورية"، وفق ما نقلته وكالة الأناضول.';
    const r = analyze(text);
    expect(r.findings.filter((f) => f.kind === 'framing').map((f) => [f.text, f.quoted])).toEqual([['إرهابية', true]]);
    expect(r.actors.find((a) => a.id === 'sdf')?.label).toBe('neutral');
  });

  test('quotation marks around plain names are house style, not scare quotes', () => {
    const text = 'أعلنت “الإدارة الذاتية” و“قسد” التوصل إلى اتفاق مع “الحكومة السورية” بشأن الشيخ مقصود.';
    expect(findings(text, 'distancing')).toEqual([]);
  });
});

describe('flags in the term lists decide, not entry ids', () => {
  const base = builtinTermList();
  /** The built-in lists with one entry of a section renamed and its flags replaced. */
  const withEntry = (section: 'titles' | 'anonymousMarkers', id: string, flags: Record<string, boolean | undefined>) =>
    compileLexicon({ ...base, [section]: (base[section] ?? []).map((e) => (e.id === id ? { ...e, id: `${id}-renamed`, ...flags } : e)) });
  const tv = 'وأفاد التلفزيون الرسمي بمقتل 5 مدنيين.';
  const reason = 'وقال مصدر عسكري، رفض الكشف عن اسمه لأسباب أمنية، إن 5 عناصر قتلوا.';
  const sourceNote = (lexicon: ReturnType<typeof compileLexicon>) => analyze(reason, { lexicon }).findings.find((f) => f.kind === 'source')?.explanation.en;

  test('a title for outlets names the state outlet «الرسمي» follows by its flag `outlet`', () => {
    expect(analyze(tv, { lexicon: withEntry('titles', 'outlets', {}) }).findings.find((f) => f.kind === 'figure')?.attribution).toBe('named');
    expect(analyze(tv, { lexicon: withEntry('titles', 'outlets', { outlet: undefined }) }).findings.find((f) => f.kind === 'figure')?.attribution).not.toBe('named');
  });

  test('an anonymity marker gives the reason by its flag `givesReason`', () => {
    const given = sourceNote(withEntry('anonymousMarkers', 'security-reasons', {}));
    const none = sourceNote(withEntry('anonymousMarkers', 'security-reasons', { givesReason: undefined }));
    expect(given).toBeDefined();
    expect(given).not.toBe(none);
  });
});

describe('speakers in apposition, a conjunction typed apart, and a title named again', () => {
  test.each([
    // A name between commas, then «عن» and what was announced (CNN Arabic, 2014).
    ['أعلن الرئيس التركي، رجب طيب أردوغان، عن التوصل إلى اتفاق يسمح بعبور 200 مقاتل كردي من قوات "البيشمرغة"', '200', 'named'],
    ['أعلن الرئيس التركي رجب طيب أردوغان، عن التوصل إلى اتفاق يسمح بعبور 200 مقاتل كردي', '200', 'named'],
    // «، يوم الخميس، عن»: time words between commas are still no name.
    ['أعلنت وزارة الدفاع، يوم الخميس، عن مقتل 5 جنود', '5', 'named'],
    // «و أشار أن»: the speaker goes on (Ahmed Rahhal, 2021).
    ['وقال سلمان بارودو في تصريح لموقع العربي الجديد، أن الحبوب ستوزع على ثلاث جهات. و أشار أن صوامع الشركراك تحتوي على 16 ألف طن من القمح', '16', 'named'],
    // «وفق القيادي»: the person cited by name just before (SMART, 2016).
    [
      'وقال مدير مكتب العلاقات العامة في "الوحدات الكردية"، صلاح جميل، في تصريح خاص إلى "سمارت"، إنهم سيطروا على منطقة النشوة. كذلك، تمكنت "الوحدات الكردية"، وفق القيادي، من أسر 35 عنصراً لقوات النظام',
      '35',
      'named',
    ],
    // With no person named before, the title alone stays unnamed.
    ['تمكنت "الوحدات الكردية"، وفق القيادي، من أسر 35 عنصراً لقوات النظام', '35', 'vague'],
  ])('«%s»: %s → %s', (text, starts, attribution) => {
    expect(figure(text, starts)?.attribution, JSON.stringify(findings(text, 'figure'))).toBe(attribution);
  });
});

describe('the statement’s pronoun after a verb of saying is the one that gave the statement', () => {
  test.each([
    // «أفادت فيه»: the party that issued the statement (Syriac Press, 2022; Turkey Al-Aan, 2020).
    [
      'أصدرت قواتُ سوريا الديمقراطيةُ بياناً إلى الرأي العام، على خلفية الأحداثِ التي شهدتها مدينة “الحسكة” خلال الأسبوع الماضي، أفادت فيه أنّ الآلافَ من المرتزقة المعتقلين في السِّجن، شنوا هجوماً',
      'الآلاف',
      'sdf',
    ],
    ['أعلنت وزارة الدفاع التركية، تحييد 20 إرهابيا. جاء ذلك في بيان للوزارة، السبت، أوضحت فيه أن قوات المهام الخاصة التركية أحبطت محاولة تسلل 20 عنصرا', '20 عنصرا', 'turkey'],
    // A report's title in quotation marks is not who gave it (Hawar, 2016).
    ['وأصدرت لجنة التحقيق الدولية المعنية بسوريا تقريرا بعنوان “جاءوا ليُدَمِروا: جرائم داعش ضد الإيزيديين” يوم أمس ذكرت فيه أن مرتزقة داعش قتلوا 5 آلاف إيزيدي', '5 آلاف', undefined],
  ])('«%s»: %s → %s', (text, starts, actor) => {
    const f = figure(text, starts);
    expect(f?.attribution).toBe('named');
    expect(f?.source?.actor).toBe(actor);
  });
});
