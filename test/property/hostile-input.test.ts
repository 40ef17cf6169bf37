/**
 * Whatever a caller passes, every public function either answers or throws PolicyInputError — never a
 * TypeError from inside, never a silent answer to garbage, never a change to Object.prototype. Seeded and
 * replayable: see support/config.ts.
 */
import './support/config.js';
import { runInNewContext } from 'node:vm';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  aiTrainingExposure,
  decide,
  explainAiTraining,
  explainMicrosoftAdsSharing,
  isDataStale,
  isSharedWithMicrosoftForAds,
  isSubjectToAiTraining,
  optOutPaths,
  PolicyInputError,
  regionOf,
  timeline,
} from '../../src/index.js';
import { countryArb, purposeArb, zoneArb } from './support/arbitraries.js';
import { runs } from './support/config.js';

const CODES = ['INVALID_COUNTRY', 'INVALID_DATE', 'INVALID_BIRTH_DATE', 'INVALID_TIME_ZONE', 'INVALID_MEMBER', 'INVALID_PURPOSE', 'INVALID_MAX_AGE_DAYS'];

const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/**
 * A value made only when a call is built: fast-check itself cannot hold a revoked proxy as a generated value
 * (it probes every value for a clone method), so one is generated as a Lazy and made into the proxy where it is
 * passed as an argument or stored in a member, an optOuts record or a range. Deeper inside fc.anything's
 * structures it stays a plain object.
 */
class Lazy {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}
const real = (value: unknown): unknown => (value instanceof Lazy ? value.make() : value);

// Made once: a million characters each, so that generating them costs nothing per run.
const HUGE_STRINGS = ['x'.repeat(1_000_000), '2025-11-03'.repeat(100_000), `2025-11-03T00:00:00${'0'.repeat(1_000_000)}Z`, 'DE'.repeat(500_000)];

/** Property names a caller might send by mistake or in malice. */
const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__') },
  { weight: 3, arbitrary: fc.constantFrom('country', 'birthDate', 'timeZone', 'optOuts', 'ai-training', 'microsoft-ads', 'microsoft-ai-training', 'from', 'to') },
  { weight: 2, arbitrary: fc.constantFrom('birthdate', 'Country', 'ai_training', 'AI-TRAINING', 'timezone', 'optOut', '') },
  { weight: 2, arbitrary: fc.string() },
);

/** Leaves: everything the type system would reject, and plausible values next to the valid ones. */
const leafArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Symbol('x'), Symbol(), Symbol.iterator, Symbol.for('2025-11-03')),
  fc.bigInt(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 8.64e15, 8.64e15 + 1, -8.64e15, -8.64e15 - 1, Number.MAX_VALUE, Number.MIN_VALUE, 1.5),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(...HUGE_STRINGS),
  fc.constant(new Lazy('<a revoked proxy>', revokedProxy)),
  fc.constantFrom(
    () => 'DE',
    class Member {},
    new String('DE'),
    new Number(0),
    Object.assign(Object.create(null), { country: 'DE' }),
    { [Symbol.toStringTag]: 'Date' },
    Object.create(Date.prototype),
    runInNewContext('new Date(0)'),
    runInNewContext("({ country: 'DE' })"),
    new (class extends Date {})(0),
    {
      toString: () => {
        throw new Error('toString called');
      },
      valueOf: () => {
        throw new Error('valueOf called');
      },
      [Symbol.toPrimitive]: () => {
        throw new Error('toPrimitive called');
      },
    },
    new Proxy({ country: 'DE' }, {}),
    new Proxy(new Date(0), {}),
    JSON.parse('{"__proto__": {"country": "DE"}, "country": "DE"}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  ),
  fc.constantFrom(
    '2025-11-03', '2025-02-30', '2025-11-03T24:00', '2025-11-03T23:59:60', '+275760-09-13', '0000-01-01', '9999-12-31T23:59:59.999+23:59',
    ' 2025-11-03', '2025-11-03\n', '２０２５-11-03', '٢٠٢٥-11-03', '2025-11-03T00:00:00.000000Z', '2025-11-03t00:00z', '20251103', '1990-01-01',
  ),
  fc.constantFrom('DE', 'de', 'XX', 'DEU', 'D', 'dE ', 'ＤＥ', 'ß', 'Europe/Berlin', 'europe/berlin', 'Etc/GMT+5', '+05:00', 'Mars/Olympus_Mons', 'Local', 'America/New_York\u0000'),
  fc.constantFrom('ai-training', 'AI-TRAINING', 'microsoft-ads', 'microsoft-ai-training', true, false, 1, '1'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(undefined),
  fc.constant(null),
);

const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  leafArb,
  fc.anything({
    key: keyArb,
    values: [leafArb],
    maxDepth: 3,
    maxKeys: 5,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: false, // fast-check's stringify cannot print the fake Dates among the leaves
    withTypedArray: true,
    withSparseArray: true,
    withUnicodeString: true,
  }),
);

/** An object with these own enumerable properties, `__proto__` included as an own property, not a prototype. */
function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value: real(value), enumerable: true, writable: true, configurable: true });
  return object;
}

