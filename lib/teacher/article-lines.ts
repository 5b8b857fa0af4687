/**
 * An article's text cut into the lines the teacher pages render, each with its offset in the
 * text, so every character on screen is the character the engine analysed: findings anchor by
 * offset with no re-extraction, and the counts are the engine's for the very same text.
 */

/** How a line is shown: the headline, body text, muted page furniture, or nothing. */
export type LineRole = 'headline' | 'paragraph' | 'leftover' | 'blank';

/** One line of the text: `[start, start + text.length)` in the analysed string. */
export interface ArticleLine {
  start: number;
  text: string;
  role: LineRole;
}

/** What the library knows about an article's lines (seeds/articles/index.json). */
export interface LineOptions {
  /** The first non-blank line is the headline. */
  headline?: boolean;
  /** Page furniture, compared after trimming (seeds/articles/index.json `leftovers`). */
  leftovers?: readonly string[];
}

/** Splits a text at "\n" (a "\r" before it stays with its line) and names each line's role. */
export function articleLines(text: string, opts: LineOptions = {}): ArticleLine[] {
  const leftovers = new Set((opts.leftovers ?? []).map((l) => l.trim()));
  const out: ArticleLine[] = [];
  let start = 0;
  let seenText = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    let role: LineRole;
    if (trimmed.length === 0) role = 'blank';
    else if (!seenText && opts.headline) role = 'headline';
    else if (leftovers.has(trimmed)) role = 'leftover';
    else role = 'paragraph';
    if (trimmed.length > 0) seenText = true;
    out.push({ start, text: line, role });
    start += line.length + 1;
  }
  return out;
}
