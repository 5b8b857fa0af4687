/**
 * The compare view: two articles from the address (`?a=seed:000&b=seed:003`, or tabs the
 * reader had analysed), the showcase pair by default; the chosen pair and language are kept in
 * the address.
 */
import { render } from 'preact';
import CompareView from '../../components/CompareView';
import { analyzedTabs, loadArticle } from '../../lib/browser/articles';
import { pageLook } from '../../lib/browser/look';
import { applyRootLang } from '../../lib/reader/page';
import { libraryIndex } from '../../lib/teacher/library';
import { parseRef, refString } from '../../lib/teacher/routes';
import './style.css';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [sa, sb] = libraryIndex().showcase;
  const a = parseRef(params.get('a')) ?? { kind: 'seed', id: sa };
  const b = parseRef(params.get('b')) ?? { kind: 'seed', id: sb };
  const [look, tabs] = await Promise.all([pageLook(), analyzedTabs().catch(() => [])]);
  applyRootLang(look.lang);
  render(
    <CompareView
      look={look}
      a={a}
      b={b}
      tabs={tabs}
      load={loadArticle}
      onNavigate={(x, y, lang) => {
        applyRootLang(lang);
        const url = new URL(location.href);
        url.searchParams.set('a', refString(x));
        url.searchParams.set('b', refString(y));
        url.searchParams.set('lang', lang);
        history.replaceState(null, '', url);
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
