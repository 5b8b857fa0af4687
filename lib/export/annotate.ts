/**
 * A line of article text as HTML with its findings marked: one `<span>` per finding, nested
 * where findings nest (so each keeps its own line style), split where two cross. Spans open
 * and close only where findings start and end, which the engine puts on word boundaries, and
 * the footnote markers go after the whole word, so no Arabic word is cut by markup and its
 * letters keep joining. The spans carry only decoration and tint: no padding, border or font
 * change that would break shaping.
 */
import type { Finding } from '../model/report';
import { styleKeyOf } from '../ext/palette';
import { esc } from './escape';

/** A finding with its footnote number and the title shown on hover. */
export interface NumberedFinding {
  n: number;
  finding: Finding;
  title: string;
}

interface Piece {
  start: number;
  end: number;
  f: NumberedFinding;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Where a finding's footnote marker goes: the end of the word its last letter belongs to. */
export function markerAt(text: string, end: number, limit: number): number {
  let i = end;
  while (i < limit && WORD_CHAR.test(text[i])) i++;
  return i;
}

function open(p: Piece): string {
  const f = p.f.finding;
  return `<span class="f s-${styleKeyOf(f)}" data-n="${p.f.n}" data-kind="${f.kind}" title="${esc(p.f.title)}">`;
}

function marker(list: NumberedFinding[]): string {
  const refs = list.map((x) => `<a href="#fn-${x.n}" id="ref-${x.n}">${x.n}</a>`).join(',');
  return `<sup class="ref">${refs}</sup>`;
}

/**
 * HTML for `text[from, to)` with the findings that fall in it. Findings reaching outside the
 * span are clipped to it; markers are placed once, in the span holding the finding's end.
 */
export function annotateSpan(text: string, from: number, to: number, findings: readonly NumberedFinding[]): string {
  const queue: Piece[] = findings
    .filter((x) => x.finding.start < to && x.finding.end > from && x.finding.end > x.finding.start)
    .map((f) => ({ start: Math.max(from, f.finding.start), end: Math.min(to, f.finding.end), f }));
  const byOrder = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.f.n - b.f.n;
  queue.sort(byOrder);
  const markers = new Map<number, NumberedFinding[]>();
  for (const x of findings) {
    if (x.finding.end <= from || x.finding.end > to) continue;
    const at = markerAt(text, x.finding.end, to);
    markers.set(
      at,
      [...(markers.get(at) ?? []), x].sort((a, b) => a.n - b.n),
    );
  }
  const points = [...markers.keys()].sort((a, b) => a - b);
  let out = '';
  let pos = from;
  const stack: Piece[] = [];
  const textTo = (x: number) => {
    if (x > pos) out += esc(text.slice(pos, x));
    pos = Math.max(pos, x);
  };
  const closeTo = (x: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= x) {
      textTo(stack[stack.length - 1].end);
      out += '</span>';
      stack.pop();
    }
  };
  const markersTo = (x: number, inclusive: boolean) => {
    while (points.length > 0 && (points[0] < x || (inclusive && points[0] === x))) {
      const at = points.shift()!;
      closeTo(at);
      textTo(at);
      out += marker(markers.get(at)!);
    }
  };
  while (queue.length > 0) {
    let p = queue.shift()!;
    markersTo(p.start, true);
    closeTo(p.start);
    const top = stack[stack.length - 1];
    if (top && p.end > top.end) {
      // Crossing findings: this one continues, as a second span, after the enclosing one closes.
      const rest: Piece = { start: top.end, end: p.end, f: p.f };
      const at = queue.findIndex((q) => byOrder(rest, q) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
      p = { ...p, end: top.end };
    }
    textTo(p.start);
    out += open(p);
    stack.push(p);
  }
  markersTo(to, true);
  closeTo(to);
  textTo(to);
  return out;
}
