/**
 * The shipped tables and sql/clickhouse.sql in chDB (the ClickHouse engine embedded in Node), loaded the way
 * docs/warehouse.md shows, with a member table filled from a file. chDB is about 550 MB installed, so it lives in
 * this folder's own package (`npm run install:clickhouse`), not among the package's dev dependencies.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT, type SqlDecision, type SqlInstant, type SqlMember, type SqlDate } from '../sql/support/warehouse.js';

/** The part of chDB's Session these tests use. */
export interface ChSession {
  query(sql: string, format?: string): string;
  close(): void;
}

/** The statements docs/warehouse.md gives for creating and filling the two policy tables, for files under `root`. */
export function clickhouseTablesSql(root: string = PACKAGE_ROOT): string[] {
  return [
    `CREATE TABLE lpd_countries (country String, region String, default_time_zone String) ENGINE = Memory`,
    `CREATE TABLE lpd_provisions (purpose String, region String, effective_from Date32, effective_to Nullable(Date32),
       status String, minimum_age Nullable(Int32), lawful_basis Nullable(String)) ENGINE = Memory`,
    `INSERT INTO lpd_countries SELECT * FROM file('${root}tables/countries.csv', CSVWithNames)`,
    `INSERT INTO lpd_provisions SELECT * FROM file('${root}tables/provisions.csv', CSVWithNames)`,
  ];
}

const MEMBERS_TABLE = `CREATE TABLE lpd_members (
  member_id Int64, country String, asked_at DateTime64(3, 'UTC'), birth_date Nullable(Date32), time_zone Nullable(String),
  opted_out_ai_training Nullable(DateTime64(3, 'UTC')), opted_out_microsoft_ads Nullable(DateTime64(3, 'UTC')),
  opted_out_microsoft_ai_training Nullable(DateTime64(3, 'UTC'))
) ENGINE = Memory`;

/** chDB's Session class, or an error that says how to install it. */
function sessionClass(): new (path?: string) => ChSession {
  const require = createRequire(import.meta.url);
  try {
    return (require('chdb') as { Session: new (path?: string) => ChSession }).Session;
  } catch (error) {
    throw new Error(
      'chDB is not installed: the ClickHouse tests need it in test/clickhouse. Run `npm run install:clickhouse` ' +
        `(about 550 MB), then \`npm run test:clickhouse\`. (${String(error)})`,
    );
  }
}

/** Splits a file of statements on the semicolons that end lines (none of sql/clickhouse.sql's strings hold one). */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s !== '');
}

/** A new, empty chDB session. */
export function newSession(): ChSession {
  const Session = sessionClass();
  return new Session();
}

/** A new chDB session with the tables loaded, an empty `lpd_members`, and sql/clickhouse.sql run as shipped. */
export function openClickHouse(root: string = PACKAGE_ROOT): ChSession {
  const session = newSession();
  for (const sql of [...clickhouseTablesSql(root), MEMBERS_TABLE, ...statements(readFileSync(`${root}sql/clickhouse.sql`, 'utf8'))]) {
    session.query(sql);
  }
  return session;
}

/** Every zone the view accepts: all ClickHouse knows but its placeholder 'Factory', which the library refuses. */
export function clickhouseZones(session: ChSession): string[] {
  return session
    .query("SELECT time_zone FROM system.time_zones WHERE time_zone <> 'Factory' ORDER BY time_zone", 'TSV')
    .trimEnd()
    .split('\n');
}

/** The first and last instants a DateTime64 holds, in microseconds since the epoch, and the days of a Date32. */
const EARLIEST_US = BigInt(Date.UTC(1900, 0, 1)) * 1000n;
const LATEST_US = BigInt(Date.UTC(2299, 11, 31, 23, 59, 59, 999)) * 1000n;
const EARLIEST_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const LATEST_DAY = Date.UTC(2299, 11, 31) / 86_400_000;

/**
 * A member row as the ClickHouse member table holds it: a country is a String (never NULL), instants are whole
 * milliseconds from 1900 to 2299, a moment asked about is never NULL (the earliest instant stands in), an opt-out
 * at or before 1900 is the earliest instant, which means opted out before any date, and birth dates lie from 1900
 * to 2299. The library is asked about the row as held.
 */
