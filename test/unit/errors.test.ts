import { describe, expect, it } from 'vitest';
import {
  aiTrainingExposure,
  decide,
  isDataStale,
  isSubjectToAiTraining,
  optOutPaths,
  PolicyInputError,
  regionOf,
  timeline,
  type PolicyInputErrorCode,
} from '../../src/index.js';

/** Runs `fn`, expects a PolicyInputError, and returns it. */
function policyError(fn: () => unknown): PolicyInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError);
    return error as PolicyInputError;
  }
  throw new Error('expected a PolicyInputError, but nothing was thrown');
}

const call = (member: unknown, at: unknown = '2025-11-03') => () =>
  isSubjectToAiTraining(member as never, at as never);

describe('PolicyInputError names the field and the value', () => {
  const cases: [string, () => unknown, PolicyInputErrorCode, string, string][] = [
    ['unknown country', call({ country: 'XX' }), 'INVALID_COUNTRY', 'country', '"XX"'],
    ['empty country', call({ country: '' }), 'INVALID_COUNTRY', 'country', '""'],
    ['alpha-3 country', call({ country: 'DEU' }), 'INVALID_COUNTRY', 'country', '"DEU"'],
    ['number as country', call({ country: 276 }), 'INVALID_COUNTRY', 'country', '276'],
    ['missing country', call({}), 'INVALID_COUNTRY', 'country', 'undefined'],
    ['unparseable date', call({ country: 'DE' }, 'tomorrow'), 'INVALID_DATE', 'at', '"tomorrow"'],
    ['impossible date', call({ country: 'DE' }, '2025-02-30'), 'INVALID_DATE', 'at', '"2025-02-30"'],
    ['month 13', call({ country: 'DE' }, '2025-13-01'), 'INVALID_DATE', 'at', '"2025-13-01"'],
    ['hour 24', call({ country: 'DE' }, '2025-11-03T24:00'), 'INVALID_DATE', 'at', '"2025-11-03T24:00"'],
    ['offset 24:00', call({ country: 'DE' }, '2025-11-03T10:00+24:00'), 'INVALID_DATE', 'at', '"2025-11-03T10:00+24:00"'],
    ['NaN', call({ country: 'DE' }, Number.NaN), 'INVALID_DATE', 'at', 'NaN'],
    ['Infinity', call({ country: 'DE' }, Number.POSITIVE_INFINITY), 'INVALID_DATE', 'at', 'Infinity'],
    ['out of range number', call({ country: 'DE' }, 8.64e15 + 1), 'INVALID_DATE', 'at', '8640000000000001'],
    ['invalid Date', call({ country: 'DE' }, new Date('nope')), 'INVALID_DATE', 'at', 'an invalid Date'],
    ['missing date', () => isSubjectToAiTraining({ country: 'DE' }, undefined as never), 'INVALID_DATE', 'at', 'undefined'],
    ['object as date', call({ country: 'DE' }, {}), 'INVALID_DATE', 'at', 'an object'],
    ['impossible birth date', call({ country: 'DE', birthDate: '1990-02-30' }), 'INVALID_BIRTH_DATE', 'birthDate', '"1990-02-30"'],
    ['number as birth date', call({ country: 'DE', birthDate: 19900101 }), 'INVALID_BIRTH_DATE', 'birthDate', '19900101'],
    ['birth date with a time', call({ country: 'DE', birthDate: '1990-01-01T00:00' }), 'INVALID_BIRTH_DATE', 'birthDate', '"1990-01-01T00:00"'],
    ['unknown zone', call({ country: 'DE', timeZone: 'Mars/Olympus_Mons' }), 'INVALID_TIME_ZONE', 'timeZone', '"Mars/Olympus_Mons"'],
    ['empty zone', call({ country: 'DE', timeZone: '' }), 'INVALID_TIME_ZONE', 'timeZone', '""'],
    ['null member', call(null), 'INVALID_MEMBER', 'member', 'null'],
    ['string member', call('DE'), 'INVALID_MEMBER', 'member', '"DE"'],
    ['array member', call([]), 'INVALID_MEMBER', 'member', 'an array of 0 items'],
    ['misspelt member property', call({ country: 'DE', birthdate: '2010-01-01' }), 'INVALID_MEMBER', 'member', '"birthdate"'],
    ['optOuts not an object', call({ country: 'DE', optOuts: 'ai-training' }), 'INVALID_MEMBER', 'optOuts', '"ai-training"'],
    ['unknown purpose', () => decide('ads' as never, { country: 'DE' }, '2025-11-03'), 'INVALID_PURPOSE', 'purpose', '"ads"'],
    ['misspelt opt-out key', call({ country: 'DE', optOuts: { ai_training: true } }), 'INVALID_PURPOSE', 'optOuts', '"ai_training"'],
    ['null as an opt-out', call({ country: 'DE', optOuts: { 'ai-training': null as never } }), 'INVALID_DATE', 'optOuts.ai-training', 'null'],
    ['bad opt-out date', call({ country: 'DE', optOuts: { 'microsoft-ads': '2025-02-30' } }), 'INVALID_DATE', 'optOuts.microsoft-ads', '"2025-02-30"'],
    ['bad range start', () => aiTrainingExposure({ country: 'DE' }, { from: 'soon' }), 'INVALID_DATE', 'range.from', '"soon"'],
    ['range ending before it starts', () => aiTrainingExposure({ country: 'DE' }, { from: '2025-01-02', to: '2025-01-01' }), 'INVALID_DATE', 'range.to', '"2025-01-01"'],
    ['range not an object', () => aiTrainingExposure({ country: 'DE' }, 5 as never), 'INVALID_DATE', 'range', '5'],
    ['country of regionOf', () => regionOf('ZZ'), 'INVALID_COUNTRY', 'country', '"ZZ"'],
    ['purpose of timeline', () => timeline('DE', 'ai' as never), 'INVALID_PURPOSE', 'purpose', '"ai"'],
    ['date of optOutPaths', () => optOutPaths('DE', 'ai-training', '2025-99-01'), 'INVALID_DATE', 'at', '"2025-99-01"'],
    ['maxAgeDays of isDataStale', () => isDataStale(new Date(), -1), 'INVALID_MAX_AGE_DAYS', 'maxAgeDays', '-1'],
    ['maxAgeDays of isDataStale, now left out', () => isDataStale(undefined, -1), 'INVALID_MAX_AGE_DAYS', 'maxAgeDays', '-1'],
    ['"UK" for the United Kingdom', call({ country: 'UK' }), 'INVALID_COUNTRY', 'country', 'did you mean GB?'],
    ['"el" for Greece', () => regionOf('el'), 'INVALID_COUNTRY', 'country', 'did you mean GR?'],
  ];

  it.each(cases)('%s', (_, fn, code, field, shown) => {
    const error = policyError(fn);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(shown);
    expect(error.name).toBe('PolicyInputError');
  });

  it('an unknown member property is reported even when the purpose would not need it', () => {
    expect(policyError(call({ country: 'IN', optOuts: { 'microsoft-ads': 'x' } })).field).toBe('optOuts.microsoft-ads');
  });
});

