/**
 * What the time oracle compares: every zone the runtime knows, and for each a seeded sample of dates.
 *
 * The default run takes a few seconds per project. `LPD_ORACLE=full` widens it for CI: every clock change from
 * 1990 to 2100 in every zone instead of a window, and four times the random dates and birthdays.
 */
import { readFileSync } from 'node:fs';
import { rawTimeZones } from '@vvo/tzdb';
import { PURPOSE_IDS } from '../../../src/ids.js';
import { seededRandom } from '../../support/seeded-random.js';
import { daysAroundTransitions } from './temporal-oracle.js';

/** Whether the long run was asked for. */
export const FULL = process.env['LPD_ORACLE'] === 'full';
const SCALE = FULL ? 4 : 1;

const DATA = new URL('../../../data/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));

interface RawProvision {
  readonly effectiveFrom: string;
}
interface RawTimeline {
  readonly regions: Readonly<Record<string, readonly RawProvision[]>>;
}
interface RawRegions {
  readonly regions: readonly { readonly id: string; readonly countries: readonly { readonly code: string; readonly timeZone: string }[] }[];
}

/** Each purpose's timelines as data/ has them, read from the JSON files rather than through the library. */
export const timelines: ReadonlyMap<string, RawTimeline> = new Map(PURPOSE_IDS.map((id) => [id, readJson(`${id}.json`) as RawTimeline]));
/** The regions with their countries, from data/regions.json. */
export const regions = (readJson('regions.json') as RawRegions).regions;

/** Every effective date in data/, all purposes. */
export const effectiveDates: readonly string[] = [
  ...new Set([...timelines.values()].flatMap((t) => Object.values(t.regions).flatMap((ps) => ps.map((p) => p.effectiveFrom)))),
].sort();

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every zone the runtime's Intl knows under its canonical name, with the aliases the tz database lists beside
 * them (US/Eastern, Asia/Calcutta, …) and every zone data/ names, those the runtime accepts.
 */
export const allZones: readonly string[] = [
  ...new Set([
    ...Intl.supportedValuesOf('timeZone'),
    ...rawTimeZones.flatMap((zone) => zone.group),
    ...regions.flatMap((r) => r.countries.map((c) => c.timeZone)),
    'UTC',
  ]),
]
  .filter(isKnownZone)
  .sort();

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;
const FROM_1990 = Date.UTC(1990, 0, 1);
const TO_2100 = Date.UTC(2100, 11, 31);

/** A random calendar date from 1990 to 2100. */
export function randomDate(random: () => number): string {
  return new Date(FROM_1990 + Math.floor(random() * ((TO_2100 - FROM_1990) / DAY_MS)) * DAY_MS).toISOString().slice(0, 10);
}

/** Random birth dates whose 18th birthdays fall from 1990 to 2100, a 29 February among every four. */
export function randomBirthDates(random: () => number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 4 === 0) {
      const leapYear = 1972 + 4 * Math.floor(random() * 27); // 1972–2076
      return `${leapYear}-02-29`;
    }
    const birthday = randomDate(random);
    // 29 February of a leap year, 18 years back, is a common year: those births are the case above.
    const monthDay = birthday.slice(4) === '-02-29' ? '-02-28' : birthday.slice(4);
    return `${pad(Number(birthday.slice(0, 4)) - 18, 4)}${monthDay}`;
  });
}

/**
 * Per zone, the dates whose starts are compared: every effective date in data/, random dates 1990–2100, and the
 * days around each clock change in 2024–2027 (the policy's own years) and in a random two-year window —
 * every clock change 1990–2100 in the full run.
 */
export function startOfDayCases(seed: number): Map<string, string[]> {
  const random = seededRandom(seed);
  const cases = new Map<string, string[]>();
  for (const zone of allZones) {
    const dates = new Set(effectiveDates);
    for (let i = 0; i < 12 * SCALE; i++) dates.add(randomDate(random));
    const windows: [string, string][] = FULL ? [['1990-01-01', '2101-01-01']] : [['2024-01-01', '2028-01-01']];
    if (!FULL) {
      const year = 1990 + Math.floor(random() * 110);
      windows.push([`${year}-01-01`, `${year + 2}-01-01`]);
    }
    for (const [from, to] of windows) for (const day of daysAroundTransitions(zone, from, to)) dates.add(day);
    cases.set(zone, [...dates]);
  }
  return cases;
}

/** Per zone, birth dates whose 18th birthdays are compared. */
export function birthdayCases(seed: number): Map<string, string[]> {
  const random = seededRandom(seed);
  return new Map(allZones.map((zone) => [zone, randomBirthDates(random, 8 * SCALE)]));
}
