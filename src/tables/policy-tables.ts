import { PURPOSE_IDS, type PurposeId } from '../ids.js';
import type { Provision, Region, Source } from '../types/index.js';

/** A column of a policy table and its SQL type. */
export interface TableColumn {
  readonly name: string;
  readonly type: 'VARCHAR' | 'DATE' | 'INTEGER';
}

/** A table as shipped under tables/: its name, columns, and rows (`null` for an empty field). */
export interface PolicyTable {
  readonly name: 'countries' | 'provisions' | 'sources' | 'claims' | 'citations';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

const column = (name: string, type: TableColumn['type'] = 'VARCHAR'): TableColumn => ({ name, type });

/** What the tables need of a provision: its validity, the fields a decision needs, and its claims. */
export type TableProvision = Pick<Provision, 'effectiveFrom' | 'status' | 'minimumAge' | 'lawfulBasis' | 'claims'>;

/**
 * The policy as tables for SQL engines: each country's region and default zone; each provision's validity and
 * the fields a decision needs; and the evidence — every source once, each claim of each provision with its
 * confidence, and each claim's citations (source id, quote, archived revision). Claims and citations name their
 * provision by (purpose, region, effective_from), the key a decision's `provision_effective_from` joins on.
 * Dates stay calendar dates (`YYYY-MM-DD`); a provision's `effective_to` is the next provision's
 * `effective_from`, null while open. Rows are ordered: countries by code; provisions, claims and citations by
 * purpose, region (in the regions' order), date, and then in the library's claim and citation order; sources as
 * the data lists them.
 */
export function policyTables(
  regions: readonly Region[],
  provisionsOf: (purpose: PurposeId, region: Region) => readonly TableProvision[],
  sources: readonly Source[],
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
  const claims: (string | null)[][] = [];
  const citations: (string | null)[][] = [];
  for (const purpose of PURPOSE_IDS) {
    for (const region of regions) {
      for (const provision of provisionsOf(purpose, region)) {
        for (const claim of provision.claims) {
          const key = [purpose, region.id, provision.effectiveFrom, claim.field, claimValue(claim.value)];
          claims.push([...key, claim.confidence]);
          for (const c of claim.citations) citations.push([...key, c.source, c.quote, c.revision]);
        }
      }
    }
  }
  const sourceRows = sources.map((s) => [
    s.id,
    s.title,
    s.publisher,
    s.url,
    s.published,
    s.confidence,
    s.archive?.repository ?? null,
    s.archive?.path ?? null,
    s.archive?.commit ?? null,
    s.archive?.captured ?? null,
  ]);
  const key = [column('purpose'), column('region'), column('effective_from', 'DATE'), column('field'), column('value')];
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
    {
      name: 'sources',
      columns: [
        column('source'),
        column('title'),
        column('publisher'),
        column('url'),
        column('published', 'DATE'),
        column('confidence'),
        column('archive_repository'),
        column('archive_path'),
        column('archive_commit'),
        column('archive_captured', 'DATE'),
      ],
      rows: sourceRows,
    },
    { name: 'claims', columns: [...key, column('confidence')], rows: claims },
    { name: 'citations', columns: [...key, column('source'), column('quote'), column('revision')], rows: citations },
  ];
}

/** A claim's value as text: ids and labels as they are, an age as its digits. */
function claimValue(value: string | number | boolean | null): string | null {
  return value === null ? null : String(value);
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
