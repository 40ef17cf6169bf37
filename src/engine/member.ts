import { dateTime, isRecordLike, PolicyInputError } from '../errors.js';
import { PURPOSE_IDS, type PurposeId } from '../ids.js';
import { formatIsoDate, parseIsoDate, type CalendarDate } from '../time/calendar.js';
import { checkDateInput, toInstant } from '../time/date-input.js';
import { isTimeZone } from '../time/zone.js';
import { birthdayUtc, RECORDED_AGE } from './age.js';
import { countryEntry, type CountryEntry } from './countries.js';

/** A birth date as calendar parts and as its `YYYY-MM-DD` key. */
export interface BirthDate {
  readonly date: CalendarDate;
  readonly key: string;
  /** 00:00 UTC of the 18th birthday, which bounds its start in every zone (Infinity past year 9999). */
  readonly turns18Utc: number;
}

/**
 * An opt-out as given, once validated: `true`, epoch ms (numbers and Dates) or a date string, which is read in
 * the member's zone only for the purpose asked about.
 */
export type OptOutValue = true | number | string;

/** A member after validation: everything the engine needs. */
export interface ResolvedMember {
  readonly country: CountryEntry;
  readonly zone: string;
  readonly zoneGiven: boolean;
  /** The birth date, when given. */
  readonly birth: BirthDate | undefined;
  /** The opt-outs by the purpose's place in `PURPOSE_IDS`, when any are given. */
  readonly optOuts: readonly (OptOutValue | undefined)[] | undefined;
}

const EXPECTED_MEMBER = 'an object { country, birthDate?, timeZone?, optOuts? }';
const EXPECTED_PURPOSE = /* @__PURE__ */ PURPOSE_IDS.map((id) => `"${id}"`).join(', ');
const OPT_OUT_FIELDS = /* @__PURE__ */ PURPOSE_IDS.map((id) => `optOuts.${id}`);

/**
 * Validates a member and resolves its zone and birth date. Every field is checked, also those the purpose at
 * hand would not need: bad input must fail loudly, never depend on which question was asked. `readBirth` reads
 * the birth date: through the cache of those read before unless the caller knows better (a batch: see
 * {@link readBirthDate}); either way it refuses the same values.
 */
export function resolveMember(member: unknown, readBirth: (value: unknown) => BirthDate = resolveBirthDate): ResolvedMember {
  // Kept small, with the rare paths (errors, parsing) in functions of their own, so that the engine can inline
  // it into each answer: the hot path is this function and a handful of compares.
  if (!isRecordLike(member)) throw invalidMember(member);
  for (const key in member) if (!isMemberKey(key)) throw unknownProperty(key);
  const country = countryEntry(member.country);
  const given = member.timeZone;
  const zone = given === undefined ? country.timeZone : checkedZone(given);
  const birthDate = member.birthDate;
  const birth = birthDate === undefined ? undefined : readBirth(birthDate);
  const optOuts = member.optOuts;
  return { country, zone, zoneGiven: given !== undefined, birth, optOuts: optOuts === undefined ? undefined : checkOptOuts(optOuts) };
}

/** Whether `key` names one of the four fields a member may have. */
export function isMemberKey(key: string): boolean {
  // Literal compares: cheaper per call than a Set lookup, and the four names are the contract.
  return key === 'country' || key === 'birthDate' || key === 'timeZone' || key === 'optOuts';
}

function invalidMember(member: unknown): PolicyInputError {
  return new PolicyInputError('INVALID_MEMBER', 'member', member, EXPECTED_MEMBER);
}

function unknownProperty(key: string): PolicyInputError {
  return new PolicyInputError('INVALID_MEMBER', 'member', key, `${EXPECTED_MEMBER} (got an unknown property)`);
}

function checkedZone(given: unknown): string {
  if (typeof given !== 'string' || !isTimeZone(given)) {
    throw new PolicyInputError('INVALID_TIME_ZONE', 'timeZone', given, 'an IANA time zone such as "Europe/Berlin"');
  }
  return given;
}

/** Whether `member` is opted out of the purpose at `purposeIndex` at instant `t`. */
export function isOptedOutAt(member: ResolvedMember, purposeIndex: number, t: number): boolean {
  const from = optOutFrom(member, purposeIndex);
  return from !== undefined && from <= t;
}

