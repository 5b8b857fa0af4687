/**
 * The teacher pages' and exports' own words in Arabic and English. Words the popup and the
 * card already have (kind names, stance names, "next") come from lib/ext/i18n and
 * lib/ext/i18n-card, so a kind is called the same everywhere.
 */
import type { Lang } from '../ext/i18n';

const WORDS = {
  teacherMode: { ar: 'وضع المعلّم', en: 'Teacher mode' },
  libraryTitle: { ar: 'مكتبة الأمثلة', en: 'Demo library' },
  libraryIntro: {
    ar: 'خمسة مقالات حقيقية عن شمال شرق سوريا من وسائل متباينة، تُحلَّل على هذا الجهاز دون اتصال ودون إرسال أي شيء.',
    en: 'Five real articles about north-east Syria from outlets that disagree, analysed on this computer, offline; nothing is sent anywhere.',
  },
  showcase: { ar: 'قارن جنباً إلى جنب: مقال ضد قسد ومقال معها', en: 'Side by side: one article against the SDF, one for it' },
  outlet: { ar: 'الوسيلة', en: 'Outlet' },
  byline: { ar: 'الكاتب', en: 'Byline' },
  date: { ar: 'التاريخ', en: 'Date' },
  genre: { ar: 'النوع', en: 'Genre' },
  opinion: { ar: 'مقال رأي', en: 'Opinion' },
  report: { ar: 'تقرير إخباري', en: 'News report' },
  leaning: { ar: 'الميل (قراءة المحررين)', en: 'Leaning (editors’ reading)' },
  notes: { ar: 'ملاحظات للمعلّم', en: 'Notes for the teacher' },
  read: { ar: 'اقرأ مع التظليل', en: 'Read with highlights' },
  present: { ar: 'اعرض على الصف', en: 'Present to a class' },
  compare: { ar: 'قارن', en: 'Compare' },
  compareWith: { ar: 'قارن مع…', en: 'Compare with…' },
  export: { ar: 'تصدير', en: 'Export' },
  exportHtml: { ar: 'المقال مع التعليقات (HTML)', en: 'Annotated article (HTML)' },
  exportMarkdown: { ar: 'ملخص (Markdown)', en: 'Summary (Markdown)' },
  exportJson: { ar: 'التقرير (JSON)', en: 'Report (JSON)' },
  leftover: { ar: 'من بقايا الصفحة الأصلية', en: 'Left over from the original page' },
  hoverHint: {
    ar: 'مرّر المؤشر فوق كلمة مظلَّلة، أو انتقل إليها بالأسهم، لترى بطاقتها.',
    en: 'Point at a highlighted word, or step to it with the arrows, to open its card.',
  },
  backToLibrary: { ar: 'العودة إلى المكتبة', en: 'Back to the library' },
  compareTitle: { ar: 'قارن بين مقالين', en: 'Compare two articles' },
  articleA: { ar: 'المقال الأول', en: 'First article' },
  articleB: { ar: 'المقال الثاني', en: 'Second article' },
  fromLibrary: { ar: 'مكتبة الأمثلة', en: 'Demo library' },
  fromTabs: { ar: 'صفحات حلّلتها عدسة', en: 'Pages Adasa analysed' },
  swap: { ar: 'بدّل الجهتين', en: 'Swap sides' },
  ledger: { ar: 'مَن يسمّي مَن بماذا', en: 'Who calls whom what' },
  ledgerHelp: {
    ar: 'كل اسم يستعمله كل مقال لكل طرف، وبجانبه الاسم المرجعي المحايد. الأسماء المحمّلة بحكم مُعلَّمة.',
    en: 'Every name each article uses for each party, beside the neutral reference name. Names that carry a verdict are marked.',
  },
  reference: { ar: 'الاسم المرجعي المحايد', en: 'Neutral reference name' },
  party: { ar: 'الطرف', en: 'Party' },
  loaded: { ar: 'محمّل', en: 'loaded' },
  notNamed: { ar: 'لا يُذكر', en: 'not named' },
  sourcing: { ar: 'المصادر والإسناد', en: 'Sourcing profile' },
  figuresBySource: { ar: 'الأرقام حسب مصدرها', en: 'Figures by source' },
  whoIsCited: { ar: 'من يُستشهد به', en: 'Who is cited' },
  noSources: { ar: 'لا يستشهد بأي مصدر.', en: 'Cites no source.' },
  noFigures: { ar: 'لا أرقام في هذا المقال.', en: 'No figures in this article.' },
  figuresWord: { ar: 'أرقام', en: 'figures' },
  figureWord: { ar: 'رقم', en: 'figure' },
  unsourcedShare: { ar: 'أرقام بلا أي مصدر', en: 'Figures with no source at all' },
  partyToEvents: { ar: 'طرف في الأحداث', en: 'party to the events' },
  stanceCompare: { ar: 'الموقف من كل طرف', en: 'Stance towards each party' },
  notMentioned: { ar: 'لا يُذكر', en: 'not mentioned' },
  editorsReading: { ar: 'قراءة المحررين', en: 'Editors’ reading' },
  measured: { ar: 'ما قاسته عدسة', en: 'What Adasa measured' },
  presenter: { ar: 'وضع العرض', en: 'Presenter' },
  guess: { ar: 'ما الذي في هذه الكلمات؟ خمّنوا، ثم اضغطوا Enter.', en: 'What is in these words? Guess, then press Enter.' },
  reveal: { ar: 'أظهر الشرح', en: 'Show the explanation' },
  hide: { ar: 'أخفِ الشرح', en: 'Hide the explanation' },
  keys: {
    ar: 'الأسهم: التالي والسابق · مسافة أو Enter: الشرح · Esc: إخفاء · L: اللغة',
    en: 'Arrows: next and previous · Space or Enter: explanation · Esc: hide · L: language',
  },
  finding: { ar: 'ملاحظة', en: 'Finding' },
  noFindingsToPresent: { ar: 'لا ملاحظات لعرضها في هذا المقال.', en: 'This article has no findings to present.' },
  notFound: { ar: 'لم يُعثر على هذا المقال.', en: 'This article could not be found.' },
  loading: { ar: 'جارٍ التحليل…', en: 'Analysing…' },
  exportedFrom: { ar: 'صُدِّر من عدسة', en: 'Exported from Adasa' },
  legend: { ar: 'دليل الخطوط', en: 'Line legend' },
  findings: { ar: 'الملاحظات', en: 'Findings' },
  excerpts: { ar: 'مقتطفات', en: 'Excerpts' },
  excerptsNote: {
    ar: 'نص المقال الكامل غير محفوظ؛ هذه الجمل المحيطة بكل ملاحظة.',
    en: 'The full text was not kept; these are the words around each finding.',
  },
  backToText: { ar: 'العودة إلى النص', en: 'Back to the text' },
  score: { ar: 'الدرجة', en: 'Score' },
  count: { ar: 'العدد', en: 'Count' },
  article: { ar: 'المقال', en: 'Article' },
} as const;

/** A key of the teacher pages' words. */
export type TeacherKey = keyof typeof WORDS;

/** A word of the teacher pages. */
export function tt(lang: Lang, key: TeacherKey): string {
  return WORDS[key][lang];
}

/** The other UI language (the presenter's switch). */
export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/** A piece of mixed text: Arabic quoted in «…», or the text around it. */
export interface TextRun {
  text: string;
  arabic: boolean;
}

/**
 * Splits an English sentence that quotes Arabic in «…» into runs, so each Arabic quotation can
 * be isolated (`<bdi dir="rtl">`) and the guillemets and the punctuation around it stay put.
 */
export function arabicRuns(text: string): TextRun[] {
  const out: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(/«[^«»]*[\u0600-\u06FF][^«»]*»/g)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), arabic: false });
    out.push({ text: m[0], arabic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), arabic: false });
  return out;
}
