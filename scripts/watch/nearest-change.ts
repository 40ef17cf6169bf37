/**
 * Where a quote stands in a Markdown text, as lines, and which change between two captures is nearest to it: what
 * a maintainer reads first to see whether a new capture touches a sentence the data relies on.
 */
import { matchQuote, normaliseMarkdown, normaliseQuote } from '../verify/quote-match.js';
import type { Hunk } from './line-diff.js';

/** Lines [start, end) of a text, 0-based. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of `lines` that hold `quote`, each line read as {@link normaliseMarkdown} reads a text; where the quote
 * is not there whole, the lines holding its longest start. `null` when not even its first character is there.
 */
export function quoteLines(lines: readonly string[], quote: string): LineRange | null {
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${normaliseMarkdown(line)} `;
  }
  const wanted = normaliseQuote(quote);
  const match = matchQuote(joined, wanted);
  const found = match.found ? wanted : match.longestPrefix;
  if (found === '') return null;
  const from = joined.indexOf(found);
  return { start: lineAt(starts, from), end: lineAt(starts, from + found.length - 1) + 1 };
}

// The last line starting at or before `offset`.
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A hunk and how many unchanged lines lie between it and the quote (0: it changes or borders the quote's lines). */
export interface NearHunk extends Hunk {
  readonly distance: number;
}

/** The hunk nearest to `range` (of the older text), the earlier of two as near; `null` when nothing changed. */
export function nearestHunk(hunks: readonly Hunk[], range: LineRange): NearHunk | null {
  let best: NearHunk | null = null;
  for (const hunk of hunks) {
    // A pure insertion sits between two lines: it touches the quote when it lands inside or right at its edge.
    const end = Math.max(hunk.oldEnd, hunk.oldStart + 1);
    const distance = end <= range.start ? range.start - end : hunk.oldStart >= range.end ? hunk.oldStart - range.end : 0;
    if (best === null || distance < best.distance) best = { ...hunk, distance };
  }
  return best;
}
