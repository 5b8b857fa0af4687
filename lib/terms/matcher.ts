/**
 * Term forms compiled once into a trie over normalized word stems, matched against tokens with
 * Arabic proclitics (و ف ب ل ك and ال, with their combinations وال بال لل …), enclitics
 * (ه ها هم كم نا ي …) and plural/dual endings (ات ون ين ان, and و of a plural in construct): the form «ميليشيا» matches
 * «الميليشيا», «لميليشيا», «والمليشيات» and «بميليشياتها».
 */
import { normalize } from '../text/normalize';
import { codesOf, isArabicWordChar, wordHash, type Tokens } from '../text/tokenize';
import { scratchInt32 } from '../text/scratch';
import { Words } from '../text/words';
import type { MatchMode } from './schema';
import { PROCLITICS } from '../text/clitics';
import { HitColumns, type Hit, type Hits } from './hits';

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
  /** The form goes on past its first word. */
  long: boolean;
  mode: MatchMode;
  /** The first letter of the second word (-1 for one word), kept on the pattern: the scanner tests it for every candidate. */
  second: number;
  /**
   * The second word is all characters of Arabic words: whether it matches an Arabic word token
   * can be told from the token alone (the character after the token cannot continue it).
   */
  secondArabic: boolean;
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

export type { Hit } from './hits';

/** Every proclitic a word of the text may carry, the empty one included (lib/text/clitics.ts). */
const PREFIXES = PROCLITICS;

const ENCLITICS = ['ه', 'ها', 'هم', 'هن', 'هما', 'كم', 'كما', 'نا', 'ي', 'ني'];
const ENDINGS = ['ات', 'ون', 'ين', 'ان', 'ي', 'و', 'ا', 'ت', 'وا', 'تا', 'تان', 'تين'];
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
/**
 * After a later word of a form that carries the article: no pronoun (a definite noun takes none)
 * and no «ي» of relation — «القوات النظامية» is not «قوات النظام». The ta marbuta stays («ه»).
 */