describe('values that cannot be printed plainly give the same clean error', () => {
  const huge = 'x'.repeat(100_000);
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const hostile = { toString: () => { throw new Error('boom'); }, [Symbol.toPrimitive]: () => { throw new Error('boom'); } };
  it.each([
    ['a symbol country', { country: Symbol('DE') }, 'Symbol("DE")'],
    ['a symbol without description', { country: Symbol() }, 'Symbol()'],
    ['a bigint country', { country: 10n }, '10n'],
    ['a 100 KB country', { country: huge }, 'a string of 100000 characters'],
    ['a hostile object country', { country: hostile }, 'an object'],
    ['a revoked proxy as time zone', { country: 'DE', timeZone: proxy }, 'timeZone'],
    ['a function as birth date', { country: 'DE', birthDate: () => '1990-01-01' }, 'a function'],
  ])('%s', (_, member, shown) => {
    const error = policyError(call(member));
    expect(error.message).toContain(shown);
    expect(error.message.length).toBeLessThan(400);
  });

  it('a 100 KB date string, a symbol date and a bigint date', () => {
    for (const at of ['2025-11-03'.padEnd(100_000, '0'), Symbol('now'), 5n]) {
      const error = policyError(call({ country: 'DE' }, at));
      expect(error.code).toBe('INVALID_DATE');
      expect(error.message.length).toBeLessThan(400);
    }
  });
});

