import * as z from 'zod';
import type { Citation } from './citation.js';
import { PurposeIdSchema } from './ids.js';
import { MetaFileSchema } from './meta.js';
import { RegionsFileSchema } from './regions.js';
import { SourcesFileSchema } from './sources.js';
import { PurposeTimelineFileSchema } from './timeline.js';
import { VocabularyFileSchema } from './vocabulary.js';

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

/**
 * The whole dataset, every file together, with the checks that span files: each purpose has one timeline,
 * every timeline starts at the coverage start, every vocabulary id and source id used is defined, and every
 * source is cited. Use it to validate a custom or patched copy of the data.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'linkedin-policy-data/schema';
 * import meta from 'linkedin-policy-data/data/meta.json' with { type: 'json' };
 * import vocabulary from 'linkedin-policy-data/data/vocabulary.json' with { type: 'json' };
 * import sources from 'linkedin-policy-data/data/sources.json' with { type: 'json' };
 * import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
 * import aiTraining from 'linkedin-policy-data/data/ai-training.json' with { type: 'json' };
 * import microsoftAds from 'linkedin-policy-data/data/microsoft-ads.json' with { type: 'json' };
 * import microsoftAiTraining from 'linkedin-policy-data/data/microsoft-ai-training.json' with { type: 'json' };
 * const result = DatasetSchema.safeParse({
 *   meta, vocabulary, sources, regions, timelines: [aiTraining, microsoftAds, microsoftAiTraining],
 * });
 * result.success; // => true
 * ```
 */
export const DatasetSchema = z
  .strictObject({
    /** `data/meta.json`. */
    meta: MetaFileSchema,
    /** `data/vocabulary.json`. */
    vocabulary: VocabularyFileSchema,
    /** `data/sources.json`. */
    sources: SourcesFileSchema,
    /** `data/regions.json`. */
    regions: RegionsFileSchema,
    /** Every `data/<purpose>.json`, one per purpose. */
    timelines: z.array(PurposeTimelineFileSchema),
  })
  .superRefine((data, ctx) => {
    const sourcesById = new Map(data.sources.sources.map((s) => [s.id, s]));
    const cited = new Set<string>();
    const checkCitations = (citations: readonly Citation[], path: Path) => {
      citations.forEach((citation, i) => {
        cited.add(citation.source);
        const source = sourcesById.get(citation.source);
        if (source === undefined) {
          issue(ctx, [...path, i, 'source'], `cites "${citation.source}", which is not in sources.json`);
        } else if (citation.revision !== undefined) {
          const commits = [source.archive, ...source.revisions].flatMap((archive) => (archive === null ? [] : [archive.commit]));
          if (!commits.includes(citation.revision)) {
            issue(ctx, [...path, i, 'revision'], `names revision ${citation.revision} of "${source.id}", which is not among its archived revisions`);
          }
        }
      });
    };

    data.regions.regions.forEach((region, i) => {
      checkCitations(region.controller.citations, ['regions', 'regions', i, 'controller', 'citations']);
    });
    data.regions.placements.forEach((placement, i) => {
      checkCitations(placement.citations, ['regions', 'placements', i, 'citations']);
    });

    const vocabulary = {
      lawfulBasis: new Set(data.vocabulary.lawfulBases.map((e) => e.id)),
      dataCategories: new Set(data.vocabulary.dataCategories.map((e) => e.id)),
      excludedData: new Set(data.vocabulary.excludedData.map((e) => e.id)),
    };
    const purposesSeen = new Set<string>();
    data.timelines.forEach((file, t) => {
      if (purposesSeen.has(file.purpose)) issue(ctx, ['timelines', t, 'purpose'], `purpose "${file.purpose}" has two timeline files`);
      purposesSeen.add(file.purpose);
      for (const [regionId, provisions] of Object.entries(file.regions)) {
        const base: Path = ['timelines', t, 'regions', regionId];
        if (provisions[0]?.effectiveFrom !== data.meta.coverageStart) {
          issue(ctx, [...base, 0, 'effectiveFrom'], `the timeline must start at the coverage start ${data.meta.coverageStart}`);
        }
        provisions.forEach((provision, p) => {
          const at: Path = [...base, p];
          if (provision.lawfulBasis !== null && !vocabulary.lawfulBasis.has(provision.lawfulBasis)) {
            issue(ctx, [...at, 'lawfulBasis'], `unknown lawful basis "${provision.lawfulBasis}"`);
          }
          provision.dataCategories?.forEach((id, i) => {
            if (!vocabulary.dataCategories.has(id)) issue(ctx, [...at, 'dataCategories', i], `unknown data category "${id}"`);
          });
          provision.excludedData?.forEach((id, i) => {
            if (!vocabulary.excludedData.has(id)) issue(ctx, [...at, 'excludedData', i], `unknown excluded-data id "${id}"`);
          });
          checkCitations(provision.citations, [...at, 'citations']);
        });
      }
    });
    for (const purpose of PurposeIdSchema.options) {
      if (!purposesSeen.has(purpose)) issue(ctx, ['timelines'], `purpose "${purpose}" has no timeline file`);
    }
    const vocabularyPurposes = new Set(data.vocabulary.purposes.map((p) => p.id));
    for (const purpose of PurposeIdSchema.options) {
      if (!vocabularyPurposes.has(purpose)) issue(ctx, ['vocabulary', 'purposes'], `purpose "${purpose}" is not described`);
    }
    data.sources.sources.forEach((source, i) => {
      if (!cited.has(source.id)) issue(ctx, ['sources', 'sources', i, 'id'], `source "${source.id}" is never cited`);
    });
  });

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * The whole dataset, as {@link DatasetSchema} parses it: every file of `data/` together.
 *
 * @example
 * ```ts
 * import type { Dataset } from 'linkedin-policy-data/schema';
 * import meta from 'linkedin-policy-data/data/meta.json' with { type: 'json' };
 * const coverageStart = (dataset: Pick<Dataset, 'meta'>) => dataset.meta.coverageStart;
 * coverageStart({ meta }); // => '2024-09-18'
 * ```
 *
 * @interface
 */
export type Dataset = z.infer<typeof DatasetSchema>;
