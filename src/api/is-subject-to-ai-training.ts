import { isSubjectTo } from '../engine/subject.js';
import { aiTraining } from '../engine/purposes/ai-training.js';
import type { DateInput, Member } from '../types/index.js';

/**
 * Whether LinkedIn may use `member`'s data to train its content-generating AI models at moment `at`:
 * `explainAiTraining(member, at).subject`, without building the explanation.
 *
 * `false` also when the answer is unknown (before the data's coverage, or where no source says); use
 * {@link explainAiTraining} to tell `not-subject` from `unknown`.
 *
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param at - the moment asked about; date strings without an offset are read in the member's zone
 * @returns `true` when the member's data is subject to AI training at that moment
 * @throws {@link PolicyInputError} for a bad member or date, naming the field and the value
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining } from 'linkedin-policy-data';
 * // the EU was excluded until 3 November 2025
 * isSubjectToAiTraining({ country: 'DE' }, '2025-11-02'); // => false
 * isSubjectToAiTraining({ country: 'DE' }, '2025-11-03'); // => true
 * isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-training': true } }, '2025-11-03'); // => false
 * ```
 */
export function isSubjectToAiTraining(member: Member, at: DateInput): boolean {
  return isSubjectTo(aiTraining, member, at);
}
