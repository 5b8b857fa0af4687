// Realistic news pages built from the seed articles: the article (headline, standfirst, caption,
// body) inside a site's furniture — header and navigation, share bar, tags, related stories,
// comments, a most-read sidebar and a footer. The furniture deliberately holds loaded words
// («ميليشيا», «مرتزقة», «داعش») so a test can show they are not highlighted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds', 'articles');

/** Where each seed is served: a curated outlet's host (mapped to 127.0.0.1 by the browser). */
export const SEED_HOSTS = {
  '000': { host: 'www.enabbaladi.net', outlet: 'عنب بلدي' },
  '001': { host: 'www.alquds.co.uk', outlet: 'القدس العربي' },
  '002': { host: 'www.orient-news.net', outlet: 'أورينت نت' },
  '003': { host: 'www.northpulse.net', outlet: 'نورث بالس' },
  '004': { host: 'www.northpulse.net', outlet: 'نورث بالس' },
};

/** A caption the template adds under the article's photo (part of the article text). */
export const CAPTION = 'صورة أرشيفية من ريف دير الزور الشرقي';

/** The publication date every seed page prints («20 نيسان 2025», in its <time> element, which the extension reads). */
export const PAGE_DATE = '2025-04-20';

/** Page furniture the seeds carry at their end: from here on, lines go to comments and sidebar. */
const CHROME_START = /^(?:التعليقات|الأكثر قراءة)/;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** The seeds: `{ id: '000', file, lines }` in file order. */
export function seeds() {
  return readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((file) => ({ id: file.slice(0, 3), file: join(SEEDS, file), lines: readFileSync(join(SEEDS, file), 'utf8').split('\n') }));
}

/**
 * The page for a seed, the article text the extension should find in it (blocks joined by "\n",
 * whitespace collapsed as a browser renders it) and the date the page prints.
 */
export function seedPage(seed) {
  const lines = seed.lines.map(collapse).filter((l) => l.length > 0);
  const cut = lines.findIndex((l) => CHROME_START.test(l));
  const article = cut >= 0 ? lines.slice(0, cut) : lines;
  const leftovers = cut >= 0 ? lines.slice(cut) : [];
  const [headline, second, ...rest] = article;
  const standfirst = second && second.length < 400 ? second : null;
  const body = standfirst ? rest : [second, ...rest].filter(Boolean);
  const { outlet } = SEED_HOSTS[seed.id];
  const expected = [headline, ...(standfirst ? [standfirst] : []), CAPTION, ...body].join('\n');
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(headline)} | ${escape(outlet)}</title>
<style>
  body { margin: 0; font: 18px/1.8 "Noto Naskh Arabic", "Noto Sans Arabic", serif; color: #222; background: #fff; }
  .site-header { background: #14213d; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
  .site-header a { color: #fff; text-decoration: none; }
  .main-nav ul { list-style: none; display: flex; gap: 16px; margin: 0; padding: 0; }
  .breaking { background: #fde68a; padding: 6px 24px; font-size: 15px; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  h1 { font-size: 30px; line-height: 1.5; margin: 0 0 12px; }
  .standfirst { font-size: 20px; color: #444; }
  .meta, .share-bar, .tags { font-size: 14px; color: #666; }
  .share-bar a, .tags a { margin-inline-end: 10px; }
  figure { margin: 16px 0; }
  figure .photo { height: 180px; background: linear-gradient(135deg, #c9d6df, #52616b); border-radius: 4px; }
  figcaption { font-size: 14px; color: #555; }
  .related, .comments { border-top: 2px solid #eee; margin-top: 24px; padding-top: 12px; }
  .sidebar { font-size: 15px; }
  .site-footer { background: #111; color: #bbb; padding: 24px; font-size: 14px; }
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">${escape(outlet)}</a>
  <nav class="main-nav" aria-label="الأقسام">
    <ul>
      <li><a href="/">الرئيسية</a></li>
      <li><a href="/syria">سوريا</a></li>
      <li><a href="/reports">تقارير عن ميليشيا قسد ومرتزقة الاحتلال</a></li>
      <li><a href="/opinion">مقالات الرأي</a></li>
    </ul>
  </nav>
</header>
<div class="breaking" role="marquee"><a href="/news/1">عاجل: مقتل 12 عنصراً من ميليشيات داعش الإرهابية بحسب مصادر محلية</a></div>
<div class="layout">
<main>
  <article class="post">
    <header class="entry-header">
      <h1 class="entry-title">${escape(headline)}</h1>
      ${standfirst ? `<p class="standfirst">${escape(standfirst)}</p>` : ''}
      <div class="meta"><span class="author">فريق التحرير</span> · <time datetime="${PAGE_DATE}">20 نيسان 2025</time></div>
    </header>
    <div class="share-bar"><a href="#">شارك على فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
    <figure><div class="photo" role="img" aria-label=""></div><figcaption>${escape(CAPTION)}</figcaption></figure>
    <div class="entry-content">
${body.map((l) => `      <p>${escape(l)}</p>`).join('\n')}
    </div>
    <div class="tags">الوسوم: <a href="/tag/sdf">قسد</a><a href="/tag/militia">ميليشيات</a><a href="/tag/isis">داعش</a></div>
  </article>
  <section class="related">
    <h2>اقرأ أيضاً</h2>
    <ul>
      <li><a href="/news/2">ميليشيا قسد تعتقل 30 شاباً في ريف دير الزور</a></li>
      <li><a href="/news/3">مرتزقة الاحتلال التركي يقصفون قرى عين عيسى</a></li>
      <li><a href="/news/4">ما يسمى الإدارة الذاتية تفرض ضرائب جديدة</a></li>
    </ul>
  </section>
  <section id="comments" class="comments">
    <h2>التعليقات (2)</h2>
    <ol class="comment-list">
      <li class="comment"><p>هذه الميليشيات المرتزقة لا تمثل أهل المنطقة، ومقتل 40 مدنياً دليل على ذلك.</p></li>
      <li class="comment"><p>قوات الاحتلال الأمريكي هي المسؤولة عن كل ما يجري.</p></li>
    </ol>
${leftovers.map((l) => `    <p>${escape(l)}</p>`).join('\n')}
  </section>
</main>
<aside class="sidebar">
  <h2>الأكثر قراءة</h2>
  <ol>
    <li><a href="/news/5">إرهابيو داعش يهاجمون حاجزاً لقسد</a></li>
    <li><a href="/news/6">سلطة دمشق تعلن حملة أمنية جديدة</a></li>
  </ol>
</aside>
</div>
<footer class="site-footer">
  <p>جميع الحقوق محفوظة © ${escape(outlet)} 2025 — لا نتبنى آراء الكتاب، والتعليقات على ميليشيا أو مرتزقة تعبر عن أصحابها.</p>
  <nav><a href="/about">من نحن</a> · <a href="/contact">اتصل بنا</a></nav>
</footer>
</body>
</html>
`;
  return { html, expected, headline, date: PAGE_DATE };
}
