/**
 * The interface's words in Arabic and English. The language follows the browser unless the
 * reader picks one; Arabic surfaces are right-to-left at their root.
 */
import { ATTRIBUTION_LABELS as ATTRIBUTION, KIND_LABELS as KIND, STANCE_LABELS as STANCE } from '../format/labels';
import { KINDS, styleSpec, type StyleKey } from '../model/kinds';
import type { Attribution, FindingKind, StanceLabel } from '../model/report';
import type { Language } from './settings-core';

export type Lang = 'ar' | 'en';

/** The language in force: the reader's choice, else the browser's if Arabic, else English. */
export function resolveLang(choice: Language, browserLang: string | undefined): Lang {
  if (choice === 'ar' || choice === 'en') return choice;
  return (browserLang ?? '').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

const UI = {
  appName: { ar: 'عدسة', en: 'Adasa' },
  tagline: { ar: 'كيف يؤطّر النص أطراف الصراع', en: 'How the text frames the parties' },
  findings: { ar: 'الملاحظات', en: 'Findings' },
  counts: { ar: 'العدد حسب النوع', en: 'Counts by kind' },
  stance: { ar: 'الموقف من كل طرف', en: 'Stance towards each party' },
  against: { ar: 'ضد', en: 'against' },
  favour: { ar: 'مع', en: 'favour' },
  movedBy: { ar: 'ما حرّك المؤشر', en: 'What moved it' },
  inQuote: { ar: 'ضمن اقتباس (وزنه أقل)', en: 'Inside a quote (weighs less)' },
  noActors: { ar: 'لم يُذكر أي طرف بما يكفي لقياس الموقف.', en: 'No party is mentioned enough to measure a stance.' },
  noFindings: { ar: 'لا ملاحظات في هذا النص.', en: 'Nothing found in this text.' },
  highlights: { ar: 'إظهار التظليل في الصفحة', en: 'Highlights on the page' },
  categories: { ar: 'الأنواع', en: 'Categories' },
  analyze: { ar: 'حلّل هذه الصفحة', en: 'Analyze this page' },
  analyzing: { ar: 'جارٍ التحليل…', en: 'Analyzing…' },
  notAnalyzed: { ar: 'هذا الموقع ليس في قائمة المواقع الإخبارية، لذا لا تعمل عدسة فيه إلا بطلبك.', en: 'This site is not on the news list, so Adasa runs here only when you ask.' },
  unavailable: { ar: 'لا يمكن تحليل هذه الصفحة.', en: 'This page cannot be analyzed.' },
  alwaysSite: { ar: 'حلّل هذا الموقع دائماً', en: 'Always analyze this site' },
  siteOn: { ar: 'عدسة تعمل في هذا الموقع', en: 'Adasa runs on this site' },
  siteCurated: { ar: 'موقع من قائمة المواقع الإخبارية', en: 'On the news-site list' },
  siteGranted: { ar: 'أذنت بتحليله دائماً', en: 'You allowed it always' },
  options: { ar: 'الإعدادات', en: 'Settings' },
  language: { ar: 'اللغة', en: 'Language' },
  langAuto: { ar: 'لغة المتصفح', en: 'Browser language' },
  showOnPage: { ar: 'أظهر في الصفحة', en: 'Show on page' },
  mentions: { ar: 'مرات الذكر', en: 'mentions' },
  settingsTitle: { ar: 'إعدادات عدسة', en: 'Adasa settings' },
  colours: { ar: 'الألوان', en: 'Colours' },
  schemeStandard: { ar: 'ألوان أوكابي–إيتو (آمنة لعمى الألوان)', en: 'Okabe–Ito (colour-blind safe)' },
  schemeContrast: { ar: 'تباين عالٍ', en: 'High contrast' },
  resetColours: { ar: 'استعادة الألوان الافتراضية', en: 'Restore default colours' },
  sites: { ar: 'المواقع', en: 'Sites' },
  sitesCurated: { ar: 'تعمل عدسة تلقائياً في هذه المواقع الإخبارية:', en: 'Adasa runs by itself on these news sites:' },
  sitesGranted: { ar: 'مواقع أذنت بتحليلها دائماً:', en: 'Sites you allowed always:' },
  sitesOff: { ar: 'مواقع أوقفت فيها عدسة:', en: 'Sites where you switched Adasa off:' },
  none: { ar: 'لا شيء', en: 'None' },
  remove: { ar: 'إزالة', en: 'Remove' },
  turnOn: { ar: 'شغّل', en: 'Turn on' },
  terms: { ar: 'قوائم المصطلحات الخاصة', en: 'Custom term lists' },
  termsHelp: {
    ar: 'استورد ملف JSON بصيغة قوائم مصطلحات عدسة ليُضاف إلى القوائم المدمجة.',
    en: 'Import a JSON file in Adasa’s term-list format; it is added to the built-in lists.',
  },
  importTerms: { ar: 'استيراد JSON', en: 'Import JSON' },
  exportTerms: { ar: 'تصدير القائمة الخاصة', en: 'Export custom list' },
  exportBuiltin: { ar: 'تصدير القوائم المدمجة', en: 'Export built-in lists' },
  removeTerms: { ar: 'حذف القائمة الخاصة', en: 'Remove custom list' },
  noCustomTerms: { ar: 'لا توجد قائمة خاصة.', en: 'No custom list.' },
  importFailed: { ar: 'لم يُستورد الملف؛ بقيت القائمة السابقة كما هي.', en: 'The file was not imported; the previous list is kept.' },
  imported: { ar: 'استُوردت القائمة', en: 'List imported' },
  importTooBig: { ar: 'الملف أكبر من 4 ميغابايت، وهو حدّ ما يحفظه المتصفح للإضافة.', en: 'The file is larger than 4 MB, the most the browser keeps for an extension.' },
  importNotSaved: { ar: 'تعذّر حفظ القائمة في المتصفح', en: 'The browser could not save the list' },
  customInvalid: { ar: 'القائمة المحفوظة غير صالحة ولا تُستعمل:', en: 'The saved list is not valid and is not used:' },
  entries: { ar: 'مدخلات', en: 'entries' },
  notJson: { ar: 'الملف ليس JSON صالحاً', en: 'The file is not valid JSON' },
  reset: { ar: 'استعادة كل الإعدادات الافتراضية', en: 'Reset everything to defaults' },
  resetDone: { ar: 'أعيدت الإعدادات الافتراضية.', en: 'Defaults restored.' },
  switchOff: { ar: 'أوقف عدسة في هذا الموقع', en: 'Switch Adasa off on this site' },
  switchedOff: { ar: 'عدسة متوقفة في هذا الموقع', en: 'Adasa is off on this site' },
  legend: { ar: 'دليل الخطوط', en: 'Line legend' },
  findingsOnPage: { ar: 'ملاحظة في الصفحة', en: 'findings on the page' },
} as const;

export type UiKey = keyof typeof UI;

/** A word of the interface. */
export function t(lang: Lang, key: UiKey): string {
  return UI[key][lang];
}

export function kindName(lang: Lang, kind: FindingKind): string {
  return KIND[kind][lang];
}

export function kindHint(lang: Lang, kind: FindingKind): string {
  return KINDS[kind].hint[lang];
}

/** A style's name (a kind's, or a kind's variant: "Sources (vague)"). */
export function styleName(lang: Lang, key: StyleKey): string {
  return styleSpec(key).name[lang];
}

export function attributionName(lang: Lang, a: Attribution): string {
  return ATTRIBUTION[a][lang];
}

export function stanceName(lang: Lang, s: StanceLabel): string {
  return STANCE[s][lang];
}
