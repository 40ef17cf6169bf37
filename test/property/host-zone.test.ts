/**
 * Answers do not depend on the host's zone. This file runs in every unit project (host TZ, UTC, Kiritimati,
 * Los Angeles); in each, it asks one fixed sample of generated questions of the engine here and of fresh engines
 * in child processes started under other TZ values (Kiritimati or Los Angeles, and Lord Howe with its
 * half-hour DST), and compares the JSON of the answers. Fresh processes matter: the engine caches parsed dates
 * and day starts, and a cache filled under one TZ must not be what makes two zones agree.
 * The sample comes from the fixed seed (support/config.ts), so it is the same in every project.
 */
import './support/config.js';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { caseArb, dateInputArb, instantArb } from './support/arbitraries.js';
import { runs, SEED } from './support/config.js';
import { answer, encode, type Question } from './support/host-zone-cases.js';
import { answersUnder } from './support/host-zone-spawn.js';
import { PURPOSES } from './support/model.js';

const questionArb: fc.Arbitrary<Question> = fc.oneof(
  { weight: 6, arbitrary: caseArb({ birthRate: 0.6, optOutRate: 0.4 }).map((c): Question => ({ fn: 'decide', purpose: c.purpose, member: encode(c.member), at: encode(c.at) })) },
  {
    weight: 2,
    arbitrary: caseArb({ purpose: fc.constant('ai-training'), birthRate: 0.6, optOutRate: 0.4 }).chain((c) =>
      fc
        .option(dateInputArb(c.t + 400 * 86_400_000, c.zone), { nil: undefined })
        .map((to): Question => ({ fn: 'aiTrainingExposure', member: encode(c.member), range: to === undefined ? null : encode({ from: c.at, to: to.input }) })),
    ),
  },
  {
    weight: 1,
    arbitrary: caseArb().map((c): Question => ({ fn: 'optOutPaths', country: c.country, purpose: c.purpose, at: encode(c.at) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(instantArb('UTC').chain((t) => dateInputArb(t + 800 * 86_400_000, 'UTC')), fc.integer({ min: 0, max: 400 }))
      .map(([now, maxAgeDays]): Question => ({ fn: 'isDataStale', now: encode(now.input), maxAgeDays })),
  },
  {
    // bad input must be reported the same way everywhere too
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PURPOSES), fc.constantFrom('XX', 'DE', 'us'), fc.constantFrom('2025-02-30', '2025-11-03T24:00', 'soon', '2025-11-03'), fc.constantFrom('Mars/Base', 'Asia/Kathmandu'))
      .map(([purpose, country, at, timeZone]): Question => ({ fn: 'decide', purpose, member: { country, timeZone }, at })),
  },
);

/** The stretch of two JSON texts around their first difference. */
function whereTheyDiffer(here: string, there: string): { here: string; there: string } {
  let i = 0;
  while (i < here.length && here[i] === there[i]) i++;
  const from = Math.max(0, i - 60);
  return { here: `…${here.slice(from, i + 60)}…`, there: `…${there.slice(from, i + 60)}…` };
}

const here = process.env['TZ'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
const others = [here === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati', 'Australia/Lord_Howe'];

describe('host time zone', () => {
  it(`gives the same answers under TZ=${here} as under ${others.join(' and ')} (seed=${SEED})`, async () => {
    const questions = fc.sample(questionArb, { seed: SEED, ...runs(300) });
    const mine = questions.map((q) => answer(api, q));
    expect(mine.filter((a) => a.includes('"unexpected"'))).toEqual([]);
    const children = await Promise.all(others.map((tz) => answersUnder(tz, questions)));
    for (const [i, child] of children.entries()) {
      expect(child.tz, 'the child ran under the zone asked for').toBe(others[i]);
      const differences = questions.flatMap((q, j) => (child.answers[j] === mine[j] ? [] : [{ question: q, ...whereTheyDiffer(mine[j]!, child.answers[j]!) }]));
      expect(differences, `answers that differ under TZ=${child.tz}`).toEqual([]);
    }
  });
});
