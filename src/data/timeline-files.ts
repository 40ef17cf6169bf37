import { timelineJson } from '../generated/timeline-json.js';
import { PURPOSE_IDS, type PurposeId, type RegionId } from '../ids.js';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

/** A region's provisions as data/ holds them. */
type RegionRecords = PurposeTimelineFile['regions'][RegionId];

type ParsedRegions = Partial<Record<RegionId, RegionRecords>>;

// By purpose, then region: a lookup on every explanation, so no key is built for it. Made by a pure call, so a
// bundle that never explains drops it.
const regionRecords = /* @__PURE__ */ emptyByPurpose();

function emptyByPurpose(): Record<PurposeId, ParsedRegions> {
  return Object.fromEntries(PURPOSE_IDS.map((purpose) => [purpose, {}])) as Record<PurposeId, ParsedRegions>;
}

const files: Partial<Record<PurposeId, PurposeTimelineFile>> = {};

/**
 * A region's provisions for a purpose as data/ holds them (with their quotes, notes and citations), deeply
 * frozen, the same array on every call. Parsed from its JSON text the first time it is asked for: only
 * explanations and the timeline need it, so an import that answers yes or no never pays for it, and an
 * explanation pays for its own region's.
 */
export function timelineRecords(purpose: PurposeId, region: RegionId): RegionRecords {
  const parsed = regionRecords[purpose];
  return (parsed[region] ??= validatedJson<RegionRecords>(JSON.parse(timelineJson[purpose].regions[region])));
}

/** A purpose's whole timeline file as data/ holds it, deeply frozen, built from {@link timelineRecords}. */
export function timelineFile(purpose: PurposeId): PurposeTimelineFile {
  const text = timelineJson[purpose];
  return (files[purpose] ??= validatedJson<PurposeTimelineFile>({
    ...(JSON.parse(text.head) as Omit<PurposeTimelineFile, 'regions'>),
    regions: Object.fromEntries(Object.keys(text.regions).map((region) => [region, timelineRecords(purpose, region as RegionId)])),
  } as PurposeTimelineFile));
}
