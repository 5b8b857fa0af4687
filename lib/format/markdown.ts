/**
 * A report as Markdown: counts, stance per actor with the words that moved it, and every finding
 * with its quote in context. Used by the command line (`--md`) and the teacher exports.
 */
import { actorName, partiesHit, wordingOf, type Finding, type Report } from '../model/report';
import { attributionName, kindName, stanceName } from '../ext/i18n';
import { localized, message, type Catalog, type Lang } from '../ext/locales';
import { isolatedScore } from '../ext/stance-words';

/**
 * Text from the article or a term list as Markdown that shows it literally: white space made
 * one line, and every mark that could open Markdown or HTML markup escaped, so page
 * text like `<img onerror=…>` or `**` prints as written and never becomes markup.
 */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function quote(f: Finding): string {
  const pre = mdText(f.prefix.replace(/\s+/g, ' ').slice(-24));
  const suf = mdText(f.suffix.replace(/\s+/g, ' ').slice(0, 24));
  return `…${pre}**${mdText(f.text)}**${suf}…`;
}

function detail(f: Finding, lang: Lang): string {
  const R = (key: keyof Catalog['report']) => message(lang, 'report', key);
  const parts: string[] = [];
  if (f.actor) parts.push(`${R('actor')}: ${partiesHit(f).map(mdText).join(', ')}`);
  if (f.attribution) parts.push(`${R('attribution')}: ${attributionName(lang, f.attribution)}`);
  if (f.source) parts.push(`${R('source')}: «${mdText(f.source.text)}»`);
  if (f.interestedParty) parts.push(R('interested').replace('{actor}', mdText(f.interestedParty)));
  if (f.approximate) parts.push(R('approximate'));
  const wording = wordingOf(f);
  if (wording) parts.push(R(wording));
  if (f.joined) parts.push(`${R('reads')}: ${mdText(f.joined)}`);
  return parts.join(' · ');
}

/** Renders the report as Markdown in Arabic or English. */
export function reportToMarkdown(report: Report, opts: { title?: string; lang?: Lang } = {}): string {
  const lang = opts.lang ?? 'en';
  const R = (key: keyof Catalog['report']) => message(lang, 'report', key);
  const out: string[] = [];
  out.push(`# ${mdText(opts.title ?? report.id ?? R('title'))}`, '');
  out.push(`| ${R('kind')} | ${R('count')} |`, '|---|---:|');
  for (const [k, n] of Object.entries(report.counts)) out.push(`| ${kindName(lang, k as Finding['kind'])} | ${n} |`);
  out.push('');
  const fig = report.figures;
  out.push(`${R('figuresByAttribution')}: ${(['named', 'vague', 'anonymous', 'none'] as const).map((a) => `${attributionName(lang, a)}: ${fig[a]}`).join(' · ')}`, '');
  out.push(`## ${R('stancePerActor')}`, '');
  out.push(`| ${R('actor')} | ${R('stance')} | ${R('score')} | ${R('mentions')} | ${R('words')} |`, '|---|---|---:|---:|---|');
  for (const a of report.actors) {
    const via = (id: string | undefined) => (id ? ` ${message(lang, 'ui', 'viaParty')} ${mdText(localized(actorName(report.actors, id), lang))}` : '');
    const words = a.evidence.map((e) => `${mdText(e.text)}${e.quoted ? '*' : ''} (${e.direction === 'against' ? '−' : '+'}${e.weight}${via(e.via)})`).join('، ');
    out.push(`| ${mdText(localized(a.name, lang))} | ${stanceName(lang, a.label)} | ${isolatedScore(a.score)} | ${a.mentions} | ${words || '—'} |`);
  }
  out.push('', R('quotedNote'), '');
  for (const kind of Object.keys(report.counts) as Finding['kind'][]) {
    const list = report.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    out.push(`## ${kindName(lang, kind)} (${list.length})`, '');
    for (const f of list) {
      out.push(`- ${quote(f)}`);
      const d = detail(f, lang);
      if (d) out.push(`  - ${d}`);
      out.push(`  - ${mdText(localized(f.explanation, lang))}`);
      if (f.neutral) out.push(`  - ${R('neutral')}: ${mdText(localized(f.neutral, lang))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
