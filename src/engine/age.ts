import { anniversary, formatIsoDate, type CalendarDate } from '../time/calendar.js';
import { startOfDayIn } from '../time/zone.js';

/**
 * The instant at which someone born on `birth` reaches `age` in `zone`: 00:00 of that birthday there, so age
 * counts in whole calendar years in the member's own zone.
 */
export function reachesAgeAt(birth: CalendarDate, age: number, zone: string): number {
  return startOfDayIn(formatIsoDate(anniversary(birth, age)), zone);
}
