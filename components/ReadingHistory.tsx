import type { History, SiteParty, SiteSummary } from '../lib/ext/history';
import { bySite } from '../lib/ext/history';
import type { Language } from '../lib/ext/settings-core';
import { dirOf, t, type Lang } from '../lib/ext/i18n';
import { localized } from '../lib/ext/locales';
import { stanceShape, stanceWords } from '../lib/ext/stance-words';
import LanguageSwitch from './LanguageSwitch';

export interface ReadingHistoryProps {
  lang: Lang;
  language: Language;
  history: History;
  /** The moment "the last week" ends at. */
  now: number;
  notice: string | null;
  onLanguage(value: Language): void;
  onEnabled(on: boolean): void;
  onClear(): void;
}

/**
 * The reading history page: the switch (off until the reader turns it on), the clear button,
 * and per site over the last week how many articles, how each party was named and the stance
 * toward it, with the articles listed. Everything shown comes from the parsed history: text
 * through Preact, links only http(s), widths from clamped numbers.
 */
export default function ReadingHistory(props: ReadingHistoryProps) {
  const { lang, history } = props;
  const sites = bySite(history, props.now);
  return (
    <main class="history" dir={dirOf(lang)} lang={lang} data-enabled={String(history.enabled)}>
      <header class="top">
        <h1>{t(lang, 'historyTitle')}</h1>
        <LanguageSwitch lang={lang} value={props.language} onChange={props.onLanguage} />
      </header>
      <p class="help">{t(lang, 'historyHelp')}</p>
      <div class="controls">
        <label class="toggle">
          <input type="checkbox" checked={history.enabled} onChange={(e) => props.onEnabled(e.currentTarget.checked)} data-testid="history-on" />
          {t(lang, 'historyEnable')}
        </label>
        <button type="button" onClick={props.onClear} disabled={history.articles.length === 0} data-testid="history-clear">
          {t(lang, 'historyClear')}
        </button>
      </div>
      {props.notice && (
        <p role="status" class="notice">
          {props.notice}
        </p>
      )}
      {!history.enabled && <p class="notice">{t(lang, 'historyOff')}</p>}
      {sites.length === 0 ? (
        <p class="empty" data-testid="history-empty">
          {t(lang, 'historyEmpty')}
        </p>
      ) : (
        sites.map((s) => <SiteSection key={s.site} summary={s} lang={lang} />)
      )}
    </main>
  );
}

function SiteSection({ summary, lang }: { summary: SiteSummary; lang: Lang }) {
  const dateFormat = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const headId = `site-${summary.site}`;
  return (
    <section class="site" data-site={summary.site} aria-labelledby={headId}>
      <h2 id={headId}>
        <bdi dir="ltr">{summary.site}</bdi>{' '}
        <span class="count" data-testid="site-count">
          {t(lang, 'historyTimes').replace('{n}', String(summary.articles.length))}
        </span>
      </h2>
      {summary.parties.length > 0 && (
        <table class="parties" aria-label={t(lang, 'historyNames')}>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'historyParty')}</th>
              <th scope="col">{t(lang, 'historyStance')}</th>
              <th scope="col">{t(lang, 'historyNamesUsed')}</th>
              <th scope="col">{t(lang, 'historyArticles')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.parties.map((p) => (
              <PartyRow key={p.id} party={p} lang={lang} />
            ))}
          </tbody>
        </table>
      )}
      {summary.parties.some((p) => p.names.some((n) => n.loaded)) && <p class="legend">{t(lang, 'historyLoaded')}</p>}
      <h3>{t(lang, 'historyArticles')}</h3>
      <ol class="articles">
        {summary.articles.map((a) => (
          <li key={a.url} data-url={a.url}>
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              <bdi dir="auto">{a.title || a.url}</bdi>
            </a>{' '}
            <time dateTime={new Date(a.at).toISOString()}>{dateFormat.format(a.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

function PartyRow({ party, lang }: { party: SiteParty; lang: Lang }) {
  const shape = stanceShape(party.score);
  const words = stanceWords(lang, party.mixed && !shape.towards ? 'mixed' : 'neutral', party.score);
  return (
    <tr data-actor={party.id} data-score={party.score.toFixed(3)}>
      <th scope="row">{localized(party.name, lang) || party.id}</th>
      <td class="stance-cell">
        <span class={`words words-${shape.towards ?? 'neutral'}`} data-testid="party-stance">
          {words}
        </span>
        <span class="track" aria-hidden="true">
          <span class="mid" />
          {shape.towards && <span class={`fill fill-${shape.towards}`} style={{ inlineSize: `${shape.fill}%` }} />}
        </span>
      </td>
      <td>
        <span class="names">
          {party.names.map((n) => (
            <bdi key={n.text} dir="rtl" lang="ar" class={`name${n.loaded ? ' loaded' : ''}`} title={n.loaded ? t(lang, 'historyLoaded') : undefined}>
              {n.text}{' '}
              <bdi dir="ltr" class="times">
                ×{n.count}
              </bdi>
            </bdi>
          ))}
        </span>
      </td>
      <td class="n">
        <bdi dir="ltr">{party.articles}</bdi>
      </td>
    </tr>
  );
}
