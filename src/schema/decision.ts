import * as z from 'zod';
import { PurposeIdSchema, RegionIdSchema } from './ids.js';
import { ProvisionWithClaimsSchema } from './provision.js';
import { SourceSchema } from './sources.js';
import { REASON_CODES } from '../engine/reasons.js';

/**
 * A moment: a `Date`, epoch milliseconds, `'YYYY-MM-DD'` (start of that day in the member's zone),
 * `'YYYY-MM-DDTHH:mm[:ss]'` (that wall time in the member's zone) or an ISO instant with `Z` or `±HH:MM`.
 * The library checks the string forms itself; this schema only says which types are accepted.
 *
 * @example
 * ```ts
 * import { DateInputSchema } from 'linkedin-policy-data/schema';
 * DateInputSchema.safeParse('2025-11-03').success; // => true
 * ```
 */
export const DateInputSchema = z.union([z.date(), z.number(), z.string()]);

/**
 * Who is asking: a member's country (ISO 3166-1 alpha-2, any case), optionally their birth date, IANA time
 * zone and opt-outs. An opt-out is `true` (opted out before any date asked about) or the moment it was made.
 *
 * @example
 * ```ts
 * import { MemberSchema } from 'linkedin-policy-data/schema';
 * MemberSchema.parse({ country: 'de', optOuts: { 'ai-training': '2025-10-01' } });
 * ```
 */
export const MemberSchema = z.strictObject({
  /** ISO 3166-1 alpha-2 country code, any case: decides the region and the default time zone. */
  country: z.string().meta({ description: 'ISO 3166-1 alpha-2 code, any case.' }),
  /**
   * `'YYYY-MM-DD'` (a `Date` is read by its UTC calendar date); applies the provision's minimum age. Without it the
   * member is taken to be 18 or older, and the decision says so in `assumptions`.
   */
  birthDate: z
    .union([z.string(), z.date()])
    .optional()
    .meta({ description: "'YYYY-MM-DD' (a Date is read by its UTC calendar date); applies the age rule where the data has one." }),
  /** IANA time zone in which dates are read; default: the country's capital's zone. */
  timeZone: z.string().optional().meta({ description: "IANA time zone; default: the country's capital's zone." }),
  /**
   * Per purpose: `true` (opted out before any moment asked about) or the moment the member opted out. An unknown
   * purpose key is an error.
   */
  optOuts: z
    .partialRecord(PurposeIdSchema, z.union([z.literal(true), DateInputSchema]))
    .optional()
    .meta({ description: 'Per purpose: true (opted out before any date asked about) or when the member opted out.' }),
});

/**
 * A reason code, in precedence order: `before-coverage`, `region-not-in-scope`, `not-known`, `minor`,
 * `opted-out`, `in-scope`.
 *
 * @example
 * ```ts
 * import { ReasonCodeSchema } from 'linkedin-policy-data/schema';
 * ReasonCodeSchema.options[0]; // => 'before-coverage'
 * ```
 */
export const ReasonCodeSchema = z.enum(REASON_CODES);

/**
 * A decision's status: `subject`, `not-subject` or `unknown`.
 *
 * @example
 * ```ts
 * import { DecisionStatusSchema } from 'linkedin-policy-data/schema';
 * DecisionStatusSchema.options; // => ['subject', 'not-subject', 'unknown']
 * ```
 */
export const DecisionStatusSchema = z.enum(['subject', 'not-subject', 'unknown']);

/**
 * The answer to "does this purpose apply to this member at this moment?", with why, on what provision, on
 * which evidence and under which assumptions.
 *
 * @example
 * ```ts
 * import { DecisionSchema } from 'linkedin-policy-data/schema';
 * Object.keys(DecisionSchema.shape); // => ['purpose', 'status', 'subject', 'reasons', 'region', 'at', 'timeZone', 'provision', 'sources', 'assumptions']
 * ```
 */
