/**
 * The shape of the text around the tokens: lines, sentences, clauses and quotation spans.
 * Detectors use it to keep a search inside one sentence, to tell quoted speech from the
 * outlet's own words, and to skip page chrome.
 */
import type { Normalized } from './normalize';
import { TokenKind, type Tokens } from './tokenize';
import { scratchInt32 } from './scratch';

export interface Structure {
  /** Per token: line, sentence and clause number. */
  line: Int32Array;
  sentence: Int32Array;
  clause: Int32Array;
  /** Per token: index into `quotes`, or -1. */
  quote: Int32Array;
  /** Quotation spans in normalized offsets, with the token range they cover. */
  quotes: { s: number; e: number; t0: number; t1: number }[];
  /** First token of each sentence (plus a final sentinel = token count). */
  sentenceStart: number[];
  /** First token of each line (plus sentinel). */
  lineStart: number[];
}

/** Per character below U+2100: 1 ends a sentence, 2 ends a clause (a semicolon too: «عدد النازحين؛ بسبب الهجوم» goes on). */
const BOUNDARY = new Uint8Array(0x2100);
for (const c of [0x2e, 0x21, 0x3f, 0x61f, 0x0a, 0x2026, 0x6d4]) BOUNDARY[c] = 1;
for (const c of [0x2c, 0x60c, 0x3a, 0x3b, 0x61b, 0x28, 0x29, 0x2d, 0x2013, 0x2014]) BOUNDARY[c] = 2;

/** Opening and closing quote characters in the original text (before normalization merged them). */
const OPENERS = new Set([0xab, 0x201e, 0x301d]);
const CLOSERS = new Set([0xbb, 0x301e]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || Number.isNaN(c);
}

/**
 * Whether a colon stands within the three characters before `i` with only whitespace after it
 * («وقال: "…»): what `/:\s*$/` finds in that slice, read in place rather than sliced for every quotation mark.
 */
function colonBefore(text: string, i: number): boolean {
  const from = Math.max(0, i - 3);
  let j = i - 1;
  while (j >= from && isWhiteSpace(text.charCodeAt(j))) j--;
  return j >= from && text.charCodeAt(j) === 0x3a;
}

/** A character `\s` matches in a regular expression. */
function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** An open quotation: where it opens, whether it is a guillemet («) and whether it opens speech. */
interface OpenQuote {
  at: number;
  guillemet: boolean;
  speech: boolean;
}

/**
 * Where paragraphs end: at blank lines when the text separates its paragraphs with them (a
 * single line break inside is a break within the paragraph), else at every line break.
 */
function paragraphEnds(text: string): number[] {
  const ends = blankLines(text);
  if (ends.length === 0) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  ends.push(text.length);
  return ends;
}

/**
 * Where each blank line starts: a line break followed by nothing but spaces, tabs and returns up
 * to the next one. Read from line break to line break; a blank line's closing break does not
 * open another.
 */
function blankLines(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0;) {
    let j = i + 1;
    while (isLineSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 0x0a) {
      starts.push(i);
      i = text.indexOf('\n', j + 1);
    } else i = text.indexOf('\n', i + 1);
  }
  return starts;
}

function isLineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}

/**
 * Finds quotation spans. Paired «» are unambiguous; “” and " are paired by position (an opener
 * follows a space, a closer precedes one), falling back to alternation. Quotations nest: a
 * quotation inside «…» closes and leaves the outer one open. Spans are in order of their start.
 */
