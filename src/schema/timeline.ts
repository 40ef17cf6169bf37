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
 * PurposeTimelineFileSchema.parse(aiTraining).purpose; // 'ai-training'
 * ```
 */
export const PurposeTimelineFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    purpose: PurposeIdSchema,
    regions: z.record(RegionIdSchema, RegionTimelineSchema),
  })
  .meta({ title: 'linkedin-policy-data purpose timeline', description: "One purpose's provisions, region by region." });

/** The parsed contents of a purpose's timeline file. */
export type PurposeTimelineFile = z.infer<typeof PurposeTimelineFileSchema>;
