import { sourcesFile } from '../data/sources.js';
import type { Citation, Provision, Source, SourceRecord, SourcesFile } from '../schema/index.js';

const recordById = /* @__PURE__ */ indexSources(sourcesFile);
const resolved = /* @__PURE__ */ new WeakMap<readonly Citation[], readonly Source[]>();

function indexSources(file: SourcesFile): ReadonlyMap<string, SourceRecord> {
  return new Map(file.sources.map((s) => [s.id, s]));
}

/**
 * The sources behind a list of citations, each source record with the quote it is cited for. Resolved once
 * per citation list and shared, frozen, afterwards.
 */
function evidenceFor(citations: readonly Citation[]): readonly Source[] {
  let sources = resolved.get(citations);
  if (sources === undefined) {
    sources = Object.freeze(
      citations.map((citation) => {
        const record = recordById.get(citation.source);
        // The dataset test proves every citation names a known source; a custom build that breaks that rule
        // must fail here rather than hand out evidence without a title or address.
        if (record === undefined) throw new Error(`data error: citation of unknown source "${citation.source}"`);
        return Object.freeze({ ...record, quote: citation.quote });
      }),
    );
    resolved.set(citations, sources);
  }
  return sources;
}

const NONE: readonly Source[] = Object.freeze([]);

/** The evidence of a provision, or none before coverage. */
export function provisionEvidence(provision: Provision | null): readonly Source[] {
  return provision === null ? NONE : evidenceFor(provision.citations);
}