export function findQuotes(src: string, norm: Normalized): { s: number; e: number }[] {
  const text = norm.text;
  const spans: { s: number; e: number }[] = [];
  const open: OpenQuote[] = [];
  /** How many of `open` are «. */
  let guillemets = 0;
  // A span from the opener to `end`, when anything stands between the opener and `inner`.
  const close = (q: OpenQuote, inner: number, end: number) => {
    if (inner - q.at > 1) spans.push({ s: q.at, e: end });
  };
  // A quotation opened after a colon («وقال: "…») or with «, and never closed, runs to the end of
  // its paragraph: the rest is still the speaker's words, not the outlet's. The outermost one
  // holds any others.
  const closeUnfinished = (end: number) => {
    const q = open.find((o) => o.speech);
    if (q) close(q, end, end);
    open.length = 0;
    guillemets = 0;
  };
  // Only paragraph ends and quotation marks matter: jump from one to the next (the end of the
  // text ends a paragraph).
  const ends = paragraphEnds(text);
  let para = 0;
  for (let i = text.indexOf('"'); ; i = text.indexOf('"', i + 1)) {
    const at = i < 0 ? text.length : i;
    while (para < ends.length && (i < 0 || ends[para] < at)) closeUnfinished(ends[para++]); // a quotation does not run across paragraphs
    if (i < 0) break;
    const orig = src.charCodeAt(norm.start[i]);
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    let role: 'open' | 'close' | 'either';
    if (OPENERS.has(orig)) role = 'open';
    else if (CLOSERS.has(orig)) role = 'close';
    else if (isSpace(prev) && !isSpace(next)) role = 'open';
    else if (!isSpace(prev) && endsQuote(next)) role = 'close';
    else role = 'either';
    const guillemet = orig === 0xab || orig === 0xbb;
    const top = open[open.length - 1];
    if (role === 'close' && guillemet) {
      // «…»: closes the last «, and any unclosed quotation opened inside it.
      // With no « open, the last quotation (counted, so a long run of stray marks stays linear).
      let k = open.length - 1;
      if (guillemets > 0) while (k >= 0 && !open[k].guillemet) k--;
      if (k >= 0) {
        close(open[k], i, i + 1);
        if (open[k].guillemet) guillemets--;
        open.length = k;
      }
    } else if (role === 'open' || (role === 'either' && (!top || top.guillemet)) || (role === 'close' && !top && opensSpeech(text, i))) {
      open.push({ at: i, guillemet, speech: OPENERS.has(orig) || colonBefore(text, i) });
      if (guillemet) guillemets++;
      // A closing “ or " closes the last quotation of its kind; inside «…» with none open it is stray.
    } else if (top && !top.guillemet) {
      close(top, i, i + 1);
      open.pop();
    }
  }
  apostropheQuotes(text, ends, spans);
  return spans.sort((a, b) => a.s - b.s || b.e - a.e);
}

/**
 * «إن" خطر الحرب …»، «قالت في بيان لها:” من خلال …»: a mark glued to the «إن»/«أن» or the colon
 * that opens what was said, with nothing open, opens a quotation though it stands where a closing one would.
 */
function opensSpeech(text: string, i: number): boolean {
  if (colonBefore(text, i)) return true;
  return SPEECH_THAT.test(text.slice(Math.max(0, i - 4), i));
}

/** «إن», «أن», «بأن», «وإن» as normalized text writes them, ending the text before a mark. */
const SPEECH_THAT = /(?:^|\s)[وب]?ان$/;

/** Single quotation marks: the apostrophe, and ‘ ’. */
const SINGLE_MARKS = "'\u2018\u2019";
const SINGLE_MARK_CODES = new Set(Array.from(SINGLE_MARKS, (m) => m.charCodeAt(0)));
/** Any single mark, for a search from one to the next (one pattern for all texts: made per text, it cost a compilation lookup each time). */
const SINGLE_MARK = new RegExp(`[${SINGLE_MARKS}]`, 'g');

function isSingleMark(c: number): boolean {
  return SINGLE_MARK_CODES.has(c);
}

/** What may stand right after a closing mark: a space, the end, or punctuation. */
function endsQuote(c: number): boolean {
  return isSpace(c) || c === 0x60c || c === 0x2c || c === 0x2e || c === 0x29 || c === 0x3a || c === 0x61b || c === 0x3b || c === 0x61f;
}

/**
 * «مضيفاً 'سنواصل المعارك …'», «دعم 'لميليشيا قسد الانفصالية'»: single marks used as quotation
 * marks, paired within a paragraph by position — one after a space (or a colon, a comma, a
 * parenthesis) opens, one before a space or punctuation closes — and nested («'شنت قوات ما تسمى
 * 'قسد' العميلة …'»). Two in a row count as one («''من حقي نرجع''»). A mark between two letters
 * is an apostrophe inside a word («O'Brien», «Ba’ath»); one never closed opens nothing.
 */
function apostropheQuotes(text: string, ends: number[], spans: { s: number; e: number }[]): void {
  const open: number[] = [];
  let para = 0;
  // Most texts have none: the search jumps from mark to mark.
  const marks = SINGLE_MARK;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    while (para < ends.length - 1 && ends[para] < i) {
      para++;
      open.length = 0;
    }
    const len = isSingleMark(text.charCodeAt(i + 1)) ? 2 : 1;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const next = i + len < text.length ? text.charCodeAt(i + len) : 0x20;
    const afterSpace = isSpace(prev) || prev === 0x3a || prev === 0x60c || prev === 0x2c || prev === 0x28;
    const opens = afterSpace && !endsQuote(next);
    const closes = !afterSpace && endsQuote(next);
    if (opens || (afterSpace && open.length === 0)) open.push(i);
    else if ((closes || afterSpace) && open.length > 0) {
      const at = open.pop() as number;
      if (i - at > 2) spans.push({ s: at, e: i + len });
    }
    marks.lastIndex = i + len;
  }
}

