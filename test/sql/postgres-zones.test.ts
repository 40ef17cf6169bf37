/**
 * PostgreSQL's time zones (its own copy of the time-zone database, in PGlite) against the library's (the
 * runtime's Intl): the names the view accepts are names the library accepts, and the view's lpd_day_start_ms
 * starts every effective date at the library's instant in every zone, except exactly where the two databases
 * disagree (support/zones-apart.ts).
 */
import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTimeZone, startOfDayIn } from '../../src/time/zone.js';
import { EDGE_ZONES } from './support/members.js';
import { openPostgres, postgresZones } from './support/postgres.js';
import { PACKAGE_ROOT } from './support/warehouse.js';
import { POSTGRES_ZONES_APART } from './support/zones-apart.js';

let db: PGlite;
let zones: string[];

beforeAll(async () => {
  db = await openPostgres();
  zones = await postgresZones(db);
}, 120_000);

afterAll(async () => {
  await db?.close();
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
    expect(zones.filter((zone) => !isTimeZone(zone))).toEqual([]);
    expect(zones.length).toBeGreaterThan(590);
  });

  it('start every effective date at the same instant in every zone, but where the databases part', async () => {
    const provisions = readFileSync(`${PACKAGE_ROOT}tables/provisions.csv`, 'utf8');
    const days = [...new Set([...provisions.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(([day]) => day))];
    const starts = await dayStarts(zones, days);
    expect(starts).toHaveLength(zones.length * days.length);
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
