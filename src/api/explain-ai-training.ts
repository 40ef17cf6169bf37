import { explain } from '../engine/explain.js';
import { aiTraining } from '../engine/purposes/ai-training.js';
import type { DateInput, Decision, Member } from '../types/index.js';

/**
 * The full decision on AI training for `member` at `at`: status, every reason that applies, the provision in
 * force (lawful basis, data used and excluded, minimum age, how to opt out), its sources with their quotes,
 * and the assumptions made.
 *
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param at - the moment asked about; date strings without an offset are read in the member's zone
 * @returns the decision, deeply frozen
 * @throws {@link PolicyInputError} for a bad member or date, naming the field and the value
 *
 * @example
 * ```ts
 * import { explainAiTraining } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'FR', birthDate: '2010-05-01' }, '2025-11-03');
 * decision.status;                 // => 'not-subject'
 * decision.reasons;                // => ['minor']
 * decision.provision?.lawfulBasis; // => 'legitimate-interests'
 * ```
 */
export function explainAiTraining(member: Member, at: DateInput): Decision {
  return explain(aiTraining, member, at);
}
