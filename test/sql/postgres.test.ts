/**
 * sql/postgres.sql as shipped, run in PGlite (PostgreSQL compiled to WebAssembly), in one instance:
 *
 * - against the library's own `decide()`: every member and purpose must get the library's status, reasons in
 *   order, region, zone and provision, and the library's error code for every member it rejects. PGlite decides
 *   far more slowly than DuckDB, so `npm run test:postgres` draws 5,000 random members; CI's PostgreSQL stage
 *   draws 100,000 (LPD_POSTGRES_MEMBERS). `npm test` leaves this file out: creating the database alone takes
 *   seconds of WebAssembly. PostgreSQL's earliest instant is in 4714 BC: the generator's earlier instants are
 *   held as that one, on both sides;
 * - its time zones (PostgreSQL's own copy of the time-zone database) against the library's (the runtime's
 *   Intl): the names the view accepts are names the library accepts, and lpd_day_start_ms starts every
 *   effective date at the library's instant in every zone, except exactly where the two databases disagree
 *   (support/zones-apart.ts);
 * - the PostgreSQL examples of docs/warehouse.md (```sql postgres blocks), in order, in a schema of their own,
 *   with their `-- =>` rows asserted. psql's `\copy … FROM 'file'` and `\i file` are carried out as psql would:
 *   the file's rows through COPY, the file's statements run.
 */
import { readFileSync } from 'node:fs';
import { types, type PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderRow, sqlExamples } from '../../scripts/warehouse-guide.js';
import { decide } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { isTimeZone, startOfDayIn } from '../../src/time/zone.js';
import { aiTrainingAnswers, aiTrainingStatusCounts, BIRTHDAY_MIDNIGHTS, differences, WEEK_LONG_CLOCK_CHANGES, expectEdgesReached, MICROSECOND_OPT_OUTS, memberRow as row, micros as ms } from './support/compare.js';
import { libraryDecisions } from './support/library.js';
import { EDGE_ZONES, randomMembers } from './support/members.js';
import { asPostgresHolds, loadPostgresMembers, openPostgres, postgresZones, readPostgresDecisions } from './support/postgres.js';
import { PACKAGE_ROOT, type SqlDecision, type SqlMember } from './support/warehouse.js';
import { POSTGRES_ZONES_APART } from './support/zones-apart.js';

const COUNT = Number(process.env['LPD_POSTGRES_MEMBERS'] ?? 5_000);
const SEED = 20_251_103;

let db: PGlite;
let allZones: string[];
let zones: string[];

beforeAll(async () => {
  db = await openPostgres();
  allZones = await postgresZones(db);
  // Zones whose rules in PostgreSQL's copy of the database differ from Node's on an effective date are not
  // drawn: the two would rightly disagree there.
  zones = allZones.filter((zone) => !(zone in POSTGRES_ZONES_APART));
}, 120_000);

afterAll(async () => {
  await db?.close();
});

async function decisionsFor(members: readonly SqlMember[]): Promise<{ sql: SqlDecision[]; library: SqlDecision[] }> {
  const held = members.map(asPostgresHolds);
  await loadPostgresMembers(db, held);
  return { sql: await readPostgresDecisions(db), library: held.flatMap((m) => libraryDecisions(m, decide, PURPOSE_IDS)) };
}

