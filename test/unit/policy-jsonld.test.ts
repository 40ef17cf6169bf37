/**
 * The JSON-LD builder on data that breaks the dataset's rules: it must fail naming what is wrong rather than
 * write a process without its terms or its evidence. (The export of the real data is tested end to end, with a
 * JSON-LD processor, in test/integration/export-jsonld.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { regions, vocabulary } from '../../src/index.js';
import { sourcesFile } from '../../src/data/sources.js';
import { timelineFile } from '../../src/data/timeline-files.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { policyJsonLd, type PolicyJsonLdInput } from '../../src/jsonld/policy-jsonld.js';
import type { ProvisionRecord } from '../../src/schema/index.js';

const input: PolicyJsonLdInput = {
  dataVersion: '0.0.0-test',
  asOf: '2026-12-01',
  regions,
  vocabulary,
  sources: sourcesFile.sources,
  provisionsOf: (purpose, region) => timelineFile(purpose).regions[region.id],
};
const subject = timelineFile('ai-training').regions.eu.find((p) => p.status === 'subject')!;
const only = (record: ProvisionRecord): PolicyJsonLdInput => ({ ...input, regions: [regions[0]!], provisionsOf: (purpose) => (purpose === 'ai-training' ? [record] : []) });

describe('policyJsonLd', () => {
  it('describes one process per provision, ends each at the next one, and names the data version', () => {
    const graph = policyJsonLd(input)['@graph'] as Record<string, unknown>[];
    const count = PURPOSE_IDS.map((purpose) => timelineFile(purpose)).reduce((n, file) => n + Object.values(file.regions).reduce((m, list) => m + list.length, 0), 0);
    expect(graph).toHaveLength(count + 1);
    expect(graph[0]).toMatchObject({ '@type': 'dpv:Policy', 'lpd:dataVersion': '0.0.0-test', 'dct:modified': { '@value': '2026-12-01' } });
    const eu = graph.filter((node) => (node['@id'] as string).includes('/ai-training/eu/'));
    expect(eu.map((node) => node['lpd:effectiveTo'])).toEqual([{ '@value': subject.effectiveFrom, '@type': 'xsd:date' }, undefined]);
  });

  it('fails on an id the vocabulary does not define', () => {
    // Custom data is not checked by the compiler: the builder must reject an id the vocabulary lacks at run time.
    const dataCategories = ['profile', 'diaries'] as unknown as typeof subject.dataCategories;
    expect(() => policyJsonLd(only({ ...subject, dataCategories }))).toThrow('"diaries" is not in the vocabulary\'s dataCategories');
  });

  it('fails on a citation of a source that does not exist', () => {
    const citations = [{ ...subject.citations[0]!, source: 'no-such-source' }];
    expect(() => policyJsonLd(only({ ...subject, citations }))).toThrow('citation of unknown source "no-such-source"');
  });
});
