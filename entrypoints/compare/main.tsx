/**
 * The compare view: two articles from the address (`?a=seed:000&b=seed:003`, or tabs the
 * reader had analysed, or the teacher's own `own:<id>`), the showcase pair by default; the chosen
 * pair, language and view (`?view=student`) are kept in the address.
 */
import { render } from 'preact';
import CompareView from '../../components/CompareView';
import { analyzedTabs, loadArticle } from '../../lib/browser/articles';
import { pageLook } from '../../lib/browser/look';
import { applyRootLang } from '../../lib/reader/page';
import { libraryIndex } from '../../lib/teacher/library';
import { readOwnArticles } from '../../lib/browser/own-articles';
import { parseRef, refString, viewParam } from '../../lib/teacher/routes';
import './style.css';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [sa, sb] = libraryIndex().showcase;
  const a = parseRef(params.get('a')) ?? { kind: 'seed', id: sa };
  const b = parseRef(params.get('b')) ?? { kind: 'seed', id: sb };
  const [look, tabs, own] = await Promise.all([pageLook(), analyzedTabs().catch(() => []), readOwnArticles()]);
  applyRootLang(look.lang);
  render(
    <CompareView
      look={look}
      a={a}
      b={b}
      tabs={tabs}
      own={own}
      view={viewParam(location.search)}
      load={loadArticle}
      onNavigate={(x, y, lang, view) => {
        applyRootLang(lang);
        const url = new URL(location.href);
        url.searchParams.set('a', refString(x));
        url.searchParams.set('b', refString(y));
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