describe('lpd_member_decisions in PostgreSQL equals decide()', () => {
  it(`for ${COUNT.toLocaleString('en-US')} random members at the edges (seed ${SEED})`, async () => {
    const { sql, library } = await decisionsFor(randomMembers(COUNT, SEED, zones));
    expect(sql).toHaveLength(COUNT * PURPOSE_IDS.length);
    expect(differences(sql, library).slice(0, 5)).toEqual([]);
    // The draw reaches what it aims at: every status and reason, errors of every kind, the edge zones.
    expectEdgesReached(sql, [null, 'INVALID_COUNTRY', 'INVALID_TIME_ZONE', 'INVALID_BIRTH_DATE', 'INVALID_DATE'], EDGE_ZONES);
  }, 600_000);

  it('where PostgreSQL alone would not: a birthday on a midnight that Havana repeats, one Santiago skips, and 29 February', async () => {
    const { sql, library } = await decisionsFor(BIRTHDAY_MIDNIGHTS.members);
    expect(differences(sql, library)).toEqual([]);
    expect(aiTrainingAnswers(sql)).toEqual(BIRTHDAY_MIDNIGHTS.aiTraining);
  });

  it('around a clock change undone within a week: the birthday starts at the right instant on every day of it', async () => {
    const { sql, library } = await decisionsFor(WEEK_LONG_CLOCK_CHANGES);
    expect(differences(sql, library)).toEqual([]);
    // both sides of the 18th birthday are reached: minors out of scope, adults in it
    expect(aiTrainingStatusCounts(sql)).toEqual({ subject: expect.any(Number), 'not-subject': expect.any(Number) });
  });

  it('takes opt-outs at or before the moment, -infinity before any, microseconds as the milliseconds they fall in', async () => {
    const { sql, library } = await decisionsFor(MICROSECOND_OPT_OUTS.members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => d.status)).toEqual(MICROSECOND_OPT_OUTS.aiTraining);
  });

  it('gives a rejected member no answer, only the library error code, for every purpose', async () => {
    const members = [
      row(1, { country: 'XX' }),
      row(2, { time_zone: 'Europe/Atlantis' }),
      row(3, { birth_date: 'infinity' }),
      row(4, { opted_out_microsoft_ads: 'infinity' }),
      row(5, { asked_at: null }),
      row(6, { asked_at: 8_640_000_000_000_001_000n }),
      row(7, { time_zone: 'Asia/\u212Aolkata' }), // the Kelvin sign, which lower-cases to k in some locales
      row(8, { time_zone: 'posixrules' }),
    ];
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'microsoft-ads').map((d) => [d.error, d.status, d.reasons, d.region])).toEqual([
      ['INVALID_COUNTRY', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      ['INVALID_BIRTH_DATE', null, null, null],
      ['INVALID_DATE', null, null, null],
      ['INVALID_DATE', null, null, null],
      ['INVALID_DATE', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
    ]);
  });

  it('answers the same whatever the session TimeZone and DateStyle', async () => {
    const members = randomMembers(500, SEED + 1, zones).map(asPostgresHolds);
    await loadPostgresMembers(db, members);
    const before = await readPostgresDecisions(db);
    await db.exec("SET TimeZone = 'Pacific/Kiritimati'; SET DateStyle = 'SQL, DMY'");
    try {
      expect(differences(await readPostgresDecisions(db), before)).toEqual([]);
    } finally {
      await db.exec('RESET TimeZone; RESET DateStyle');
    }
  });
});

/** lpd_day_start_ms and PostgreSQL's own reading of 00:00 for every zone and day given. */
async function dayStarts(zoneList: readonly string[], days: readonly string[]) {
  const { rows } = await db.query<{ zone: string; day: string; view: string; own: string }>(
    `SELECT zone, day, lpd_day_start_ms(zone, day::date)::text AS view, lpd_epoch_ms(day::timestamp AT TIME ZONE zone)::text AS own
     FROM unnest($1::text[]) AS zone, unnest($2::text[]) AS day ORDER BY zone, day`,
    [zoneList, days],
  );
  return rows.map((r) => ({ zone: r.zone, day: r.day, view: Number(r.view), own: Number(r.own), library: startOfDayIn(r.day, r.zone) }));
}

