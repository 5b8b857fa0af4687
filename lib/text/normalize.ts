/**
 * Arabic-aware normalization for matching, with a map from every normalized position back to
 * the original text so that findings land on the characters the reader sees.
 *
 * Rules (DOMAIN.md, "Normalizing for matching"): NFKC for compatibility and presentation forms;
 * tatweel, harakat and zero-width characters dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ی → ي, ک → ك;
 * Arabic-Indic and Persian digits → ASCII; typographic quotes → "; Latin lowercased; words
 * broken on purpose («داعـ.ـش», «الملـ ـيشيات», seeds 000, 003, 004) joined and reported.
 */

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
 * For every code below U+0700, what normalization emits: the mapped code, -1 when the character
 * is dropped, -2 when it needs the general path (NFKC expanding to several characters). Built once
 * from the rules above so the hot loop is one table read per character.
 */
const FAST_LIMIT = 0x700;
const FAST = new Int32Array(FAST_LIMIT);
const LETTER = new Uint8Array(FAST_LIMIT);
for (let c = 0; c < FAST_LIMIT; c++) {
  LETTER[c] = isArabicLetter(c) ? 1 : 0;
  if (isDropped(c)) FAST[c] = -1;
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
 * space («داعـ.ـش», «الملـ ـيشيات»), or zero-width characters between letters. A lone space
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
    } else if (isZeroWidthBreaker(c)) {
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

/** Output buffers that grow when NFKC expands a character (rare). */
class Out {
  codes: Uint16Array;
  start: Int32Array;
  len = 0;
  constructor(cap: number) {
    this.codes = new Uint16Array(cap);
    this.start = new Int32Array(cap);
  }
  grow(): void {
    const cap = this.codes.length * 2 + 16;
    const c = new Uint16Array(cap);
    c.set(this.codes);
    this.codes = c;
    const s = new Int32Array(cap);
    s.set(this.start);
    this.start = s;
  }
  string(from: number, to: number): string {
    let text = '';
    const CHUNK = 8192;
    for (let k = from; k < to; k += CHUNK) text += String.fromCharCode.apply(null, this.codes.subarray(k, Math.min(to, k + CHUNK)) as unknown as number[]);
    return text;
  }
}

/** Normalizes `src`; see the module comment for the rules. Linear in the input length. */
export function normalize(src: string): Normalized {
  const n = src.length;
  const out = new Out(n + 16);
  const broken: BrokenWord[] = [];

  // Word-level state for reporting broken words.
  let wordStartOrig = -1; // original start of the current Arabic word
  let wordStartNorm = -1;
  let wordBroken = false;
  let wordHasPresentation = false;
  let pendingLoneDots: number[] | null = null; // normalized positions of lone dots joined tentatively

  const emit = (code: number, s: number) => {
    if (out.len >= out.codes.length) out.grow();
    const k = out.len++;
    out.codes[k] = code;
    out.start[k] = s;
  };

  /** The tentatively skipped lone dots were ordinary punctuation: put them back. */
  const reinsertDots = (dots: number[]) => {
    const from = wordStartNorm;
    const codes = Array.from(out.codes.subarray(from, out.len));
    const starts = Array.from(out.start.subarray(from, out.len));
    out.len = from;
    const at = new Set(dots.map((p) => p - from));
    for (let k = 0; k < codes.length; k++) {
      if (at.has(k)) emit(0x2e, starts[k] - 1);
      emit(codes[k], starts[k]);
    }
  };

  const finishWord = (origEnd: number) => {
    if (wordStartOrig < 0) return;
    if (pendingLoneDots && !wordBroken) reinsertDots(pendingLoneDots);
    if (wordBroken || wordHasPresentation) {
      broken.push({ start: wordStartOrig, end: origEnd, joined: out.string(wordStartNorm, out.len) });
    }
    wordStartOrig = -1;
    wordBroken = false;
    wordHasPresentation = false;
    pendingLoneDots = null;
  };

  /**
   * Right after a letter: skips a deliberate break («ـ.ـ», «ـ ـ», a zero-width character) or,
   * tentatively, a lone dot inside the word. Returns where to continue.
   */
  const afterLetter = (i: number): number => {
    const next = src.charCodeAt(i);
    // Only a separator after a letter can start a break: ordinary letters skip the scan.
    if (!(next === TATWEEL || next === 0x2e || next === 0x20 || next === 0xb7 || next === 0x2022 || next === 0x06d4 || isZeroWidthBreaker(next))) return i;
    const j = scanBreak(src, i);
    if (j > 0) {
      wordBroken = true;
      return j;
    }
    const d = isLoneDotJoin(src, i);
    if (d > 0) {
      (pendingLoneDots ??= []).push(out.len);
      return d;
    }
    return i;
  };

  let i = 0;
  while (i < n) {
    let c = src.charCodeAt(i);
    // Fast path: ASCII and the Arabic block, one table read.
    if (c < FAST_LIMIT) {
      const m = FAST[c];
      if (m === -1) {
        i++;
        continue;
      }
      if (m >= 0) {
        const isLetter = LETTER[c] === 1;
        if (isLetter) {
          if (wordStartOrig < 0) {
            wordStartOrig = i;
            wordStartNorm = out.len;
          }
        } else if (wordStartOrig >= 0) finishWord(i);
        if (out.len >= out.codes.length) out.grow();
        const k = out.len++;
        out.codes[k] = m;
        out.start[k] = i;
        i++;
        if (isLetter && i < n) i = afterLetter(i);
        continue;
      }
    }
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }

    if (isDropped(c)) {
      i += w;
      continue;
    }

    const letter = isArabicLetter(c) || isPresentationForm(c);
    if (letter) {
      if (wordStartOrig < 0) {
        wordStartOrig = i;
        wordStartNorm = out.len;
      }
      if (c >= 0xfb50 && c !== 0xfdf2 && c !== 0xfdfa) wordHasPresentation = true;
    } else if (wordStartOrig >= 0) {
      finishWord(i);
    }

    if (needsNfkc(c)) {
      const s = String.fromCodePoint(c).normalize('NFKC');
      for (let k = 0; k < s.length; k++) {
        let cc = s.charCodeAt(k);
        if (isDropped(cc)) continue;
        const m = mapChar(cc);
        if (m >= 0) cc = m;
        emit(cc, i);
      }
    } else {
      const m = mapChar(c);
      emit(m >= 0 ? m : c, i);
    }
    i += w;
    if (letter && i < n) i = afterLetter(i);
  }
  // Trailing dropped characters belong to the last word.
  finishWord(n);

  if (out.len + 1 > out.codes.length) out.grow();
  const len = out.len;
  const text = out.string(0, len);
  const start = out.start.subarray(0, len + 1);
  start[len] = n;
  return { text, start, source: src, length: n, broken };
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
