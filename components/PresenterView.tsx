import { useEffect, useRef, useState } from 'preact/hooks';
import { dirOf, t, type Lang } from '../lib/ext/i18n';
import { tc } from '../lib/ext/i18n-card';
import { articleTitle, type LoadedArticle } from '../lib/reader/articles';
import type { PageLook } from '../lib/reader/page';
import { otherLang, tt } from '../lib/teacher/i18n';
import { passage, presenterAction, presenterFindings, type PresenterAction } from '../lib/teacher/presenter';
import { libraryUrl } from '../lib/teacher/routes';
import PresenterSlide from './PresenterSlide';

export interface PresenterViewProps {
  article: LoadedArticle;
  look: PageLook;
  /** The finding to start at (0-based). */
  at: number;
  /** The position or language changed (the page keeps them in its address). */
  onNavigate(at: number, lang: Lang): void;
}

/** Elements that handle Space and Enter themselves. */
const OWN_KEYS = new Set(['BUTTON', 'A', 'SELECT', 'INPUT', 'TEXTAREA', 'SUMMARY']);

/**
 * The presenter: one finding at a time in projector-sized type, "guess first" (the
 * explanation appears on a key press), driven from the keyboard — arrows in reading order,
 * Space or Enter to reveal and go on, Esc to hide, L to switch between Arabic and English.
 */
export default function PresenterView({ article, look, at, onNavigate }: PresenterViewProps) {
  const findings = presenterFindings(article.report);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
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

  useEffect(() => onNavigate(i, lang), [i, lang]);
  useEffect(() => stage.current?.focus(), []);

  const f = findings[i];
  return (
    <main ref={stage} class="presenter" tabIndex={-1} dir={dir} lang={lang} data-testid="presenter" data-index={i} aria-roledescription={tt(lang, 'presenter')}>
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
        <a class="back" href={libraryUrl({ lang, article: article.entry?.id })}>
          {tt(lang, 'backToLibrary')}
        </a>
      </header>
      {f ? (
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
      </footer>
    </main>
  );
}
