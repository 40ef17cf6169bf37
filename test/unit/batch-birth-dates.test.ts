import '../property/support/config.js';
import { runInNewContext } from 'node:vm';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/index.js';
import { readBirthDate, resolveMember } from '../../src/engine/member.js';
import { runs } from '../property/support/config.js';

/** What resolving a member gives for its birth date, or the error it throws, read one way or the other. */
function outcome(birthDate: unknown, read?: typeof readBirthDate): unknown {
  try {
    const { birth } = resolveMember({ country: 'DE', birthDate }, read);
    return birth;
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return { code: error.code, field: error.field, message: error.message };
  }
}

describe('birth dates read without the cache, as batches read them', () => {
  const values: readonly (readonly [string, unknown])[] = [
    ['a date', '1990-01-01'],
    ['29 February of a leap year', '2008-02-29'],
    ['29 February of a common year', '2007-02-29'],
    ['30 February', '2025-02-30'],
    ['a date without zeros', '1990-1-1'],
    ['year 0000', '0000-01-01'],
    ['the last day of 9999', '9999-12-31'],
    ['a date after a space', ' 1990-01-01'],
    ['a date and time', '1990-01-01T00:00'],
    ['an empty string', ''],
    ['a Date late in a UTC day', new Date('2007-11-10T23:30:00Z')],
    ['an invalid Date', new Date(NaN)],
    ['a Date of another realm', runInNewContext('new Date(Date.UTC(2000, 0, 1))')],
    ['an object that only pretends to be a Date', Object.create(Date.prototype)],
    ['a number', 19_900_101],
    ['null', null],
  ];

  it.each(values)('gives what the cached reading gives for %s', (_, value) => {
    // Read fresh first, so that the cached reading cannot simply hand back what the other one stored.
    const fresh = outcome(value, readBirthDate);
    expect(outcome(value)).toEqual(fresh);
    expect(outcome(value, readBirthDate)).toEqual(fresh);
  });

  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 10_999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  test.prop([fc.oneof(fc.string({ maxLength: 12 }), dateLike)], runs(300))('agrees with the cached reading on any string', (value) => {
    expect(outcome(value, readBirthDate)).toEqual(outcome(value));
  });
});