const DEFINITE_SUFFIXES = keysOf(['', 'ه', 'ات', 'ون', 'ين', 'ان', 'تان', 'تين']);
function definiteSuffixOk(text: string, s: number, e: number): boolean {
  return e - s <= 5 && DEFINITE_SUFFIXES.has(suffixKey(text, s, e));
}
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
    // A leading ال means the article is required, unless the rest is too short to be a stem (الف، الاف)
    // or the form begins with a hamza or madda on its alef, which normalizing takes off: «آليات»,
    // «ألغام» are words of their own, not «ال» and «يات».
    else if (w.startsWith('ال') && r.startsWith('ال') && w.length >= 5) out.push({ stem: w.slice(2), article: true, proclitic: false });
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
  /** Section names by id. */
  private sectionNames: string[] = [];
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
  /** The distinct words scanned so far; started afresh before a scan once it holds {@link MEMO_LIMIT} words. */
  private table = new Words();
  /** First-word candidates by word number; cleared when a form is added. */
  private memo: (Candidates | undefined)[] = [];

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
    if (id === undefined) {
      this.sectionIds.set(section, (id = this.sectionIds.size));
      this.sectionNames.push(section);
    }
    return id;
  }

  /** Adds one form of an entry. */
  add(section: string, index: number, form: string, mode: MatchMode = 'stem'): void {
    const words = splitWords(form);
    if (words.length === 0 || words[0].proclitic) return;
    this.rootTable = null;
    this.memo = [];
    this.known = new Uint8Array(0);
    const second = words.length > 1 ? words[1].stem.charCodeAt(0) : -1;
    const secondArabic = words.length > 1 && [...words[1].stem].every((ch) => isArabicWordChar(ch.charCodeAt(0)));
    const pattern: Pattern = { section, sid: this.sid(section), index, words, long: words.length > 1, mode, second, secondArabic };
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

  /** The table of distinct words the last {@link scan} numbered its tokens with. */
  get words(): Words {
    return this.table;
  }

  /** Per word number: 0 not looked up yet, 1 no form starts with the word, 2 see {@link memo}. */
  private known = new Uint8Array(0);

  /**
   * The table to number the tokens of the next {@link scan} with, as {@link tokenize} reads them:
   * the one in use, or a fresh one once it holds {@link MEMO_LIMIT} words.
   */
  wordTable(): Words {
    if (this.table.size >= MEMO_LIMIT) {
      this.table = new Words();
      this.memo = [];
      this.known = new Uint8Array(0);
    }
    return this.table;
  }

  /**
   * Scans all tokens; within each section, keeps the longest match at each position and skips
   * the tokens it covers (greedy left to right). Tokens read with {@link wordTable} keep their
   * word numbers; others are numbered here. When `ids` is given, it receives each token's word
   * number in {@link words}.
   */
  scan(text: string, toks: Tokens, ids?: Int32Array): Hits {
    if (!this.rootTable) this.freeze();
    const count = toks.count;
    if (!ids) ids = scratchInt32(count);
    if (toks.ids) {
      if (ids !== toks.ids) ids.set(toks.ids);
    } else this.number(text, toks, ids);
    const table = this.table;
    if (this.known.length < table.size) {
      const known = new Uint8Array(table.size * 2);
      known.set(this.known);
      this.known = known;
    }
    const known = this.known;
    const memo = this.memo;
    // One slot per word, filled without gaps: the array keeps fast elements.
    while (memo.length < table.size) memo.push(undefined);
    // Room for the hits up front (news text has about one per three tokens; more still fit).
    const hits = new HitColumns(count >> 1);
    // Per section: where its last hit ends (tokens before it are covered), and the longest match
    // offered at the current token.
    const n = this.sectionIds.size;
    const coveredUntil = scratchInt32(n);
    const bestE = scratchInt32(n).fill(-1);
    const bestT1 = scratchInt32(n);
    const bestPattern: Pattern[] = new Array(n);
    const touched = scratchInt32(n);
    let touchedCount = 0;
    for (let t = 0; t < count; t++) {
      const id = ids[t];
      if (known[id] === 1) continue;
      const s = toks.start[t];
      const e = toks.end[t];
      let c = memo[id];
      if (c === undefined) {
        const found = this.firstWord(text, s, e);
        if (found.length === 0) {
          known[id] = 1;
          continue;
        }
        memo[id] = c = candidatesOf(found);
        known[id] = 2;
      }
      let candidates = c.all;
      if (c.byNext !== null) {
        // Forms that go on past this word: only those whose second word can be the next word.
        const next = t + 1 < count ? ids[t + 1] : -1;
        const narrowed = c.byNext.get(next);
        if (narrowed === undefined) c.byNext.set(next, (candidates = narrow(c, next < 0 ? '' : table.list[next])));
        else candidates = narrowed;
      }
      for (let k = 0; k < candidates.length; k++) {
        const pattern = candidates[k];
        let t1 = t + 1;
        let end = e;
        if (pattern.long) {
          t1 = this.matchRest(text, toks, t, pattern);
          if (t1 <= 0) continue;
          end = this.restEnd;
        }
        // The longest match per section wins; of equal ones, the first candidate stays.
        const sid = pattern.sid;
        if (t < coveredUntil[sid] || end <= bestE[sid]) continue;
        if (bestE[sid] < 0) touched[touchedCount++] = sid;
        bestE[sid] = end;
        bestT1[sid] = t1;
        bestPattern[sid] = pattern;
      }
      for (let k = 0; k < touchedCount; k++) {
        const sid = touched[k];
        const p = bestPattern[sid];
        hits.push(sid, p.index, t, bestT1[sid]);
        coveredUntil[sid] = bestT1[sid];
        bestE[sid] = -1;
      }
      touchedCount = 0;
    }
    return hits.finish(this.sectionNames, this.sectionIds, toks);
  }

  /** {@link scan}'s hits, all as objects. */
  scanList(text: string, toks: Tokens): Hit[] {
    const hits = this.scan(text, toks);
    const out: Hit[] = [];
    for (let i = 0; i < hits.count; i++) out.push(hits.hit(i));
    return out;
  }

  /**
   * Whether a normalized word is the first word of a form of `section` as it stands, its first
   * letter its own: «فردا» is «فرد» with an ending, «في» opens «في المئة», «وقتلى» is «قتلى»
   * only after the conjunction.
   */
  isBareForm(section: string, word: string): boolean {
    if (!this.rootTable) this.freeze();
    const found: Pattern[] = [];
    this.walk(word, 0, word.length, 0, false, found);
    return found.some((p) => p.section === section);
  }

  /** Numbers the tokens in {@link wordTable}. */
  private number(text: string, toks: Tokens, ids: Int32Array): void {
    const table = this.wordTable();
    const codes = codesOf(text);
    for (let t = 0; t < toks.count; t++) {
      const s = toks.start[t];
      const e = toks.end[t];
      ids[t] = table.idOfCodes(codes, s, e, toks.hash ? toks.hash[t] : wordHash(text, s, e));
    }
  }

  /**
   * The patterns whose first word matches the word at [s, e), through every proclitic prefix.
   * Memoized by word number: news text repeats its words, so most tokens cost one table lookup.
   */
  private firstWord(text: string, s: number, e: number): Pattern[] {
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
    return found.length === 0 ? NO_PATTERNS : found;
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
        // «النظامية السورية» is not «النظام السوري»: a word of a longer form keeps to a definite noun's endings.
        const definite = article && pattern.long && pattern.mode === 'stem' && !ends[k].ta;
        if (definite ? definiteSuffixOk(text, i + 1, e) : suffixOk(text, i + 1, e, pattern.mode, ends[k].ta, pl)) found.push(pattern);
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
    const ns = toks.start[t + 1];
    const first = text.charCodeAt(ns);
    const want = pattern.second;
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

/** The patterns whose first word is one word of the text, with their narrowing by the next word. */
interface Candidates {
  all: Pattern[];
  /** The one-word patterns of `all`, in order. */
  singles: Pattern[];
  /** For lists with longer forms: per next word number (-1 at the end of the text), the patterns that may match there. */
  byNext: Map<number, Pattern[]> | null;
}

function candidatesOf(found: Pattern[]): Candidates {
  // Of forms matching the same words, the one that spells more of the word wins a tie: «متطرفين»
  // as written before «متطرف» with a plural ending.
  const all = found.length > 1 ? found.slice().sort((a, b) => b.words[0].stem.length - a.words[0].stem.length) : found;
  const singles = all.filter((p) => p.words.length === 1);
  return { all, singles, byNext: singles.length < all.length ? new Map() : null };
}

/**
 * The candidates, in order, without the longer forms whose second word cannot be `next`: the
 * same first-letter test {@link Matcher.matchRest} starts with, read from the word alone (a word
 * of one or two letters starting with «ا» is kept, as the test may look past it), and, for an
 * Arabic word, the test of the whole second word matchRest goes on with.
 */
function narrow(c: Candidates, next: string): Pattern[] {
  if (next === '') return c.singles;
  const first = next.charCodeAt(0);
  const arabic = isArabicWordChar(first);
  const out: Pattern[] = [];
  let longer = 0;
  for (const p of c.all) {
    if (p.words.length === 1) {
      out.push(p);
      continue;
    }
    const want = p.second;
    if (!(first === want || (first === 0x627 && (next.length < 3 || (next.charCodeAt(1) === 0x644 && next.charCodeAt(2) === want))))) continue;
    if (arabic && p.secondArabic && !secondWordMatches(p, next)) continue;
    out.push(p);
    longer++;
  }
  return longer === 0 ? c.singles : out.length === c.all.length ? c.all : out;
}
/** Whether the pattern's second word matches the word `next` (an Arabic word token), as {@link Matcher.matchRest} tests it. */
function secondWordMatches(p: Pattern, next: string): boolean {
  const w = p.words[1];
  if (w.proclitic) return next.length >= 3 && next.charCodeAt(0) === w.stem.charCodeAt(0);
  return wordMatches(next, 0, next.length, w, p.mode);
}

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

/**
 * Whether `text` holds the first `n` characters of `word` at `at`: String.startsWith without a
 * builtin call per test (the scanner makes many, on short words) or a slice for a shortened word.
 */
function holdsAt(text: string, at: number, word: string, n: number): boolean {
  if (at + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** A later word of a multi-word form: article as the form says (optional when absent), endings per mode. */
function wordMatches(text: string, s: number, e: number, w: PatternWord, mode: MatchMode): boolean {
  let a = s;
  if (text.charCodeAt(a) === 0x627 && text.charCodeAt(a + 1) === 0x644 && e - a - 2 >= w.stem.length) {
    if (holdsAt(text, a + 2, w.stem, w.stem.length)) a += 2;
  }
  if (w.article && a === s) return false;
  if (!holdsAt(text, a, w.stem, w.stem.length)) {
    if (mode === 'stem' && w.stem.endsWith('ه') && holdsAt(text, a, w.stem, w.stem.length - 1)) {
      const from = a + w.stem.length - 1;
      return e - from <= 5 && TA_SUFFIXES.has(suffixKey(text, from, e));
    }
    return false;
  }
  if (a > s && mode === 'stem') return definiteSuffixOk(text, a + w.stem.length, e);
  return suffixOk(text, a + w.stem.length, e, mode === 'exact' ? 'word' : mode, false, 0);
}
