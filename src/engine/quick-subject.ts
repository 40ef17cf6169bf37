import { knownInstant } from '../time/date-input.js';
import { isUnderAgeAt } from './age.js';
import { knownEntry } from './countries.js';
import { UNDOCUMENTED_AGE_LIMIT } from './evaluate.js';
import { cachedBirthDate, isMemberKey } from './member.js';
import { provisionIndexAt, type CompiledPurpose } from './timelines.js';

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
 * none), a number, a Date or a date string already read. Undefined for everything else — other members, and every
 * bad input — which the full path answers, or refuses.
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
  const timeline = purpose.byRegionIndex[country.regionIndex]!;
  const index = provisionIndexAt(timeline, zone, t);
  // reasonBits with no opt-out: in scope only under a provision whose status implies no reason, for a member not
  // under its age rule (or under 18 where it documents none, which makes the answer unknown).
  if (index < 0 || timeline.statusBits[index] !== 0) return false;
  return birth === undefined || !isUnderAgeAt(birth, timeline.minimumAges[index] ?? UNDOCUMENTED_AGE_LIMIT, zone, t);
}
