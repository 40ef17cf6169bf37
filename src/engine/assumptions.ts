import type { Provision } from '../schema/index.js';
import type { CountryEntry } from './countries.js';
import { UNDOCUMENTED_AGE_LIMIT } from './age.js';
import { MINOR, NOT_KNOWN } from './reason-bits.js';
import type { ResolvedMember } from './member.js';

// The sentences depend on the country (its default zone), the provision and which case applies, never on the
// moment asked about, so each combination is written once, as a shared frozen list: explaining a decision
// builds no strings and no array. Keyed by object identity (provision, then country or null when the member
// gave a zone), then by the case's number: two cheap lookups per decision.
const lists = new Map<Provision | null, Map<CountryEntry | null, (readonly string[])[]>>();

const NO_AGE_NOTE = 0;
const BIRTH_NOT_GIVEN = 1;
const MINOR_NOT_KNOWN = 2;

function ageCase(member: ResolvedMember, provision: Provision | null, bits: number): number {
  if (provision === null) return NO_AGE_NOTE;
  if (provision.minimumAge != null && member.birth === undefined && (bits & MINOR) === 0) return BIRTH_NOT_GIVEN;
  if (provision.status !== 'subject' || provision.minimumAge !== null) return NO_AGE_NOTE;
  if (member.birth === undefined) return BIRTH_NOT_GIVEN;
  return bits === NOT_KNOWN ? MINOR_NOT_KNOWN : NO_AGE_NOTE;
}

function ageNote(provision: Provision | null, which: number): string | undefined {
  if (provision === null || which === NO_AGE_NOTE) return undefined;
  if (which === BIRTH_NOT_GIVEN) return `birthDate not given: treated as ${provision.minimumAge ?? UNDOCUMENTED_AGE_LIMIT} or older`;
  return `the member is under ${UNDOCUMENTED_AGE_LIMIT} on this date, and no source states whether members under ${UNDOCUMENTED_AGE_LIMIT} are excluded under the provision in force from ${provision.effectiveFrom}`;
}

function zoneNote(country: CountryEntry | null): string | undefined {
  return country === null ? undefined : `timeZone not given: dates are read in ${country.timeZone}, the default zone for ${country.code}`;
}

/**
 * What a decision assumed: the zone dates were read in when the member gave none, and the member's age when the
 * provision has an age rule (or documents none) and no birth date was given, or when a known minor meets a
 * provision that documents no age rule. A shared frozen list.
 */
export function assumptionsOf(member: ResolvedMember, provision: Provision | null, bits: number): readonly string[] {
  const country = member.zoneGiven ? null : member.country;
  const which = ageCase(member, provision, bits);
  let byCountry = lists.get(provision);
  if (byCountry === undefined) {
    byCountry = new Map();
    lists.set(provision, byCountry);
  }
  let byCase = byCountry.get(country);
  if (byCase === undefined) {
    byCase = [];
    byCountry.set(country, byCase);
  }
  let list = byCase[which];
  if (list === undefined) {
    list = Object.freeze([zoneNote(country), ageNote(provision, which)].filter((note) => note !== undefined));
    byCase[which] = list;
  }
  return list;
}
