import * as z from 'zod';
import { IsoDateSchema } from './ids.js';

/**
 * A full git commit hash, 40 hexadecimal digits: an abbreviated hash can become ambiguous as a repository grows,
 * so the data never uses one.
 *
 * @example
 * ```ts
 * import { CommitSchema } from 'linkedin-policy-data/schema';
 * CommitSchema.safeParse('bc7d59e9').success; // => false
 * ```
 */
export const CommitSchema = z
  .string()
  .regex(/^[0-9a-f]{40}$/, 'expected a full 40-digit git commit hash (an abbreviated hash is not enough)');

/**
 * A dated archived copy of a source, such as an Open Terms Archive snapshot: the repository, the file in it and
 * the commit that holds the text quoted.
 *
 * @example
 * ```ts
 * import { ArchiveSchema } from 'linkedin-policy-data/schema';
 * ArchiveSchema.parse({
 *   repository: 'OpenTermsArchive/pga-versions',
 *   path: 'LinkedIn/Privacy Policy.md',
 *   commit: 'bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8',
 *   captured: '2025-11-04',
 * });
 * ```
 */
export const ArchiveSchema = z.strictObject({
  /** The archive's repository, `owner/name` on GitHub, e.g. `OpenTermsArchive/pga-versions`. */
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected a GitHub repository as owner/name'),
  /** The file in the repository. */
  path: z.string().min(1),
  /** The full commit that holds the text quoted. */
  commit: CommitSchema,
  /** When the archive recorded this text (the commit's date), `YYYY-MM-DD`. */
  captured: IsoDateSchema.meta({ description: 'When the archive recorded this text (the commit date).' }),
});

/**
 * Where a quote was read when only a secondary copy of its source had it: a press article quoting the source,
 * or a copy of a page served by another host.
 *
 * @example
 * ```ts
 * import { SecondaryCopySchema } from 'linkedin-policy-data/schema';
 * SecondaryCopySchema.parse({ url: 'https://example.org/copy', description: 'a press article quoting the page' });
 * ```
 */
export const SecondaryCopySchema = z.strictObject({
  /** The address of the copy the quote was read in. */
  url: z.url({ protocol: /^https?$/ }),
  /** What the copy is: who published it and how it relates to the source. */
  description: z.string().min(1),
});

export type { Archive, SecondaryCopy } from '../types/source.js';
