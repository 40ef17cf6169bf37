import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decide, isSubjectToAiTraining, PolicyInputError } from '../../src/index.js';
import { compiledPurpose } from '../../src/engine/purposes/index.js';
import { quickSubject } from '../../src/engine/quick-subject.js';
import { cachedBirthDate } from '../../src/engine/member.js';
import { knownInstant } from '../../src/time/date-input.js';

// Test files share the library's caches: a value is picked at the moment of use among those no test has made the
// library read yet, so that "not read yet" holds whatever ran before.
const unread = <T>(candidates: readonly T[], isRead: (value: T) => boolean): T => {
  const found = candidates.find((value) => !isRead(value));
  if (found === undefined) throw new Error('every candidate value has been read already');
  return found;
};
const birthDates = Array.from({ length: 500 }, (_, i) => new Date(Date.UTC(1701, 0, 1 + i * 37)).toISOString().slice(0, 10));
const wallTimes = Array.from({ length: 500 }, (_, i) => new Date(Date.UTC(2025, 10, 13, 0, i * 7)).toISOString().slice(0, 16));

const aiTraining = compiledPurpose('ai-training');
const quick = (member: unknown, at: unknown) => quickSubject(aiTraining, member, at);

/** The answer the full path gives (through decide, which never takes the shorter one), or the error it throws. */
function fullOutcome(member: unknown, at: unknown): boolean | { code: string; field: string } {
  try {
    return decide('ai-training', member as never, at as never).subject;
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return { code: error.code, field: error.field };
  }
}

function publicOutcome(member: unknown, at: unknown): boolean | { code: string; field: string } {
  try {
    return isSubjectToAiTraining(member as never, at as never);
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    return { code: error.code, field: error.field };
  }
}

