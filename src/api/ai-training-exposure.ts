import { exposure } from '../engine/exposure.js';
import { aiTraining } from '../engine/purposes/ai-training.js';
import type { ExposureInterval, ExposureRange, Member } from '../types/index.js';

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
 * // Berlin time: from 00:00 on 3 November 2025 to the opt-out at 00:00 on 1 December 2025
 * const intervals = aiTrainingExposure({ country: 'DE', optOuts: { 'ai-training': '2025-12-01' } });
 * intervals.map((i) => [i.from.toISOString(), i.to?.toISOString(), i.status]);
 * // => [['2025-11-02T23:00:00.000Z', '2025-11-30T23:00:00.000Z', 'subject']]
 *
 * // A member turning 18 on 10 March 2026 is exposed from their birthday on
 * aiTrainingExposure({ country: 'IE', birthDate: '2008-03-10' }, { from: '2026-01-01' })
 *   .map((i) => [i.from.toISOString(), i.to]);
 * // => [['2026-03-10T00:00:00.000Z', null]]
 * ```
 */
export function aiTrainingExposure(member: Member, range?: ExposureRange): readonly ExposureInterval[] {
  return exposure(aiTraining, member, range);
}
