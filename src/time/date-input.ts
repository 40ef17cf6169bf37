import { dateTime, PolicyInputError } from '../errors.js';
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
const parsed = new ZoneMemo(20_000);

/**
 * Reads a DateInput as epoch milliseconds, reading strings without an offset in `zone`.
 * Throws `PolicyInputError` with code `INVALID_DATE` naming `field` for anything else.
 */
export function toInstant(value: unknown, zone: string, field: string): number {
  // Small enough for the engine to inline into every answer, whichever else it inlines.
  return typeof value === 'string' ? instantOfString(value, zone, field) : instantOf(value, field);
}

function instantOfString(text: string, zone: string, field: string): number {
  return parsed.get(zone, text) ?? parseDateString(text, zone, field);
}

// Strings known to be valid DateInputs, whatever the zone they are read in.
const validStrings = new Set<string>();
const VALID_STRINGS_LIMIT = 20_000;

/**
 * Checks a DateInput without reading it in any zone: a string stays as it is (validated), a number or a Date
 * becomes epoch milliseconds. Throws like {@link toInstant}.
 */
export function checkDateInput(value: unknown, field: string): string | number {
  if (typeof value !== 'string') return instantOf(value, field);
  if (!validStrings.has(value)) {
    readDateString(value, field);
    if (validStrings.size >= VALID_STRINGS_LIMIT) validStrings.clear();
    validStrings.add(value);
  }
  return value;
}

/**
 * A DateInput as epoch milliseconds when that takes no parsing: a number or a Date in range, or a string already
 * read in `zone`. NaN for anything else, valid or not (NaN rather than undefined keeps the number unboxed); it
 * never throws.
 */
export function knownInstant(value: unknown, zone: string): number {
  const time = typeof value === 'number' ? value : typeof value === 'string' ? (parsed.get(zone, value) ?? NaN) : dateTime(value);
  return Math.abs(time) <= MAX_TIME ? time : NaN;
}

/** A number or a Date as epoch milliseconds. */
function instantOf(value: unknown, field: string): number {
  const time = typeof value === 'number' ? value : dateTime(value);
  // NaN, ±Infinity and whatever is no Date fail the compare, so an invalid Date is refused with the numbers out
  // of range. The error is built in a function of its own, so that this one stays small enough to be inlined
  // into every answer.
  return Math.abs(time) <= MAX_TIME ? time : invalidInstant(value, field);
}

function invalidInstant(value: unknown, field: string): never {
  const expected = typeof value === 'number' ? `${EXPECTED}; a number must be finite epoch milliseconds` : EXPECTED;
  throw new PolicyInputError('INVALID_DATE', field, value, expected);
}

/** A date string's parts, checked to name a real date and time; throws `INVALID_DATE` naming `field` otherwise. */
function readDateString(text: string, field: string): RegExpExecArray {
  const m = text.length <= LONGEST ? DATE_TIME.exec(text) : null;
  if (m === null) throw new PolicyInputError('INVALID_DATE', field, text, EXPECTED);
  const [, year, month, day, hour, minute, second = '00', , , offsetHour, offsetMinute] = m;
  const valid =
    isRealDate(Number(year), Number(month), Number(day)) &&
    (hour === undefined || (Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59)) &&
    (offsetHour === undefined || (Number(offsetHour) <= 23 && Number(offsetMinute) <= 59));
  if (!valid) throw new PolicyInputError('INVALID_DATE', field, text, `a real calendar date and time: ${EXPECTED}`);
  return m;
}

function parseDateString(text: string, zone: string, field: string): number {
  const [, year, month, day, hour, minute, second = '00', millis = '000', offset] = readDateString(text, field);
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
    const date = { year: Number(year), month: Number(month), day: Number(day) };
    instant = wallTimeIn(isoDate, formatIsoDate(nextDay(date)), msIntoDay, wallTime, zone);
  }
  parsed.set(zone, text, instant);
  return instant;
}
