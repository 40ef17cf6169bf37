/**
 * decide and friends are pure: the same question gets the same answer every time, in any order, from a warm
 * or a fresh engine, and the inputs come back untouched. Seeded and replayable: see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, vi } from 'vitest';
import * as api from '../../src/index.js';
import { caseArb, type Case } from './support/arbitraries.js';
import { runs } from './support/config.js';

/** Freezes a value and everything reachable from it (a frozen Date's time can still change: see below). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Every answer the API gives about a case, as plain data. */
function answers(engine: typeof api, c: Case) {
  return {
    decide: engine.decide(c.purpose, c.member, c.at),
    explainAiTraining: engine.explainAiTraining(c.member, c.at),
    isSubjectToAiTraining: engine.isSubjectToAiTraining(c.member, c.at),
    isSharedWithMicrosoftForAds: engine.isSharedWithMicrosoftForAds(c.member, c.at),
    exposure: engine.aiTrainingExposure(c.member, { from: '2024-01-01', to: c.at }),
    optOutPaths: engine.optOutPaths(c.country, c.purpose, c.at),
  };
}

const safeAnswers = (engine: typeof api, c: Case) => {
  try {
    return answers(engine, c);
  } catch (error) {
    // a range ending before 2024-01-01 is bad input, and must be reported the same way every time
    if (error instanceof engine.PolicyInputError) return { error: error.code, field: error.field, message: error.message };
    throw error;
  }
};

describe('purity', () => {
  test.prop([caseArb({ birthRate: 0.6, optOutRate: 0.5 })], runs(200))(
    'answers are deterministic and deeply frozen inputs are neither mutated nor a problem',
    (c) => {
      const before = structuredClone(c);
      const times = [c.at, c.member.birthDate, ...Object.values(c.member.optOuts ?? {})]
        .filter((v): v is Date => v instanceof Date)
        .map((d) => d.getTime());
      deepFreeze(c);
      const first = safeAnswers(api, c);
      const second = safeAnswers(api, c);
      expect(second).toEqual(first);
      expect(structuredClone(c)).toEqual(before);
      // Object.freeze does not stop setTime on a Date: check the time values themselves
      expect([c.at, c.member.birthDate, ...Object.values(c.member.optOuts ?? {})].filter((v): v is Date => v instanceof Date).map((d) => d.getTime())).toEqual(times);
    },
  );
});

describe('history independence', () => {
  let fresh: typeof api;
  beforeAll(async () => {
    // A second engine with empty caches (parsed strings, day starts, birthdays, zone checks).
    vi.resetModules();
    fresh = await import('../../src/index.js');
    expect(fresh.decide).not.toBe(api.decide);
  });

  test.prop([fc.array(caseArb({ birthRate: 0.6, optOutRate: 0.4 }), { minLength: 10, maxLength: 40 })], runs(20))(
    'a warm engine answers as a fresh one does, whatever was asked before and in whatever order',
    (cases) => {
      const warm = cases.map((c) => safeAnswers(api, c));
      const cold = [...cases].reverse().map((c) => safeAnswers(fresh, c)).reverse();
      // the two engines hand out their own frozen provision objects: compare as data
      expect(JSON.parse(JSON.stringify(cold))).toEqual(JSON.parse(JSON.stringify(warm)));
    },
  );
});
