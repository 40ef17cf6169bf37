// A named import: bundlers keep only the regions, not the placements (the reasons behind each country's region),
// which the engine reads from the generated decision tables.
import { regions } from '../../data/regions.json';
import type { Region } from '../schema/regions.js';
import { validatedJson } from './freeze.js';

/** The regions of data/regions.json, deeply frozen. */
export const regionList = /* @__PURE__ */ validatedJson<readonly Region[]>(regions);
