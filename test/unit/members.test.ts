import { describe, expect, it } from 'vitest';
import { aiTrainingExposure, decide, explainAiTraining, isSharedWithMicrosoftForAds, isSubjectToAiTraining } from '../../src/index.js';

describe('the under-18 exclusion', () => {
  // Turns 18 on 10 November 2025, a week after AI training began in the EU.
  const member = { country: 'DE', birthDate: '2007-11-10' };

  it('is a minor until the 18th birthday and subject from it', () => {
    expect(explainAiTraining(member, '2025-11-09').reasons).toEqual(['minor']);
    expect(explainAiTraining(member, '2025-11-09').status).toBe('not-subject');
    expect(explainAiTraining(member, '2025-11-09T23:59:59').status).toBe('not-subject');
    expect(explainAiTraining(member, '2025-11-10').reasons).toEqual(['in-scope']);
    expect(isSubjectToAiTraining(member, '2025-11-11')).toBe(true);
  });

  it('counts whole calendar years in the member zone: the birthday starts at local midnight', () => {
    expect(isSubjectToAiTraining(member, new Date('2025-11-09T22:59:59.999Z'))).toBe(false);
    expect(isSubjectToAiTraining(member, new Date('2025-11-09T23:00:00.000Z'))).toBe(true);
    const kiritimati = { ...member, timeZone: 'Pacific/Kiritimati' }; // UTC+14
    expect(isSubjectToAiTraining(kiritimati, new Date('2025-11-09T09:59:59.999Z'))).toBe(false);
    expect(isSubjectToAiTraining(kiritimati, new Date('2025-11-09T10:00:00.000Z'))).toBe(true);
  });

  it('reads a Date birth date by its UTC calendar date', () => {
    const asDate = { country: 'DE', birthDate: new Date('2007-11-10') };
    expect(isSubjectToAiTraining(asDate, '2025-11-09')).toBe(false);
    expect(isSubjectToAiTraining(asDate, '2025-11-10')).toBe(true);
  });

  it('treats a 29 February birthday as 28 February in common years', () => {
    const leapling = { country: 'FR', birthDate: '2008-02-29' };
    expect(isSubjectToAiTraining(leapling, '2026-02-27')).toBe(false);
    expect(isSubjectToAiTraining(leapling, '2026-02-28')).toBe(true);
  });

  it('counts a birth date after the moment asked about as a minor, not an error', () => {
    expect(explainAiTraining({ country: 'DE', birthDate: '2030-01-01' }, '2025-11-03').reasons).toEqual(['minor']);
  });

  it('says what it assumed when no birth date is given', () => {
    expect(explainAiTraining({ country: 'DE' }, '2025-11-03').assumptions).toContain('birthDate not given: treated as 18 or older');
    expect(explainAiTraining({ country: 'DE', birthDate: '1990-01-01' }, '2025-11-03').assumptions).not.toContain(
      'birthDate not given: treated as 18 or older',
    );
  });

  it('does not answer "subject" for a known minor where the data documents no age rule', () => {
    const child = { country: 'CA', birthDate: '2015-06-01' };
    expect(decide('microsoft-ads', child, '2025-11-03').provision?.minimumAge).toBeNull();
    expect(isSharedWithMicrosoftForAds(child, '2025-11-03')).toBe(false);
    expect(decide('microsoft-ads', child, '2025-11-03').status).toBe('unknown');
    // Before the 2025 notices no source states an age rule for AI training in the US.
    expect(decide('ai-training', { country: 'US', birthDate: '2015-06-01' }, '2025-01-01').reasons).toEqual(['not-known']);
    expect(decide('ai-training', { country: 'US', birthDate: '2015-06-01' }, '2025-11-03').reasons).toEqual(['minor']);
  });
});

describe('opt-outs', () => {
  const optedOut = (when: true | string | number | Date) => ({ country: 'DE', optOuts: { 'ai-training': when } });

  it('apply from the opt-out instant on: before, at and after the moment asked about', () => {
    expect(explainAiTraining(optedOut('2025-12-01'), '2025-11-30T23:59:59').reasons).toEqual(['in-scope']);
    expect(explainAiTraining(optedOut('2025-12-01'), '2025-12-01').reasons).toEqual(['opted-out']);
    expect(explainAiTraining(optedOut('2025-12-01'), '2026-06-01').reasons).toEqual(['opted-out']);
  });

  it('take every DateInput form, read in the member zone', () => {
    const instant = new Date('2025-12-01T09:00:00Z'); // 10:00 in Berlin
    for (const when of [instant, instant.getTime(), '2025-12-01T10:00', '2025-12-01T10:00:00+01:00', '2025-12-01T09:00:00Z']) {
      expect(isSubjectToAiTraining(optedOut(when), new Date(instant.getTime() - 1))).toBe(true);
      expect(isSubjectToAiTraining(optedOut(when), instant)).toBe(false);
    }
  });

  it('true means opted out before any date asked about', () => {
    expect(explainAiTraining(optedOut(true), '2025-11-03').reasons).toEqual(['opted-out']);
    expect(isSubjectToAiTraining({ country: 'US', optOuts: { 'ai-training': true } }, '2024-09-18')).toBe(false);
  });

  it('false means not opted out: the same answers as no opt-out, in decisions and in exposure', () => {
    const optedIn = { country: 'DE', optOuts: { 'ai-training': false, 'microsoft-ads': false } };
    for (const at of ['2025-11-02', '2025-11-03', '2026-06-01']) {
      expect(explainAiTraining(optedIn, at)).toEqual(explainAiTraining({ country: 'DE' }, at));
      expect(isSharedWithMicrosoftForAds(optedIn, at)).toBe(isSharedWithMicrosoftForAds({ country: 'DE' }, at));
    }
    expect(aiTrainingExposure(optedIn)).toEqual(aiTrainingExposure({ country: 'DE' }));
    expect(aiTrainingExposure(optedIn)).toHaveLength(1);
  });

  it('any other value than true, false or a date is an INVALID_DATE error naming the purpose', () => {
    for (const value of [null, 'yes', {}, Number.NaN]) {
      expect(() => isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-training': value as never } }, '2025-11-03')).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE', field: 'optOuts.ai-training' }),
      );
    }
  });

  it('apply only to their own purpose', () => {
    const member = { country: 'CA', optOuts: { 'microsoft-ads': true as const } };
    expect(isSharedWithMicrosoftForAds(member, '2025-11-03')).toBe(false);
    expect(isSubjectToAiTraining(member, '2025-11-03')).toBe(true);
  });
});
