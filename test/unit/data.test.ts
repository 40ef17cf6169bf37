import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DatasetSchema,
  MetaFileSchema,
  PurposeTimelineFileSchema,
  RegionsFileSchema,
  SourcesFileSchema,
  VocabularyFileSchema,
} from '../../src/schema/index.js';
import { formatIssues, loadDatasetFiles } from '../../scripts/dataset-files.js';
import { JSON_SCHEMA_SOURCES, renderJsonSchema } from '../../scripts/json-schemas.js';
import { renderDecisionTables } from '../../scripts/decision-tables.js';
import { renderTimelineJson } from '../../scripts/timeline-json.js';
import { timelineFile, timelineRecords } from '../../src/data/timeline-files.js';
import { renderVocabularyIds } from '../../scripts/vocabulary-ids.js';
import { aiTrainingSteps, countryZones, microsoftAdsSteps, microsoftAiTrainingSteps } from '../../src/generated/decision-tables.js';
import { PURPOSE_IDS, REGION_IDS } from '../../src/ids.js';
import { decodeCountries } from '../../src/engine/countries.js';
import { COVERAGE_START } from '../facts.js';

const files = loadDatasetFiles();
const dataset = DatasetSchema.parse(files);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));

describe('every data file parses with its schema', () => {
  it.each([
    ['meta.json', MetaFileSchema],
    ['vocabulary.json', VocabularyFileSchema],
    ['sources.json', SourcesFileSchema],
    ['regions.json', RegionsFileSchema],
    ...PURPOSE_IDS.map((p) => [`${p}.json`, PurposeTimelineFileSchema] as const),
  ] as const)('%s', (name, schema) => {
    const result = schema.safeParse(readJson(name));
    expect(result.success ? '' : formatIssues(result.error.issues)).toBe('');
  });

  it('the dataset as a whole passes the cross-file checks', () => {
    const result = DatasetSchema.safeParse(files);
    expect(result.success ? '' : formatIssues(result.error.issues)).toBe('');
  });
});

describe('timelines', () => {
  it('start at the coverage start the researched facts give', () => {
    expect(dataset.meta.coverageStart).toBe(COVERAGE_START);
  });

  it.each(dataset.timelines.flatMap((t) => REGION_IDS.map((r) => [t.purpose, r, t.regions[r]] as const)))(
    '%s / %s is sorted, starts at the coverage start and has no duplicate dates',
    (_, __, provisions) => {
      const dates = provisions.map((p) => p.effectiveFrom);
      expect(dates[0]).toBe(COVERAGE_START);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
    },
  );
});

describe('sources and vocabulary', () => {
  const citations = [
    ...dataset.regions.regions.flatMap((r) => r.controller.citations),
    ...dataset.regions.placements.flatMap((p) => p.citations),
    ...dataset.timelines.flatMap((t) => Object.values(t.regions).flat().flatMap((p) => p.citations)),
  ];
  const sourceIds = new Set(dataset.sources.sources.map((s) => s.id));

  it('every cited source id exists and every source is cited', () => {
    for (const c of citations) expect(sourceIds, c.source).toContain(c.source);
    const cited = new Set(citations.map((c) => c.source));
    for (const id of sourceIds) expect(cited, id).toContain(id);
  });

  it('every citation carries a quote', () => {
    for (const c of citations) expect(c.quote.trim().length, c.source).toBeGreaterThan(10);
  });

  it('every vocabulary id used is defined', () => {
    const provisions = dataset.timelines.flatMap((t) => Object.values(t.regions).flat());
    const defined = (list: { id: string }[]) => new Set(list.map((e) => e.id));
    const categories = defined(dataset.vocabulary.dataCategories);
    const excluded = defined(dataset.vocabulary.excludedData);
    const bases = defined(dataset.vocabulary.lawfulBases);
    for (const p of provisions) {
      for (const id of p.dataCategories ?? []) expect(categories).toContain(id);
      for (const id of p.excludedData ?? []) expect(excluded).toContain(id);
      if (p.lawfulBasis !== null) expect(bases).toContain(p.lawfulBasis);
    }
  });

  it('every source has a retrieval date and is dated no later than it', () => {
    for (const s of dataset.sources.sources) {
      // Every source was re-read on 2 December 2026; the law placing territories in regions was read on 5 December.
      expect(['2026-12-02', '2026-12-05'], s.id).toContain(s.retrieved);
      if (s.published !== null) expect(s.published <= s.retrieved, s.id).toBe(true);
    }
  });
});

