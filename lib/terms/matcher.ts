/**
 * Term forms compiled once into a trie over normalized word stems, matched against tokens with
 * Arabic proclitics (و ف ب ل ك and ال, with their combinations وال بال لل …), enclitics
 * (ه ها هم كم نا ي …) and plural/dual endings (ات ون ين ان): the form «ميليشيا» matches
 * «الميليشيا», «لميليشيا», «والمليشيات» and «بميليشياتها».
 */
import { normalize } from '../text/normalize';
import type { Tokens } from '../text/tokenize';
import type { MatchMode } from './schema';

/** One compiled word of a form. */
interface PatternWord {
  stem: string;
  article: boolean;
  /** A one-letter word («وفقاً لـ»): the next token must begin with this proclitic. */
  proclitic: boolean;
}

export interface Pattern {
  section: string;
  /** Numeric id of the section, for the scanner's per-section state. */
  sid: number;
  /** Index of the entry in its section. */
  index: number;
  words: PatternWord[];
  mode: MatchMode;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The same children, as parallel arrays once the trie is frozen: a short linear scan beats a Map. */
  codes: Int32Array | null;
  kids: TrieNode[] | null;
  /** For nodes with many children: direct lookup for the Arabic block. */
  table: (TrieNode | undefined)[] | null;
  /** Patterns whose first word ends here, with whether this is the ta-marbuta variant. */
  ends: { pattern: Pattern; ta: boolean }[];
}

export interface Hit {
  section: string;
  index: number;
  /** First and one-past-last token. */
  t0: number;
  t1: number;
  /** Normalized offsets. */
  s: number;
  e: number;
}

const PREFIXES: { text: string; article: boolean }[] = [
  { text: '', article: false },
  ...['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'].map((t) => ({ text: t, article: false })),
  ...['ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال'].map((t) => ({ text: t, article: true })),
];

const ENCLITICS = ['ه', 'ها', 'هم', 'هن', 'هما', 'كم', 'كما', 'نا', 'ي', 'ني'];
const ENDINGS = ['ات', 'ون', 'ين', 'ان', 'ي', 'ا', 'ت', 'وا', 'تا', 'تان', 'تين'];
/** A suffix of up to five Arabic letters as one number (6 bits a letter), or -1. */
function suffixKey(text: string, s: number, e: number): number {
  let key = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) - 0x620;
    if (c < 1 || c > 63) return -1;
    key = key * 64 + c;
  }
  return key;
}
const keysOf = (list: string[]) => new Set(list.map((x) => suffixKey(x, 0, x.length)));

/** Endings allowed in `stem` mode. */
const STEM_SUFFIX_LIST = ['', ...ENCLITICS, ...ENDINGS];
for (const e of ['ات', 'ي', 'ت', 'ون', 'ين', 'ان', 'وا']) for (const c of ENCLITICS) STEM_SUFFIX_LIST.push(e + c);
const STEM_SUFFIXES = keysOf(STEM_SUFFIX_LIST);
/** After a ta-marbuta stem with its ة dropped: حال|ات، قوت|ها، مدينت|ين. */
const TA_SUFFIX_LIST = ['ات', 'تي', 'تين', 'تان', 'تا'];
for (const c of ENCLITICS) TA_SUFFIX_LIST.push('ت' + c, 'ات' + c);
const TA_SUFFIXES = keysOf(TA_SUFFIX_LIST);

/**
 * Splits a form into words. A one-letter word written with tatweel («وفقاً لـ», «ما يعرف بـ»)
 * is a proclitic on the next word; other one-letter words are words («ي ب ك»).
 */
function splitWords(form: string): PatternWord[] {
  const raw = form
    .trim()
    .split(/[\s/]+/)
    .filter(Boolean);
  const out: PatternWord[] = [];
  for (const r of raw) {
    const w = normalize(r).text;
    if (!w) continue;
    if (w.length === 1 && r.endsWith('\u0640')) out.push({ stem: w, article: false, proclitic: true });
    // A leading ال means the article is required, unless the rest is too short to be a stem (الف، الاف).
    else if (w.startsWith('ال') && w.length >= 5) out.push({ stem: w.slice(2), article: true, proclitic: false });
    else out.push({ stem: w, article: false, proclitic: false });
  }
  return out;
}

