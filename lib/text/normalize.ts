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
  /** `end[i]`: original end offset of that character. */
  end: Int32Array;
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

/** Normalizes `src`; see the module comment for the rules. Linear in the input length. */
export function normalize(src: string): Normalized {
  const n = src.length;
  const out: number[] = [];
  const start = new Int32Array(n + 8);
  const end = new Int32Array(n + 8);
  let cap = start.length;
  let startArr = start;
  let endArr = end;
  const broken: BrokenWord[] = [];
  let len = 0;

  const push = (code: number, s: number, e: number) => {
    if (len >= cap) {
      cap = cap * 2;
      const ns = new Int32Array(cap);
      ns.set(startArr);
      startArr = ns;
      const ne = new Int32Array(cap);
      ne.set(endArr);
      endArr = ne;
    }
    out.push(code);
    startArr[len] = s;
    endArr[len] = e;
    len++;
  };

  // Word-level state for reporting broken words.
  let wordStartOrig = -1; // original start of the current Arabic word
  let wordStartNorm = -1;
  let wordBroken = false;
  let wordHasPresentation = false;
  let pendingLoneDots: number[] = []; // original offsets of lone dots in this word, joined tentatively

  const closeWord = (origEnd: number) => {
    if (wordStartOrig >= 0 && (wordBroken || wordHasPresentation)) {
      broken.push({ start: wordStartOrig, end: origEnd, joined: String.fromCharCode(...out.slice(wordStartNorm, len)) });
    }
    wordStartOrig = -1;
    wordStartNorm = -1;
    wordBroken = false;
    wordHasPresentation = false;
    pendingLoneDots = [];
  };

  function reinsertDots() {
    // The tentatively skipped lone dots were ordinary punctuation: put them back.
    const tailCodes = out.splice(wordStartNorm);
    const tailStart = Array.from(startArr.subarray(wordStartNorm, len));
    const tailEnd = Array.from(endArr.subarray(wordStartNorm, len));
    len = wordStartNorm;
    const dotsAt = new Set(pendingLoneDots.map((p) => p - wordStartNorm));
    for (let k = 0; k < tailCodes.length; k++) {
      if (dotsAt.has(k)) push(0x2e, tailStart[k] - 1, tailStart[k]);
      push(tailCodes[k], tailStart[k], tailEnd[k]);
    }
    pendingLoneDots = [];
  }

  const finishWord = (origEnd: number) => {
    if (wordStartOrig < 0) return;
    if (pendingLoneDots.length > 0 && !wordBroken) reinsertDots();
    closeWord(origEnd);
  };

  let i = 0;
  while (i < n) {
    let c = src.charCodeAt(i);
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
        wordStartNorm = len;
      }
      if (isPresentationForm(c) && c !== 0xfdf2 && c !== 0xfdfa) wordHasPresentation = true;
    } else {
      finishWord(i);
    }

    if (needsNfkc(c)) {
      const s = String.fromCodePoint(c).normalize('NFKC');
      for (let k = 0; k < s.length; k++) {
        let cc = s.charCodeAt(k);
        if (isDropped(cc)) continue;
        const m = mapChar(cc);
        if (m >= 0) cc = m;
        push(cc, i, i + w);
      }
    } else {
      const m = mapChar(c);
      push(m >= 0 ? m : c, i, i + w);
    }
    i += w;

    if (letter) {
      const j = scanBreak(src, i);
      if (j > 0) {
        wordBroken = true;
        i = j;
        continue;
      }
      const k = isLoneDotJoin(src, i);
      if (k > 0) {
        pendingLoneDots.push(len);
        i = k;
      }
    }
  }
  // Trailing dropped characters belong to the last word.
  finishWord(n);

  let text = '';
  const CHUNK = 8192;
  for (let k = 0; k < out.length; k += CHUNK) text += String.fromCharCode(...out.slice(k, k + CHUNK));
  const s = startArr.slice(0, len + 1);
  const e = endArr.slice(0, len + 1);
  s[len] = n;
  e[len] = n;
  return { text, start: s, end: e, length: n, broken };
}

/** Maps a normalized span [s, e) to original offsets, keeping trailing marks of the last letter. */
export function toOriginal(norm: Normalized, s: number, e: number): { start: number; end: number } {
  const n = norm.text.length;
  if (n === 0) return { start: 0, end: 0 };
  const a = norm.start[Math.min(s, n)];
  if (e <= s) return { start: a, end: a };
  const last = Math.min(e, n) - 1;
  let b = norm.end[last];
  // Extend over dropped characters (harakat, tatweel) that belong to the last letter, never past
  // the next kept character.
  const nextStart = e < n ? norm.start[e] : norm.length;
  if (nextStart > b) b = Math.min(nextStart, b + 4);
  return { start: a, end: b };
}
