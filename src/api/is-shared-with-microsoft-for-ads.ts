import { isSubjectTo } from '../engine/subject.js';
import { microsoftAds } from '../engine/purposes/microsoft-ads.js';
import type { DateInput, Member } from '../types/index.js';

/**
 * Whether LinkedIn shares `member`'s data with its affiliate Microsoft to personalise ads at moment `at`:
 * `explainMicrosoftAdsSharing(member, at).subject`.
 *
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param at - the moment asked about; date strings without an offset are read in the member's zone
 * @returns `true` when the member's data is shared for advertising at that moment
 * @throws {@link PolicyInputError} for a bad member or date, naming the field and the value
 *
 * @example
 * ```ts
 * import { isSharedWithMicrosoftForAds } from 'linkedin-policy-data';
 * isSharedWithMicrosoftForAds({ country: 'CA' }, '2025-11-03'); // => true
 * isSharedWithMicrosoftForAds({ country: 'DE' }, '2025-11-03'); // => false
 * ```
 */
export function isSharedWithMicrosoftForAds(member: Member, at: DateInput): boolean {
  return isSubjectTo(microsoftAds, member, at);
}