export const DecisionSchema = z.strictObject({
  /** The purpose decided on. */
  purpose: PurposeIdSchema,
  /** `subject`, `not-subject` or `unknown`: follows the first of `reasons`. */
  status: DecisionStatusSchema,
  /** `status === 'subject'`. */
  subject: z.boolean().meta({ description: "status === 'subject'" }),
  /** Every reason that applies, in precedence order; the first one sets `status`. */
  reasons: z.array(ReasonCodeSchema).min(1).readonly().meta({ description: 'Every reason that applies, in precedence order.' }),
  /** The member's region. */
  region: RegionIdSchema,
  /** The instant evaluated. */
  at: z.date().meta({ description: 'The instant evaluated.' }),
  /** The IANA time zone dates were read in: the member's, else their country's default. */
  timeZone: z.string().meta({ description: 'The IANA zone dates were read in.' }),
  /** The timeline entry in force at `at`; `null` before the coverage start. */
  provision: ProvisionWithClaimsSchema.nullable().meta({ description: 'The timeline entry in force; null before coverage.' }),
  /** The provision's evidence: each cited source with the quote it supports. */
  sources: z.array(SourceSchema).readonly().meta({ description: "The provision's evidence, each with its quote." }),
  /** What the answer assumed, e.g. that a member without a birth date is an adult. */
  assumptions: z.array(z.string()).readonly().meta({ description: 'What the answer assumed, e.g. about a missing birth date.' }),
});

/**
 * A period in which a member's data could be used: `subject`, or `unknown` where the data cannot say.
 * `to` is exclusive; `null` means open-ended.
 *
 * @example
 * ```ts
 * import { ExposureIntervalSchema } from 'linkedin-policy-data/schema';
 * ExposureIntervalSchema.shape.status.options; // => ['subject', 'unknown']
 * ```
 */
export const ExposureIntervalSchema = z.strictObject({
  /** The start of the interval, inclusive. */
  from: z.date(),
  /** The end of the interval, exclusive; `null` when it goes on and the range asked about is open. */
  to: z.date().nullable(),
  /** `subject`, or `unknown` where the data cannot say. */
  status: z.enum(['subject', 'unknown']),
});

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
 *
 * @useDeclaredType
 */
export type DateInput = z.infer<typeof DateInputSchema>;
/**
 * Who is asking: the member's country (ISO 3166-1 alpha-2, any case), and optionally their birth date, IANA
 * time zone and opt-outs. See {@link MemberSchema} for the rules of each field.
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining, type Member } from 'linkedin-policy-data';
 * const member: Member = { country: 'fr', birthDate: '1990-04-01', optOuts: { 'ai-training': '2025-12-01' } };
 * isSubjectToAiTraining(member, '2025-11-30'); // => true
 * isSubjectToAiTraining(member, '2025-12-01'); // => false
 * ```
 *
 * @interface
 */
export type Member = z.infer<typeof MemberSchema>;
/**
 * Why a decision came out as it did. In precedence order: `before-coverage` (before the data starts),
 * `region-not-in-scope` (the region is excluded or the use paused), `not-known` (no source says), `minor`
 * (under the provision's minimum age), `opted-out`, `in-scope`. A decision lists every reason that applies;
 * its status follows the first.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type ReasonCode } from 'linkedin-policy-data';
 * const member = { country: 'DE', birthDate: '2010-01-01', optOuts: { 'ai-training': true as const } };
 * const reasons: readonly ReasonCode[] = explainAiTraining(member, '2025-11-03').reasons;
 * reasons; // => ['minor', 'opted-out']
 * ```
 *
 * @useDeclaredType
 */
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;
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
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;
/**
 * The answer to "does this purpose apply to this member at this moment?": the status, every reason that
 * applies, the provision in force with its sources and quotes, and the assumptions made.
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
 *
 * @interface
 */
export type Decision = z.infer<typeof DecisionSchema>;
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
 *
 * @interface
 */
export type ExposureInterval = z.infer<typeof ExposureIntervalSchema>;
