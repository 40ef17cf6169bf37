import { exposure } from '../engine/exposure.js';
import { aiTraining } from '../engine/purposes/ai-training.js';
import type { DateInput, ExposureInterval, Member } from '../schema/index.js';

/**
 * When `member`'s data could be used for AI training: ordered, disjoint intervals of status `subject`, or
 * `unknown` where the data cannot say (before its coverage, or where no source does). Periods in which the
 * member is not subject are absent. Opting out is prospective, so an interval ends at the opt-out; a member
 * turning 18 starts one on their birthday. `to` is exclusive and `null` only when the range is open and the
 * exposure goes on.
 *
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param range - `from` defaults to the start of the data's coverage, `to` to open-ended; read like any date
 * @returns the intervals, clipped to the range, adjacent ones of one status merged, deeply frozen
 * @throws {@link PolicyInputError} for a bad member or range, naming the field and the value
 *
 * @example
 * ```ts
 * import { aiTrainingExposure } from 'linkedin-policy-data';
 * aiTrainingExposure({ country: 'DE', optOuts: { 'ai-training': '2025-12-01' } });
 * // [{ from: 2025-11-02T23:00:00.000Z, to: 2025-11-30T23:00:00.000Z, status: 'subject' }]
 * ```
 */
export function aiTrainingExposure(
  member: Member,
  range?: { from?: DateInput; to?: DateInput },
): readonly ExposureInterval[] {
  return exposure(aiTraining, member, range);
}
