/**
 * The two boolean answers take a shorter path for the members most calls are about: a plain object with a
 * country code, no time zone and no opt-outs, whose birth date and date string have been read before. These
 * properties hold that path to the reference model, on a first call and on the calls after it, when the caches
 * it reads are warm. Seeded and replayable: see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isSharedWithMicrosoftForAds, isSubjectToAiTraining, type Member, type PurposeId } from '../../src/index.js';
import { caseArb, instantArb, type Case } from './support/arbitraries.js';
import { runs } from './support/config.js';
import { model } from './support/model.js';

const ANSWER: Readonly<Record<PurposeId, ((member: Member, at: Case['at']) => boolean) | undefined>> = {
  'ai-training': isSubjectToAiTraining,
  'microsoft-ads': isSharedWithMicrosoftForAds,
  'microsoft-ai-training': undefined,
};
const BOOLEAN_PURPOSES = fc.constantFrom<PurposeId>('ai-training', 'microsoft-ads');

const expectedSubject = (c: Case): boolean =>
  model({ purpose: c.purpose, country: c.country, zone: c.zone, t: c.t, birth: c.birth, optOut: undefined }).status === 'subject';

/** Members the shorter path can answer: no zone of their own, no opt-outs; most with a birth date. */
const commonCase = caseArb({ purpose: BOOLEAN_PURPOSES, optOutRate: 0, birthRate: 0.8 }).filter((c) => c.member.timeZone === undefined);

describe('the boolean answers, called again and again', () => {
  test.prop([commonCase], runs(400))('give the reference model’s answer on the first call and on each call after it', (c) => {
    const answer = ANSWER[c.purpose]!;
    const expected = expectedSubject(c);
    // The first call reads the birth date and the date string; the later ones find both already read.
    for (let call = 0; call < 3; call++) expect(answer(c.member, c.at)).toBe(expected);
    // A fresh object of the same content, as a caller builds one per call.
    expect(answer({ ...c.member }, c.at)).toBe(expected);
  });

  const manyMoments = commonCase.chain((c) => fc.array(instantArb(c.zone), { minLength: 1, maxLength: 6 }).map((instants) => ({ c, instants })));

  test.prop([manyMoments], runs(200))('give the model’s answer for one member asked about at many moments, in any order', ({ c, instants }) => {
    const answer = ANSWER[c.purpose]!;
    for (const t of instants) {
      const expected = expectedSubject({ ...c, at: t, t });
      expect(answer(c.member, t)).toBe(expected);
      expect(answer(c.member, new Date(t))).toBe(expected);
    }
  });

  test.prop([commonCase], runs(200))('answer a member with a zone or opt-outs of its own by those, whatever was asked before', (c) => {
    const answer = ANSWER[c.purpose]!;
    answer(c.member, c.at);
    // The same birth date and moment, now with the opt-out in force: never subject.
    expect(answer({ ...c.member, optOuts: { [c.purpose]: true } }, c.at)).toBe(false);
    // The same member with its country's own zone written out: the same answer.
    expect(answer({ ...c.member, timeZone: c.zone }, c.at)).toBe(expectedSubject(c));
  });
});
