/**
 * DuckDB's time zones (ICU, with its own copy of the time-zone database) against the library's (the runtime's
 * Intl): the same zone names, and the same instant for the start of every effective date in every zone and of
 * every day around a clock change — where ICU's own reading differs from the library's rule, the view's
 * lpd_day_start_ms corrects it.
 */
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTimeZone, startOfDayIn } from '../../src/time/zone.js';
import { EDGE_ZONES } from './support/members.js';
import { openWarehouse, PACKAGE_ROOT } from './support/warehouse.js';

let db: DuckDBConnection;
let engineZones: string[];

beforeAll(async () => {
  db = await openWarehouse({ threads: 2 });
  engineZones = (await db.runAndReadAll('SELECT name FROM pg_timezone_names() ORDER BY name')).getRows().map(([name]) => String(name));
});

interface DayStart {
  zone: string;
  day: string;
  view: number;
  icu: number;
}

/** lpd_day_start_ms and ICU's own reading of 00:00, for each (zone, day) the query yields. */
async function dayStarts(pairs: string): Promise<DayStart[]> {
  const reader = await db.runAndReadAll(`
    SELECT zone, strftime(day, '%Y-%m-%d') AS day, lpd_day_start_ms(zone, day) AS view,
           epoch_ms(timezone(zone, CAST(day AS TIMESTAMP))) AS icu
    FROM (${pairs}) ORDER BY zone, day`);
  return reader.getRowObjectsJson().map((r) => ({ zone: String(r['zone']), day: String(r['day']), view: Number(r['view']), icu: Number(r['icu']) }));
}

const sqlList = (items: readonly string[]) => items.map((item) => `'${item.replaceAll("'", "''")}'`).join(', ');

describe('time zones in DuckDB and in the library', () => {
  it("know the same zones: all of DuckDB's but ICU's placeholder 'Factory', and every zone Intl lists", () => {
    expect(engineZones.filter((zone) => !isTimeZone(zone))).toEqual(['Factory']);
    expect(Intl.supportedValuesOf('timeZone').filter((zone) => !engineZones.includes(zone))).toEqual([]);
  });

  it('start every effective date at the same instant in every zone', async () => {
    const provisions = readFileSync(`${PACKAGE_ROOT}tables/provisions.csv`, 'utf8');
    const days = [...new Set([...provisions.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(([day]) => day))];
    const starts = await dayStarts(`
      SELECT name AS zone, CAST(day AS DATE) AS day FROM pg_timezone_names(), unnest([${sqlList(days)}]) AS days(day)
      WHERE name <> 'Factory'`);
    expect(starts).toHaveLength((engineZones.length - 1) * days.length);
    expect(starts.filter((s) => s.view !== startOfDayIn(s.day, s.zone))).toEqual([]);
  });

  it('start every day around a clock change at the same instant, where ICU alone does not', async () => {
    const countries = readFileSync(`${PACKAGE_ROOT}tables/countries.csv`, 'utf8');
    const zones = [...new Set([...EDGE_ZONES, ...[...countries.matchAll(/,([A-Za-z_]+\/[A-Za-z_\/-]+)$/gm)].map((m) => m[1]!)])];
    // The days on which a zone's offset at noon UTC differs from the day before's, and the days either side,
    // from 2024 until the two time-zone databases part (on Morocco's rules from 21 September 2026).
    const starts = await dayStarts(`
      SELECT DISTINCT zone, CAST(day + to_days(CAST(around AS INTEGER)) AS DATE) AS day
      FROM (
        SELECT zone, day,
               lpd_offset_ms(zone, epoch_ms(day) + 43200000) <> lpd_offset_ms(zone, epoch_ms(day) - 43200000) AS changes
        FROM unnest([${sqlList(zones)}]) AS z(zone),
             generate_series(DATE '2024-01-01', DATE '2026-09-19', INTERVAL 1 DAY) AS d(day)
      ), unnest([-1, 0, 1]) AS a(around)
      WHERE changes`);
    expect(new Set(starts.map((s) => s.zone)).size).toBeGreaterThan(50);
    expect(starts.filter((s) => s.view !== startOfDayIn(s.day, s.zone))).toEqual([]);
    // Where midnight comes twice, ICU takes the second; the view, like the library, the first.
    expect(starts.filter((s) => s.icu !== s.view).map((s) => `${s.zone} ${s.day}`)).toEqual(
      expect.arrayContaining(['America/Havana 2024-11-03', 'Atlantic/Azores 2024-10-27']),
    );
  });
});
