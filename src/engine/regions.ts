import { regionList } from '../data/regions.js';
import type { RegionId } from '../ids.js';
import type { Region } from '../types/index.js';

const byId = /* @__PURE__ */ indexRegions(regionList);

function indexRegions(regions: readonly Region[]): ReadonlyMap<RegionId, Region> {
  return new Map(regions.map((region) => [region.id, region]));
}

/** The region record for an id from the generated tables; both come from data/regions.json. */
export function regionById(id: RegionId): Region {
  const region = byId.get(id);
  if (region === undefined) throw new Error(`data error: region "${id}" is in the decision tables but not in data/regions.json`);
  return region;
}
