import { PURPOSE_IDS, REGION_IDS } from '../src/ids.js';
import type { Dataset } from '../src/schema/index.js';

/** A table as a header and rows; `null` is written as an empty field. */
type Table = readonly [header: readonly string[], rows: readonly (readonly (string | number | null)[])[]];

/**
 * The tables shipped under tables/, generated from the dataset for SQL engines: each country's region and
 * default zone, and each provision's validity and the fields a decision needs. Dates stay calendar dates
 * (`YYYY-MM-DD`); a provision's `effective_to` is the next provision's `effective_from`, empty while open.
 */
export function renderTables(data: Dataset): Record<`tables/${string}.csv`, string> {
  return {
    'tables/countries.csv': renderCsv(countriesTable(data)),
    'tables/provisions.csv': renderCsv(provisionsTable(data)),
  };
}

function countriesTable(data: Dataset): Table {
  const rows = data.regions.regions
    .flatMap((region) => region.countries.map((country) => [country.code, region.id, country.timeZone] as const))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [['country', 'region', 'default_time_zone'], rows];
}

function provisionsTable(data: Dataset): Table {
  const rows = PURPOSE_IDS.flatMap((purpose) => {
    const file = data.timelines.find((timeline) => timeline.purpose === purpose);
    if (file === undefined) throw new Error(`no timeline for ${purpose}`);
    return REGION_IDS.flatMap((region) =>
      file.regions[region].map((provision, i, all) => [
        purpose,
        region,
        provision.effectiveFrom,
        all[i + 1]?.effectiveFrom ?? null,
        provision.status,
        provision.minimumAge,
        provision.lawfulBasis,
      ]),
    );
  });
  return [['purpose', 'region', 'effective_from', 'effective_to', 'status', 'minimum_age', 'lawful_basis'], rows];
}

/** RFC 4180 CSV with a header line and `\n` line ends; fields are quoted only where they must be. */
function renderCsv([header, rows]: Table): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // An empty string would read back as null, so it is quoted; no field of the dataset is empty today.
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
