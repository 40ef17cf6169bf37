/**
 * Generators for members, instants and DateInputs. Cases carry what the reference model needs (the expected
 * instant, the zone, the birth date's calendar parts) next to the input handed to the engine, so properties
 * never have to re-derive them from the engine's own answers.
 */
import { fc } from '@fast-check/vitest';
import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import type { DateInput, Member, PurposeId } from '../../../src/index.js';
import {
  addDays,
  COUNTRIES,
  DAY_MS,
  DEFAULT_ZONE,
  EFFECTIVE_DATES,
  expectedInstant,
  isoDate,
  isoWall,
  localDateOf,
  PURPOSES,
  wallTimeOf,
  type Ymd,
} from './model.js';

/** Every zone this runtime's Intl lists (418 on Node 20), for the properties that range over all of them. */
export const IANA_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** Zones at the edges: ±14 h, odd offsets, half-hour DST, DST at midnight, a skipped day, no DST at all. */
export const EDGE_ZONES: readonly string[] = [
  'UTC',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Dublin',
  'Antarctica/Troll',
  'Pacific/Apia',
  'America/Sao_Paulo',
];

export const zoneArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...IANA_ZONES) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_ZONES) },
);

/** A country code in any of its four spellings. */
export const countryArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...COUNTRIES), fc.integer({ min: 0, max: 3 }))
  .map(([code, spelling]) => {
    const [a, b] = code;
    return [code, code.toLowerCase(), `${a}${b!.toLowerCase()}`, `${a!.toLowerCase()}${b}`][spelling]!;
  });

export const purposeArb: fc.Arbitrary<PurposeId> = fc.constantFrom(...PURPOSES);

/** Small and large steps around a boundary, with the millisecond either side well represented. */
export const deltaArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, -1000, 1000, -60_000, -3_600_000, 3_600_000, -DAY_MS, DAY_MS) },
  { weight: 3, arbitrary: fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }) },
);

const T_2024 = Date.UTC(2024, 0, 1);
const T_2028 = Date.UTC(2028, 0, 1);
const T_1900 = Date.UTC(1900, 0, 1);
const T_2200 = Date.UTC(2200, 0, 1);

/** About when calendar day `date` starts in `zone` (date-fns-tz; an hour off where midnight is skipped): for biasing instants to boundaries. */
export const dayStart = (date: string, zone: string): number => fromZonedTime(`${date}T00:00:00`, zone).getTime();

/** Instants around the policy's dates in `zone`: mostly 2024–2027, often a hair either side of an effective date. */
export function instantArb(zone: string, extraBoundaries: readonly number[] = []): fc.Arbitrary<number> {
  const starts = [...EFFECTIVE_DATES.map((date) => dayStart(date, zone)), ...extraBoundaries];
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: T_2024, max: T_2028 }) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...starts), deltaArb).map(([start, delta]) => start + delta) },
    { weight: 1, arbitrary: fc.integer({ min: T_1900, max: T_2200 }) },
  );
}

export type DateForm = 'number' | 'date' | 'iso-z' | 'offset' | 'wall-min' | 'wall-s' | 'wall-ms' | 'date-only';
export const DATE_FORMS: readonly DateForm[] = ['number', 'date', 'iso-z', 'offset', 'wall-min', 'wall-s', 'wall-ms', 'date-only'];

/**
 * Writes instant `t` as a DateInput of the given form, read in `zone` where the form has no offset. Forms that
 * drop precision (minutes, date-only) or land on an ambiguous wall time name a nearby instant:
 * `expectedInstant` says which.
 */