/** The compiled matcher for every section of a term list. */
export class Matcher {
  private root: TrieNode = newNode();
  /** Proclitic prefixes by their first letter; the empty prefix is always tried. */
  private prefixesByFirst = new Map<number, { codes: number[]; article: boolean }[]>();
  private emptyPrefix = { codes: [] as number[], article: false };
  private sectionIds = new Map<string, number>();
  readonly patterns: Pattern[] = [];

  constructor() {
    for (const p of PREFIXES) {
      if (!p.text) continue;
      const codes = [...p.text].map((c) => c.charCodeAt(0));
      const list = this.prefixesByFirst.get(codes[0]) ?? [];
      list.push({ codes, article: p.article });
      this.prefixesByFirst.set(codes[0], list);
    }
  }

  /** Root children for U+0600–U+06FF by code, the rest through the Map. */
  private rootTable: (TrieNode | undefined)[] | null = null;
  /** First-word candidates by word; cleared when a form is added. */
  private memo = new Map<number, { word: string; patterns: Pattern[] }[]>();

  /** Converts children to arrays for scanning; adding a form afterwards unfreezes. */
  private freeze(): void {
    const stack = [this.root];
    while (stack.length) {
      const node = stack.pop()!;
      const entries = [...node.next.entries()].sort((a, b) => a[0] - b[0]);
      node.codes = Int32Array.from(entries.map((e) => e[0]));
      node.kids = entries.map((e) => e[1]);
      if (entries.length > 6 || node === this.root) {
        node.table = new Array(0x100);
        for (const [c, k] of entries) if (c >= 0x600 && c < 0x700) node.table[c - 0x600] = k;
      } else node.table = null;
      for (const k of node.kids) stack.push(k);
    }
    this.rootTable = this.root.table!;
  }

  private child(node: TrieNode, c: number): TrieNode | undefined {
    if (node.table) return c >= 0x600 && c < 0x700 ? node.table[c - 0x600] : node.next.get(c);
    const codes = node.codes!;
    for (let k = 0; k < codes.length; k++) {
      const x = codes[k];
      if (x === c) return node.kids![k];
      if (x > c) return undefined;
    }
    return undefined;
  }

  private sid(section: string): number {
    let id = this.sectionIds.get(section);
    if (id === undefined) this.sectionIds.set(section, (id = this.sectionIds.size));
    return id;
  }

  /** Adds one form of an entry. */
  add(section: string, index: number, form: string, mode: MatchMode = 'stem'): void {
    const words = splitWords(form);
    if (words.length === 0 || words[0].proclitic) return;
    this.rootTable = null;
    this.memo.clear();
    const pattern: Pattern = { section, sid: this.sid(section), index, words, mode };
    this.patterns.push(pattern);
    this.insert(words[0].stem, pattern, false);
    const stem = words[0].stem;
    if (mode === 'stem' && stem.endsWith('ه') && stem.length > 2) this.insert(stem.slice(0, -1), pattern, true);
  }

  private insert(stem: string, pattern: Pattern, ta: boolean): void {
    let node = this.root;
    for (let i = 0; i < stem.length; i++) {
      const c = stem.charCodeAt(i);
      let nx = node.next.get(c);
      if (!nx) {
        nx = newNode();
        node.next.set(c, nx);
      }
      node = nx;
    }
    node.ends.push({ pattern, ta });
  }

  // Scan state, kept on the instance so the hot loop allocates nothing per token.
  private curT = 0;
  private coveredUntil = new Int32Array(0);
  private bestE = new Int32Array(0);
  private bestT1 = new Int32Array(0);
  private bestPattern: (Pattern | undefined)[] = [];
  private touched: number[] = [];

