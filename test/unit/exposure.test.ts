import { describe, expect, it } from 'vitest';
import { aiTrainingExposure, decide, type ExposureInterval } from '../../src/index.js';

const plain = (intervals: readonly ExposureInterval[]) =>
  intervals.map(({ from, to, status }) => ({ from: from.toISOString(), to: to?.toISOString() ?? null, status }));

describe('aiTrainingExposure', () => {
  it('ends at an opt-out made after the change', () => {
    expect(plain(aiTrainingExposure({ country: 'DE', optOuts: { 'ai-training': '2025-12-01' } }))).toEqual([
      { from: '2025-11-02T23:00:00.000Z', to: '2025-11-30T23:00:00.000Z', status: 'subject' },
    ]);
  });

  it('is empty for an opt-out made before the change', () => {
    expect(aiTrainingExposure({ country: 'DE', optOuts: { 'ai-training': '2025-10-01' } })).toEqual([]);
  });

  it('starts on the 18th birthday of a member turning 18 inside the range', () => {
    expect(plain(aiTrainingExposure({ country: 'DE', birthDate: '2008-01-15' }, { from: '2025-01-01', to: '2026-12-31' }))).toEqual([
      { from: '2026-01-14T23:00:00.000Z', to: '2026-12-30T23:00:00.000Z', status: 'subject' },
    ]);
  });

  it('reports the part of a range before coverage as unknown', () => {
    expect(plain(aiTrainingExposure({ country: 'US' }, { from: '2024-01-01', to: '2025-01-01' }))).toEqual([
      { from: '2024-01-01T05:00:00.000Z', to: '2024-09-18T04:00:00.000Z', status: 'unknown' },
      { from: '2024-09-18T04:00:00.000Z', to: '2025-01-01T05:00:00.000Z', status: 'subject' },
    ]);
  });

  it('is open-ended on an open range, merging adjacent intervals of one status', () => {
    expect(plain(aiTrainingExposure({ country: 'US' }))).toEqual([
      { from: '2024-09-18T04:00:00.000Z', to: null, status: 'subject' },
    ]);
  });

  it('leaves out not-subject periods such as the Hong Kong pause', () => {
    expect(plain(aiTrainingExposure({ country: 'HK' }))).toEqual([
      { from: '2024-09-17T16:00:00.000Z', to: '2024-10-10T16:00:00.000Z', status: 'subject' },
      { from: '2025-11-02T16:00:00.000Z', to: null, status: 'subject' },
    ]);
  });

  it('reports unknown periods inside coverage and clips to the range', () => {
    expect(plain(aiTrainingExposure({ country: 'GB' }, { to: '2026-01-01' }))).toEqual([
      { from: '2024-09-17T23:00:00.000Z', to: '2024-09-19T23:00:00.000Z', status: 'unknown' },
      { from: '2025-11-03T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', status: 'subject' },
    ]);
  });

  it('is empty for an empty range and for a range ending before coverage with no start given', () => {
    expect(aiTrainingExposure({ country: 'US' }, { from: '2025-01-01', to: '2025-01-01' })).toEqual([]);
    expect(aiTrainingExposure({ country: 'US' }, { to: '2024-01-01' })).toEqual([]);
  });

  it('agrees with decide at every day across coverage for several members', () => {
    const members = [
      { country: 'HK', birthDate: '2007-03-01', optOuts: { 'ai-training': '2026-02-01T12:00' } },
      { country: 'GB', optOuts: { 'ai-training': true as const } },
      { country: 'CA', timeZone: 'Asia/Tokyo', birthDate: '2008-02-29' },
    ];
    for (const member of members) {
      const intervals = aiTrainingExposure(member, { from: '2024-06-01', to: '2027-01-01' });
      for (let t = Date.UTC(2024, 5, 1, 7); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const inside = intervals.find((i) => i.from.getTime() <= t && (i.to === null || t < i.to.getTime()));
        const status = decide('ai-training', member, t).status;
        expect(inside?.status ?? 'not-subject', `${member.country} at ${new Date(t).toISOString()}`).toBe(status);
      }
    }
  });
});
