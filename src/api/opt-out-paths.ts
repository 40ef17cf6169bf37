import { countryEntry } from '../engine/countries.js';
import { compiledPurpose } from '../engine/purposes/index.js';
import { provisionsOf } from '../engine/provisions.js';
import { provisionIndexAt } from '../engine/timelines.js';
import type { DateInput, OptOutPath, PurposeId } from '../types/index.js';
import { toInstant } from '../time/date-input.js';

const NONE: readonly OptOutPath[] = /* @__PURE__ */ Object.freeze([]);

/**
 * How a member in `country` opts out of `purpose`, as the provision in force at `at` describes it: settings,
 * forms and signals, with menu paths and links. Empty before the data's coverage and where no path is known.
 *
 * @param country - ISO 3166-1 alpha-2 code, any case
 * @param purpose - `ai-training`, `microsoft-ads` or `microsoft-ai-training`
 * @param at - the moment asked about, read in the country's default zone; default: now
 * @returns the paths, deeply frozen
 * @throws {@link PolicyInputError} for a bad country, purpose or date
 *
 * @example
 * ```ts
 * import { optOutPaths } from 'linkedin-policy-data';
 * optOutPaths('IE', 'ai-training', '2025-11-03').map((path) => path.label);
 * // => ['Data for Generative AI Improvement', 'Data Processing Objection Form']
 * ```
 */
export function optOutPaths(country: string, purpose: PurposeId, at: DateInput = new Date()): readonly OptOutPath[] {
  const entry = countryEntry(country);
  const compiled = compiledPurpose(purpose);
  const index = provisionIndexAt(compiled.byRegionIndex[entry.regionIndex]!, entry.timeZone, toInstant(at, entry.timeZone, 'at'));
  return index < 0 ? NONE : (provisionsOf(compiled.id, entry.regionId)[index]!.optOut?.paths ?? NONE);
}
