import { useEffect, useState } from 'preact/hooks';
import { resolveLang, t, type Lang } from '../lib/ext/i18n';
import { coloursFor } from '../lib/ext/palette';
import type { Language } from '../lib/ext/settings-core';
import { articleMeta, articleTitle, type LoadedArticle } from '../lib/reader/articles';
import type { PageLook } from '../lib/reader/page';
import { tt } from '../lib/teacher/i18n';
import { libraryIndex } from '../lib/teacher/library';
import type { OwnArticle, OwnDraft } from '../lib/teacher/own-articles';
import { compareUrl, presenterUrl, refSlug, refString, type ArticleRef, type View } from '../lib/teacher/routes';
import AnnotatedArticle from './AnnotatedArticle';
import ArticleDetails from './ArticleDetails';
import CompareLauncher from './CompareLauncher';
import ExportButtons from './ExportButtons';
import HiddenAnswer from './HiddenAnswer';
import KindCounts from './KindCounts';
import LanguageSwitch from './LanguageSwitch';
import LibraryShelf from './LibraryShelf';
import OwnArticleForm from './OwnArticleForm';
import OwnShelf from './OwnShelf';
import StanceList from './StanceList';
import StudentSwitch from './StudentSwitch';

export interface TeacherLibraryProps {
  look: PageLook;
  /** The article open first: a demo article or one of the teacher's own. */
  initial: ArticleRef;
  /** The view the address asked for. */
  view: View;
  /** The teacher's own articles as stored when the page opened. */
  own: readonly OwnArticle[];
  load(ref: ArticleRef): Promise<LoadedArticle>;
  /** Saves a draft as article `id` (new or edited); resolves with the stored list. */
  saveOwn(id: string, draft: OwnDraft): Promise<OwnArticle[]>;
  /** The open tabs Adasa has read, and a tab's article as a draft (to save it whole). */
  listTabs?(): Promise<{ tabId: number; title: string }[]>;
  fromTab?(tabId: number): Promise<OwnDraft | null>;
  deleteOwn(id: string): Promise<OwnArticle[]>;
  newOwnId(): string;
  /** The reader picked another article, language or view (the page keeps them in its address). */
  onNavigate(ref: ArticleRef, lang: Lang, view: View): void;
}

/**
 * The library: the demo articles and the teacher's own on a shelf, the chosen one rendered
 * with the live page's highlights and cards, its counts, stance per party and exports, and
 * the ways on to the compare view and the presenter. In the student view the editors' leaning,
 * the notes and the stance stay out of the page until the teacher reveals them.
 */
