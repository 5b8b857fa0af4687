/**
 * Arabic-aware normalization for matching, with a map from every normalized position back to
 * the original text so that findings land on the characters the reader sees.
 *
 * Rules: NFKC for compatibility and presentation forms;
 * tatweel, harakat and zero-width characters dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ی → ي, ک → ك;
 * Arabic-Indic and Persian digits → ASCII; typographic quotes → "; Latin lowercased; the Kurdish
 * spelling «كورد» read as «كرد» at a word's start («الكورد», «كوردستان»); names written as hashtags
 * («#وحدات_حماية_الشعب») read as words; words broken on purpose («داعـ.ـش», «الملـ ـيشيات», seeds
 * 000, 003, 004) joined and reported.
 */

import { PROCLITICS } from './clitics';
import { stringOf } from './codes';
import { scratchInt32 } from './scratch';

/** A word the outlet broke on purpose, in original offsets. */
export interface BrokenWord {
  start: number;
  end: number;
  /** The word as read once joined (normalized). */
  joined: string;
}

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** `start[i]`: original offset of the character that produced normalized char `i`; `start[n]` = original length. */
  start: Int32Array;
  /** The original text. */
  source: string;
  /** Original length. */
  length: number;
  broken: BrokenWord[];
}

const TATWEEL = 0x0640;

/** Characters dropped outright: harakat, superscript alef, zero-width and bidi marks, soft hyphen, BOM. */
function isDropped(c: number): boolean {
  return (
    c === TATWEEL ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0x00ad ||
    c === 0xfeff
  );
}

/** Zero-width characters that, inside an Arabic word, mark a deliberate break. */
function isZeroWidthBreaker(c: number): boolean {
  return c === 0x200b || c === 0x200d || c === 0x2060 || c === 0x00ad || c === 0xfeff;
}

/** Arabic letters (not digits, punctuation or marks). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Single-character mapping after NFKC; returns the code to emit, or -1 to keep as is. */
function mapChar(c: number): number {
  switch (c) {
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
    case 0x0672:
    case 0x0673:
      return 0x0627; // ا
    case 0x0649:
    case 0x06cc:
    case 0x06d2:
      return 0x064a; // ي
    case 0x0629:
      return 0x0647; // ه
    case 0x06a9:
    case 0x06aa:
      return 0x0643; // ك
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
    case 0x2033:
    case 0x2036:
    case 0x301d:
    case 0x301e:
    case 0xff02:
      return 0x22; // "
    case 0x066c:
      return 0x2c; // ٬ Arabic thousands separator → ,
    case 0x066b:
      return 0x2e; // ٫ Arabic decimal separator → .
    case 0x066a:
      return 0x25; // ٪ → %
    case 0x00a0:
    case 0x2007:
    case 0x202f:
      return 0x20;
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return -1;
}

/** A character that needs NFKC (outside ASCII and the basic Arabic block). */
function needsNfkc(c: number): boolean {
  return c >= 0x00a0 && !(c >= 0x0600 && c <= 0x06ff);
}

/**
 * For every code below U+2070, what normalization emits: the mapped code, -1 when the character
 * is dropped, -2 when it needs the general path (NFKC expanding to several characters). Built once
 * from the rules above so the hot loop is one table read per character. The table reaches past
 * the Arabic block to General Punctuation for the typographic quotes and dashes news text is full
 * of; the scripts in between are rare here and left to the general path.
 */
const FAST_LIMIT = 0x2070;
const FAST = new Int32Array(FAST_LIMIT);
const LETTER = new Uint8Array(FAST_LIMIT);
for (let c = 0; c < FAST_LIMIT; c++) {
  LETTER[c] = isArabicLetter(c) ? 1 : 0;
  if (c >= 0x700 && c < 0x2000) FAST[c] = -2;
  else if (isDropped(c)) FAST[c] = -1;
  else if (needsNfkc(c)) {
    const k = String.fromCharCode(c).normalize('NFKC');
    if (k.length !== 1 || isDropped(k.charCodeAt(0))) FAST[c] = -2;
    else {
      const m = mapChar(k.charCodeAt(0));
      FAST[c] = m >= 0 ? m : k.charCodeAt(0);
    }
  } else {
    const m = mapChar(c);
    FAST[c] = m >= 0 ? m : c;
  }
}

/**
 * Separator runs inside a word that join its two halves: tatweel together with a dot or a
 * space («داعـ.ـش», «الملـ ـيشيات»), or zero-width characters or asterisks between letters («ق*س*د»). A lone space
 * after tatweel («بـ قسد») is ordinary typography and is left alone.
 */
function scanBreak(src: string, i: number): number {
  // i: index just after an Arabic letter. Returns the index of the next letter when the run
  // [i, j) is a deliberate break, or -1.
  let tatweelBefore = false;
  let tatweelAfterGap = false;
  let dots = 0;
  let spaces = 0;
  let zw = 0;
  let j = i;
  let gapSeen = false;
  const n = src.length;
  while (j < n && j - i < 8) {
    const c = src.charCodeAt(j);
    if (c === TATWEEL) {
      if (gapSeen) tatweelAfterGap = true;
      else tatweelBefore = true;
    } else if (c === 0x2e || c === 0xb7 || c === 0x2022 || c === 0x06d4) {
      dots++;
      gapSeen = true;
    } else if (c === 0x20) {
      spaces++;
      gapSeen = true;
    } else if (isZeroWidthBreaker(c) || c === ASTERISK) {
      zw++;
    } else if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) {
      // harakat between the pieces are fine
    } else break;
    j++;
  }
  if (j >= n || j === i || !isArabicLetter(src.charCodeAt(j))) return -1;
  if (dots > 2 || spaces > 1 || dots + spaces > 2) return -1;
  if (dots > 0 && (tatweelBefore || tatweelAfterGap)) return j;
  if (spaces === 1 && dots === 0 && tatweelBefore && tatweelAfterGap) return j;
  if (zw > 0 && dots === 0 && spaces === 0) return j;
  return -1;
}

