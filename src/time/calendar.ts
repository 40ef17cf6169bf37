/** A calendar date's parts, month 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days in a month of the proleptic Gregorian calendar, counted in UTC. date-fns counts in the host's calendar,
 * which is not the Gregorian calendar everywhere: Pacific/Kiritimati skipped 31 December 1994, so a host there
 * would make December 1994 a day short.
 */
export function daysInMonth(year: number, month: number): number {
  // Counted, not read off a Date: batches check a date on every line, and a Date is an allocation. Past
  // February the 31-day months alternate, with July and August both long: month + (month >> 3) is odd for those.
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return 30 + ((month + (month >> 3)) & 1);
}

/**
 * Whether year, month and day name a real date (no 2025-02-30, no month 13). Year 0000 is refused: date-fns-tz
 * reads it as a year seven years off.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses a strict `YYYY-MM-DD` string naming a real date, else `undefined`. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  // Read by char codes, not with a regex and its match: a batch reads a birth date on many of its lines.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  // A part that is not all digits reads as -1, which isRealDate refuses.
  return month >= 0 && day >= 0 && isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The number `count` ASCII digits at `start` spell, or -1 where any of them is not a digit. */
export function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * 00:00 UTC of a calendar date, in epoch ms. Not a day's start in any zone (that is `startOfDayIn`): a bound
 * for it, see `DAY_START_SPREAD_MS`.
 */
export function utcMidnight({ year, month, day }: CalendarDate): number {
  // Date.UTC reads years 0-99 as 1900-1999, so it is asked 400 years on, one whole Gregorian cycle of 146,097
  // days, and the cycle taken back off: no Date to make and set, on every date a batch reads.
  return Date.UTC(year + 400, month - 1, day) - GREGORIAN_CYCLE_MS;
}

const GREGORIAN_CYCLE_MS = 146_097 * 86_400_000;

/** Formats a calendar date as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date on which someone born on `birth` turns `years` old. A 29 February birthday falls on 28 February
 * in common years, as date-fns `addYears` does.
 */
export function anniversary(birth: CalendarDate, years: number): CalendarDate {
  const year = birth.year + years;
  return { year, month: birth.month, day: Math.min(birth.day, daysInMonth(year, birth.month)) };
}

/** The calendar day after `date`. */
export function nextDay({ year, month, day }: CalendarDate): CalendarDate {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
}
