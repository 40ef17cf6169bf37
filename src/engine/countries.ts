import { PolicyInputError } from '../errors.js';
import { countryHint } from './country-hints.js';
import { countryZones } from '../generated/decision-tables.js';
import { REGION_IDS, type RegionId } from '../ids.js';

/** Where a country belongs and the zone its dates are read in by default. */
export interface CountryEntry {
  readonly code: string;
  readonly regionId: RegionId;
  /** The region's place in `REGION_IDS`, so the engine indexes timelines by number rather than by string. */
  readonly regionIndex: number;
  readonly timeZone: string;
  /**
   * Where no source says which region's terms apply: the places in `REGION_IDS` of the other candidate regions,
   * whose answers must agree with the region's for an answer to be known. Otherwise undefined, so that the hot
   * path pays one compare.
   */
  readonly alternatives: readonly number[] | undefined;
}

// Upper-case codes are indexed at import; any other spelling (de, De, dE) is added the first time it is asked
// for (otherSpelling), so the hot path needs no toUpperCase() from then on, and an import pays for 250 keys,
// not 1,000 (each new key is a string to make and intern, about a microsecond before V8 has optimized
// anything). A null-prototype object rather than a Map: a property load on a dictionary of string keys is the
// cheaper lookup, and without a prototype no key ('__proto__', 'toString') can reach anything but an entry.
const byCode: Record<string, CountryEntry | undefined> = /* @__PURE__ */ indexCountries();

function indexCountries(): Record<string, CountryEntry | undefined> {
  const table: Record<string, CountryEntry | undefined> = Object.create(null);
  for (const [regionId, areas] of Object.entries(countryZones) as [RegionId, Record<string, string>][]) {
    const regionIndex = REGION_IDS.indexOf(regionId);
    for (const [code, timeZone, alternatives] of decodeCountries(areas)) {
      table[code] = Object.freeze({ code, regionId, regionIndex, timeZone, alternatives });
    }
  }
  return table;
}

const ASCII_CODE = /^[a-z]{2}$/i;

/** A code in another case than upper: found by its upper-case spelling, and kept under this one too. */
function otherSpelling(country: string): CountryEntry | undefined {
  // ASCII letters only: 'ıt'.toUpperCase() is 'IT', but 'ıt' is no spelling of Italy's code.
  if (!ASCII_CODE.test(country)) return undefined;
  const entry = byCode[country.toUpperCase()];
  if (entry !== undefined) byCode[country] = entry;
  return entry;
}

const EXPECTED = 'an ISO 3166-1 alpha-2 country code such as "DE" (any case)';

/** Looks a country code up in any case; throws `INVALID_COUNTRY` naming the field `country` for anything else. */
export function countryEntry(country: unknown): CountryEntry {
  // Upper case first, the rest (other spellings, the error) in a function of its own, so that this one stays
  // small enough for the engine to inline into every answer.
  return upperCaseEntry(country) ?? otherSpellingOrError(country);
}

/** The entry of a code as indexed (upper case, or a spelling asked for before), or undefined: it never throws. */
export function upperCaseEntry(country: unknown): CountryEntry | undefined {
  return typeof country === 'string' ? byCode[country] : undefined;
}

function otherSpellingOrError(country: unknown): CountryEntry {
  const entry = typeof country === 'string' ? otherSpelling(country) : undefined;
  if (entry !== undefined) return entry;
  const hint = countryHint(country);
  throw new PolicyInputError('INVALID_COUNTRY', 'country', country, hint === undefined ? EXPECTED : `${EXPECTED} (did you mean ${hint}?)`);
}

/**
 * Unpacks one region of the generated `countryZones` table into [code, zone, other candidate regions] triples;
 * the last is undefined where a text settles the country's region.
 */
export function decodeCountries(
  areas: Readonly<Record<string, string>>,
): [code: string, timeZone: string, alternatives: readonly number[] | undefined][] {
  const countries: [string, string, readonly number[] | undefined][] = [];
  for (const [area, entries] of Object.entries(areas)) {
    for (const entry of entries.split(' ')) {
      // "CC", then the digits of the other candidate regions, if any, then the city: read by char codes, since
      // this runs at import for every country, before V8 has optimized anything.
      let end = 2;
      while (end < entry.length && entry.charCodeAt(end) >= 48 && entry.charCodeAt(end) <= 57) end++;
      const city = entry.slice(end);
      const alternatives = end === 2 ? undefined : Array.from(entry.slice(2, end), Number);
      countries.push([entry.slice(0, 2), area === '' ? city : `${area}/${city}`, alternatives]);
    }
  }
  return countries;
}
