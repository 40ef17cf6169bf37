/**
 * The shipped tables and sql/postgres.sql in PGlite (PostgreSQL compiled to WebAssembly), loaded the way
 * docs/warehouse.md shows, with a member table filled through COPY.
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PACKAGE_ROOT, type SqlDecision, type SqlInstant, type SqlMember } from './warehouse.js';

/** The statements docs/warehouse.md gives for creating the two policy tables. */
export const POSTGRES_TABLES = `CREATE TABLE lpd_countries (country text, region text, default_time_zone text);
CREATE TABLE lpd_provisions (purpose text, region text, effective_from date, effective_to date, status text,
                             minimum_age integer, lawful_basis text);`;

const MEMBERS_TABLE = `CREATE TABLE lpd_members (
  member_id bigint, country text, asked_at timestamptz, birth_date date, time_zone text,
  opted_out_ai_training timestamptz, opted_out_microsoft_ads timestamptz, opted_out_microsoft_ai_training timestamptz
)`;

/** PostgreSQL's earliest instant, 4714-11-24 00:00:00 BC UTC, in microseconds since the epoch. */
const EARLIEST_US = -210_866_803_200_000_000n;

/** The zone names PostgreSQL lists that are files or placeholders, not zones, which the view leaves out. */
export const NOT_ZONES = ['Factory', 'localtime', 'posixrules'] as const;

/** A new PGlite with the tables loaded from CSV, an empty `lpd_members`, and sql/postgres.sql run as shipped. */
export async function openPostgres(root: string = PACKAGE_ROOT): Promise<PGlite> {
  const db = await PGlite.create();
  await db.exec(POSTGRES_TABLES);
  for (const table of ['countries', 'provisions']) {
    await db.query(`COPY lpd_${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], {
      blob: new Blob([readFileSync(`${root}tables/${table}.csv`)]),
    });
  }
  await db.exec(MEMBERS_TABLE);
  await db.exec(readFileSync(`${root}sql/postgres.sql`, 'utf8'));
  return db;
}

/** The zones the view accepts: PostgreSQL's names less {@link NOT_ZONES}. */
export async function postgresZones(db: PGlite): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM pg_timezone_names ORDER BY name');
  return rows.map((r) => r.name).filter((name) => !(NOT_ZONES as readonly string[]).includes(name));
}

/**
 * A member row as PostgreSQL can hold it: an instant before PostgreSQL's earliest is held as the earliest (the
 * library then answers for that instant too).
 */
export function asPostgresHolds(member: SqlMember): SqlMember {
  const clamp = (value: SqlInstant): SqlInstant => (typeof value === 'bigint' && value < EARLIEST_US ? EARLIEST_US : value);
  return {
    ...member,
    asked_at: clamp(member.asked_at),
    opted_out_ai_training: clamp(member.opted_out_ai_training),
    opted_out_microsoft_ads: clamp(member.opted_out_microsoft_ads),
    opted_out_microsoft_ai_training: clamp(member.opted_out_microsoft_ai_training),
  };
}

const csvText = (value: string | null) => (value === null ? '' : `"${value.replaceAll('"', '""')}"`);
const csvValue = (value: bigint | number | string | null) => (value === null ? '' : String(value));

// Instants travel as microseconds since the epoch and dates as days since it, converted exactly in SQL: whole
// seconds through to_timestamp, the rest as an interval.
const instantSql = (column: string) => `CASE WHEN ${column} IN ('infinity', '-infinity') THEN ${column}::timestamptz
  ELSE to_timestamp(div(${column}::numeric - mod(mod(${column}::numeric, 1000000) + 1000000, 1000000), 1000000)::double precision)
       + mod(mod(${column}::numeric, 1000000) + 1000000, 1000000)::double precision * interval '1 microsecond' END`;
const dateSql = (column: string) => `CASE WHEN ${column} IN ('infinity', '-infinity') THEN ${column}::date
  ELSE DATE '1970-01-01' + ${column}::integer END`;

/** Replaces the rows of `lpd_members` with `members`, which must be as PostgreSQL holds them. */
export async function loadPostgresMembers(db: PGlite, members: Iterable<SqlMember>): Promise<void> {
  const lines: string[] = [];
  for (const m of members) {
    lines.push(
      [
        m.member_id,
        csvText(m.country),
        csvValue(m.asked_at),
        csvValue(m.birth_date),
        csvText(m.time_zone),
        csvValue(m.opted_out_ai_training),
        csvValue(m.opted_out_microsoft_ads),
        csvValue(m.opted_out_microsoft_ai_training),
      ].join(','),
    );
  }
  await db.exec(`DROP TABLE IF EXISTS lpd_staged_members;
    CREATE TEMP TABLE lpd_staged_members (member_id bigint, country text, asked_at text, birth_date text, time_zone text,
      opted_out_ai_training text, opted_out_microsoft_ads text, opted_out_microsoft_ai_training text);
    TRUNCATE lpd_members;`);
  await db.query(`COPY lpd_staged_members FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([lines.join('\n')]) });
  await db.exec(`INSERT INTO lpd_members
    SELECT member_id, country, ${instantSql('asked_at')}, ${dateSql('birth_date')}, time_zone, ${instantSql('opted_out_ai_training')},
           ${instantSql('opted_out_microsoft_ads')}, ${instantSql('opted_out_microsoft_ai_training')}
    FROM lpd_staged_members;
    DROP TABLE lpd_staged_members;`);
}

/** Every row of the view, ordered by member and purpose, dates as `YYYY-MM-DD`. */
export async function readPostgresDecisions(db: PGlite): Promise<SqlDecision[]> {
  const { rows } = await db.query<{ row: string }>(`
    SELECT json_build_object('member_id', member_id, 'purpose', purpose, 'status', status, 'reasons', reasons,
             'region', region, 'time_zone', time_zone,
             'provision_effective_from', to_char(provision_effective_from, 'YYYY-MM-DD'), 'error', error)::text AS row
    FROM lpd_member_decisions`);
  return rows
    .map(({ row }) => {
      const decision = JSON.parse(row) as SqlDecision;
      return { ...decision, member_id: Number(decision.member_id) };
    })
    .sort((a, b) => a.member_id - b.member_id || (a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
}
