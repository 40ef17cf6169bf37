import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
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

// Day starts are asked for the same few effective dates and birthdays over and over, and each costs an Intl
// round trip, so they are cached.
const dayStarts = new ZoneMemo(50_000);
const DAY_MS = 86_400_000;

/**
 * The instant (epoch ms) at which calendar day `isoDate` (`YYYY-MM-DD`, already validated) begins in `zone`:
 * 00:00 local time, or the first instant after it where a DST change skips midnight.
 */
export function startOfDayIn(isoDate: string, zone: string): number {
  let start = dayStarts.get(zone, isoDate);
  if (start === undefined) {
    start = fromZonedTime(`${isoDate}T00:00:00`, zone).getTime();
    dayStarts.set(zone, isoDate, start);
  }
  return start;
}

/**
 * The instant at which wall time `hh:mm:ss.SSS` on `isoDate` occurs in `zone`. On a day that is exactly 24
 * hours long in `zone` — no offset change anywhere in it — the wall time is the day's start plus the time
 * elapsed since midnight; any other day (a DST change, a zone moving its offset) goes through date-fns-tz.
 */
export function wallTimeIn(isoDate: string, nextIsoDate: string, msIntoDay: number, wallTime: string, zone: string): number {
  const start = startOfDayIn(isoDate, zone);
  if (startOfDayIn(nextIsoDate, zone) - start === DAY_MS) return start + msIntoDay;
  return fromZonedTime(wallTime, zone).getTime();
}
