/**
 * sql/postgres.sql as shipped, run in PGlite (PostgreSQL compiled to WebAssembly) against the library's own
 * `decide()`: every member and purpose must get the library's status, reasons in order, region, zone and
 * provision, and the library's error code for every member it rejects.
 *
 * PGlite decides far more slowly than DuckDB, so `npm test` draws 5,000 random members; CI's PostgreSQL stage
 * draws 100,000 (LPD_POSTGRES_MEMBERS). PostgreSQL's earliest instant is 4714 BC: the generator's earlier
 * instants are held as that one, on both sides.
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { differences, memberRow as row, micros as ms } from './support/compare.js';
import { libraryDecisions } from './support/library.js';
import { EDGE_ZONES, randomMembers } from './support/members.js';
import { asPostgresHolds, loadPostgresMembers, openPostgres, postgresZones, readPostgresDecisions } from './support/postgres.js';
import { POSTGRES_ZONES_APART } from './support/zones-apart.js';
import type { SqlDecision, SqlMember } from './support/warehouse.js';

const COUNT = Number(process.env['LPD_POSTGRES_MEMBERS'] ?? 5_000);
const SEED = 20_251_103;

let db: PGlite;
let zones: string[];

beforeAll(async () => {
  db = await openPostgres();
  // Zones whose rules in PostgreSQL's copy of the database differ from Node's on an effective date (see
  // zones-apart.ts) are not drawn: the two would rightly disagree there.
  zones = (await postgresZones(db)).filter((zone) => !(zone in POSTGRES_ZONES_APART));
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
    const reasons = new Set(sql.flatMap((d) => d.reasons ?? []));
    expect([...reasons].sort()).toEqual(['before-coverage', 'in-scope', 'minor', 'not-known', 'opted-out', 'region-not-in-scope']);
    expect(new Set(sql.map((d) => d.error))).toEqual(new Set([null, 'INVALID_COUNTRY', 'INVALID_TIME_ZONE', 'INVALID_BIRTH_DATE', 'INVALID_DATE']));
    const zonesSeen = new Set(sql.map((d) => d.time_zone));
    for (const zone of EDGE_ZONES) expect(zonesSeen).toContain(zone);
  }, 600_000);

  it('where PostgreSQL alone would not: a birthday on a midnight that Havana repeats, and one Santiago skips', async () => {
    const members = [
      row(1, { country: 'CU', birth_date: 13_455, asked_at: ms('2024-11-03T04:30:00Z') }), // 2006-11-03
      row(2, { country: 'CU', birth_date: 13_455, asked_at: ms('2024-11-03T03:59:59.999Z') }),
      row(3, { country: 'CL', birth_date: 13_763, asked_at: ms('2025-09-07T04:00:00Z') }), // 2007-09-07
      row(4, { country: 'CL', birth_date: 13_763, asked_at: ms('2025-09-07T03:59:59.999Z') }),
      row(5, { country: 'DE', birth_date: 13_937, asked_at: ms('2026-02-27T22:59:59.999Z') }), // 2008-02-28
      row(6, { country: 'DE', birth_date: 13_938, asked_at: ms('2026-02-27T22:59:59.999Z') }), // 2008-02-29, 18 on 28 February
      row(7, { country: 'DE', birth_date: 13_938, asked_at: ms('2026-02-27T23:00:00Z') }),
    ];
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => [d.member_id, d.status, d.reasons])).toEqual([
      [1, 'subject', ['in-scope']],
      [2, 'unknown', ['not-known']],
      [3, 'subject', ['in-scope']],
      [4, 'unknown', ['not-known']],
      [5, 'not-subject', ['minor']],
      [6, 'not-subject', ['minor']],
      [7, 'subject', ['in-scope']],
    ]);
  });

  it('takes opt-outs at or before the moment, -infinity before any, microseconds as the milliseconds they fall in', async () => {
    const at = ms('2025-12-01T00:00:00Z');
    const members = [
      row(1, { asked_at: at, opted_out_ai_training: at }),
      row(2, { asked_at: at, opted_out_ai_training: at + 999n }),
      row(3, { asked_at: at, opted_out_ai_training: at + 1000n }),
      row(4, { asked_at: at, opted_out_ai_training: '-infinity' }),
      row(5, { asked_at: at + 500n, opted_out_ai_training: at + 999n }),
    ];
    const { sql, library } = await decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => d.status)).toEqual([
      'not-subject',
      'not-subject',
      'subject',
      'not-subject',
      'not-subject',
    ]);
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
