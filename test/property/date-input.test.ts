/**
 * DateInput strings against their references: wall times in any IANA zone, with clock-change days sought out,
 * against date-fns-tz's `fromZonedTime` called directly where the wall time occurs once (the engine takes a
 * fast path on days exactly 24 hours long, in src/time/zone.ts) and against the documented rule where a clock
 * change shows it twice or skips it; fixed-offset strings of any year against plain calendar arithmetic; and
 * which strings are dates at all. Seeded and replayable: see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { describe, expect } from 'vitest';
import { decide, PolicyInputError } from '../../src/index.js';
import { offsetInstant } from '../../src/time/offset-instant.js';
import { IANA_ZONES } from './support/arbitraries.js';
import { runs } from './support/config.js';
import { DAY_MS, daysInMonth, expectedInstant, instantsOfWall, isoDate, localDateOf, offsetAt, wallMs } from './support/model.js';

const at = (zone: string, input: string) => decide('ai-training', { country: 'US', timeZone: zone }, input).at.getTime();

/** The instants in [from, to) at which `zone` changes its UTC offset: weekly samples, then bisection to the second. */
function transitions(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  const WEEK = 7 * DAY_MS;
  let lo = from;
  let loOffset = offsetAt(lo, zone);
  for (let hi = from + WEEK; lo < to; hi += WEEK) {
    const hiOffset = offsetAt(hi, zone);
    if (hiOffset !== loOffset) {
      let a = lo;
      let b = hi;
      while (b - a > 1000) {
        const mid = a + Math.floor((b - a) / 2000) * 1000;
        if (offsetAt(mid, zone) === loOffset) a = mid;
        else b = mid;
      }
      found.push(b);
    }
    lo = hi;
    loOffset = hiOffset;
  }
  return found;
}

/** A wall time held as if it were UTC, so that adding minutes is plain arithmetic. */
const wallToText = (wall: number, seconds: boolean) => {
  const text = new Date(wall).toISOString();
  return seconds ? text.slice(0, 19) : text.slice(0, 16);
};

interface WallCase {
  readonly zone: string;
  readonly wall: string;
  readonly onTransitionDay: boolean;
}

/**
 * A zone and a year 1970–2100; three times in four a wall time within two hours of one of that year's offset
 * changes (read on either side of it: inside a skipped or repeated hour, at midnight of a DST day), else any
 * second of any day.
 */
const wallCaseArb: fc.Arbitrary<WallCase> = fc
  .record({
    zone: fc.constantFrom(...IANA_ZONES),
    year: fc.integer({ min: 1970, max: 2100 }),
    pickTransition: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    which: fc.nat(),
    side: fc.boolean(),
    minutes: fc.integer({ min: -120, max: 120 }),
    seconds: fc.boolean(),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    secondOfDay: fc.integer({ min: 0, max: 86_399 }),
  })
  .map(({ zone, year, pickTransition, which, side, minutes, seconds, dayOfYear, secondOfDay }): WallCase => {
    const changes = pickTransition ? transitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)) : [];
    if (changes.length > 0) {
      const change = changes[which % changes.length]!;
      // the wall clock just before the change, or just after it
      const reading = side ? change - 1000 : change;
      const wall = reading + offsetAt(reading, zone) + minutes * 60_000;
      return { zone, wall: wallToText(Math.floor(wall / 60_000) * 60_000, seconds), onTransitionDay: true };
    }
    const wall = Date.UTC(year, 0, 1) + dayOfYear * DAY_MS + secondOfDay * 1000;
    return { zone, wall: wallToText(wall, seconds), onTransitionDay: false };
  });

describe('wall times in the member zone', () => {
  test.prop([wallCaseArb], runs(400))(
    "'YYYY-MM-DDTHH:mm[:ss]' names the instant fromZonedTime gives where it occurs once; else the earlier one, or the jump",
    ({ zone, wall }) => {
      const occurrences = instantsOfWall(wallMs(wall)!, zone);
      if (occurrences.length === 1) expect(at(zone, wall), `${wall} in ${zone}`).toBe(fromZonedTime(wall, zone).getTime());
      // twice where clocks fall back: the earlier; never where they spring forward: the moment they jump
      expect(at(zone, wall), `${wall} in ${zone} (${occurrences.length} occurrences)`).toBe(expectedInstant(wall, zone));
    },
  );

  test.prop([wallCaseArb], runs(150))("'YYYY-MM-DD' names the first instant of that day in the zone", ({ zone, wall }) => {
    const date = wall.slice(0, 10);
    const start = at(zone, date);
    // the first instant whose local date is not before `date` (a day a zone skipped entirely starts the next)
    expect(isoDate(localDateOf(start - 1, zone)) < date, `${date} in ${zone}: the instant before is the day before`).toBe(true);
    expect(isoDate(localDateOf(start, zone)) >= date, `${date} in ${zone}: it is on that day`).toBe(true);
    if (instantsOfWall(wallMs(`${date}T00:00`)!, zone).length === 1) expect(start).toBe(fromZonedTime(`${date}T00:00:00`, zone).getTime());
  });
});

