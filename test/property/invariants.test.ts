/**
 * The documented decision rules (docs/semantics.md) as properties over generated members and moments. Seeded and replayable:
 * see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  decide,
  explainAiTraining,
  explainMicrosoftAdsSharing,
  isSharedWithMicrosoftForAds,
  isSubjectToAiTraining,
  type Decision,
} from '../../src/index.js';
import { DecisionSchema } from '../../src/schema/index.js';
import { caseArb, dateInputArb, dayStart, deltaArb, instantArb, writeBirth, type Case } from './support/arbitraries.js';
import { runs } from './support/config.js';
import {
  addDays,
  anniversary,
  dayNumber,
  DAY_MS,
  isoDate,
  localDateOf,
  model,
  REASON_ORDER,
  STATUS_OF,
} from './support/model.js';

const decideCase = (c: Case): Decision => decide(c.purpose, c.member, c.at);

const modelOf = (c: Case, purpose = c.purpose) =>
  model({ purpose, country: c.country, zone: c.zone, t: c.t, birth: c.birth, optOut: c.optOuts[purpose] });

describe('decide against the reference model', () => {
  test.prop([caseArb()], runs(400))('gives the reasons, status, provision and instant the rules give', (c) => {
    const decision = decideCase(c);
    const expected = modelOf(c);
    expect(decision.at.getTime()).toBe(c.t);
    expect(decision.timeZone).toBe(c.zone);
    expect(decision.provision?.effectiveFrom ?? null).toBe(expected.provision?.effectiveFrom ?? null);
    expect(decision.reasons).toEqual(expected.reasons);
    expect(decision.status).toBe(expected.status);
  });
});

describe('reasons and status', () => {
  test.prop([caseArb()], runs(300))('subject ⇔ reasons are exactly [in-scope]; status follows the first reason', (c) => {
    const { status, subject, reasons } = decideCase(c);
    expect(subject).toBe(status === 'subject');
    expect(subject).toBe(reasons.length === 1 && reasons[0] === 'in-scope');
    if (reasons.includes('in-scope')) expect(reasons).toEqual(['in-scope']);
    expect(reasons.length).toBeGreaterThan(0);
    expect(status).toBe(STATUS_OF[reasons[0]!]);
    // listed once each, in precedence order
    const positions = reasons.map((r) => REASON_ORDER.indexOf(r));
    expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
    if (reasons.includes('minor')) expect(subject).toBe(false);
    if (reasons.includes('opted-out')) expect(subject).toBe(false);
  });

  test.prop([caseArb({ optOutRate: 0.3 })], runs(300))('every decision is of the kind its status says: DecisionSchema accepts it', (c) => {
    const decision = decideCase(c);
    const parsed = DecisionSchema.safeParse(decision);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // No provision is in force before coverage, nor where a country's candidate regions answer differently.
    const disagree = decision.assumptions.some((a) => a.includes('their answers differ'));
    expect(decision.provision === null).toBe(decision.reasons[0] === 'before-coverage' || disagree);
    if (disagree) expect(decision.reasons[0]).toBe('not-known');
  });

  test.prop([caseArb()], runs(150))('the named functions agree with decide', (c) => {
    expect(explainAiTraining(c.member, c.at)).toEqual(decide('ai-training', c.member, c.at));
    expect(isSubjectToAiTraining(c.member, c.at)).toBe(decide('ai-training', c.member, c.at).subject);
    expect(explainMicrosoftAdsSharing(c.member, c.at)).toEqual(decide('microsoft-ads', c.member, c.at));
    expect(isSharedWithMicrosoftForAds(c.member, c.at)).toBe(decide('microsoft-ads', c.member, c.at).subject);
  });
});

/** Moments on or after 3 November 2025, when every region's AI-training provision has a minimum age. */
const withMinimumAge = (zone: string) =>
  fc.oneof(instantArb(zone).filter((t) => t >= Date.UTC(2025, 10, 4)), fc.integer({ min: Date.UTC(2025, 10, 4), max: Date.UTC(2030, 0, 1) }));

