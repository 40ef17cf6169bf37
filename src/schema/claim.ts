import * as z from 'zod';
import { CLAIM_FIELDS } from '../evidence/claim-keys.js';
import { DataCategoryIdSchema, ExcludedDataIdSchema, LawfulBasisIdSchema, VocabularyIdSchema } from './ids.js';
import { AcceptanceSchema, DefaultSchema, OptOutEffectSchema, ProvisionStatusSchema } from './provision-fields.js';
import { ConfidenceSchema, SourceSchema } from './sources.js';

/**
 * The kind of fact a claim states: `status`, `default`, `acceptance`, `lawfulBasis`, `minimumAge` and
 * `optOut.effect` are single facts; `dataCategories`, `excludedData` and `optOut.paths` make one claim per entry.
 *
 * @example
 * ```ts
 * import { ClaimFieldSchema } from 'linkedin-policy-data/schema';
 * ClaimFieldSchema.options.length; // => 9
 * ```
 */
export const ClaimFieldSchema = z.enum(CLAIM_FIELDS);

/**
 * A claim's citation as handed out: the citation (`source`, `quote`) resolved to its {@link SourceSchema | source}.
 *
 * @example
 * ```ts
 * import { ClaimCitationSchema } from 'linkedin-policy-data/schema';
 * Object.keys(ClaimCitationSchema.shape).includes('source'); // => true
 * ```
 */
export const ClaimCitationSchema = SourceSchema.extend({
  /** The id of the source, as the citation in the data names it (the same as `id`). */
  source: VocabularyIdSchema.meta({ description: 'The id of the source, as the citation names it (the same as id).' }),
});

const described = <Schema extends z.ZodType>(schema: Schema) =>
  schema.meta({ description: "The field's value; for a list field the one entry (an opt-out path by its url, else its label)." });

// What each kind of claim states: a null field and an opt-out effect of `unknown` make no claim.
const CLAIM_VALUE = {
  status: described(ProvisionStatusSchema),
  default: described(DefaultSchema),
  acceptance: described(AcceptanceSchema),
  lawfulBasis: described(LawfulBasisIdSchema),
  minimumAge: described(z.int()),
  dataCategories: described(DataCategoryIdSchema),
  excludedData: described(ExcludedDataIdSchema),
  'optOut.effect': described(OptOutEffectSchema.exclude(['unknown'])),
  'optOut.paths': described(z.string()),
} as const satisfies Record<(typeof CLAIM_FIELDS)[number], z.ZodType>;

/** The claim of kind `field`, its `value` typed by the field. */
const claimOf = <Field extends keyof typeof CLAIM_VALUE>(field: Field) =>
  z.strictObject({
    /** The kind of fact. */
    field: z.literal(field),
    /** The fact: the field's value, or for a list field the one entry (an opt-out path by its url, else its label). */
    value: CLAIM_VALUE[field],
    /** The best confidence among the citations' sources. */
    confidence: ConfidenceSchema,
    /** The quotes that support the fact, each resolved to its source: at least one. */
    citations: z.array(ClaimCitationSchema).min(1).readonly().meta({ description: 'The quotes that support the fact, each with its source.' }),
  });

/**
 * One fact a provision states, with the citations that support it and the confidence they give it: the best
 * confidence among its citations' sources (LinkedIn's own text or a regulator: `high`; the press quoting
 * LinkedIn: `medium`; other summaries: `low`). The kinds are told apart by `field`, which types `value`.
 *
 * @example
 * ```ts
 * import { ClaimSchema } from 'linkedin-policy-data/schema';
 * const claim = { field: 'dataCategories', value: 'privat-messages', confidence: 'high', citations: [] };
 * ClaimSchema.safeParse(claim).success; // => false
 * ```
 */
export const ClaimSchema = z.discriminatedUnion('field', [
  claimOf('status'),
  claimOf('default'),
  claimOf('acceptance'),
  claimOf('lawfulBasis'),
  claimOf('minimumAge'),
  claimOf('dataCategories'),
  claimOf('excludedData'),
  claimOf('optOut.effect'),
  claimOf('optOut.paths'),
]);

export type { Claim, ClaimCitation, ClaimField, ClaimOf, ClaimValues } from '../types/provision.js';
