import { citationsJson, timelineJson } from '../generated/timeline-json.js';
import { PURPOSE_IDS, type PurposeId, type RegionId } from '../ids.js';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

/** A region's provisions as data/ holds them. */
type RegionRecords = PurposeTimelineFile['regions'][RegionId];

/** A citation of a provision as data/ holds it. */
type CitationRecord = RegionRecords[number]['citations'][number];

/** A region's provisions as their text holds them: each citation by its place in the list of all of them. */
type RecordsByPlace = readonly (Omit<RegionRecords[number], 'citations'> & { readonly citations: readonly number[] })[];

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
  return (parsed[region] ??= withCitations(JSON.parse(timelineJson[purpose].regions[region]) as RecordsByPlace));
}

let citations: readonly CitationRecord[] | undefined;

/** The provisions with each citation in place of its number, deeply frozen; parses the citations once. */
function withCitations(provisions: RecordsByPlace): RegionRecords {
  const all = (citations ??= validatedJson<CitationRecord[]>(JSON.parse(citationsJson)));
  return validatedJson<RegionRecords>(provisions.map((provision) => ({ ...provision, citations: provision.citations.map((place) => all[place]!) })));
}

/** A purpose's whole timeline file as data/ holds it, deeply frozen, built from {@link timelineRecords}. */
export function timelineFile(purpose: PurposeId): PurposeTimelineFile {
  const text = timelineJson[purpose];
  return (files[purpose] ??= validatedJson<PurposeTimelineFile>({
    ...(JSON.parse(text.head) as Omit<PurposeTimelineFile, 'regions'>),
    regions: Object.fromEntries(Object.keys(text.regions).map((region) => [region, timelineRecords(purpose, region as RegionId)])),
  } as PurposeTimelineFile));
}
