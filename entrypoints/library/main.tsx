/**
 * The demo library page: reads the reader's look, opens the article the address names (or the
 * showcase's first), and keeps the chosen article and language in the address.
 */
import { render } from 'preact';
import TeacherLibrary from '../../components/TeacherLibrary';
import { demoReport } from '../../lib/browser/articles';
import { pageLook } from '../../lib/browser/look';
import { applyRootLang } from '../../lib/reader/page';
import { libraryEntry, libraryIndex } from '../../lib/teacher/library';
import './style.css';

async function main(): Promise<void> {
  const look = await pageLook();
  const asked = new URLSearchParams(location.search).get('article');
  const initial = asked && libraryEntry(asked) ? asked : libraryIndex().showcase[0];
  applyRootLang(look.lang);
  render(
    <TeacherLibrary
      look={look}
      initial={initial}
      loadReport={demoReport}
      onNavigate={(id, lang) => {
        applyRootLang(lang);
        const url = new URL(location.href);
        url.searchParams.set('article', id);
        url.searchParams.set('lang', lang);
        history.replaceState(null, '', url);
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
