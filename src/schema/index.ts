/**
 * The zod schemas of the dataset, for validating custom or patched data. The main entry does not load zod;
 * this one does.
 *
 * @example
 * ```ts
 * import { ProvisionSchema } from 'linkedin-policy-data/schema';
 * ProvisionSchema.shape.status.options; // => ['subject', 'not-subject', 'unknown']
 * ```
 *
 * @module linkedin-policy-data/schema
 */
export * from './archive.js';
export * from './citation.js';
export * from './claim.js';
export * from './dataset.js';
export * from './ids.js';
export * from './meta.js';
export * from './provision.js';
export * from './regions.js';
export * from './sources.js';
export * from './timeline.js';
export * from './vocabulary.js';
export * from './vocabulary-mapping.js';
export * from './decision.js';
