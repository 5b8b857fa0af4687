/**
 * `npm run eval` — how right the engine is on real articles it was not written for.
 *
 *   npm run eval                       the dev split of tests/fixtures/real/
 *   npm run eval -- --split held       the held-out split (score it rarely: it is not for tuning)
 *   npm run eval -- --split fresh      articles annotated blind, scored only at the end
 *   npm run eval -- --split unseen     more articles annotated blind, from outlets no other split has
 *   npm run eval -- --split late       a later blind split, from outlets no other split has
 *   npm run eval -- --split sealed     the last blind split, from outlets no other split has
 *   npm run eval -- --split all
 *   npm run eval -- --verbose          every disagreement, article by article
 *   npm run eval -- --armpro DIR       ArMPro's train/dev persuasion spans (a clone of
 *                                      github.com/MaramHasanain/ArMPro; its test split is refused)
 *   npm run eval -- --agreement        the excerpts read twice (tests/fixtures/real/second/): how
 *                                      far the two readers agree, and the engine with each of them
 *   npm run eval -- --json             the numbers as JSON
 */
import { analyze } from '../lib/analyze';
import { loadSecondReadings, readingAsReport } from './eval/agreement';
import { scoreArmpro } from './eval/armpro';
import { loadCorpus, SPLITS, type Split } from './eval/corpus';
import { addTally, emptyTally, formatTally, scoreArticle, type Miss, type Tally } from './eval/score';

interface Args {
  split: Split | 'all';
  verbose: boolean;
  json: boolean;
  agreement: boolean;
  armpro?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { split: 'dev', verbose: false, json: false, agreement: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--split') {
      const v = argv[++i];
      if (v !== 'all' && !(SPLITS as readonly string[]).includes(v ?? '')) throw new Error(`--split takes ${SPLITS.join(', ')} or all (got ${v ?? 'nothing'})`);
      a.split = v as Split | 'all';
    } else if (x === '--verbose' || x === '-v') a.verbose = true;
    else if (x === '--json') a.json = true;
    else if (x === '--agreement') a.agreement = true;
    else if (x === '--armpro') {
      a.armpro = argv[++i];
      if (!a.armpro) throw new Error('--armpro takes a directory');
    } else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const result: Record<string, unknown> = {};
  if (args.agreement) {
    result.agreement = agreement(args.json);
    if (args.json) console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  if (!args.armpro || args.verbose || args.split !== 'dev') {
    const corpus = loadCorpus(args.split);
    let total: Tally = emptyTally();
    const perArticle: { id: string; misses: Miss[] }[] = [];
    for (const { gold, body } of corpus) {
      const { tally, misses } = scoreArticle(body, gold, analyze(body, { date: gold.date }));
      total = addTally(total, tally);
      perArticle.push({ id: gold.id, misses });
    }
    const outlets = new Set(corpus.map((c) => c.gold.outletKey));
    result.corpus = { split: args.split, articles: corpus.length, outlets: outlets.size, tally: total };
    if (!args.json) {
      console.log(`real articles (${args.split}): ${corpus.length} excerpts from ${outlets.size} outlets`);
      for (const line of formatTally(total)) console.log('  ' + line);
      if (args.verbose) {
        for (const { id, misses } of perArticle) {
          if (misses.length === 0) continue;
          console.log(`\n${id}`);
          for (const m of misses)
            console.log(`  ${m.what.padEnd(14)} «${m.text}»${m.at >= 0 ? ` @${m.at}` : ''}  got ${m.got ?? ''}  want ${m.want ?? ''}${m.context ? `   …${m.context}…` : ''}`);
        }
      }
    }
  }
  if (args.armpro) {
    let r;
    try {
      r = scoreArmpro(args.armpro);
    } catch (e) {
      console.error((e as Error).message);
      return 2;
    }
    const inside = r.findings ? (100 * r.inside) / r.findings : 0;
    const per10k = r.cleanChars ? (10000 * r.cleanFindings) / r.cleanChars : 0;
    result.armpro = {
      files: r.files,
      paragraphs: r.paragraphs,
      findings: r.findings,
      inside: r.inside,
      cleanParagraphs: r.cleanParagraphs,
      cleanChars: r.cleanChars,
      cleanFindings: r.cleanFindings,
    };
    if (!args.json) {
      console.log(`\nArMPro (${r.files.map((f) => f.split('/').pop()).join(', ')}): ${r.paragraphs} paragraphs`);
      console.log(`  framing inside an annotated span  ${inside.toFixed(1)}%  (${r.inside}/${r.findings})`);
      console.log(
        `  framing on clean paragraphs       ${per10k.toFixed(2)} per 10,000 characters  (${r.cleanFindings} in ${r.cleanParagraphs} paragraphs, ${r.cleanChars} characters)`,
      );
      if (args.verbose) for (const o of r.outside) console.log(`  ${o.clean ? 'clean ' : 'outside'} «${o.text}»  …${o.context}…`);
    }
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  return 0;
}

/**
 * The excerpts read twice: the second reader scored against the first (and the first against the
 * second: precision and recall trade places), then the engine against each reader.
 */
function agreement(json: boolean): Record<string, Tally | number> {
  const pairs = loadSecondReadings();
  const tallies = { secondAgainstFirst: emptyTally(), firstAgainstSecond: emptyTally(), engineAgainstFirst: emptyTally(), engineAgainstSecond: emptyTally() };
  for (const { body, first, second } of pairs) {
    const report = analyze(body, { date: first.date });
    tallies.secondAgainstFirst = addTally(tallies.secondAgainstFirst, scoreArticle(body, first, readingAsReport(body, second)).tally);
    tallies.firstAgainstSecond = addTally(tallies.firstAgainstSecond, scoreArticle(body, second, readingAsReport(body, first)).tally);
    tallies.engineAgainstFirst = addTally(tallies.engineAgainstFirst, scoreArticle(body, first, report).tally);
    tallies.engineAgainstSecond = addTally(tallies.engineAgainstSecond, scoreArticle(body, second, report).tally);
  }
  if (!json) {
    console.log(`excerpts read twice: ${pairs.length} (tests/fixtures/real/second/, each a blind second reading of a dev excerpt)`);
    for (const [title, t] of [
      ['the second reader, scored against the first', tallies.secondAgainstFirst],
      ['the first reader, scored against the second', tallies.firstAgainstSecond],
      ['the engine, scored against the first reader', tallies.engineAgainstFirst],
      ['the engine, scored against the second reader', tallies.engineAgainstSecond],
    ] as const) {
      console.log(`\n${title}`);
      for (const line of formatTally(t)) console.log('  ' + line);
    }
  }
  return { excerpts: pairs.length, ...tallies };
}

process.exitCode = main();
