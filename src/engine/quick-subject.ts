import { knownInstant } from '../time/date-input.js';
import { DAY_START_SPREAD_MS } from '../time/zone.js';
import { knownEntry } from './countries.js';
import { cachedBirthDate, isMemberKey } from './member.js';
import { lastReached, PACKED_AGE_RECORDED, PACKED_LATEST, PACKED_STATUS, type CompiledPurpose } from './timelines.js';

/** The fields a member may have, as read before they are checked. */
interface MemberFields {
  readonly country?: unknown;
  readonly birthDate?: unknown;
  readonly timeZone?: unknown;
  readonly optOuts?: unknown;
}

/**
 * Whether `member` is subject to `purpose` at `at`, for the members most calls are about: a plain object with a
 * country code (in any case) of a settled region, no time zone and no opt-outs, a birth date already seen (or
 * none), a number, a Date or a date string already read, at an instant more than two days from the start of a
 * step of the region's timeline and from the member's 18th birthday. Undefined for everything else — other
 * members and instants, and every bad input — which the full path answers, or refuses.
 *
 * Why a second path: the full path validates into a resolved-member record and calls a dozen small functions,
 * more than the compiler inlines into one answer, so part of it stays calls and the record is allocated. This
 * one does the same checks in a single function it can compile whole.
 */
export function quickSubject(purpose: CompiledPurpose, member: unknown, at: unknown): boolean | undefined {
  if (typeof member !== 'object' || member === null) return undefined;
  const fields = member as MemberFields;
  try {
    // `in` before the prototype: it tells the compiler the object's shape, from which it then answers
    // getPrototypeOf without a call, and unlike a read it runs no getter before the checks below. Arrays and
    // Dates of any realm have neither prototype.
    if (!('country' in member)) return undefined;
    const prototype: unknown = Object.getPrototypeOf(member);
    if ((prototype !== Object.prototype && prototype !== null) || Array.isArray(member)) return undefined;
  } catch {
    // A revoked proxy: the full path refuses it.
    return undefined;
  }
  for (const key in member) if (!isMemberKey(key)) return undefined;
  // The fields in the order the full path reads them. A field is read again there if this path defers, so an
  // accessor that answers differently each time it is read is answered by its later reading.
  const country = knownEntry(fields.country);
  if (country === undefined || country.alternatives !== undefined || fields.timeZone !== undefined) return undefined;
  const birthDate = fields.birthDate;
  const birth = birthDate === undefined ? undefined : cachedBirthDate(birthDate);
  if ((birth === undefined && birthDate !== undefined) || fields.optOuts !== undefined) return undefined;
  const zone = country.timeZone;
  const t = knownInstant(at, zone);
  if (Number.isNaN(t)) return undefined;
  // The steps packed in one typed array: one object read for the step's start, status and age rule.
  const packed = purpose.byRegionIndex[country.regionIndex]!.packed;
  if (packed === undefined) return undefined;
  // Within two days of a step's start or of the 18th birthday, where the day begins in the member's zone decides,
  // and the full path reads it: that takes calls, and a call anywhere in this function, however rarely made,
  // costs it registers on every call (measured: the two such calls cost 12 % of the answer).
  const index = lastReached(packed, t);
  if (index < 0) return false;
  if (t < packed[PACKED_LATEST + index]!) return undefined;
  // reasonBits with no opt-out: in scope only under a provision whose status implies no reason, for a member not
  // under its age rule (or under 18 where it documents none, which makes the answer unknown).
  if (packed[PACKED_STATUS + index] !== 0) return false;
  if (birth === undefined) return true;
  // The 18th birthday is read with the birth date; another age rule (none in the data today) goes the full way.
  if (packed[PACKED_AGE_RECORDED + index] === 0) return undefined;
  if (t < birth.turns18Utc - DAY_START_SPREAD_MS) return false;
  return t >= birth.turns18Utc + DAY_START_SPREAD_MS ? true : undefined;
}
