import { useEffect, useState } from 'preact/hooks';
import { FINDING_KINDS } from '../lib/model/report';
import { kindName, resolveLang, t, type Lang } from '../lib/ext/i18n';
import type { Language } from '../lib/ext/settings-core';
import { articleMeta, articleTitle, type AnalyzedTab, type LoadedArticle } from '../lib/reader/articles';
import type { PageLook } from '../lib/reader/page';
import { actorLedger } from '../lib/teacher/ledger';
import { libraryIndex } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import { libraryUrl, parseRef, presenterUrl, type ArticleRef } from '../lib/teacher/routes';
import { sourcingProfile } from '../lib/teacher/sourcing';
import { compareStance } from '../lib/teacher/stance-compare';
import ArticleDetails from './ArticleDetails';
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
  load(ref: ArticleRef): Promise<LoadedArticle>;
  /** The reader changed a side or the language (the page keeps them in its address). */
  onNavigate(a: ArticleRef, b: ArticleRef, lang: Lang): void;
}

/** A short name for a column heading. */
function columnName(x: LoadedArticle, lang: Lang): string {
  if (x.entry) return `${x.entry.id} · ${localized(x.entry.short, lang)}`;
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

  useEffect(() => props.onNavigate(refs[0], refs[1], lang), [refs[0], refs[1], lang]);

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
    <main class="compare" data-testid="compare" data-ready={pair ? 'true' : 'false'}>
      <header class="top">
        <h1>
          {t(lang, 'appName')} · {tt(lang, 'compareTitle')}
        </h1>
        <a href={libraryUrl({ lang })}>{tt(lang, 'backToLibrary')}</a>
        <LanguageSwitch lang={lang} value={lang} onChange={setLanguage} />
      </header>
      <div class="pickers">
        <ArticlePicker label="articleA" value={refs[0]} entries={entries} tabs={props.tabs} lang={lang} onChange={setSide(0)} />
        <button type="button" class="swap" onClick={() => setRefs(([x, y]) => [y, x])} aria-label={tt(lang, 'swap')} title={tt(lang, 'swap')}>
          ⇄
        </button>
        <ArticlePicker label="articleB" value={refs[1]} entries={entries} tabs={props.tabs} lang={lang} onChange={setSide(1)} />
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
                {x.entry ? <ArticleDetails entry={x.entry} lang={lang} /> : <p class="address">{x.url}</p>}
                <p class="totals">{FINDING_KINDS.map((k) => `${kindName(lang, k)} ${x.report.counts[k]}`).join(' · ')}</p>
                <a href={presenterUrl(x.ref, { lang })}>{tt(lang, 'present')}</a>
                <ExportButtons
                  lang={lang}
                  source={{
                    slug: x.ref.kind === 'seed' ? x.ref.id : `tab-${x.ref.tabId}`,
                    report: x.report,
                    text: x.text,
                    lines: x.lines,
                    meta: articleMeta(x, lang),
                    lang,
                    scheme: look.scheme,
                    colours: look.colours,
                  }}
                />
              </section>
            ))}
          </div>
          <LedgerTable rows={actorLedger(reports)} columns={columns} lang={lang} scheme={look.scheme} colours={look.colours} />
          <StanceCompare rows={compareStance(reports)} columns={columns} lang={lang} />
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
