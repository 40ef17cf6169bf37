import { describe, expect, it } from 'vitest';
import { aiTrainingExposure, decide, isSubjectToAiTraining, regionOf, type PurposeId } from '../../src/index.js';
import { EU_PHASE_DATES, EU_TERRITORIES, FACTS, KOSOVO, UNSETTLED_TERRITORIES, factStatusOn } from '../facts.js';

const PURPOSES: readonly PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];

describe('the EU territories the Treaties apply to answer as their member state does', () => {
  for (const [code, { state, zone }] of Object.entries(EU_TERRITORIES)) {
    it(`${code} is in the EU, read in ${zone}, and answers as ${state}`, () => {
      expect(regionOf(code).id).toBe('eu');
      expect(regionOf(code).candidates).toEqual(['eu']);
      for (const purpose of PURPOSES) {
        for (const date of EU_PHASE_DATES) {
          const territory = decide(purpose, { country: code }, date);
          // The same wall date in the member state's zone: phases change at local midnight in each.
          const mainland = decide(purpose, { country: state, timeZone: zone }, date);
          expect(territory.timeZone).toBe(zone);
          expect(territory.status, `${purpose} ${date}`).toBe(factStatusOn(FACTS[purpose].eu, date));
          expect([territory.status, territory.reasons, territory.provision?.effectiveFrom]).toEqual([
            mainland.status,
            mainland.reasons,
            mainland.provision?.effectiveFrom,
          ]);
        }
      }
    });
  }
});

describe('territories whose regime no text settles', () => {
  it('name their candidate regions, the nominal one first', () => {
    for (const [code, candidates] of Object.entries(UNSETTLED_TERRITORIES)) {
      expect(regionOf(code).candidates, code).toEqual(candidates);
      expect(regionOf(code).id, code).toBe(candidates[0]);
    }
  });

  it('a Jersey member on 15 January 2025 is not subject to AI training: the UK had paused it', () => {
    expect(factStatusOn(FACTS['ai-training'].gb, '2025-01-15')).toBe('not-subject');
    expect(factStatusOn(FACTS['ai-training']['rest-of-world'], '2025-01-15')).toBe('subject');
    const decision = decide('ai-training', { country: 'JE' }, '2025-01-15');
    expect(decision.status).toBe('unknown');
    expect(decision.reasons).toEqual(['not-known']);
    expect(decision.provision).toBeNull();
    expect(decision.sources).toEqual([]);
    expect(decision.region).toBe('gb');
    expect(decision.assumptions.at(-1)).toContain('United Kingdom (gb)');
    expect(decision.assumptions.at(-1)).toContain('Rest of the world (rest-of-world)');
    expect(isSubjectToAiTraining({ country: 'JE' }, '2025-01-15')).toBe(false);
  });

  it('answer under the nominal region, saying so, wherever every candidate agrees', () => {
    for (const [code, candidates] of Object.entries(UNSETTLED_TERRITORIES)) {
      for (const purpose of PURPOSES) {
        for (const date of ['2024-10-01', '2025-01-15', '2025-11-03', '2026-06-01']) {
          const statuses = candidates.map((region) => factStatusOn(FACTS[purpose][region], date));
          const decision = decide(purpose, { country: code }, date);
          const agree = statuses.every((s) => s === statuses[0]);
          expect(decision.status, `${code} ${purpose} ${date}`).toBe(agree ? statuses[0] : 'unknown');
          expect(decision.provision === null, `${code} ${purpose} ${date}`).toBe(!agree);
          expect(decision.assumptions.at(-1)).toContain(agree ? 'they agree' : 'their answers differ');
        }
      }
    }
  });

  it('keep the opt-out among the reasons where the candidates disagree', () => {
    // Ads sharing in Greenland: excluded under the EU's terms, not known under the rest of the world's.
    const decision = decide('microsoft-ads', { country: 'GL', optOuts: { 'microsoft-ads': '2025-01-01' } }, '2025-01-15');
    expect(decision.reasons).toEqual(['not-known', 'opted-out']);
  });

  it('are exposed to AI training as unknown until every candidate agrees', () => {
    const intervals = aiTrainingExposure({ country: 'JE' }, { to: '2026-01-01' }).map((i) => [i.from.toISOString(), i.status]);
    // Jersey keeps London's clock: the UK's terms and the rest of the world's agree from 3 November 2025.
    expect(intervals).toEqual([
      ['2024-09-17T23:00:00.000Z', 'unknown'],
      ['2025-11-03T00:00:00.000Z', 'subject'],
    ]);
  });
});

describe('Kosovo (XK)', () => {
  it('is accepted, in the rest of the world, read in its capital’s zone', () => {
    expect(regionOf(KOSOVO.code).id).toBe(KOSOVO.region);
    expect(regionOf('xk').candidates).toEqual([KOSOVO.region]);
    const decision = decide('ai-training', { country: KOSOVO.code }, '2025-01-15');
    expect([decision.status, decision.region, decision.timeZone]).toEqual([
      factStatusOn(FACTS['ai-training'][KOSOVO.region], '2025-01-15'),
      KOSOVO.region,
      KOSOVO.zone,
    ]);
  });
});