/** The instant from which `member` is opted out of the purpose at `purposeIndex` (`-Infinity` for `true`). */
export function optOutFrom(member: ResolvedMember, purposeIndex: number): number | undefined {
  const value = member.optOuts?.[purposeIndex];
  if (value === undefined || typeof value === 'number') return value;
  return value === true ? -Infinity : toInstant(value, member.zone, OPT_OUT_FIELDS[purposeIndex]!);
}

// Callers repeat birth dates; reading one costs a calendar check and a birthday's instant. A null-prototype object
// rather than a Map: a property load on a dictionary of string keys is the cheaper lookup on the hot path, and
// without a prototype no key ('__proto__', 'toString') reaches anything but an entry.
let birthDates: Record<string, BirthDate | undefined> = Object.create(null);
let birthDateCount = 0;
const BIRTH_DATE_CACHE_LIMIT = 50_000;

function birthDateOf(date: CalendarDate, key: string): BirthDate {
  return { date, key, turns18Utc: birthdayUtc(date, RECORDED_AGE) };
}

function resolveBirthDate(value: unknown): BirthDate {
  return cachedBirthDate(value) ?? rememberedBirthDate(value);
}

/** A birth date already read and checked, or undefined: it never throws. */
export function cachedBirthDate(value: unknown): BirthDate | undefined {
  return typeof value === 'string' ? birthDates[value] : undefined;
}

/** Reads a birth date and keeps it, if it was given as a string, for {@link cachedBirthDate}. */
function rememberedBirthDate(value: unknown): BirthDate {
  const birth = readBirthDate(value);
  if (typeof value === 'string') {
    if (birthDateCount >= BIRTH_DATE_CACHE_LIMIT) {
      birthDates = Object.create(null);
      birthDateCount = 0;
    }
    birthDates[value] = birth;
    birthDateCount++;
  }
  return birth;
}

/**
 * Reads a birth date without the cache, neither looking it up nor adding it; throws `INVALID_BIRTH_DATE` for
 * anything but a real 'YYYY-MM-DD' date or a valid Date. Batches read theirs this way: their birth dates are
 * strings cut out of their lines, each new to the engine, and looking such a string up in a table of thousands
 * (hashing it, then reading memory far apart) costs more than reading its ten characters (measured about a
 * seventh of a batch's time).
 */
export function readBirthDate(value: unknown): BirthDate {
  if (typeof value === 'string') {
    const date = parseIsoDate(value);
    if (date !== undefined) return birthDateOf(date, value);
  } else {
    const time = dateTime(value);
    // Neither NaN (an invalid Date) nor NOT_A_DATE.
    if (Number.isFinite(time)) {
      // A Date birth date is read by its UTC calendar date, as new Date('1990-01-01') produces, so the
      // answer does not depend on the host's zone.
      const d = new Date(time);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      // The same years as a 'YYYY-MM-DD' string can name: 0001 to 9999.
      if (date.year >= 1 && date.year <= 9999) return birthDateOf(date, formatIsoDate(date));
    }
  }
  throw new PolicyInputError('INVALID_BIRTH_DATE', 'birthDate', value, "a real calendar date 'YYYY-MM-DD' or a Date");
}

/**
 * Validates every opt-out, whichever purpose is asked about, without reading any in the member's zone: that is
 * done by {@link optOutFrom} for the one purpose that needs it. Each value is read from the caller's object once.
 */
function checkOptOuts(value: unknown): (OptOutValue | undefined)[] {
  if (!isRecordLike(value)) {
    throw new PolicyInputError('INVALID_MEMBER', 'optOuts', value, 'an object mapping purpose ids to true, false or a date');
  }
  const optOuts = value;
  const checked = new Array<OptOutValue | undefined>(PURPOSE_IDS.length).fill(undefined);
  for (const key of Object.keys(optOuts)) {
    const index = PURPOSE_IDS.indexOf(key as PurposeId);
    if (index < 0) throw new PolicyInputError('INVALID_PURPOSE', 'optOuts', key, `opt-out keys to be one of ${EXPECTED_PURPOSE}`);
    const when = optOuts[key];
    if (when === false) continue;
    checked[index] = when === true ? true : checkDateInput(when, OPT_OUT_FIELDS[index]!);
  }
  return checked;
}
