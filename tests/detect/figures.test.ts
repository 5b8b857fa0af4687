import { describe, expect, test } from 'vitest';
import { parseDigits } from '../../lib/detect/figures';
import { analyze } from '../../lib/analyze';
import { findings } from '../helpers/find';

describe('figures: counts of people, things and money, with their attribution', () => {
  test.each([
    // [phrase, the figure's text, attribution, approximate, value]
    ['1- قتل قرابة 70 مدني من ابناء ديرالزور على يد قسد', 'قرابة 70 مدني', 'none', true, 70], // 000
    ['7- حرمان اكثر من 40.000 طالب من متابعة تعليمهم', 'اكثر من 40.000 طالب', 'none', true, 40000], // 000
    ['8- حرمان مئات الالاف من مياه الشرب', 'مئات الالاف', 'none', true, null], // 000
    ['سابقاً كان عدد عناصر ساحة هجين 4000 عنصر تقريباً', '4000 عنصر تقريباً', 'none', true, 4000], // 000
    ['فيدخل التنظيم بمئات العناصر', 'بمئات العناصر', 'none', true, null], // 001
    ['فقدت “قسد” على إثرها العشرات من عناصرها', 'العشرات من عناصرها', 'none', true, null], // 001
    ['وأعلنت قيادت من قسد، أنها اضطرت للتفاوض مع “التنظيم”، بغية إطلاق سبعة عشر أسيرا', 'سبعة عشر أسيرا', 'vague', false, 17], // 001
    ['وهناك أنباء تتحدث عن مئتي سجين', 'مئتي سجين', 'vague', false, 200], // 001
    ['حيث تقوم بتقديم مبلغ 115 ألف ليرة سورية كراتب شهري', '115 ألف ليرة', 'none', false, 115000], // 002
    ['يقول علي (اسم مستعار) وهو أحد عناصر "قسد" لأورينت نت "كنا 135 شخصاً حيث قاموا بوضعنا"', '135 شخصاً', 'anonymous', false, 135], // 002
    ['أعلن المركز الاعلامي لقوات سوريا الديمقراطية عن إصابة 5 من مقاتلي قسد', '5 من مقاتلي', 'named', false, 5], // 003
    ['أعلن الدفاع المدني السوري، الاثنين، عن مقتل 15 شخصًا، بينهم 14 امرأة', '15 شخصًا', 'named', false, 15], // Attalita Plus, 2025
    ['مما أدى لاستشهاد 10 مدنيين من عائلة البوعلي كحصيلة أولية حسب ما ذكرته جريدة “الأخبار”', '10 مدنيين', 'named', false, 10], // Al-Shahed, 2017
    // Unnamed people of a named body: the body is where they sit, not the speaker (Awla, 2020; AFP, 2026).
    ['وأوضحت مصادر أمنية من إدارة مخيم الهول أن ثلاث نساء وصلن إلى نقطة قريبة من السياج', 'ثلاث نساء', 'vague', false, 3],
    ['من جهته، أفاد مصدر آخر في منظمة إنسانية بأن 20 عائلة غادرت المخيم', '20 عائلة', 'vague', false, 20],
    ['وقال مسؤول في وزارة الدفاع التركية إن 5 عناصر قتلوا', '5 عناصر', 'vague', false, 5],
    // A party opening its sentence before its verb of saying and «أن» (Al-Ain, 2018).
    ['قوات سوريا الديمقراطية أعلنت أنها قتلت 12 عنصراً من التنظيم', '12 عنصراً', 'named', false, 12],
    // …or before a toll, as headlines put it, in the present too (Ebaa, 2019); a deed is no statement.
    ['التحالف يعترف بقتل أكثر من ألف مدني خلال ضرباته في سوريا والعراق', 'أكثر من ألف مدني', 'named', true, 1000],
    ['قسد تعلن مقتل 5 من عناصرها في هجوم لداعش', '5 من عناصرها', 'named', false, 5],
    ['قسد تقصف القرية وتقتل 5 مدنيين', '5 مدنيين', 'none', false, 5],
    // A head word before the party's name keeps the party the speaker (Newsroom, 2025).
    ['أعلنت قوات "أسايش"، الذراع الأمنية لـ"الإدارة الذاتية" في شمال شرقي سوريا، القبض على 16 عنصراً من تنظيم "داعش"', '16 عنصراً', 'named', false, 16],
    ['خرجت الاكاديميات العسكرية 3 دورات تدريب عسكرية ضمت أكثر من 100 مقاتل جديد', 'أكثر من 100 مقاتل', 'none', true, 100], // 003
    ['وإلقاء القبض على 12 عنصراً من خلايا داعش', '12 عنصراً', 'none', false, 12], // 003
    ['بحسب المرصد السوري لحقوق الإنسان، قتل 23 مدنياً في القصف', '23 مدنياً', 'named', false, 23],
    // «على ما أورد» after the figure, as «على ما أفاد» (An-Nahar, 2024).
    ['قُتِل ما لا يقّل عن 14 مقاتلًا مواليًا لإيران في ضربات جوية ليلية، على ما أورد المرصد السوري لحقوق الإنسان الثلثاء', 'ما لا يقّل عن 14 مقاتلًا', 'named', true, 14],
    ['وأفاد ناشطون بمقتل 4 أطفال في القصف', '4 أطفال', 'vague', false, 4],
    ['وارتفعت الأسعار بنسبة 30% خلال الشهر', '30%', 'none', false, 30],
    ['وقتل ١٥ عنصراً من الفصائل', '١٥ عنصراً', 'none', false, 15],
    ['وقال قائد ميداني إن الهجوم أسفر عن مقتل 7 وإصابة 12 من عناصر الفصائل', '7', 'vague', false, 7], // a bare count after «مقتل»
    ['وقال قائد ميداني إن الهجوم أسفر عن مقتل 7 وإصابة 12 من عناصر الفصائل', '12 من عناصر', 'vague', false, 12],
    ['وقتل 3 مدنيين وجرح 5 آخرون في قصف على بلدة هجين، بحسب ناشطين.', '5 آخرون', 'vague', false, 5],
    // A number word after the noun it counts, as its adjective.
    ['وفي جريمة مماثلة، استشهد مواطنان اثنان وأصيب طفل', 'اثنان', 'none', false, 2], // Al-Akhbar, 2018
    ['وقال المرصد لوكالة فرانس برس إن "المدنيين التسعة أعدموا على دفعات"', 'التسعة', 'named', false, 9], // Al Arabiya, 2019
    // Digits after a month or a date word that are no year, before a counted noun.
    ['واستشهد في مجزرة 25 حزيران 233 مدنياً من مدينة كوباني وقراها', '233 مدنياً', 'none', false, 233], // TEV-DEM, 2018
    ['كما عاد في نفس العام 117 شخصاً من المنطقة السورية العراقية', '117 شخصاً', 'none', false, 117], // Syria TV, 2022
    ['يشار إلى أن عفرين شهدت في أيلول/سبتمبر 4 تفجيرات.', '4 تفجيرات', 'none', false, 4], // Al-Modon, 2021
    // Digits, «من» and a definite noun: some of those.
    ['بمهاجمة عدد من القرى الآشورية الواقعة على ضفاف نهر الخابور، واختطفوا 250 من المسيحيين، ولقي العشرات حتفهم', '250 من المسيحيين', 'none', false, 250], // Al-Wasat, 2015
    ['من جانبه، وثق المرصد السوري مقتل 4 مدنيين عاملين في حقول الغاز و11 من الرعاة، بالإضافة لمواطنة', '11 من الرعاة', 'named', false, 11], // Youm7, 2020
    ['يبلغ عدد سكان المخيم 42,781 شخصاً، منهم 19,530 عراقياً، و16,779 سورياً، و6,461 من الأجانب', '6,461 من الأجانب', 'none', false, 6461], // The Levant News, 2024
    ['قالت وكالة الأناضول للأنباء إن الجيش الوطني السوري التابع للمعارضة سيطر على 80% من المدينة', '80%', 'named', false, 80], // Khaleej Trend, 2024: a share
    // A number written out from eleven to ninety-nine, then its singular noun in the accusative.
    ['رميًا بالرصاص أعدم تنظيم "داعش" اليوم الخميس عشرين كرديًّا في بلدة جنوب مدينة عين العرب', 'عشرين كرديًّا', 'none', false, 20], // Islamist Movements, 2015
    ['للسيطرة على الحريق الذي اندلع في نحو ثلاثين خزانا، حسب المرصد.', 'نحو ثلاثين خزانا', 'named', true, 30], // EUArabia, 2021
    ['وتمكنت قوى الأمن من إلقاء القبض على أكثر من خمسين مطلوبًا في مناطق مختلفة من البوكمال', 'أكثر من خمسين مطلوبًا', 'none', true, 50], // Asia News, 2025
    ['أدان أربعةٌ وثلاثون حزباً وحركةً سوريةً تمثل كافة المكونات', 'أربعةٌ وثلاثون حزباً', 'none', false, 34], // Syriac Press, 2024
    ['مبيناً أن "العراق سيرسل أكثر من عشرين حافلة فجر يوم غد إلى الأراضي السورية', 'أكثر من عشرين حافلة', 'none', true, 20], // Shafaq News, 2025
    // «كنيسة» counted, its «ك» its own, not the preposition (Riyadh Post, 2015; As-Safir, 2015).
    ['وفي الموصل، ثاني أكبر مدن العراق التي تضم نحو 30 كنيسة يعود تاريخ بعضها لما يقرب من 1500 سنة', 'نحو 30 كنيسة', 'none', true, 30],
    ['ولهم في مناطق سكنهم حوالي ثلاثين كنيسة مسيحية سريانية', 'حوالي ثلاثين كنيسة', 'none', true, 30],
    ['ونزح 3,5 مليون شخص من المنطقة', '3,5 مليون شخص', 'none', false, 3500000], // a decimal comma
    ['ونزح 1,200 شخص من المنطقة', '1,200 شخص', 'none', false, 1200], // a thousands comma
    ['في التمرد الذي أودى بحياة 40،000 شخص', '40،000 شخص', 'none', false, 40000], // Pagearabic, 2014: an Arabic thousands comma
    // A currency by its abbreviation or sign (Al-Hal, 2016; Syria TV, 2022; Welati News, 2019; Syria TV, 2021).
    ['وكيلو الطحين الأبيض 400 ل.س وكيلو السكر 3400 ل.س', '400 ل.س', 'none', false, 400],
    ['وتجاوز خلال الأيام الماضية الـ 4200 ل.س وهذا يلحق خسائر كبيرة بالمزارعين', '4200 ل.س', 'none', false, 4200],
    ['تسعيرة الإدارة الذاتية لمحصول القمح كانت بـ 160 ل.س في مقابل 185', '160 ل.س', 'none', false, 160],
    ['ترواح سعر تهريب الشخص الواحد 30$', '30$', 'none', false, 30],
    ['مخيم الهول الذي يقطن فيه نحو 65 ألف شخص من 53 دولة', '53 دولة', 'none', false, 53], // Fenks, 2021: countries are counted
    // A speaker's name, then the title set off by commas (Tafnied, 2024); a title before the name.
    ['وفي أكتوبر 2022، قال قاسم الأعرجي، مستشار الأمن القومي العراقي، إن عدد سكان مخيم الهول 60 ألف شخصًا', '60 ألف شخصًا', 'named', false, 60000],
    ['وقال مستشار الأمن القومي العراقي قاسم الأعرجي، إن عدد سكان المخيم 60 ألف شخص', '60 ألف شخص', 'named', false, 60000],
    // The title's closing comma missing before «إن» (Amnesty, 2021); a place after a preposition is no name.
    ['وقالت ديانا سمعان، الباحثة في الشؤون السورية في منظمة العفو الدولية إن “عشرات الآلاف من الأطفال تُركوا”', 'عشرات الآلاف من الأطفال', 'named', true, null],
    ['ومن الآن، قدر للمدينة الهادئة، التي كان اسمها الرقة، أن تشهد نزوح 50 عائلة', '50 عائلة', 'none', false, 50],
    // A rank of two words before the name (Al-Ordon, 2021).
    ['وقال الفريق الركن عبد الأمير الشمري "تسلمنا 100 عراقي من عناصر التنظيم"', '100 عراقي', 'named', false, 100],
    // A report with no owner is a vague source (Al-Hadath Plus, 2025); one written onto «لـ» a named source is that source's.
    ['كشف تقرير حديث عن أن قسد استخرجت أكثر من 55 مليون برميل من النفط', 'أكثر من 55 مليون برميل', 'vague', true, 55000000],
    ['وكشف تقرير جديد لمنظمة العفو الدولية أن 50 شخصا قتلوا', '50 شخصا', 'named', false, 50],
    // «كما أعلن» inside the clause is «as … announced» (Garaa News, 2015); at a clause's start it is «also».
    ['قتل عشرة مقاتلين اكراد اليوم الأربعاء في هجوم انتحاري في مدينة القامشلي كما اعلن المرصد السوري لحقوق الانسان.', 'عشرة مقاتلين', 'named', false, 10],
    ['وقتل 5 مدنيين، كما أعلنت قسد مقتل 3 من عناصرها.', '5 مدنيين', 'none', false, 5],
    // Opening a later clause of the sentence with nothing said after the source, it is «as … said» too (Burathanews, 2014; Aha Boriya, 2026);
    // not before «إن» («also said»), nor a verb that tells someone something (Gaza Health Attack, 2023).
    ['وقد لجأ حوالى 70 ألف كردي إلى هذا البلد المجاور منذ الخميس، كما ذكرت الأمم المتحدة.', 'حوالى 70 ألف كردي', 'named', true, 70000],
    ['هذا التطور أدى إلى فتح ثغرات في السياج، مما سمح لآلاف السجناء بالهروب، كما ذكرت صحيفة فايننشال تايمز في وقت سابق.', 'لآلاف السجناء', 'named', true, null],
    ['وقتل 12 شخصاً في القصف، كما قال الوزير إن 5 جنود أصيبوا.', '12 شخصاً', 'none', false, 12],
    ['وأصيب 7 أشخاص في الحي، كما أبلغت الأهالي بضرورة البقاء في منازلهم.', '7 أشخاص', 'none', false, 7],
    ['وقتل 5 مدنيين في القصف، كما اتهمت بالبيان "قسد" بالسعي لاستخدام المدنيين.', '5 مدنيين', 'none', false, 5], // Asia News, 2025: «also accused»
    // «وفق المصدر ذاته» after the claim names the source cited last again (Al-Hal, 2019).
    [
      'وقال المرصد السوري لحقوق الإنسان إن داعش قتل 30 عنصراً. وأدى التفجير إلى إصابة قائد اللواء بجروح، ومقتل 5 عناصر على الأقل، وفق المصدر ذاته.',
      '5 عناصر على الأقل',
      'named',
      true,
      5,
    ],
    // A report one outlet got from a source after «من» is that source's (Rudaw, 2023; Anadolu, 2022); not a preposition's «من» («عليهم عدد من»).
    ['وبحسب المعلومات التي حصلت عليها شبكة رووداو الإعلامية من مصادر طبية، فإن مدينة قامشلو تضم 10 مستشفيات خاصة.', '10 مستشفيات', 'vague', false, 10],
    ['وبحسب معلومات حصلت عليها الأناضول من مصادر أمنية، الخميس، فإن الهجمات أسفرت عن مقتل 4 جنود.', '4 جنود', 'vague', false, 4],
    // A sentence opening with «كما» right after a speaker's goes on with the speaker's account (Akhbar 7, 2025; Misr Daily, 2025).
    ['أعلن البنتاغون أن جنديين من الجيش الأمريكي قُتلوا في هجوم بمدينة تدمر. كما أُصيب ثلاثة جنود آخرون في الحادث.', 'ثلاثة جنود', 'named', false, 3],
    ['وقال المرصد إن الاشتباكات أسفرت عن مقتل 8 عناصر. كما دمرت القوات سيارتين مدرعتين.', 'سيارتين', 'named', false, 2],
    ['قتل مدنيان في القصف على القرية. كما أصيب ثلاثة آخرون بجروح.', 'ثلاثة آخرون', 'none', false, 3],
    // «حيث» opening the next sentence goes on with the report just cited (Damas Post, 2024) …
    ['وصلت دفعة جديدة من العائلات إلى العراق، وفقاً لتقرير لوكالة “فرانس برس”. حيث تضمنت هذه المجموعة 706 أفراد نقلوا من مخيم الهول.', '706 أفراد', 'named', false, 706],
    // … and after the outlet's own sentence it is the outlet's.
    ['وصلت دفعة جديدة من العائلات إلى العراق. حيث تضمنت هذه المجموعة 706 أفراد نقلوا من مخيم الهول.', '706 أفراد', 'none', false, 706],
    // A long name before what was announced (Bayan Gate, 2024; Al-Adala Al-Yawm, 2024); words of time are no name.
    ['وقد أعلنت القوات الأمنية المتحالفة مع الولايات المتحدة عن اعتقال 233 فردًا من داعش.', '233 فردًا', 'named', false, 233],
    ['كشفت التنسيقية الوطنية لعائلات العالقين والمعتقلين المغاربة في سوريا والعراق عن وجود 561 مغربيًا محتجزًا.', '561 مغربيًا', 'named', false, 561],
    ['أعلنت اليوم الخميس في مؤتمر صحفي عقدته في دمشق عن مقتل 5 عناصر.', '5 عناصر', 'none', false, 5],
    // A verb of pointing opening the sentence goes on with the speaker before (Milli Gazete, 2016), after «كما» too (SRT, 2025);
    // with no speaker before, there is no one to go on with.
    ['وفي بيان له، قال الجيش إنه قصف 154 هدفا. وأشار إلى إصابة 7 من عناصر المعارضة السورية المشاركين في العمليات.', '7 من عناصر', 'named', false, 7],
    ['وقال المرصد إن 5 قتلوا. كما أشار إلى أن قوى الأمن الداخلي شنت حملات دهم استهدفت 48 شخصاً.', '48 شخصاً', 'named', false, 48],
    ['وأشار إلى إصابة 7 من عناصر المعارضة السورية.', '7 من عناصر', 'none', false, 7],
    ['وقال رامى عبدالرحمن، مدير المرصد، إن 48 من مقاتلى المعارضة السورية قتلوا', '48 من مقاتلى', 'named', false, 48], // Al-Mobtada, 2018
    // A statement recalled with «كان»: the party before the verb of saying gave the figure (Akhbarona, 2014).
    ['وكان تنظيم داعش أكد في شريط مصور نشر أمس على الإنترنت، إعدام 20 جندياً سورياً', '20 جندياً', 'named', false, 20],
    // «قد» between the party and its verb (Darb Hora, 2016).
    ['وكان الجيش التركي قد اعلن صباح يوم الخميس مقتل حوالي اربعة عشر جنديا تركيا', 'حوالي اربعة عشر جنديا', 'named', true, 14],
    ['وكان الجيش التركي قد قصف القرية وقتل 14 مدنيا', '14 مدنيا', 'none', false, 14],
    ['وكانت القوات الأمريكية نقلت 80 معتقلا إلى العراق', '80 معتقلا', 'none', false, 80], // «نقل» here carries people, not words
    // «المصدر» after a named source in the same sentence is that source again (Watad, 2025).
    ['وبحسب وكالة “نهر ميديا” فقد انشق نحو 130 عنصراً عن صفوف قسد، وبحسب المصدر فإن القوات تقدمت', 'نحو 130 عنصراً', 'named', true, 130],
    ['وقال مصدر محلي إن نحو 130 عنصراً انشقوا عن صفوف قسد، وبحسب المصدر فإن القوات تقدمت', 'نحو 130 عنصراً', 'vague', true, 130],
    // A party, then a relative pronoun and a verb of saying with no subject of its own (Al-Balad, 2022).
    ['وقصفت المسيرات مواقع قوات سوريا الديموقراطية "قسد"، التي أعلنت مقتل 11 من عناصرها في الضربات', '11 من عناصرها', 'named', false, 11],
    ['وقال المرصد السوري لحقوق الإنسان، الذي وثق مقتل 30 مدنياً، إن القصف مستمر', '30 مدنياً', 'named', false, 30],
    // A deed recalled after the pronoun, not a statement (Akhbar Time, 2019).
    ['التنظيم الذي أعلن في العام 2014 إقامة دولته، خرج منه الآلاف من الرجال والنساء', 'الآلاف من الرجال', 'none', true, null],
    // After the verb of saying, its own subject: the people before it are not its speaker.
    ['وتقوم بتخويف السكان، بحسب ما أفادت مصادر محلية، واعتقلت 12 شاباً', '12 شاباً', 'vague', false, 12],
    ['وتقوم بتخويف السكان، ونقلت وكالة سانا أن 12 شاباً اعتقلوا', '12 شاباً', 'named', false, 12],
    // A monitor's own sources are the monitor speaking (Enab Baladi, 2022); a ministry's stay unnamed (below).
    ['ووفقاً لمصادر المرصد، فإن الجماعات الموالية لإيران نقلت 20 عنصراً', '20 عنصراً', 'named', false, 20],
    // The accusative of specification written without its tanwin is still what is counted (Rozana, 2023; Daily Sabah, 2023).
    ['بدورها، أعلنت وزارة الدفاع التركية في بيان لها تدمير 30 هدفا ضمنها بئر نفط', '30 هدفا', 'named', false, 30],
    ['أعادت فرنسا 35 شخصا (فيهم 10 نساء و25 قاصرا) من مخيم الهول', '25 قاصرا', 'none', false, 25],
    ['وسبق له أن أعدم 21 مصريا قبطيا في ليبيا', '21 مصريا', 'none', false, 21], // El Mashhad, 2015
    // A counted noun whose first letter is a proclitic's is still counted when the letter is its own (Agora, 2017).
    ['وأضاف المرصد أن 14 فردا من عائلة واحدة قتلوا في الغارة', '14 فردا', 'named', false, 14],
    ['وقال مدير المرصد إن التنظيم خسر 50 في المئة من مناطقه', '50 في المئة', 'named', false, 50],
    // A speaker's name in quotation marks of its own, running past the title the lists know (Rozana, 2023).
    ['وقال "المجلس التنفيذي لإقليم الجزيرة" التابع لـ"الإدارة الذاتية"، إن ستة مدنيين قتلوا وأصيب 12 آخرين', '12 آخرين', 'named', false, 12],
    ['وفي السياق ذاته، أكدت مصادر "المرصد السوري" أن "عشرات السجناء فروا من السجن"', 'عشرات السجناء', 'named', true, null],
    ['وقالت مصادر وزارة الخارجية إن 20 شخصاً اعتقلوا', '20 شخصاً', 'vague', false, 20],
    // A verb in the plural follows its subject: «يوم» after it is no speaker's name (Syria 2011, 2017).
    ['وكان ناشطون قد أكدوا يوم أمس أن 48 شهيدا من المدنيين كانوا حصيلة القصف', '48 شهيدا', 'vague', false, 48],
    // A name the speaker is described after with «وهو» (Al-Ghad, 2015).
    ['وقال شرفان عبدي وهو قيادي في قوات حماية الشعب، إن 20 قرية حررت', '20 قرية', 'named', false, 20],
    ['ونشر موقع مقرب من التنظيم تسجيلاً يظهر فيه إعلان ضم نحو 10 أطفال إلى صفوفه', 'نحو 10 أطفال', 'vague', true, 10], // Misk Media, 2020
    // Whom a source spoke to, after «لـ» written apart, is no source (Syria TV, 2023); rights monitors unnamed are vague.
    ['وقال مصدر لـ موقع تلفزيون سوريا إن "قرابة 60 صهريجاً عبرت المعبر"', 'قرابة 60 صهريجاً', 'vague', true, 60],
    ['وأعلنت مراصد حقوقية سورية أنه اختطف ما لا يقل عن 90 مواطناً آشورياً', 'ما لا يقل عن 90 مواطناً', 'vague', true, 90], // Riyadh Post, 2015
    // After a comma, the speaker is the verb's own pronoun: no name there.
    ['وقالت، وهي تبكي، إن 5 أطفال قتلوا في القصف', '5 أطفال', 'none', false, 5],
    // Words that are their own verb of saying, opening their clause, name no one: a vague claim.
    ['ويُقال بأن 31 شخصاً من طرف النظام سقطوا في تلك المعارك', '31 شخصاً', 'vague', false, 31], // KurdWatch, 2016
    ['يُزعم أن 19 امرأة بريطانية و25 طفلاً يعيشون حاليًا في مخيم الروج', '19 امرأة', 'vague', false, 19], // Khaleej Days, 2023
    // A dual is its own count of two.
    ['والجمعة الماضية قتل طفل وشاب، كما أصيب طفلان في قصف تركي في محيط بلدة عين عيسى', 'طفلان', 'none', false, 2], // 2019
    ['طائرات مسيرة تركية تستهدف محطتي كهرباء و4 حقول نفط في سوريا', 'محطتي', 'none', false, 2], // 2023
    ['وقال الناطق إن قواتنا أسقطت مروحيتين للعدو', 'مروحيتين', 'named', false, 2],
    ['الاحتلال التركي ومرتزقته يستهدفون بالقذائف مدرستين في تل تمر بريف الحسكة', 'مدرستين', 'none', false, 2], // For You Syria, 2021
    ['حاصرت قوات كردية مقرين لقوات النظام في الحسكة', 'مقرين', 'none', false, 2], // 2016
    ['حيث سيطرت "الأسايش" على حاجزين لقوات النظام في حي طي', 'حاجزين', 'none', false, 2], // Rozana, 2021
    ['وقالت “أسايش” التابعة لـ”الإدارة الذاتية” اليوم، السبت 19 من نيسان، إنها ضبطت ثلاثة أسلحة من نوع كلاشنكوف ومسدسين', 'ومسدسين', 'named', false, 2], // Enab Baladi, 2025
    ['وشاركت في الدورية 5 مدرعات روسية برفقة حوامتين روسيتين', 'حوامتين', 'none', false, 2], // Jisr TV, 2021
    // A madda on the first alef is no article, though normalizing reads «آليتين» as «اليتين» (Elmanshar, 2026).
    ['ما أسفر عن إصابة 3 جنود وعطب آليتين، وفق ما أفادت به وزارة الدفاع', 'آليتين', 'named', false, 2],
    ['واختطف التنظيم مئات النساء وباعهن في الأسواق، بحسب منظمات حقوقية', 'مئات النساء', 'vague', true, null], // Azzaman, 2015
    // A claim of responsibility is the claimant's word on the toll (Palmyra News, 2022); adopting a plan is no claim.
    ['تبنى تنظيم “الدولة الإسلامية” (داعش) مسؤولية مقتل 13 عنصرا من قوات النظام السوري في بادية محافظة الرقة', '13 عنصرا', 'named', false, 13],
    ['وتبنت الحكومة خطة لإعادة 500 عائلة إلى قراها', '500 عائلة', 'none', false, 500],
    // Statistics no one is named for, next to a cue.
    ['ووفق إحصاءات صدرت في فبراير/ شباط الماضي، يضمّ المخيم نحو 37 ألف شخص', 'نحو 37 ألف شخص', 'vague', true, 37000], // Yemeni Windows, 2025
    // A statement's author after the words that describe it, however long its name (Morasleen, 2026).
    ['وأسفر الهجوم بحسب بيان صحفي لإدارة الإعلام في وزارة الدفاع عن إصابة ثلاثة جنود بجروح', 'ثلاثة جنود', 'named', false, 3],
    ['وبحسب بيان جديد لوزارة الدفاع أصيب ثلاثة جنود', 'ثلاثة جنود', 'named', false, 3],
    ['وأفادت تقارير صحفية بأن 20 عنصراً قتلوا', '20 عنصراً', 'vague', false, 20],
    // After «حسب ما» and a verb of saying, the speaker runs to its clause's end (MSF, 2017).
    ['يعيش في هذا المخيم حالياً نحو 8,000 شخص، حسب ما أفاد به أرنو فابليه منسق الطوارئ في أطباء بلا حدود', 'نحو 8,000 شخص', 'named', true, 8000],
    ['وقتل 12 شخصاً حسب ما أفاد به مسؤول في المخيم لوكالة فرانس برس', '12 شخصاً', 'vague', false, 12],
    // … up to the outlet told, with no «ل» before it, after the holder's name (LBCI, 2025).
    ['غادر أكثر من 800 عراقي مخيم الهول في شمال شرق سوريا الخميس وفق ما أفادت مسؤولة المخيم جيهان حنان وكالة فرانس برس', 'أكثر من 800 عراقي', 'named', true, 800],
    ['ويعمل في المصافي نحو 40 عاملاً، حسب ما يسميها أبناء المنطقة', 'نحو 40 عاملاً', 'none', true, 40],
    // A participle of saying speaks for the subject of the verb that opens the sentence (Nujen Press, 2025; Daily Beirut, 2022).
    [
      'وافتتح القائد العام لقوات سوريا الديمقراطية، الجنرال مظلوم عبدي، أعمال الكونفرانس بكلمة مؤثرة، قائلاً: “لقد ضحينا بـ13 ألف شهيد من أجل هذا اليوم”',
      '13 ألف شهيد',
      'named',
      false,
      13000,
    ],
    ['ووعد الرئيس التركي رجب طيب أردوغان بتوسيع العملية، قائلاً إن 20 ألف جندي سيتوغلون برياً', '20 ألف جندي', 'named', false, 20000],
    ['وقصفت الطائرات التركية القرى، مشيرة إلى أن 20 ألف شخص نزحوا', '20 ألف شخص', 'none', false, 20000],
    ['واختطاف اقارب بعض المطلوبين ويوجد 5 حالات موثقة ومؤكدة بهذا الخصوص', '5 حالات', 'none', false, 5], // an adjective joined by «و» (seed 000)
    // A named institute referred back to by its class word (Al Majalla, 2023).
    ['قال معهد يونس إمره إن الحملة بدأت. يأتي ذلك، بحسب المعهد، في إطار حملة لتعليم 300 ألف طفل', '300 ألف طفل', 'named', false, 300000],
  ])('«%s» → %s (%s)', (text, figure, attribution, approximate, value) => {
    const f = findings(text, 'figure').find((x) => x.text === figure);
    expect(f, JSON.stringify(findings(text, 'figure').map((x) => x.text))).toBeDefined();
    expect(f!.attribution).toBe(attribution);
    expect(f!.approximate ?? false).toBe(approximate);
    expect(f!.value).toBe(value);
  });

  test('the SDF media centre on SDF losses is an interested party', () => {
    const text = 'أعلن المركز الاعلامي لقوات سوريا الديمقراطية عن إصابة 5 من مقاتلي قسد';
    expect(findings(text, 'figure')[0]).toMatchObject({ attribution: 'named', interestedParty: 'sdf' });
  });

  test.each([
    'من يرى الرقة يعتقد بأن زلزالا مدمرا دمرها', // Al-Manar, 2017: the verb of a subject before it
    'وقال المسؤول: "عثر الفريق على مئتي جثة على الأقل، يُعتقد أنّ بينها ضحايا إعدامات"', // Lebanon Times, 2019: the speaker's own hedge
  ])('«%s»: «يعتقد أن» is no source of its own here', (text) => {
    expect(findings(text, 'source').filter((f) => f.text.includes('عتقد'))).toEqual([]);
  });

  test.each([
    'والقريتان اللتان استهدفهما القصف تقعان شمال المدينة', // with the article: the two already counted
    'واستهدفت الطائرات المسيرة الآليتين العسكريتين مجدداً', // «الآليتين»: the article before the madda
    'ووري جثمانهما الثرى في مزار الشهيد دليل صاروخان', // a name
    'استشهد مواطنان اثنان وأصيب طفل', // the number word after it counts the dual
    'في مراكز الاحتجاز التابعة لقوات سوريا الديمقراطية، ولدينا تخوّف حقيقي على مصيرهم', // «و» + «لدينا», not «ولدين» (SNHR, 2021)
    'اندلعت اشتباكات بين مجموعتين إحداهما تابعة لفرقة السلطان مراد', // two sides of a clash, not a count readers mark (Syria TV, 2020)
  ])('«%s»: no dual figure', (text) => {
    expect(findings(text, 'figure').filter((f) => f.text !== 'اثنان')).toEqual([]);
  });

  test('the Syrian Observatory is named but not a party', () => {
    const f = findings('بحسب المرصد السوري لحقوق الإنسان، قتل 23 مدنياً في القصف', 'figure')[0];
    expect(f.interestedParty).toBeUndefined();
  });

  test('«وأضاف» carries the speaker on: the pseudonymous fighter of seed 002', () => {
    const text = 'يقول علي (اسم مستعار) وهو أحد عناصر "قسد" "كثرت حملات التجنيد الإجباري". وأردف قائلاً "ساعدونا على فك الحصار عنا بعد أن قتل وفقد منا حوالي 90 شخصاً".';
    const f = findings(text, 'figure').find((x) => x.text.includes('90'));
    expect(f).toMatchObject({ attribution: 'anonymous', approximate: true });
  });
});

