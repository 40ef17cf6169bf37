import type { Archive, Citation, SourceRecord } from '../../src/schema/index.js';

/** Where in the data a citation stands, for the report. */
export interface CitationPlace {
  readonly where: string;
  readonly citation: Citation;
}

/** One archived text and the quotes the data takes from it. */
export interface ArchivedText {
  readonly sourceId: string;
  readonly archive: Archive;
  readonly quotes: readonly CitationPlace[];
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
export function groupByArchivedText(
  sources: readonly SourceRecord[],
  places: readonly CitationPlace[],
): { archived: ArchivedText[]; unarchived: UnarchivedSource[]; errors: string[] } {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const archived = new Map<string, { sourceId: string; archive: Archive; quotes: CitationPlace[] }>();
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