describe('the shorter path of the boolean answers', () => {
  // Read once by the full path, so that the shorter one finds them. The member born on BIRTH turns 18 on 10
  // November 2025; DAY is ten days later, and more than two days from any step's start.
  const BIRTH = '2007-11-10';
  const MINOR = '2008-06-01';
  const DAY = '2025-11-20';
  decide('ai-training', { country: 'DE', birthDate: BIRTH }, DAY);
  decide('ai-training', { country: 'DE', birthDate: MINOR }, DAY);
  decide('ai-training', { country: 'de' }, DAY);

  it('answers the common members itself: a plain object, a known country, a birth date and a date already read', () => {
    expect(quick({ country: 'DE' }, new Date('2025-11-06T12:00:00Z'))).toBe(true);
    expect(quick({ country: 'DE' }, Date.UTC(2025, 9, 30))).toBe(false);
    expect(quick({ country: 'DE', birthDate: BIRTH }, DAY)).toBe(true);
    expect(quick({ country: 'DE', birthDate: MINOR }, DAY)).toBe(false);
    expect(quick({ country: 'DE', birthDate: BIRTH }, new Date('2025-11-07T12:00:00Z'))).toBe(false);
    expect(quick({ country: 'de' }, DAY)).toBe(true);
    expect(quick(Object.assign(Object.create(null), { country: 'DE' }), DAY)).toBe(true);
    // In the US before 3 November 2025 no age rule is documented: for a member under 18 the answer is unknown.
    expect(quick({ country: 'US', birthDate: BIRTH }, Date.UTC(2024, 9, 1))).toBe(false);
    expect(quick({ country: 'US' }, Date.UTC(2024, 9, 1))).toBe(true);
    expect(quick({ country: 'DE' }, runInNewContext('new Date(Date.UTC(2025, 10, 12))'))).toBe(true);
  });

  const deferred: readonly [string, unknown, unknown][] = [
    // Where the day begins in the member's zone decides these, which takes calls this path leaves to the full one.
    ['an instant within two days of a step\'s start', { country: 'DE' }, new Date('2025-11-02T22:59:59.999Z')],
    ['the same, a millisecond later', { country: 'DE' }, new Date('2025-11-02T23:00:00.000Z')],
    ['an instant within two days of the 18th birthday', { country: 'DE', birthDate: BIRTH }, new Date('2025-11-09T22:59:59.999Z')],
    ['the same, a millisecond later', { country: 'DE', birthDate: BIRTH }, new Date('2025-11-09T23:00:00.000Z')],
    ['a zone of its own', { country: 'DE', timeZone: 'Asia/Tokyo' }, DAY],
    ['opt-outs', { country: 'DE', optOuts: { 'ai-training': false } }, DAY],
    ['a country with other candidate regions', { country: 'GI' }, DAY],
    ['a birth date not read yet', { country: 'DE', birthDate: unread(birthDates, (date) => cachedBirthDate(date) !== undefined) }, DAY],
    ['a birth date as a Date', { country: 'DE', birthDate: new Date(BIRTH) }, DAY],
    ['a date string not read yet', { country: 'DE' }, unread(wallTimes, (time) => !Number.isNaN(knownInstant(time, 'Europe/Berlin')))],
    ['an object of another realm', runInNewContext("({ country: 'DE' })"), DAY],
    ['a class instance', new (class Member { country = 'DE'; })(), DAY],
    ['an unknown property', { country: 'DE', birthdate: BIRTH }, DAY],
    ['an unknown country', { country: 'XX' }, DAY],
    ['a country that is no string', { country: 49 }, DAY],
    ['an array', [['country', 'DE']], DAY],
    ['a Date as member', new Date(0), DAY],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })(), DAY],
    ['an invalid Date', { country: 'DE' }, new Date(NaN)],
    ['a number out of range', { country: 'DE' }, 8.64e15 + 1],
    ['NaN', { country: 'DE' }, NaN],
    ['an object that only pretends to be a Date', { country: 'DE' }, Object.create(Date.prototype)],
    ['an invalid date string', { country: 'DE' }, '2025-02-30'],
  ];

  it.each(deferred)('leaves %s to the full path, which answers or refuses it the same as before', (_, member, at) => {
    expect(quick(member, at)).toBeUndefined();
    expect(publicOutcome(member, at)).toEqual(fullOutcome(member, at));
  });

  it('answers near a step\'s start or the 18th birthday through the full path, by where the day begins in Berlin', () => {
    expect(isSubjectToAiTraining({ country: 'DE' }, new Date('2025-11-02T22:59:59.999Z'))).toBe(false);
    expect(isSubjectToAiTraining({ country: 'DE' }, new Date('2025-11-02T23:00:00.000Z'))).toBe(true);
    expect(isSubjectToAiTraining({ country: 'DE', birthDate: BIRTH }, new Date('2025-11-09T22:59:59.999Z'))).toBe(false);
    expect(isSubjectToAiTraining({ country: 'DE', birthDate: BIRTH }, new Date('2025-11-09T23:00:00.000Z'))).toBe(true);
  });

  it('refuses through the full path what it cannot answer: the error names the field and the value', () => {
    expect(() => isSubjectToAiTraining({ country: 'DE', birthdate: BIRTH } as never, DAY)).toThrow(
      expect.objectContaining({ code: 'INVALID_MEMBER', field: 'member', value: 'birthdate' }),
    );
    expect(() => isSubjectToAiTraining({ country: 'DE' }, Object.create(Date.prototype) as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'at' }),
    );
  });

  /** The outcome of one call on a member made afresh: the answer, or what was thrown. */
  function outcomeOf(call: (member: never) => boolean, make: () => unknown): unknown {
    try {
      return call(make() as never);
    } catch (error) {
      return error instanceof PolicyInputError ? { code: error.code, field: error.field } : { thrown: String(error) };
    }
  }
  const accessorMembers: readonly [string, () => unknown][] = [
    [
      'a country getter that adds a key',
      () => {
        const member: Record<string, unknown> = {};
        Object.defineProperty(member, 'country', { enumerable: true, get: () => ((member['extra'] = 1), 'DE') });
        return member;
      },
    ],
    [
      'a Date whose country getter takes its prototype away',
      () => {
        const date = new Date(0);
        Object.defineProperty(date, 'country', { enumerable: true, get: () => (Object.setPrototypeOf(date, null), 'DE') });
        return date;
      },
    ],
    [
      'a country getter that throws the first time',
      () => {
        let reads = 0;
        return { get country() { if (reads++ === 0) throw new Error('not yet'); return 'DE'; } };
      },
    ],
  ];

  it.each(accessorMembers)('runs no getter before the checks the full path makes first: %s', (_, make) => {
    expect(outcomeOf((member) => isSubjectToAiTraining(member, DAY), make)).toEqual(
      outcomeOf((member) => decide('ai-training', member, DAY).subject, make),
    );
  });

  it('reads the fields in the order the full path reads them', () => {
    const reads: string[] = [];
    const member = new Proxy(
      { country: 'DE', birthDate: BIRTH },
      { get: (target, key, receiver) => (typeof key === 'string' && reads.push(key), Reflect.get(target, key, receiver)) },
    );
    expect(isSubjectToAiTraining(member, DAY)).toBe(true);
    expect(reads).toEqual(['country', 'timeZone', 'birthDate', 'optOuts']);
  });
});
