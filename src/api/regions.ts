import { regionList } from '../data/regions.js';
import type { Region } from '../types/index.js';

/**
 * Every policy region with its data controller and countries; each ISO 3166-1 alpha-2 code is in exactly one.
 *
 * @example
 * ```ts
 * import { regions } from 'linkedin-policy-data';
 * regions.map((region) => region.id); // => ['eu', 'eea', 'ch', 'gb', 'ca', 'hk', 'us', 'rest-of-world']
 * ```
 */
export const regions: readonly Region[] = regionList;
