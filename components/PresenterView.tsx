import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dirOf, t, type Lang } from '../lib/ext/i18n';
import { tc } from '../lib/ext/i18n-card';
import { articleTitle, type LoadedArticle } from '../lib/reader/articles';
import type { PageLook } from '../lib/reader/page';
import { otherLang, tt } from '../lib/teacher/i18n';
import { passage, presenterAction, presenterFindings, type PresenterAction } from '../lib/teacher/presenter';
import { lessonFindings, type Lesson } from '../lib/teacher/lesson';
import { libraryUrl, type View } from '../lib/teacher/routes';
import LessonPanel from './LessonPanel';
import PresenterSlide from './PresenterSlide';
import StudentSwitch from './StudentSwitch';

export interface PresenterViewProps {
  article: LoadedArticle;
  look: PageLook;
  /** The finding to start at (0-based). */
  at: number;
  /** The lesson prepared for this article (kinds shown, shortlist). */
  lesson: Lesson;
  /** Keeps a changed lesson with the article. */
  saveLesson(lesson: Lesson): void;
  /** The view the address asked for. */
  view?: View;
  /** The position or language changed (the page keeps them in its address). */
  onNavigate(at: number, lang: Lang, view: View): void;
}

/** Elements that handle Space and Enter themselves. */
const OWN_KEYS = new Set(['BUTTON', 'A', 'SELECT', 'INPUT', 'TEXTAREA', 'SUMMARY']);

/**
 * The presenter: one finding at a time in projector-sized type, "guess first" (the
 * explanation appears on a key press), driven from the keyboard — arrows in reading order,
 * Space or Enter to reveal and go on, Esc to hide, L to switch between Arabic and English.
 */
export default function PresenterView({ article, look, at, onNavigate, saveLesson, ...props }: PresenterViewProps) {
  const all = presenterFindings(article.report);
  const [lesson, setLesson] = useState<Lesson>(props.lesson);
  const [preparing, setPreparing] = useState(false);
  const [view, setView] = useState<View>(props.view ?? 'teacher');
  const findings = lessonFindings(all, lesson);
  const [lang, setLang] = useState<Lang>(look.lang);
  const [i, setI] = useState(Math.max(0, Math.min(at, findings.length - 1)));
  const [revealed, setRevealed] = useState(false);
  const stage = useRef<HTMLElement>(null);
  const dir = dirOf(lang);

  const act = (a: PresenterAction) => {
    const go = (to: number) => {
      setI(Math.max(0, Math.min(to, findings.length - 1)));
      setRevealed(false);
    };
    if (a === 'next') go(i + 1);
    else if (a === 'previous') go(i - 1);
    else if (a === 'first') go(0);
    else if (a === 'last') go(findings.length - 1);
    else if (a === 'reveal') setRevealed(true);
    else if (a === 'hide') setRevealed(false);
    else if (a === 'language') setLang(otherLang(lang));
  };

  // Bound before the browser hands over the next key, so a quick second press sees this render's state.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (preparing) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as Element | null;
      if ((e.key === ' ' || e.key === 'Enter') && target && OWN_KEYS.has(target.tagName)) return;
      const a = presenterAction(e.key, dir, revealed);
      if (!a) return;
      e.preventDefault();
      act(a);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  useEffect(() => onNavigate(i, lang, view), [i, lang, view]);
  const changeLesson = (next: Lesson) => {
    setLesson(next);
    setI(0);
    setRevealed(false);
    saveLesson(next);
  };
  useEffect(() => stage.current?.focus(), []);

  const f = findings[Math.min(i, findings.length - 1)];
  return (
    <main
      ref={stage}
      class="presenter"
      tabIndex={-1}
      dir={dir}
      lang={lang}
      data-testid="presenter"
      data-index={i}
      data-view={view}
      data-total={findings.length}
      aria-roledescription={tt(lang, 'presenter')}
    >
      <header class="bar">
        <p class="where">
          <span class="brand">{t(lang, 'appName')}</span> ·{' '}
          <bdi class="article-title" lang={article.entry ? lang : 'ar'}>
            {articleTitle(article, lang)}
          </bdi>
        </p>
        <p class="count" data-testid="position">
          {tt(lang, 'finding')} {findings.length ? i + 1 : 0} {tc(lang, 'of')} {findings.length}
        </p>
        <button type="button" class="lang" onClick={() => act('language')} lang={otherLang(lang)} data-testid="switch-language">
          {otherLang(lang) === 'ar' ? 'العربية' : 'English'}
        </button>
        <a class="back" href={libraryUrl({ lang, view, article: article.entry?.id ?? (article.own ? `own:${article.own.id}` : undefined) })}>
          {tt(lang, 'backToLibrary')}
        </a>
      </header>
      {preparing && view === 'teacher' ? (
        <LessonPanel findings={all} text={article.text} lesson={lesson} lang={lang} onChange={changeLesson} onDone={() => setPreparing(false)} />
      ) : f ? (
        <PresenterSlide finding={f} passage={passage(f, article.text)} actors={article.report.actors} revealed={revealed} lang={lang} scheme={look.scheme} colours={look.colours} />
      ) : (
        <p class="empty">{tt(lang, 'noFindingsToPresent')}</p>
      )}
      <footer class="controls">
        <button type="button" onClick={() => act('previous')} disabled={i === 0} data-testid="previous">
          {dir === 'rtl' ? '→' : '←'} {tc(lang, 'previous')}
        </button>
        <button type="button" class="primary" onClick={() => act(revealed ? 'hide' : 'reveal')} data-testid="reveal" aria-expanded={revealed}>
          {tt(lang, revealed ? 'hide' : 'reveal')}
        </button>
        <button type="button" onClick={() => act('next')} disabled={i >= findings.length - 1} data-testid="next">
          {tc(lang, 'next')} {dir === 'rtl' ? '←' : '→'}
        </button>
        <p class="keys">{tt(lang, 'keys')}</p>
        <div class="setup">
          <StudentSwitch lang={lang} view={view} shown={false} reveal={false} onView={setView} onShown={() => undefined} />
          {view === 'teacher' && (
            <button type="button" class="prepare" onClick={() => setPreparing((p) => !p)} aria-expanded={preparing} data-testid="prepare">
              {tt(lang, 'prepare')}
            </button>
          )}
        </div>
      </footer>
    </main>
  );
}
