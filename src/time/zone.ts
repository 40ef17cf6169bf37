import { fromZonedTime } from 'date-fns-tz/fromZonedTime';

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

// Day starts are asked for the same few effective dates and birthdays over and over; computing one needs an
// Intl round trip, so they are cached per zone. The cap keeps a batch over millions of distinct birth dates
// from growing the cache without end.
const DAY_START_CACHE_LIMIT = 50_000;
const dayStarts = new Map<string, Map<string, number>>();
let cachedDays = 0;

/**
 * The instant (epoch ms) at which calendar day `isoDate` (`YYYY-MM-DD`, already validated) begins in `zone`:
 * 00:00 local time, or the first instant after it where a DST change skips midnight.
 */
export function startOfDayIn(isoDate: string, zone: string): number {
  let days = dayStarts.get(zone);
  if (days === undefined) {
    days = new Map();
    dayStarts.set(zone, days);
  }
  let start = days.get(isoDate);
  if (start === undefined) {
    start = wallTimeIn(`${isoDate}T00:00:00`, zone);
    if (cachedDays >= DAY_START_CACHE_LIMIT) {
      dayStarts.clear();
      cachedDays = 0;
      dayStarts.set(zone, days);
      days.clear();
    }
    days.set(isoDate, start);
    cachedDays++;
  }
  return start;
}

/** The instant at which the offset-free wall time `localDateTime` (`YYYY-MM-DDTHH:mm:ss[.SSS]`) occurs in `zone`. */
export function wallTimeIn(localDateTime: string, zone: string): number {
  return fromZonedTime(localDateTime, zone).getTime();
}
