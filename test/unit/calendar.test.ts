import { describe, expect, it } from 'vitest';
import { daysInMonth, utcMidnight } from '../../src/time/calendar.js';

/** The same answers asked of a Date: UTC fields, the year set on its own (Date.UTC reads 0–99 as 1900–1999). */
function dateMidnight(year: number, month: number, day: number): number {
  const midnight = new Date(Date.UTC(2000, month - 1, day));
  midnight.setUTCFullYear(year);
  return midnight.getTime();
}

function dateDaysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

describe('calendar arithmetic', () => {
  it('counts the days of every month of the years 0001–9999 as a Date does', () => {
    const wrong: string[] = [];
    for (let year = 1; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) if (daysInMonth(year, month) !== dateDaysInMonth(year, month)) wrong.push(`${year}-${month}`);
    }
    expect(wrong).toEqual([]);
  });

  it('puts 00:00 UTC of the first, middle and last day of every month of the years 0001–9999 where a Date does', () => {
    const wrong: string[] = [];
    for (let year = 1; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, dateDaysInMonth(year, month)]) {
          if (utcMidnight({ year, month, day }) !== dateMidnight(year, month, day)) wrong.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