describe('strings of any year', () => {
  // year 0000 is refused (date-fns-tz misreads it): see 'which strings are dates' below
  const ymdArb = fc
    .integer({ min: 1, max: 9999 })
    .chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) => fc.record({ y: fc.constant(y), m: fc.constant(m), d: fc.integer({ min: 1, max: daysInMonth(y, m) }) })));

  test.prop([ymdArb, fc.integer({ min: 0, max: DAY_MS - 1 }), fc.constantFrom('UTC', 'Etc/GMT-14', 'Etc/GMT+12')], runs(300))(
    'a wall time in a fixed-offset zone, years 0001–9999, is plain calendar arithmetic',
    ({ y, m, d }, msIntoDay, zone) => {
      const offset = { UTC: 0, 'Etc/GMT-14': 14 * 3_600_000, 'Etc/GMT+12': -12 * 3_600_000 }[zone]!;
      const probe = new Date(0);
      probe.setUTCFullYear(y, m - 1, d);
      const midnight = probe.getTime() - offset;
      const text = new Date(probe.getTime() + msIntoDay).toISOString().replace(/^[+-]0*(\d{4})/, '$1');
      const date = text.slice(0, 10);
      expect(at(zone, date), date).toBe(midnight);
      expect(at(zone, text.slice(0, 23)), text.slice(0, 23)).toBe(midnight + msIntoDay);
      expect(at(zone, `${text.slice(0, 19)}Z`)).toBe(probe.getTime() + Math.floor(msIntoDay / 1000) * 1000);
    },
  );

  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const offsetArb = fc.oneof(
    fc.constant('Z'),
    fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
  );
  test.prop(
    [ymdArb, fc.integer({ min: 0, max: DAY_MS - 1 }), fc.constantFrom(16, 19, 23), offsetArb, fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Kiritimati')],
    runs(300),
  )('an instant with an offset, years 0001–9999, is the instant ECMAScript reads, whatever the member zone', ({ y, m, d }, msIntoDay, cut, offset, zone) => {
    const wall = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${new Date(msIntoDay).toISOString().slice(11, 23)}`.slice(0, cut);
    const text = `${wall}${offset}`;
    expect(at(zone, text), text).toBe(Date.parse(text));
    expect(offsetInstant(text), text).toBe(Date.parse(text));
  });
});

describe('which strings are dates', () => {
  const digits = (n: number, width: number) => String(n).padStart(width, '0');
  // Strings built field by field around the edges of validity: 3–5 digit years and 0000, month 0–13, day 0–32, hour
  // 0–25, minute and second 0–61, 2–4 digit fractions, offsets up to ±25:61, lower-case and space separators.
  const textArb = fc
    .record({
      year: fc.oneof(fc.integer({ min: 1, max: 9999 }).map((y) => digits(y, 4)), fc.constantFrom('0000', '1994', '999', '10000', '+2025', '-2025', '2O25')),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      time: fc.option(
        fc.record({
          sep: fc.constantFrom('T', 'T', 'T', 't', ' '),
          hour: fc.integer({ min: 0, max: 25 }),
          minute: fc.integer({ min: 0, max: 61 }),
          second: fc.option(fc.integer({ min: 0, max: 61 })),
          fraction: fc.option(fc.constantFrom('.000', '.5', '.12', '.999', '.1234', ',000')),
          offset: fc.option(
            fc.oneof(
              fc.constantFrom('Z', 'Z', 'z', '+0100', '+01', 'UTC'),
              fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([s, h, m]) => `${s}${digits(h, 2)}:${digits(m, 2)}`),
            ),
          ),
        }),
      ),
    })
    .map(({ year, month, day, time }) => {
      const date = `${year}-${digits(month, 2)}-${digits(day, 2)}`;
      if (time === null) return date;
      const seconds = time.second === null ? '' : `:${digits(time.second, 2)}${time.fraction ?? ''}`;
      return `${date}${time.sep}${digits(time.hour, 2)}:${digits(time.minute, 2)}${seconds}${time.offset ?? ''}`;
    });

  /** The documented DateInput grammar, checked field by field: the engine must accept exactly these. */
  function isDateInputText(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{3})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/.exec(text);
    if (m === null) return false;
    const [, y, mo, d, h, mi, s, , , oh, om] = m.map((part) => (part === undefined ? undefined : Number(part)));
    if (y === 0) return false; // year 0000 is refused: date-fns-tz misreads it
    if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth(y!, mo!)) return false;
    if (h !== undefined && (h > 23 || mi! > 59 || (s ?? 0) > 59)) return false;
    return oh === undefined || (oh <= 23 && om! <= 59);
  }

  test.prop([textArb, fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Kiritimati')], runs(400))(
    'a string is accepted exactly when it is a real date (and time) in the documented forms; otherwise INVALID_DATE',
    (text, zone) => {
      let accepted: boolean;
      try {
        at(zone, text);
        accepted = true;
      } catch (error) {
        expect(error).toBeInstanceOf(PolicyInputError);
        expect((error as PolicyInputError).code).toBe('INVALID_DATE');
        accepted = false;
      }
      expect(accepted, text).toBe(isDateInputText(text));
    },
  );

  test.prop([textArb], runs(400))('the batch reader of instants with an offset reads exactly those the library accepts, as the same instants', (text) => {
    const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(text) && text.length > 10;
    const expected = isDateInputText(text) && hasOffset ? at('UTC', text) : Number.NaN;
    expect(offsetInstant(text), text).toBe(expected);
  });
});
