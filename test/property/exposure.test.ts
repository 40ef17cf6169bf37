/**
 * aiTrainingExposure against decide: the intervals are a compressed form of decide's answers over time, so at
 * any instant inside the range the status of the interval containing it (or not-subject outside all of them)
 * must be decide's status. Seeded and replayable: see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { aiTrainingExposure, decide, type DateInput, type ExposureInterval } from '../../src/index.js';
import { caseArb, dateInputArb, deltaArb, instantArb, type Case } from './support/arbitraries.js';
import { runs } from './support/config.js';
import { DAY_MS } from './support/model.js';

interface Range {
  readonly from?: DateInput;
  readonly to?: DateInput;
}

interface ExposureCase {
  readonly c: Case;
  readonly range: Range | undefined;
  /** The instants the range's ends name; -Infinity / Infinity where open. */
  readonly from: number;
  readonly to: number;
  readonly probes: readonly number[];
}

const exposureCaseArb: fc.Arbitrary<ExposureCase> = caseArb({ purpose: fc.constant('ai-training'), birthRate: 0.6, optOutRate: 0.5 }).chain((c) =>
  fc
    .record({
      from: fc.option(instantArb(c.zone).chain((t) => dateInputArb(t, c.zone)), { freq: 2 }),
      span: fc.option(fc.oneof(fc.integer({ min: 0, max: 3 * 365 * DAY_MS }), deltaArb.map(Math.abs)), { freq: 2 }),
      rangeGiven: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      probes: fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -3, max: 3 })), { minLength: 5, maxLength: 25 }),
    })
    .chain(({ from, span, rangeGiven, probes }) => {
      const start = from?.instant ?? c.t;
      const toArb = span === null ? fc.constant(null) : dateInputArb(start + span, c.zone).map((w) => w);
      return toArb.map((to): ExposureCase => {
        const range: Range | undefined = rangeGiven
          ? { ...(from === null ? {} : { from: from.input }), ...(to === null ? {} : { to: to.input }) }
          : undefined;
        const lo = range?.from === undefined ? -Infinity : from!.instant;
        const hi = range?.to === undefined ? Infinity : to!.instant;
        // probes: fractions of a window around the policy's dates, and the raw member case's own instant
        const windowLo = Number.isFinite(lo) ? lo : Date.UTC(2024, 6, 1);
        const windowHi = Number.isFinite(hi) ? hi : Date.UTC(2028, 0, 1);
        const points = probes.map((p) => (typeof p === 'number' && Number.isInteger(p) && Math.abs(p) <= 3 && p !== 0 ? c.t + p : windowLo + p * (windowHi - windowLo)));
        return { c, range, from: lo, to: hi, probes: [...points.map(Math.floor), c.t] };
      });
    })
    .filter(({ from, to }) => !(to < from)),
);

const statusIn = (intervals: readonly ExposureInterval[], t: number) =>
  intervals.find((i) => i.from.getTime() <= t && (i.to === null || t < i.to.getTime()))?.status ?? 'not-subject';

describe('aiTrainingExposure', () => {
  test.prop([exposureCaseArb], runs(250))('agrees with decide at random instants and at every interval edge', ({ c, range, from, to, probes }) => {
    const intervals = aiTrainingExposure(c.member, range);
    // the default start is the coverage start: decide says unknown before it, exposure says nothing
    const coverageStart = decide('ai-training', c.member, '2024-09-18').at.getTime();
    const lo = Number.isFinite(from) ? from : Math.min(coverageStart, to);
    const edges = intervals.flatMap((i) => [i.from.getTime(), i.to?.getTime()].filter((t): t is number => t !== undefined));
    const instants = [...probes, ...edges.flatMap((t) => [t - 1, t, t + 1])].filter((t) => t >= lo && t < to && Math.abs(t) <= 8.64e15);
    for (const t of instants) {
      expect(statusIn(intervals, t), `at ${new Date(t).toISOString()}`).toBe(decide('ai-training', c.member, t).status);
    }
  });

  test.prop([exposureCaseArb], runs(250))('gives ordered, disjoint, non-empty, merged intervals clipped to the range', ({ c, range, from, to }) => {
    const intervals = aiTrainingExposure(c.member, range);
    intervals.forEach((interval, i) => {
      expect(['subject', 'unknown']).toContain(interval.status);
      const start = interval.from.getTime();
      const end = interval.to?.getTime() ?? Infinity;
      expect(start).toBeLessThan(end);
      if (Number.isFinite(from)) expect(start).toBeGreaterThanOrEqual(from);
      expect(end).toBeLessThanOrEqual(to);
      if (interval.to === null) {
        expect(i, 'only the last interval is open-ended').toBe(intervals.length - 1);
        expect(to, 'open-ended only when the range is').toBe(Infinity);
      }
      const next = intervals[i + 1];
      if (next !== undefined) {
        expect(next.from.getTime()).toBeGreaterThanOrEqual(end);
        if (next.from.getTime() === end) expect(next.status, 'adjacent intervals of one status are merged').not.toBe(interval.status);
      }
    });
    // an opt-out ends exposure for good: nothing is exposed from the opt-out instant on
    const optOut = c.optOuts['ai-training'];
    if (optOut !== undefined) {
      for (const interval of intervals) if (interval.status === 'subject') expect(interval.to?.getTime() ?? Infinity).toBeLessThanOrEqual(Math.max(optOut, interval.from.getTime()));
    }
  });
});
