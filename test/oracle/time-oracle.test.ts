/**
 * The library's day starts, birthdays and provision boundaries against an independent oracle (Temporal, see
 * support/temporal-oracle.ts), in every zone the runtime knows. Runs in every unit project, so under each host
 * zone; `LPD_ORACLE=full` widens the sample (support/cases.ts).
 */
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it, vi } from 'vitest';
import { reachesAgeAt } from '../../src/engine/age.js';
import { decide, type PurposeId } from '../../src/index.js';
import { parseIsoDate } from '../../src/time/calendar.js';
import { isTimeZone, startOfDayIn } from '../../src/time/zone.js';
import { seededRandom } from '../support/seeded-random.js';
import { allZones, birthdayCases, FULL, regions, startOfDayCases, timelines } from './support/cases.js';
import { disagreements, iso, oracleBirthday, oracleReachesAge, oracleStartOfDay } from './support/temporal-oracle.js';

const SEED = 20_251_103;
const cases = startOfDayCases(SEED);
const births = birthdayCases(SEED + 1);
const countryOf = new Map(regions.map((r) => [r.id, r.countries[0]!.code]));
const HOUR_MS = 3_600_000;
// The default sample takes seconds; the full run's (LPD_ORACLE=full) takes a minute or two.
vi.setConfig({ testTimeout: FULL ? 900_000 : 60_000 });

describe(`the time oracle (Temporal) and the library agree in all ${allZones.length} zones${FULL ? ' (full run)' : ''}`, () => {
  it('every zone the runtime knows is a valid member timeZone', () => {
    expect(allZones.length).toBeGreaterThan(400);
    expect(allZones.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });

  it('on the start of every effective date in data/, random dates 1990–2100 and the days around clock changes', () => {
    const compared = [...cases.values()].reduce((n, dates) => n + dates.length, 0);
    expect(compared).toBeGreaterThan(allZones.length * 20);
    expect(disagreements(startOfDayIn, cases)).toEqual([]);
  });

  it('on the instant each member turns 18, 29 February births included', () => {
    const wrong: string[] = [];
    for (const [zone, birthDates] of births) {
      for (const key of birthDates) {
        const expected = oracleReachesAge(key, 18, zone);
        const actual = reachesAgeAt({ date: parseIsoDate(key)!, key }, 18, zone);
        if (actual !== expected) wrong.push(`${key} in ${zone}: ${iso(actual)}, expected ${iso(expected)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(oracleBirthday('2008-02-29', 18)).toBe('2026-02-28');
  });

  it('on where each provision begins: the previous one is in force a millisecond before its start', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [purpose, { regions: byRegion }] of timelines) {
      for (const [region, provisions] of Object.entries(byRegion)) {
        const country = countryOf.get(region)!;
        provisions.forEach(({ effectiveFrom }, i) => {
          const before = i === 0 ? null : provisions[i - 1]!.effectiveFrom;
          for (const zone of allZones) {
            const start = oracleStartOfDay(effectiveFrom, zone);
            const member = { country, timeZone: zone };
            const at = decide(purpose as PurposeId, member, new Date(start)).provision?.effectiveFrom ?? null;
            const justBefore = decide(purpose as PurposeId, member, new Date(start - 1)).provision?.effectiveFrom ?? null;
            if (at !== effectiveFrom || justBefore !== before) wrong.push(`${purpose} ${region} ${effectiveFrom} in ${zone}: ${justBefore} → ${at}`);
            checked++;
          }
        });
      }
    }
    expect(checked).toBeGreaterThan(allZones.length * 10);
    expect(wrong).toEqual([]);
  });

  it('on the instant a minor comes of age under a provision with an age rule', () => {
    const random = seededRandom(SEED + 2);
    const wrong: string[] = [];
    let checked = 0;
    for (const [purpose, { regions: byRegion }] of timelines) {
      for (const [region, provisions] of Object.entries(byRegion)) {
        const country = countryOf.get(region)!;
        for (const provision of provisions) {
          const minimumAge = (provision as { minimumAge?: number | null }).minimumAge;
          if (typeof minimumAge !== 'number') continue;
          for (const zone of allZones.filter(() => random() < 0.05)) {
            // a birthday within a year of the provision's start, 29 February births among them
            const birthday = Temporal.PlainDate.from(provision.effectiveFrom).add({ days: 1 + Math.floor(random() * 365) });
            const year = birthday.year - minimumAge;
            const born = random() < 0.25 ? `${year - (year % 4)}-02-29` : birthday.subtract({ years: minimumAge }).toString();
            const comesOfAge = oracleReachesAge(born, minimumAge, zone);
            const member = { country, timeZone: zone, birthDate: born };
            const isMinor = (t: number) => decide(purpose as PurposeId, member, new Date(t)).reasons.includes('minor');
            // the provision must be in force on the birthday and the millisecond before, for the age rule to be its own
            const next = provisions[provisions.indexOf(provision) + 1];
            if (comesOfAge <= oracleStartOfDay(provision.effectiveFrom, zone)) continue;
            if (next !== undefined && oracleStartOfDay(next.effectiveFrom, zone) <= comesOfAge) continue;
            if (!isMinor(comesOfAge - 1) || isMinor(comesOfAge)) wrong.push(`${purpose} ${region} born ${born} in ${zone}: of age at ${iso(comesOfAge)}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('the oracle comparison catches a wrong day start', () => {
  // A plausible mistake: midnight taken as noon minus twelve hours, which ignores a clock change in the morning.
  const noonMinusTwelve = (isoDate: string, zone: string) =>
    Temporal.PlainDateTime.from(`${isoDate}T12:00`).toZonedDateTime(zone).epochMilliseconds - 12 * HOUR_MS;
  // Another: a midnight shown twice resolved to the later of its two instants.
  const laterWhereRepeated = (isoDate: string, zone: string) =>
    Temporal.PlainDateTime.from(`${isoDate}T00:00`).toZonedDateTime(zone, { disambiguation: 'later' }).epochMilliseconds;

  it('a day start from noon minus twelve hours disagrees on clock-change days', () => {
    const found = disagreements(noonMinusTwelve, cases);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toContainEqual({ zone: 'Europe/Berlin', date: '2025-03-30', expected: '2025-03-29T23:00:00.000Z', actual: '2025-03-29T22:00:00.000Z' });
  });

  it('a day start that takes the later instant where midnight repeats disagrees where the clocks fall back over it', () => {
    const found = disagreements(laterWhereRepeated, new Map([['America/Havana', ['2025-11-02', '2025-11-03']]]));
    expect(found).toEqual([{ zone: 'America/Havana', date: '2025-11-02', expected: '2025-11-02T04:00:00.000Z', actual: '2025-11-02T05:00:00.000Z' }]);
  });
});
