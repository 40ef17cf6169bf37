/**
 * sql/clickhouse.sql as shipped, run in chDB (the ClickHouse engine embedded in Node) against the library's own
 * `decide()`: every member and purpose must get the library's status, reasons in order, region, zone and
 * provision, and the library's error code for every member it rejects. Members are taken as the ClickHouse
 * member table holds them (asClickHouseHolds): a DateTime64 and a Date32 hold 1900 to 2299 only, so no birth
 * date or instant the library rejects can be stored, and the errors left are the country's and the zone's.
 *
 * Run with `npm run test:clickhouse` after `npm run install:clickhouse`; LPD_CLICKHOUSE_MEMBERS sets the
 * number of random members (100,000 by default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { aiTrainingAnswers, aiTrainingStatusCounts, BIRTHDAY_MIDNIGHTS, differences, WEEK_LONG_CLOCK_CHANGES, expectEdgesReached, memberRow as row, micros as ms } from '../sql/support/compare.js';
import { libraryDecisions } from '../sql/support/library.js';
import { EDGE_ZONES, randomMembers } from '../sql/support/members.js';
import type { SqlDecision, SqlMember } from '../sql/support/warehouse.js';
import { CLICKHOUSE_ZONES_APART } from '../sql/support/zones-apart.js';
import {
  asClickHouseHolds,
  clickhouseZones,
  loadClickHouseMembers,
  openClickHouse,
  readClickHouseDecisions,
  type ChSession,
} from './support.js';

const COUNT = Number(process.env['LPD_CLICKHOUSE_MEMBERS'] ?? 100_000);
const SEED = 20_251_103;

let db: ChSession;
let zones: string[];

beforeAll(() => {
  db = openClickHouse();
  // Zones whose rules in ClickHouse's copy of the database differ from Node's on an effective date are not
  // drawn: the two would rightly disagree there.
  zones = clickhouseZones(db).filter((zone) => !(zone in CLICKHOUSE_ZONES_APART));
});

afterAll(() => {
  db?.close();
});

function decisionsFor(members: readonly SqlMember[]): { sql: SqlDecision[]; library: SqlDecision[] } {
  const held = members.map(asClickHouseHolds);
  loadClickHouseMembers(db, held);
  return { sql: readClickHouseDecisions(db), library: held.flatMap((m) => libraryDecisions(m, decide, PURPOSE_IDS)) };
}

describe('lpd_member_decisions in ClickHouse equals decide()', () => {
  it(`for ${COUNT.toLocaleString('en-US')} random members at the edges (seed ${SEED})`, () => {
    const { sql, library } = decisionsFor(randomMembers(COUNT, SEED, zones));
    expect(sql).toHaveLength(COUNT * PURPOSE_IDS.length);
    expect(differences(sql, library).slice(0, 5)).toEqual([]);
    // The draw reaches what it aims at: every status and reason, the errors the table can hold, the edge zones.
    expectEdgesReached(sql, [null, 'INVALID_COUNTRY', 'INVALID_TIME_ZONE'], EDGE_ZONES);
  }, 900_000);

  it('where ClickHouse alone would not: a birthday on a midnight that Havana repeats, one Santiago skips, and 29 February', () => {
    const { sql, library } = decisionsFor(BIRTHDAY_MIDNIGHTS.members);
    expect(differences(sql, library)).toEqual([]);
    expect(aiTrainingAnswers(sql)).toEqual(BIRTHDAY_MIDNIGHTS.aiTraining);
  });

  it('around a clock change undone within a week: the birthday starts at the right instant on every day of it', () => {
    const { sql, library } = decisionsFor(WEEK_LONG_CLOCK_CHANGES);
    expect(differences(sql, library)).toEqual([]);
    // both sides of the 18th birthday are reached: minors out of scope, adults in it
    expect(aiTrainingStatusCounts(sql)).toEqual({ subject: expect.any(Number), 'not-subject': expect.any(Number) });
  });

  it("takes opt-outs at or before the moment, and 1900-01-01 00:00:00.000 as before any date", () => {
    const at = ms('2025-12-01T00:00:00Z');
    const members = [
      row(1, { asked_at: at, opted_out_ai_training: at }),
      row(2, { asked_at: at, opted_out_ai_training: at + 1000n }),
      row(3, { asked_at: at, opted_out_ai_training: '-infinity' }),
      row(4, { asked_at: at, opted_out_ai_training: at - 86_400_000_000n }),
    ];
    const { sql, library } = decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'ai-training').map((d) => d.status)).toEqual(['not-subject', 'subject', 'not-subject', 'not-subject']);
  });

  it('gives a rejected member no answer, only the library error code, for every purpose', () => {
    const members = [
      row(1, { country: 'XX' }),
      row(2, { country: null }),
      row(3, { time_zone: 'Europe/Atlantis' }),
      row(4, { time_zone: 'Factory' }),
      row(5, { time_zone: 'Asia/\u212Aolkata' }), // the Kelvin sign, which lower-cases to k in Unicode
      row(6, { country: 'de', time_zone: 'EUROPE/berlin' }),
    ];
    const { sql, library } = decisionsFor(members);
    expect(differences(sql, library)).toEqual([]);
    expect(sql.filter((d) => d.purpose === 'microsoft-ads').map((d) => [d.error, d.status, d.reasons, d.region])).toEqual([
      ['INVALID_COUNTRY', null, null, null],
      ['INVALID_COUNTRY', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      ['INVALID_TIME_ZONE', null, null, null],
      [null, 'not-subject', ['region-not-in-scope'], 'eu'],
    ]);
  });

  it('answers the same whatever the session time zone', () => {
    const members = randomMembers(500, SEED + 1, zones).map(asClickHouseHolds);
    loadClickHouseMembers(db, members);
    const before = readClickHouseDecisions(db);
    db.query("SET session_timezone = 'Pacific/Kiritimati'");
    try {
      expect(differences(readClickHouseDecisions(db), before)).toEqual([]);
    } finally {
      db.query("SET session_timezone = ''");
    }
  });
});
