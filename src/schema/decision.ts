import * as z from 'zod';
import { PurposeIdSchema, RegionIdSchema } from './ids.js';
import { ProvisionSchema } from './provision.js';
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
 * DateInputSchema.safeParse('2025-11-03').success; // true
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
  country: z.string().meta({ description: 'ISO 3166-1 alpha-2 code, any case.' }),
  birthDate: z
    .union([z.string(), z.date()])
    .optional()
    .meta({ description: "'YYYY-MM-DD' (a Date is read by its UTC calendar date); applies the age rule where the data has one." }),
  timeZone: z.string().optional().meta({ description: "IANA time zone; default: the country's capital's zone." }),
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
 * ReasonCodeSchema.options[0]; // 'before-coverage'
 * ```
 */
export const ReasonCodeSchema = z.enum(REASON_CODES);

/**
 * A decision's status: `subject`, `not-subject` or `unknown`.
 *
 * @example
 * ```ts
 * import { DecisionStatusSchema } from 'linkedin-policy-data/schema';
 * DecisionStatusSchema.options; // ['subject', 'not-subject', 'unknown']
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
 * Object.keys(DecisionSchema.shape); // ['purpose', 'status', 'subject', 'reasons', 'region', 'at', …]
 * ```
 */
export const DecisionSchema = z.strictObject({
  purpose: PurposeIdSchema,
  status: DecisionStatusSchema,
  subject: z.boolean().meta({ description: "status === 'subject'" }),
  reasons: z.array(ReasonCodeSchema).min(1).readonly().meta({ description: 'Every reason that applies, in precedence order.' }),
  region: RegionIdSchema,
  at: z.date().meta({ description: 'The instant evaluated.' }),
  timeZone: z.string().meta({ description: 'The IANA zone dates were read in.' }),
  provision: ProvisionSchema.nullable().meta({ description: 'The timeline entry in force; null before coverage.' }),
  sources: z.array(SourceSchema).readonly().meta({ description: "The provision's evidence, each with its quote." }),
  assumptions: z.array(z.string()).readonly().meta({ description: 'What the answer assumed, e.g. about a missing birth date.' }),
});

/**
 * A period in which a member's data could be used: `subject`, or `unknown` where the data cannot say.
 * `to` is exclusive; `null` means open-ended.
 *
 * @example
 * ```ts
 * import { ExposureIntervalSchema } from 'linkedin-policy-data/schema';
 * ExposureIntervalSchema.shape.status.options; // ['subject', 'unknown']
 * ```
 */
export const ExposureIntervalSchema = z.strictObject({
  from: z.date(),
  to: z.date().nullable(),
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
 * moments.map((at) => isSubjectToAiTraining({ country: 'DE' }, at)); // [true, true, true, true, true]
 * ```
 */
export type DateInput = z.infer<typeof DateInputSchema>;
/** A member as the API takes it. */
export type Member = z.infer<typeof MemberSchema>;
/** A reason code. */
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;
/** `subject`, `not-subject` or `unknown`. */
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;
/** A decision. */
export type Decision = z.infer<typeof DecisionSchema>;
/** An exposure period. */
export type ExposureInterval = z.infer<typeof ExposureIntervalSchema>;
