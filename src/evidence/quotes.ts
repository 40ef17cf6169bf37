import type { Claim, ClaimCitation } from '../types/index.js';
import { claimKey } from './claim-keys.js';

/** A quote a provision cites, with the keys of every claim it supports (as `supports` in the data). */
export interface SupportingQuote extends ClaimCitation {
  /** The keys of the claims this quote supports, in claim order. */
  readonly supports: readonly string[];
}

/**
 * The quotes behind `claims`, each once (the same source, words and revision), with the claims each supports:
 * the provision's evidence read quote by quote rather than claim by claim, in order of first citation.
 */
export function supportingQuotes(claims: readonly Claim[]): SupportingQuote[] {
  const quotes = new Map<string, { citation: ClaimCitation; supports: string[] }>();
  for (const claim of claims) {
    const key = claimKey(claim.field, claim.value as string | number);
    for (const citation of claim.citations) {
      const id = JSON.stringify([citation.source, citation.quote, citation.revision]);
      const entry = quotes.get(id) ?? { citation, supports: [] };
      if (!entry.supports.includes(key)) entry.supports.push(key);
      quotes.set(id, entry);
    }
  }
  return [...quotes.values()].map(({ citation, supports }) => ({ ...citation, supports }));
}