/** The break [i, j) and the letter at `j` read as initials: a dot, no tatweel after the gap, and the word ending right after the letter. */
function isInitialsGap(src: string, i: number, j: number): boolean {
  const after = src.charCodeAt(j + 1);
  return src.slice(i, j).includes('.') && src.charCodeAt(j - 1) !== TATWEEL && !isArabicLetter(after) && after !== TATWEEL;
}

/**
 * A lone dot between two letters («دا.عـ.ـش») joins only when the same word also carries a
 * tatweel break; «الشرقي..واندلعت» (seed 004) is an ellipsis, not a broken word.
 */
function isLoneDotJoin(src: string, i: number): number {
  if (i + 1 >= src.length) return -1;
  const c = src.charCodeAt(i);
  if (c !== 0x2e) return -1;
  return isArabicLetter(src.charCodeAt(i + 1)) ? i + 1 : -1;
}

/**
 * The output characters of texts up to {@link SCRATCH_LIMIT} characters go to one array reused
 * from call to call: they only live until they become the normalized string, and names and
 * short articles are normalized often enough for a fresh array each time to show.
 */
const SCRATCH_LIMIT = 1 << 16;
let scratch = new Uint16Array(256);
function codesFor(length: number): Uint16Array {
  if (length > SCRATCH_LIMIT) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  return scratch;
}

/** Offsets for {@link normalizeText}, which never hands them out: reused the same way. */
let scratchStarts = new Int32Array(256);
function startsFor(length: number): Int32Array {
  if (scratchStarts.length < length) scratchStarts = new Int32Array(Math.max(length, scratchStarts.length * 2));
  return scratchStarts;
}

/** A character right after a letter that may start a deliberate break (see {@link scanBreak}). */
function isBreakStart(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === TATWEEL || c === 0xb7 || c === 0x06d4 || c === 0x2022 || c === ASTERISK || isZeroWidthBreaker(c);
}

