import * as z from 'zod';
import { IsoDateSchema } from './ids.js';

/**
 * `data/meta.json`: when the dataset's coverage starts and the date its facts were last verified.
 *
 * @example
 * ```ts
 * import { MetaFileSchema } from 'linkedin-policy-data/schema';
 * import meta from 'linkedin-policy-data/data/meta.json' with { type: 'json' };
 * MetaFileSchema.parse(meta).coverageStart; // '2024-09-18'
 * ```
 */
export const MetaFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    coverageStart: IsoDateSchema.meta({ description: 'Every timeline starts here; before it, every answer is unknown.' }),
    asOf: IsoDateSchema.meta({ description: 'The date the facts were last verified against the sources.' }),
  })
  .meta({ title: 'linkedin-policy-data metadata', description: 'Coverage start and verification date.' });

/** The parsed contents of `data/meta.json`. */
export type MetaFile = z.infer<typeof MetaFileSchema>;
