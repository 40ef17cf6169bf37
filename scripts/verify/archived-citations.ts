import { claimStatements } from '../../src/evidence/claim-keys.js';
import type { Archive, Citation, Dataset, SourceRecord } from '../../src/schema/index.js';

/** Where in the data a citation stands, for the report. */
export interface CitationPlace {
  readonly where: string;
  readonly citation: Citation;
}

/** A citation with what it backs: a region's controller, or claims of one provision of a purpose's timeline. */
export interface BackingPlace extends CitationPlace {
  /** The provision (`null` for a region's controller). */
  readonly provision: { readonly purpose: string; readonly region: string; readonly effectiveFrom: string } | null;
  /**
   * Whether what it backs holds today: a region's controller, or the newest provision of a region's timeline
   * (open-ended). An older provision is history, true of its own period only.
   */
  readonly inForce: boolean;
  /** The claims it backs, each as `key: value` (`status: subject`, `dataCategories:profile`, `controller: …`). */
  readonly claims: readonly string[];
}

/** One archived text and the quotes the data takes from it. */
export interface ArchivedText<P extends CitationPlace = CitationPlace> {
  readonly sourceId: string;
  readonly archive: Archive;
  readonly quotes: readonly P[];
}

/** Every citation of the dataset, where it stands and what it backs. */
export function citationPlaces(dataset: Pick<Dataset, 'regions' | 'timelines'>): BackingPlace[] {
  return [
    ...dataset.regions.regions.flatMap((region) =>
      region.controller.citations.map((citation) => ({
        where: `regions ${region.id} controller`,
        citation,
        provision: null,
        inForce: true,
        claims: [`controller: ${region.controller.name}`],
      })),
    ),
    ...dataset.timelines.flatMap((file) =>
      Object.entries(file.regions).flatMap(([region, provisions]) =>
        provisions.flatMap((provision, i) => {
          const values = new Map(claimStatements(provision).map((claim) => [claim.key, claim.value]));
          return provision.citations.map((citation) => ({
            where: `${file.purpose} ${region} ${provision.effectiveFrom}`,
            citation,
            provision: { purpose: file.purpose, region, effectiveFrom: provision.effectiveFrom },
            inForce: i === provisions.length - 1,
            claims: citation.supports.map((key) => (key.includes(':') || !values.has(key) ? key : `${key}: ${values.get(key)}`)),
          }));
        }),
      ),
    ),
  ];
}

/** A source with no archive: its quotes can only be re-read by hand, where each says it was found. */
export interface UnarchivedSource {
  readonly source: SourceRecord;
  readonly quotes: readonly CitationPlace[];
}

/**
 * Sorts every citation by the text it must be found in: the archived revision it names, else its source's
 * archive; sources without an archive are listed apart. A citation naming a revision its source does not list
 * is a data error and is reported as such.
 */
export function groupByArchivedText<P extends CitationPlace>(
  sources: readonly SourceRecord[],
  places: readonly P[],
): { archived: ArchivedText<P>[]; unarchived: UnarchivedSource[]; errors: string[] } {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const archived = new Map<string, { sourceId: string; archive: Archive; quotes: P[] }>();
  const unarchived = new Map<string, { source: SourceRecord; quotes: CitationPlace[] }>();
  const errors: string[] = [];
  for (const place of places) {
    const source = byId.get(place.citation.source);
    if (source === undefined) {
      errors.push(`${place.where}: cites "${place.citation.source}", which is not a source`);
      continue;
    }
    if (source.archive === null) {
      const entry = unarchived.get(source.id) ?? { source, quotes: [] };
      entry.quotes.push(place);
      unarchived.set(source.id, entry);
      continue;
    }
    const revision = place.citation.revision;
    const archive = revision === undefined ? source.archive : [source.archive, ...source.revisions].find((a) => a.commit === revision);
    if (archive === undefined) {
      errors.push(`${place.where}: names revision ${revision} of "${source.id}", which the source does not list`);
      continue;
    }
    const key = `${archive.repository}@${archive.commit}:${archive.path}`;
    const entry = archived.get(key) ?? { sourceId: source.id, archive, quotes: [] };
    entry.quotes.push(place);
    archived.set(key, entry);
  }
  return { archived: [...archived.values()], unarchived: [...unarchived.values()], errors };
}