/** «ميليشيا ق*س*د»: an asterisk between letters breaks a word as a zero-width character does. */
const ASTERISK = 0x2a;

/** A broken word as written with its breaking characters taken out («داعـ.ـش» → «داعش»), by the same test the scan uses. */
export function withoutBreaks(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) if (!isBreakStart(raw.charCodeAt(i))) out += raw[i];
  return out;
}

/** A character {@link scanBreak} reads on: a space followed by anything else is an ordinary space. */
function isBreakContinuation(c: number): boolean {
  return isBreakStart(c) || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

/** The two tests above by table below U+0700 (1: starts a break, 2: continues one). */
const BREAK = new Uint8Array(0x700);
for (let c = 0; c < 0x700; c++) BREAK[c] = (isBreakStart(c) ? 1 : 0) | (isBreakContinuation(c) ? 2 : 0);
function startsBreak(c: number): boolean {
  return c < 0x700 ? (BREAK[c] & 1) !== 0 : isBreakStart(c);
}
function continuesBreak(c: number): boolean {
  return c < 0x700 ? (BREAK[c] & 2) !== 0 : isBreakContinuation(c);
}

/**
 * One pass of normalization: the output characters and their original offsets, and the state of
 * the Arabic word being read (for reporting broken words). The loop in {@link run} keeps the hot
 * state in local variables and hands it to the helper methods only around their (rare) calls.
 */
class Normalizer {
  /** Output characters and, per output character, its original offset (one slot more for the end). */
  codes: Uint16Array;
  starts: Int32Array;
  len = 0;
  readonly broken: BrokenWord[] = [];
  /** Original and normalized start of the current Arabic word, -1 outside a word. */
  wordStartOrig = -1;
  wordStartNorm = -1;
  wordBroken = false;
  wordHasPresentation = false;
  /** Normalized positions of lone dots joined tentatively in the current word. */
  pendingLoneDots: number[] | null = null;
  /**
   * Whether a surrogate was written for a single code unit of the source: a lone surrogate there,
   * or one of the few BMP characters whose NFKC form lies beyond U+FFFF. Only then can the output
   * hold a lone surrogate (see {@link string}); a pair in the source comes out whole.
   */
  loneSurrogates = false;

  constructor(
    readonly src: string,
    starts: Int32Array = scratchInt32(src.length + 17),
  ) {
    this.codes = codesFor(src.length + 16);
    this.starts = starts;
  }

  /** Room for `extra` more characters, and for one per input character still to read after `i`. */
  reserve(extra: number, i: number): void {
    const need = this.len + extra + (this.src.length - i) + 1;
    // The offsets have one slot more than the characters; the characters may sit in a longer scratch array.
    if (need < this.starts.length && need <= this.codes.length) return;
    const cap = need * 2 + 16;
    const c = new Uint16Array(cap);
    c.set(this.codes.subarray(0, this.len));
    this.codes = c;
    const s = new Int32Array(cap + 1);
    s.set(this.starts.subarray(0, this.len));
    this.starts = s;
  }

  emit(code: number, s: number): void {
    const k = this.len++;
    this.codes[k] = code;
    this.starts[k] = s;
  }

  /** Output characters [from, to) as a string. */
  string(from: number, to: number): string {
    return stringOf(this.codes, from, to, this.loneSurrogates);
  }

  /** The tentatively skipped lone dots were ordinary punctuation: put them back. */
  reinsertDots(dots: number[]): void {
    const from = this.wordStartNorm;
    const codes = Array.from(this.codes.subarray(from, this.len));
    const starts = Array.from(this.starts.subarray(from, this.len));
    this.len = from;
    const at = new Set(dots.map((p) => p - from));
    for (let k = 0; k < codes.length; k++) {
      if (at.has(k)) this.emit(0x2e, starts[k] - 1);
      this.emit(codes[k], starts[k]);
    }
  }

  finishWord(origEnd: number): void {
    if (this.wordStartOrig < 0) return;
    if (this.pendingLoneDots && !this.wordBroken) this.reinsertDots(this.pendingLoneDots);
    if (this.wordBroken || this.wordHasPresentation) {
      this.broken.push({ start: this.wordStartOrig, end: origEnd, joined: this.string(this.wordStartNorm, this.len) });
    }
    this.wordStartOrig = -1;
    this.wordBroken = false;
    this.wordHasPresentation = false;
    this.pendingLoneDots = null;
  }

  /**
   * Right after a letter: skips a deliberate break («ـ.ـ», «ـ ـ», a zero-width character) or,
   * tentatively, a lone dot inside the word. Returns where to continue.
   */
  afterLetter(i: number): number {
    const src = this.src;
    // Only a separator after a letter can start a break: ordinary letters skip the scan.
    if (!startsBreak(src.charCodeAt(i))) return i;
    const j = scanBreak(src, i);
    // «"هـ. ش"»: one letter, a dot and a space, one letter ending the word are initials, not a word
    // broken on purpose («سـ. ـعـ. ـال» has tatweel on both sides of the gap).
    if (j > 0 && this.len - this.wordStartNorm === 1 && isInitialsGap(src, i, j)) return i;
    if (j > 0) {
      this.wordBroken = true;
      return j;
    }
    const d = isLoneDotJoin(src, i);
    if (d > 0) {
      (this.pendingLoneDots ??= []).push(this.len);
      return d;
    }
    return i;
  }

  /** A character off the fast path: surrogate pairs, presentation forms, NFKC. Returns where to continue. */
  general(i: number): number {
    const src = this.src;
    const n = src.length;
    let c = src.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }

    if (isDropped(c)) return i + w;

    const letter = isArabicLetter(c) || isPresentationForm(c);
    if (letter) {
      if (this.wordStartOrig < 0) {
        this.wordStartOrig = i;
        this.wordStartNorm = this.len;
      }
      // («ﻻ», «اﻷربعاء»: the lam-alef ligatures are how some typesetters write «لا», never a break on purpose.)
      if (c >= 0xfb50 && c !== 0xfdf2 && c !== 0xfdfa && (c < 0xfef5 || c > 0xfefc)) this.wordHasPresentation = true;
    } else if (this.wordStartOrig >= 0) {
      this.finishWord(i);
    }

    if (needsNfkc(c)) {
      const s = String.fromCodePoint(c).normalize('NFKC');
      this.reserve(s.length, i + w);
      for (let k = 0; k < s.length; k++) {
        let cc = s.charCodeAt(k);
        if (isDropped(cc)) continue;
        const m = mapChar(cc);
        if (m >= 0) cc = m;
        if (w === 1 && (cc & 0xf800) === 0xd800) this.loneSurrogates = true;
        this.emit(cc, i);
      }
    } else {
      this.reserve(1, i + w);
      const m = mapChar(c);
      this.emit(m >= 0 ? m : c, i);
    }
    i += w;
    if (letter && i < n) i = this.afterLetter(i);
    return i;
  }

  run(): Normalized {
    const src = this.src;
    const n = src.length;
    // The output never outgrows one character per input character, except where NFKC expands
    // one: {@link general} reserves room then, so the fast path writes without checking.
    let codes = this.codes;
    let starts = this.starts;
    let len = 0;
    let wordStartOrig = -1;
    let i = 0;
    while (i < n) {
      const c = src.charCodeAt(i);
      // Fast path: ASCII and the Arabic block, one table read.
      const m = c < FAST_LIMIT ? FAST[c] : -2;
      if (m === -1) {
        i++;
        continue;
      }
      if (m >= 0) {
        if (LETTER[c] === 1) {
          if (wordStartOrig < 0) {
            wordStartOrig = i;
            this.wordStartNorm = len;
          }
          let next = 0;
          for (;;) {
            // The run of letters (letters in the Arabic block map to one character).
            while (i < n) {
              next = src.charCodeAt(i);
              if (next >= FAST_LIMIT || LETTER[next] !== 1) break;
              codes[len] = FAST[next];
              starts[len] = i;
              len++;
              i++;
            }
            // One space and another word, the commonest step in running text: the space closes a
            // word with nothing to report and the next word starts, without a round through the
            // outer loop.
            if (next !== 0x20 || i + 1 >= n) break;
            const after = src.charCodeAt(i + 1);
            if (after >= FAST_LIMIT || LETTER[after] !== 1 || this.wordBroken || this.wordHasPresentation || this.pendingLoneDots !== null) break;
            codes[len] = 0x20;
            starts[len] = i;
            len++;
            i++;
            wordStartOrig = i;
            this.wordStartNorm = len;
          }
          // A space followed by anything a break does not continue with is an ordinary space.
          if (i < n && startsBreak(next) && !(next === 0x20 && (i + 1 >= n || !continuesBreak(src.charCodeAt(i + 1))))) {
            this.len = len;
            this.wordStartOrig = wordStartOrig;
            i = this.afterLetter(i);
          }
          continue;
        }
        if (wordStartOrig >= 0) {
          if (this.wordBroken || this.wordHasPresentation || this.pendingLoneDots !== null) {
            this.len = len;
            this.wordStartOrig = wordStartOrig;
            this.finishWord(i);
            len = this.len;
            codes = this.codes;
            starts = this.starts;
          }
          wordStartOrig = -1;
        }
        if (c === UNDERSCORE || c === HASH) {
          const h = hashtagCode(src, i, codes, len, m);
          if (h >= 0) {
            codes[len] = h;
            starts[len] = i;
            len++;
          }
          i++;
          continue;
        }
        codes[len] = m;
        starts[len] = i;
        len++;
        i++;
        continue;
      }
      this.len = len;
      this.wordStartOrig = wordStartOrig;
      i = this.general(i);
      len = this.len;
      wordStartOrig = this.wordStartOrig;
      codes = this.codes;
      starts = this.starts;
    }
    this.len = len;
    this.wordStartOrig = wordStartOrig;
    // Trailing dropped characters belong to the last word.
    this.finishWord(n);

    len = src.includes(KURDISH) ? kurdishSpelling(this.codes, this.starts, this.len) : this.len;
    const text = this.string(0, len);
    const start = this.starts.subarray(0, len + 1);
    start[len] = n;
    return { text, start, source: src, length: n, broken: this.broken };
  }
}

