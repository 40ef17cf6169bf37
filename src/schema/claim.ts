import * as z from 'zod';
import { CLAIM_FIELDS } from '../evidence/claim-keys.js';
import { VocabularyIdSchema } from './ids.js';
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

/**
 * One fact a provision states, with the citations that support it and the confidence they give it: the best
 * confidence among its citations' sources (LinkedIn's own text or a regulator: `high`; the press quoting
 * LinkedIn: `medium`; other summaries: `low`).
 *
 * @example
 * ```ts
 * import { ClaimSchema } from 'linkedin-policy-data/schema';
 * ClaimSchema.shape.confidence.options; // => ['high', 'medium', 'low']
 * ```
 */
export const ClaimSchema = z.strictObject({
  /** The kind of fact. */
  field: ClaimFieldSchema,
  /** The fact: the field's value, or for a list field the one entry (an opt-out path by its url, else its label). */
  value: z
    .union([z.string(), z.number(), z.boolean(), z.null()])
    .meta({ description: "The field's value; for a list field the one entry (an opt-out path by its url, else its label)." }),
  /** The best confidence among the citations' sources. */
  confidence: ConfidenceSchema,
  /** The quotes that support the fact, each resolved to its source: at least one. */
  citations: z.array(ClaimCitationSchema).min(1).readonly().meta({ description: 'The quotes that support the fact, each with its source.' }),
});

export type { Claim, ClaimCitation, ClaimField } from '../types/provision.js';
