import * as z from 'zod';
import { PurposeIdSchema, VocabularyIdSchema } from './ids.js';

const entry = <Id extends z.ZodType<string>>(id: Id) =>
  z.strictObject({
    id,
    label: z.string().min(1).meta({ description: 'A short human-readable name.' }),
    description: z.string().min(1).meta({ description: 'One line saying what the id covers.' }),
  });

/**
 * One entry of the vocabulary: an id with its label and a one-line description.
 *
 * @example
 * ```ts
 * import { VocabularyEntrySchema } from 'linkedin-policy-data/schema';
 * VocabularyEntrySchema.parse({ id: 'profile', label: 'Profile', description: 'Name, photo, …' });
 * ```
 */
export const VocabularyEntrySchema = entry(VocabularyIdSchema);

const uniqueIds = (entries: readonly { id: string }[], ctx: z.core.$RefinementCtx<unknown>, key: string) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${e.id}"` });
    seen.add(e.id);
  });
};

/**
 * `data/vocabulary.json`: every id the timelines may use, each defined once — purposes, data categories,
 * excluded data and lawful bases.
 *
 * @example
 * ```ts
 * import { VocabularyFileSchema } from 'linkedin-policy-data/schema';
 * import vocabulary from 'linkedin-policy-data/data/vocabulary.json' with { type: 'json' };
 * VocabularyFileSchema.parse(vocabulary).dataCategories.length > 0; // true
 * ```
 */
export const VocabularyFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    purposes: z.array(entry(PurposeIdSchema)).min(1),
    dataCategories: z.array(VocabularyEntrySchema).min(1),
    excludedData: z.array(VocabularyEntrySchema),
    lawfulBases: z.array(VocabularyEntrySchema),
  })
  .superRefine((file, ctx) => {
    uniqueIds(file.purposes, ctx, 'purposes');
    uniqueIds(file.dataCategories, ctx, 'dataCategories');
    uniqueIds(file.excludedData, ctx, 'excludedData');
    uniqueIds(file.lawfulBases, ctx, 'lawfulBases');
  })
  .meta({ title: 'linkedin-policy-data vocabulary', description: 'Ids used by the timelines, each defined once.' });

/** An id with its label and description. */
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
/** The parsed contents of `data/vocabulary.json`. */
export type VocabularyFile = z.infer<typeof VocabularyFileSchema>;
