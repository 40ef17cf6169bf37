import { anniversary, formatIsoDate } from '../time/calendar.js';
import { ZoneMemo } from '../time/memo.js';
import { startOfDayIn } from '../time/zone.js';
import type { BirthDate } from './member.js';

// Keyed by birth date and age: batches see the same birth dates many times.
const reached = new ZoneMemo(100_000);

/**
 * The instant at which someone born on `birth` reaches `age` in `zone`: 00:00 of that birthday there, so age counts in whole calendar years in the member's own zone.
 */
export function reachesAgeAt(birth: BirthDate, age: number, zone: string): number {
  const key = age === 18 ? birth.key : `${birth.key}+${age}`;
  let at = reached.get(zone, key);
  if (at === undefined) {
    const birthday = anniversary(birth.date, age);
    // Past year 9999 no date can be written, and no moment the library takes comes that late: never of age.
    at = birthday.year > 9999 ? Infinity : startOfDayIn(formatIsoDate(birthday), zone);
    reached.set(zone, key, at);
  }
  return at;
}
