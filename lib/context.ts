/**
 * What is known about one text before anything is resolved: the original and normalized text,
 * tokens, structure, term hits by section and the tokens that are page chrome. Built once per
 * analysis by {@link buildTextContext}; references and attribution are resolved from it
 * (`lib/resolve`), and the detectors read the finished context.
 */
import type { Lexicon } from './terms/lexicon';
import type { Hit, Hits } from './terms/hits';
import type { SectionName } from './terms/schema';
import { normalizeThen, type Normalized } from './text/normalize';
import { buildStructure, type Structure } from './text/structure';
import { TokenKind, tokenizeCodes, type Tokens } from './text/tokenize';
import type { WordClass, Words } from './text/words';
import { scratchInt32, scratchUint8 } from './text/scratch';

export interface TextCtx {
  src: string;
  /** The article's publication date (YYYY, YYYY-MM or YYYY-MM-DD), when known: it decides which of two actors sharing a name is meant. */
  date?: string;
  norm: Normalized;
  /** Normalized text. */
  text: string;
  toks: Tokens;
  st: Structure;
  lex: Lexicon;
  /** The term hits, by section ({@link Hits.get}) or as columns. */
  hits: Hits;
  /** Per token: 1 when it lies on a line of page chrome («اقرأ أيضاً», «التعليقات (0)»). */
  chrome: Uint8Array;
  /** Hit starting at token `t` in `section`, if any. */
  hitAt(section: SectionName | string, t: number): Hit | undefined;
  /** Whether a hit of `section` starts at token `t` (as `hitAt`, with no hit object). */
  hasHit(section: SectionName | string, t: number): boolean;
  /** One past the last token of the hit of `section` starting at token `t`; -1 when none starts there. */
  hitEnd(section: SectionName | string, t: number): number;
  /** The entry's index in `section` of its hit starting at token `t`; -1 when none starts there. */
  hitEntry(section: SectionName | string, t: number): number;
  /** The distinct words of the text, and each token's word number in it. */
  words: Words;
  ids: Int32Array;
  /** The token's normalized text. */
  word(t: number): string;
  /** Whether the token's word is in the class (answered once per distinct word). */
  is(t: number, c: WordClass): boolean;
  /** Whether any word of the text is in the class (answered once per class). */
  has(c: WordClass): boolean;
}

/** Normalizes, tokenizes, finds the structure and matches the term lists. */
export function buildTextContext(src: string, lex: Lexicon, date?: string): TextCtx {
  // Each token's word number: words are compared, sliced and classified once per distinct word.
  const table = lex.matcher.wordTable();
  const { norm, result: toks } = normalizeThen(src, (codes, n) => tokenizeCodes(codes, n, table));
  const text = norm.text;
  const st = buildStructure(src, norm, toks);
  const ids = toks.ids ?? scratchInt32(toks.count);
  const hits = lex.matcher.scan(text, toks, ids);
  const words = lex.matcher.words;
  const wordList = words.list;
  const chrome = markChrome(lex, text, toks, st, hits);
  const had = new Map<WordClass, boolean>();
  const has = (c: WordClass): boolean => {
    let v = had.get(c);
    if (v === undefined) had.set(c, (v = words.tokensIn(ids, toks.count, c).length > 0));
    return v;
  };
  return {
    src,
    date,
    norm,
    text,
    toks,
    st,
    lex,
    hits,
    chrome,
    hitAt: (section, t) => hits.at(section, t),
    hasHit: (section, t) => hits.has(section, t),
    hitEnd: (section, t) => hits.endAt(section, t),
    hitEntry: (section, t) => hits.entryAt(section, t),
    words,
    ids,
    // Outside the tokens, the slice of what the offsets give (the whole text for none).
    word: (t) => (t >= 0 && t < toks.count ? wordList[ids[t]] : text.slice(toks.start[t], toks.end[t])),
    is: (t, c) => (t >= 0 && t < toks.count ? words.is(ids[t], c) : c.test(text.slice(toks.start[t], toks.end[t]))),
    has,
  };
}

/**
 * An embedded post as page text renders it: the post ending with its picture link
 * («… pic.twitter.com/6r0RBBR4mJ»), or the byline under it («— Hussam Al-Aqili (@Husam13318285)
 * December 12, 2023»).
 */
const EMBEDDED_POST = /pic\.twitter\.com\/\w+\s*$|^\s*[—–-]\s*[^\n]*\(@\w+\)/;

/**
 * Whether {@link EMBEDDED_POST} can match anywhere: each of its branches needs one of these. The
 * «@» is looked for alone first: most texts have none, and a search for «(@» is some five times
 * slower on Arabic text (the engine looks for the byte 0x28 of «(», which is also the low byte of
 * «ب», then checks each place it finds; 0x40 of «@» is that of the tatweel, which normalized text no
 * longer has).
 */
function mayEmbedPosts(text: string): boolean {
  return text.includes('pic.twitter.com/') || (text.includes('@') && text.includes('(@'));
}

/**
 * A line is chrome when it opens with a chrome marker («اقرأ أيضاً», «التعليقات»), carries no
 * Arabic or Latin word at all (view counters, «(0)»), or is an embedded post (someone else's words,
 * laid into the page). Seeds 000, 001 and 002 have such lines.
 */
function markChrome(lex: Lexicon, text: string, toks: Tokens, st: Structure, hits: Hits): Uint8Array {
  const chrome = scratchUint8(toks.count);
  // Most texts embed no post: then no line needs the pattern.
  const posts = mayEmbedPosts(text);
  for (let l = 0; l + 1 < st.lineStart.length; l++) {
    const a = st.lineStart[l];
    const b = st.lineStart[l + 1];
    if (posts && b > a) {
      const from = text.lastIndexOf('\n', toks.start[a]) + 1;
      const nl = text.indexOf('\n', toks.end[b - 1]);
      if (EMBEDDED_POST.test(text.slice(from, nl < 0 ? text.length : nl))) {
        chrome.fill(1, a, b);
        continue;
      }
    }
    // Whether the line has a word at all: the first one settles it.
    let words = false;
    for (let t = a; t < b && !words; t++) if (toks.kind[t] !== TokenKind.Number) words = true;
    const opener = hits.entryAt('chrome', a);
    // A chrome marker opening a short line; a long paragraph that happens to start with «شارك» is prose.
    const maxWords = opener >= 0 ? (lex.list.chrome ?? [])[opener].maxWords : 0;
    if (!words || (opener >= 0 && b - a <= maxWords)) chrome.fill(1, a, b);
  }
  return chrome;
}
