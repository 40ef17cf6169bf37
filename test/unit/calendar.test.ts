import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { daysInMonth, parseIsoDate, utcMidnight } from '../../src/time/calendar.js';

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

  it("reads exactly the strict 'YYYY-MM-DD' strings that name a real date", () => {
    const reference = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (match === null) return undefined;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= dateDaysInMonth(year, month) ? { year, month, day } : undefined;
    };
    // Near misses character by character: digits, separators, and what sits next to them in Unicode.
    const char = fc.constantFrom(...'0123456789-/:Tz 0١٠٫０'.split(''), '0', '1', '2', '9', '-');
    const validDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    const text = fc.oneof(
      fc.array(char, { minLength: 8, maxLength: 12 }).map((chars) => chars.join('')),
      // a real date with one character swapped
      fc.tuple(validDate, fc.nat({ max: 9 }), char).map(([date, at, c]) => `${date.slice(0, at)}${c}${date.slice(at + 1)}`),
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(parseIsoDate(value), value).toEqual(reference(value));
      }),
      { numRuns: 2000, seed: 20_251_103 },
    );
  });
});
