import { describe, expect, it } from 'vitest';
import { aiTrainingExposure, decide, explainAiTraining, isSubjectToAiTraining, PolicyInputError } from '../../src/index.js';

const at = (member: Parameters<typeof decide>[1], when: string) => decide('ai-training', member, when).at.toISOString();

// This file runs under four host zones (see vitest.config.ts); each expectation is the same under all of them.
describe('wall times on days with a clock change mean the same instant under every host zone', () => {
  it('a day whose midnight the clocks skip starts when they jump (Santiago, 6 September 2026)', () => {
    expect(at({ country: 'CL' }, '2026-09-06')).toBe('2026-09-06T04:00:00.000Z');
    const turns18 = { country: 'CL', birthDate: '2008-09-06' };
    expect(explainAiTraining(turns18, '2026-09-05T23:30').reasons).toEqual(['minor']);
    expect(aiTrainingExposure(turns18, { from: '2026-09-01', to: '2026-09-10' })[0]?.from.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('a wall time shown twice as clocks fall back is the earlier instant (New York, 2 November 2025)', () => {
    expect(at({ country: 'US' }, '2025-11-02T01:30')).toBe('2025-11-02T05:30:00.000Z');
    expect(at({ country: 'US' }, '2025-11-02T00:59:59')).toBe('2025-11-02T04:59:59.000Z');
    expect(at({ country: 'US' }, '2025-11-02T02:00')).toBe('2025-11-02T07:00:00.000Z');
  });

  it('a midnight shown twice starts the day at the earlier one (Havana, 2 November 2025)', () => {
    expect(at({ country: 'CU' }, '2025-11-02')).toBe('2025-11-02T04:00:00.000Z');
  });

  it('a wall time the clocks skip is the moment they jump (New York 02:30, Lord Howe 02:15)', () => {
    expect(at({ country: 'US' }, '2025-03-09T02:30')).toBe('2025-03-09T07:00:00.000Z');
    expect(at({ country: 'AU', timeZone: 'Australia/Lord_Howe' }, '2025-10-05T02:15')).toBe('2025-10-04T15:30:00.000Z');
  });
});

describe('clock changes larger than an hour', () => {
  it('a day skipped whole starts, and every wall time in it resolves, when the clocks jump (Apia, 30 December 2011)', () => {
    const apia = { country: 'WS', timeZone: 'Pacific/Apia' };
    expect(at(apia, '2011-12-30')).toBe('2011-12-30T10:00:00.000Z');
    expect(at(apia, '2011-12-30T12:00')).toBe('2011-12-30T10:00:00.000Z');
    expect(at(apia, '2011-12-31')).toBe('2011-12-30T10:00:00.000Z');
  });

  it('a three-hour fall-back resolves to the earlier instant (Casey, 5 March 2010)', () => {
    expect(at({ country: 'AQ', timeZone: 'Antarctica/Casey' }, '2010-03-04T23:00')).toBe('2010-03-04T12:00:00.000Z');
  });

  it('the first day of year 0001 is the same instant whatever the host zone', () => {
    expect(at({ country: 'US', timeZone: 'UTC' }, '0001-01-01')).toBe('0001-01-01T00:00:00.000Z');
    expect(at({ country: 'US', timeZone: 'Etc/GMT+12' }, '0001-01-01')).toBe('0001-01-01T12:00:00.000Z');
  });
});

describe('calendar edges', () => {
  it('refuses a birth Date outside the years a birth date string can name', () => {
    expect(() => isSubjectToAiTraining({ country: 'AT', birthDate: new Date('-000019-12-31T23:59:59.999Z') }, '2025-11-03')).toThrow(
      PolicyInputError,
    );
  });

  it("accepts every day of a month the host's own calendar cut short (December 1994 in Kiritimati)", () => {
    expect(at({ country: 'DE' }, '1994-12-15')).toBe('1994-12-14T23:00:00.000Z');
    expect(at({ country: 'KI', timeZone: 'UTC' }, '1994-12-31')).toBe('1994-12-31T00:00:00.000Z');
    expect(explainAiTraining({ country: 'DE', birthDate: '1994-12-31' }, '2025-11-03').reasons).toEqual(['in-scope']);
  });

  it('counts a member born so late that their 18th birthday cannot be written as a minor', () => {
    expect(explainAiTraining({ country: 'DE', birthDate: '9990-01-01' }, '2026-01-01').reasons).toEqual(['minor']);
    expect(explainAiTraining({ country: 'DE', birthDate: new Date('9990-01-01') }, '2026-01-01').reasons).toEqual(['minor']);
    expect(() => explainAiTraining({ country: 'DE', birthDate: new Date('+010000-01-01') }, '2026-01-01')).toThrow(PolicyInputError);
    expect(aiTrainingExposure({ country: 'DE', birthDate: '9990-01-01' })).toEqual([]);
  });

  it('refuses year 0000, which date-fns-tz misreads', () => {
    expect(() => isSubjectToAiTraining({ country: 'US' }, '0000-06-15')).toThrow(PolicyInputError);
    expect(at({ country: 'US', timeZone: 'UTC' }, '0001-06-15')).toBe('0001-06-15T00:00:00.000Z');
  });
});

describe('revoked proxies are reported, not crashed on', () => {
  const revoked = (): never => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy as never;
  };
  it.each([
    ['the member', () => isSubjectToAiTraining(revoked(), '2025-11-03'), 'member'],
    ['the opt-outs', () => isSubjectToAiTraining({ country: 'DE', optOuts: revoked() }, '2025-11-03'), 'optOuts'],
    ['an exposure range', () => aiTrainingExposure({ country: 'DE' }, revoked()), 'range'],
  ])('%s', (_, fn, field) => {
    expect(fn).toThrow(PolicyInputError);
    expect(fn).toThrow(field);
  });
});