  /**
   * Scans all tokens; within each section, keeps the longest match at each position and skips
   * the tokens it covers (greedy left to right).
   */
  scan(text: string, toks: Tokens): Hit[] {
    if (!this.rootTable) this.freeze();
    const hits: Hit[] = [];
    const n = this.sectionIds.size;
    this.coveredUntil = new Int32Array(n);
    this.bestE = new Int32Array(n).fill(-1);
    this.bestT1 = new Int32Array(n);
    this.bestPattern = new Array(n);
    const touched = this.touched;
    touched.length = 0;
    for (let t = 0; t < toks.count; t++) {
      this.curT = t;
      const s = toks.start[t];
      const e = toks.end[t];
      const candidates = this.firstWord(text, s, e);
      for (let k = 0; k < candidates.length; k++) {
        const pattern = candidates[k];
        if (pattern.words.length === 1) this.offer(pattern, t + 1, e);
        else {
          const t1 = this.matchRest(text, toks, t, pattern);
          if (t1 > 0) this.offer(pattern, t1, this.restEnd);
        }
      }
      if (touched.length === 0) continue;
      for (const sid of touched) {
        const p = this.bestPattern[sid]!;
        hits.push({ section: p.section, index: p.index, t0: t, t1: this.bestT1[sid], s, e: this.bestE[sid] });
        this.coveredUntil[sid] = this.bestT1[sid];
        this.bestE[sid] = -1;
      }
      touched.length = 0;
    }
    return hits;
  }

  /**
   * The patterns whose first word matches the word at [s, e), through every proclitic prefix.
   * Memoized by the word: news text repeats its words, so most tokens cost one Map lookup.
   */
  private firstWord(text: string, s: number, e: number): Pattern[] {
    // Keyed by a hash of the characters, checked against the stored word: no slice per token.
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const bucket = this.memo.get(h);
    if (bucket) {
      for (const entry of bucket) if (entry.word.length === e - s && text.startsWith(entry.word, s)) return entry.patterns;
    }
    const word = text.slice(s, e);
    const found: Pattern[] = [];
    this.walk(word, 0, word.length, 0, false, found);
    const list = this.prefixesByFirst.get(word.charCodeAt(0));
    if (list) {
      for (const p of list) {
        const pl = p.codes.length;
        if (word.length - pl < 2) continue;
        let ok = true;
        for (let k = 1; k < pl; k++) if (word.charCodeAt(k) !== p.codes[k]) ok = false;
        if (ok) this.walk(word, 0, word.length, pl, p.article, found);
      }
    }
    const result = found.length === 0 ? NO_PATTERNS : found;
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    const entry = { word, patterns: result };
    if (bucket) bucket.push(entry);
    else this.memo.set(h, [entry]);
    return result;
  }

  private offer(pattern: Pattern, t1: number, e: number): void {
    const sid = pattern.sid;
    if (this.curT < this.coveredUntil[sid] || e <= this.bestE[sid]) return;
    if (this.bestE[sid] < 0) this.touched.push(sid);
    this.bestE[sid] = e;
    this.bestT1[sid] = t1;
    this.bestPattern[sid] = pattern;
  }

  private walk(text: string, s: number, e: number, pl: number, article: boolean, found: Pattern[]): void {
    let node: TrieNode = this.root;
    for (let i = s + pl; i < e; i++) {
      const c = text.charCodeAt(i);
      let next: TrieNode | undefined;
      const table = node.table;
      if (table !== null) next = c >= 0x600 && c < 0x700 ? table[c - 0x600] : node.next.get(c);
      else {
        const codes = node.codes!;
        for (let k = 0; k < codes.length; k++) {
          if (codes[k] === c) {
            next = node.kids![k];
            break;
          }
        }
      }
      if (next === undefined) return;
      node = next;
      const ends = node.ends;
      for (let k = 0; k < ends.length; k++) {
        const pattern = ends[k].pattern;
        if (pattern.words[0].article && !article) continue;
        if (suffixOk(text, i + 1, e, pattern.mode, ends[k].ta, pl)) found.push(pattern);
      }
    }
  }