describe('figures: dates, times, durations, list numbers, units and chrome are not figures', () => {
  test.each([
    'في منتصف عام 2019 وغدت فلولها عبارة عن عناصر متخفية', // 001: a year
    'منذ عام 2015 في مجال مكافحة تنظيم داعش', // 003
    'ويخوض معركة حامية الوطيس، على مدى عشرة أيام', // 001: a duration
    'قبل ثلاثة أشهر، باحتمال وقوع عملية', // 001
    'بقينا حوالي 7 ساعات محاصرين في إحدى النقاط', // 002
    'قالوا إننا سنبقى هنا يومين أو ثلاثة ولن نشارك في المعارك', // 002
    '1- قتل المدنيين', // list numbering
    '11- التهجير القسري حيث قامت قسد باعتقال اقارب بعض المطلوبين', // 000
    'في 10 آب الجاري', // a date
    'في 21 كانون الثاني 2018', // a date
    'وفي 9 أكتوبر/تشرين أول 2019، أطلق الجيش التركي', // Daily Sabah, 2022: the second word of a month without its article
    'وكانت قوات الأمن قد اعتقلت النساء في 10 من آب الحالي أثناء محاولتهن الفرار', // Awla, 2020, in its form: a day «من» its month
    'إن أول دفعة من اللاجئين السوريين إلى إقليم كردستان عقب العملية، وصلت يوم 14 من تشرين الأول الماضي.', // Enab Baladi, 2019
    'بتاريخ 2017/3/6', // a date
    'مع مجلس سورية الديمقراطية في 24/ 6 / 2023 قاعدة لرؤية الهيئة في بناء التحالفات', // Al-Mustaqel, 2024: spaces in the date
    'الساعة 18:02', // a clock time
    'أنها "تمكنت في تمام الساعة 50: 09 من السيطرة على شركتي (العزبة) و(كونيكو)', // Al-Najah News, 2017: a space after the colon
    'وقبل ذلك بأيام وفي 16 من الجاري، أخرجت القوات الأمريكية شاحنات', // Syria Today, 2021: a day of this month
    'وقد وصل مساء يوم 12 من الشهر الجاري إلى مطار القامشلي الدولي', // Hadi Abdullah, 2019
    'مبيناً، أن "العراق استقبل الوجبة الـ31 من العائدين', // Buratha News, 2026: a place in a series
    'وبدأ تنفيذ المرحلة 3 من الاتفاق', // a place in a series, after a noun with the article
    'وعرضت القناة الموسم 4 من المسلسل', // the same
    'وقتل فتى عمره سبعة عشر ربيعا', // an age in «springs»
    'وقتل فتى عمره 17 ربيعاً', // the same in digits
    'واستمر الحصار عشرين أسبوعا', // a span of weeks
    'عبدالقادر، أحد الضحايا لم يكن قد تجاوز الـ22 من عمره، وهو ناشط إعلامي', // Arabic Post, 2015: an age, a word for it after «من»
    'وقالت الشرطة التشيكية في بيان لها اليوم إنها اعتقلت أجنبياً في الـ67 من العمر بعد توقيفه السبت', // Yekiti Media, 2018
    'وقتل شاب يبلغ خمسة وعشرين من العمر برصاص', // the same after a number word
    'انشق قائد الفوج 137', // a unit name
    'التعليقات (0)', // 002: page chrome
    '6٬539', // view counter
    'وهذا ماجعل المراقبين، والمهتمين يضعون ألف إشارة استفهام', // 001: an idiom, not a count
    'في الذكرى الـ15 للثورة', // an ordinal
  ])('«%s»', (text) => {
    expect(findings(text, 'figure').map((f) => f.text)).toEqual([]);
  });
});

