/**
 * The presenter's logic, apart from the screen: the order findings are shown in, the passage
 * around each (its sentence, clipped for a projector), and what each key does. "Guess first":
 * a finding starts hidden (only its words are marked) and is revealed by a key press.
 */
import type { Finding, Report } from '../model/report';

/** The text around a finding: `before + match + after` is what the class reads. */
export interface Passage {
  before: string;
  match: string;
  after: string;
}

/** Findings in reading order (ties: the shorter one first, as it is the more specific). */
export function presenterFindings(report: Report): Finding[] {
  return [...report.findings].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

const SENTENCE_END = /[.!?؟…]/;
const ELLIPSIS = '…';

/**
 * The sentence holding the finding, within its line, clipped to about `max` characters at
 * word boundaries. Without the article text (a live tab's report), the finding's own prefix
 * and suffix stand in.
 */
export function passage(f: Pick<Finding, 'start' | 'end' | 'text' | 'prefix' | 'suffix'>, text: string | undefined, max = 240): Passage {
  if (text === undefined || text.slice(f.start, f.end) !== f.text) {
    return { before: `${ELLIPSIS}${f.prefix.trimStart()}`, match: f.text, after: `${f.suffix.trimEnd()}${ELLIPSIS}` };
  }
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = lineStart;
  for (let i = f.start - 1; i >= lineStart; i--) {
    if (SENTENCE_END.test(text[i]) && /\s/.test(text[i + 1] ?? ' ')) {
      from = i + 1;
      break;
    }
  }
  let to = lineEnd;
  for (let i = f.end; i < lineEnd; i++) {
    // A sentence ends at punctuation followed by a space or the line's end: the dot inside a
    // broken word («القـ.ـوات») does not end anything. A run («..», «!؟») is kept whole.
    if (SENTENCE_END.test(text[i]) && (i + 1 >= lineEnd || /[\s.!?؟…]/.test(text[i + 1]))) {
      let j = i + 1;
      while (j < lineEnd && SENTENCE_END.test(text[j])) j++;
      to = j;
      break;
    }
  }
  const budget = Math.max(0, max - (f.end - f.start));
  let clipFrom = from;
  let clipTo = to;
  if (to - from > max) {
    const half = Math.floor(budget / 2);
    const wantFrom = Math.max(from, f.start - half);
    const wantTo = Math.min(to, f.end + (budget - (f.start - wantFrom)));
    clipFrom = wordStart(text, wantFrom, from);
    clipTo = wordEnd(text, wantTo, to);
  }
  const before = text.slice(clipFrom, f.start).trimStart();
  const after = text.slice(f.end, clipTo).trimEnd();
  return {
    before: (clipFrom > from ? ELLIPSIS : '') + before,
    match: f.text,
    after: after + (clipTo < to ? ELLIPSIS : ''),
  };
}

/** Moves forward to the start of a word (not before `min`'s line part). */
function wordStart(text: string, at: number, min: number): number {
  if (at <= min) return min;
  let i = at;
  while (i < text.length && !/\s/.test(text[i - 1])) i++;
  return i;
}

/** Moves back to the end of a word. */
function wordEnd(text: string, at: number, max: number): number {
  if (at >= max) return max;
  let i = at;
  while (i > 0 && !/\s/.test(text[i])) i--;
  return i;
}

/** What a key does in the presenter. */
export type PresenterAction = 'next' | 'previous' | 'reveal' | 'hide' | 'first' | 'last' | 'language' | 'help';

/**
 * The action for a key. Arrows follow the reading direction: in Arabic (RTL) the next finding
 * is to the left. Space and Enter reveal the explanation, or move on once it is shown.
 */
export function presenterAction(key: string, dir: 'rtl' | 'ltr', revealed: boolean): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
      return dir === 'rtl' ? 'previous' : 'next';
    case 'ArrowLeft':
      return dir === 'rtl' ? 'next' : 'previous';
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Enter':
      return revealed ? 'next' : 'reveal';
    case 'Escape':
      return 'hide';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'l':
    case 'L':
      return 'language';
    case '?':
      return 'help';
    default:
      return null;
  }
}
