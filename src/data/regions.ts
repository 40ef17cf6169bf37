import json from '../../data/regions.json';
import type { Region, RegionsFile } from '../schema/regions.js';
import { validatedJson } from './freeze.js';

/** The regions of data/regions.json, deeply frozen. */
export const regionList = /* @__PURE__ */ regionsOf(json);

function regionsOf(file: unknown): readonly Region[] {
  return validatedJson<RegionsFile>(file).regions;
}
