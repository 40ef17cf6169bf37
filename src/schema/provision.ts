import * as z from 'zod';
import { CitationsSchema } from './citation.js';
import { IsoDateSchema, VocabularyIdSchema } from './ids.js';

/**
 * One way to opt out: a `setting` in the member's account, a `form` to submit, or a `signal` sent by the
 * browser (such as Global Privacy Control).
 *
 * @example
 * ```ts
 * import { OptOutPathSchema } from 'linkedin-policy-data/schema';
 * OptOutPathSchema.parse({ kind: 'signal', label: 'Global Privacy Control' });
 * ```
 */
export const OptOutPathSchema = z.strictObject({
  kind: z.enum(['setting', 'form', 'signal']),
  label: z.string().min(1).meta({ description: 'The name LinkedIn gives the setting, form or signal.' }),
  control: z.string().min(1).optional().meta({ description: 'The toggle or option to change, where named.' }),
  menuPath: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Menus to follow, outermost first.' }),
  url: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * What opting out does and how to do it.
 *
 * @example
 * ```ts
 * import { OptOutSchema } from 'linkedin-policy-data/schema';
 * OptOutSchema.shape.effect.options; // ['prospective', 'unknown']
 * ```
 */
export const OptOutSchema = z.strictObject({
  effect: z
    .enum(['prospective', 'unknown'])
    .meta({ description: 'prospective: stops future use; data already used stays used.' }),
  priorOptOutsHonoured: z
    .boolean()
    .nullable()
    .meta({ description: 'Whether an opt-out made before this provision carries over; null when not stated.' }),
  paths: z.array(OptOutPathSchema),
});

/**
 * One entry of a region's timeline for a purpose: what applies from `effectiveFrom` (00:00 in the member's
 * zone) until the next entry. `status` is `subject`, `not-subject` (with `statusReason` saying whether the
 * region is `excluded` or the use was `paused`) or `unknown`. Fields a source does not document are `null`.
 *
 * @example
 * ```ts
 * import { ProvisionSchema } from 'linkedin-policy-data/schema';
 * ProvisionSchema.safeParse({ effectiveFrom: '2025-11-03', status: 'subject' }).success; // false: no citations
 * ```
 */
export const ProvisionSchema = z
  .strictObject({
    effectiveFrom: IsoDateSchema.meta({ description: "Starts at 00:00 of this date in the member's time zone." }),
    status: z.enum(['subject', 'not-subject', 'unknown']),
    statusReason: z
      .enum(['excluded', 'paused'])
      .nullable()
      .meta({ description: 'Why a not-subject region is not subject; null for other statuses.' }),
    default: z
      .enum(['on', 'off'])
      .nullable()
      .meta({ description: 'Whether members are in (on) unless they opt out; null when not stated.' }),
    acceptance: z
      .enum(['continued-use', 'consent'])
      .nullable()
      .meta({ description: 'How LinkedIn takes members to accept; null when not stated.' }),
    lawfulBasis: VocabularyIdSchema.nullable().meta({ description: 'A lawfulBases id; null when none is stated.' }),
    dataCategories: z
      .array(VocabularyIdSchema)
      .nullable()
      .meta({ description: 'dataCategories ids used; null when no source lists them.' }),
    excludedData: z
      .array(VocabularyIdSchema)
      .nullable()
      .meta({ description: 'excludedData ids never used; null when no source lists them.' }),
    minimumAge: z
      .int()
      .min(1)
      .max(21)
      .nullable()
      .meta({ description: 'Members younger than this (whole years) are excluded; null when no age rule is documented.' }),
    optOut: OptOutSchema.nullable(),
    notes: z.array(z.string().min(1)),
    citations: CitationsSchema,
  })
  .superRefine((provision, ctx) => {
    if ((provision.status === 'not-subject') !== (provision.statusReason !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusReason'],
        message: 'statusReason is required when status is "not-subject" and must be null otherwise',
      });
    }
  });

/**
 * A region's timeline for one purpose: provisions sorted by `effectiveFrom`, no two on the same date. Each
 * provision runs until the next one starts, so a timeline has no gaps and no overlaps.
 *
 * @example
 * ```ts
 * import { RegionTimelineSchema } from 'linkedin-policy-data/schema';
 * RegionTimelineSchema.safeParse([]).success; // false
 * ```
 */
export const RegionTimelineSchema = z
  .array(ProvisionSchema)
  .min(1)
  .superRefine((provisions, ctx) => {
    for (let i = 1; i < provisions.length; i++) {
      const before = provisions[i - 1]!.effectiveFrom;
      const here = provisions[i]!.effectiveFrom;
      if (here <= before) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'effectiveFrom'],
          message: `timeline must be sorted with distinct dates: ${here} follows ${before}`,
        });
      }
    }
  });

/** How to opt out in one way. */
export type OptOutPath = z.infer<typeof OptOutPathSchema>;
/** The opt-out effect and paths of a provision. */
export type OptOut = z.infer<typeof OptOutSchema>;
/** One timeline entry. */
export type Provision = z.infer<typeof ProvisionSchema>;
