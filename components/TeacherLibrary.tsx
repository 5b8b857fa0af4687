import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../lib/model/report';
import { resolveLang, t, type Lang } from '../lib/ext/i18n';
import { coloursFor } from '../lib/ext/palette';
import type { Language } from '../lib/ext/settings-core';
import type { PageLook } from '../lib/reader/page';
import { demoArticle } from '../lib/teacher/demo-articles';
import { tt } from '../lib/teacher/i18n';
import { entryMeta, libraryIndex } from '../lib/teacher/library';
import { compareUrl, presenterUrl } from '../lib/teacher/routes';
import AnnotatedArticle from './AnnotatedArticle';
import ArticleDetails from './ArticleDetails';
import CompareLauncher from './CompareLauncher';
import ExportButtons from './ExportButtons';
import KindCounts from './KindCounts';
import LanguageSwitch from './LanguageSwitch';
import LibraryShelf from './LibraryShelf';
import StanceList from './StanceList';
import { localized } from '../lib/ext/locales';

export interface TeacherLibraryProps {
  look: PageLook;
  /** The article open first. */
  initial: string;
  loadReport(id: string): Promise<Report>;
  /** The reader picked another article or language (the page keeps them in its address). */
  onNavigate(id: string, lang: Lang): void;
}

/**
 * The demo library: the five seed articles on a shelf, the chosen one rendered with the live
 * page's highlights and cards, its counts, stance per party and exports, and the ways on to
 * the compare view and the presenter.
 */
export default function TeacherLibrary(props: TeacherLibraryProps) {
  const { look } = props;
  const [lang, setLang] = useState<Lang>(look.lang);
  const [id, setId] = useState(props.initial);
  const [report, setReport] = useState<Report | null>(null);
  const index = libraryIndex();
  const article = demoArticle(id)!;
  const [a, b] = index.showcase;

  useEffect(() => {
    let live = true;
    setReport(null);
    void props.loadReport(id).then((r) => live && setReport(r));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => props.onNavigate(id, lang), [id, lang]);

  const setLanguage = (v: Language) => setLang(v === 'auto' ? resolveLang('auto', navigator.language) : v);
  const ref = { kind: 'seed', id } as const;

  return (
    <main class="library" data-testid="library">
      <header class="top">
        <h1>
          {t(lang, 'appName')} · {tt(lang, 'libraryTitle')}
        </h1>
        <LanguageSwitch lang={lang} value={lang} onChange={setLanguage} />
      </header>
      <p class="intro">{tt(lang, 'libraryIntro')}</p>
      <a class="showcase button primary" data-testid="showcase" href={compareUrl({ kind: 'seed', id: a }, { kind: 'seed', id: b }, lang)}>
        {tt(lang, 'showcase')} ({a} · {b})
      </a>
      <div class="columns">
        <LibraryShelf entries={index.articles} selected={id} lang={lang} onSelect={setId} />
        <section class="reader" aria-labelledby="article-title" data-article={id}>
          <h2 id="article-title" class="title" lang={lang} dir="auto">
            {localized(article.entry.title, lang)}
          </h2>
          <ArticleDetails entry={article.entry} lang={lang} notes />
          <div class="actions">
            <a class="button" href={presenterUrl(ref, { lang })} data-testid="present">
              {tt(lang, 'present')}
            </a>
            <CompareLauncher current={id} entries={index.articles} lang={lang} />
          </div>
          {report ? (
            <>
              <KindCounts counts={report.counts} lang={lang} colours={coloursFor(look.scheme, look.colours)} scheme={look.scheme} />
              <AnnotatedArticle text={article.text} lines={article.lines} report={report} lang={lang} scheme={look.scheme} colours={look.colours} />
              <StanceList actors={report.actors} lang={lang} />
              <ExportButtons
                lang={lang}
                source={{ slug: id, report, text: article.text, lines: article.lines, meta: entryMeta(article.entry, lang), lang, scheme: look.scheme, colours: look.colours }}
              />
            </>
          ) : (
            <p class="notice" role="status">
              {tt(lang, 'loading')}
            </p>
          )}
        </section>
      </div>
    </main>
  );
}
