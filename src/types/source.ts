import type { Confidence } from './ids.js';

/**
 * A dated archived copy of a source: a repository (Open Terms Archive's, on GitHub), a file, a full commit and
 * the date the archive recorded it.
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
  /** The full (40-digit) commit that holds the text quoted. */
  readonly commit: string;
  /** When the archive recorded this text (the commit's date), `YYYY-MM-DD`. */
  readonly captured: string;
}

/**
 * Where a quote was read when only a secondary copy of its source had it: a press article quoting the source,
 * or a copy of a page served by another host.
 *
 * @example
 * ```ts
 * import { timeline, type SecondaryCopy } from 'linkedin-policy-data';
 * const copies: SecondaryCopy[] = timeline('DE', 'ai-training').flatMap((p) => p.claims.flatMap((claim) => claim.citations.flatMap((c) => (c.foundIn ? [c.foundIn] : []))));
 * copies.length > 0; // => true
 * ```
 */
export interface SecondaryCopy {
  /** The address of the copy the quote was read in. */
  readonly url: string;
  /** What the copy is: who published it and how it relates to the source. */
  readonly description: string;
}

/**
 * A source's id, as `data/sources.json` defines it and as claims cite it (`'ico-2024-09-20'`). Resolve one to its
 * {@link Source} with {@link linkedin-policy-data!sourceById | sourceById}.
 *
 * @example
 * ```ts
 * import { sourceById, type SourceId } from 'linkedin-policy-data';
 * const id: SourceId = 'ico-2024-09-20';
 * sourceById(id).publisher; // => "Information Commissioner's Office (UK)"
 * ```
 */
export type SourceId = string;

/**
 * A piece of evidence: what it is, where to read it (and read it again, archived), and how far to trust it. Each
 * source stands once — in `data/sources.json`, in a decision's `sources`, from
 * {@link linkedin-policy-data!sourceById | sourceById} — and claims name it by id.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Source } from 'linkedin-policy-data';
 * const sources: readonly Source[] = explainAiTraining({ country: 'GB' }, '2024-10-01').sources;
 * sources.map((source) => source.id); // => ['ico-2024-09-20']
 * ```
 */
export interface Source {
  /** The id claims cite it by. */
  readonly id: SourceId;
  /** The title of the document or article. */
  readonly title: string;
  /** Who published it: LinkedIn, a regulator, a newspaper. */
  readonly publisher: string;
  /** Where the source is published (`https`); `null` when it has no public address. */
  readonly url: string | null;
  /** The archived revision that holds the source's quotes, where the source is archived; see also `revisions`. */
  readonly archive: Archive | null;
  /**
   * Other archived revisions of the same document, oldest first: those the data quotes (a citation names one by
   * its commit) and newer captures read and found to change no quote in force.
   */
  readonly revisions: readonly Archive[];
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
 * A source as recorded in `data/sources.json`: the same shape as the {@link Source} the library hands out.
 *
 * @example
 * ```ts
 * import { SourcesFileSchema, type SourceRecord } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/sources.json' with { type: 'json' };
 * const byId = new Map<string, SourceRecord>(SourcesFileSchema.parse(json).sources.map((s) => [s.id, s]));
 * byId.get('ico-2024-09-20')?.confidence; // => 'high'
 * ```
 */
export type SourceRecord = Source;
