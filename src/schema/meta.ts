import * as z from 'zod';
import { IsoDateSchema } from './ids.js';

/**
 * `data/meta.json`: when the dataset's coverage starts and the date its facts were last verified.
 *
 * @example
 * ```ts
 * import { MetaFileSchema } from 'linkedin-policy-data/schema';
 * import meta from 'linkedin-policy-data/data/meta.json' with { type: 'json' };
 * MetaFileSchema.parse(meta).coverageStart; // => '2024-09-18'
 * ```
 */
export const MetaFileSchema = z
  .strictObject({
    /** The JSON Schema file editors validate against. */
    $schema: z.string().optional(),
    /** The first date the data covers: every timeline starts here, and before it every answer is `unknown`. */
    coverageStart: IsoDateSchema.meta({ description: 'Every timeline starts here; before it, every answer is unknown.' }),
    /** The date the facts were last verified against the sources. */
    asOf: IsoDateSchema.meta({ description: 'The date the facts were last verified against the sources.' }),
  })
  .meta({ title: 'linkedin-policy-data metadata', description: 'Coverage start and verification date.' });

/**
 * The parsed contents of `data/meta.json`.
 *
 * @example
 * ```ts
 * import { MetaFileSchema, type MetaFile } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/meta.json' with { type: 'json' };
 * const meta: MetaFile = MetaFileSchema.parse(json);
 * meta.coverageStart; // => '2024-09-18'
 * ```
 *
 * @interface
 */
export type MetaFile = z.infer<typeof MetaFileSchema>;
