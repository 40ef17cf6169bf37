import * as z from 'zod';
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
export type { Citation } from '../types/provision.js';
