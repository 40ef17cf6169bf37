/**
 * Where an engine's copy of the time-zone database and Node's disagree on when an effective date starts: the
 * exact zones and dates, checked by each engine's zone test (every pair listed must still disagree, every
 * other pair agree) and left out of that engine's random members. docs/warehouse.md lists them too.
 */

/**
 * PGlite's zone data (PostgreSQL 18.7 in PGlite 0.5.17) holds the legacy zones CET, EET, MET and WET at their
 * standard offsets all year; Node's (tz 2025c) makes them links to Brussels, Athens, Brussels and Lisbon, with
 * summer time. They part on the effective dates that fall in summer.
 */
export const POSTGRES_ZONES_APART: Readonly<Record<string, readonly string[]>> = {
  CET: ['2024-09-18', '2024-09-20', '2024-10-11'],
  EET: ['2024-09-18', '2024-09-20', '2024-10-11'],
  MET: ['2024-09-18', '2024-09-20', '2024-10-11'],
  WET: ['2024-09-18', '2024-09-20', '2024-10-11'],
};

/** ClickHouse's zone data (chDB 3.4.0, ClickHouse 26.7) and Node's agree on every effective date in every zone. */
export const CLICKHOUSE_ZONES_APART: Readonly<Record<string, readonly string[]>> = {};
