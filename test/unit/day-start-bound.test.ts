import { describe, expect, it } from 'vitest';
import { parseIsoDate, utcMidnight } from '../../src/time/calendar.js';
import { DAY_START_SPREAD_MS, startOfDayIn } from '../../src/time/zone.js';

describe('the bound on where a day starts, which settles most comparisons without a day start', () => {
  it('utcMidnight is 00:00 UTC of the date, years 1–99 included', () => {
    expect(utcMidnight({ year: 2025, month: 11, day: 3 })).toBe(Date.UTC(2025, 10, 3));
    expect(new Date(utcMidnight({ year: 18, month: 2, day: 28 })).toISOString()).toBe('0018-02-28T00:00:00.000Z');
  });

  it('every day start in the zones furthest from UTC, and across whole skipped days, lies within the bound', () => {
    const cases: [string, string][] = [
      ['2011-12-30', 'Pacific/Apia'],
      ['2011-12-31', 'Pacific/Apia'],
      ['1994-12-31', 'Pacific/Kiritimati'],
      ['2025-11-03', 'Etc/GMT-14'],
      ['2025-11-03', 'Etc/GMT+12'],
      ['0001-01-01', 'Etc/GMT+12'],
    ];
    for (const [date, zone] of cases) {
      const distance = Math.abs(startOfDayIn(date, zone) - utcMidnight(parseIsoDate(date)!));
      expect(distance, `${date} in ${zone}`).toBeLessThan(DAY_START_SPREAD_MS / 2);
    }
  });
});
