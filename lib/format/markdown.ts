/**
 * A report as Markdown: counts, stance per actor with the words that moved it, and every finding
 * with its quote in context. Used by the command line (`--md`) and the teacher exports.
 */
import type { Finding, Report } from '../model/report';
import { ATTRIBUTION_LABELS, KIND_LABELS, STANCE_LABELS } from './labels';

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

function detail(f: Finding, lang: 'ar' | 'en'): string {
  const parts: string[] = [];
  if (f.actor) parts.push(`${lang === 'ar' ? 'الطرف' : 'actor'}: ${mdText(f.actor)}`);
  if (f.attribution) parts.push(`${lang === 'ar' ? 'الإسناد' : 'attribution'}: ${ATTRIBUTION_LABELS[f.attribution][lang]}`);
  if (f.source) parts.push(`${lang === 'ar' ? 'المصدر' : 'source'}: «${mdText(f.source.text)}»`);
  if (f.interestedParty) parts.push(lang === 'ar' ? `المصدر طرف (${mdText(f.interestedParty)})` : `source is a party (${mdText(f.interestedParty)})`);
  if (f.approximate) parts.push(lang === 'ar' ? 'تقريبي' : 'approximate');
  if (f.quoted) parts.push(lang === 'ar' ? 'في كلام منقول' : 'in quoted or reported speech');
  if (f.joined) parts.push(`${lang === 'ar' ? 'تُقرأ' : 'reads'}: ${mdText(f.joined)}`);
  return parts.join(' · ');
}

/** Renders the report as Markdown in Arabic or English. */
export function reportToMarkdown(report: Report, opts: { title?: string; lang?: 'ar' | 'en' } = {}): string {
  const lang = opts.lang ?? 'en';
  const L = (ar: string, en: string) => (lang === 'ar' ? ar : en);
  const out: string[] = [];
  out.push(`# ${mdText(opts.title ?? report.id ?? L('تقرير عدسة', 'Adasa report'))}`, '');
  out.push(`| ${L('النوع', 'kind')} | ${L('العدد', 'count')} |`, '|---|---:|');
  for (const [k, n] of Object.entries(report.counts)) out.push(`| ${KIND_LABELS[k as Finding['kind']][lang]} | ${n} |`);
  out.push('');
  const fig = report.figures;
  out.push(
    `${L('الأرقام حسب الإسناد', 'Figures by attribution')}: ${(['named', 'vague', 'anonymous', 'none'] as const).map((a) => `${ATTRIBUTION_LABELS[a][lang]}: ${fig[a]}`).join(' · ')}`,
    '',
  );
  out.push(`## ${L('الموقف من كل طرف', 'Stance per actor')}`, '');
  out.push(
    `| ${L('الطرف', 'actor')} | ${L('الموقف', 'stance')} | ${L('الدرجة', 'score')} | ${L('الذكر', 'mentions')} | ${L('الكلمات', 'words that moved it')} |`,
    '|---|---|---:|---:|---|',
  );
  for (const a of report.actors) {
    const words = a.evidence.map((e) => `${mdText(e.text)}${e.quoted ? '*' : ''} (${e.direction === 'against' ? '−' : '+'}${e.weight})`).join('، ');
    out.push(`| ${mdText(a.name[lang])} | ${STANCE_LABELS[a.label][lang]} | ${a.score.toFixed(2)} | ${a.mentions} | ${words || '—'} |`);
  }
  out.push('', L('* في كلام منقول: وزن أقل', '* in quoted or reported speech: weighs less'), '');
  for (const kind of Object.keys(report.counts) as Finding['kind'][]) {
    const list = report.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    out.push(`## ${KIND_LABELS[kind][lang]} (${list.length})`, '');
    for (const f of list) {
      out.push(`- ${quote(f)}`);
      const d = detail(f, lang);
      if (d) out.push(`  - ${d}`);
      out.push(`  - ${mdText(f.explanation[lang])}`);
      if (f.neutral) out.push(`  - ${L('بديل محايد', 'Neutral alternative')}: ${mdText(f.neutral[lang])}`);
    }
    out.push('');
  }
  return out.join('\n');
}
