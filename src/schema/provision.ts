import * as z from 'zod';
import { claimStatements } from '../evidence/claim-keys.js';
import { ProvisionCitationsSchema } from './citation.js';
import { ClaimSchema } from './claim.js';
import { DataCategoryIdSchema, ExcludedDataIdSchema, IsoDateSchema, LawfulBasisIdSchema } from './ids.js';
import { AcceptanceSchema, DefaultSchema, OptOutEffectSchema, ProvisionStatusSchema } from './provision-fields.js';

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
  /** `setting` in the account, `form` to submit, or `signal` sent by the browser. */
  kind: z.enum(['setting', 'form', 'signal']),
  /** The name LinkedIn gives the setting, form or signal. */
  label: z.string().min(1).meta({ description: 'The name LinkedIn gives the setting, form or signal.' }),
  /** The toggle or option to change, where named. */
  control: z.string().min(1).optional().meta({ description: 'The toggle or option to change, where named.' }),
  /** The menus to follow to reach the setting, outermost first. */
  menuPath: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Menus to follow, outermost first.' }),
  /** Where to opt out, where there is a direct link. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * What opting out does and how to do it.
 *
 * @example
 * ```ts
 * import { OptOutSchema } from 'linkedin-policy-data/schema';
 * OptOutSchema.shape.effect.options; // => ['prospective', 'unknown']
 * ```
 */
export const OptOutSchema = z.strictObject({
  /** `prospective`: opting out stops future use, and data already used stays used; `unknown` when no source says. */
  effect: OptOutEffectSchema
    .meta({ description: 'prospective: stops future use; data already used stays used.' }),
  /** Whether an opt-out made before this provision carries over; `null` when not stated. */
  priorOptOutsHonoured: z
    .boolean()
    .nullable()
    .meta({ description: 'Whether an opt-out made before this provision carries over; null when not stated.' }),
  /** The ways to opt out. */
  paths: z.array(OptOutPathSchema),
});

// The fields a provision states, shared by the record in data/ and the provision handed out.
const provisionFields = {
    /** `YYYY-MM-DD`: the provision applies from 00:00 of this date in the member's time zone. */
    effectiveFrom: IsoDateSchema.meta({ description: "Starts at 00:00 of this date in the member's time zone." }),
    /** `subject`, `not-subject` or `unknown` (no source says). */
    status: ProvisionStatusSchema,
    /** Why a `not-subject` region is not subject: `excluded` or `paused`; `null` for other statuses. */
    statusReason: z
      .enum(['excluded', 'paused'])
      .nullable()
      .meta({ description: 'Why a not-subject region is not subject; null for other statuses.' }),
    /** Whether members are in (`on`) unless they opt out; `null` when not stated. */
    default: DefaultSchema
      .nullable()
      .meta({ description: 'Whether members are in (on) unless they opt out; null when not stated.' }),
    /** How LinkedIn takes members to accept: `continued-use` or `consent`; `null` when not stated. */
    acceptance: AcceptanceSchema
      .nullable()
      .meta({ description: 'How LinkedIn takes members to accept; null when not stated.' }),
    /** A `lawfulBases` id from the vocabulary; `null` when no source states one. */
    lawfulBasis: LawfulBasisIdSchema.nullable().meta({ description: 'A lawfulBases id; null when none is stated.' }),
    /** `dataCategories` ids of the data used; `null` when no source lists them. */
    dataCategories: z
      .array(DataCategoryIdSchema)
      .nullable()
      .meta({ description: 'dataCategories ids used; null when no source lists them.' }),
    /** `excludedData` ids of data never used; `null` when no source lists them. */
    excludedData: z
      .array(ExcludedDataIdSchema)
      .nullable()
      .meta({ description: 'excludedData ids never used; null when no source lists them.' }),
    /** Members younger than this, in whole years, are excluded; `null` when no age rule is documented. */
    minimumAge: z
      .int()
      .min(1)
      .max(21)
      .nullable()
      .meta({ description: 'Members younger than this (whole years) are excluded; null when no age rule is documented.' }),
    /** What opting out does and how; `null` when not documented. */
    optOut: OptOutSchema.nullable(),
    /** Anything a reader should know that the fields cannot say. */
    notes: z.array(z.string().min(1)),
};

/**
 * One entry of a region's timeline for a purpose: what applies from `effectiveFrom` (00:00 in the member's
 * zone) until the next entry. `status` is `subject`, `not-subject` (with `statusReason` saying whether the
 * region is `excluded` or the use was `paused`) or `unknown`. Fields a source does not document are `null`.
 *
 * @example
 * ```ts
 * import { ProvisionSchema } from 'linkedin-policy-data/schema';
 * // no citations: every provision must cite a source
 * ProvisionSchema.safeParse({ effectiveFrom: '2025-11-03', status: 'subject' }).success; // => false
 * ```
 */
export const ProvisionSchema = z
  .strictObject({
    ...provisionFields,
    /** The evidence: quotes from sources, each naming the claims of the provision it supports. */
    citations: ProvisionCitationsSchema,
  })
  .superRefine((provision, ctx) => {
    const claims = new Set(claimStatements(provision).map((claim) => claim.key));
    const supported = new Set<string>();
    provision.citations.forEach((citation, i) => {
      citation.supports.forEach((key, k) => {
        supported.add(key);
        if (!claims.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['citations', i, 'supports', k],
            message: `the provision from ${provision.effectiveFrom} makes no claim "${key}", yet a citation of "${citation.source}" supports it`,
          });
        }
      });
    });
    for (const key of claims) {
      if (!supported.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['citations'],
          message: `the provision from ${provision.effectiveFrom} claims "${key}", but no citation supports it`,
        });
      }
    }
    checkStatusReason(provision, ctx);
  });

function checkStatusReason(provision: { status: string; statusReason: string | null }, ctx: z.core.$RefinementCtx<unknown>): void {
  if ((provision.status === 'not-subject') !== (provision.statusReason !== null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusReason'],
      message: 'statusReason is required when status is "not-subject" and must be null otherwise',
    });
  }
}

/**
 * A region's timeline for one purpose: provisions sorted by `effectiveFrom`, no two on the same date. Each
 * provision runs until the next one starts, so a timeline has no gaps and no overlaps.
 *
 * @example
 * ```ts
 * import { RegionTimelineSchema } from 'linkedin-policy-data/schema';
 * RegionTimelineSchema.safeParse([]).success; // => false
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

/**
 * A provision as the library hands it out: the fields of the provision in `data/<purpose>.json` and, in place of
 * its citation list, `claims`: one per fact it states, each with the quotes that support it (naming their
 * sources by id) and the confidence they give it.
 *
 * @example
 * ```ts
 * import { ProvisionWithClaimsSchema } from 'linkedin-policy-data/schema';
 * Object.keys(ProvisionWithClaimsSchema.shape).at(-1); // => 'claims'
 * 'citations' in ProvisionWithClaimsSchema.shape; // => false
 * ```
 */
export const ProvisionWithClaimsSchema = z.strictObject({
  ...provisionFields,
  /**
   * One claim per fact the provision states, in the order status, default, acceptance, lawful basis, minimum age,
   * data categories, excluded data, opt-out effect, opt-out paths.
   */
  claims: z.array(ClaimSchema).readonly().meta({ description: 'One claim per fact the provision states, each with its citations and confidence.' }),
}).superRefine(checkStatusReason);

export type { OptOut, OptOutPath, Provision, ProvisionRecord } from '../types/provision.js';
