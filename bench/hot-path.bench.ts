/**
 * The per-call cost of isSubjectToAiTraining and decide, for each DateInput kind, with and without birth dates
 * and opt-outs, each group beside the trivial baseline (one string compare and one number compare per call).
 * Every iteration is one batch of 1,000 calls over varied members and moments (bench/inputs.ts).
 *
 * Measures the BUILT package, dist/index.js — what users install — loaded natively by Node (the bench project
 * in vitest.config.ts keeps vite from transforming it). `npm run bench` builds it first.
 */
import { afterAll, bench, describe } from 'vitest';
import { aiTrainingExposure, decide, isSubjectToAiTraining, type DateInput, type Member } from '../dist/index.js';
import {
  AT_KINDS,
  bareMembers,
  baseline,
  BATCH,
  CUTOFF,
  dates,
  DISTINCT,
  distinctWallTimeStrings,
  epochs,
  sink,
  withBirthDate,
  withBirthDateAndOptOuts,
} from './inputs.js';

function isSubjectBatch(members: readonly Member[], at: readonly DateInput[]): void {
  let n = 0;
  for (let i = 0; i < BATCH; i++) if (isSubjectToAiTraining(members[i]!, at[i]!)) n++;
  sink.value += n;
}

function decideBatch(members: readonly Member[], at: readonly DateInput[]): void {
  let n = 0;
  for (let i = 0; i < BATCH; i++) n += decide('ai-training', members[i]!, at[i]!).reasons.length;
  sink.value += n;
}

for (const { name, inputs } of AT_KINDS) {
  describe(`at: ${name}`, () => {
    bench('baseline', () => baseline(bareMembers));
    bench('isSubjectToAiTraining', () => isSubjectBatch(bareMembers, inputs));
    bench('isSubjectToAiTraining +birthDate', () => isSubjectBatch(withBirthDate, inputs));
    bench('isSubjectToAiTraining +birthDate +optOuts', () => isSubjectBatch(withBirthDateAndOptOuts, inputs));
    bench('decide', () => decideBatch(bareMembers, inputs));
    bench('decide +birthDate +optOuts', () => decideBatch(withBirthDateAndOptOuts, inputs));
  });
}

describe("at: distinct 'YYYY-MM-DDTHH:mm:ss' (parse-cache misses)", () => {
  let cursor = 0;
  const next = (): readonly string[] => {
    const batch = distinctWallTimeStrings.slice(cursor, cursor + BATCH);
    cursor = (cursor + BATCH) % DISTINCT;
    return batch;
  };
  // the baseline takes its slice too, so both sides pay the same for walking the strings
  bench('baseline', () => {
    next();
    baseline(bareMembers);
  });
  bench('isSubjectToAiTraining', () => isSubjectBatch(bareMembers, next()));
  bench('decide +birthDate +optOuts', () => decideBatch(withBirthDateAndOptOuts, next()));
});

describe('aiTrainingExposure', () => {
  const ranges = [undefined, { from: '2025-01-01', to: '2026-12-31' }] as const;
  bench('baseline', () => baseline(bareMembers));
  bench('aiTrainingExposure', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) n += aiTrainingExposure(bareMembers[i]!).length;
    sink.value += n;
  });
  bench('aiTrainingExposure +birthDate +optOuts, range', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) n += aiTrainingExposure(withBirthDateAndOptOuts[i]!, ranges[i % 2]).length;
    sink.value += n;
  });
});

// For context only, no target: tinybench's default of timing every single call. The timer's own cost (two
// performance.now() calls and bookkeeping per sample) then dominates both sides and squeezes the ratio.
describe('at: Date, 1 call per sample (timer-bound, context only)', () => {
  let i = 0;
  bench('baseline', () => {
    i = (i + 1) % BATCH;
    if (bareMembers[i]!.country === 'DE' && epochs[i]! >= CUTOFF) sink.value++;
  });
  bench('isSubjectToAiTraining', () => {
    i = (i + 1) % BATCH;
    if (isSubjectToAiTraining(bareMembers[i]!, dates[i]!)) sink.value++;
  });
});

afterAll(() => {
  // read the sink, so that nothing above could be dropped as dead code
  if (sink.value === -1) console.log(sink.value);
});