const UNDERSCORE = 0x5f;
const HASH = 0x23;

/**
 * «انتهاكات ارتكبتها #وحدات_حماية_الشعب», «بريف#دير_الزور» (Al-Hal, 2015 and 2019): names written as
 * hashtags. An underscore between Arabic letters reads as a space, and the «#» opening an Arabic
 * word is dropped, or read as a space right after a word; an underscore or «#» elsewhere («@abc_def»,
 * a link) stays. Returns the code to emit for `m` (the underscore or «#» at `i`), or -1 for none.
 */
function hashtagCode(src: string, i: number, codes: Uint16Array, len: number, m: number): number {
  const next = src.charCodeAt(i + 1);
  if (!(next < FAST_LIMIT && LETTER[next] === 1)) return m;
  const prev = len > 0 ? codes[len - 1] : 0;
  const afterLetter = prev < FAST_LIMIT && LETTER[prev] === 1;
  if (m === UNDERSCORE) return afterLetter ? 0x20 : m;
  return afterLetter || latinOrDigit(prev) ? 0x20 : -1;
}

/** A Latin letter «a»–«z» or a digit «0»–«9»: a word that a «#» right after it is read apart from, as after an Arabic letter. */
function latinOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

const KAF = 0x0643;
const WAW = 0x0648;
const REH = 0x0631;
const DAL = 0x062f;
/** The Kurdish spelling «كورد», looked for in the source before any output is rewritten. */
const KURDISH = '\u0643\u0648\u0631\u062f';

