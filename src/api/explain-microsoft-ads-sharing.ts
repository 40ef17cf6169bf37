import { explain } from '../engine/explain.js';
import { microsoftAds } from '../engine/purposes/microsoft-ads.js';
import type { DateInput, Decision, Member } from '../types/index.js';

/**
 * The full decision on sharing `member`'s data with Microsoft for advertising at `at`.
 *
 * @param member - the member's country, and optionally birth date, time zone and opt-outs
 * @param at - the moment asked about; date strings without an offset are read in the member's zone
 * @returns the decision, deeply frozen
 * @throws {@link PolicyInputError} for a bad member or date, naming the field and the value
 *
 * @example
 * ```ts
 * import { explainMicrosoftAdsSharing } from 'linkedin-policy-data';
 * const decision = explainMicrosoftAdsSharing({ country: 'US' }, '2026-03-01');
 * decision.status; // => 'subject'
 * decision.provision?.optOut?.paths.map((path) => path.kind); // => ['setting', 'signal']
 * ```
 */
export function explainMicrosoftAdsSharing(member: Member, at: DateInput): Decision {
  return explain(microsoftAds, member, at);
}