test.each([
  ['وقتل 5 مرتزقة من ميليشيا "فاطميون"، و2 من ميليشيا "زينبيون" الباكستانية', 2], // Orient, 2017
  ['وأسر 4 من عناصر قسد في الهجوم', 4],
])('«%s»: a count of a party’s force after «من» (%s)', (text, value) => {
  expect(findings(text, 'figure').map((f) => f.value)).toContain(value);
});

test.each([
  'لا تقل الدفعة الواحدة عن الحد المطلوب', // «each batch», not a count (seed 002)
  'ويقيم الشخص الواحد في الخيمة شهرا',
  // «واحد» follows the noun it counts; before a noun it counts none (Paltimes, 2013; BM Magazine, 2017).
  'قالت مصادر في المعارضة السورية وأحد السكان إن مقاتلي المعارضة سيطروا على مدينة الرقة',
  'وسحب التحالف الدولي يوم 26 أغسطس بطائرة واحدة قياديين من قيادات تنظيم داعش',
])('«%s»: «one» after a noun is no figure', (text) => {
  expect(findings(text, 'figure')).toEqual([]);
});

describe('parseDigits', () => {
  test.each([
    ['40.000', 40000],
    ['1,200', 1200],
    ['6,539', 6539],
    ['2.5', 2.5],
    ['3,5', 3.5], // a decimal comma
    ['12,75', 12.75],
    ['1,200.5', 1200.5],
    ['450،000', 450000],
    ['1.200,5', 1200.5],
    ['115', 115],
    ['2017/3/6', null],
  ])('%s → %s', (w, v) => expect(parseDigits(w)).toBe(v));
});

