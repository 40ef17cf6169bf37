/**
 * tables/*.csv: generated from data/ (stale files fail here: run `npm run generate`), the same facts the
 * library's own API gives, and read by DuckDB's read_csv, as the warehouse guide loads them, with dates as
 * DATE, ages as integers and empty fields as NULL.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';
import { renderTables } from '../../scripts/tables.js';
import { regionOf, regions, timeline } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { DatasetSchema } from '../../src/schema/index.js';
import { loadTablesSql, PACKAGE_ROOT } from './support/warehouse.js';

const rows = (name: string) =>
  readFileSync(`${PACKAGE_ROOT}tables/${name}.csv`, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));

describe('tables/', () => {
  it.each(Object.entries(renderTables(DatasetSchema.parse(loadDatasetFiles()))))('%s is up to date (npm run generate)', (name, text) => {
    expect(readFileSync(`${PACKAGE_ROOT}${name}`, 'utf8')).toBe(text);
  });

  it("countries.csv gives every country the library's region and default zone", () => {
    const [header, ...countries] = rows('countries');
    expect(header).toEqual(['country', 'region', 'default_time_zone']);
    expect(countries).toHaveLength(regions.flatMap((r) => r.countries).length);
    for (const [code, region, zone] of countries) {
      const expected = regionOf(code!);
      expect([expected.id, expected.countries.find((c) => c.code === code)?.timeZone]).toEqual([region, zone]);
    }
  });

  it("provisions.csv is each region's timeline for each purpose, each provision ending where the next starts", () => {
    const [header, ...provisions] = rows('provisions');
    expect(header).toEqual(['purpose', 'region', 'effective_from', 'effective_to', 'status', 'minimum_age', 'lawful_basis']);
    const expected = PURPOSE_IDS.flatMap((purpose) =>
      regions.flatMap((region) =>
        timeline(region.countries[0]!.code, purpose).map((p, i, all) => [
          purpose,
          region.id,
          p.effectiveFrom,
          all[i + 1]?.effectiveFrom ?? '',
          p.status,
          p.minimumAge === null ? '' : String(p.minimumAge),
          p.lawfulBasis ?? '',
        ]),
      ),
    );
    expect(provisions).toEqual(expected);
  });

  it("read by DuckDB's read_csv with typed columns and NULL for an empty field", async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(loadTablesSql());
    const types = await db.runAndReadAll("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'lpd_provisions'");
    expect(Object.fromEntries(types.getRowsJson())).toEqual({
      purpose: 'VARCHAR',
      region: 'VARCHAR',
      effective_from: 'DATE',
      effective_to: 'DATE',
      status: 'VARCHAR',
      minimum_age: 'BIGINT',
      lawful_basis: 'VARCHAR',
    });
    const open = await db.runAndReadAll(
      "SELECT count(*) FROM lpd_provisions WHERE effective_to IS NULL AND purpose = 'ai-training'",
    );
    expect(open.getRowsJson()).toEqual([[String(regions.length)]]);
  });
});