describe('time zones in PostgreSQL and in the library', () => {
  it('the view accepts only names the library accepts, and the library accepts all but a few of them', () => {
    expect(allZones.filter((zone) => !isTimeZone(zone))).toEqual([]);
    expect(allZones.length).toBeGreaterThan(590);
  });

  it('start every effective date at the same instant in every zone, but where the databases part', async () => {
    const provisions = readFileSync(`${PACKAGE_ROOT}tables/provisions.csv`, 'utf8');
    const days = [...new Set([...provisions.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(([day]) => day))];
    const starts = await dayStarts(allZones, days);
    expect(starts).toHaveLength(allZones.length * days.length);
    const apart = starts.filter((s) => s.view !== s.library).map((s) => `${s.zone} ${s.day}`);
    expect(apart).toEqual(Object.entries(POSTGRES_ZONES_APART).flatMap(([zone, dates]) => dates.map((day) => `${zone} ${day}`)));
  }, 120_000);

  it('start the days around a repeated or skipped midnight as the library does, where PostgreSQL alone does not', async () => {
    const starts = await dayStarts(EDGE_ZONES, ['2024-09-08', '2024-11-03', '2024-10-27', '2025-04-06', '2025-09-07', '2026-03-29']);
    expect(starts.filter((s) => s.view !== s.library)).toEqual([]);
    // Where midnight comes twice, PostgreSQL takes the second; the view, like the library, the first.
    expect(starts.filter((s) => s.own !== s.view).map((s) => `${s.zone} ${s.day}`)).toEqual(
      expect.arrayContaining(['America/Havana 2024-11-03', 'Atlantic/Azores 2024-10-27']),
    );
  });
});

const guide = readFileSync(`${PACKAGE_ROOT}docs/warehouse.md`, 'utf8');
const here = (path: string) => path.replaceAll('node_modules/linkedin-policy-data/', PACKAGE_ROOT);
// Dates as PostgreSQL writes them, not as JavaScript Dates in the host's zone.
const options = { rowMode: 'array' as const, parsers: { [types.DATE]: (value: string) => value } };

/** Runs one block as psql would and returns the rows of its last statement. */
async function runBlock(pg: PGlite, sql: string): Promise<unknown[][]> {
  let rows: unknown[][] = [];
  let pending: string[] = [];
  const flush = async () => {
    if (pending.join('').trim() === '') return;
    const results = await pg.exec(pending.join('\n'), options);
    rows = (results.at(-1)?.rows ?? []) as unknown[][];
    pending = [];
  };
  for (const line of sql.split('\n')) {
    const copy = /^\\copy\s+(\w+)\s+FROM\s+'([^']+)'\s+(.*)$/.exec(line.trim());
    const include = /^\\i\s+(\S+)$/.exec(line.trim());
    if (copy !== null) {
      await flush();
      await pg.query(`COPY ${copy[1]} FROM '/dev/blob' ${copy[3]}`, [], { blob: new Blob([readFileSync(here(copy[2]!))]) });
    } else if (include !== null) {
      await flush();
      await pg.exec(readFileSync(here(include[1]!), 'utf8'));
    } else {
      pending.push(line);
    }
  }
  await flush();
  return rows;
}

describe('docs/warehouse.md for PostgreSQL', () => {
  it('has examples that load the tables, create the view and show its answers', () => {
    const examples = sqlExamples(guide, 'postgres');
    expect(examples.some((e) => e.sql.includes('\\i node_modules/linkedin-policy-data/sql/postgres.sql'))).toBe(true);
    expect(examples.some((e) => e.sql.includes('\\copy lpd_provisions'))).toBe(true);
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('gives the answers it shows', async () => {
    // A schema of its own, so that the guide's tables, functions and view start from nothing.
    await db.exec('CREATE SCHEMA lpd_guide; SET search_path = lpd_guide');
    const problems: string[] = [];
    for (const example of sqlExamples(guide, 'postgres')) {
      try {
        const rows = (await runBlock(db, example.sql)).map(renderRow);
        if (example.expected !== undefined && rows.join('\n') !== example.expected.join('\n')) {
          problems.push(`docs/warehouse.md:${example.line}: expected\n  ${example.expected.join('\n  ')}\ngot\n  ${rows.join('\n  ')}`);
        }
      } catch (error) {
        problems.push(`docs/warehouse.md:${example.line}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await db.exec('SET search_path = public; DROP SCHEMA lpd_guide CASCADE');
    expect(problems).toEqual([]);
  }, 120_000);
});
