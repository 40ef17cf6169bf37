import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchQuote, normaliseMarkdown, normaliseQuote } from '../../scripts/verify/quote-match.js';

const archived = normaliseMarkdown(readFileSync(new URL('../fixtures/quotes/archived-excerpt.md', import.meta.url), 'utf8'));

describe('reading an archived Markdown text as a person reads the page', () => {
  it.each([
    ['a link keeps its words and loses its address', 'You can opt out any time in your settings if you’d prefer not to have your data used in this way'],
    ['an empty link and a zero-width character vanish', 'used in this way [', false],
    ['a line break in a table cell is a space; bold goes', 'If you are in the UK: Sharing data with our parent company, Microsoft for its AI training purposes'],
    ['an escaped list dash is a dash; no-break and double spaces are one space', '- Responses to screening questions and resumes that members provide add to their LinkedIn account on the LinkedIn platform'],
    ['bold-italic runs and a link across them read as plain text', 'If you are a LinkedIn member, click here to opt out of sharing. Guests can opt out'],
    ['no-break spaces between every word', 'Microsoft may show those ads anywhere, including outside of Microsoft’s services.'],
    ['an underscore inside a word stays', 'the field member_settings'],
    ['a link whose address holds parentheses keeps only its words', 'member_settings (see the guide (2024)).'],
    ['a heading loses its marker', 'Notice Effective November 3, 2025'],
  ])('%s', (_, quote, expected = true) => {
    expect(matchQuote(archived, quote).found).toBe(expected);
  });

  it('keeps quotation marks, apostrophes and case as they are', () => {
    expect(matchQuote(archived, "if you'd prefer not").found).toBe(false);
    expect(matchQuote(archived, 'if you’d prefer not').found).toBe(true);
    expect(matchQuote(archived, 'microsoft may show those ads').found).toBe(false);
  });

  it('drops the addresses of links, so an address is not quotable text', () => {
    expect(archived).not.toContain('https://');
  });
});

describe('a missing quote', () => {
  it('says how far the quote agrees with the text', () => {
    const result = matchQuote(archived, 'If you are a LinkedIn member, click here to opt out of sharing with Microsoft.');
    expect(result).toEqual({ found: false, longestPrefix: 'If you are a LinkedIn member, click here to opt out of sharing' });
  });

  it('is missing, not found, when empty or only spaces', () => {
    expect(matchQuote(archived, ' \u00a0 ')).toEqual({ found: false, longestPrefix: '' });
  });
});

describe('normaliseQuote', () => {
  it('folds every kind of space into one and trims, as the text is read', () => {
    expect(normaliseQuote('  on\u00a0 the\u202fLinkedIn\ufeff platform ')).toBe('on the LinkedIn platform');
  });
});