describe('figures: attribution carried by a participle, distances, hundreds in words', () => {
  test('«مبينة» carries the sources of the sentence before (Tishreen, 2020)', () => {
    const text = 'وذكرت مصادر أهلية من سكان المنطقة ل”تشرين” أن القصف المدفعي طال قرى تل تمر. مبينة أن هذا العدوان أدى إلى استشهاد مواطنين اثنين وإصابة العشرات من السكان';
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([
      ['اثنين', 'vague'],
      ['العشرات من السكان', 'vague'],
    ]);
  });

  test.each([
    'حيث أصبحت على بعد نحو 20 كيلومتراً عن مركز المدينة.', // Shafaq News, 2026: a distance
    'من انتزاع منطقة حدودية تمتد 120 كيلومترا داخل سوريا', // Middle East Online, 2020
    'تم الإعلان عنه رسميًا في عام 2014 بهدف محاربة تنظيم داعش الإرهابي.', // The Lens Post, 2021: «بهدف» is «in order to»
    'وقع الانفجار يوم الجمعة 20.03.2015 بسيارة مفخخة استهدفت جمعاً من الأهالي', // Doz, 2015: a noun behind a preposition
    'تعيش المنطقة منذ 30 عاما في حالة حرب، وقد زارها في 2019 أيضا', // a duration, and an adverb after a year
    'وقع زلزال مدمر في جنوب تركيا وشمال سوريا، بلغت قوته 7.7 درجات على مقياس ريختر', // Syria Today, 2023: a magnitude
    'الزلزال الذي بلغت قوته 7.8 درجة في ليلة 5-6 شباط هو الأكثر دموية', // Tareeq al-Shaab, 2023
    'وأضاف أن طول الجدار الإجمالي بلغ 711 كيلو مترا، وسيقف عند هذا الحد', // Turkey Now, 2018: a length, «كيلو» apart
    'وأضاف مراسلنا أن الخندق يمتد عشرات كيلو مترات', // Afrin News, 2015
    'والمحطة تقع في الجهة السورية على بعد عشرين كيلومتراً من الحدود.', // ACRSEG, 2016: a distance written out
    'جيلان اوزاب ذات التسعة عشر ربيعاً، وبعدما قاتلت داعش حتى نفدت ذخيرة سلاحها', // Falestinona, 2014: an age
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });

  test('«بقيادة» (led by) is no command: the source is the coalition before it (Ebaa, 2019)', () => {
    const text = 'اعترف التحالف الدولي بقيادة الولايات المتحدة الأمريكية أن عدد ضحايا ضرباته على المدنيين في سوريا والعراق بلغ 1190 مدنياً';
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution, x.source?.text])).toEqual([['1190 مدنياً', 'named', 'التحالف الدولي']]);
  });

  test('«قيادة» opening a body is one: «قيادة العمليات» is the source', () => {
    const text = 'وقالت قيادة العمليات المشتركة إنها قتلت 4 عناصر من التنظيم';
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution, x.source?.text])).toEqual([['4 عناصر', 'named', 'قيادة العمليات المشتركة']]);
  });

  test.each([
    // A title's name is shown whole, up to «أن», a day, a relative pronoun or a tie (Karam News, 2019; Al-Watan, 2025).
    ['وقالت لجنة الإنقاذ الدولية إن 12 طفلا توفوا في المخيم', 'لجنة الإنقاذ الدولية'],
    ['وأعلنت وزارة الطاقة السورية اليوم الأحد وصول 12 صهريجا', 'وزارة الطاقة السورية'],
    ['وقالت المنظمة الإغاثية التي تعمل في المخيم إن 12 طفلا توفوا', 'المنظمة الإغاثية'],
    // An outlet with a possessive pronoun is the speaker's own medium: the source is its owner (Enab Baladi, 2025; Arab Khabar, 2025).
    ['وقالت “قسد” عبر موقعها الرسمي، إن سربًا من الطائرات الحربية والمسيرة التركية، أغار على عدة مناطق. وأضافت أن الطيران استهدف نقطة عسكرية بأكثر من 16 غارة.', 'قسد'],
    ['وقالت "قسد" ، في بيان نشرته على حسابها بموقعها الإلكتروني اليوم، إن "الاحتلال التركي يدفع عشرات القتلى والجرحى"', 'قسد'],
    // A source nearer is the owner («قناتها»: the paper's channel, Levant News, 2024).
    ['ونشرت صحيفة "النبأ"، التابعة لتنظيم "داعش"، عبر قناتها على تلغرام يوم الجمعة تقرير "حصاد الأجناد 460". وأفاد التقرير بأن التنظيم نفذ 6 عمليات', 'صحيفة "النبأ'],
  ])('«%s»: the source shown is «%s»', (text, source) => {
    expect(findings(text, 'figure')[0]?.source?.text).toBe(source);
  });

  test('«سبعمئة» is a count (Ronahi TV, 2024)', () => {
    const f = findings('وحسب أرقام كشف عنها المرصد السوري فإن سبعمئة مدني وعسكري فقدوا حياتهم', 'figure');
    expect(f.map((x) => [x.text, x.value, x.attribution])).toEqual([['سبعمئة مدني', 700, 'named']]);
  });

  test.each<[string, string, number]>([
    // Hundreds govern any singular noun (Afrin News, 2015; CNN Arabic, 2014; Q8 Hashtagat, 2021).
    ['“أكثر من مئة حاوية من الإمدادات تشمل ذخائر خاصة بأسلحة صغيرة وقنابل يدوية”', 'أكثر من مئة حاوية', 100],
    ['دخل مائتا مقاتل من الثوار السوريين، إلى مدينة كوباني المحاصرة', 'مائتا مقاتل', 200],
    ['عددُ الإيزيدياتِ اللواتي تم تحريرُهن بعد معركةِ الباغوز إلى نحوِ مئتي إيزيدية', 'نحوِ مئتي إيزيدية', 200],
    // The rest after the hundreds is one number with them (Jisr TV, 2017; Bissan FM, 2019; Nour Sat, 2015).
    ['وكان أكثر من مئة وخمسين مدنيا قتلوا وأصيب العشرات بجروح جراء الغارة', 'أكثر من مئة وخمسين مدنيا', 150],
    ['وارتفع بذلك عدد الأطفال الذين فارقوا الحياة داخل المخيم إلى مئتين وواحد وسبعين طفلاً', 'مئتين وواحد وسبعين طفلاً', 271],
    ['وكان التنظيم قد خطف مئتين وعشرين آشورياً من أبناء منطقة الخابور', 'مئتين وعشرين آشورياً', 220],
  ])('«%s» counts «%s»', (text, figure, value) => {
    expect(findings(text, 'figure').map((x) => [x.text, x.value])).toContainEqual([figure, value]);
  });
});

