import { countryEntry } from '../engine/countries.js';
import { provisionsOf } from '../engine/provisions.js';
import { compiledPurpose } from '../engine/purposes/index.js';
import type { Provision, PurposeId } from '../types/index.js';

/**
 * The history of `purpose` in `country`'s region: every provision, oldest first, each in force from its
 * `effectiveFrom` until the next one starts.
 *
 * @param country - ISO 3166-1 alpha-2 code, any case
 * @param purpose - `ai-training`, `microsoft-ads` or `microsoft-ai-training`
 * @returns the provisions, deeply frozen
 * @throws {@link PolicyInputError} for a bad country or purpose
 *
 * @example
 * ```ts
 * import { timeline } from 'linkedin-policy-data';
 * timeline('HK', 'ai-training').map((p) => `${p.effectiveFrom} ${p.status}`);
 * // => ['2024-09-18 subject', '2024-10-11 not-subject', '2025-11-03 subject']
 * ```
 */
export function timeline(country: string, purpose: PurposeId): readonly Provision[] {
  const entry = countryEntry(country);
  return provisionsOf(compiledPurpose(purpose).id, entry.regionId);
}
