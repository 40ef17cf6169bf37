import { anniversary, formatIsoDate, utcMidnight } from '../time/calendar.js';
import { ZoneMemo } from '../time/memo.js';
import { DAY_START_SPREAD_MS, startOfDayIn } from '../time/zone.js';
import type { BirthDate } from './member.js';

/**
 * The age below which a member counts as a minor where the provision in force documents no age rule: such a
 * member is not known to be subject.
 */
export const UNDOCUMENTED_AGE_LIMIT = 18;

/**
 * The age whose birthday a birth date's record keeps (`turns18Utc`): the one every age rule in the data names, so
 * that an answer computes no birthday of its own.
 */
export const RECORDED_AGE = 18;

// Keyed by birth date and age: batches see the same birth dates many times.
const reached = new ZoneMemo(50_000);

// Past year 9999 no date can be written, and no moment the library takes comes that late: never of age.
const LAST_YEAR = 9999;

/**
 * The instant at which someone born on `birth` reaches `age` in `zone`: 00:00 of that birthday there, so age counts in whole calendar years in the member's own zone.
 */
export function reachesAgeAt(birth: Pick<BirthDate, 'date' | 'key'>, age: number, zone: string): number {
  const key = age === RECORDED_AGE ? birth.key : `${birth.key}+${age}`;
  let at = reached.get(zone, key);
  if (at === undefined) {
    const birthday = anniversary(birth.date, age);
    at = birthday.year > LAST_YEAR ? Infinity : startOfDayIn(formatIsoDate(birthday), zone);
    reached.set(zone, key, at);
  }
  return at;
}

/** 00:00 UTC of the day someone born on `birth` turns `age` (Infinity past year 9999). */
export function birthdayUtc(birth: BirthDate['date'], age: number): number {
  const birthday = anniversary(birth, age);
  return birthday.year > LAST_YEAR ? Infinity : utcMidnight(birthday);
}

/**
 * Whether someone born on `birth` is under `age` at instant `t` in `zone`. Away from the birthday the UTC date
 * settles it in every zone; within two days of it, the birthday's start in `zone` does.
 */
export function isUnderAgeAt(birth: BirthDate, age: number, zone: string, t: number): boolean {
  const utc = age === RECORDED_AGE ? birth.turns18Utc : birthdayUtc(birth.date, age);
  if (t < utc - DAY_START_SPREAD_MS) return true;
  if (t >= utc + DAY_START_SPREAD_MS) return false;
  return t < reachesAgeAt(birth, age, zone);
}