/**
 * «الكورد», «كوردستان», «الكوردستاني»: the Kurdish spelling of «كرد» at a word's start, past its
 * proclitics, is read as the Arabic one, so the lists' «الكرد», «كردستان» name it too. Drops the
 * «و» from the output characters in place and returns their new count.
 */
function kurdishSpelling(codes: Uint16Array, starts: Int32Array, len: number): number {
  // The places first, read from the characters as they are; then the characters moved up.
  const drop: number[] = [];
  for (let r = 1; r + 2 < len; r++) {
    if (codes[r] === WAW && codes[r - 1] === KAF && codes[r + 1] === REH && codes[r + 2] === DAL && afterProclitic(codes, r - 1)) drop.push(r);
  }
  if (drop.length === 0) return len;
  let w = drop[0];
  for (let i = 0; i < drop.length; i++) {
    const end = i + 1 < drop.length ? drop[i + 1] : len;
    for (let r = drop[i] + 1; r < end; r++) {
      codes[w] = codes[r];
      starts[w] = starts[r];
      w++;
    }
  }
  return w;
}

/** The most letters a proclitic has («وبال»). */
const PROCLITIC_MAX = Math.max(...PROCLITICS.map((p) => p.text.length));

/** Whether the letters of its word before `k` are a proclitic («ال», «وال», «بال», «لل», «ب»), or none. */
function afterProclitic(codes: Uint16Array, k: number): boolean {
  let j = k;
  while (j > 0 && k - j <= PROCLITIC_MAX && isArabicLetter(codes[j - 1])) j--;
  if (k - j > PROCLITIC_MAX) return false;
  const before = stringOf(codes, j, k, false);
  return PROCLITICS.some((p) => p.text === before);
}

