import * as z from 'zod';
import { PurposeIdSchema, VocabularyIdSchema } from './ids.js';
import { requireNoteForNull, vocabularyMappingShape } from './mapping-fields.js';

const entry = <Id extends z.ZodType<string>>(id: Id) =>
  z.strictObject({
    id,
    /** A short human-readable name. */
    label: z.string().min(1).meta({ description: 'A short human-readable name.' }),
    /** One line saying what the id covers. */
    description: z.string().min(1).meta({ description: 'One line saying what the id covers.' }),
    ...vocabularyMappingShape,
  }).superRefine(requireNoteForNull);

/**
 * One entry of the vocabulary: an id with its label, a one-line description and its closest terms in the W3C
 * Data Privacy Vocabulary and in fideslang.
 *
 * @example
 * ```ts
 * import { VocabularyEntrySchema } from 'linkedin-policy-data/schema';
 * VocabularyEntrySchema.parse({
 *   id: 'profile',
 *   label: 'Profile',
 *   description: 'Name, photo, …',
 *   dpv: ['https://w3id.org/dpv/pd#IndividualProfile'],
 *   fideslang: ['user.demographic.profile'],
 * });
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
 * excluded data, lawful bases and data subjects — each with its closest DPV and fideslang terms.
 *
 * @example
 * ```ts
 * import { VocabularyFileSchema } from 'linkedin-policy-data/schema';
 * import vocabulary from 'linkedin-policy-data/data/vocabulary.json' with { type: 'json' };
 * VocabularyFileSchema.parse(vocabulary).dataCategories.length > 0; // => true
 * ```
 */
export const VocabularyFileSchema = z
  .strictObject({
    /** The JSON Schema file editors validate against. */
    $schema: z.string().optional(),
    /** The purposes, with labels and descriptions. */
    purposes: z.array(entry(PurposeIdSchema)).min(1),
    /** The kinds of member data a provision may use. */
    dataCategories: z.array(VocabularyEntrySchema).min(1),
    /** The kinds of data a provision may say are never used. */
    excludedData: z.array(VocabularyEntrySchema),
    /** The lawful bases a provision may rest on. */
    lawfulBases: z.array(VocabularyEntrySchema),
    /** The people whose data the purposes use: members, and members under 18. */
    dataSubjects: z.array(VocabularyEntrySchema).min(1),
  })
  .superRefine((file, ctx) => {
    uniqueIds(file.purposes, ctx, 'purposes');
    uniqueIds(file.dataCategories, ctx, 'dataCategories');
    uniqueIds(file.excludedData, ctx, 'excludedData');
    uniqueIds(file.lawfulBases, ctx, 'lawfulBases');
    uniqueIds(file.dataSubjects, ctx, 'dataSubjects');
  })
  .meta({ title: 'linkedin-policy-data vocabulary', description: 'Ids used by the timelines, each defined once.' });

/**
 * A vocabulary id with its label and one-line description.
 *
 * @example
 * ```ts
 * import { VocabularyFileSchema, type VocabularyEntry } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/vocabulary.json' with { type: 'json' };
 * const bases: VocabularyEntry[] = VocabularyFileSchema.parse(json).lawfulBases;
 * bases.map((entry) => entry.label); // => ['Legitimate interests']
 * ```
 *
 * @interface
 */
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
/**
 * The parsed contents of `data/vocabulary.json`.
 *
 * @example
 * ```ts
 * import { VocabularyFileSchema, type VocabularyFile } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/vocabulary.json' with { type: 'json' };
 * const vocabulary: VocabularyFile = VocabularyFileSchema.parse(json);
 * vocabulary.excludedData.map((entry) => entry.id).includes('private-messages'); // => true
 * ```
 *
 * @interface
 */
export type VocabularyFile = z.infer<typeof VocabularyFileSchema>;
