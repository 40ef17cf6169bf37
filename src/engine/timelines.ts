import type { Step, Steps } from '../generated/decision-tables.js';
import type { PurposeId, RegionId } from '../ids.js';
import { startOfDayIn } from '../time/zone.js';

/** A region's timeline for one purpose, with its effective dates resolved per time zone on first use. */
export interface CompiledTimeline {
  readonly steps: readonly Step[];
  readonly startsByZone: Map<string, Float64Array>;
}

/** One purpose's timelines, by region. */
export interface CompiledPurpose {
  readonly id: PurposeId;
  readonly regions: Readonly<Record<RegionId, CompiledTimeline>>;
}

/** Wraps a purpose's generated steps for the engine. */
export function compilePurpose(id: PurposeId, steps: Steps): CompiledPurpose {
  const regions = {} as Record<RegionId, CompiledTimeline>;
  for (const [region, regionSteps] of Object.entries(steps) as [RegionId, readonly Step[]][]) {
    regions[region] = { steps: regionSteps, startsByZone: new Map() };
  }
  return { id, regions };
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

/** The index of the step in force at instant `t` in `zone`, or -1 before the timeline starts. */
export function provisionIndexAt(timeline: CompiledTimeline, zone: string, t: number): number {
  const starts = startsIn(timeline, zone);
  let i = starts.length - 1;
  while (i >= 0 && starts[i]! > t) i--;
  return i;
}
