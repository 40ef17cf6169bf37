import * as z from 'zod';
import { CLAIM_FIELDS } from '../evidence/claim-keys.js';
import { DataCategoryIdSchema, ExcludedDataIdSchema, LawfulBasisIdSchema, VocabularyIdSchema } from './ids.js';
import { CommitSchema, SecondaryCopySchema } from './archive.js';
import { AcceptanceSchema, DefaultSchema, OptOutEffectSchema, ProvisionStatusSchema } from './provision-fields.js';
import { ConfidenceSchema } from './sources.js';

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
 * A claim's citation as handed out: the source by id, the quote verbatim, the full commit of the archived
 * revision that holds the quote (`null` when the source is not archived) and, where only a secondary copy had the
 * quote, where it was read. The source record itself stands once, in the decision's `sources`.
 *
 * @example
 * ```ts
 * import { ClaimCitationSchema } from 'linkedin-policy-data/schema';
 * ClaimCitationSchema.safeParse({ source: 'ico-2024-09-20', quote: 'paused', revision: null }).success; // => true
 * ClaimCitationSchema.safeParse({ source: 'ico-2024-09-20', quote: 'paused', revision: null, url: 'https://ico.org.uk/' }).success; // => false
 * ```
 */
export const ClaimCitationSchema = z.strictObject({
  /** The id of the source quoted, as in `data/sources.json`. */
  source: VocabularyIdSchema.meta({ description: 'The id of the source quoted, as in data/sources.json.' }),
  /** The words of the source that support the claim, verbatim. */
  quote: z.string().min(1).meta({ description: 'The words of the source that support the claim, verbatim.' }),
  /** The full commit of the archived revision that holds the quote; `null` when the source is not archived. */
  revision: CommitSchema.nullable().meta({ description: 'The full commit of the archived revision that holds the quote; null when the source is not archived.' }),
  /** Where the quote was read, when only a secondary copy of the source had it; absent otherwise. */
  foundIn: SecondaryCopySchema.optional().meta({ description: 'Where the quote was read, when only a secondary copy of the source had it.' }),
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
    /** The quotes that support the fact, each naming its source by id: at least one. */
    citations: z.array(ClaimCitationSchema).min(1).readonly().meta({ description: 'The quotes that support the fact, each naming its source by id.' }),
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
