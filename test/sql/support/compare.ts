/**
 * Helpers shared by the view tests of every engine: a member row built from a few fields, and the rows on which
 * a view and the library part.
 */
import { expect } from 'vitest';
import type { SqlDecision, SqlMember } from './warehouse.js';

/** Microseconds since the epoch of an ISO instant. */
export const micros = (iso: string): bigint => BigInt(Date.parse(iso)) * 1000n;

/** A member row with nothing but a country and a moment; `fields` fill in the rest. */
export function memberRow(member_id: number, fields: Partial<SqlMember>): SqlMember {
  return {
    member_id,
    country: 'DE',
    asked_at: micros('2025-11-04T12:00:00Z'),
    birth_date: null,
    time_zone: null,
    opted_out_ai_training: null,
    opted_out_microsoft_ads: null,
    opted_out_microsoft_ai_training: null,
    ...fields,
  };
}

/** The rows that differ, each beside the library's, for a readable failure. */
export function differences(sql: readonly SqlDecision[], library: readonly SqlDecision[]): { sql: SqlDecision | undefined; library: SqlDecision | undefined }[] {
  const found = [];
  for (let i = 0; i < Math.max(sql.length, library.length); i++) {
    if (JSON.stringify(sql[i]) !== JSON.stringify(library[i])) found.push({ sql: sql[i], library: library[i] });
  }
  return found;
}

/**
 * Birthdays on the midnights where an engine's own reading of local time goes wrong, with the answers the
 * library gives for AI training: Havana's clocks went back from 01:00 to 00:00 on 3 November 2024, so 00:00
 * came twice and the day starts at the first (04:00Z); Santiago's jumped from 00:00 to 01:00 on 7 September
 * 2025, so the day starts at the jump (04:00Z); and someone born on 29 February 2008 turns 18 on 28 February
 * 2026 (in Berlin, at 23:00Z the day before).
 */
export const BIRTHDAY_MIDNIGHTS: { readonly members: readonly SqlMember[]; readonly aiTraining: readonly (readonly [number, string, string[]])[] } = {
  members: [
    memberRow(1, { country: 'CU', birth_date: 13_455, asked_at: micros('2024-11-03T04:30:00Z') }), // born 2006-11-03
    memberRow(2, { country: 'CU', birth_date: 13_455, asked_at: micros('2024-11-03T03:59:59.999Z') }),
    memberRow(3, { country: 'CL', birth_date: 13_763, asked_at: micros('2025-09-07T04:00:00Z') }), // born 2007-09-07
    memberRow(4, { country: 'CL', birth_date: 13_763, asked_at: micros('2025-09-07T03:59:59.999Z') }),
    memberRow(5, { country: 'DE', birth_date: 13_937, asked_at: micros('2026-02-27T22:59:59.999Z') }), // born 2008-02-28
    memberRow(6, { country: 'DE', birth_date: 13_938, asked_at: micros('2026-02-27T22:59:59.999Z') }), // born 2008-02-29
    memberRow(7, { country: 'DE', birth_date: 13_938, asked_at: micros('2026-02-27T23:00:00Z') }),
  ],
  aiTraining: [
    [1, 'subject', ['in-scope']],
    [2, 'unknown', ['not-known']],
    [3, 'subject', ['in-scope']],
    [4, 'unknown', ['not-known']],
    [5, 'not-subject', ['minor']],
    [6, 'not-subject', ['minor']],
    [7, 'subject', ['in-scope']],
  ],
};

/**
 * Clock changes undone within a week, where a view that reads a zone's offset at a few days' interval could step
 * over the change: the suspensions of summer time the tz database predicts for Gaza and Hebron in 2040, 2054 and
 * 2072. (Between 1900 and 2100, reading every zone's offset every six hours, the only other change undone within
 * eight days is Brazil's summer time of 8–15 October 2000, before any provision, where age changes no answer.)
 * Each member turns 18 on a day of the change or the day either side, in that zone, and is asked a millisecond
 * before and at that day's midnight under every offset near the zone's, so one of the two moments is the
 * birthday's start.
 */
