import { countryEntry, type CountryEntry } from '../engine/countries.js';
import { regionById } from '../engine/regions.js';
import { REGION_IDS } from '../ids.js';
import type { CountryRegion } from '../types/index.js';

// One frozen answer per region for the countries a text settles, and one per country for those with several
// candidate regions: built on first use, shared after.
const answers = new Map<string, CountryRegion>();

function answerFor(entry: CountryEntry): CountryRegion {
  const key = entry.alternatives === undefined ? entry.regionId : entry.code;
  let answer = answers.get(key);
  if (answer === undefined) {
    const candidates = [entry.regionId, ...(entry.alternatives ?? []).map((i) => REGION_IDS[i]!)];
    answer = Object.freeze({ ...regionById(entry.regionId), candidates: Object.freeze(candidates) });
    answers.set(key, answer);
  }
  return answer;
}

/**
 * The policy region a country belongs to, with its data controller and member countries, and the regions whose
 * terms may apply there: `candidates` is the region's id alone where a text settles it, and several ids
 * (this region's first) where no source says which regime applies — decisions for such a country are `unknown`
 * wherever the candidates' answers differ.
 *
 * @param country - ISO 3166-1 alpha-2 code (or XK, the user-assigned code for Kosovo), any case
 * @returns the region with its candidates, deeply frozen
 * @throws {@link PolicyInputError} with code `INVALID_COUNTRY` for anything but a known code
 *
 * @example
 * ```ts
 * import { regionOf } from 'linkedin-policy-data';
 * regionOf('no').id;              // => 'eea'
 * regionOf('GB').controller.name; // => 'LinkedIn Corporation'
 * regionOf('RE').id;              // => 'eu'
 * regionOf('JE').candidates;      // => ['gb', 'rest-of-world']
 * ```
 */
export function regionOf(country: string): CountryRegion {
  return answerFor(countryEntry(country));
}
