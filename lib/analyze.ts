/**
 * The engine's one entry point: text in, report out. Pure — no DOM, no browser APIs — so the
 * command line, the tests, the background worker and the teacher pages all run the same code.
 *
 * page text → normalize → tokens → term hits → actor references → attribution → detectors →
 * stance → report
 */
import { buildContext } from './resolve';
import { DETECTORS } from './detect';
import type { Draft } from './detect/draft';
import { buildReport } from './report/build';
import type { Report } from './model/report';
import { builtinLexicon, type Lexicon } from './terms/lexicon';

export interface AnalyzeOptions {
  /** A compiled lexicon (built-in plus the user's lists); the built-in one by default. */
  lexicon?: Lexicon;
  id?: string;
  /** Include the analyzed text in the report (the command line does for HTML input). */
  includeText?: boolean;
  /** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD), when known. */
  date?: string;
}

/** Analyzes one article's text. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Report {
  const ctx = buildContext(text, opts.lexicon ?? builtinLexicon(), opts.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(opts.date) ? opts.date : undefined);
  const drafts: Draft[] = [];
  for (const d of DETECTORS) for (const f of d.run(ctx)) drafts.push(f);
  return buildReport(ctx, withoutMockedNaming(drafts), opts);
}

/**
 * A party's own naming used unmarked («حملة تعزيز الأمن») adopts it — unless the article has
 * already distanced itself from that party's words (seed 000 scare-quotes the campaign name and
 * then repeats it in mockery). Those later uses are not adoption.
 */
function withoutMockedNaming(drafts: Draft[]): Draft[] {
  const distanced = new Set(drafts.filter((d) => d.kind === 'distancing' && d.actor).map((d) => d.actor));
  return drafts.filter((d) => !(d.kind === 'framing' && d.category === 'official-naming' && d.actor && distanced.has(d.actor)));
}
