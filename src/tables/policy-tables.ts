import { PURPOSE_IDS, type PurposeId } from '../ids.js';
import type { ProvisionRecord, Region } from '../schema/index.js';

/** A column of a policy table and its SQL type. */
export interface TableColumn {
  readonly name: string;
  readonly type: 'VARCHAR' | 'DATE' | 'INTEGER';
}

/** A table as shipped under tables/: its name, columns, and rows (`null` for an empty field). */
export interface PolicyTable {
  readonly name: 'countries' | 'provisions';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

const column = (name: string, type: TableColumn['type'] = 'VARCHAR'): TableColumn => ({ name, type });

/**
 * The policy as two tables for SQL engines: each country's region and default zone, and each provision's
 * validity and the fields a decision needs. Dates stay calendar dates (`YYYY-MM-DD`); a provision's
 * `effective_to` is the next provision's `effective_from`, null while open. Rows are ordered: countries by code,
 * provisions by purpose, region (in the regions' order) and date.
 */
export function policyTables(
  regions: readonly Region[],
  provisionsOf: (purpose: PurposeId, region: Region) => readonly ProvisionRecord[],
): readonly PolicyTable[] {
  const countries = regions
    .flatMap((region) => region.countries.map((country) => [country.code, region.id, country.timeZone] as const))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const provisions = PURPOSE_IDS.flatMap((purpose) =>
    regions.flatMap((region) =>
      provisionsOf(purpose, region).map((provision, i, all) => [
        purpose,
        region.id,
        provision.effectiveFrom,
        all[i + 1]?.effectiveFrom ?? null,
        provision.status,
        provision.minimumAge,
        provision.lawfulBasis,
      ]),
    ),
  );
  return [
    { name: 'countries', columns: [column('country'), column('region'), column('default_time_zone')], rows: countries },
    {
      name: 'provisions',
      columns: [
        column('purpose'),
        column('region'),
        column('effective_from', 'DATE'),
        column('effective_to', 'DATE'),
        column('status'),
        column('minimum_age', 'INTEGER'),
        column('lawful_basis'),
      ],
      rows: provisions,
    },
  ];
}

/** RFC 4180 CSV with a header line and `\n` line ends; fields are quoted only where they must be. */
export function tableCsv({ columns, rows }: PolicyTable): string {
  return [columns.map((c) => c.name), ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // An empty string would read back as null, so it is quoted; no field of the dataset is empty today.
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One JSON object per row and line, keyed by column name, with `null` for an empty field. */
export function tableNdjson({ columns, rows }: PolicyTable): string {
  return rows.map((row) => `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, row[i] ?? null])))}\n`).join('');
}
