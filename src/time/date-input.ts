import { PolicyInputError, timeOfDate } from '../errors.js';
import { formatIsoDate, isRealDate, nextDay } from './calendar.js';
import { ZoneMemo } from './memo.js';
import { startOfDayIn, wallTimeIn } from './zone.js';

// ECMAScript's own time range: ±100,000,000 days around the epoch.
const MAX_TIME = 8.64e15;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
const LONGEST = '2025-11-03T00:00:00.000+01:00'.length;
const EXPECTED =
  "a Date, epoch milliseconds, 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm[:ss[.SSS]]' (the member's local time) or an ISO instant ending in Z or ±HH:MM";

// Callers ask about the same few dates again and again (a dashboard's "today", a batch's cut-off), so a
// parsed string is remembered per zone; offset-qualified strings do not depend on the zone but share the cache.
const parsed = new ZoneMemo(100_000);

/**
 * Reads a DateInput as epoch milliseconds, reading strings without an offset in `zone`.
 * Throws `PolicyInputError` with code `INVALID_DATE` naming `field` for anything else.
 */
export function toInstant(value: unknown, zone: string, field: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && Math.abs(value) <= MAX_TIME) return value;
    throw new PolicyInputError('INVALID_DATE', field, value, `${EXPECTED}; a number must be finite epoch milliseconds`);
  }
  if (typeof value === 'string') return parsed.get(zone, value) ?? parseDateString(value, zone, field);
  const time = timeOfDate(value);
  if (time !== undefined && !Number.isNaN(time)) return time;
  throw new PolicyInputError('INVALID_DATE', field, value, EXPECTED);
}

function parseDateString(text: string, zone: string, field: string): number {
  const m = text.length <= LONGEST ? DATE_TIME.exec(text) : null;
  if (m === null) throw new PolicyInputError('INVALID_DATE', field, text, EXPECTED);
  const [, year, month, day, hour, minute, second = '00', millis = '000', offset, offsetHour, offsetMinute] = m;
  const date = { year: Number(year), month: Number(month), day: Number(day) };
  const valid =
    isRealDate(date.year, date.month, date.day) &&
    (hour === undefined || (Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59)) &&
    (offsetHour === undefined || (Number(offsetHour) <= 23 && Number(offsetMinute) <= 59));
  if (!valid) throw new PolicyInputError('INVALID_DATE', field, text, `a real calendar date and time: ${EXPECTED}`);

  const isoDate = `${year}-${month}-${day}`;
  let instant: number;
  if (hour === undefined) {
    instant = startOfDayIn(isoDate, zone);
  } else if (offset !== undefined) {
    // Validated above, so Date.parse reads the ECMAScript date-time format here, never a host-specific one.
    instant = Date.parse(text);
  } else {
    const msIntoDay = ((Number(hour) * 60 + Number(minute)) * 60 + Number(second)) * 1000 + Number(millis);
    const wallTime = `${isoDate}T${hour}:${minute}:${second}.${millis}`;
    instant = wallTimeIn(isoDate, formatIsoDate(nextDay(date)), msIntoDay, wallTime, zone);
  }
  parsed.set(zone, text, instant);
  return instant;
}
