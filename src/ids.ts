/**
 * The purpose and region ids, written once. The zod schemas build their enums from these lists and the
 * engine checks input against them without loading zod.
 */
export const PURPOSE_IDS = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'] as const;
export const REGION_IDS = ['eu', 'eea', 'ch', 'gb', 'ca', 'hk', 'us', 'rest-of-world'] as const;

const purposeSet: ReadonlySet<unknown> = new Set(PURPOSE_IDS);

/** Whether a value is one of {@link PURPOSE_IDS}. */
export function isPurposeId(value: unknown): value is PurposeId {
  return purposeSet.has(value);
}

/** A purpose id. */
export type PurposeId = (typeof PURPOSE_IDS)[number];
/** A region id. */
export type RegionId = (typeof REGION_IDS)[number];
