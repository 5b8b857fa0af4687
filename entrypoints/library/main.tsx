/**
 * The library page: reads the reader's look and the teacher's own articles, opens the article
 * the address names (`?article=003` or `?article=own:<id>`, else the showcase's first), and
 * keeps the chosen article, language and view (`?view=student`) in the address.
 */
import { render } from 'preact';
import TeacherLibrary from '../../components/TeacherLibrary';
import { analyzedTabs, loadArticle, tabDraft } from '../../lib/browser/articles';
import { pageLook } from '../../lib/browser/look';
import { deleteOwnArticle, readOwnArticles, saveOwnArticle } from '../../lib/browser/own-articles';
import { applyRootLang } from '../../lib/reader/page';
import { libraryEntry, libraryIndex } from '../../lib/teacher/library';
import { newOwnId } from '../../lib/teacher/own-articles';
import { parseRef, viewParam, type ArticleRef } from '../../lib/teacher/routes';
import './style.css';

async function main(): Promise<void> {
  const [look, own] = await Promise.all([pageLook(), readOwnArticles()]);
  const asked = new URLSearchParams(location.search).get('article');
  const ref = asked && libraryEntry(asked) ? { kind: 'seed' as const, id: asked } : parseRef(asked);
  const initial: ArticleRef =
    ref && ref.kind !== 'tab' && (ref.kind === 'seed' ? libraryEntry(ref.id) : own.some((a) => a.id === ref.id)) ? ref : { kind: 'seed', id: libraryIndex().showcase[0] };
  applyRootLang(look.lang);
  render(
    <TeacherLibrary
      look={look}
      initial={initial}
      view={viewParam(location.search)}
      own={own}
      load={loadArticle}
      saveOwn={saveOwnArticle}
      listTabs={analyzedTabs}
      fromTab={tabDraft}
      deleteOwn={deleteOwnArticle}
      newOwnId={() => newOwnId(Date.now())}
      onNavigate={(r, lang, view) => {
        applyRootLang(lang);
        const url = new URL(location.href);
        url.searchParams.set('article', r.kind === 'seed' ? r.id : `own:${r.kind === 'own' ? r.id : ''}`);
        url.searchParams.set('lang', lang);
        if (view === 'student') url.searchParams.set('view', 'student');
        else url.searchParams.delete('view');
        history.replaceState(null, '', url);
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
