import * as z from 'zod';
import { CONFIDENCE_LEVELS } from '../evidence/confidence.js';
import { ArchiveSchema } from './archive.js';
import { IsoDateSchema, VocabularyIdSchema } from './ids.js';

/**
 * How far a source can be trusted: `high` is LinkedIn's own text or a regulator, `medium` is the press quoting
 * LinkedIn, `low` is a secondary summary.
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from 'linkedin-policy-data/schema';
 * ConfidenceSchema.options; // => ['high', 'medium', 'low']
 * ```
 */
export const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS);

/**
 * One piece of evidence in `data/sources.json`.
 *
 * @example
 * ```ts
 * import { SourceRecordSchema } from 'linkedin-policy-data/schema';
 * SourceRecordSchema.shape.confidence.options; // => ['high', 'medium', 'low']
 * ```
 */
export const SourceRecordSchema = z.strictObject({
  /** The id citations use. */
  id: VocabularyIdSchema,
  /** The title of the document or article. */
  title: z.string().min(1),
  /** Who published it: LinkedIn, a regulator, a newspaper. */
  publisher: z.string().min(1),
  /** Where the source is published; `null` when it has no public address. */
  url: z.url({ protocol: /^https$/ }).nullable().meta({ description: 'Where the source is published; null when it has no public address.' }),
  /** The archived revision that holds the source's quotes, where the source is archived; see also `revisions`. */
  archive: ArchiveSchema.nullable().meta({ description: "The archived revision that holds the source's quotes, where there is one." }),
  /**
   * Other archived revisions of the same document, oldest first: those the data quotes (a citation names one by
   * its commit in `revision`) and newer captures read and found to leave every quote in force unchanged; empty
   * when every quote is in `archive` and no newer capture has been read.
   */
  revisions: z.array(ArchiveSchema).meta({
    description: 'Other archived revisions, oldest first: those the data quotes (a citation names one by its commit) and newer captures read and found to change no quote in force.',
  }),
  /** When the source was published or took effect; `null` when not stated. */
  published: IsoDateSchema.nullable().meta({ description: 'When the source was published or took effect; null when not stated.' }),
  /** When the project last read the source. */
  retrieved: IsoDateSchema.meta({ description: 'When the project last read the source.' }),
  /** How far it can be trusted: `high`, `medium` or `low`. */
  confidence: ConfidenceSchema,
  /** Caveats, such as where the source disagrees with others. */
  notes: z.array(z.string().min(1)),
});

/**
 * `data/sources.json`: every source the timelines cite, each id defined once.
 *
 * @example
 * ```ts
 * import { SourcesFileSchema } from 'linkedin-policy-data/schema';
 * import sources from 'linkedin-policy-data/data/sources.json' with { type: 'json' };
 * SourcesFileSchema.parse(sources).sources.length > 0; // => true
 * ```
 */
export const SourcesFileSchema = z
  .strictObject({
    /** The JSON Schema file editors validate against. */
    $schema: z.string().optional(),
    /** Every source, each id once. */
    sources: z.array(SourceRecordSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((source, i) => {
      if (seen.has(source.id)) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${source.id}"` });
      }
      seen.add(source.id);
      if (source.archive === null && source.revisions.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'revisions'], message: `source "${source.id}" lists revisions but no archive` });
      }
    });
  })
  .meta({ title: 'linkedin-policy-data sources', description: 'The evidence the timelines cite.' });

/**
 * A source as the library hands it out — in a decision's `sources`, from `sourceById` — the same record as in
 * `data/sources.json`, once per decision; claims name it by id and carry the quotes.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'linkedin-policy-data/schema';
 * Object.keys(SourceSchema.shape).includes('quote'); // => false
 * ```
 */
export const SourceSchema = SourceRecordSchema;

/**
 * The parsed contents of `data/sources.json`.
 *
 * @example
 * ```ts
 * import { SourcesFileSchema, type SourcesFile } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/sources.json' with { type: 'json' };
 * const file: SourcesFile = SourcesFileSchema.parse(json);
 * file.sources.some((source) => source.id === 'ota-erpn-2025'); // => true
 * ```
 *
 * @interface
 */
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
export type { Confidence } from '../types/ids.js';
export type { Source, SourceId, SourceRecord } from '../types/source.js';
