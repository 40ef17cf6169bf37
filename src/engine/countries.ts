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

// Indexed by its two letters, in any case (de, De, dE, DE): a code is two char codes and a multiply away from its
// entry, with no hashing, no string to intern and no toUpperCase(). An array of 26 × 26 slots, every one filled
// (undefined where no country has the code), so that reading any slot stays a plain array read.
const byLetters: readonly (CountryEntry | undefined)[] = /* @__PURE__ */ indexCountries();

function indexCountries(): (CountryEntry | undefined)[] {
  const table: (CountryEntry | undefined)[] = new Array<CountryEntry | undefined>(26 * 26).fill(undefined);
  for (const [regionId, areas] of Object.entries(countryZones) as [RegionId, Record<string, string>][]) {
    const regionIndex = REGION_IDS.indexOf(regionId);
    for (const [code, timeZone, alternatives] of decodeCountries(areas)) {
      table[slotOf(code)] = Object.freeze({ code, regionId, regionIndex, timeZone, alternatives });
    }
  }
  return table;
}

/**
 * The slot of a two-letter code, or -1 for anything else. `| 32` folds an ASCII capital onto its small letter
 * and leaves small letters as they are; no other character lands in a–z, so 'ıt' (dotless i) is no spelling of
 * Italy's code even though its toUpperCase() is 'IT'.
 */
function slotOf(code: string): number {
  if (code.length !== 2) return -1;
  const first = (code.charCodeAt(0) | 32) - 97;
  const second = (code.charCodeAt(1) | 32) - 97;
  // Unsigned compares: one each for below 'a' and above 'z'.
  return first >>> 0 < 26 && second >>> 0 < 26 ? first * 26 + second : -1;
}

const EXPECTED = 'an ISO 3166-1 alpha-2 country code such as "DE" (any case)';

/** Looks a country code up in any case; throws `INVALID_COUNTRY` naming the field `country` for anything else. */
export function countryEntry(country: unknown): CountryEntry {
  // The error in a function of its own, so that this one stays small enough for the engine to inline into every
  // answer.
  return knownEntry(country) ?? unknownCountry(country);
}

/** The entry of a country code in any case, or undefined for anything else: it never throws. */
export function knownEntry(country: unknown): CountryEntry | undefined {
  if (typeof country !== 'string') return undefined;
  const slot = slotOf(country);
  return slot < 0 ? undefined : byLetters[slot];
}

function unknownCountry(country: unknown): never {
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