describe('minors', () => {
  // A minor is someone under the provision's minimumAge on `at`, in the member's zone. Before 3 November 2025
  // the US, rest-of-world, Hong Kong and Canada provisions have minimumAge null: nobody is a minor there.
  const minorCase = caseArb({ purpose: fc.constant('ai-training'), birthRate: 0, instants: withMinimumAge }).chain((c) =>
    fc
      .tuple(fc.integer({ min: 1, max: 18 * 365 + 4 }), fc.boolean(), fc.integer({ min: 0, max: DAY_MS - 1 }))
      .map(([daysYounger, asDate, ms]): Case => {
        // born on (today − 18 years) + daysYounger: strictly younger than 18 on `today`
        const today = localDateOf(c.t, c.zone);
        const birth = addDays(anniversary(today, -18), daysYounger);
        const written = writeBirth(birth, asDate, ms);
        return { ...c, member: { ...c.member, birthDate: written.input }, birth: written.date };
      }),
  );

  test.prop([minorCase], runs(300))('a member under the minimum age is never subject to AI training', (c) => {
    const decision = decideCase(c);
    const minimumAge = decision.provision?.minimumAge ?? null;
    expect(minimumAge).not.toBeNull(); // every provision from 2025-11-03 has one
    // born a day or more after (today − 18 years): a minor, except a 29 February birth on 28 February
    fc.pre(isoDate(localDateOf(c.t, c.zone)) < isoDate(anniversary(c.birth!, minimumAge!)));
    expect(decision.subject).toBe(false);
    expect(isSubjectToAiTraining(c.member, c.at)).toBe(false);
    expect(decision.reasons).toContain('minor');
  });

  // members with a birth date, asked about any moment or a hair either side of the start of their 18th birthday
  const aroundBirthday = caseArb({ purpose: fc.constant('ai-training'), birthRate: 1, instants: withMinimumAge }).chain((c) =>
    deltaArb
      .chain((delta) => dateInputArb(dayStart(isoDate(anniversary(c.birth!, 18)), c.zone) + delta, c.zone))
      .map((at): Case => ({ ...c, at: at.input, t: at.instant })),
  );

  test.prop([fc.oneof(caseArb({ purpose: fc.constant('ai-training'), birthRate: 1 }), aroundBirthday)], runs(300))(
    "'minor' is listed exactly when the provision has a minimum age the member has not reached",
    (c) => {
        const decision = decideCase(c);
      const minimumAge = decision.provision?.minimumAge ?? null;
      const today = isoDate(localDateOf(c.t, c.zone));
      const minor = minimumAge !== null && today < isoDate(anniversary(c.birth!, minimumAge));
      expect(decision.reasons.includes('minor')).toBe(minor);
      if (minor) expect(decision.subject).toBe(false);
    },
  );

  test.prop([caseArb({ purpose: fc.constant('ai-training'), birthRate: 0, instants: withMinimumAge }), fc.integer({ min: 1, max: 3650 })], runs(100))(
    'a birth date after the moment asked about counts as a minor',
    (c, daysAfter) => {
      const birth = addDays(localDateOf(c.t, c.zone), daysAfter);
      const decision = decide('ai-training', { ...c.member, birthDate: isoDate(birth) }, c.at);
      expect(decision.reasons).toContain('minor');
      expect(decision.subject).toBe(false);
      expect(dayNumber(birth)).toBeGreaterThan(dayNumber(localDateOf(c.t, c.zone)));
    },
  );
});

describe('opt-outs', () => {
  // For every purpose: an opt-out at or before `at` — `true`, or any DateInput naming an instant ≤ at — is listed
  // and makes the member not subject.
  const optedOutCase = caseArb({ optOutRate: 0 }).chain((c) =>
    fc
      .oneof(
        fc.constant({ input: true as const, instant: -Infinity }),
        fc
          .oneof(fc.constant(0), deltaArb.map((d) => -Math.abs(d)), fc.integer({ min: -5 * 365 * DAY_MS, max: 0 }))
          .chain((back) => dateInputArb(c.t + back, c.zone)),
      )
      .map(
        (o): Case => ({
          ...c,
          member: { ...c.member, optOuts: { [c.purpose]: o.input } },
          optOuts: { [c.purpose]: o.instant },
        }),
      ),
  );

  test.prop([optedOutCase], runs(300))('a member opted out at or before `at` is never subject', (c) => {
    const optOut = c.optOuts[c.purpose]!;
    // a date-only or minute-precision opt-out names the start of its day or minute: never later than intended,
    // but an ambiguous wall time can land an hour later, so check the premise rather than assume it
    fc.pre(optOut <= c.t);
    const decision = decideCase(c);
    expect(decision.subject).toBe(false);
    expect(decision.reasons).toContain('opted-out');
    if (c.purpose === 'ai-training') expect(isSubjectToAiTraining(c.member, c.at)).toBe(false);
    if (c.purpose === 'microsoft-ads') expect(isSharedWithMicrosoftForAds(c.member, c.at)).toBe(false);
  });

  test.prop([caseArb({ optOutRate: 0.6 })], runs(300))("'opted-out' is listed exactly when the opt-out is at or before `at`", (c) => {
    const optOut = c.optOuts[c.purpose];
    expect(decideCase(c).reasons.includes('opted-out')).toBe(optOut !== undefined && optOut <= c.t);
  });
});
