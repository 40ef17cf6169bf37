import * as z from 'zod';
import { PURPOSE_IDS, REGION_IDS } from '../ids.js';
import { DATA_CATEGORY_IDS, EXCLUDED_DATA_IDS, LAWFUL_BASIS_IDS } from '../generated/vocabulary-ids.js';

/**
 * The purposes the dataset tracks. Adding one is a data change plus this list, which is what makes it a
 * type change for consumers (see the versioning guide).
 *
 * @example
 * ```ts
 * import { PurposeIdSchema } from 'linkedin-policy-data/schema';
 * PurposeIdSchema.parse('ai-training'); // => 'ai-training'
 * ```
 */
export const PurposeIdSchema = z
  .enum(PURPOSE_IDS)
  .meta({ description: 'A data-use purpose tracked by the dataset.' });

/**
 * The regions LinkedIn's policy distinguishes. Every ISO 3166-1 alpha-2 code belongs to exactly one.
 *
 * @example
 * ```ts
 * import { RegionIdSchema } from 'linkedin-policy-data/schema';
 * RegionIdSchema.options.includes('gb'); // => true
 * ```
 */
export const RegionIdSchema = z
  .enum(REGION_IDS)
  .meta({ description: 'A policy region.' });

/**
 * A calendar date written `YYYY-MM-DD`; impossible dates such as `2025-02-30` are rejected.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'linkedin-policy-data/schema';
 * IsoDateSchema.safeParse('2025-02-30').success; // => false
 * ```
 */
export const IsoDateSchema = z.iso.date().meta({ description: 'A calendar date, YYYY-MM-DD.' });

/**
 * An id in the dataset's vocabulary: lower-case words joined by hyphens.
 *
 * @example
 * ```ts
 * import { VocabularyIdSchema } from 'linkedin-policy-data/schema';
 * VocabularyIdSchema.safeParse('member-content').success; // => true
 * ```
 */
export const VocabularyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens')
  .meta({ description: 'A vocabulary id (lower-case, hyphenated).' });
/**
 * The `lawfulBases` ids of `data/vocabulary.json`: the lawful bases a provision may rest on.
 *
 * @example
 * ```ts
 * import { LawfulBasisIdSchema } from 'linkedin-policy-data/schema';
 * LawfulBasisIdSchema.safeParse('legitimate-interest').success; // => false
 * ```
 */
export const LawfulBasisIdSchema = z
  .enum(LAWFUL_BASIS_IDS, { error: (issue) => `unknown lawful basis ${JSON.stringify(issue.input)}` })
  .meta({ description: 'A lawfulBases id of the vocabulary.' });

/**
 * The `dataCategories` ids of `data/vocabulary.json`: the kinds of member data a provision may use.
 *
 * @example
 * ```ts
 * import { DataCategoryIdSchema } from 'linkedin-policy-data/schema';
 * DataCategoryIdSchema.safeParse('profile').success; // => true
 * ```
 */
export const DataCategoryIdSchema = z
  .enum(DATA_CATEGORY_IDS, { error: (issue) => `unknown data category ${JSON.stringify(issue.input)}` })
  .meta({ description: 'A dataCategories id of the vocabulary.' });

/**
 * The `excludedData` ids of `data/vocabulary.json`: the kinds of data a provision may say are never used.
 *
 * @example
 * ```ts
 * import { ExcludedDataIdSchema } from 'linkedin-policy-data/schema';
 * ExcludedDataIdSchema.safeParse('privat-messages').success; // => false
 * ```
 */
export const ExcludedDataIdSchema = z
  .enum(EXCLUDED_DATA_IDS, { error: (issue) => `unknown excluded-data id ${JSON.stringify(issue.input)}` })
  .meta({ description: 'An excludedData id of the vocabulary.' });

export type { DataCategoryId, ExcludedDataId, LawfulBasisId, PurposeId, RegionId } from '../types/ids.js';
