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
import { builtinLexicon, categoryIs, type Lexicon } from './terms/lexicon';
import { scratchUint8, withScratch } from './text/scratch';

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
  // Compiled before the analysis starts: what the lexicon keeps must not be made in the buffer.
  const lexicon = opts.lexicon ?? builtinLexicon();
  // The per-text tables are made in one buffer reused from analysis to analysis (lib/text/scratch.ts).
  return withScratch(text.length, () => analyzeText(text, lexicon, opts));
}

function analyzeText(text: string, lexicon: Lexicon, opts: AnalyzeOptions): Report {
  const ctx = buildContext(text, lexicon, opts.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(opts.date) ? opts.date : undefined);
  // The detectors' findings in order, joined in one list made at its final length (pushed one by
  // one, the list was copied again and again as it grew).
  const found: Draft[][] = [];
  for (let k = 0; k < DETECTORS.length; k++) found.push(DETECTORS[k].run(ctx));
  const drafts = ([] as Draft[]).concat(...found);
  return buildReport(ctx, withoutMockedNaming(ctx.lex, drafts), opts);
}

/**
 * A party's own naming used unmarked («حملة تعزيز الأمن») adopts it — unless the article has
 * already distanced itself from that party's words (seed 000 scare-quotes the campaign name and
 * then repeats it in mockery). Those later uses are not adoption.
 */
function withoutMockedNaming(lex: Lexicon, drafts: Draft[]): Draft[] {
  const distanced = new Set<Draft['actor']>();
  for (let i = 0; i < drafts.length; i++) if (drafts[i].kind === 'distancing' && drafts[i].actor) distanced.add(drafts[i].actor);
  if (distanced.size === 0) return drafts; // nothing to drop
  // The dropped ones marked first, the rest kept in a list made at its final length (a filter grows
  // its list as it goes); the list itself when none is dropped.
  const drop = scratchUint8(drafts.length);
  let kept = drafts.length;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'framing' && categoryIs(lex, d.category, 'ownNaming') && d.actor && distanced.has(d.actor)) {
      drop[i] = 1;
      kept--;
    }
  }
  if (kept === drafts.length) return drafts;
  const out = new Array<Draft>(kept);
  for (let i = 0, j = 0; i < drafts.length; i++) if (drop[i] === 0) out[j++] = drafts[i];
  return out;
}
