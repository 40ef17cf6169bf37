import * as z from 'zod';
import { CommitSchema, SecondaryCopySchema } from './archive.js';
import { VocabularyIdSchema } from './ids.js';

/**
 * A claim's evidence: the id of a source in `data/sources.json` and the words of that source, verbatim, that
 * support the claim.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'linkedin-policy-data/schema';
 * CitationSchema.parse({ source: 'article-2025', quote: 'private messages are excluded' });
 * ```
 */
export const CitationSchema = z.strictObject({
  /** The id of the source in `data/sources.json`. */
  source: VocabularyIdSchema.meta({ description: 'The id of a source in data/sources.json.' }),
  /** The words of the source that support the claim, verbatim. */
  quote: z.string().min(1).meta({ description: 'The words of the source that support the claim, verbatim.' }),
  /**
   * The full commit of the archived revision that holds the quote, where the source has several (`archive` and
   * `revisions` in `data/sources.json`); without it the quote is in the source's `archive`.
   */
  revision: CommitSchema.optional().meta({ description: "The commit of the source's archived revision that holds the quote; default: its archive." }),
  /** Where the quote was read when it was found only in a secondary copy of the source (press, a proxy of a page). */
  foundIn: SecondaryCopySchema.optional().meta({ description: 'Where the quote was read, when only a secondary copy of the source had it.' }),
});

/**
 * A citation in a provision: a {@link CitationSchema | citation} that also says which of the provision's claims
 * it supports, by claim key — the field name for a single fact (`status`, `default`, `acceptance`, `lawfulBasis`,
 * `minimumAge`, `optOut.effect`) and `field:value` for one entry of a list (`dataCategories:profile`,
 * `excludedData:private-messages`, `optOut.paths:<the path's url, else its label>`).
 *
 * @example
 * ```ts
 * import { ProvisionCitationSchema } from 'linkedin-policy-data/schema';
 * ProvisionCitationSchema.safeParse({ source: 'ico-2024-09-20', quote: 'paused', supports: ['status'] }).success; // => true
 * ProvisionCitationSchema.safeParse({ source: 'ico-2024-09-20', quote: 'paused', supports: [] }).success; // => false
 * ```
 */
export const ProvisionCitationSchema = CitationSchema.extend({
  /** The keys of the claims of the provision that this quote supports: at least one. */
  supports: z
    .array(z.string().min(1))
    .min(1, 'a citation must support at least one claim')
    .meta({ description: "Keys of the provision's claims this quote supports: 'status', 'lawfulBasis', 'dataCategories:profile', …" }),
});

/**
 * One or more citations: every claim in the data carries at least one.
 *
 * @example
 * ```ts
 * import { CitationsSchema } from 'linkedin-policy-data/schema';
 * CitationsSchema.safeParse([]).success; // => false
 * ```
 */
export const CitationsSchema = z.array(CitationSchema).min(1, 'at least one citation is required');

/**
 * A provision's citations: at least one, each naming the claims it supports.
 *
 * @example
 * ```ts
 * import { ProvisionCitationsSchema } from 'linkedin-policy-data/schema';
 * ProvisionCitationsSchema.safeParse([]).success; // => false
 * ```
 */
export const ProvisionCitationsSchema = z.array(ProvisionCitationSchema).min(1, 'at least one citation is required');

export type { Citation, ProvisionCitation } from '../types/provision.js';
