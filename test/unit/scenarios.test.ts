import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { aiTrainingExposure, decide, type PurposeId, type RegionId } from '../../src/index.js';
import { FACTS, SAMPLE_COUNTRIES, factStatusOn } from '../facts.js';

const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

// Every region × purpose, the day before, the day of and the day after each change the researched facts record
// (the coverage start included), asked about with the member's own calendar dates.
const cases = Object.entries(FACTS).flatMap(([purpose, table]) =>
  Object.entries(table).flatMap(([region, rows]) =>
    rows.flatMap(([changeDate]) =>
      [-1, 0, 1].flatMap((offset) =>
        SAMPLE_COUNTRIES[region as RegionId].map((country) => {
          const date = shift(changeDate, offset);
          return { purpose: purpose as PurposeId, region, country, date, expected: factStatusOn(rows, date) };
        }),
      ),
    ),
  ),
);

describe('every region × purpose around every change in the researched facts', () => {
  it.each(cases)('$purpose for $country on $date is $expected', ({ purpose, region, country, date, expected }) => {
    const decision = decide(purpose, { country }, date);
    expect(decision.status).toBe(expected);
    expect(decision.region).toBe(region);
    expect(decision.subject).toBe(expected === 'subject');
  });

  it('covers every change: at least 3 cases per row of every table', () => {
    const rows = Object.values(FACTS).flatMap((table) => Object.values(table).flat());
    expect(cases.length).toBeGreaterThanOrEqual(rows.length * 3);
  });
});

describe('reasons follow the status', () => {
  it.each([
    ['ai-training', 'DE', '2025-11-03', ['in-scope']],
    ['ai-training', 'DE', '2025-11-02', ['region-not-in-scope']],
    ['ai-training', 'GB', '2024-09-19', ['not-known']],
    ['ai-training', 'US', '2024-09-17', ['before-coverage']],
    ['microsoft-ads', 'IN', '2025-12-01', ['not-known']],
    ['microsoft-ads', 'GB', '2025-12-01', ['region-not-in-scope']],
    ['microsoft-ai-training', 'US', '2026-01-01', ['not-known']],
  ] as const)('%s for %s on %s: %j', (purpose, country, date, reasons) => {
    expect(decide(purpose, { country }, date).reasons).toEqual(reasons);
  });

  it('lists every reason that applies, in precedence order', () => {
    const member = { country: 'DE', birthDate: '2010-01-01', optOuts: { 'ai-training': true as const } };
    expect(decide('ai-training', member, '2025-11-03').reasons).toEqual(['minor', 'opted-out']);
    expect(decide('ai-training', member, '2025-11-02').reasons).toEqual(['region-not-in-scope', 'opted-out']);
    expect(decide('ai-training', member, '2024-01-01').reasons).toEqual(['before-coverage', 'opted-out']);
    expect(decide('ai-training', member, '2024-01-01').status).toBe('unknown');
  });
});

describe('a minor where no age rule is documented', () => {
  // Before 3 November 2025 no source states an age rule for the United States; from then, members under 18 are
  // excluded. A member known to be 14 is therefore not known to be subject before, and not subject after.
  const teen = { country: 'US', birthDate: '2010-06-15' };

  it('is unknown, not subject, with a reason and an assumption saying why', () => {
    const decision = decide('ai-training', teen, '2025-01-01');
    expect(decision.status).toBe('unknown');
    expect(decision.subject).toBe(false);
    expect(decision.reasons).toEqual(['not-known']);
    expect(decision.assumptions.some((a) => a.includes('under 18') && a.includes('no source states'))).toBe(true);
  });

  it('is a minor once the provision in force documents an age rule', () => {
    expect(decide('ai-training', teen, '2025-11-03').reasons).toEqual(['minor']);
  });

  it('is subject from the 18th birthday in the member zone where no rule is documented', () => {
    const adultSoon = { country: 'US', birthDate: '2007-03-01' };
    expect(decide('ai-training', adultSoon, '2025-02-28T23:59').status).toBe('unknown');
    expect(decide('ai-training', adultSoon, '2025-03-01').status).toBe('subject');
  });

  it('leaves a member who is out for another reason out', () => {
    const optedOut = { ...teen, optOuts: { 'ai-training': true as const } };
    expect(decide('ai-training', optedOut, '2025-01-01').reasons).toEqual(['opted-out']);
    expect(decide('ai-training', { country: 'DE', birthDate: '2010-06-15' }, '2025-01-01').reasons).toEqual(['region-not-in-scope']);
  });

  it('applies to every purpose: Microsoft ad sharing documents no age rule', () => {
    expect(decide('microsoft-ads', teen, '2026-01-01').reasons).toEqual(['not-known']);
    expect(decide('microsoft-ads', { country: 'US' }, '2026-01-01').assumptions).toContain('birthDate not given: treated as 18 or older');
  });

  it('shows in the exposure intervals as unknown until the rule or the birthday', () => {
    const intervals = aiTrainingExposure({ country: 'US', birthDate: '2007-03-01', timeZone: 'UTC' }, { to: '2026-01-01' });
    expect(intervals.map((i) => [i.from.toISOString(), i.to?.toISOString(), i.status])).toEqual([
      ['2024-09-18T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 'unknown'],
      ['2025-03-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'subject'],
    ]);
  });
});
