import * as z from 'zod';
import { PurposeIdSchema, RegionIdSchema } from './ids.js';
import { RegionTimelineSchema } from './provision.js';

/**
 * `data/<purpose>.json`: one purpose's timeline for every region.
 *
 * @example
 * ```ts
 * import { PurposeTimelineFileSchema } from 'linkedin-policy-data/schema';
 * import aiTraining from 'linkedin-policy-data/data/ai-training.json' with { type: 'json' };
 * PurposeTimelineFileSchema.parse(aiTraining).purpose; // => 'ai-training'
 * ```
 */
export const PurposeTimelineFileSchema = z
  .strictObject({
    /** The JSON Schema file editors validate against. */
    $schema: z.string().optional(),
    /** The purpose this file is the timeline of. */
    purpose: PurposeIdSchema,
    /** Each region's provisions, oldest first. */
    regions: z.record(RegionIdSchema, RegionTimelineSchema),
  })
  .meta({ title: 'linkedin-policy-data purpose timeline', description: "One purpose's provisions, region by region." });

/**
 * The parsed contents of a purpose's timeline file, `data/<purpose>.json`.
 *
 * @example
 * ```ts
 * import { PurposeTimelineFileSchema, type PurposeTimelineFile } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/microsoft-ai-training.json' with { type: 'json' };
 * const file: PurposeTimelineFile = PurposeTimelineFileSchema.parse(json);
 * file.regions.gb.map((provision) => provision.status); // => ['unknown', 'subject']
 * ```
 *
 * @interface
 */
export type PurposeTimelineFile = z.infer<typeof PurposeTimelineFileSchema>;
