import type { Claim, Confidence, Provision } from '../../index.js';
import type { Colour } from './colour.js';

/**
 * How firm a claim is, beside it: `[high]` plain, `[MEDIUM]` and `[LOW]` in capitals (and yellow, red where colour
 * is on), so weaker evidence stands out also in a file or a screen reader.
 */
export function confidenceMark(confidence: Confidence, colour: Colour): string {
  if (confidence === 'high') return colour.dim('[high]');
  return confidence === 'medium' ? colour.yellow('[MEDIUM]') : colour.red('[LOW]');
}

/** The legend for the marks, for the end of a block that shows them. */
export function confidenceLegend(colour: Colour): string {
  return `${confidenceMark('high', colour)} LinkedIn's own text or a regulator; ${confidenceMark('medium', colour)} the press quoting LinkedIn; ${confidenceMark('low', colour)} a secondary summary.`;
}

/**
 * Looks up a provision's claims by field and value. A fact with no claim was left out by a confidence filter
 * (every fact of the data is cited), which `mark` reports as `undefined`.
 */
export function claimMarks(provision: Provision, colour: Colour): (field: Claim['field'], value?: string | number) => string | undefined {
  const byKey = new Map(provision.claims.map((claim) => [`${claim.field}\u0000${claim.value}`, claim.confidence]));
  const single = new Map(provision.claims.map((claim) => [claim.field, claim.confidence]));
  return (field, value) => {
    const confidence = value === undefined ? single.get(field) : byKey.get(`${field}\u0000${value}`);
    return confidence === undefined ? undefined : confidenceMark(confidence, colour);
  };
}
