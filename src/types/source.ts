import type { Confidence } from './ids.js';

/**
 * A dated archived copy of a source: a repository (Open Terms Archive's, on GitHub), a file and a commit.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Archive } from 'linkedin-policy-data';
 * const archives: Archive[] = explainAiTraining({ country: 'IE' }, '2025-11-03').sources.flatMap((s) => (s.archive ? [s.archive] : []));
 * archives.every((archive) => archive.repository.startsWith('OpenTermsArchive/')); // => true
 * ```
 */
export interface Archive {
  /** The archive's repository, `owner/name` on GitHub, e.g. `OpenTermsArchive/pga-versions`. */
  readonly repository: string;
  /** The file in the repository. */
  readonly path: string;
  /** The commit that holds the text quoted, abbreviated or full. */
  readonly commit: string;
}

/**
 * A source as recorded in `data/sources.json`: what it is, where to read it, and how far to trust it.
 *
 * @example
 * ```ts
 * import { SourcesFileSchema, type SourceRecord } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/sources.json' with { type: 'json' };
 * const byId = new Map<string, SourceRecord>(SourcesFileSchema.parse(json).sources.map((s) => [s.id, s]));
 * byId.get('ico-2024-09-20')?.confidence; // => 'high'
 * ```
 */
export interface SourceRecord {
  /** The id citations use. */
  readonly id: string;
  /** The title of the document or article. */
  readonly title: string;
  /** Who published it: LinkedIn, a regulator, a newspaper. */
  readonly publisher: string;
  /** Where the source is published (`https`); `null` when it has no public address. */
  readonly url: string | null;
  /** A dated archived snapshot, where there is one. */
  readonly archive: Archive | null;
  /** When the source was published or took effect (`YYYY-MM-DD`); `null` when not stated. */
  readonly published: string | null;
  /** When the project last read the source (`YYYY-MM-DD`). */
  readonly retrieved: string;
  /** How far it can be trusted: `high`, `medium` or `low`. */
  readonly confidence: Confidence;
  /** Caveats, such as where the source disagrees with others. */
  readonly notes: readonly string[];
}

/**
 * A source as a decision hands it out: the source record plus the verbatim quote that supports the provision.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Source } from 'linkedin-policy-data';
 * const sources: readonly Source[] = explainAiTraining({ country: 'GB' }, '2024-10-01').sources;
 * sources.map((source) => source.id); // => ['ico-2024-09-20']
 * ```
 */
export interface Source extends SourceRecord {
  /** The words of the source that support the provision, verbatim. */
  readonly quote: string;
}
