import { explain } from '../engine/explain.js';
import { compiledPurpose } from '../engine/purposes/index.js';
import type { DateInput, Decision, Member, PurposeId } from '../types/index.js';

/**
 * The generic engine: the decision for any purpose. The named functions such as {@link explainAiTraining}
 * are this with the purpose filled in.
 *
 * @param purpose - `ai-training`, `microsoft-ads` or `microsoft-ai-training`
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param at - the moment asked about; date strings without an offset are read in the member's zone
 * @returns the decision, deeply frozen
 * @throws {@link PolicyInputError} for a bad purpose, member or date, naming the field and the value
 *
 * @example
 * ```ts
 * import { decide } from 'linkedin-policy-data';
 * decide('microsoft-ai-training', { country: 'GB' }, '2025-11-03').status; // => 'subject'
 * decide('microsoft-ai-training', { country: 'IE' }, '2025-11-03').status; // => 'not-subject'
 * decide('microsoft-ai-training', { country: 'US' }, '2025-11-03').status; // => 'unknown'
 * ```
 */
export function decide(purpose: PurposeId, member: Member, at: DateInput): Decision {
  return explain(compiledPurpose(purpose), member, at);
}
