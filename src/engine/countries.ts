import { PolicyInputError } from '../errors.js';
import { countryZones } from '../generated/decision-tables.js';
import { REGION_IDS, type RegionId } from '../ids.js';

/** Where a country belongs and the zone its dates are read in by default. */
export interface CountryEntry {
  readonly code: string;
  readonly regionId: RegionId;
  /** The region's place in `REGION_IDS`, so the engine indexes timelines by number rather than by string. */
  readonly regionIndex: number;
  readonly timeZone: string;
}

// Every spelling of every code (de, De, dE, DE) is keyed up front so the hot path needs no toUpperCase(). A
// null-prototype object rather than a Map: a property load on a dictionary of string keys is the cheaper
// lookup, and without a prototype no key ('__proto__', 'toString') can reach anything but an entry.
const byCode: Record<string, CountryEntry | undefined> = /* @__PURE__ */ indexCountries();

function indexCountries(): Record<string, CountryEntry | undefined> {
  const table: Record<string, CountryEntry | undefined> = Object.create(null);
  for (const [regionId, areas] of Object.entries(countryZones) as [RegionId, Record<string, string>][]) {
    const regionIndex = REGION_IDS.indexOf(regionId);
    for (const [code, timeZone] of decodeCountries(areas)) {
      const entry: CountryEntry = Object.freeze({ code, regionId, regionIndex, timeZone });
      const [a, b] = code.toLowerCase();
      const [A, B] = code;
      for (const spelling of [`${A}${B}`, `${a}${b}`, `${A}${b}`, `${a}${B}`]) table[spelling] = entry;
    }
  }
  return table;
}

const EXPECTED = 'an ISO 3166-1 alpha-2 country code such as "DE" (any case)';

/** Looks a country code up in any case; throws `INVALID_COUNTRY` naming `field` for anything else. */
export function countryEntry(country: unknown, field = 'country'): CountryEntry {
  const entry = typeof country === 'string' ? byCode[country] : undefined;
  if (entry === undefined) throw new PolicyInputError('INVALID_COUNTRY', field, country, EXPECTED);
  return entry;
}

/** Unpacks one region of the generated `countryZones` table into [code, zone] pairs. */
export function decodeCountries(areas: Readonly<Record<string, string>>): [code: string, timeZone: string][] {
  return Object.entries(areas).flatMap(([area, entries]) =>
    entries.split(' ').map((entry): [string, string] => [entry.slice(0, 2), area === '' ? entry.slice(2) : `${area}/${entry.slice(2)}`]),
  );
}