describe('generated JSON Schema files', () => {
  it.each(Object.entries(JSON_SCHEMA_SOURCES))('data/schema/%s is up to date (npm run generate)', (name, schema) => {
    const onDisk = readFileSync(new URL(`../../data/schema/${name}`, import.meta.url), 'utf8');
    expect(onDisk).toBe(renderJsonSchema(schema));
  });

  it('each data file names its generated schema', () => {
    const expected: Record<string, string> = {
      'meta.json': './schema/meta.schema.json',
      'vocabulary.json': './schema/vocabulary.schema.json',
      'sources.json': './schema/sources.schema.json',
      'regions.json': './schema/regions.schema.json',
      ...Object.fromEntries(PURPOSE_IDS.map((p) => [`${p}.json`, './schema/timeline.schema.json'])),
    };
    for (const [name, schema] of Object.entries(expected)) {
      expect((readJson(name) as { $schema: string }).$schema, name).toBe(schema);
    }
  });
});

describe('generated vocabulary ids', () => {
  it('src/generated/vocabulary-ids.ts is up to date (npm run generate)', () => {
    const onDisk = readFileSync(new URL('../../src/generated/vocabulary-ids.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderVocabularyIds(dataset.vocabulary));
  });
});

describe('generated decision tables', () => {
  it('src/generated/decision-tables.ts is up to date (npm run generate)', () => {
    const onDisk = readFileSync(new URL('../../src/generated/decision-tables.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderDecisionTables(dataset));
  });

  it('hold, step for step, the provisions the explanations read', () => {
    const steps = { 'ai-training': aiTrainingSteps, 'microsoft-ads': microsoftAdsSteps, 'microsoft-ai-training': microsoftAiTrainingSteps };
    for (const file of dataset.timelines) {
      for (const region of REGION_IDS) {
        expect(steps[file.purpose][region]).toEqual(file.regions[region].map((p) => [p.effectiveFrom, p.status, p.minimumAge]));
      }
    }
    for (const region of dataset.regions.regions) {
      expect(Object.fromEntries(decodeCountries(countryZones[region.id]))).toEqual(
        Object.fromEntries(region.countries.map((c) => [c.code, c.timeZone])),
      );
    }
  });
});

describe('the timeline files as JSON text', () => {
  it('src/generated/timeline-json.ts is up to date (npm run generate)', () => {
    const onDisk = readFileSync(new URL('../../src/generated/timeline-json.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderTimelineJson(files.timelines));
  });

  it('parse to the files of data/, deeply frozen, once, each region on its own', () => {
    for (const purpose of PURPOSE_IDS) {
      const eu = timelineRecords(purpose, 'eu');
      expect(timelineRecords(purpose, 'eu')).toBe(eu);
      const file = timelineFile(purpose);
      expect(file).toEqual(readJson(`${purpose}.json`));
      // the same keys in the same order as data/ writes them, so the file serializes as it reads there
      expect(JSON.stringify(file)).toBe(JSON.stringify(readJson(`${purpose}.json`)));
      expect(timelineFile(purpose)).toBe(file);
      expect(file.regions.eu).toBe(eu);
      for (const value of [file, file.regions, eu, eu[0], eu[0]?.citations]) expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it('refuse a file in the wrong place, or one whose regions do not come last', () => {
    expect(() => renderTimelineJson([...files.timelines].reverse())).toThrow('timeline 0 is not ai-training');
    const [first, ...rest] = files.timelines as { regions: unknown }[];
    expect(() => renderTimelineJson([{ ...first, regions: first!.regions, note: 'after' }, ...rest])).toThrow('timeline ai-training: "regions" must be its last key');
  });
});