const validDateArb = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }).map((t) => new Date(t)),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10)),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 19)),
);
/** Valid most of the time, anything at all some of the time: bad values reach every field, one at a time or many. */
const mostlyValid = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: anyValueArb });
const dateArb = mostlyValid<unknown>(validDateArb);

const memberArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: anyValueArb },
  {
    weight: 5,
    arbitrary: fc
      .record(
        {
          country: mostlyValid<unknown>(countryArb),
          birthDate: mostlyValid<unknown>(fc.constantFrom('2007-11-10', '1990-01-01', new Date('2008-02-29'))),
          timeZone: mostlyValid<unknown>(zoneArb),
          optOuts: mostlyValid<unknown>(
            fc.array(fc.tuple(fc.oneof({ weight: 8, arbitrary: purposeArb }, { weight: 1, arbitrary: keyArb }), fc.oneof(fc.constant(true), dateArb)), { maxLength: 3 }).map(objectOf),
          ),
          // stray keys, __proto__ among them, in about one member in six
          extra: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(keyArb, anyValueArb), { minLength: 1, maxLength: 2 }) }),
        },
        { requiredKeys: ['country', 'extra'] },
      )
      .map(({ extra, ...fields }) => objectOf([...Object.entries(fields), ...extra])),
  },
);

const rangeArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: anyValueArb },
  { weight: 3, arbitrary: fc.record({ from: dateArb, to: dateArb, extra: fc.array(fc.tuple(keyArb, anyValueArb), { maxLength: 1 }) }, { requiredKeys: [] }).map(({ extra, ...fields }) => objectOf([...Object.entries(fields), ...(extra ?? [])])) },
);

interface Call {
  readonly name: string;
  readonly run: () => unknown;
  readonly check: (result: unknown) => void;
}

const isValidDate = (d: unknown) => d instanceof Date && !Number.isNaN(d.getTime());

function checkDecision(result: unknown): void {
  const d = result as ReturnType<typeof decide>;
  expect(['subject', 'not-subject', 'unknown']).toContain(d.status);
  expect(d.subject).toBe(d.status === 'subject');
  expect(d.reasons.length).toBeGreaterThan(0);
  expect(isValidDate(d.at), 'the instant evaluated is a real date').toBe(true);
  expect(Object.isFrozen(d)).toBe(true);
}

const checkBoolean = (result: unknown) => expect(typeof result).toBe('boolean');

function checkExposure(result: unknown): void {
  for (const i of result as ReturnType<typeof aiTrainingExposure>) {
    expect(isValidDate(i.from)).toBe(true);
    expect(i.to === null || isValidDate(i.to)).toBe(true);
  }
}

const checkArray = (result: unknown) => expect(Array.isArray(result)).toBe(true);

/** A call of `fn` with generated arguments (trailing `undefined`s dropped), printed readably in counterexamples. */
function call(name: string, fn: (...args: never[]) => unknown, check: (result: unknown) => void) {
  return (args: readonly unknown[]): Call => {
    let given = [...args];
    while (given.length > 0 && given.at(-1) === undefined) given = given.slice(0, -1);
    return Object.assign(
      { name, check, run: () => fn(...(given.map(real) as never[])) },
      { [fc.toStringMethod]: () => `${name}(${given.map(printable).join(', ')})` },
    );
  };
}

function printable(value: unknown): string {
  try {
    return fc.stringify(value);
  } catch {
    return Object.prototype.toString.call(value); // fc.stringify cannot print everything here, e.g. Object.create(Date.prototype)
  }
}

