import type { Step, Steps } from '../generated/decision-tables.js';
import { PURPOSE_IDS, REGION_IDS, type PurposeId, type RegionId } from '../ids.js';
import { parseIsoDate, utcMidnight } from '../time/calendar.js';
import { DAY_START_SPREAD_MS, startOfDayIn } from '../time/zone.js';
import { RECORDED_AGE, UNDOCUMENTED_AGE_LIMIT } from './age.js';
import { statusBits } from './reason-bits.js';

/** A region's timeline for one purpose, with its effective dates resolved per time zone on first use. */
export interface CompiledTimeline {
  readonly steps: readonly Step[];
  /** Each step's status as the reason bits it implies, so that an answer compares numbers, not strings. */
  readonly statusBits: readonly number[];
  /** Each step's minimum age, or null where its provision documents none. */
  readonly minimumAges: readonly (number | null)[];
  /**
   * 00:00 UTC of each step's effective date: its start in any zone lies within `DAY_START_SPREAD_MS` of it. Read
   * by the answers only for a timeline too long to be packed (below); the packed one holds the same bounds.
   */
  readonly utcStarts: readonly number[];
  /**
   * A timeline of up to four steps (all of them today) packed into one typed array, what an answer reads of it
   * on every call, in one place: see {@link PACKED_STEPS}. Undefined for a longer one, which the arrays above
   * answer.
   */
  readonly packed: Float64Array | undefined;
  readonly startsByZone: Map<string, Float64Array>;
}

/** One purpose's timelines, by region. */
export interface CompiledPurpose {
  readonly id: PurposeId;
  /** The purpose's place in `PURPOSE_IDS`. */
  readonly index: number;
  readonly regions: Readonly<Record<RegionId, CompiledTimeline>>;
  /** The same timelines by the region's place in `REGION_IDS`. */
  readonly byRegionIndex: readonly CompiledTimeline[];
}

/** Wraps a purpose's generated steps for the engine. */
export function compilePurpose(id: PurposeId, steps: Steps): CompiledPurpose {
  const regions = {} as Record<RegionId, CompiledTimeline>;
  for (const [region, regionSteps] of Object.entries(steps) as [RegionId, readonly Step[]][]) {
    const utcStarts = regionSteps.map(([effectiveFrom]) => utcMidnight(parseIsoDate(effectiveFrom)!));
    regions[region] = {
      steps: regionSteps,
      statusBits: regionSteps.map((step) => statusBits(step[1])),
      minimumAges: regionSteps.map((step) => step[2]),
      utcStarts,
      packed: packedSteps(regionSteps, utcStarts),
      startsByZone: new Map(),
    };
  }
  return { id, index: PURPOSE_IDS.indexOf(id), regions, byRegionIndex: REGION_IDS.map((region) => regions[region]) };
}

/**
 * How many steps {@link CompiledTimeline.packed} holds: four slots for each field, one per step, the fields
 * beginning at the offsets below — each step's earliest start in any zone and its latest (its UTC start less and
 * plus `DAY_START_SPREAD_MS`), its status bits, and 1 where its age rule (`UNDOCUMENTED_AGE_LIMIT` where its
 * provision documents none) is the age whose birthday a birth date's record keeps, `RECORDED_AGE`, else 0. The slots past the last step hold +Infinity, a start no instant reaches.
 */
export const PACKED_STEPS = 4;
const EARLIEST = 0;
export const PACKED_LATEST = 4;
export const PACKED_STATUS = 8;
export const PACKED_AGE_RECORDED = 12;

function packedSteps(steps: readonly Step[], utcStarts: readonly number[]): Float64Array | undefined {
  if (steps.length > PACKED_STEPS) return undefined;
  const packed = new Float64Array(PACKED_AGE_RECORDED + PACKED_STEPS).fill(Infinity);
  steps.forEach(([, status, minimumAge], k) => {
    packed[EARLIEST + k] = utcStarts[k]! - DAY_START_SPREAD_MS;
    packed[PACKED_LATEST + k] = utcStarts[k]! + DAY_START_SPREAD_MS;
    packed[PACKED_STATUS + k] = statusBits(status);
    packed[PACKED_AGE_RECORDED + k] = +((minimumAge ?? UNDOCUMENTED_AGE_LIMIT) === RECORDED_AGE);
  });
  return packed;
}

/** The instants at which each step starts in `zone`: 00:00 of its effective date there. */
export function startsIn(timeline: CompiledTimeline, zone: string): Float64Array {
  let starts = timeline.startsByZone.get(zone);
  if (starts === undefined) {
    starts = Float64Array.from(timeline.steps, ([effectiveFrom]) => startOfDayIn(effectiveFrom, zone));
    timeline.startsByZone.set(zone, starts);
  }
  return starts;
}

/**
 * The index of the step in force at instant `t` in `zone`, or -1 before the timeline starts. Unless `t` falls
 * within two days of an effective date, the UTC midnights alone decide it, whatever the zone; near one, the
 * day starts in `zone` do.
 */
export function provisionIndexAt(timeline: CompiledTimeline, zone: string, t: number): number {
  const packed = timeline.packed;
  if (packed === undefined) return longTimelineIndexAt(timeline, zone, t);
  const i = lastReached(packed, t);
  if (i < 0 || t >= packed[PACKED_LATEST + i]!) return i;
  return indexNearStart(timeline, zone, t, i);
}

/**
 * The last step of a packed timeline whose earliest start `t` has reached, or -1: where it is in force, unless
 * `t` is before that step's latest start, where the zone decides.
 */
export function lastReached(packed: Float64Array, t: number): number {
  // The starts reached, counted as numbers rather than tested one by one: instants come in no order, so a branch
  // on each start is one the processor often mispredicts, which costs more than the four compares. The earliest
  // starts are slots 0 to 3 (EARLIEST), written as numbers: V8 checks constant indexes against the length once.
  return +(t >= packed[0]!) + +(t >= packed[1]!) + +(t >= packed[2]!) + +(t >= packed[3]!) - 1;
}

// Timelines of more than four steps (none today): apart, so that the common case stays small enough to inline.
function longTimelineIndexAt(timeline: CompiledTimeline, zone: string, t: number): number {
  const utcStarts = timeline.utcStarts;
  let i = -1;
  for (let k = 0; k < utcStarts.length; k++) if (t >= utcStarts[k]! - DAY_START_SPREAD_MS) i = k;
  if (i < 0 || t >= utcStarts[i]! + DAY_START_SPREAD_MS) return i;
  return indexNearStart(timeline, zone, t, i);
}

// Apart from provisionIndexAt, which is inlined into every answer: few instants fall this close to a start.
function indexNearStart(timeline: CompiledTimeline, zone: string, t: number, from: number): number {
  const starts = startsIn(timeline, zone);
  let i = from;
  while (i >= 0 && starts[i]! > t) i--;
  return i;
}