export function writeInstant(t: number, zone: string, form: DateForm, offsetMinutes = 0): DateInput {
  const wall = wallTimeOf(t, zone);
  if (wall.y < 0 || wall.y > 9999) return t;
  switch (form) {
    case 'number':
      return t;
    case 'date':
      return new Date(t);
    case 'iso-z':
      return new Date(t).toISOString();
    case 'offset': {
      const shifted = new Date(t + offsetMinutes * 60_000).toISOString(); // the wall time at that offset
      if (!/^\d{4}-/.test(shifted)) return t;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return `${shifted.slice(0, 23)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    }
    case 'wall-min':
      return isoWall(wall).slice(0, 16);
    case 'wall-s':
      return isoWall(wall).slice(0, 19);
    case 'wall-ms':
      return isoWall(wall);
    case 'date-only':
      return isoDate(wall);
  }
}

/** A DateInput for about instant `t`, with the instant it actually names. */
export interface WrittenInstant {
  readonly input: DateInput;
  readonly instant: number;
}

export function dateInputArb(t: number, zone: string): fc.Arbitrary<WrittenInstant> {
  return fc
    .tuple(fc.constantFrom(...DATE_FORMS), fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15))
    .map(([form, offset]) => {
      const input = writeInstant(t, zone, form, offset);
      return { input, instant: expectedInstant(input, zone) };
    });
}

/** A birth date as the engine reads it: a `YYYY-MM-DD` string, or a Date read by its UTC calendar date. */
export interface WrittenBirth {
  readonly input: string | Date;
  readonly date: Ymd;
}

export function writeBirth(date: Ymd, asDate: boolean, msIntoDay: number): WrittenBirth {
  if (!asDate) return { input: isoDate(date), date };
  const probe = new Date(0);
  probe.setUTCFullYear(date.y, date.m - 1, date.d);
  return { input: new Date(probe.getTime() + msIntoDay), date };
}

/**
 * Birth dates that matter on local date `today`: about eighteen years earlier (either side of the 18th
 * birthday), leap-day births, births after `today`, and any date from 1900 to 2030.
 */
export function birthArb(today: Ymd): fc.Arbitrary<WrittenBirth> {
  const eighteenYearsAgo: Ymd = { y: today.y - 18, m: today.m, d: Math.min(today.d, 28) };
  const leapYear = today.y - 18 - ((today.y - 18) % 4);
  const date = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -400, max: 400 }).map((k) => addDays(eighteenYearsAgo, k)) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: -2, max: 2 })
        .map((k) => leapYear + 4 * k)
        .filter((y) => y % 100 !== 0 || y % 400 === 0)
        .map((y) => ({ y, m: 2, d: 29 })),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3650 }).map((k) => addDays(today, k)) },
    { weight: 2, arbitrary: fc.integer({ min: -25_567, max: 21_914 }).map((k) => addDays({ y: 1970, m: 1, d: 1 }, k)) },
  );
  return fc
    .tuple(date, fc.boolean(), fc.integer({ min: 0, max: DAY_MS - 1 }))
    .map(([d, asDate, ms]) => writeBirth(d, asDate, ms));
}

/** One generated question: the engine's inputs and what the reference model needs to answer it. */
export interface Case {
  readonly purpose: PurposeId;
  readonly member: Member;
  readonly at: DateInput;
  /** The instant `at` names. */
  readonly t: number;
  /** The zone the member's dates are read in. */
  readonly zone: string;
  readonly country: string;
  readonly birth: Ymd | undefined;
  /** Opt-out instants by purpose (-Infinity for `true`). */
  readonly optOuts: Readonly<Partial<Record<PurposeId, number>>>;
}

export interface CaseOptions {
  /** How often the member has a birth date (0–1). */
  readonly birthRate?: number;
  /** How often each purpose has an opt-out (0–1). */
  readonly optOutRate?: number;
  readonly purpose?: fc.Arbitrary<PurposeId>;
  /** Instants to generate around, given the zone. */
  readonly instants?: (zone: string) => fc.Arbitrary<number>;
}

const rate = (p: number) => fc.integer({ min: 0, max: 999 }).map((n) => n < p * 1000);

function optOutArb(t: number, zone: string): fc.Arbitrary<{ input: true | DateInput; instant: number }> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ input: true as const, instant: -Infinity }) },
    {
      weight: 4,
      arbitrary: fc
        .oneof(deltaArb, fc.integer({ min: -3 * 365 * DAY_MS, max: 3 * 365 * DAY_MS }))
        .chain((delta) => dateInputArb(t + delta, zone)),
    },
  );
}

/** A member and a moment, with optional zone, birth date and opt-outs, all read consistently. */
export function caseArb(options: CaseOptions = {}): fc.Arbitrary<Case> {
  const { birthRate = 0.5, optOutRate = 0.3, purpose = purposeArb, instants = (zone: string) => instantArb(zone) } = options;
  return fc
    .record({ purpose, country: countryArb, timeZone: fc.option(zoneArb, { freq: 2 }) })
    .chain(({ purpose: p, country, timeZone }) => {
      const zone = timeZone ?? DEFAULT_ZONE.get(country.toUpperCase())!;
      return instants(zone)
        .chain((t) => dateInputArb(t, zone))
        .chain((at) =>
          fc.record({
            birth: rate(birthRate).chain((has) => (has ? birthArb(localDateOf(at.instant, zone)) : fc.constant(undefined))),
            optOuts: fc.tuple(
              ...PURPOSES.map((q) => rate(optOutRate).chain((has) => (has ? optOutArb(at.instant, zone) : fc.constant(undefined)))),
            ),
          }).map(({ birth, optOuts }): Case => {
            const optOutInputs: Partial<Record<PurposeId, true | DateInput>> = {};
            const optOutInstants: Partial<Record<PurposeId, number>> = {};
            PURPOSES.forEach((q, i) => {
              const o = optOuts[i];
              if (o !== undefined) {
                optOutInputs[q] = o.input;
                optOutInstants[q] = o.instant;
              }
            });
            const member: Member = {
              country,
              ...(timeZone === null ? {} : { timeZone }),
              ...(birth === undefined ? {} : { birthDate: birth.input }),
              ...(Object.keys(optOutInputs).length === 0 ? {} : { optOuts: optOutInputs }),
            };
            return {
              purpose: p,
              member,
              at: at.input,
              t: at.instant,
              zone,
              country: country.toUpperCase(),
              birth: birth?.date,
              optOuts: optOutInstants,
            };
          }),
        );
    });
}
