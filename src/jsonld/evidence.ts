import { claimStatements, type ClaimField } from '../evidence/claim-keys.js';
import type { ProvisionRecord, SourceRecord } from '../schema/index.js';

/** One quote behind a claim, with where to read it: the source's address and the archived commit that holds it. */
export interface EvidenceQuote {
  readonly source: string;
  readonly title: string;
  readonly url: string | null;
  readonly quote: string;
  /** The archived copy the quote is in (`null` when the source has no archive). */
  readonly archive: { readonly repository: string; readonly path: string; readonly commit: string } | null;
  /** The address of a secondary copy the quote was read in, where the source itself was not at hand. */
  readonly foundIn: string | null;
}

/** One fact a provision states, with its quotes. */
export interface ClaimEvidence {
  readonly field: ClaimField;
  readonly value: string | number;
  readonly evidence: readonly EvidenceQuote[];
}

/**
 * The claims of a provision as the data records them, each with the quotes whose `supports` name it. It reads
 * the raw citations and the sources file, not the decision-time evidence objects, so the export depends on
 * nothing but the data files.
 */
export function claimEvidence(record: ProvisionRecord, sources: ReadonlyMap<string, SourceRecord>): readonly ClaimEvidence[] {
  return claimStatements(record).map(({ field, value, key }) => {
    const evidence = record.citations
      .filter((citation) => citation.supports.includes(key))
      .map((citation): EvidenceQuote => {
        const source = sources.get(citation.source);
        if (source === undefined) throw new Error(`data error: citation of unknown source "${citation.source}"`);
        const commit = citation.revision ?? source.archive?.commit;
        const archive = [source.archive, ...source.revisions].find((copy) => copy !== null && copy.commit === commit) ?? null;
        return {
          source: source.id,
          title: source.title,
          url: source.url,
          quote: citation.quote,
          archive: archive === null ? null : { repository: archive.repository, path: archive.path, commit: archive.commit },
          foundIn: citation.foundIn?.url ?? null,
        };
      });
    return { field, value, evidence };
  });
}