/** Normalizes `src`; see the module comment for the rules. Linear in the input length. */
export function normalize(src: string): Normalized {
  return new Normalizer(src).run();
}

/**
 * Normalizes `src` and hands the normalized characters, as codes, to `then` before they are
 * reused: the tokenizer reads them so, faster than from the string. `then` must not normalize
 * anything itself (the codes of short texts live in an array the next call reuses).
 */
export function normalizeThen<T>(src: string, then: (codes: Uint16Array, length: number) => T): { norm: Normalized; result: T } {
  const normalizer = new Normalizer(src);
  const norm = normalizer.run();
  return { norm, result: then(normalizer.codes, norm.text.length) };
}

/** The normalized text alone, for a word or a name: what {@link normalize} gives, without allocating offsets no one reads. */
export function normalizeText(src: string): string {
  if (src.length + 17 > SCRATCH_LIMIT) return normalize(src).text;
  return new Normalizer(src, startsFor(src.length + 17)).run().text;
}

/** Original end offset of the character that produced normalized char `i` (a surrogate pair is two units). */
export function originalEnd(norm: Normalized, i: number): number {
  const a = norm.start[i];
  const c = norm.source.charCodeAt(a);
  if (c < 0xd800 || c > 0xdbff || a + 1 >= norm.length) return a + 1;
  const d = norm.source.charCodeAt(a + 1);
  return d >= 0xdc00 && d <= 0xdfff ? a + 2 : a + 1;
}

/** Maps a normalized span [s, e) to original offsets, keeping trailing marks of the last letter. */
export function toOriginal(norm: Normalized, s: number, e: number): { start: number; end: number } {
  const n = norm.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const a = norm.start[Math.min(s, n)];
  if (e <= s) return { start: a, end: a };
  const last = Math.min(e, n) - 1;
  let b = originalEnd(norm, last);
  // Extend over dropped characters (harakat, tatweel) that belong to the last letter, never past
  // the next kept character.
  const nextStart = e < n ? norm.start[e] : norm.length;
  if (nextStart > b) b = Math.min(nextStart, b + 4);
  return { start: a, end: b };
}
