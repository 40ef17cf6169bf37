import * as z from 'zod';
import { requireNoteForNull, vocabularyMappingShape } from './mapping-fields.js';

export { DpvIriSchema, FideslangKeySchema } from './mapping-fields.js';

/**
 * The mapping of one id to DPV IRIs and fideslang keys, with its note.
 *
 * @example
 * ```ts
 * import { VocabularyMappingSchema } from 'linkedin-policy-data/schema';
 * VocabularyMappingSchema.safeParse({ dpv: null, fideslang: ['train_ai_system'] }).success; // => false
 * ```
 */
export const VocabularyMappingSchema = z.strictObject(vocabularyMappingShape).superRefine(requireNoteForNull);
