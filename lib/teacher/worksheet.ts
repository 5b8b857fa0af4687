/**
 * A worksheet's content, apart from its HTML: the article cut into numbered paragraphs and the
 * questions asked about it (who is named how, which figures have a source, what a neutral
 * wording would be), each with the answer the key prints. The worksheet and its key are built
 * from the same list, so their numbers always agree.
 */
import type { ActorId, ActorName, Attribution, Bilingual, Finding, Report } from '../model/report';
import { articleLines, type ArticleLine } from './article-lines';
import { passage, presenterFindings, type Passage } from './presenter';

/** One numbered paragraph of the article. */
export interface Paragraph {
  n: number;
  start: number;
  text: string;
  headline: boolean;
}

/** How does the article name a party? */
export interface NamesQuestion {
  type: 'names';
  n: number;
  actor: ActorId;
  party: Bilingual;
  /** The answer: every name used, most frequent first. */
  names: ActorName[];
}

/** Who is the source of this figure? */
export interface FigureQuestion {
  type: 'figure';
  n: number;
  paragraph: number;
  passage: Passage;
  /** The answer. */
  attribution: Attribution;
  source?: string;
}

/** What would a neutral wording be? */
export interface NeutralQuestion {
  type: 'neutral';
  n: number;
  paragraph: number;
  passage: Passage;
  /** The answer. */
  neutral: Bilingual;
  explanation: Bilingual;
}

export type Question = NamesQuestion | FigureQuestion | NeutralQuestion;

/** The whole sheet. */
export interface Worksheet {
  paragraphs: Paragraph[];
  names: NamesQuestion[];
  figures: FigureQuestion[];
  neutral: NeutralQuestion[];
}

/** How many questions of each part at most: a sheet a class can do in one lesson. */
export const LIMITS = { names: 5, figures: 6, neutral: 6 };

/** The article's shown lines numbered from 1 (blank lines and page furniture are not). */
export function numberParagraphs(text: string, lines?: readonly ArticleLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const l of lines ?? articleLines(text)) {
    if (l.role === 'blank' || l.role === 'leftover') continue;
    out.push({ n: out.length + 1, start: l.start, text: l.text, headline: l.role === 'headline' });
  }
  return out;
}

/** The number of the paragraph holding offset `at` (0 when none does). */
export function paragraphAt(paragraphs: readonly Paragraph[], at: number): number {
  let n = 0;
  for (const p of paragraphs) {
    if (p.start > at) break;
    if (at <= p.start + p.text.length) n = p.n;
  }
  return n;
}

/** The questions about an article, numbered in order: names, then figures, then wording. */
export function buildWorksheet(report: Report, text: string, lines?: readonly ArticleLine[]): Worksheet {
  const paragraphs = numberParagraphs(text, lines);
  const inText = (f: Finding) => paragraphAt(paragraphs, f.start) > 0;
  let n = 0;
  const names: NamesQuestion[] = [...report.actors]
    .filter((a) => a.names.length > 0)
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, LIMITS.names)
    .map((a) => ({
      type: 'names',
      n: ++n,
      actor: a.id,
      party: a.name,
      names: [...a.names].sort((x, y) => y.count - x.count || Number(y.loaded) - Number(x.loaded) || x.text.localeCompare(y.text, 'ar')),
    }));
  const ordered = presenterFindings(report).filter(inText);
  const figures: FigureQuestion[] = ordered
    .filter((f) => f.kind === 'figure')
    .slice(0, LIMITS.figures)
    .map((f) => ({
      type: 'figure',
      n: ++n,
      paragraph: paragraphAt(paragraphs, f.start),
      passage: passage(f, text, 180),
      attribution: f.attribution ?? 'none',
      ...(f.source ? { source: f.source.text } : {}),
    }));
  const seen = new Set<string>();
  const neutral: NeutralQuestion[] = [];
  for (const f of ordered) {
    if (neutral.length >= LIMITS.neutral) break;
    if (f.kind !== 'framing' || !f.neutral || seen.has(f.text)) continue;
    seen.add(f.text);
    neutral.push({ type: 'neutral', n: ++n, paragraph: paragraphAt(paragraphs, f.start), passage: passage(f, text, 180), neutral: f.neutral, explanation: f.explanation });
  }
  return { paragraphs, names, figures, neutral };
}
