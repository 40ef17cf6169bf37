/**
 * The purpose and region ids, written once. The zod schemas build their enums from these lists and the
 * engine checks input against them without loading zod.
 */
export const PURPOSE_IDS = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'] as const;
export const REGION_IDS = ['eu', 'eea', 'ch', 'gb', 'ca', 'hk', 'us', 'rest-of-world'] as const;

const purposeSet: ReadonlySet<unknown> = new Set(PURPOSE_IDS);

/** Whether a value is one of {@link PURPOSE_IDS}. */
export function isPurposeId(value: unknown): value is (typeof PURPOSE_IDS)[number] {
  return purposeSet.has(value);
}