describe('figures: a counted noun whose first letter is «ف», «و», «ل», «ب» or «ك»', () => {
  test.each([
    ['وضم التحالف في البدء سبعة فصائل، أبرزها وحدات حماية الشعب', 'سبعة فصائل'], // Al-Ittihad, 2016
    ['حيث تم نقل 32 وجبة متمثلة بأكثر من 5600 عائلة', '32 وجبة'], // Al-Sumaria, 2026
    ['كاشفاً عن "تفاهم نظري" لدمج قواته ضمن وزارة الدفاع عبر 3 فرق عسكرية ولواءين', '3 فرق'], // Next News, 2025
    ['يقبع حوالى 700 فتى تتراوح أعمارهم بين 10 و18 عاما', 'حوالى 700 فتى'], // Emarat Alyoum, 2022
    ['ويضم وفق بيان تأسيسه 14 لجنة لتسيير شؤون المنطقة', '14 لجنة'], // 7al.net, 2017
    ['أسفرت عن ضبط ثلاث بنادق آلية من طراز كلاشينكوف', 'ثلاث بنادق'], // Newsroom, 2025
    // After digits, a word starting with «ك» is the noun, not the preposition on one.
    ['إن أوتاوا بصدد استعادة 14 كنديا، هم أربع نساء وعشرة أطفال', '14 كنديا'], // KSA Players, 2023
    ['كما استهدفت العقوبات الجديدة نحو 26 كيانا فرديا وسفينة متورطة في هذه الشبكة الواسعة', 'نحو 26 كيانا'], // INN Lebanon, 2024
    ['فإن الانتخابات ستجرى في 7 كانتونات ومناطق تابعة للإدارة الذاتية', '7 كانتونات'], // Arab Khabar, 2024
  ])('«%s» → «%s»', (text, figure) => {
    expect(findings(text, 'figure').map((x) => x.text)).toContain(figure);
  });

  test.each([
    // Distances in kilometres however spelt, and a place named by one (Kurdistan TV, 2019;
    // Almodon, 2016; 7al.net, 2020).
    'وكانت دورية يوم الثلاثاء على بعد نحو 7 كلومترات إلى الشرق من المدينة الحدودية',
    'بدأوا بالتحرك باتجاه منطقة الـ"4 كيلو" شمالي منبج',
    'باتجاه بلدة عين عيسى 55 كلم شمالي #الرقة',
    // «ك» on a word written with «أ» (an elative, «أحد», «أول») is the preposition, and «كانوا» a verb.
    'جاءت سوريا في المرتبة 3 كأسوأ دولة في العالم',
    'أفرجت قسد عن 12 كانوا محتجزين لديها',
  ])('«%s»: no count after «ك»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });

  test('«مقتل 7 وإصابة 12»: a noun after «و» starts the next item', () => {
    expect(findings('مقتل 7 وإصابة 12', 'figure').map((x) => x.text)).toEqual(['7', '12']);
  });
});

describe('figures: the items of a tally that name their noun once, and counts of cases and deaths', () => {
  test.each<[string, string[]]>([
    // «N في place» after an item that named what is counted (Syria TV, 2020; Ma'an, 2022; Al-Magala, 2026).
    [
      'وتوزعت الحالات الجديدة يوم أمس كالآتي: 13 حالة في الحسكة، و11 في القامشلي، و5 في المالكية وأربعة في عامودا، وحالة واحدة في مدينة الرميلان.',
      ['13 حالة', '11', '5', 'وأربعة'],
    ],
    ['وعن إجمالي أعداد الوفيات ذكرت الوزارة أنه بلغ 14 حالة 11 منها في حلب و2 في دير الزور و1 في الحسكة.', ['14 حالة', '11 منها', '2', '1']],
    ['وبحسب تقارير الشرطة، شارك 4300 شخص في برلين، و4500 في فرانكفورت، و6000 في مدينة مانهايم', ['4300 شخص', '4500', '6000']],
    // Cases and deaths, and their duals (Horrya, 2020; Jisr TV, 2020).
    ['أعلنت "الإدارة الذاتية" الكردية اليوم الخميس، تسجيل حالتي وفاة و 115 إصابة بفيروس كورونا', ['حالتي', '115 إصابة']],
    ['ليصل إلى تسع عشرة حالة بعد تسجيل وفاتين بالوباء في الحسكة والقامشلي', ['تسع عشرة حالة', 'وفاتين']],
    ['وبذلك بلغ عدد الوفيات بالفيروس في مناطق سيطرة "قسد"، 17 وفاة.', ['17 وفاة']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'قتل 5 مدنيين في هجوم على الرقة عام 2019 في الشهر الأول', // a year after a figure is no item of it
    'ووصل 3 منهم إلى الحدود، وبدأ الهجوم عند 12 في منتصف الليل', // no «في» right after the item before: no tally, and 12 is an hour
  ])('«%s»: no list item', (text) => {
    expect(findings(text, 'figure').filter((x) => /^\d+$/.test(x.text))).toEqual([]);
  });
});

describe('figures: people counted by nationality, and the article on a count', () => {
  test.each<[string, string[]]>([
    ['ويؤوي المخيم أكثر من 24 ألف شخص، بينهم 15 ألف سوري و3500 عراقي و6200 أجنبي.', ['أكثر من 24 ألف شخص', '15 ألف سوري', '3500 عراقي', '6200 أجنبي']], // Arabs Voice, 2025
    ['قال محامي الجماعات الإسلامية موسى العبداللات إن 400 أردني لقوا حتفهم', ['400 أردني']], // Hawa Jordan, 2015
    ['وتسلم المغرب 600 مغربي و200 تونسي من المحتجزين', ['600 مغربي', '200 تونسي']],
    ['أطلق التنظيم سراح 16 مسيحي آشوري، وأفرج سابقاً عن 25 مسيحي', ['16 مسيحي', '25 مسيحي']], // Coptic Orthodox Cultural Center, 2016
    // People counted by what befell them, or by an accusative thousands word alone (Reuters, 2018; Palestine Times, 2013).
    ['وقال المرصد إن أكثر من 150 ألفا نزحوا عن مدينة عفرين', ['أكثر من 150 ألفا']],
    ['وراح ضحيتها أكثر من 70 ألف قتيل، بجانب 149 سقطوا برصاص القوات الموالية للنظام', ['أكثر من 70 ألف قتيل', '149']],
    ['وقال إن عدد المقاتلين في صفوفه بلغ 60 ألفاً، بينهم عرب', ['60 ألفاً']],
    ['ولفت ترمب إلى أن بلاده أنفقت سبعة تريليون دولار في الشرق الأوسط', ['سبعة تريليون دولار']], // Al-Taghier, 2018
    ['في عام 2015 عادوا إلى قراهم', []], // a year, then a verb
    ['من بينهم 581 من عناصر داعش وما يفوق ال300 من المقاتلين الأكراد', ['581 من عناصر', '300 من المقاتلين']], // Al-Fadjr, 2014
    ['تبين أن له عدة زوجات: واحدة سورية، وواحدة عراقية، والثالثة أوروبية', []], // adjectives, not counts
    ['وصلت إلى داخل مدينة عين العرب الكردية السورية الاثنين', []], // «الاثنين» is Monday
    ['وقعت الحادثة في الـ15 من الشهر الماضي', []], // an ordinal date
    ['وأكد شهود عيان خروج أربع مدرعات أميركية من منبج', ['أربع مدرعات']], // Dorar al-Iraq, 2019: armoured vehicles
    // «منها», «من سكان», one person in a tally (Damascus Voice, 2023; Naharnet, 2014).
    ['بينها 12 طفلاً و6 سيدات، مضيفة أنّ 161 منها إلى حالات اختفاء قسري', ['12 طفلاً', '6 سيدات', '161 منها']],
    ['وقال إن 800 من سكان هذه القرى مصيرهم مجهول', ['800 من سكان']],
    ['واعتقلت قسد 72 مدنياً بينهم ستة أطفال وسيدة واحدة', ['72 مدنياً', 'ستة أطفال', 'واحدة']],
    ['و34 حالة بينها طفل واحد', ['34 حالة', 'واحد']],
    ['قُتل 15 شخصاً من عائلة واحدة في القصف', ['15 شخصاً']], // one family, not a count of one
    ['رجال القبائل الذين هبوا هبة رجل واحد', []], // «as one man»
    ['أدت إلى مقتل جندي وجرح اثنين بحسب مصادر إعلامية رسمية', ['اثنين']], // Ajloun News, 2021: a number word after a count word
    ['وعاد الوفد يوم الاثنين إلى دمشق', []],
    // Monday before a noun the number two could count (14 February 2011, 2018; NG Misr, 2025) — not «اثنين» without the article.
    ['بغارة جوية استهدفت ليلة الاثنين موقعا عسكريا للحشد', []],
    ['حيث انفجرت اليوم الإثنين سيارة مفخخة وسط المدينة', []],
    ['وأصيب اثنين من المدنيين في القصف', ['اثنين من المدنيين']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((f) => f.text)).toEqual(figures);
  });
});

describe('figures: the items of a list a sourced sentence opens with a colon', () => {
  test('each item keeps the source of the line before the list (Awqat, 2025; Nabd Syria, 2025)', () => {
    const text =
      'وأفاد المرصد السوري أن الاشتباكات أسفرت عن مقتل 101 شخص، توزعوا على النحو التالي:\n- 85 قتيلاً من الفصائل الموالية لتركيا.\n- 16 قتيلاً من قوات سوريا الديمقراطية.\nوقتل 3 مدنيين في قصف على القرية.';
    const figures = findings(text, 'figure').map((f) => [f.text, f.attribution]);
    expect(figures).toEqual([
      ['101 شخص', 'named'],
      ['85 قتيلاً', 'named'],
      ['16 قتيلاً', 'named'],
      ['3 مدنيين', 'none'], // after the list, the outlet's own voice again
    ]);
  });

  test('a list after a colon whose line cites no one stays the outlet’s (Al-Hadath Plus, 2025)', () => {
    const text =
      'وأشار جون بيل، مدير الشركة، إلى أن هذه الأرقام تمثل منطقة واحدة فقط.\nتسيطر قسد على 48 حقل نفط، وأبرزها:\n- حقول الرميلان: تضم حوالي 1322 بئر نفط.\n- حقل الجبسة: كان إنتاجه حوالي 2500 برميل يوميًا.';
    expect(findings(text, 'figure').map((f) => [f.text, f.attribution])).toEqual([
      ['48 حقل', 'none'],
      ['حوالي 1322 بئر', 'none'],
      ['حوالي 2500 برميل', 'none'],
    ]);
  });

  test('«وكان أفاد في وقت سابق أن»: a statement recalled with no subject carries the source before (Al-Ahram al-Massai, 2014)', () => {
    const text = 'وافاد المرصد السوري لحقوق الانسان مساء امس ان قوات النظام انسحبت من مقر الفرقة. وكان افاد في وقت سابق ان خمسين عنصرا من القوات النظامية قتلوا.';
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([['خمسين عنصرا', 'named']]);
  });

  test('«وقالت اليوم (الأحد)، إن»: time words between a subjectless verb and what it says still carry the source on (I3lam al-Arab, 2022)', () => {
    const text = 'وقالت قوات سوريا الديمقراطية في البداية إنها أحبطت عملية الهروب. وقالت اليوم (الأحد)، إن 17 من أفرادها سقطوا قتلى.';
    expect(findings(text, 'figure').map((x) => [x.text, x.attribution])).toEqual([['17 من أفرادها', 'named']]);
    // A name after the time words is a speaker of its own, not the one carried on.
    const other = 'وقالت قوات سوريا الديمقراطية إنها أحبطت عملية الهروب. وقالت اليوم مصادر محلية إن 17 شخصاً قتلوا.';
    expect(findings(other, 'figure').map((x) => [x.text, x.attribution])).toEqual([['17 شخصاً', 'vague']]);
  });

  test('«وروت مصادر مطلعة أن»: «روى» is a verb of saying (Catholic EG, 2019)', () => {
    const f = findings('وروت مصادر مطلعة أن الرجال الثلاثة كانوا قد زاروا المنطقة', 'figure');
    expect(f.map((x) => [x.text, x.attribution])).toEqual([['الثلاثة', 'vague']]);
  });
});

describe('figures: «كما» carries the speaker on, in the outlet’s own words', () => {
  test('the figure is the speaker’s; a label in the same sentence stays the outlet’s own word', () => {
    const text = 'أعلن البنتاغون أن جنديين من الجيش الأمريكي قُتلوا في هجوم بمدينة تدمر. كما قصفت ميليشيا قسد 3 قرى.';
    const r = analyze(text);
    expect(r.findings.find((f) => f.kind === 'figure' && f.text === '3 قرى')?.attribution).toBe('named');
    const label = r.findings.find((f) => f.kind === 'framing' && f.text === 'ميليشيا');
    expect(label).toBeDefined();
    expect(label?.quoted).toBeFalsy();
  });
});

describe('figures: a number word, «من» and what it counts a part of', () => {
  test.each<[string, string[]]>([
    // (Al-Diyar, 2023; Al-Nashra al-Dawlia, 2022; Syria Direct, 2025; Non Online, 2015.)
    ['وفي الشهر نفسه، أعلن مصدر أمني سوري القضاء على اثنين من أخطر متزعمي تنظيم «داعـش»', ['اثنين من أخطر']],
    ['تمكنت من إلقاء القبض على اثنين من أصل 5 من عناصر داعش ممن فروا من سجن غويران', ['اثنين من أصل', '5 من عناصر']],
    ['تبحث عن وسيلة لاستئناف تعليم اثنين من أبنائها بعد أن توقفت مدارسهم', ['اثنين من أبنائها']],
    ['وأكد التنظيم المتطرف في الفيديو “نحر اثنين من مرتدي “الرقة تذبح بصمت” الذين تآمروا', ['اثنين من مرتدي']],
    // People a source word or a title names, not cited: counted.
    ['وقال عبد الرحمن إن الاشتباكات أدت إلى مقتل حوالي 13 مقاتلاً من "داعش" من بينهم اثنان من القادة', ['حوالي 13 مقاتلاً', 'اثنان من القادة']], // Al-Wasat, 2014
    ['نفذت المروحيات الأمريكية عملية إخلاء حوالي 20 من القادة ومقاتلي داعش من منطقة البوليل', ['حوالي 20 من القادة']], // BM Magazine, 2017
    ['قامت هذه المروحيات بإجلاء أربعة من ضباط داعش من أصل عراقي، وغادرت في اتجاه مجهول', ['أربعة من ضباط']], // Voltaire Network, 2018
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'فرضت واجب الدفاع الذاتي على من أتمَّ الثامنة عشر من عمره', // an age
    'قُتل شاب في الـ 18 من عمره على الحدود', // an age, in digits
    'وقال اثنان من المصادر إن روسيا تسحب قواتها من مطار القامشلي', // sources, not a count
    'وبحسب اثنين من المسؤولين، أكمل الجيش الأميركي انسحابه', // sources, not a count
    'اثنان من المصادر افادا أن القوات الروسية بدأت انسحابا تدريجيا من مطار القامشلي', // Al-Yemeni al-Jadid, 2026: a word for a source alone
    'ثم عاد في 16 من الجاري إلى المعبر', // a day of the month
    'سيطرت القوات على 80% من المدينة', // a share, read as a percentage only
  ])('«%s»: no count of a part', (text) => {
    expect(findings(text, 'figure').filter((x) => / من /.test(x.text))).toEqual([]);
  });
});

describe('figures: duals of vehicles, graves, roads and tents', () => {
  test.each<[string, string]>([
    // (IranWire Arabic, 2021; Enab Baladi, 2021; Micro Syria, 2015.)
    ['ما أدّى إلى انفجار عربتين تابعتين للحشد الشعبي دون وقوع خسائر بشرية', 'عربتين'],
    ['استهدف حاجز قرية طاط مش بإطلاق نار من قبل أربعة ملثمين على دراجتين ناريتين', 'دراجتين'],
    ['ويشار إلى أنه في 29/12/2014م تم اكتشاف مقبرتين جماعيتين، الأولى قرب قرية البحرة', 'مقبرتين'],
    // In the nominative and in construct (Daily Sabah, 2020; ISW News, 2022; Elsaa News, 2022).
    ['قطعت مدرعتان أمريكيتان الطريق عليها وأجبرتها على العودة', 'مدرعتان'],
    ['وصلت يوم أمس طائرتا شحن عسكريتان / يوشن/ إلى مطار القامشلي', 'طائرتا'],
    ['قال مسؤولون أمنيون ومسؤولون عن الحدود في العراق لرويترز إن شاحنتي وقود على الأقل دمرت', 'شاحنتي'],
    // Roads and tents (Masress, 2016; Rozana, 2016; Syria Direct, 2023; 7al.net, 2020).
    ['نجحت قوات سوريا الديمقراطية في قطع طريقين رئيسيين يستخدمهما المتطرفون لنقل الإمدادات', 'طريقين'],
    ['تكون قد قطعت أهم طريقين لإمداد تنظيم "داعش"', 'طريقين'],
    ['من خيمتين في مرآب سيارات بمدينة غازي عنتاب، جنوبي تركيا', 'خيمتين'],
    ['وقتل لاجئ عراقي يوم الأحد الفائت بالتزامن مع اندلاع حريق في خيمتين داخل القطاع الأول في المخيم', 'خيمتين'],
  ])('«%s» counts «%s»', (text, figure) => {
    expect(findings(text, 'figure').map((x) => x.text)).toContain(figure);
  });
});

describe('figures: «وبلغت حصيلة» goes on with the toll of the sentence before', () => {
  test.each<[string, string, string]>([
    // The Levant News, 2025: the toll follows one the Observatory documented.
    [
      'تواصلت المواجهات العنيفة في شمال سوريا، موقعة أكثر من 100 قتيل خلال اليومين الماضيين، وفق توثيق المرصد السوري لحقوق الإنسان.\nوبلغت حصيلة خسائر المجموعات الموالية للنظام التركي 85 عنصراً، بينما فقد 16 مقاتلاً من قوات سوريا الديمقراطية حياته.',
      '85 عنصراً',
      'named',
    ],
    // Arabic Post, 2023: the sentence before cites a spokeswoman on aid, with no count of people.
    [
      'توقعت المتحدثة باسم مفوضية الأمم المتحدة للاجئين، رلى الأمين، نقل مساعدات إغاثية إلى الشمال السوري عبر معبر باب الهوى.\nارتفعت حصيلة الوفيات في عموم سوريا إلى 3042 شخصاً، جراء الزلزال المدمر.',
      '3042 شخصاً',
      'none',
    ],
  ])('«%s»: %s is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((x) => x.text === figure)?.attribution).toBe(attribution);
  });
});

describe('figures: «وتوزع» breaks down the count of the sentence before', () => {
  test.each<[string, string, string]>([
    // Yalla Syria News, 2025: the count of pupils the education body gave, broken down.
    [
      'وقالت هيئة التربية والتعليم إن عدد الطلاب في جميع المراحل التعليمية بلغ 201 ألف طالب. وتوزع العدد على 170975 طالبًا في المرحلة الابتدائية، و22242 في المرحلة الإعدادية.',
      '170975 طالبًا',
      'named',
    ],
    // Asia News, 2023: the toll human-rights groups counted, then its breakdown.
    ['وأحصت منظمات حقوقية مقتل 44 شخصاً من العسكريين والمدنيين. وتوزع القتلى على النحو الآتي: 30 من الأسايش باستهداف من قبل طائرة حربية تركية.', '30 من الأسايش', 'vague'],
    // Kurdische Antenne, 2019: the present tense describes how people live; it breaks nothing down.
    ['وقال مسؤول محلي إن 35 ألف إيزيدي كانوا يعيشون في المنطقة. ويتوزع الكورد الإزيديون على 22 قرية بمنطقة عفرين.', '22 قرية', 'none'],
    // With no count of people before, there is nothing to break down.
    ['وقال المرصد إن القصف طال القرى الحدودية. وتوزعت القوات على 12 موقعاً.', '12 موقعاً', 'none'],
    // «وتوزع» as a present with its own subject and object distributes; it breaks nothing down.
    ['وقال المرصد إن 5 أشخاص قتلوا في القصف. وتوزع المنظمة المساعدات على 300 عائلة في المخيم.', '300 عائلة', 'none'],
    ['وقال المرصد إن 85 شخصا قتلوا. وتوزع القتلى كالآتي: 60 شخصا من المدنيين.', '60 شخصا', 'named'],
  ])('«%s»: %s is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((x) => x.text === figure)?.attribution).toBe(attribution);
  });
});

