import { sourcesFile } from '../data/sources.js';
import type { Citation, Claim, ClaimCitation, Provision, ProvisionRecord, Source, SourceRecord } from '../schema/index.js';
import { claimStatements } from './claim-keys.js';
import { bestConfidence } from './confidence.js';

/** Finds a source record by id; `undefined` for an id the data does not define. */
export type SourceLookup = (id: string) => SourceRecord | undefined;

/**
 * A lookup over `sources`, for resolving a dataset other than the built-in one (the table generator reads
 * `data/` itself).
 */
export function sourceLookup(sources: readonly SourceRecord[]): SourceLookup {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (id) => byId.get(id);
}

// Wrapped whole: bundlers drop a pure call they do not need but keep its arguments, and the property read would
// carry every source record into bundles that never explain a decision.
const builtIn = /* @__PURE__ */ (() => sourceLookup(sourcesFile.sources))();

/** The built-in source with `id`, or `undefined`. */
export function builtInSource(id: string): Source | undefined {
  return builtIn(id);
}

function recordOf(lookup: SourceLookup, id: string): SourceRecord {
  const record = lookup(id);
  // The dataset test proves every citation names a known source and revision; a custom build that breaks that
  // rule must fail here rather than hand out evidence that leads nowhere.
  if (record === undefined) throw new Error(`data error: citation of unknown source "${id}"`);
  return record;
}

/**
 * The commit where `citation`'s quote can be read again: the revision it names, else its source's archive;
 * `null` for a source that is not archived.
 */
function revisionOf(record: SourceRecord, citation: Citation): string | null {
  if (citation.revision === undefined) return record.archive?.commit ?? null;
  if (![record.archive, ...record.revisions].some((a) => a?.commit === citation.revision)) {
    throw new Error(`data error: "${record.id}" has no archived revision ${citation.revision}`);
  }
  return citation.revision;
}

function claimCitation(lookup: SourceLookup, citation: Citation): ClaimCitation {
  const revision = revisionOf(recordOf(lookup, citation.source), citation);
  const resolved: ClaimCitation = { source: citation.source, quote: citation.quote, revision };
  return Object.freeze(citation.foundIn === undefined ? resolved : { ...resolved, foundIn: citation.foundIn });
}

/**
 * The claims of a provision record: one per fact it states, each with the citations that support it (naming
 * their sources by id) and the best confidence among those sources.
 */
export function claimsOf(record: ProvisionRecord, lookup: SourceLookup): readonly Claim[] {
  // One resolved citation per raw citation, shared by every claim it supports.
  const resolved = new Map<Citation, ClaimCitation>();
  const resolve = (citation: Citation) => {
    let found = resolved.get(citation);
    if (found === undefined) resolved.set(citation, (found = claimCitation(lookup, citation)));
    return found;
  };
  const claims = claimStatements(record).map(({ field, value, key }): Claim => {
    const citations = Object.freeze(record.citations.filter((c) => c.supports.includes(key)).map(resolve));
    const confidence = bestConfidence(citations.map((c) => recordOf(lookup, c.source).confidence));
    // claimStatements reads each value from the record's field of that name, so the value fits its field.
    return Object.freeze({ field, value, confidence, citations }) as Claim;
  });
  return Object.freeze(claims);
}

const provisionOf = /* @__PURE__ */ new WeakMap<ProvisionRecord, Provision>();

/**
 * A provision of the built-in data as the library hands it out: its fields and its claims. The record's own
 * citation list is left behind: every citation is in the claims it supports. Resolved once and shared.
 */
export function withClaims(record: ProvisionRecord): Provision {
  let provision = provisionOf.get(record);
  if (provision === undefined) {
    const { citations: _evidence, ...fields } = record;
    provision = Object.freeze({ ...fields, claims: claimsOf(record, builtIn) });
    provisionOf.set(record, provision);
  }
  return provision;
}

/** The ids of the sources `claims` cite, each once, in the order they are first cited. */
export function citedSourceIds(claims: readonly Claim[]): string[] {
  const ids = new Set<string>();
  for (const claim of claims) for (const citation of claim.citations) ids.add(citation.source);
  return [...ids];
}

const NO_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([]);
const sourcesOf = /* @__PURE__ */ new WeakMap<Provision, readonly Source[]>();

/** The sources a provision's claims cite, each once, in order of first citation; none before coverage. */
export function provisionSources(provision: Provision | null): readonly Source[] {
  if (provision === null) return NO_SOURCES;
  let sources = sourcesOf.get(provision);
  if (sources === undefined) {
    sources = Object.freeze(citedSourceIds(provision.claims).map((id) => recordOf(builtIn, id)));
    sourcesOf.set(provision, sources);
  }
  return sources;
}