describe('inputs are never mutated and cannot reach Object.prototype', () => {
  it('leaves a member and its opt-outs as they were, and works on frozen input', () => {
    const member = Object.freeze({
      country: 'de',
      birthDate: '1990-01-01',
      timeZone: 'Europe/Berlin',
      optOuts: Object.freeze({ 'ai-training': '2026-01-01' }),
    });
    const before = JSON.stringify(member);
    decide('ai-training', member, '2025-11-03');
    aiTrainingExposure(member, Object.freeze({ from: '2025-01-01' }));
    expect(JSON.stringify(member)).toBe(before);
  });

  it('rejects __proto__ keys from parsed JSON instead of following them', () => {
    const member = JSON.parse('{"country":"DE","__proto__":{"polluted":true}}') as unknown;
    expect(policyError(call(member)).field).toBe('member');
    const optOuts = JSON.parse('{"country":"DE","optOuts":{"__proto__":{"polluted":true}}}') as unknown;
    expect(policyError(call(optOuts)).code).toBe('INVALID_PURPOSE');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not take opt-outs inherited from a prototype', () => {
    const inherited = Object.create({ 'ai-training': true }) as Record<string, unknown>;
    expect(isSubjectToAiTraining({ country: 'DE', optOuts: inherited }, '2025-11-03')).toBe(true);
  });
});

describe('PolicyInputError and instanceof', () => {
  // A second evaluation of the module stands for the other build (ESM beside CJS) or another installed copy.
  const otherCopy = async () =>
    (await import(/* @vite-ignore */ new URL('../../src/errors.ts?another-copy', import.meta.url).href)) as typeof import('../../src/errors.js');

  it('recognises errors from another copy of the library, both ways', async () => {
    const { PolicyInputError: OtherPolicyInputError } = await otherCopy();
    expect(OtherPolicyInputError).not.toBe(PolicyInputError);
    const theirs = new OtherPolicyInputError('INVALID_COUNTRY', 'country', 'XX', 'a code');
    const ours = policyError(call({ country: 'XX' }));
    expect(theirs instanceof PolicyInputError).toBe(true);
    expect(ours instanceof OtherPolicyInputError).toBe(true);
    expect(theirs instanceof Error).toBe(true);
  });

  it('answers false for other errors and for look-alikes without the mark', () => {
    expect(new Error('x') instanceof PolicyInputError).toBe(false);
    expect(Object.assign(new Error('x'), { name: 'PolicyInputError', code: 'INVALID_COUNTRY', field: 'country' }) instanceof PolicyInputError).toBe(false);
    for (const value of [null, undefined, 'PolicyInputError', 42, {}]) expect((value as unknown) instanceof PolicyInputError).toBe(false);
  });

  it('keeps the ordinary check for a subclass', () => {
    class Narrower extends PolicyInputError {}
    expect(new Narrower('INVALID_DATE', 'at', 'x', 'a date') instanceof Narrower).toBe(true);
    expect(policyError(call({ country: 'XX' })) instanceof Narrower).toBe(false);
  });
});
