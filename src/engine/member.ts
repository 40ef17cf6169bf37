import { isRecordLike, PolicyInputError, timeOfDate } from '../errors.js';
import { isPurposeId, PURPOSE_IDS } from '../ids.js';
import type { PurposeId, RegionId } from '../types/index.js';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../time/calendar.js';
import { toInstant } from '../time/date-input.js';
import { isTimeZone } from '../time/zone.js';
import { countryEntry, type CountryEntry } from './countries.js';

/** A birth date as calendar parts and as its `YYYY-MM-DD` key. */
export interface BirthDate {
  readonly date: CalendarDate;
  readonly key: string;
}

/** A member after validation: everything the engine needs, with dates resolved in the member's zone. */
export interface ResolvedMember {
  readonly country: CountryEntry;
  readonly region: RegionId;
  readonly zone: string;
  readonly zoneGiven: boolean;
  /** The birth date, when given. */
  readonly birth: BirthDate | undefined;
  /** Per purpose, the instant from which the member is opted out (`-Infinity` for `true`). */
  readonly optOutFrom: Readonly<Partial<Record<PurposeId, number>>> | undefined;
}

const MEMBER_KEYS: ReadonlySet<string> = new Set(['country', 'birthDate', 'timeZone', 'optOuts']);
const EXPECTED_MEMBER = 'an object { country, birthDate?, timeZone?, optOuts? }';
const EXPECTED_PURPOSE = /* @__PURE__ */ PURPOSE_IDS.map((id) => `"${id}"`).join(', ');

/**
 * Validates a member and resolves its zone, birth date and opt-outs. Every field is checked, also those the
 * purpose at hand would not need: bad input must fail loudly, never depend on which question was asked.
 */
export function resolveMember(member: unknown): ResolvedMember {
  if (!isRecordLike(member)) throw new PolicyInputError('INVALID_MEMBER', 'member', member, EXPECTED_MEMBER);
  const fields = member;
  for (const key in fields) {
    if (!MEMBER_KEYS.has(key)) {
      throw new PolicyInputError('INVALID_MEMBER', 'member', key, `only the properties country, birthDate, timeZone and optOuts (got an unknown property)`);
    }
  }
  const country = countryEntry(fields.country);

  const given = fields.timeZone;
  if (given !== undefined && (typeof given !== 'string' || !isTimeZone(given))) {
    throw new PolicyInputError('INVALID_TIME_ZONE', 'timeZone', given, 'an IANA time zone such as "Europe/Berlin"');
  }
  const zone = given ?? country.timeZone;

  const birth = resolveBirthDate(fields.birthDate);
  return {
    country,
    region: country.regionId,
    zone,
    zoneGiven: given !== undefined,
    birth,
    optOutFrom: resolveOptOuts(fields.optOuts, zone),
  };
}

// Batches repeat birth dates; parsing one costs a regex and a calendar check.
const birthDates = new Map<string, BirthDate>();
const BIRTH_DATE_CACHE_LIMIT = 100_000;

function resolveBirthDate(value: unknown): BirthDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    let birth = birthDates.get(value);
    if (birth === undefined) {
      const date = value.length === 10 ? parseIsoDate(value) : undefined;
      if (date !== undefined) {
        birth = { date, key: value };
        if (birthDates.size >= BIRTH_DATE_CACHE_LIMIT) birthDates.clear();
        birthDates.set(value, birth);
      }
    }
    if (birth !== undefined) return birth;
  } else {
    const time = timeOfDate(value);
    if (time !== undefined && !Number.isNaN(time)) {
      // A Date birth date is read by its UTC calendar date, as new Date('1990-01-01') produces, so the
      // answer does not depend on the host's zone.
      const d = new Date(time);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      // The same years as a 'YYYY-MM-DD' string can name: 0001 to 9999.
      if (date.year >= 1 && date.year <= 9999) return { date, key: formatIsoDate(date) };
    }
  }
  throw new PolicyInputError('INVALID_BIRTH_DATE', 'birthDate', value, "a real calendar date 'YYYY-MM-DD' or a Date");
}

function resolveOptOuts(value: unknown, zone: string): Partial<Record<PurposeId, number>> | undefined {
  if (value === undefined) return undefined;
  if (!isRecordLike(value)) {
    throw new PolicyInputError('INVALID_MEMBER', 'optOuts', value, 'an object mapping purpose ids to true, false or a date');
  }
  const optOuts = value;
  // A null prototype: no key a caller sends can reach Object.prototype through this record.
  const from: Partial<Record<PurposeId, number>> = Object.create(null);
  for (const key of Object.keys(optOuts)) {
    if (!isPurposeId(key)) throw new PolicyInputError('INVALID_PURPOSE', 'optOuts', key, `opt-out keys to be one of ${EXPECTED_PURPOSE}`);
    const when = optOuts[key];
    if (when === false) continue;
    from[key] = when === true ? -Infinity : toInstant(when, zone, `optOuts.${key}`);
  }
  return from;
}
