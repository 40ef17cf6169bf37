import { countryEntry } from '../engine/countries.js';
import { regionById } from '../engine/regions.js';
import type { Region } from '../types/index.js';

/**
 * The policy region a country belongs to, with its data controller and member countries.
 *
 * @param country - ISO 3166-1 alpha-2 code, any case
 * @returns the region, deeply frozen
 * @throws {@link PolicyInputError} with code `INVALID_COUNTRY` for anything but a known code
 *
 * @example
 * ```ts
 * import { regionOf } from 'linkedin-policy-data';
 * regionOf('no').id;              // => 'eea'
 * regionOf('GB').controller.name; // => 'LinkedIn Corporation'
 * ```
 */
export function regionOf(country: string): Region {
  return regionById(countryEntry(country).regionId);
}
