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
  /** Index of the entry in its section. */
  index: number;
  words: PatternWord[];
  mode: MatchMode;
}

interface TrieNode {
  next: Map<number, TrieNode>;
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
/** Endings allowed in `stem` mode. */
const STEM_SUFFIXES = new Set<string>(['', ...ENCLITICS, ...ENDINGS]);
for (const e of ['ات', 'ي', 'ت', 'ون', 'ين', 'ان', 'وا']) for (const c of ENCLITICS) STEM_SUFFIXES.add(e + c);
/** After a ta-marbuta stem with its ة dropped: حال|ات، قوت|ها، مدينت|ين. */
const TA_SUFFIXES = new Set<string>(['ات', 'تي', 'تين', 'تان', 'تا']);
for (const c of ENCLITICS) {
  TA_SUFFIXES.add('ت' + c);
  TA_SUFFIXES.add('ات' + c);
}

function splitWords(form: string): PatternWord[] {
  const norm = normalize(form).text.trim();
  return norm
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      if (w.length === 1) return { stem: w, article: false, proclitic: true };
      // A leading ال means the article is required, unless the rest is too short to be a stem (الف، الاف).
      if (w.startsWith('ال') && w.length >= 5) return { stem: w.slice(2), article: true, proclitic: false };
      return { stem: w, article: false, proclitic: false };
    });
}

/** The compiled matcher for every section of a term list. */
export class Matcher {
  private root: TrieNode = { next: new Map(), ends: [] };
  private prefixCodes = PREFIXES.map((p) => ({ codes: [...p.text].map((c) => c.charCodeAt(0)), article: p.article }));
  readonly patterns: Pattern[] = [];

  /** Adds one form of an entry. */
  add(section: string, index: number, form: string, mode: MatchMode = 'stem'): void {
    const words = splitWords(form);
    if (words.length === 0 || words[0].proclitic) return;
    const pattern: Pattern = { section, index, words, mode };
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
        nx = { next: new Map(), ends: [] };
        node.next.set(c, nx);
      }
      node = nx;
    }
    node.ends.push({ pattern, ta });
  }

  /**
   * Scans all tokens; within each section, keeps the longest match at each position and skips
   * the tokens it covers (greedy left to right).
   */
  scan(text: string, toks: Tokens): Hit[] {
    const hits: Hit[] = [];
    const coveredUntil = new Map<string, number>();
    const best = new Map<string, Hit>();
    for (let t = 0; t < toks.count; t++) {
      best.clear();
      this.matchAt(text, toks, t, (h) => {
        const cu = coveredUntil.get(h.section) ?? 0;
        if (t < cu) return;
        const b = best.get(h.section);
        if (!b || h.e > b.e) best.set(h.section, h);
      });
      for (const h of best.values()) {
        hits.push(h);
        coveredUntil.set(h.section, h.t1);
      }
    }
    return hits;
  }

  private matchAt(text: string, toks: Tokens, t: number, emit: (h: Hit) => void): void {
    const s = toks.start[t];
    const e = toks.end[t];
    for (const p of this.prefixCodes) {
      const pl = p.codes.length;
      if (e - s - pl < 2) continue;
      let ok = true;
      for (let k = 0; k < pl; k++) if (text.charCodeAt(s + k) !== p.codes[k]) ok = false;
      if (!ok) continue;
      let node: TrieNode | undefined = this.root;
      for (let i = s + pl; i < e && node; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (!node || node.ends.length === 0) continue;
        const suffixStart = i + 1;
        for (const { pattern, ta } of node.ends) {
          const w = pattern.words[0];
          if (w.article && !p.article) continue;
          if (!suffixOk(text, suffixStart, e, pattern.mode, ta, pl)) continue;
          const end = this.matchRest(text, toks, t, pattern);
          if (end) emit({ section: pattern.section, index: pattern.index, t0: t, t1: end.t1, s, e: end.e });
        }
      }
    }
  }

  /** Matches the pattern's remaining words against the following tokens. */
  private matchRest(text: string, toks: Tokens, t: number, pattern: Pattern): { t1: number; e: number } | null {
    let cur = t;
    for (let k = 1; k < pattern.words.length; k++) {
      const w = pattern.words[k];
      const nt = cur + 1;
      if (nt >= toks.count) return null;
      if (!onlySpaceBetween(text, toks.end[cur], toks.start[nt])) return null;
      const s = toks.start[nt];
      const e = toks.end[nt];
      if (w.proclitic) {
        // «وفقاً لـ»: the next word must carry the proclitic; the hit ends before that word so
        // the word itself (the source, the name) stays free for other sections.
        if (e - s < 3 || text.charCodeAt(s) !== w.stem.charCodeAt(0)) return null;
        return { t1: nt, e: toks.end[cur] };
      }
      if (!wordMatches(text, s, e, w, pattern.mode)) return null;
      cur = nt;
    }
    return { t1: cur + 1, e: toks.end[cur] };
  }
}

function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x2d) return false;
  }
  return b > a;
}

function suffixOk(text: string, s: number, e: number, mode: MatchMode, ta: boolean, prefixLen: number): boolean {
  if (mode === 'exact' && prefixLen > 0) return false;
  const len = e - s;
  if (ta) return len > 0 && len <= 5 && TA_SUFFIXES.has(text.slice(s, e));
  if (len === 0) return true;
  if (mode !== 'stem' || len > 5) return false;
  return STEM_SUFFIXES.has(text.slice(s, e));
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
      return TA_SUFFIXES.has(text.slice(a + w.stem.length - 1, e));
    }
    return false;
  }
  return suffixOk(text, a + w.stem.length, e, mode === 'exact' ? 'word' : mode, false, 0);
}
