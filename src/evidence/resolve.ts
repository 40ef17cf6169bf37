import { sourcesFile } from '../data/sources.js';
import type { Archive, Citation, Claim, ClaimCitation, Provision, ProvisionRecord, Source, SourceRecord } from '../schema/index.js';
import { claimStatements } from './claim-keys.js';
import { bestConfidence } from './confidence.js';

// Everything here is resolved once per data object and shared, frozen, afterwards: explaining the same provision
// again allocates nothing.
const recordById = /* @__PURE__ */ indexSources(sourcesFile);
const sourceOf = /* @__PURE__ */ new WeakMap<Citation, Source>();
const claimCitationOf = /* @__PURE__ */ new WeakMap<Citation, ClaimCitation>();
const provisionOf = /* @__PURE__ */ new WeakMap<ProvisionRecord, Provision>();

function indexSources({ sources }: { readonly sources: readonly SourceRecord[] }): ReadonlyMap<string, SourceRecord> {
  return new Map(sources.map((source) => [source.id, source]));
}

/** The source a citation quotes, with the quote, the archived revision that holds it and where it was read. */
export function sourceOfCitation(citation: Citation): Source {
  let source = sourceOf.get(citation);
  if (source === undefined) {
    const record = recordById.get(citation.source);
    // The dataset test proves every citation names a known source and revision; a custom build that breaks
    // that rule must fail here rather than hand out evidence without a title or address.
    if (record === undefined) throw new Error(`data error: citation of unknown source "${citation.source}"`);
    source = Object.freeze({ ...record, quote: citation.quote, quotedIn: quotedIn(record, citation), foundIn: citation.foundIn ?? null });
    sourceOf.set(citation, source);
  }
  return source;
}

function quotedIn(record: SourceRecord, citation: Citation): Archive | null {
  if (record.archive === null || citation.revision === undefined) return record.archive;
  const archive = [record.archive, ...record.revisions].find((a) => a.commit === citation.revision);
  if (archive === undefined) throw new Error(`data error: "${record.id}" has no archived revision ${citation.revision}`);
  return archive;
}

function claimCitation(citation: Citation): ClaimCitation {
  let resolved = claimCitationOf.get(citation);
  if (resolved === undefined) {
    resolved = Object.freeze({ ...sourceOfCitation(citation), source: citation.source });
    claimCitationOf.set(citation, resolved);
  }
  return resolved;
}

/** A provision of the data with its claims: one per fact it states, each with its citations and confidence. */
export function withClaims(record: ProvisionRecord): Provision {
  let provision = provisionOf.get(record);
  if (provision === undefined) {
    const claims = claimStatements(record).map(({ field, value, key }): Claim => {
      const citations = Object.freeze(record.citations.filter((c) => c.supports.includes(key)).map(claimCitation));
      return Object.freeze({ field, value, confidence: bestConfidence(citations.map((c) => c.confidence)), citations });
    });
    provision = Object.freeze({ ...record, claims: Object.freeze(claims) });
    provisionOf.set(record, provision);
  }
  return provision;
}

const NO_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([]);
const sourcesOf = /* @__PURE__ */ new WeakMap<Provision, readonly Source[]>();

/** The evidence of a provision, each citation resolved to its source; none before coverage. */
export function provisionSources(provision: Provision | null): readonly Source[] {
  if (provision === null) return NO_SOURCES;
  let sources = sourcesOf.get(provision);
  if (sources === undefined) {
    sources = Object.freeze(provision.citations.map(sourceOfCitation));
    sourcesOf.set(provision, sources);
  }
  return sources;
}