export function asClickHouseHolds(member: SqlMember): SqlMember {
  const ms = (value: bigint) => value / 1000n * 1000n - (value % 1000n < 0n ? 1000n : 0n);
  const instant = (value: SqlInstant, missing: SqlInstant): SqlInstant => {
    if (value === null) return missing;
    if (value === '-infinity' || (typeof value === 'bigint' && value < EARLIEST_US)) return EARLIEST_US;
    if (value === 'infinity' || value > LATEST_US) return LATEST_US;
    return ms(value);
  };
  const optOut = (value: SqlInstant): SqlInstant => {
    const held = instant(value, null);
    return held === EARLIEST_US ? '-infinity' : held;
  };
  const date = (value: SqlDate): SqlDate => {
    if (value === null) return null;
    if (value === '-infinity' || (typeof value === 'number' && value < EARLIEST_DAY)) return EARLIEST_DAY;
    if (value === 'infinity' || value > LATEST_DAY) return LATEST_DAY;
    return value;
  };
  return {
    member_id: member.member_id,
    country: member.country ?? '',
    asked_at: instant(member.asked_at, EARLIEST_US),
    birth_date: date(member.birth_date),
    time_zone: member.time_zone,
    opted_out_ai_training: optOut(member.opted_out_ai_training),
    opted_out_microsoft_ads: optOut(member.opted_out_microsoft_ads),
    opted_out_microsoft_ai_training: optOut(member.opted_out_microsoft_ai_training),
  };
}

/** Replaces the rows of `lpd_members` with `members`, which must be as ClickHouse holds them. */
export function loadClickHouseMembers(session: ChSession, members: Iterable<SqlMember>): void {
  const instant = (value: SqlInstant) =>
    value === null ? null : value === '-infinity' ? EARLIEST_US / 1000n : value === 'infinity' ? LATEST_US / 1000n : value / 1000n;
  const lines: string[] = [];
  for (const m of members) {
    lines.push(
      JSON.stringify({
        member_id: m.member_id,
        country: m.country,
        asked_ms: String(instant(m.asked_at)),
        birth_day: typeof m.birth_date === 'number' ? m.birth_date : null,
        time_zone: m.time_zone,
        o1: instant(m.opted_out_ai_training)?.toString() ?? null,
        o2: instant(m.opted_out_microsoft_ads)?.toString() ?? null,
        o3: instant(m.opted_out_microsoft_ai_training)?.toString() ?? null,
      }),
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'lpd-clickhouse-'));
  try {
    const file = join(dir, 'members.ndjson');
    writeFileSync(file, lines.join('\n'));
    session.query('TRUNCATE TABLE lpd_members');
    session.query(`INSERT INTO lpd_members
      SELECT member_id, country, fromUnixTimestamp64Milli(toInt64(asked_ms), 'UTC'),
             if(birth_day IS NULL, NULL, toDate32(assumeNotNull(birth_day))), time_zone,
             if(o1 IS NULL, NULL, fromUnixTimestamp64Milli(toInt64(assumeNotNull(o1)), 'UTC')),
             if(o2 IS NULL, NULL, fromUnixTimestamp64Milli(toInt64(assumeNotNull(o2)), 'UTC')),
             if(o3 IS NULL, NULL, fromUnixTimestamp64Milli(toInt64(assumeNotNull(o3)), 'UTC'))
      FROM file('${file}', JSONEachRow, 'member_id Int64, country String, asked_ms String, birth_day Nullable(Int32),
        time_zone Nullable(String), o1 Nullable(String), o2 Nullable(String), o3 Nullable(String)')`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every row of the view, ordered by member and purpose, dates as `YYYY-MM-DD`. A rejected member's empty
 * reasons array reads as the other engines' NULL.
 */
export function readClickHouseDecisions(session: ChSession): SqlDecision[] {
  const text = session.query(
    `SELECT member_id, purpose, status, reasons, region, time_zone, toString(provision_effective_from) AS provision_effective_from, error
     FROM lpd_member_decisions SETTINGS output_format_json_quote_64bit_integers = 0`,
    'JSONEachRow',
  );
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const row = JSON.parse(line) as SqlDecision;
      return { ...row, member_id: Number(row.member_id), reasons: row.error === null ? row.reasons : null };
    })
    .sort((a, b) => a.member_id - b.member_id || (a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
}
