import { claimsOf, sourceLookup } from '../src/evidence/resolve.js';
import type { Dataset } from '../src/schema/index.js';
import { policyTables, tableCsv } from '../src/tables/policy-tables.js';

/** The CSV files shipped under tables/, generated from the dataset for SQL engines. */
export function renderTables(data: Dataset): Record<`tables/${string}.csv`, string> {
  const lookup = sourceLookup(data.sources.sources);
  const tables = policyTables(
    data.regions.regions,
    (purpose, region) => {
      const file = data.timelines.find((timeline) => timeline.purpose === purpose);
      if (file === undefined) throw new Error(`no timeline for ${purpose}`);
      return file.regions[region.id].map((record) => ({ ...record, claims: claimsOf(record, lookup) }));
    },
    data.sources.sources,
  );
  return Object.fromEntries(tables.map((table) => [`tables/${table.name}.csv`, tableCsv(table)]));
}
