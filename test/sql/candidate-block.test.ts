import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';
import { alternativeRows, withCandidateBlock, type SqlDialect } from '../../scripts/sql-candidates.js';
import { DatasetSchema } from '../../src/schema/index.js';
import { regionOf } from '../../src/index.js';
import { UNSETTLED_TERRITORIES } from '../facts.js';

const { placements } = DatasetSchema.parse(loadDatasetFiles()).regions;

describe('the candidate regions the SQL views carry', () => {
  it.each(['duckdb', 'postgres', 'clickhouse', 'spark', 'bigquery'] as const satisfies readonly SqlDialect[])('sql/%s.sql holds the block the data gives (npm run generate)', (dialect) => {
    const text = readFileSync(new URL(`../../sql/${dialect}.sql`, import.meta.url), 'utf8');
    expect(withCandidateBlock(text, dialect, placements)).toBe(text);
  });

  it('are the candidates the library answers with, besides each country’s own region', () => {
    const rows = alternativeRows(placements);
    for (const [code, candidates] of Object.entries(UNSETTLED_TERRITORIES)) {
      expect(rows.filter(([country]) => country === code).map(([, , region]) => region), code).toEqual(candidates.slice(1));
      expect(regionOf(code).candidates.slice(1)).toEqual(candidates.slice(1));
    }
  });
});
