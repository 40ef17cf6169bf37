import { PolicyInputError } from '../errors.js';
import { countryZones } from '../generated/decision-tables.js';
import type { RegionId } from '../ids.js';

/** Where a country belongs and the zone its dates are read in by default. */
export interface CountryEntry {
  readonly code: string;
  readonly regionId: RegionId;
  readonly timeZone: string;
}

// Every spelling of every code (de, De, dE, DE) is keyed up front so the hot path needs no toUpperCase().
const byCode = new Map<string, CountryEntry>();
for (const [regionId, areas] of Object.entries(countryZones) as [RegionId, Record<string, string>][]) {
  for (const [code, timeZone] of decodeCountries(areas)) {
    const entry: CountryEntry = Object.freeze({ code, regionId, timeZone });
    const [a, b] = code.toLowerCase();
    const [A, B] = code;
    for (const spelling of [`${A}${B}`, `${a}${b}`, `${A}${b}`, `${a}${B}`]) byCode.set(spelling, entry);
  }
}

const EXPECTED = 'an ISO 3166-1 alpha-2 country code such as "DE" (any case)';

/** Looks a country code up in any case; throws `INVALID_COUNTRY` naming `field` for anything else. */
export function countryEntry(country: unknown, field = 'country'): CountryEntry {
  const entry = typeof country === 'string' ? byCode.get(country) : undefined;
  if (entry === undefined) throw new PolicyInputError('INVALID_COUNTRY', field, country, EXPECTED);
  return entry;
}

/** Unpacks one region of the generated `countryZones` table into [code, zone] pairs. */
export function decodeCountries(areas: Readonly<Record<string, string>>): [code: string, timeZone: string][] {
  return Object.entries(areas).flatMap(([area, entries]) =>
    entries.split(' ').map((entry): [string, string] => [entry.slice(0, 2), area === '' ? entry.slice(2) : `${area}/${entry.slice(2)}`]),
  );
}
