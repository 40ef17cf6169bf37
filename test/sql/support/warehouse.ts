/**
 * The shipped tables and sql/duckdb.sql in an embedded DuckDB, loaded the way docs/warehouse.md shows, with a
 * member table filled through DuckDB's appender.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DuckDBDateValue,
  DuckDBInstance,
  DuckDBTimestampTZValue,
  type DuckDBAppender,
  type DuckDBConnection,
} from '@duckdb/node-api';

/** The package root: where tables/ and sql/ are. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** An instant as `lpd_members` holds it: microseconds since the epoch, an infinity, or NULL. */
export type SqlInstant = bigint | 'infinity' | '-infinity' | null;
/** A date as `lpd_members` holds it: days since the epoch, an infinity, or NULL. */
export type SqlDate = number | 'infinity' | '-infinity' | null;

/** One row of `lpd_members`. */
export interface SqlMember {
  readonly member_id: number;
  readonly country: string | null;
  readonly asked_at: SqlInstant;
  readonly birth_date: SqlDate;
  readonly time_zone: string | null;
  readonly opted_out_ai_training: SqlInstant;
  readonly opted_out_microsoft_ads: SqlInstant;
  readonly opted_out_microsoft_ai_training: SqlInstant;
}

/** One row of `lpd_member_decisions`, dates as `YYYY-MM-DD`. */
export interface SqlDecision {
  readonly member_id: number;
  readonly purpose: string;
  readonly status: string | null;
  readonly reasons: readonly string[] | null;
  readonly region: string | null;
  readonly time_zone: string | null;
  readonly provision_effective_from: string | null;
  readonly error: string | null;
}

const MEMBERS_TABLE = `CREATE OR REPLACE TABLE lpd_members (
  member_id BIGINT, country VARCHAR, asked_at TIMESTAMPTZ, birth_date DATE, time_zone VARCHAR,
  opted_out_ai_training TIMESTAMPTZ, opted_out_microsoft_ads TIMESTAMPTZ, opted_out_microsoft_ai_training TIMESTAMPTZ
)`;

/** The statements docs/warehouse.md gives for loading the tables, for files under `root`. */
export function loadTablesSql(root: string = PACKAGE_ROOT): string {
  return `CREATE OR REPLACE TABLE lpd_countries AS SELECT * FROM read_csv('${root}tables/countries.csv');
CREATE OR REPLACE TABLE lpd_provisions AS SELECT * FROM read_csv('${root}tables/provisions.csv');`;
}

/** The statements docs/warehouse.md gives for loading the evidence tables, for files under `root`. */
export function loadEvidenceSql(root: string = PACKAGE_ROOT): string {
  return ['sources', 'claims', 'citations']
    .map((name) => `CREATE OR REPLACE TABLE lpd_${name} AS SELECT * FROM read_csv('${root}tables/${name}.csv');`)
    .join('\n');
}

/**
 * A connection to a new in-memory DuckDB with the tables loaded, an empty `lpd_members` and the view created
 * by running sql/duckdb.sql as shipped. `threads` caps DuckDB's worker threads (the machine's cores by default).
 */
export async function openWarehouse(options: { root?: string; threads?: number } = {}): Promise<DuckDBConnection> {
  const root = options.root ?? PACKAGE_ROOT;
  const instance = await DuckDBInstance.create(':memory:', options.threads === undefined ? {} : { threads: String(options.threads) });
  const connection = await instance.connect();
  await connection.run(loadTablesSql(root));
  await connection.run(MEMBERS_TABLE);
  await connection.run(readFileSync(`${root}sql/duckdb.sql`, 'utf8'));
  return connection;
}

/** Replaces the rows of `lpd_members` with `members`. */
export async function loadMembers(connection: DuckDBConnection, members: Iterable<SqlMember>): Promise<void> {
  await connection.run('DELETE FROM lpd_members');
  const appender = await connection.createAppender('lpd_members');
  for (const m of members) {
    appender.appendBigInt(BigInt(m.member_id));
    appendText(appender, m.country);
    appendInstant(appender, m.asked_at);
    appendDate(appender, m.birth_date);
    appendText(appender, m.time_zone);
    appendInstant(appender, m.opted_out_ai_training);
    appendInstant(appender, m.opted_out_microsoft_ads);
    appendInstant(appender, m.opted_out_microsoft_ai_training);
    appender.endRow();
  }
  appender.closeSync();
}

function appendText(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

function appendInstant(appender: DuckDBAppender, value: SqlInstant): void {
  if (value === null) appender.appendNull();
  else if (value === 'infinity') appender.appendTimestampTZ(DuckDBTimestampTZValue.PosInf);
  else if (value === '-infinity') appender.appendTimestampTZ(DuckDBTimestampTZValue.NegInf);
  else appender.appendTimestampTZ(new DuckDBTimestampTZValue(value));
}

function appendDate(appender: DuckDBAppender, value: SqlDate): void {
  if (value === null) appender.appendNull();
  else if (value === 'infinity') appender.appendDate(DuckDBDateValue.PosInf);
  else if (value === '-infinity') appender.appendDate(DuckDBDateValue.NegInf);
  else appender.appendDate(new DuckDBDateValue(value));
}

/**
 * Every row of the view, ordered by member and purpose. Each row comes out of DuckDB as one JSON text and is
 * sorted here: reading hundreds of thousands of rows value by value through the client, or sorting them in
 * DuckDB first, costs seconds.
 */
export async function readDecisions(connection: DuckDBConnection): Promise<SqlDecision[]> {
  const reader = await connection.runAndReadAll(
    `SELECT CAST(to_json({
       member_id: member_id, purpose: purpose, status: status, reasons: reasons, region: region, time_zone: time_zone,
       provision_effective_from: CAST(provision_effective_from AS VARCHAR), error: error
     }) AS VARCHAR)
     FROM lpd_member_decisions`,
  );
  const [texts = []] = reader.getColumnsJson();
  return texts
    .map((text) => {
      const row = JSON.parse(String(text)) as SqlDecision;
      return { ...row, member_id: Number(row.member_id) };
    })
    .sort((a, b) => a.member_id - b.member_id || (a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
}
