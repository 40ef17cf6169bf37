// A named import: a bundle that does not use DATA_AS_OF (the cheap answers) then carries nothing of meta.json.
import { asOf } from '../../data/meta.json';
import { PolicyInputError } from '../errors.js';
import { startOfDayIn } from '../time/zone.js';
import { toInstant } from '../time/date-input.js';
import type { DateInput } from '../types/index.js';

declare const __DATA_VERSION__: string;

/**
 * The version of the data: the package version it shipped in. Pin the package to pin the answers; see the
 * versioning guide. Log it beside any answer you store, so the answer can be traced to the data behind it.
 *
 * @example
 * ```ts
 * import { DATA_VERSION } from 'linkedin-policy-data';
 * /^\d+\.\d+\.\d+/.test(DATA_VERSION); // => true
 * ```
 */
export const DATA_VERSION: string = __DATA_VERSION__;

/**
 * The date (`YYYY-MM-DD`) on which the data was last checked against its sources.
 *
 * @example
 * ```ts
 * import { DATA_AS_OF } from 'linkedin-policy-data';
 * DATA_AS_OF; // a date such as '2026-12-02'
 * /^\d{4}-\d{2}-\d{2}$/.test(DATA_AS_OF); // => true
 * ```
 */
export const DATA_AS_OF: string = asOf;

const DAY_MS = 86_400_000;

/**
 * Whether the data is older than `maxAgeDays` at `now`, counted from 00:00 UTC of {@link DATA_AS_OF}: a cue
 * for a long-running tool to look for a newer release, since LinkedIn's policy keeps changing.
 *
 * @param now - the moment to judge at (strings without an offset are read in UTC); default: now
 * @param maxAgeDays - how many days old the data may be; default 180
 * @returns `true` when more than `maxAgeDays` days have passed since {@link DATA_AS_OF}
 * @throws {@link PolicyInputError} with code `INVALID_DATE` for a bad `now`, `INVALID_MAX_AGE_DAYS` for a `maxAgeDays`
 *   that is not a non-negative number
 *
 * @example
 * ```ts
 * import { DATA_AS_OF, isDataStale } from 'linkedin-policy-data';
 * isDataStale(DATA_AS_OF);        // => false
 * isDataStale('2999-01-01');      // => true
 * // two days after DATA_AS_OF, with a limit of one day
 * isDataStale(Date.parse(DATA_AS_OF) + 2 * 86_400_000, 1); // => true
 * ```
 */
export function isDataStale(now: DateInput = new Date(), maxAgeDays = 180): boolean {
  if (typeof maxAgeDays !== 'number' || !(maxAgeDays >= 0) || maxAgeDays === Infinity) {
    throw new PolicyInputError('INVALID_MAX_AGE_DAYS', 'maxAgeDays', maxAgeDays, 'a non-negative number of days');
  }
  // UTC has no daylight saving, so a day there is exactly DAY_MS long.
  return toInstant(now, 'UTC', 'now') - startOfDayIn(DATA_AS_OF, 'UTC') > maxAgeDays * DAY_MS;
}
