import { PolicyInputError, timeOfDate } from '../errors.js';
import { isRealDate } from './calendar.js';
import { startOfDayIn, wallTimeIn } from './zone.js';

// ECMAScript's own time range: ±100,000,000 days around the epoch.
const MAX_TIME = 8.64e15;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
const EXPECTED =
  "a Date, epoch milliseconds, 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm[:ss]' (the member's local time) or an ISO instant ending in Z or ±HH:MM";

/**
 * Reads a DateInput as epoch milliseconds, reading strings without an offset in `zone`.
 * Throws `PolicyInputError` with code `INVALID_DATE` naming `field` for anything else.
 */
export function toInstant(value: unknown, zone: string, field: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && Math.abs(value) <= MAX_TIME) return value;
    throw new PolicyInputError('INVALID_DATE', field, value, `${EXPECTED}; a number must be finite epoch milliseconds`);
  }
  if (typeof value === 'string') return parseDateString(value, zone, field);
  const time = timeOfDate(value);
  if (time !== undefined && !Number.isNaN(time)) return time;
  throw new PolicyInputError('INVALID_DATE', field, value, EXPECTED);
}

function parseDateString(text: string, zone: string, field: string): number {
  const m = text.length <= 29 ? DATE_TIME.exec(text) : null;
  if (m === null) throw new PolicyInputError('INVALID_DATE', field, text, EXPECTED);
  const [, year, month, day, hour, minute, second, , offset, offsetHour, offsetMinute] = m;
  const valid =
    isRealDate(Number(year), Number(month), Number(day)) &&
    (hour === undefined || (Number(hour) <= 23 && Number(minute) <= 59 && (second === undefined || Number(second) <= 59))) &&
    (offsetHour === undefined || (Number(offsetHour) <= 23 && Number(offsetMinute) <= 59));
  if (!valid) throw new PolicyInputError('INVALID_DATE', field, text, `a real calendar date and time: ${EXPECTED}`);
  const isoDate = `${year}-${month}-${day}`;
  if (hour === undefined) return startOfDayIn(isoDate, zone);
  // Validated above, so Date.parse reads the ECMAScript date-time format here, never a host-specific one.
  if (offset !== undefined) return Date.parse(text);
  return wallTimeIn(second === undefined ? `${text}:00` : text, zone);
}
