import { useEffect, useState } from 'preact/hooks';
import { FINDING_KINDS } from '../lib/model/report';
import { kindName, resolveLang, t, type Lang } from '../lib/ext/i18n';
import type { Language } from '../lib/ext/settings-core';
import { articleMeta, articleTitle, type AnalyzedTab, type LoadedArticle } from '../lib/reader/articles';
import type { PageLook } from '../lib/reader/page';
import { actorLedger } from '../lib/teacher/ledger';
import { libraryIndex } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import { libraryUrl, parseRef, presenterUrl, refSlug, type ArticleRef, type View } from '../lib/teacher/routes';
import { ownTitle } from '../lib/teacher/own-articles';
import { sourcingProfile } from '../lib/teacher/sourcing';
import { compareStance } from '../lib/teacher/stance-compare';
import type { OwnArticle } from '../lib/teacher/own-articles';
import ArticleDetails from './ArticleDetails';
import HiddenAnswer from './HiddenAnswer';
import StudentSwitch from './StudentSwitch';
import ArticlePicker from './ArticlePicker';
import ExportButtons from './ExportButtons';
import LanguageSwitch from './LanguageSwitch';
import LedgerTable from './LedgerTable';
import SourcingPanel from './SourcingPanel';
import StanceCompare from './StanceCompare';
import { localized } from '../lib/ext/locales';

export interface CompareViewProps {
  look: PageLook;
  a: ArticleRef;
  b: ArticleRef;
  tabs: readonly AnalyzedTab[];
  /** The teacher's own articles, for the pickers. */
  own?: readonly OwnArticle[];
  /** The view the address asked for. */
  view?: View;
  load(ref: ArticleRef): Promise<LoadedArticle>;
  /** The reader changed a side or the language (the page keeps them in its address). */
  onNavigate(a: ArticleRef, b: ArticleRef, lang: Lang, view: View): void;
}

/** A short name for a column heading. */
function columnName(x: LoadedArticle, lang: Lang): string {
  if (x.entry) return `${x.entry.id} · ${localized(x.entry.short, lang)}`;
  if (x.own) return ownTitle(x.own, 40) || x.own.outlet;
  const title = x.title ?? '';
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}

/**
 * Two articles side by side: who calls whom what (the label ledger), the stance each takes
 * towards each party, and how each sources its claims. Everything shown is the engine's
 * report for each article, lined up.
 */
export default function CompareView(props: CompareViewProps) {
  const { look } = props;
  const [lang, setLang] = useState<Lang>(look.lang);
  const [refs, setRefs] = useState<[ArticleRef, ArticleRef]>([props.a, props.b]);
  const [pair, setPair] = useState<[LoadedArticle, LoadedArticle] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>(props.view ?? 'teacher');
  const [shown, setShown] = useState(false);
  const hide = view === 'student' && !shown;
  const entries = libraryIndex().articles;

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all(refs.map(props.load)).then(
      (loaded) => live && setPair(loaded as [LoadedArticle, LoadedArticle]),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [refs[0], refs[1]]);

  useEffect(() => props.onNavigate(refs[0], refs[1], lang, view), [refs[0], refs[1], lang, view]);

  const setSide = (i: 0 | 1) => (value: string) => {
    const ref = parseRef(value);
    if (ref) setRefs((r) => (i === 0 ? [ref, r[1]] : [r[0], ref]));
  };
  const setLanguage = (v: Language) => setLang(v === 'auto' ? resolveLang('auto', navigator.language) : v);

  const reports = pair?.map((x) => x.report) ?? [];
  const columns = pair?.map((x) => columnName(x, lang)) ?? [];
  const profiles = reports.map(sourcingProfile);
  const scale = Math.max(0, ...profiles.flatMap((p) => Object.values(p.figures)));
  const partyName = (id: string) => {
    const a = reports.flatMap((r) => r.actors).find((x) => x.id === id);
    return a ? localized(a.name, lang) : id;
  };

  return (
    <main class="compare" data-testid="compare" data-ready={pair ? 'true' : 'false'} data-view={view} data-answers={hide ? 'hidden' : 'shown'}>
      <header class="top">
        <h1>
          {t(lang, 'appName')} · {tt(lang, 'compareTitle')}
        </h1>
        <a href={libraryUrl({ lang, view })}>{tt(lang, 'backToLibrary')}</a>
        <StudentSwitch
          lang={lang}
          view={view}
          shown={shown}
          onView={(v) => {
            setView(v);
            setShown(false);
          }}
          onShown={setShown}
        />
        <LanguageSwitch lang={lang} value={lang} onChange={setLanguage} />
      </header>
      <div class="pickers">
        <ArticlePicker label="articleA" value={refs[0]} entries={entries} own={props.own} tabs={props.tabs} lang={lang} onChange={setSide(0)} />
        <button type="button" class="swap" onClick={() => setRefs(([x, y]) => [y, x])} aria-label={tt(lang, 'swap')} title={tt(lang, 'swap')}>
          ⇄
        </button>
        <ArticlePicker label="articleB" value={refs[1]} entries={entries} own={props.own} tabs={props.tabs} lang={lang} onChange={setSide(1)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pair ? (
        <>
          <div class="sides">
            {pair.map((x, i) => (
              <section key={i} class="side" data-side={i} aria-label={columns[i]}>
                <h2 lang={x.entry ? lang : 'ar'} dir="auto">
                  {articleTitle(x, lang)}
                </h2>
                {x.entry ? (
                  <ArticleDetails entry={x.entry} lang={lang} hideAnswers={hide} />
                ) : x.own ? (
                  <p class="address">
                    <bdi>{[x.own.outlet, x.own.date].filter(Boolean).join(' · ')}</bdi>
                  </p>
                ) : (
                  <p class="address">{x.url}</p>
                )}
                <p class="totals">{FINDING_KINDS.map((k) => `${kindName(lang, k)} ${x.report.counts[k]}`).join(' · ')}</p>
                <a href={presenterUrl(x.ref, { lang, view })}>{tt(lang, 'present')}</a>
                <ExportButtons
                  lang={lang}
                  source={{
                    slug: refSlug(x.ref),
                    report: x.report,
                    text: x.text,
                    lines: x.lines,
                    meta: articleMeta(x, lang),
                    lang,
                    scheme: look.scheme,
                    colours: look.colours,
                    student: view === 'student',
                  }}
                />
              </section>
            ))}
          </div>
          <LedgerTable rows={actorLedger(reports)} columns={columns} lang={lang} scheme={look.scheme} colours={look.colours} />
          {hide ? (
            <section class="stance-compare" aria-labelledby="stance-hidden-title">
              <h2 id="stance-hidden-title">{tt(lang, 'stanceCompare')}</h2>
              <HiddenAnswer lang={lang} hidden>
                {null}
              </HiddenAnswer>
            </section>
          ) : (
            <StanceCompare rows={compareStance(reports)} columns={columns} lang={lang} />
          )}
          <section class="sourcing" aria-labelledby="sourcing-title">
            <h2 id="sourcing-title">{tt(lang, 'sourcing')}</h2>
            <div class="sides">
              {profiles.map((p, i) => (
                <SourcingPanel key={i} profile={p} title={columns[i]} scale={scale} partyName={partyName} lang={lang} />
              ))}
            </div>
          </section>
        </>
      ) : (
        !error && (
          <p class="notice" role="status">
            {tt(lang, 'loading')}
          </p>
        )
      )}
    </main>
  );
}
