/**
 * Settings shared by every property test. Import this module first in each property file: it fixes the seed
 * before `test.prop` reads it.
 *
 * Every property runs from one fixed seed, so CI explores the same cases on every run and a failure is
 * reproducible. Each test's name ends in `(with seed=N)`.
 *
 * Replay a failure — fast-check prints `{ seed: N, path: "a:b:c" }` for the shrunk counterexample:
 *
 *   FC_SEED=N FC_PATH='a:b:c' npx vitest run --project unit test/property/<file>.test.ts -t '<property name>'
 *
 * (`FC_PATH` only together with `-t` naming that one property: a path is only meaningful for the property that
 * printed it. Without `FC_PATH`, `FC_SEED=N` reruns the whole search from that seed and shrinks again.)
 *
 * Explore beyond the fixed cases: `FC_SEED=random` draws a new seed per run (it is in every test's name, so a
 * failure stays replayable), and `FC_RUNS=10` multiplies every property's number of runs by ten.
 */
import { fc } from '@fast-check/vitest';
import { propertyRunScale } from './scale.js';

/** The seed CI uses. Any fixed integer will do; changing it changes which cases CI explores. */
export const DEFAULT_SEED = 20_251_103;

function seedFromEnvironment(): number {
  const text = process.env['FC_SEED'];
  if (text === undefined || text === '') return DEFAULT_SEED;
  if (text === 'random') return (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(text)}`);
  return seed;
}

export const SEED = seedFromEnvironment();
const SCALE = propertyRunScale();
const PATH = process.env['FC_PATH'];

fc.configureGlobal({ seed: SEED, ...(PATH === undefined || PATH === '' ? {} : { path: PATH }) });

/** fast-check parameters for a property meant to run about `n` times (scaled by `FC_RUNS`). */
export function runs(n: number): { numRuns: number } {
  return { numRuns: Math.max(1, Math.round(n * SCALE)) };
}
