/**
 * Reading an archived Markdown text the way a person reads the page, so that a quote can be looked up in it:
 * links keep their words and lose their addresses, emphasis and escapes go, line breaks and every kind of space
 * become one space. Nothing else changes — quotation marks, apostrophes, dashes and case must match as they are.
 */

// Zero-width characters the archive carries over from the page; a reader never sees them.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Any run of white space, the no-break spaces LinkedIn's pages are full of included.
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** The text of `markdown` as a reader sees it, on one line. */
export function normaliseMarkdown(markdown: string): string {
  return (
    markdown
      .replace(INVISIBLE, '')
      // Images and links keep their words: ![alt](url), [text](url), [text][ref]; an empty link vanishes.
      .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      // Emphasis: every * and every _ that does not join two letters or digits (snake_case keeps its _).
      .replace(/\*+/g, '')
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
      // Markdown escapes: \- \* \( … stand for the character itself.
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(SPACES, ' ')
      .trim()
  );
}

/** A quote as the matcher compares it: the same reading as the text, so spacing inside a quote is not held against it. */
export function normaliseQuote(quote: string): string {
  return quote.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Whether `quote` is found, or how much of it is: the longest start of the quote that the text holds. */
export type QuoteMatch = { readonly found: true } | { readonly found: false; readonly longestPrefix: string };

/**
 * Looks `quote` up in `text` (already normalised with {@link normaliseMarkdown}). When it is missing, the longest
 * start of the quote that does occur tells a maintainer where the wording parts from the archived text.
 */
export function matchQuote(text: string, quote: string): QuoteMatch {
  const wanted = normaliseQuote(quote);
  if (wanted.length > 0 && text.includes(wanted)) return { found: true };
  let low = 0;
  let high = wanted.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(wanted.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return { found: false, longestPrefix: wanted.slice(0, low) };
}