describe('figures: «وبحسب» with no source after it refers back to the one just given', () => {
  test.each<[string, string, string]>([
    // Syriac Press, 2022: the coordinator named in the sentence before, by his surname.
    [
      'منسق الأمم المتحدة في سوريا “عمران رضا” أوضح أن مخيم الهول يعاني من أوضاع أمنية صعبة. وبحسب “رضا” فإن حوالي أربعة عشر مليون شخص في سوريا هم بحاجة لمساعدات إنسانية.',
      'حوالي أربعة عشر مليون شخص',
      'named',
    ],
    // Tjarbna, 2024: «المذيع» is the channel's presenter cited before.
    ['وأشارت قناة العربية إلى أنه يتم تسليم المزيد من الأسلحة والإمدادات. وبحسب المذيع، عبرت ما مجموعه ست قوافل محملة ببضائع للتحالف.', 'ست قوافل', 'named'],
    // With no source cited before, no one is carried on.
    ['وبحسب المذيع، عبرت ما مجموعه ست قوافل محملة ببضائع للتحالف.', 'ست قوافل', 'none'],
    // A word with the article that names no one («الاتفاق») carries no speaker on.
    ['وقال المرصد إن القوات انسحبت من البلدة. وبحسب الاتفاق فإن 500 مقاتل سيغادرون المنطقة.', '500 مقاتل', 'none'],
    // Rudaw, 2023: «المعلومات» the outlet itself gathered, not the SDF of the sentence before.
    [
      'أمس الإثنين 4 أيلول، أعلنت قسد مقتل 11 مقاتلاً من قواتها خلال الأحداث في دير الزور. بحسب المعلومات التي حصلت عليها شبكة رووداو الإعلامية، فإن الموالين لأبو خولة يسيطرون على نحو 18 قرية من الذيبان إلى هجين.',
      'نحو 18 قرية',
      'none',
    ],
    // «استناداً إلى» before a reason, not someone named again (seed 003).
    [
      'ووصف بيان قسد الهجوم بأنه محاولة يائسة. واستناداً إلى تجاربه المريرة مع كل من جبهة النصرة وداعش يستمر المجتمع المحلي في دعم قسد، وخرجت الاكاديميات العسكرية 3 دورات تدريب عسكرية ضمت أكثر من 100 مقاتل جديد.',
      'أكثر من 100 مقاتل',
      'none',
    ],
  ])('«%s»: %s is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((x) => x.text === figure)?.attribution).toBe(attribution);
  });
});