/**
 * «د. أحمد», «س. ت»: a single Arabic letter before a dot is an abbreviation or an initial, not
 * the end of a sentence (a single Latin letter may be a name: «منصة X.»).
 */
function isInitial(toks: Tokens, t: number): boolean {
  return t >= 0 && toks.end[t] - toks.start[t] === 1 && toks.kind[t] === TokenKind.Arabic;
}

/** The first token from `from` on that ends after offset `e` (token ends increase), by binary search. */
function firstEndingAfter(toks: Tokens, from: number, e: number): number {
  let lo = from;
  let hi = toks.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.end[mid] <= e) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest span between parentheses that still reads as a name or a gloss. */
const SHORT_PARENS = 40;
/** Characters that make a parenthesis hold a clause of its own. */
const CLAUSE_INSIDE = /[.,،:;!?؟؛\n(]/;

/**
 * «ميليشيا (قسد) الانفصالية», «تنظيم الدولة (داعش)»: offsets of parentheses around a short name
 * or gloss, which do not break the clause they stand in.
 */
function shortParentheses(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const j = text.indexOf(')', i + 1);
    if (j < 0) break;
    if (j - i > SHORT_PARENS || CLAUSE_INSIDE.test(text.slice(i + 1, j))) continue;
    out.add(i);
    out.add(j);
  }
  return out;
}

/** Builds the structure in one pass over the tokens. */
export function buildStructure(src: string, norm: Normalized, toks: Tokens): Structure {
  const text = norm.text;
  const n = toks.count;
  const line = scratchInt32(n);
  const sentence = scratchInt32(n);
  const clause = scratchInt32(n);
  const quote = scratchInt32(n).fill(-1);
  const sentenceStart: number[] = [];
  const lineStart: number[] = [];
  let ln = 0;
  let sn = 0;
  let cn = 0;
  let prevEnd = 0;
  const nameParens = shortParentheses(text);
  for (let t = 0; t < n; t++) {
    const s = toks.start[t];
    // Most tokens follow the previous one after a single space: nothing ends there.
    if (t > 0 && s - prevEnd === 1 && text.charCodeAt(prevEnd) === 0x20) {
      line[t] = ln;
      sentence[t] = sn;
      clause[t] = cn;
      prevEnd = toks.end[t];
      continue;
    }
    let newLine = t === 0;
    let newSentence = t === 0;
    let newClause = t === 0;
    // «بلغ 90 قتيلاً، هم:⏎9 مدنيين …»: a line that ends with a colon goes on in the next one.
    let colon = false;
    for (let i = prevEnd; i < s; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        if (!colon) newSentence = true;
        newLine = true;
      }
      if (c === 0x3a) colon = true;
      else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) colon = false;
      const b = c < 0x2100 && c !== 0x0a ? BOUNDARY[c] : 0;
      if (b === 1 && !(c === 0x2e && i === prevEnd && isInitial(toks, t - 1))) newSentence = true;
      else if (b === 2 && !nameParens.has(i)) newClause = true;
    }
    if (t > 0) {
      if (newLine) ln++;
      if (newSentence) sn++;
      if (newSentence || newLine || newClause) cn++;
    }
    if (newLine) lineStart.push(t);
    if (newSentence) sentenceStart.push(t);
    line[t] = ln;
    sentence[t] = sn;
    clause[t] = cn;
    prevEnd = toks.end[t];
  }
  sentenceStart.push(n);
  lineStart.push(n);

  // Spans come by start, an outer one before those inside it: a token belongs to its outermost
  // quotation, whose speaker the words are.
  // Each token is written once: a span inside one already written adds nothing.
  const quotes: Structure['quotes'] = [];
  let t0 = 0;
  let written = 0;
  for (const q of findQuotes(src, norm)) {
    while (t0 < n && toks.start[t0] < q.s) t0++;
    const t1 = firstEndingAfter(toks, t0, q.e);
    for (let t = Math.max(t0, written); t < t1; t++) quote[t] = quotes.length;
    written = Math.max(written, t1);
    quotes.push({ s: q.s, e: q.e, t0, t1 });
  }
  return { line, sentence, clause, quote, quotes, sentenceStart, lineStart };
}
