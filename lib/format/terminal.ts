/**
 * A report as a terminal summary: counts, stance per actor, and each finding with its quoted
 * context (the finding itself bracketed, so it reads without colour too).
 */
import { partiesHit, wordingOf, type Finding, type Report } from '../model/report';
import { attributionName, kindName, stanceName } from '../ext/i18n';

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', reset: '\x1b[0m' };

export function reportToTerminal(report: Report, opts: { title?: string; colour?: boolean } = {}): string {
  const c = (code: keyof typeof ANSI, s: string) => (opts.colour ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  out.push(c('bold', `== ${opts.title ?? report.id ?? 'report'} ==`));
  out.push(
    Object.entries(report.counts)
      .map(([k, n]) => `${kindName('en', k as Finding['kind']).toLowerCase()}: ${n}`)
      .join('  ·  '),
  );
  const fig = report.figures;
  out.push(`figures by attribution: named ${fig.named} · vague ${fig.vague} · anonymous ${fig.anonymous} · none ${fig.none}`);
  out.push('', c('bold', 'Stance per actor'));
  for (const a of report.actors) {
    const col = a.label === 'against' ? 'red' : a.label === 'favour' ? 'green' : a.label === 'mixed' ? 'yellow' : 'dim';
    const words = a.evidence.map((e) => `${e.direction === 'against' ? '−' : '+'}${e.text}${e.quoted ? '*' : ''}${e.via ? `(→${e.via})` : ''}`).join(' ');
    out.push(
      `  ${a.id.padEnd(14)} ${c(col, stanceName('en', a.label).padEnd(8))} ${a.score.toFixed(2).padStart(6)}  ${String(a.mentions).padStart(3)} mentions  ${c('dim', words)}`,
    );
  }
  out.push(c('dim', '  (* quoted: another’s words, weighs less)'));
  for (const kind of Object.keys(report.counts) as Finding['kind'][]) {
    const list = report.findings.filter((f) => f.kind === kind);
    if (list.length === 0) continue;
    out.push('', c('bold', `${kindName('en', kind)} (${list.length})`));
    for (const f of list) {
      const pre = f.prefix.replace(/\s+/g, ' ').slice(-20);
      const suf = f.suffix.replace(/\s+/g, ' ').slice(0, 20);
      const tags = [
        f.actor && `→ ${partiesHit(f).join(', ')}`,
        f.direction,
        f.attribution && attributionName('en', f.attribution).toLowerCase(),
        f.source && `source «${f.source.text}»`,
        f.interestedParty && `source is a party (${f.interestedParty})`,
        f.approximate && 'approx.',
        wordingOf(f),
        f.joined && `reads ${f.joined}`,
      ].filter(Boolean);
      out.push(`  ${String(f.start).padStart(5)}  …${pre}[${f.text.replace(/\s+/g, ' ')}]${suf}…`);
      if (tags.length) out.push(c('dim', `         ${tags.join(' · ')}`));
    }
  }
  return out.join('\n');
}
