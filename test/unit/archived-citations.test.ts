import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';
import { citationPlaces, groupByArchivedText } from '../../scripts/verify/archived-citations.js';
import { DatasetSchema, type SourceRecord } from '../../src/schema/index.js';

const archive = (commit: string, path = 'LinkedIn/Privacy Policy.md') => ({ repository: 'OpenTermsArchive/pga-versions', path, commit, captured: '2025-11-04' });
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const source = (id: string, archived: boolean): SourceRecord => ({
  id,
  title: id,
  publisher: 'LinkedIn',
  url: null,
  archive: archived ? archive(A) : null,
  revisions: archived ? [archive(B, 'LinkedIn/Terms of Service.md')] : [],
  published: null,
  retrieved: '2026-12-02',
  confidence: archived ? 'high' : 'medium',
  notes: [],
});
const place = (where: string, citation: { source: string; quote: string; revision?: string }) => ({ where, citation });

describe('sorting citations by the archived text they must be found in', () => {
  const sources = [source('policy', true), source('notice', false)];

  it('puts a quote in its source’s archive, or in the revision it names', () => {
    const { archived, errors } = groupByArchivedText(sources, [
      place('p1', { source: 'policy', quote: 'one' }),
      place('p2', { source: 'policy', quote: 'two', revision: B }),
      place('p3', { source: 'policy', quote: 'three' }),
    ]);
    expect(errors).toEqual([]);
    expect(archived.map((text) => [text.archive.commit, text.archive.path, text.quotes.map((q) => q.citation.quote)])).toEqual([
      [A, 'LinkedIn/Privacy Policy.md', ['one', 'three']],
      [B, 'LinkedIn/Terms of Service.md', ['two']],
    ]);
  });

  it('lists the quotes of sources without an archive apart, to check by hand', () => {
    const { archived, unarchived } = groupByArchivedText(sources, [place('p', { source: 'notice', quote: 'we’ll start' })]);
    expect(archived).toEqual([]);
    expect(unarchived.map((u) => [u.source.id, u.quotes.length])).toEqual([['notice', 1]]);
  });

  it('reports a citation of an unknown source or of a revision its source does not list', () => {
    const { errors } = groupByArchivedText(sources, [
      place('here', { source: 'nowhere', quote: 'x' }),
      place('there', { source: 'policy', quote: 'x', revision: 'c'.repeat(40) }),
    ]);
    expect(errors).toEqual([
      'here: cites "nowhere", which is not a source',
      `there: names revision ${'c'.repeat(40)} of "policy", which the source does not list`,
    ]);
  });
});

describe('what each citation backs, and whether it is in force', () => {
  const dataset = DatasetSchema.parse(loadDatasetFiles());
  const places = citationPlaces(dataset);

  it('counts a region’s newest provision and its controller as in force, and older provisions as history', () => {
    for (const file of dataset.timelines) {
      for (const [region, provisions] of Object.entries(file.regions)) {
        provisions.forEach((provision, i) => {
          const here = places.filter((p) => p.provision?.purpose === file.purpose && p.provision.region === region && p.provision.effectiveFrom === provision.effectiveFrom);
          expect(here).toHaveLength(provision.citations.length);
          for (const place of here) expect(place.inForce, place.where).toBe(i === provisions.length - 1);
        });
      }
    }
    const controllers = places.filter((p) => p.provision === null);
    expect(controllers).toHaveLength(dataset.regions.regions.reduce((n, r) => n + r.controller.citations.length, 0));
    expect(controllers.every((p) => p.inForce)).toBe(true);
  });

  it('names each claim a citation backs with its value', () => {
    const [region, provisions] = Object.entries(dataset.timelines[0]!.regions)[0]!;
    const provision = provisions.at(-1)!;
    const statusCitation = provision.citations.find((c) => c.supports.includes('status'))!;
    const place = places.find((p) => p.where === `${dataset.timelines[0]!.purpose} ${region} ${provision.effectiveFrom}` && p.citation === statusCitation)!;
    expect(place.claims).toContain(`status: ${provision.status}`);
  });
});
