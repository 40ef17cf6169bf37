/**
 * sql/duckdb.sql as shipped, run in an embedded DuckDB against the library's own `decide()`: the view must give
 * every member and purpose the library's status, reasons in order, region, zone and provision, and the
 * library's error code for every member it rejects.
 *
 * The number of random members is 20,000 by default, which reaches every edge the generator draws; CI sets
 * LPD_SQL_MEMBERS=100000, and larger values make longer runs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { aiTrainingAnswers, aiTrainingStatusCounts, BIRTHDAY_MIDNIGHTS, differences, WEEK_LONG_CLOCK_CHANGES, expectEdgesReached, MICROSECOND_OPT_OUTS, memberRow, micros } from './support/compare.js';
import { libraryDecisions } from './support/library.js';
import { EDGE_ZONES, randomMembers } from './support/members.js';
import { loadMembers, openWarehouse, readDecisions, type SqlDecision, type SqlMember } from './support/warehouse.js';

const COUNT = Number(process.env['LPD_SQL_MEMBERS'] ?? 20_000);
const SEED = 20_251_103;
const HOUR_MS = 3_600_000;

let db: DuckDBConnection;
let zones: string[];

beforeAll(async () => {
  db = await openWarehouse({ threads: 2 });
  const reader = await db.runAndReadAll("SELECT name FROM pg_timezone_names() WHERE name <> 'Factory'");
  zones = reader.getRows().map(([name]) => String(name));
});

const ms = micros;
const row = memberRow;

async function decisionsFor(members: readonly SqlMember[]): Promise<{ sql: SqlDecision[]; library: SqlDecision[] }> {
  await loadMembers(db, members);
  return { sql: await readDecisions(db), library: members.flatMap((m) => libraryDecisions(m, decide, PURPOSE_IDS)) };
}

describe('lpd_member_decisions equals decide()', () => {
  it(`for ${COUNT.toLocaleString('en-US')} random members at the edges (seed ${SEED})`, async () => {
    const members = randomMembers(COUNT, SEED, zones);
    const { sql, library } = await decisionsFor(members);
    expect(sql).toHaveLength(COUNT * PURPOSE_IDS.length);
    expect(differences(sql, library).slice(0, 5)).toEqual([]);
    // The draw reaches what it aims at: every status and reason, errors of every kind, the edge zones.
    expectEdgesReached(sql, [null, 'INVALID_COUNTRY', 'INVALID_TIME_ZONE', 'INVALID_BIRTH_DATE', 'INVALID_DATE'], EDGE_ZONES);
  }, 300_000);

  it('where ICU alone would not: a birthday on a midnight that Havana repeats, one Santiago skips, and 29 February', async () => {
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

  it('reads effective dates at midnight in the member zone, given in any case', async () => {
    const members = [
      row(1, { asked_at: ms('2025-11-02T22:59:59.999Z') }),
      row(2, { asked_at: ms('2025-11-02T23:00:00Z') }),
      row(3, { country: 'de', time_zone: 'america/new_york', asked_at: ms('2025-11-03T04:59:59.999Z') }),
      row(4, { country: 'dE', time_zone: 'AMERICA/NEW_YORK', asked_at: ms('2025-11-03T05:00:00Z') }),
    ];
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => [d.status, d.provision_effective_from, d.time_zone])).toEqual([
      ['not-subject', '2024-09-18', 'Europe/Berlin'],
      ['subject', '2025-11-03', 'Europe/Berlin'],
      ['not-subject', '2024-09-18', 'america/new_york'],
      ['subject', '2025-11-03', 'AMERICA/NEW_YORK'],
    ]);
  });

  it('takes opt-outs at or before the moment, -infinity before any, and microseconds as the milliseconds they fall in', async () => {
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
      row(6, { country: 'XX', asked_at: null }),
      row(7, { time_zone: 'Asia/\u212Aolkata' }), // the Kelvin sign, which lower-cases to k
    ];
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'microsoft-ads').map((d) => [d.error, d.status, d.reasons, d.region])).toEqual([
      ['INVALID_COUNTRY', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      ['INVALID_BIRTH_DATE', null, null, null],
      ['INVALID_DATE', null, null, null],
      ['INVALID_DATE', null, null, null],
      ['INVALID_COUNTRY', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
    ]);
  });

  it('answers the same whatever the session TimeZone', async () => {
    const members = randomMembers(2_000, SEED + 1, zones);
    await loadMembers(db, members);
    const before = await readDecisions(db);
    await db.run("SET TimeZone = 'Pacific/Kiritimati'");
    try {
      expect(differences(await readDecisions(db), before)).toEqual([]);
    } finally {
      await db.run('RESET TimeZone');
    }
  });

  it('refuses to answer in a calendar other than the Gregorian', async () => {
    await loadMembers(db, [row(1, {})]);
    await db.run("SET Calendar = 'japanese'");
    try {
      await expect(readDecisions(db)).rejects.toThrow("SET Calendar = 'gregorian'");
    } finally {
      await db.run('RESET Calendar');
    }
  });

  it('compares instants to the millisecond: an hour and a millisecond around a midnight', async () => {
    const midnight = Date.parse('2025-11-02T23:00:00Z');
    const members = [-HOUR_MS, -1, 0, 1, HOUR_MS].map((delta, i) => row(i + 1, { asked_at: BigInt(midnight + delta) * 1000n }));
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => d.status)).toEqual(['not-subject', 'not-subject', 'subject', 'subject', 'subject']);
  });
});
