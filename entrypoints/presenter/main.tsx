/**
 * The presenter page: the article from the address (`?article=seed:003`, `tab:12` or
 * `own:<id>`), starting at `?at=` (0-based), with the lesson prepared for it (kinds shown,
 * shortlist) from local storage; position, language and view are kept in the address so a
 * reload resumes.
 */
import { render } from 'preact';
import PresenterView from '../../components/PresenterView';
import { loadArticle } from '../../lib/browser/articles';
import { readLesson, saveLesson } from '../../lib/browser/own-articles';
import { pageLook } from '../../lib/browser/look';
import { applyRootLang } from '../../lib/reader/page';
import { tt } from '../../lib/teacher/i18n';
import { libraryIndex } from '../../lib/teacher/library';
import { parseRef, viewParam } from '../../lib/teacher/routes';
import './style.css';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const ref = parseRef(params.get('article')) ?? { kind: 'seed', id: libraryIndex().showcase[0] };
  const at = Number(params.get('at') ?? 0);
  const look = await pageLook();
  applyRootLang(look.lang);
  const app = document.getElementById('app')!;
  try {
    const [article, lesson] = await Promise.all([loadArticle(ref), readLesson(ref)]);
    render(
      <PresenterView
        article={article}
        look={look}
        at={Number.isInteger(at) ? at : 0}
        lesson={lesson}
        view={viewParam(location.search)}
        saveLesson={(l) => {
          void saveLesson(ref, l).catch((e: unknown) => console.warn(`Adasa: the lesson could not be kept (${e instanceof Error ? e.message : String(e)}).`));
        }}
        onNavigate={(i, lang, view) => {
          applyRootLang(lang);
          const url = new URL(location.href);
          url.searchParams.set('at', String(i));
          url.searchParams.set('lang', lang);
          if (view === 'student') url.searchParams.set('view', 'student');
          else url.searchParams.delete('view');
          history.replaceState(null, '', url);
        }}
      />,
      app,
    );
  } catch {
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = tt(look.lang, 'notFound');
    app.replaceChildren(p);
  }
}

void main();