const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const callArb: fc.Arbitrary<Call> = fc.oneof(
  fc.tuple(mostlyValid<unknown>(purposeArb), memberArb, dateArb).map(call('decide', decide, checkDecision)),
  fc.tuple(memberArb, dateArb).map(call('isSubjectToAiTraining', isSubjectToAiTraining, checkBoolean)),
  fc.tuple(memberArb, dateArb).map(call('explainAiTraining', explainAiTraining, checkDecision)),
  fc.tuple(memberArb, dateArb).map(call('isSharedWithMicrosoftForAds', isSharedWithMicrosoftForAds, checkBoolean)),
  fc.tuple(memberArb, dateArb).map(call('explainMicrosoftAdsSharing', explainMicrosoftAdsSharing, checkDecision)),
  fc.tuple(memberArb, rangeArb).map(call('aiTrainingExposure', aiTrainingExposure, checkExposure)),
  fc.tuple(mostlyValid<unknown>(countryArb), mostlyValid<unknown>(purposeArb), optional(dateArb)).map(call('optOutPaths', optOutPaths, checkArray)),
  fc.tuple(mostlyValid<unknown>(countryArb)).map(call('regionOf', regionOf, (r) => expect(typeof (r as { id: unknown }).id).toBe('string'))),
  fc.tuple(mostlyValid<unknown>(countryArb), mostlyValid<unknown>(purposeArb)).map(call('timeline', timeline, checkArray)),
  fc.tuple(dateArb, optional(mostlyValid<unknown>(fc.integer({ min: 0, max: 10_000 })))).map(call('isDataStale', isDataStale, checkBoolean)),
);

const prototypeNames = (o: object) => Object.getOwnPropertyNames(o).sort();
const OBJECT_PROTOTYPE = prototypeNames(Object.prototype);
const ARRAY_PROTOTYPE = prototypeNames(Array.prototype);

describe('hostile input', () => {
  test.prop([callArb], runs(1500))('every public function answers or throws PolicyInputError, for any value in any field', ({ name, run, check }) => {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      expect(error, `${name} threw something other than PolicyInputError`).toBeInstanceOf(PolicyInputError);
      const e = error as PolicyInputError;
      expect(CODES).toContain(e.code);
      expect(typeof e.field).toBe('string');
      expect(typeof e.message).toBe('string');
      expect(e.message.length, 'the message quotes the value, cut short').toBeLessThan(1000);
      return;
    } finally {
      expect(prototypeNames(Object.prototype)).toEqual(OBJECT_PROTOTYPE);
      expect(prototypeNames(Array.prototype)).toEqual(ARRAY_PROTOTYPE);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
    check(result);
  });
});

describe("a caller's throwing getters and proxy traps", () => {
  // A member whose properties throw when read is the caller's bug, not bad input the library must describe: the
  // contract here is only that the library throws the caller's own error unchanged or a PolicyInputError (when
  // it rejects the member before reading that property) — never a TypeError of its own, never an answer.
  class CallerError extends Error {}
  const hostileMemberArb = fc
    .record({
      field: fc.constantFrom('country', 'birthDate', 'timeZone', 'optOuts'),
      how: fc.constantFrom('getter', 'get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf', 'optOuts-getter'),
    })
    .map(({ field, how }) => {
      const sentinel = new CallerError(`${how} ${field}`);
      const thrower = () => {
        throw sentinel;
      };
      const base: Record<string, unknown> = { country: 'DE', birthDate: '1990-01-01', timeZone: 'Europe/Berlin', optOuts: { 'ai-training': '2026-01-01' } };
      let member: object;
      if (how === 'getter') member = Object.defineProperty({ ...base }, field, { get: thrower, enumerable: true });
      else if (how === 'optOuts-getter') member = { ...base, optOuts: Object.defineProperty({}, 'ai-training', { get: thrower, enumerable: true }) };
      else member = new Proxy({ ...base }, { [how]: thrower });
      return { member, sentinel, how, field };
    });

  test.prop([hostileMemberArb, fc.constantFrom('2025-11-03', new Date(Date.UTC(2026, 0, 1)), 1_800_000_000_000)], runs(100))(
    "throws the caller's own error or a PolicyInputError, and nothing else",
    ({ member, sentinel }, at) => {
      for (const call of [() => decide('ai-training', member as never, at), () => isSubjectToAiTraining(member as never, at), () => aiTrainingExposure(member as never)]) {
        let thrown: unknown = undefined;
        try {
          call();
        } catch (error) {
          thrown = error;
        }
        if (thrown !== undefined && !(thrown instanceof PolicyInputError)) expect(thrown).toBe(sentinel);
      }
    },
  );
});
