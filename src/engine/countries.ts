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

// Anything that is not two letters reads the table's last slot, always empty: an in-bounds load stays fast.
const NO_CODE = 26 * 26;

// Indexed by the code's two letters as numbers, whatever their case: an array load by a small integer costs less
// than any lookup by the string, needs no toUpperCase(), and no key ('__proto__', 'toString') can reach
// anything but an entry.
const byLetters: readonly (CountryEntry | undefined)[] = /* @__PURE__ */ indexCountries();

function indexCountries(): (CountryEntry | undefined)[] {
  const table = new Array<CountryEntry | undefined>(NO_CODE + 1).fill(undefined);
  for (const [regionId, areas] of Object.entries(countryZones) as [RegionId, Record<string, string>][]) {
    const regionIndex = REGION_IDS.indexOf(regionId);
    for (const [code, timeZone] of decodeCountries(areas)) {
      table[letterIndex(code)] = Object.freeze({ code, regionId, regionIndex, timeZone });
    }
  }
  return table;
}

/** A two-letter code's place in `byLetters`, in any case; `NO_CODE` for anything else. */
function letterIndex(code: string): number {
  if (code.length !== 2) return NO_CODE;
  // | 32 folds A–Z onto a–z and leaves a–z as they are; no other character lands in a–z.
  const a = (code.charCodeAt(0) | 32) - 97;
  const b = (code.charCodeAt(1) | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : NO_CODE;
}

const EXPECTED = 'an ISO 3166-1 alpha-2 country code such as "DE" (any case)';

/** Looks a country code up in any case; throws `INVALID_COUNTRY` naming `field` for anything else. */
export function countryEntry(country: unknown, field = 'country'): CountryEntry {
  const entry = typeof country === 'string' ? byLetters[letterIndex(country)] : undefined;
  if (entry === undefined) throw new PolicyInputError('INVALID_COUNTRY', field, country, EXPECTED);
  return entry;
}

/** Unpacks one region of the generated `countryZones` table into [code, zone] pairs. */
export function decodeCountries(areas: Readonly<Record<string, string>>): [code: string, timeZone: string][] {
  return Object.entries(areas).flatMap(([area, entries]) =>
    entries.split(' ').map((entry): [string, string] => [entry.slice(0, 2), area === '' ? entry.slice(2) : `${area}/${entry.slice(2)}`]),
  );
}