export default function TeacherLibrary(props: TeacherLibraryProps) {
  const { look } = props;
  const [lang, setLang] = useState<Lang>(look.lang);
  const [ref, setRef] = useState<ArticleRef>(props.initial);
  const [view, setView] = useState<View>(props.view);
  const [shown, setShown] = useState(false);
  const [own, setOwn] = useState<readonly OwnArticle[]>(props.own);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [article, setArticle] = useState<LoadedArticle | null>(null);
  const [error, setError] = useState(false);
  const index = libraryIndex();
  const [a, b] = index.showcase;
  const key = refString(ref);
  const version = ref.kind === 'own' ? (own.find((x) => x.id === ref.id)?.saved ?? 0) : 0;

  useEffect(() => {
    let live = true;
    setArticle(null);
    setError(false);
    props.load(ref).then(
      (x) => live && setArticle(x),
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, [key, version]);

  useEffect(() => props.onNavigate(ref, lang, view), [key, lang, view]);

  const setLanguage = (v: Language) => setLang(v === 'auto' ? resolveLang('auto', navigator.language) : v);
  const hide = view === 'student' && !shown;
  const changeView = (v: View) => {
    setView(v);
    setShown(false);
  };
  const ready = article && refString(article.ref) === key ? article : null;
  const editedArticle = editing && editing !== 'new' ? own.find((x) => x.id === editing) : undefined;

  return (
    <main class="library" data-testid="library" data-view={view} data-answers={hide ? 'hidden' : 'shown'}>
      <header class="top">
        <h1>
          {t(lang, 'appName')} · {tt(lang, 'libraryTitle')}
        </h1>
        <StudentSwitch lang={lang} view={view} shown={shown} onView={changeView} onShown={setShown} />
        <LanguageSwitch lang={lang} value={lang} onChange={setLanguage} />
      </header>
      <p class="intro">{tt(lang, 'libraryIntro')}</p>
      <a class="showcase button primary" data-testid="showcase" href={compareUrl({ kind: 'seed', id: a }, { kind: 'seed', id: b }, lang, view)}>
        {tt(lang, 'showcase')} ({a} · {b})
      </a>
      <div class="columns">
        <div class="shelves">
          <LibraryShelf
            entries={index.articles}
            selected={ref.kind === 'seed' ? ref.id : ''}
            lang={lang}
            view={view}
            hideLeaning={hide}
            onSelect={(id) => setRef({ kind: 'seed', id })}
          />
          <OwnShelf
            articles={own}
            selected={ref.kind === 'own' ? ref.id : null}
            lang={lang}
            view={view}
            onSelect={(id) => setRef({ kind: 'own', id })}
            onAdd={() => setEditing('new')}
            onEdit={(id) => setEditing(id)}
            onDelete={(id) => {
              void props.deleteOwn(id).then((list) => {
                setOwn(list);
                if (ref.kind === 'own' && ref.id === id) setRef({ kind: 'seed', id: a });
              });
            }}
          />
        </div>
        <section class="reader" aria-labelledby="article-title" data-article={ref.kind === 'seed' ? ref.id : key}>
          {editing && (
            <OwnArticleForm
              key={editing}
              lang={lang}
              editing={editedArticle}
              onCancel={() => setEditing(null)}
              listTabs={props.listTabs}
              fromTab={props.fromTab}
              onSave={async (draft) => {
                const id = editedArticle?.id ?? props.newOwnId();
                const list = await props.saveOwn(id, draft);
                setOwn(list);
                setEditing(null);
                setRef({ kind: 'own', id });
              }}
            />
          )}
          {ready ? (
            <>
              <h2 id="article-title" class="title" lang={ready.entry ? lang : 'ar'} dir="auto">
                {articleTitle(ready, lang) || tt(lang, 'untitled')}
              </h2>
              {ready.entry && <ArticleDetails entry={ready.entry} lang={lang} notes hideAnswers={hide} />}
              {ready.own && (
                <dl class="details" data-testid="own-details">
                  {ready.own.outlet && (
                    <div>
                      <dt>{tt(lang, 'outlet')}</dt>
                      <dd>
                        <bdi>{ready.own.outlet}</bdi>
                      </dd>
                    </div>
                  )}
                  {ready.own.date && (
                    <div>
                      <dt>{tt(lang, 'date')}</dt>
                      <dd>{ready.own.date}</dd>
                    </div>
                  )}
                </dl>
              )}
              <div class="actions">
                <a class="button" href={presenterUrl(ref, { lang, view })} data-testid="present">
                  {tt(lang, 'present')}
                </a>
                <CompareLauncher current={ref} entries={index.articles} own={own} lang={lang} view={view} />
              </div>
              <KindCounts counts={ready.report.counts} lang={lang} colours={coloursFor(look.scheme, look.colours)} scheme={look.scheme} />
              <AnnotatedArticle key={key} text={ready.text!} lines={ready.lines!} report={ready.report} lang={lang} scheme={look.scheme} colours={look.colours} />
              <div data-testid="stance-block">
                {hide ? (
                  <section aria-labelledby="stance-title">
                    <h2 id="stance-title">{t(lang, 'stance')}</h2>
                    <HiddenAnswer lang={lang} hidden>
                      {null}
                    </HiddenAnswer>
                  </section>
                ) : (
                  <StanceList actors={ready.report.actors} lang={lang} />
                )}
              </div>
              <ExportButtons
                lang={lang}
                source={{
                  slug: refSlug(ref),
                  report: ready.report,
                  text: ready.text,
                  lines: ready.lines,
                  meta: articleMeta(ready, lang),
                  lang,
                  scheme: look.scheme,
                  colours: look.colours,
                  student: view === 'student',
                }}
              />
            </>
          ) : error ? (
            <p class="error" role="alert">
              {tt(lang, 'notFound')}
            </p>
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