describe('figures: «وفق قوله» goes on with the speaker cited before', () => {
  test.each<[string, string, string]>([
    // Al-Maghrib Today (AFP), 2016.
    [
      'وقال القائد العام لقوات الأسايش في سوريا جوان ابراهيم إن انتحارياً فجر نفسه عند الحاجز. واسفر التفجير، وفق قوله، عن سقوط "خمسة شهداء واربعة جرحى من قوات الاساييش".',
      'خمسة شهداء',
      'named',
    ],
    ['وقالت المتحدثة باسم المنظمة إن المخيم يضم 50 ألف شخص. ويعاني نحو 20 ألف طفل، بحسب قولها، من سوء التغذية.', 'نحو 20 ألف طفل', 'named'],
    // With no speaker cited before, no one is carried on.
    ['وأسفر التفجير، وفق قوله، عن سقوط خمسة قتلى.', 'خمسة قتلى', 'none'],
  ])('«%s»: %s is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((x) => x.text === figure)?.attribution).toBe(attribution);
  });
});

describe('figures: a party recalled as accusing gives its account', () => {
  test.each<[string, string, string]>([
    // For You Syria, 2018: the Asayish's statement, recalled with «وكانت … قد».
    ['وكانت “الآسايش” قد اتهمت في بيان لها دورية الأمن العسكري المؤلفة من ثلاث سيارات بدخول منطقة سيطرة القوات الكردية', 'ثلاث سيارات', 'named'],
    ['وكانت قسد قد اتهمت الفصائل بقتل 5 مدنيين في القرية', '5 مدنيين', 'named'],
    // The deed is still no statement.
    ['وكانت قسد قد قصفت القرية وقتلت 5 مدنيين', '5 مدنيين', 'none'],
  ])('«%s»: %s is %s', (text, figure, attribution) => {
    expect(findings(text, 'figure').find((x) => x.text === figure)?.attribution).toBe(attribution);
  });
});

describe('figures: «بحسب الإحصائية» refers back to the body that gave the statistic', () => {
  test("the count is the crisis centre's (Al-Hal, 2019)", () => {
    const text =
      'وكشف مركز تنسيق الأزمات المشترك التابع لوزارة الداخلية في كردستان عن إحصائية حول أعداد اللاجئين السوريين الواصلين إلى الإقليم.\nوبلغت أعداد اللاجئين بحسب الإحصائية إلى 15109 شخص، في حين وصل إلى الإقليم خلال 24 ساعة الماضية 112 لاجئاً سورياً.';
    expect(findings(text, 'figure').find((x) => x.text === '15109 شخص')?.attribution).toBe('named');
  });
});