  /** End offset of the last successful {@link matchRest}. */
  private restEnd = 0;

  /** Matches the pattern's remaining words against the following tokens; returns t1 (0 when no match) and sets {@link restEnd}. */
  private matchRest(text: string, toks: Tokens, t: number, pattern: Pattern): number {
    // Quick reject on the next token's first letter: most multi-word forms start with a common
    // word («قوات», «في», «ما») and fail on the second.
    if (t + 1 >= toks.count) return 0;
    const second = pattern.words[1];
    const ns = toks.start[t + 1];
    const first = text.charCodeAt(ns);
    const want = second.stem.charCodeAt(0);
    if (first !== want && !(first === 0x627 && text.charCodeAt(ns + 1) === 0x644 && text.charCodeAt(ns + 2) === want)) return 0;
    let cur = t;
    for (let k = 1; k < pattern.words.length; k++) {
      const w = pattern.words[k];
      const nt = cur + 1;
      if (nt >= toks.count) return 0;
      if (!onlySpaceBetween(text, toks.end[cur], toks.start[nt])) return 0;
      const s = toks.start[nt];
      const e = toks.end[nt];
      if (w.proclitic) {
        // «وفقاً لـ»: the next word must carry the proclitic; the hit ends before that word so
        // the word itself (the source, the name) stays free for other sections.
        if (e - s < 3 || text.charCodeAt(s) !== w.stem.charCodeAt(0)) return 0;
        this.restEnd = toks.end[cur];
        return nt;
      }
      if (!wordMatches(text, s, e, w, pattern.mode)) return 0;
      cur = nt;
    }
    this.restEnd = toks.end[cur];
    return cur + 1;
  }
}

const NO_PATTERNS: Pattern[] = [];
/** Distinct words remembered by the scanner before it starts over. */
const MEMO_LIMIT = 100_000;

/** Every node has the same shape from birth, so property reads stay monomorphic. */
function newNode(): TrieNode {
  return { next: new Map(), ends: [], codes: null, kids: null, table: null };
}

/** Words of one form are separated by spaces, a hyphen, a slash («ي ب ك/ بي كي كي») or a quotation mark. */
function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    // Quotation marks (normalized to ") may wrap one word of a name: «لـ"التحالف" السعودي».
    if (c !== 0x20 && c !== 0x2d && c !== 0x2f && c !== 0x22) return false;
  }
  return b > a;
}

function suffixOk(text: string, s: number, e: number, mode: MatchMode, ta: boolean, prefixLen: number): boolean {
  if (mode === 'exact' && prefixLen > 0) return false;
  const len = e - s;
  if (ta) return len > 0 && len <= 5 && TA_SUFFIXES.has(suffixKey(text, s, e));
  if (len === 0) return true;
  if (mode !== 'stem' || len > 5) return false;
  return STEM_SUFFIXES.has(suffixKey(text, s, e));
}

/** A later word of a multi-word form: article as the form says (optional when absent), endings per mode. */
function wordMatches(text: string, s: number, e: number, w: PatternWord, mode: MatchMode): boolean {
  let a = s;
  if (text.charCodeAt(a) === 0x627 && text.charCodeAt(a + 1) === 0x644 && e - a - 2 >= w.stem.length) {
    if (text.startsWith(w.stem, a + 2)) a += 2;
  }
  if (w.article && a === s) return false;
  if (!text.startsWith(w.stem, a)) {
    if (mode === 'stem' && w.stem.endsWith('ه') && text.startsWith(w.stem.slice(0, -1), a)) {
      const from = a + w.stem.length - 1;
      return e - from <= 5 && TA_SUFFIXES.has(suffixKey(text, from, e));
    }
    return false;
  }
  return suffixOk(text, a + w.stem.length, e, mode === 'exact' ? 'word' : mode, false, 0);
}