export const WEEK_LONG_CLOCK_CHANGES: readonly SqlMember[] = (() => {
  const DAY_MS = 86_400_000;
  const changes: readonly (readonly [zone: string, firstDay: string])[] = [
    ['Asia/Gaza', '2040-10-20'],
    ['Asia/Hebron', '2040-10-20'],
    ['Asia/Gaza', '2054-03-28'],
    ['Asia/Hebron', '2054-03-28'],
    ['Asia/Gaza', '2072-10-22'],
    ['Asia/Hebron', '2072-10-22'],
  ];
  const members: SqlMember[] = [];
  for (const [zone, firstDay] of changes) {
    for (let k = -1; k <= 8; k++) {
      const day = new Date(Date.parse(firstDay) + k * DAY_MS);
      const birth = Date.UTC(day.getUTCFullYear() - 18, day.getUTCMonth(), day.getUTCDate()) / DAY_MS;
      for (const offsetHours of [-5, -4, -3, -2, -1, 1, 2, 3, 4]) {
        const midnight = day.getTime() - offsetHours * 3_600_000;
        for (const at of [midnight - 1, midnight]) {
          members.push(memberRow(members.length + 1, { time_zone: zone, birth_date: birth, asked_at: BigInt(at) * 1000n }));
        }
      }
    }
  }
  return members;
})();

/** How many AI-training answers of `sql` are each status: to show that a set of members reaches both sides of an edge. */
export function aiTrainingStatusCounts(sql: readonly SqlDecision[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of sql) if (d.purpose === 'ai-training') counts[String(d.status)] = (counts[String(d.status)] ?? 0) + 1;
  return counts;
}

/** Each decision's member, status and reasons for AI training, to set beside {@link BIRTHDAY_MIDNIGHTS}. */
export const aiTrainingAnswers = (sql: readonly SqlDecision[]) =>
  sql.filter((d) => d.purpose === 'ai-training').map((d) => [d.member_id, d.status, d.reasons]);

/**
 * That a random draw reached what it aims at: every reason, the errors `errors` (those the engine's member
 * table can hold), and the edge zones.
 */
export function expectEdgesReached(sql: readonly SqlDecision[], errors: readonly (string | null)[], edgeZones: readonly string[]): void {
  const reasons = new Set(sql.flatMap((d) => d.reasons ?? []));
  expect([...reasons].sort()).toEqual(['before-coverage', 'in-scope', 'minor', 'not-known', 'opted-out', 'region-not-in-scope']);
  expect(new Set(sql.map((d) => d.error))).toEqual(new Set(errors));
  const zonesSeen = new Set(sql.map((d) => d.time_zone));
  for (const zone of edgeZones) expect(zonesSeen).toContain(zone);
}

const OPTED_AT = micros('2025-12-01T00:00:00Z');

/**
 * Opt-outs at, just after and before the moment asked about, and before any date, where an instant holds
 * microseconds: with the AI-training status the library gives each. Opted out at or before the moment counts,
 * in whole milliseconds.
 */
export const MICROSECOND_OPT_OUTS: { readonly members: readonly SqlMember[]; readonly aiTraining: readonly string[] } = {
  members: [
    memberRow(1, { asked_at: OPTED_AT, opted_out_ai_training: OPTED_AT }),
    memberRow(2, { asked_at: OPTED_AT, opted_out_ai_training: OPTED_AT + 999n }),
    memberRow(3, { asked_at: OPTED_AT, opted_out_ai_training: OPTED_AT + 1000n }),
    memberRow(4, { asked_at: OPTED_AT, opted_out_ai_training: '-infinity' }),
    memberRow(5, { asked_at: OPTED_AT + 500n, opted_out_ai_training: OPTED_AT + 999n }),
  ],
  aiTraining: ['not-subject', 'not-subject', 'subject', 'not-subject', 'not-subject'],
};
