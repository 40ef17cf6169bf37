import type { PURPOSE_IDS, REGION_IDS } from '../ids.js';
import type { REASON_CODES, STATUS_OF_REASON } from '../engine/reasons.js';
import type { DATA_CATEGORY_IDS, EXCLUDED_DATA_IDS, LAWFUL_BASIS_IDS } from '../generated/vocabulary-ids.js';

/**
 * A purpose the dataset tracks: `ai-training` (LinkedIn trains its content-generating AI models),
 * `microsoft-ads` (data shared with Microsoft for advertising) or `microsoft-ai-training` (data shared with
 * Microsoft for its own AI training).
 *
 * @example
 * ```ts
 * import { decide, type PurposeId } from 'linkedin-policy-data';
 * const purposes: PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];
 * purposes.map((purpose) => decide(purpose, { country: 'GB' }, '2026-01-01').status);
 * // => ['subject', 'not-subject', 'subject']
 * ```
 *
 * @useDeclaredType
 */
export type PurposeId = (typeof PURPOSE_IDS)[number];

/**
 * A policy region: `eu`, `eea` (IS, LI, NO), `ch`, `gb`, `ca`, `hk`, `us` or `rest-of-world`.
 *
 * @example
 * ```ts
 * import { regionOf, type RegionId } from 'linkedin-policy-data';
 * const id: RegionId = regionOf('li').id;
 * id; // => 'eea'
 * ```
 *
 * @useDeclaredType
 */
export type RegionId = (typeof REGION_IDS)[number];

/**
 * Why a decision came out as it did. In precedence order: `before-coverage` (before the data starts),
 * `region-not-in-scope` (the region is excluded or the use paused), `not-known` (no source says), `minor`
 * (under the provision's minimum age), `opted-out`, `in-scope`. A decision lists every reason that applies;
 * its status follows the first.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type ReasonCode } from 'linkedin-policy-data';
 * const member = { country: 'DE', birthDate: '2010-01-01', optOuts: { 'ai-training': true } };
 * const reasons: readonly ReasonCode[] = explainAiTraining(member, '2025-11-03').reasons;
 * reasons; // => ['minor', 'opted-out']
 * ```
 *
 * @useDeclaredType
 */
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * A decision's status: `subject`, `not-subject`, or `unknown` where the data cannot say (before its coverage,
 * or where no source does). `unknown` is never folded into a yes or a no.
 *
 * @example
 * ```ts
 * import { decide, type DecisionStatus } from 'linkedin-policy-data';
 * const status: DecisionStatus = decide('microsoft-ads', { country: 'BR' }, '2026-01-01').status;
 * status; // => 'unknown'
 * ```
 *
 * @useDeclaredType
 */
export type DecisionStatus = StatusOfReason[ReasonCode];

/**
 * The status each reason sets when it is the first that applies: `in-scope` makes a decision `subject`,
 * `before-coverage` and `not-known` make it `unknown`, the others `not-subject`.
 *
 * @example
 * ```ts
 * import type { StatusOfReason } from 'linkedin-policy-data';
 * const status: StatusOfReason['opted-out'] = 'not-subject';
 * status; // => 'not-subject'
 * ```
 *
 * @useDeclaredType
 */
export type StatusOfReason = typeof STATUS_OF_REASON;

/**
 * The reasons that can come first when a decision's status is `status`: the decision's status follows its
 * first reason.
 *
 * @example
 * ```ts
 * import type { ReasonFor } from 'linkedin-policy-data';
 * const why: ReasonFor<'unknown'>[] = ['before-coverage', 'not-known'];
 * why.length; // => 2
 * ```
 */
export type ReasonFor<Status extends DecisionStatus> = {
  [Code in ReasonCode]: StatusOfReason[Code] extends Status ? Code : never;
}[ReasonCode];

/**
 * How far a source can be trusted: `high` (LinkedIn's own text or a regulator), `medium` (the press quoting
 * LinkedIn) or `low` (a secondary summary).
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Confidence } from 'linkedin-policy-data';
 * const confidence: Confidence[] = explainAiTraining({ country: 'HK' }, '2024-10-11').sources.map((s) => s.confidence);
 * confidence; // => ['high']
 * ```
 */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * A moment, in one of four forms:
 * - a `Date`;
 * - a `number`: epoch milliseconds;
 * - `'YYYY-MM-DD'`: the start of that day in the member's time zone;
 * - `'YYYY-MM-DDTHH:mm[:ss[.SSS]]'` without an offset: that wall time in the member's time zone;
 * - the same with `Z` or `±HH:MM`: that instant, wherever the member is.
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining, type DateInput } from 'linkedin-policy-data';
 * const moments: DateInput[] = [new Date('2025-11-03T12:00:00Z'), 1762171200000, '2025-11-03', '2025-11-03T09:30', '2025-11-03T09:30:00+01:00'];
 * moments.map((at) => isSubjectToAiTraining({ country: 'DE' }, at)); // => [true, true, true, true, true]
 * ```
 */
export type DateInput = Date | number | string;

/**
 * A lawful basis a provision may rest on, one of the `lawfulBases` ids of `data/vocabulary.json` (today only
 * `legitimate-interests`). A misspelt id does not compile.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type LawfulBasisId } from 'linkedin-policy-data';
 * const basis: LawfulBasisId | null | undefined = explainAiTraining({ country: 'DE' }, '2025-11-03').provision?.lawfulBasis;
 * basis; // => 'legitimate-interests'
 * ```
 *
 * @useDeclaredType
 */
export type LawfulBasisId = (typeof LAWFUL_BASIS_IDS)[number];

/**
 * A kind of member data a provision may use, one of the `dataCategories` ids of `data/vocabulary.json`, such as
 * `profile` or `member-content`. A misspelt id does not compile.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type DataCategoryId } from 'linkedin-policy-data';
 * const used: readonly DataCategoryId[] = explainAiTraining({ country: 'DE' }, '2025-11-03').provision?.dataCategories ?? [];
 * used.includes('profile'); // => true
 * ```
 *
 * @useDeclaredType
 */
export type DataCategoryId = (typeof DATA_CATEGORY_IDS)[number];

/**
 * A kind of data a provision may say is never used, one of the `excludedData` ids of `data/vocabulary.json`,
 * such as `private-messages`. A misspelt id does not compile.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type ExcludedDataId } from 'linkedin-policy-data';
 * const neverUsed: readonly ExcludedDataId[] = explainAiTraining({ country: 'DE' }, '2025-11-03').provision?.excludedData ?? [];
 * neverUsed.includes('private-messages'); // => true
 * ```
 *
 * @useDeclaredType
 */
export type ExcludedDataId = (typeof EXCLUDED_DATA_IDS)[number];
