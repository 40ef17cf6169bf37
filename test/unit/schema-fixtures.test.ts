import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, PurposeTimelineFileSchema, RegionsFileSchema, SourcesFileSchema } from '../../src/schema/index.js';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';

const fixture = (path: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('valid fixtures pass', () => {
  it('a timeline file', () => expect(messages(PurposeTimelineFileSchema.safeParse(fixture('valid/ai-training.json')))).toEqual([]));
  it('a regions file', () => expect(messages(RegionsFileSchema.safeParse(fixture('valid/regions.json')))).toEqual([]));
});

describe('invalid fixtures are rejected for the right reason', () => {
  it.each([
    ['missing-citation.ai-training.json', 'regions.eu.1.citations: at least one citation is required'],
    ['no-citations-field.ai-training.json', 'regions.gb.1.citations:'],
    ['unsorted.ai-training.json', 'regions.hk.1.effectiveFrom: timeline must be sorted with distinct dates: 2024-09-18 follows 2025-11-03'],
    ['bad-date.ai-training.json', 'regions.ca.1.effectiveFrom:'],
    ['reason-on-subject.ai-training.json', 'regions.us.1.statusReason: statusReason is required when status is "not-subject"'],
    ['uncited-claim.ai-training.json', 'regions.us.1.citations: the provision from 2025-11-03 claims "dataCategories:profile", but no citation supports it'],
    [
      'orphan-citation.ai-training.json',
      'regions.eu.0.citations.1.supports.0: the provision from 2024-09-18 makes no claim "dataCategories:engagement", yet a citation of "article-2025" supports it',
    ],
  ])('timeline %s', (name, expected) => {
    const found = messages(PurposeTimelineFileSchema.safeParse(fixture(`invalid/${name}`)));
    expect(found.some((m) => m.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it.each([
    ['country-in-two-regions.regions.json', 'regions.7.countries.1.code: country "DE" is in region "eu" and again in "rest-of-world"'],
    ['unknown-zone.regions.json', 'regions.0.countries.0.timeZone: expected an IANA time zone known to Intl'],
    ['missing-region.regions.json', 'regions: region "rest-of-world" is missing'],
    ['settled-with-candidates.regions.json', "placements.8.basis: several candidate regions mean that no source settles it: basis 'no-source'"],
    ['listed-under-second-candidate.regions.json', 'placements.8.countries.0: country "JE" must be listed in region "gb", its first candidate'],
    ['unplaced-country.regions.json', 'placements: country "IN" has no placement saying why it is in its region'],
  ])('regions %s', (name, expected) => {
    const found = messages(RegionsFileSchema.safeParse(fixture(`invalid/${name}`)));
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a source archived under an abbreviated commit hash', () => {
    const found = messages(SourcesFileSchema.safeParse(fixture('invalid/short-commit.sources.json')));
    expect(found).toContain('sources.0.archive.commit: expected a full 40-digit git commit hash (an abbreviated hash is not enough)');
  });

  it('a source that lists archived revisions but no archive', () => {
    const file = fixture('invalid/short-commit.sources.json') as { sources: Record<string, unknown>[] };
    const [erpn, ico] = file.sources;
    const revisions = (erpn as { revisions: unknown[] }).revisions;
    const found = messages(SourcesFileSchema.safeParse({ sources: [{ ...ico, revisions }] }));
    expect(found).toEqual(['sources.0.revisions: source "ico-2024-09-20" lists revisions but no archive']);
  });

  it('a citation naming an archived revision its source does not list', () => {
    const files = loadDatasetFiles();
    const [aiTraining, ...others] = files.timelines as [{ regions: Record<string, { citations: { revision?: string }[] }[]> }, ...unknown[]];
    const edited = structuredClone(aiTraining);
    edited.regions['eu']![1]!.citations[0]!.revision = 'a'.repeat(40);
    const found = messages(DatasetSchema.safeParse({ ...files, timelines: [edited, ...others] }));
    expect(found).toContain(`timelines.0.regions.eu.1.citations.0.revision: names revision ${'a'.repeat(40)} of "ota-erpn-2025", which is not among its archived revisions`);
  });

  it('an unknown data category id, named as such', () => {
    const files = loadDatasetFiles();
    const valid = messages(DatasetSchema.safeParse({ ...files, timelines: [fixture('valid/ai-training.json'), ...files.timelines.slice(1)] }));
    expect(valid.filter((m) => m.includes('unknown data category'))).toEqual([]);
    const invalid = messages(
      DatasetSchema.safeParse({ ...files, timelines: [fixture('invalid/unknown-category.ai-training.json'), ...files.timelines.slice(1)] }),
    );
    expect(invalid).toContain('timelines.0.regions.us.1.dataCategories.1: unknown data category "biometrics"');
  });

  it('a cited source that does not exist, and a source never cited', () => {
    const files = loadDatasetFiles();
    const sources = files.sources as { sources: { id: string }[] };
    const renamed = { ...sources, sources: sources.sources.map((s) => (s.id === 'article-2025' ? { ...s, id: 'article-2026' } : s)) };
    const found = messages(DatasetSchema.safeParse({ ...files, sources: renamed }));
    expect(found.some((m) => m.endsWith('cites "article-2025", which is not in sources.json'))).toBe(true);
    expect(found.some((m) => m.endsWith('source "article-2026" is never cited'))).toBe(true);
  });
});
