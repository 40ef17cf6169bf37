import type { DateInput, DecisionStatus, PurposeId, ReasonCode, ReasonFor, RegionId } from './ids.js';
import type { Provision } from './provision.js';
import type { Source } from './source.js';

/**
 * A decision's reasons: every reason that applies, once each, in precedence order, the first being one that
 * sets `Status`. Every kind of decision has a list of {@link ReasonCode}s, so `decision.reasons.includes(…)`
 * works before the kind is known.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Reasons } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'US', birthDate: '2012-01-01' }, '2025-11-03');
 * if (decision.status === 'not-subject') {
 *   const reasons: Reasons<'not-subject'> = decision.reasons;
 *   reasons; // => ['minor']
 * }
 * ```
 */
export type Reasons<Status extends DecisionStatus> = readonly [ReasonFor<Status>, ...ReasonCode[]];

/**
 * What every decision holds, whatever its status. {@link Decision} adds the status, the reasons and the
 * provision, which depend on each other.
 *
 * @example
 * ```ts
 * import { decide, type DecisionBase } from 'linkedin-policy-data';
 * const where = ({ region, timeZone }: DecisionBase) => `${region} ${timeZone}`;
 * where(decide('ai-training', { country: 'CH' }, '2025-11-03')); // => 'ch Europe/Zurich'
 * ```
 */
export interface DecisionBase {
  /** The purpose decided on. */
  readonly purpose: PurposeId;
  /** The member's region: their country's, the nominal one where several candidate regions may apply (see `regionOf`). */
  readonly region: RegionId;
  /** The instant evaluated (a fresh `Date` per decision). */
  readonly at: Date;
  /** The IANA time zone dates were read in: the member's, else their country's default. */
  readonly timeZone: string;
  /**
   * Every source the provision's claims cite, each once (unique by `id`), in the order the claims first cite
   * them; empty before the coverage start. The claims carry the quotes and name these sources by id.
   */
  readonly sources: readonly Source[];
  /** What the answer assumed, e.g. that a member without a birth date is an adult. */
  readonly assumptions: readonly string[];
}

/**
 * A decision that the purpose applies: the member is in scope, under the provision in force.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type SubjectDecision } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'DE' }, '2025-11-03');
 * if (decision.status === 'subject') {
 *   const subject: SubjectDecision = decision;
 *   subject.provision.lawfulBasis; // => 'legitimate-interests'
 * }
 * ```
 */
export interface SubjectDecision extends DecisionBase {
  /** The purpose applies. */
  readonly status: 'subject';
  /** `status === 'subject'`. */
  readonly subject: true;
  /** Always exactly `['in-scope']`. */
  readonly reasons: Reasons<'subject'>;
  /** The timeline entry in force at `at`. */
  readonly provision: Provision;
}

/**
 * A decision that the purpose does not apply: the region is excluded or the use paused, the member is under
 * the minimum age, or the member opted out — every one of these that applies, in that order.
 *
 * @example
 * ```ts
 * import { explainAiTraining } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'FR', optOuts: { 'ai-training': true } }, '2025-11-03');
 * if (decision.status === 'not-subject') {
 *   decision.reasons; // => ['opted-out']
 * }
 * ```
 */
export interface NotSubjectDecision extends DecisionBase {
  /** The purpose does not apply. */
  readonly status: 'not-subject';
  /** `status === 'subject'`: `false`. */
  readonly subject: false;
  /** Every reason that applies, in precedence order; each one is a reason not to be subject. */
  readonly reasons: Reasons<'not-subject'>;
  /** The timeline entry in force at `at`. */
  readonly provision: Provision;
}

/**
 * A decision the data cannot make: `at` is before the data's coverage (`before-coverage`, and no provision),
 * or no source says (`not-known`), for the region, for a member under 18 where no age rule is documented, or
 * for a country whose candidate regions answer differently (no provision, and an assumption naming them).
 * Reasons that apply besides, such as `opted-out`, follow the first.
 *
 * @example
 * ```ts
 * import { explainAiTraining } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'DE' }, '2024-01-01');
 * if (decision.status === 'unknown') {
 *   [decision.reasons[0], decision.provision]; // => ['before-coverage', null]
 * }
 * ```
 */
export interface UnknownDecision extends DecisionBase {
  /** The data cannot say. */
  readonly status: 'unknown';
  /** `status === 'subject'`: `false`. */
  readonly subject: false;
  /** Every reason that applies, in precedence order; the first says why the answer is unknown. */
  readonly reasons: Reasons<'unknown'>;
  /**
   * The timeline entry in force at `at`; `null` before the coverage start, and where no source says which of the
   * country's candidate regions applies and their answers differ (then no provision is known to be in force).
   */
  readonly provision: Provision | null;
}

/**
 * The answer to "does this purpose apply to this member at this moment?": the status, every reason that
 * applies, the provision in force with its claims and quotes, the sources they cite (each once), and the
 * assumptions made. A union on `status`:
 * checking `status` (or `subject`) tells TypeScript which of the three kinds it is, so that after
 * `decision.status === 'subject'` the provision is known not to be `null`. Deeply frozen.
 *
 * A decision is plain data and survives a JSON round trip: `JSON.parse(JSON.stringify(decision))` holds the same
 * fields, with `at` as its ISO 8601 string (`decision.at.toISOString()`); `new Date(json.at)` gives it back.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Decision } from 'linkedin-policy-data';
 * const decision: Decision = explainAiTraining({ country: 'GB' }, '2024-09-19');
 * decision.status;                   // => 'unknown'
 * decision.reasons;                  // => ['not-known']
 * decision.timeZone;                 // => 'Europe/London'
 * decision.provision?.effectiveFrom; // => '2024-09-18'
 * ```
 */
export type Decision = SubjectDecision | NotSubjectDecision | UnknownDecision;

/**
 * A period in which a member's data could be used, as {@link linkedin-policy-data!aiTrainingExposure | aiTrainingExposure} returns it: from `from`
 * (inclusive) to `to` (exclusive, `null` when it goes on), `subject` or `unknown`.
 *
 * @example
 * ```ts
 * import { aiTrainingExposure, type ExposureInterval } from 'linkedin-policy-data';
 * const intervals: readonly ExposureInterval[] = aiTrainingExposure({ country: 'US' }, { to: '2025-01-01' });
 * intervals.map((i) => [i.from.toISOString(), i.to?.toISOString(), i.status]);
 * // => [['2024-09-18T04:00:00.000Z', '2025-01-01T05:00:00.000Z', 'subject']]
 * ```
 */
export interface ExposureInterval {
  /** The start of the interval, inclusive. */
  readonly from: Date;
  /** The end of the interval, exclusive; `null` when it goes on and the range asked about is open. */
  readonly to: Date | null;
  /** `subject`, or `unknown` where the data cannot say. */
  readonly status: 'subject' | 'unknown';
}

/**
 * The range {@link linkedin-policy-data!aiTrainingExposure | aiTrainingExposure} looks at: `from` defaults to the start of the data's
 * coverage, `to` (exclusive) to open-ended; both are read like any {@link DateInput}.
 *
 * @example
 * ```ts
 * import { aiTrainingExposure, type ExposureRange } from 'linkedin-policy-data';
 * const range: ExposureRange = { from: '2025-11-01', to: '2025-12-01' };
 * aiTrainingExposure({ country: 'DE' }, range).map((i) => i.status); // => ['subject']
 * ```
 */
export interface ExposureRange {
  /** The start, inclusive; default: the start of the data's coverage. */
  readonly from?: DateInput | undefined;
  /** The end, exclusive; default: open-ended. */
  readonly to?: DateInput | undefined;
}
