/**
 * ClickHouse's time zones (its own copy of the time-zone database, in chDB) against the library's (the
 * runtime's Intl): the names the view accepts are names the library accepts, and the view's lpd_day_start_ms
 * starts every effective date at the library's instant in every zone, except exactly where the two databases
 * disagree (test/sql/support/zones-apart.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTimeZone, startOfDayIn } from '../../src/time/zone.js';
import { EDGE_ZONES } from '../sql/support/members.js';
import { PACKAGE_ROOT } from '../sql/support/warehouse.js';
import { CLICKHOUSE_ZONES_APART } from '../sql/support/zones-apart.js';
import { clickhouseZones, openClickHouse, type ChSession } from './support.js';

let db: ChSession;
let zones: string[];

beforeAll(() => {
  db = openClickHouse();
  zones = clickhouseZones(db);
});

afterAll(() => {
  db?.close();
});

const sqlList = (items: readonly string[]) => `[${items.map((item) => `'${item.replaceAll("'", "''")}'`).join(', ')}]`;

/** lpd_day_start_ms for every zone and day given, beside the library's start of that day. */
function dayStarts(zoneList: readonly string[], days: readonly string[]) {
  const text = db.query(
    `SELECT zone, toString(date) AS day, lpd_day_start_ms(zone, date) AS view
     FROM (SELECT arrayJoin(${sqlList(zoneList)}) AS zone) AS zones
     CROSS JOIN (SELECT toDate32(arrayJoin(${sqlList(days)})) AS date) AS days
     ORDER BY zone, date SETTINGS output_format_json_quote_64bit_integers = 0`,
    'JSONEachRow',
  );
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { zone: string; day: string; view: number })
    .map((r) => ({ ...r, library: startOfDayIn(r.day, r.zone) }));
}

describe('time zones in ClickHouse and in the library', () => {
  it("the view accepts only names the library accepts: all of ClickHouse's but its placeholder 'Factory'", () => {
    expect(zones.filter((zone) => !isTimeZone(zone))).toEqual([]);
    expect(db.query("SELECT count() FROM system.time_zones WHERE time_zone = 'Factory'", 'TSV').trim()).toBe('1');
    expect(zones.length).toBeGreaterThan(590);
  });

  it('start every effective date at the same instant in every zone, but where the databases part', () => {
    const provisions = readFileSync(`${PACKAGE_ROOT}tables/provisions.csv`, 'utf8');
    const days = [...new Set([...provisions.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(([day]) => day))];
    const starts = dayStarts(zones, days);
    expect(starts).toHaveLength(zones.length * days.length);
    const apart = starts.filter((s) => s.view !== s.library).map((s) => `${s.zone} ${s.day}`);
    expect(apart).toEqual(Object.entries(CLICKHOUSE_ZONES_APART).flatMap(([zone, dates]) => dates.map((day) => `${zone} ${day}`)));
  }, 300_000);

  it('start the days around a repeated or skipped midnight as the library does', () => {
    const starts = dayStarts(EDGE_ZONES, ['2024-09-08', '2024-11-03', '2024-10-27', '2025-04-06', '2025-09-07', '2026-03-29']);
    expect(starts.filter((s) => s.view !== s.library)).toEqual([]);
    // ClickHouse's own reading of a skipped midnight is an hour before the jump; the view gives the jump.
    const own = Number(db.query("SELECT toUnixTimestamp(toDateTime('2025-09-07 00:00:00', 'America/Santiago'))", 'TSV').trim()) * 1000;
    expect(starts.find((s) => s.zone === 'America/Santiago' && s.day === '2025-09-07')?.view).toBe(own + 3_600_000);
  });
});
