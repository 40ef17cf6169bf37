import { isConfidenceLevel, meetsConfidence } from '../evidence/confidence.js';
import { builtInSource, citedSourceIds } from '../evidence/resolve.js';
import { isRecordLike, PolicyInputError } from '../errors.js';
import type { Claim, Confidence, Decision, Provision } from '../schema/index.js';

const EXPECTED_LEVEL = "a confidence level: 'high', 'medium' or 'low'";
const kept = /* @__PURE__ */ new WeakMap<object, Map<Confidence, object>>();

/**
 * Holds the line on confidence: the same provision, or decision, with only the claims at or above `minimum`, so a
 * cautious tool can show "high only" (LinkedIn's own texts and regulators) or leave out low-confidence summaries.
 *
 * Each kept claim keeps only its citations whose source is at or above `minimum`, and the decision's `sources`
 * keep only the sources a kept citation still cites (in the same order). The provision's fields and the
 * decision's status stay as they are — they are the record's answer on all its evidence; read `claims` to see
 * what the evidence at that level supports.
 *
 * @param value - a {@link Provision} (from {@link timeline} or a decision) or a {@link Decision}
 * @param minimum - `high`, `medium` or `low` (`low` keeps everything)
 * @returns a new, deeply frozen provision or decision; the same object for the same inputs
 * @throws {@link PolicyInputError} with code `INVALID_CONFIDENCE` for any other `minimum`
 *
 * @example
 * ```ts
 * import { explainAiTraining, withConfidenceAtLeast } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'DE' }, '2025-11-03');
 * const categories = (d: typeof decision) => d.provision?.claims.filter((c) => c.field === 'dataCategories').map((c) => c.value);
 * categories(decision);                                  // => ['profile', 'member-content', 'resumes', 'engagement', 'gai-inputs', 'group-activity', 'feedback']
 * categories(withConfidenceAtLeast(decision, 'medium')); // => ['profile', 'member-content', 'resumes', 'gai-inputs', 'group-activity', 'feedback']
 * categories(withConfidenceAtLeast(decision, 'high'));   // => ['profile', 'member-content', 'resumes', 'gai-inputs', 'group-activity']
 * ```
 */
export function withConfidenceAtLeast(value: Decision, minimum: Confidence): Decision;
export function withConfidenceAtLeast(value: Provision, minimum: Confidence): Provision;
export function withConfidenceAtLeast(value: Decision | Provision, minimum: Confidence): Decision | Provision {
  if (!isConfidenceLevel(minimum)) throw new PolicyInputError('INVALID_CONFIDENCE', 'minimum', minimum, EXPECTED_LEVEL);
  if (!isRecordLike(value) || !('claims' in value || 'provision' in value)) {
    throw new TypeError('withConfidenceAtLeast takes a provision (with claims) or a decision, as the library hands them out');
  }
  let byLevel = kept.get(value);
  if (byLevel === undefined) kept.set(value, (byLevel = new Map()));
  let result = byLevel.get(minimum) as Decision | Provision | undefined;
  if (result === undefined) {
    result = isProvision(value) ? keepProvision(value, minimum) : keepDecision(value, minimum);
    byLevel.set(minimum, result);
  }
  return result;
}

function isProvision(value: Decision | Provision): value is Provision {
  return 'claims' in value;
}

function keepProvision(provision: Provision, minimum: Confidence): Provision {
  const claims = provision.claims.flatMap((claim): Claim[] => {
    if (!meetsConfidence(claim.confidence, minimum)) return [];
    const citations = claim.citations.filter((c) => meetsConfidence(confidenceOf(c.source), minimum));
    return [Object.freeze({ ...claim, citations: Object.freeze(citations) })];
  });
  return Object.freeze({ ...provision, claims: Object.freeze(claims) });
}

function confidenceOf(id: string): Confidence {
  const source = builtInSource(id);
  if (source === undefined) throw new TypeError(`withConfidenceAtLeast: a citation names the source "${id}", which the data does not define`);
  return source.confidence;
}

function keepDecision(decision: Decision, minimum: Confidence): Decision {
  if (decision.provision === null) return decision;
  const provision = withConfidenceAtLeast(decision.provision, minimum);
  const cited = new Set(citedSourceIds(provision.claims));
  const sources = Object.freeze(decision.sources.filter((source) => cited.has(source.id)));
  return Object.freeze({ ...decision, provision, sources });
}
