import * as z from 'zod';
import { PurposeIdSchema, RegionIdSchema } from './ids.js';
import { ProvisionWithClaimsSchema } from './provision.js';
import { SourceSchema } from './sources.js';
import { REASON_CODES, STATUS_OF_REASON } from '../engine/reasons.js';
import type { DecisionStatus, ReasonFor } from '../types/ids.js';

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
 * zone and opt-outs. An opt-out is `true` (opted out before any date asked about), `false` (not opted out) or the
 * moment it was made.
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
   * Per purpose: `true` (opted out before any moment asked about), `false` (not opted out) or the moment the
   * member opted out. An unknown purpose key is an error.
   */
  optOuts: z
    .partialRecord(PurposeIdSchema, z.union([z.boolean(), DateInputSchema]))
    .optional()
    .meta({ description: 'Per purpose: true (opted out before any date asked about), false (not opted out) or when the member opted out.' }),
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

/** The reasons that can come first in a decision of `status`, as an enum: the status follows the first reason. */
const reasonsFor = <Status extends DecisionStatus>(status: Status) =>
  z.enum(REASON_CODES.filter((code): code is ReasonFor<Status> => STATUS_OF_REASON[code] === status) as [ReasonFor<Status>, ...ReasonFor<Status>[]]);

/**
 * A decision's reasons: `status`'s reasons first, then any others, once each and in precedence order; `in-scope`
 * only alone.
 */
const reasonsOf = <Status extends DecisionStatus>(status: Status) =>
  z
    .tuple([reasonsFor(status)], ReasonCodeSchema)
    .readonly()
    .refine(
      (reasons) => reasons.every((code, i) => i === 0 || REASON_CODES.indexOf(reasons[i - 1]!) < REASON_CODES.indexOf(code)),
      'reasons are listed once each, in precedence order',
    )
    .refine((reasons) => !reasons.includes('in-scope') || reasons.length === 1, "'in-scope' is the only reason when it applies");

/** One kind of decision: its status, and which reasons and provision go with that status. */
const decisionOf = <Status extends DecisionStatus, Subject extends Status extends 'subject' ? true : false, Provision extends z.ZodType>(
  status: Status,
  subject: Subject,
  provision: Provision,
) =>
  z.strictObject({
    /** The purpose decided on. */
    purpose: PurposeIdSchema,
    /** `subject`, `not-subject` or `unknown`: follows the first of `reasons`. */
    status: z.literal(status),
    /** `status === 'subject'`. */
    subject: z.literal(subject).meta({ description: "status === 'subject'" }),
    /** Every reason that applies, in precedence order; the first one sets `status`. */
    reasons: reasonsOf(status).meta({ description: 'Every reason that applies, in precedence order; the first sets the status.' }),
    /** The member's region: their country's, the nominal one where several candidate regions may apply. */
    region: RegionIdSchema,
    /** The instant evaluated. */
    at: z.date().meta({ description: 'The instant evaluated.' }),
    /** The IANA time zone dates were read in: the member's, else their country's default. */
    timeZone: z.string().meta({ description: 'The IANA zone dates were read in.' }),
    /**
     * The timeline entry in force at `at`; `null` only where the status is unknown: before the coverage start, or
     * where the country's candidate regions answer differently.
     */
    provision: provision.meta({ description: "The timeline entry in force; null only before coverage or where the country's candidate regions disagree." }),
    /** The provision's evidence: each cited source with the quote it supports. */
    sources: z.array(SourceSchema).readonly().meta({ description: "The provision's evidence, each with its quote." }),
    /** What the answer assumed, e.g. that a member without a birth date is an adult. */
    assumptions: z.array(z.string()).readonly().meta({ description: 'What the answer assumed, e.g. about a missing birth date.' }),
  });

/**
 * A decision that the purpose applies: reasons exactly `['in-scope']`, a provision in force.
 *
 * @example
 * ```ts
 * import { SubjectDecisionSchema } from 'linkedin-policy-data/schema';
 * SubjectDecisionSchema.shape.subject.value; // => true
 * ```
 */
export const SubjectDecisionSchema = decisionOf('subject', true, ProvisionWithClaimsSchema);

/**
 * A decision that the purpose does not apply: the first reason is one not to be subject, and a provision is in force.
 *
 * @example
 * ```ts
 * import { NotSubjectDecisionSchema } from 'linkedin-policy-data/schema';
 * NotSubjectDecisionSchema.shape.subject.value; // => false
 * ```
 */
export const NotSubjectDecisionSchema = decisionOf('not-subject', false, ProvisionWithClaimsSchema);

/**
 * A decision the data cannot make: the first reason is `before-coverage` (no provision) or `not-known`.
 *
 * @example
 * ```ts
 * import { UnknownDecisionSchema } from 'linkedin-policy-data/schema';
 * UnknownDecisionSchema.shape.provision.safeParse(null).success; // => true
 * ```
 */
export const UnknownDecisionSchema = decisionOf('unknown', false, ProvisionWithClaimsSchema.nullable());

/**
 * The answer to "does this purpose apply to this member at this moment?", with why, on what provision, on
 * which evidence and under which assumptions: one of three kinds, told apart by `status`.
 *
 * @example
 * ```ts
 * import { DecisionSchema } from 'linkedin-policy-data/schema';
 * DecisionSchema.options.map((kind) => kind.shape.status.value); // => ['subject', 'not-subject', 'unknown']
 * ```
 */
export const DecisionSchema = z.discriminatedUnion('status', [SubjectDecisionSchema, NotSubjectDecisionSchema, UnknownDecisionSchema]);

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

export type { DateInput, Decision, DecisionStatus, ExposureInterval, Member, NotSubjectDecision, ReasonCode, SubjectDecision, UnknownDecision } from '../types/index.js';
