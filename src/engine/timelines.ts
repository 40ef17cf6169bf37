import type { Step, Steps } from '../generated/decision-tables.js';
import { PURPOSE_IDS, REGION_IDS, type PurposeId, type RegionId } from '../ids.js';
import { parseIsoDate, utcMidnight } from '../time/calendar.js';
import { DAY_START_SPREAD_MS, startOfDayIn } from '../time/zone.js';
import { statusBits } from './reason-bits.js';

/** A region's timeline for one purpose, with its effective dates resolved per time zone on first use. */
export interface CompiledTimeline {
  readonly steps: readonly Step[];
  /** Each step's status as the reason bits it implies, so that an answer compares numbers, not strings. */
  readonly statusBits: readonly number[];
  /** Each step's minimum age, or null where its provision documents none. */
  readonly minimumAges: readonly (number | null)[];
  /**
   * 00:00 UTC of each step's effective date: its start in any zone lies within `DAY_START_SPREAD_MS` of it. A
   * plain array of numbers, which the engine reads faster than a typed array on every answer.
   */
  readonly utcStarts: readonly number[];
  /**
   * Each step's earliest start in any zone (its UTC start less `DAY_START_SPREAD_MS`), then +Infinity, which no
   * instant reaches, up to four slots at least: what {@link provisionIndexAt} counts.
   */
  readonly earliestStarts: readonly number[];
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
      earliestStarts: earliestStartsOf(utcStarts),
      startsByZone: new Map(),
    };
  }
  return { id, index: PURPOSE_IDS.indexOf(id), regions, byRegionIndex: REGION_IDS.map((region) => regions[region]) };
}

const COUNTED_AT_ONCE = 4;

function earliestStartsOf(utcStarts: readonly number[]): number[] {
  const earliest = utcStarts.map((start) => start - DAY_START_SPREAD_MS);
  while (earliest.length < COUNTED_AT_ONCE) earliest.push(Infinity);
  return earliest;
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
  const earliest = timeline.earliestStarts;
  // The starts `t` has reached, counted as numbers rather than tested one by one: instants come in no order, so
  // a branch on each start is one the processor often mispredicts, which costs more than the four compares.
  const i =
    earliest.length === COUNTED_AT_ONCE
      ? +(t >= earliest[0]!) + +(t >= earliest[1]!) + +(t >= earliest[2]!) + +(t >= earliest[3]!) - 1
      : lastReached(earliest, t);
  if (i < 0 || t >= timeline.utcStarts[i]! + DAY_START_SPREAD_MS) return i;
  return indexNearStart(timeline, zone, t, i);
}

// Timelines of more than four steps: apart, so that the common case stays small enough to inline.
function lastReached(earliest: readonly number[], t: number): number {
  let i = -1;
  for (let k = 0; k < earliest.length; k++) if (t >= earliest[k]!) i = k;
  return i;
}

// Apart from provisionIndexAt, which is inlined into every answer: few instants fall this close to a start.
function indexNearStart(timeline: CompiledTimeline, zone: string, t: number, from: number): number {
  const starts = startsIn(timeline, zone);
  let i = from;
  while (i >= 0 && starts[i]! > t) i--;
  return i;
}
