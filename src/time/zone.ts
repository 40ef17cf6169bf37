import { getTimezoneOffset } from 'date-fns-tz/getTimezoneOffset';
import { ZoneMemo } from './memo.js';

const validZones = new Set<string>();

/** Whether `zone` is an IANA time zone this runtime's Intl knows. Answers are cached. */
export function isTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    return false;
  }
  validZones.add(zone);
  return true;
}

/**
 * How far the start of a calendar day in any zone can lie from 00:00 UTC of that date. A day starts at the first
 * instant whose wall time shows that date, and wall time is UTC plus an offset of less than a day (Temporal and
 * the tz database both hold offsets under 24 hours), so the start lies within a day of the UTC midnight; two days
 * leave a margin. An instant further than this from a date's UTC midnight is on a known side of the date's start
 * in every zone, which settles most comparisons with a day start without computing it.
 */
export const DAY_START_SPREAD_MS = 2 * 86_400_000;

// Day starts are asked for the same few effective dates and birthdays over and over, and each costs Intl round
// trips, so they are cached.
const dayStarts = new ZoneMemo(50_000);
const DAY_MS = 86_400_000;

/**
 * The instant (epoch ms) at which calendar day `isoDate` (`YYYY-MM-DD`, already validated) begins in `zone`:
 * 00:00 local time, or, where a clock change skips midnight, the moment the clocks jump.
 */
export function startOfDayIn(isoDate: string, zone: string): number {
  let start = dayStarts.get(zone, isoDate);
  if (start === undefined) {
    start = resolveWallTime(`${isoDate}T00:00:00.000`, zone);
    dayStarts.set(zone, isoDate, start);
  }
  return start;
}

/**
 * The instant at which wall time `wallTime` (`YYYY-MM-DDTHH:mm:ss.SSS`) on `isoDate` occurs in `zone`. On a day
 * exactly 24 hours long in `zone` it is the day's start plus `msIntoDay`; any other day — a clock change in it —
 * goes through {@link resolveWallTime}.
 */
export function wallTimeIn(isoDate: string, nextIsoDate: string, msIntoDay: number, wallTime: string, zone: string): number {
  const start = startOfDayIn(isoDate, zone);
  if (startOfDayIn(nextIsoDate, zone) - start === DAY_MS) return start + msIntoDay;
  return resolveWallTime(wallTime, zone);
}

// No clock change in the tz database moves by more than three hours, except whole skipped days (Samoa and
// Tokelau skipped 30 December 2011, Kiribati's Line Islands 31 December 1994).
const QUIET_MS = 4 * 3_600_000;
const SEARCH_MS = 26 * 3_600_000;

/**
 * The instant of an offset-free wall time in `zone`, the same under every host zone: the earliest instant that
 * shows that wall time where clocks fall back and show it twice, and the moment the clocks jump where they spring
 * forward over it. date-fns-tz's answer stands when the zone's own calendar, read through Intl, shows no clock
 * change within hours of it; near a change, where date-fns-tz lets the host's zone decide, the instants showing
 * the wall time under the offsets in force around it are checked against the zone's calendar instead.
 */
export function resolveWallTime(wallTime: string, zone: string): number {
  const target = wallKey(wallTime);
  // What date-fns-tz's fromZonedTime computes for such a string, without its ISO parser: the wall time's key is
  // the wall time read as UTC, and the zone's offset around it (date-fns-tz refines it once) is taken away.
  const guess = target - getTimezoneOffset(zone, new Date(target));
  if (
    localKey(guess, zone) === target &&
    localKey(guess - QUIET_MS, zone) === target - QUIET_MS &&
    localKey(guess + QUIET_MS, zone) === target + QUIET_MS
  ) {
    return guess;
  }
  const around = [guess - SEARCH_MS, guess, guess + SEARCH_MS];
  const showing = around
    .map((probe) => target - (localKey(probe, zone) - probe))
    .filter((candidate) => localKey(candidate, zone) === target);
  if (showing.length > 0) return Math.min(...showing);
  // Skipped: the first instant whose wall time is past the target is where the clocks jumped over it.
  let low = guess - SEARCH_MS;
  let high = guess + SEARCH_MS;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localKey(mid, zone) > target) high = mid;
    else low = mid;
  }
  return high;
}

/** A wall time `YYYY-MM-DDTHH:mm:ss.SSS` as a number that orders wall times, for comparisons only. */
function wallKey(wallTime: string): number {
  const n = (from: number, to: number) => Number(wallTime.slice(from, to));
  return keyOf(n(0, 4), n(5, 7), n(8, 10), n(11, 13), n(14, 16), n(17, 19), n(20, 23));
}

// Date.UTC reads years 0-99 as 1900-1999, so the year is set on its own.
function keyOf(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const key = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  key.setUTCFullYear(year);
  return key.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall time that instant `at` shows in `zone`, as a {@link wallKey} number. */
function localKey(at: number, zone: string): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, format);
  }
  const fields: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(at)) fields[type] = value;
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - Number(fields.year) : Number(fields.year);
  const ms = ((at % 1000) + 1000) % 1000;
  return keyOf(year, Number(fields.month), Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second), ms);
}
