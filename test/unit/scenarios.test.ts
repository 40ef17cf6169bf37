import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { decide, type PurposeId, type RegionId } from '../../src/index.js';
import { FACTS, SAMPLE_COUNTRIES, factStatusOn } from '../facts.js';

const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

// Every region × purpose, the day before, the day of and the day after each change FACTS.md records
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

describe('every region × purpose around every change in FACTS.md', () => {
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
