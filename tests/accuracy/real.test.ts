/**
 * The engine on real articles it was not written for (the dev split of tests/fixtures/real/,
 * scored against human gold by the same code as `npm run eval`). The floors sit just under the
 * numbers the engine reaches today on the whole split: a change that loses accuracy fails here
 * with the numbers printed. (The split grows with harder articles; its numbers are not a target.)
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { loadCorpus } from '../../scripts/eval/corpus';
import { addTally, emptyTally, formatTally, scoreArticle } from '../../scripts/eval/score';

describe('accuracy on the real-article corpus (dev split)', () => {
  const corpus = loadCorpus('dev');
  let t = emptyTally();
  for (const { gold, body } of corpus) t = addTally(t, scoreArticle(body, gold, analyze(body, { date: gold.date })).tally);
  const summary = formatTally(t).join('\n');

  test('the corpus is real and varied: at least 40 excerpts from at least 15 outlets, every gold file valid', () => {
    const all = loadCorpus('all'); // throws with the file and reason on an invalid gold file
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((c) => c.gold.outletKey)).size).toBeGreaterThanOrEqual(15);
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  test('the held-out split shares no outlet with the dev split', () => {
    const dev = new Set(corpus.map((c) => c.gold.outletKey));
    expect(
      loadCorpus('held')
        .filter((c) => dev.has(c.gold.outletKey))
        .map((c) => c.gold.id),
    ).toEqual([]);
  });

  test.each([
    ['loaded-word precision', 0.92, () => t.loadedTrue / t.loadedFound],
    // 87.4% with an act's one party in its sentence, subjects past a phrase of place and condemning subjects read.
    ['party right among loaded findings', 0.87, () => t.partyRight / t.loadedTrue],
    // 96.5% until the excerpts of Turkish copy on the PKK in Iraq came in (3.54% wrong with them; 3.47% with the
    // grammar of joined subjects, relative clauses and gender read).
    // 3.42% with an act's sole party, a cleansing word's label and a verb's object pronoun read.
    // 3.23% with others of a label's kind, helpers after «مع» and an act's own relational adjective read.
    ['party never wrong (share of loaded findings with a wrong party, at most)', 0.967, () => 1 - t.partyWrong / t.loadedTrue],
    // The newer gold reads a speaker's unquoted paraphrase as the outlet's voice, the engine as the
    // speaker's: the share falls as such excerpts are added (83.0% with the round on women, refugees,
    // the crop fires and the Damascus–SDF talks, whose readers marked indirect speech the outlet's).
    ['quoted or own voice agreeing', 0.83, () => t.quotedAgree / t.loadedTrue],
    // 88% until the round on health and schools came in (87.9% with it): health bulletins give
    // their authority once, and the tallies in the sentences after it are the authority's.
    // 88.6% with a speaker's name past when and where it was said, and a statement's issuer after «لـ».
    // 89.0% with statements, «بحسب» relays, «كان» subjects, joined sources and repeated figures read.
    // 89.4% with breakdowns of a toll, according-to openers and the bodies of stance verbs read.
    ['figure attribution', 0.892, () => t.attributionRight / t.figuresTrue],
    // 87.6% while a source named again was pointed out once; 89.3% with each mention pointed out and the gold checked for them;
    // 90.8% with residents glossing a named person, reports passed on and reports with their owner read.
    // 91.1% with verbs of voicing, plural titles, and quoted adjectives after a source read.
    // 91.7% with title holders named beside them, negated reports and vague words after a preposition read.
    ['vague/anonymous sources right', 0.915, () => t.sourcesRight / t.sourcesFound],
    ['stance agreement', 0.8, () => t.stanceAgree / t.stanceCompared],
  ] as const)('%s ≥ %s', (_name, floor, value) => {
    expect(value(), summary).toBeGreaterThanOrEqual(floor);
  });
});