describe("figures: litres of fuel are counted, a container's capacity is not", () => {
  test.each<[string, string[]]>([
    // Hawar, 2018; Syria TV, 2021: fuel handed out or moved, in litres.
    ['وتم تخصص 400 لتر من المازوت لكل عائلة', ['400 لتر']],
    ['نقلت ما يزيد على 25 مليون لتر نفط', ['ما يزيد على 25 مليون لتر']],
    // Baghdad 24, 2021: the barrel's size after «سعة»; Ashna, 2021 reads «يسع» the same way.
    ['وبسعر يتجاوز ألف ليرة سورية للبرميل الواحد، سعة (200 لتر).', ['ألف ليرة']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });
});

describe('figures: a number word from three to ten counts the plural after it', () => {
  test.each<[string, string[]]>([
    ['وتمكنت الميليشيات الكردية حتى الآن من السيطرة على أربعة أحياء بالكامل', ['أربعة أحياء']], // Micro Syria, 2017
    ['وشهدت الرقة توترًا كبيرًا خاصةً في أثناء تشييع الهويدي. وأعلنت ثلاث عشائر هي البوشعبان', ['ثلاث عشائر']], // Enab Baladi, 2018
    ['كما تم رصد مغادرة ما لا يقل عن ثلاث حافلات تقل المقاتلين من حي الشيخ مقصود', ['ما لا يقل عن ثلاث حافلات']], // Gulf Channels, 2026
    ['"الطائرات التركية أغارت ثلاث مرات متتالية على المستشفى"', ['ثلاث مرات']], // Kirkuk Now, 2021
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'وشنّوا الهجومَ من ثلاثةِ محاور، في مسعىً للسيطرةِ عليه', // Syriac Press, 2022: directions
    'وبيّن التقرير أن حالات التجنيد لدى الوحدات قد زادت خمسة أضعاف بالمقارنة مع العام السابق', // 7al, 2018: a multiple
    'وقالت مصادر سورية مطلعة إن المجتمعين يبحثون بشكل أساسي ثلاثة ملفات', // Arabic Post, 2025: matters talked about
    'أعلی مبنی مؤلف من أربعة طوابق علی مقربة من موقع شهد أعنف الاشتباکات', // Alwaght, 2014: a building's height
    'ويذكر أن المسجد الحميدي في الرقة بني في القرن الثامن عشر إبان حكم السلطان عبد الحميد', // Hierapolis, 2019: an ordinal
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: digits count the noun right after them, whatever the noun', () => {
  test.each<[string, string[]]>([
    ['الأربعاء، بمهاجمة 5 أماكن في قطاع تأمين شمال سيناء', ['5 أماكن']], // 7al, 2015
    ['وقالت الأسايش إنها “صادرت 93684 غرام من مادة الحشيش و70704 حبات مخدرة', ['93684 غرام', '70704 حبات']], // 7al, 2019
    ['أعلنت أكثر من 40 عشيرة من عشائر ريف حلب الشرقي', ['أكثر من 40 عشيرة']], // Raqqa Post, 2017
    ['حيث تم حتى الآن نقل قرابة 16 ألف مواطن عبر 28 قافلة', ['قرابة 16 ألف مواطن', '28 قافلة']], // Rudaw, 2025
    // Enab Baladi, 2023: a weight after «بوزن» is how heavy, not how many.
    ['أن سعر الربطة المكوّنة من سبعة أرغفة بوزن 600 غرام ارتفع', ['سبعة أرغفة']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'شهداء مجزرة عامودا هم كلٌ من: 1ـ شيخموس علي 2ـ برزان قرنو 3ـ نادر خلو 4ـ آراس بنكو', // Rebaz News, 2025: a numbered list
    'فقد انطلقت العملية في 21 جانفي الجاري', // Le Maghreb, 2026: a month as written in the Maghreb
    'حيث استشهد كل من نديمة حسين الحمود (45 سنة) وزهرة علي جبان (23 سنة)', // Al-Morakib, 2024: ages
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a title or a source word a number counts, unless it is the speaker', () => {
  test.each<[string, string[]]>([
    ['وتمكنوا من قتل 17 من أفراد الجيش، بينهم 4 ضباط', ['17 من أفراد', '4 ضباط']], // Al-Hal, 2015
    ['أنها “أوقفت 53 فردا من عناصر داعش، بينهم 5 مسؤولين عن الخلايا', ['53 فردا', '5 مسؤولين']], // IMLebanon, 2021
    ['والمسؤولين في جهات خدمية، ممن اغتيلوا ضمن 4 محافظات، هي: حلب ودير الزور', ['4 محافظات']], // Al-Mowatna, 2020
    ['إن 70 دولة و14 منظمة دولية قدمت المساعدة لتركيا', ['70 دولة', '14 منظمة']], // News TN, 2023
    ['بمقتل خمسة عناصر من “قسد” بينهم ثلاثة قادة عسكريين محليين بكمين مسلح', ['خمسة عناصر', 'ثلاثة قادة']], // Libya Akhbar, 2021
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'أفادت 3 مصادر سورية مطلعة إن التحالف الدولي بقيادة الولايات المتحدة', // Blinx, 2026
    'أفادت ثلاثة مصادر أمنية الأحد بأن القوات السورية', // Al-Rai, 2026
    'قالت خمسة مصادر سورية لوكالة "رويترز" للأنباء إن روسيا', // Al-Yemeni al-Jadid, 2026
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a month two words back names no number after a word of another kind', () => {
  test.each<[string, string[]]>([
    ['وأطلق مسلحو PYD يوم الأحد 8 أيلول سراح 4 من أعضاء المجلس الوطني الكوردي', ['4 من أعضاء']], // Rebaz News, 2024
    ['وقال وزير الدفاع التركي فكري إيشق يوم 22 ديسمبر إن 16 جنديا تركيا قتلوا في هجوم', ['16 جنديا']], // People's Daily, 2016
    ['خطفوا في نهاية تموز/يوليو نحو 200 مدني من بلدتي تل عرن وتل حاصل', ['نحو 200 مدني']], // Al Bawaba, 2013
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });
});

describe('figures: an approximator between the number and «من»', () => {
  test.each<[string, string[]]>([
    ['قد ذكر في وقت سابق أن 90 على الأقل من الرجال والنساء والأطفال خطفوا', ['90 على الأقل من الرجال']], // Bokra, 2015
    ['على سجن غويران، إن اثنين على الأقل من الأطفال الذين كانوا موجودين', ['اثنين على الأقل من الأطفال']], // Safqa, 2022
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });
});

describe('figures: a number of a year counts what follows «من»', () => {
  test.each<[string, string[]]>([
    ['يذكر أن 2000 من المسلحين الأكراد يقاتلون', ['2000 من المسلحين']], // Watan, 2014
    ['بحاجة لعلاج فوري بالمشفى، من أصل 2000 من النساء والأطفال وصلوا المخيم', ['2000 من النساء']], // Syria Express, 2019
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'و”سعد خليف المطلب” مواليد 2002 من قرية محكان', // Syriac Press, 2021: a year of birth
    'حين خطفها التنظيم مع شقيقتها 2014 من سنجار', // Al-Youm TV, 2020: a year, then a place
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a span of time before a number names no date', () => {
  test.each<[string, string[]]>([
    ['وأعلن القيادي في وحدات حماية الشعب أنه قتل خلال شهرين 3 آلاف من مسلحي تنظيم الدولة', ['3 آلاف من مسلحي']], // Al-Ummah News, 2014
    ['وكان تنظيم "داعش" قد أعدم قبل أسابيع 200 من عناصره الذين هربوا', ['200 من عناصره']], // Tasnim, 2014
    // «عام», «سنة» after «خلال» (made-up variants of the Al-Ummah News row).
    ['وقتل خلال عام 300 مدني في المحافظة', ['300 مدني']],
    ['ونزح خلال سنة 5 آلاف شخص', ['5 آلاف شخص']],
    ['ويقبع في مخيم الهول منذ سنوات مئات التونسيين، أغلبهم من النساء', ['مئات']], // Yemeni Windows, 2025
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'قال الناطق الإعلامي للجنة السورية لحقوق الإنسان بأن سنوات أربع مرت على مجزرة القامشلي', // ANHRI, 2008: the span's own count
    'وبيّن التقرير أن حالات التجنيد في عام 2017 لدى الوحدات', // Al-Hal, 2018: a year
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: digits times a thousands word are a count whatever follows', () => {
  test.each<[string, string[]]>([
    ['الأمم المتحدة تعلن نزوح 130 ألف مدني بعد هجمات تركيا ومازال 400 ألف بحاجة للمساعدة', ['130 ألف مدني', '400 ألف']], // Berwaz, 2019
    ['ويضم المخيم أكثر من 67 ألف مقيم، من بينهم الآلاف من عائلات تنظيم “داعش”', ['أكثر من 67 ألف مقيم', 'الآلاف من عائلات']], // Al-Hal, 2020
    ['كشف المصدر عن وجود قرابة 60 الف نزيل موزعين على عموم السجون', ['قرابة 60 الف نزيل']], // Shafaq News, 2026
    ['عفرين، التي تضم نحو 15 مليون شجرة زيتون، يشكّل إنتاجها نصف زيت الزيتون', ['نحو 15 مليون شجرة']], // Syria Direct, 2025
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'وقالت إنها تمكنت من استعادة السيطرة على أكثر من 50 ألف كيلومتر مربع من أيدي داعش', // Arabian Iraq, 2019: an area
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a total reached through «إلى»', () => {
  test.each<[string, string[]]>([
    ['وارتفعت حصيلة القتلى الإجمالية نتيجة الأحداث إلى 102 بينهم 61 من داعش', ['102', '61 من داعش']], // Al-Montasaf, 2022
    ['ليرتفع إلى 167 بينهم 59 طفلاً و37 مواطنة عدد المدنيين', ['167', '59 طفلاً', '37 مواطنة']], // Yemen Today, 2017
    ['وأفاد المرصد عن ارتفاع عدد القتلى من الجماعات المسلحة مجتمعة الى 35 منذ يوم الثلاثاء الفائت', ['35']], // Al-Alam, 2013
    ['وبعد بضعة أيام وصل عدد الجثث إلى ما يقرب من 20، بما فيها جثث أطفال', ['ما يقرب من 20']], // INN Lebanon, 2019
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'وتلزم قسد الشباب من مواليد 1998 إلى 2003 بالخدمة العسكرية', // Syria TV, 2021: years, and no total
    'تأمين حدودها الجنوبية مع سوريا بحزام أمني يصل عمقه إلى 30 كيلو مترا', // SND, 2022: a depth
    'الحملة شملت الذكور من سن 15 إلى 40 عامًا', // Dama Post, 2025: ages
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a range is one figure; a value changed from one number to another is two', () => {
  test.each<[string, string[]]>([
    ['لكن قدروا أن "الحملة تنتهي عندما تبلغ الأعداد بين 200 و250 شابا', ['200 و250 شابا']], // Smart, 2017
    ['ولا يزال حوالي 18 ألف عراقي في المخيم، وتمت إعادة حوالي 4500 إلى 5000 عائلة', ['حوالي 18 ألف عراقي', 'حوالي 4500 إلى 5000 عائلة']], // Lalish Duhok, 2024
    ['وهذه العائلات تشكل بحدود 650-700 شخص، ما يحتاج الى ترتيبات', ['650-700 شخص']], // Rudaw, 2022
    ['إذ ارتفع سعر الليتر الواحد من 525 إلى 2300 ليرة سورية', ['525', '2300 ليرة']], // Enab Baladi, 2023
    // A range after a count word (Arab Khabar, 2025; Sahafi, 2026).
    ['والذي يُقدر عددهم بين 80 و90 ألف مقاتل على الحدود التركية مباشرة', ['80 و90 ألف مقاتل']],
    ['ويُقدر عددهم ما بين 30 و45 مليون نسمة', ['30 و45 مليون نسمة']],
    // A smaller second number after «إلى» is where the first went, no range (made-up variants of the Lalish Duhok row).
    ['وتم نقل 50 إلى 3 مستشفيات', ['3 مستشفيات']],
    ['وأعادت السلطات 120 إلى 4 قرى', ['4 قرى']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'النساء تتراوح أعمارهن بين 26 و 35 عامًا', // Rai al-Khaleej, 2023: ages
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: the article on digits times a thousands word is no ordinal', () => {
  test.each<[string, string[]]>([
    ['وكشف التقرير أن هناك 2000 من المرتزقة السوريين من بين الـ13 ألف الذين أرسلتهم تركيا مؤخراً إلى ليبيا', ['2000 من المرتزقة', '13 ألف']], // Al-Roeya, 2020
    ['ونزح ما يقارب الـ150 ألف نسمة من محافظة الرقة بسبب المعارك المشتعلة', ['150 ألف نسمة']], // Syria Direct, 2017
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });
});

describe('figures: a number written out past a thousand, and the rest after its thousands word', () => {
  test.each<[string, string[]]>([
    ['وإن الرقم الحقيقي قد يكون أكثر من مئة ألف.', ['أكثر من مئة ألف']], // Al-Eqtisadiah, 2014
    ['وسط إجراءات أمنية مشددة يضمنها أكثر من ألفي شرطي تفادياً لاي تجاوزات', ['أكثر من ألفي شرطي']], // Al-Alam, 2018
    ['سلموا أنفسهم اليوم، عددهم نحو ألفين وغالبيتهم من المقاتلين', ['نحو ألفين']], // Risalat al-Umma, 2019
    // The rest after «و» is one number with its thousands (Enab Baladi, 2019; Anadolu, 2018; Sawt al-Umma, 2017).
    ['بسبب تداعيات المعارك بمناطق شمال شرقي سوريا وصل 19 ألفًا و18 لاجئًا إلى إقليم كردستان', ['19 ألفًا و18 لاجئًا']],
    ['إن نحو ألف و500 شاحنة محملة بالأسلحة والذخائر', ['نحو ألف و500 شاحنة']],
    ['أسفرت عن سقوط أكثر من ألف وستمائة قتيل', ['أكثر من ألف وستمائة قتيل']],
  ])('«%s» → %j', (text, figures) => {
    expect(findings(text, 'figure').map((x) => x.text)).toEqual(figures);
  });

  test.each([
    'الموافق الثالث من فبراير لعام ألفين واثنان وعشرين ميلادي', // mhtwa.net, 2022: a year written out
    'بعد قدومنا الأشوريين ألف وتسعمائة وثلاثة وثلاثين على ضفاف نهر الخابور', // Syriac Press, 2021: a year without «عام»
    'بناها الحثيّون في الألف الثاني قبل الميلاد', // Firil, 2016: a millennium
  ])('no figure in «%s»', (text) => {
    expect(findings(text, 'figure')).toEqual([]);
  });
});

describe('figures: a figure given again in the next sentences is the source’s that gave it', () => {
  test.each<[string, string, number, string, string | undefined]>([
    // TRT Arabi, 2024: the ministry's count, given again two sentences on with no cue of its own.
    [
      'كما أعلنت وزارة الدفاع التركية، الأحد، تحييد 10 إرهابيين في غارات جوية شمالي العراق.\nوذكرت الدفاع التركية في بيان أن القوات المسلحة التركية تواصل دك جحور الإرهابيين بمخالبها الفولاذية.\nوأكدت تحييد 10 إرهابيين من تنظيم PKK في منطقة عملية "المخلب–القفل" في غارات جوية.',
      '10 إرهابيين',
      1,
      'named',
      'وزارة الدفاع التركية',
    ],
    // Arabic Post, 2022: three sentences on, ten workers of another attack, a year before.
    [
      'قال وزير النفط في النظام السوري بسام طعمة، الجمعة 30 ديسمبر/كانون الأول 2022، للتلفزيون الرسمي إن 10 عمال قُتلوا فيما أصيب أربعة آخرون في هجوم قرب حقل نفط في دير الزور بشمال سوريا.\nولم تكشف وكالة أنباء النظام السوري الجهة التي تقف خلف الهجوم.\nوقالت وكالة الأنباء الفرنسية إن الهجوم نفذته "خلايا" تابعة للتنظيم داعش.\nوشنّ التنظيم العام الماضي هجوماً مماثلاً، أودى في 2 ديسمبر/كانون الأول 2021 بعشرة من عمال حقل الخراطة النفطي',
      'بعشرة من عمال',
      0,
      'none',
      undefined,
    ],
    // The same value counting another noun is another figure.
    ['قال وزير النفط إن 10 عمال قُتلوا في الهجوم.\nوأصيب 10 جنود في هجوم آخر.', '10 جنود', 0, 'none', undefined],
    // A table of credited counts, one value over and over, is no figure given again.
    ['وقال المرصد إن ' + 'قتل 12 عنصراً في قرية، و'.repeat(17) + 'قتل 12 عنصراً.\nوفي قرية أخرى قتل 12 عنصراً.', '12 عنصراً', 18, 'none', undefined],
  ])('«%s»: %s (mention %i) is %s', (text, figure, k, attribution, source) => {
    const f = findings(text, 'figure').filter((x) => x.text === figure)[k];
    expect([f?.attribution, f?.source?.text]).toEqual([attribution, source]);
  });
});

describe('figures: a body whose stance opens the sentence is the source of its counts', () => {
  test.each<[string, string, string, string | undefined]>([
    // Najah News, 2019; Rozana, 2017; Jisr TV, 2019; Youm7, 2018.
    ['أدانت الولايات المتحدة مقتل 9 مدنيين رميا بالرصاص شمال شرقي سوريا', '9 مدنيين', 'named', 'الولايات المتحدة'],
    ['أعربت الأمم المتحدة عن قلقها البالغ على مصير نحو 100 ألف مدني محاصر في الرقة', 'نحو 100 ألف مدني', 'named', 'الأمم المتحدة'],
    ['طالبت الأمم المتحدة بمساعدة آلاف الأطفال الأجانب الموجودين في مخيم الهول', 'آلاف الأطفال', 'named', 'الأمم المتحدة'],
    ['رحبت الولايات المتحدة، يوم الخميس، بمساهمة السعودية بمبلغ 100 مليون دولار للمساعدة', '100 مليون دولار', 'named', 'الولايات المتحدة'],
    // «جدد» renews an attack as often as a demand (Post Syria, 2021): the outlet's own count.
    ['جددت القوات التركية قصفها المدفعي على ريف ناحية عين عيسى، حيث أصيب مدنيين اثنين بجراح', 'اثنين', 'none', undefined],
    // A verb of stance inside the sentence, after an act of the party's own, names no source.
    ['قصفت القوات التركية قرية العبوش ودعت الأهالي إلى مغادرة 3 قرى', '3 قرى', 'none', undefined],
  ])('«%s»: %s is %s', (text, figure, attribution, source) => {
    const f = findings(text, 'figure').find((x) => x.text === figure);
    expect([f?.attribution, f?.source?.text]).toEqual([attribution, source]);
  });

  test('the body takes a stance, it does not speak: a loaded word after it stays the outlet’s own', () => {
    const r = analyze('أدانت الولايات المتحدة مقتل 9 مدنيين على يد المرتزقة');
    expect(r.findings.find((f) => f.kind === 'figure')?.attribution).toBe('named');
    expect(r.findings.filter((f) => f.kind === 'source').map((f) => f.text)).toEqual([]);
  });
});
