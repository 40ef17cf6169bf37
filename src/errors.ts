/**
 * What was wrong with an input, as a stable code to branch on.
 *
 * @example
 * ```ts
 * import { PolicyInputError, type PolicyInputErrorCode } from 'linkedin-policy-data';
 * const retryable = (code: PolicyInputErrorCode) => code !== 'INVALID_PURPOSE';
 * retryable('INVALID_DATE'); // => true
 * ```
 */
export type PolicyInputErrorCode =
  | 'INVALID_COUNTRY'
  | 'INVALID_DATE'
  | 'INVALID_BIRTH_DATE'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_MEMBER'
  | 'INVALID_PURPOSE'
  | 'INVALID_CONFIDENCE'
  | 'INVALID_SOURCE'
  | 'INVALID_MAX_AGE_DAYS';

// A registered symbol is the same in every copy of the library loaded into one process — the ESM and the CJS
// build, or two installed versions — so it can recognise all their errors where class identity cannot.
const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('linkedin-policy-data.PolicyInputError');

/**
 * The one error the library throws for bad input. `code` says what kind of input was wrong, `field` names it
 * (`country`, `at`, `birthDate`, `timeZone`, `optOuts`, `optOuts.ai-training`, `purpose`, `member`,
 * `range.from`, …) and the message quotes the value. Nothing else is ever thrown for bad input.
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining, PolicyInputError } from 'linkedin-policy-data';
 * try {
 *   isSubjectToAiTraining({ country: 'XX' }, '2025-11-03');
 * } catch (error) {
 *   if (error instanceof PolicyInputError) {
 *     error.code;  // => 'INVALID_COUNTRY'
 *     error.field; // => 'country'
 *   }
 * }
 * ```
 *
 * `instanceof` answers `true` for an error thrown by any copy of the library in the process, so an error from
 * the CommonJS build is an instance of the class imported from the ESM build and the other way round.
 */
export class PolicyInputError extends Error {
  /**
   * Recognises errors from every copy of the library by a registered symbol, not by class identity. A subclass
   * keeps the ordinary prototype check.
   *
   * @param value - the value on the left of `instanceof`
   * @returns whether `value` is a `PolicyInputError` from any copy of the library (or, for a subclass, an instance of it)
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== PolicyInputError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** The mark {@link PolicyInputError}'s `instanceof` looks for. */
  get [BRAND](): true {
    return true;
  }

  // Declared, not defined: the constructor sets them, and a class field definition would only add bytes to
  // every bundle that can throw this error.
  /** The kind of input that was wrong. */
  declare readonly code: PolicyInputErrorCode;
  /** The input that was wrong, as a path such as `country` or `optOuts.ai-training`. */
  declare readonly field: string;
  /** The offending value itself. */
  declare readonly value: unknown;

  /**
   * Builds the error with a message that names the field, quotes the value safely and says what was expected.
   * The library throws it; callers catch it rather than construct it.
   *
   * @param code - the kind of input that was wrong
   * @param field - the name of the input
   * @param value - the value given
   * @param expected - what would have been accepted, in words
   */
  constructor(code: PolicyInputErrorCode, field: string, value: unknown, expected: string) {
    super(`Invalid ${field}: ${describeValue(value)}; expected ${expected}.`);
    this.name = 'PolicyInputError';
    this.code = code;
    this.field = field;
    this.value = value;
  }
}

const MAX_SHOWN = 80;

/**
 * Prints any value for an error message without calling anything the value controls, so that symbols,
 * bigints, proxies and objects with hostile `toString` cannot turn a clean error into a `TypeError`.
 */
function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      const suffix = value.length > MAX_SHOWN ? ` (a string of ${value.length} characters)` : '';
      return `${JSON.stringify(shown)}${suffix}`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n (a bigint)`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return `a symbol Symbol(${value.description === undefined ? '' : describeValue(value.description)})`;
    case 'function':
      return 'a function';
    default:
      return describeObject(value as object | null);
  }
}

function describeObject(value: object | null): string {
  if (value === null) return 'null';
  const time = dateTime(value);
  if (time !== NOT_A_DATE) return Number.isNaN(time) ? 'an invalid Date' : `the Date ${new Date(time).toISOString()}`;
  try {
    if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  } catch {
    return 'an object that cannot be inspected';
  }
  return 'an object';
}

/** What {@link dateTime} returns for a value that is no Date: a number no Date holds (their range is ±8.64e15). */
export const NOT_A_DATE = Infinity;

/**
 * The time value of a genuine Date — also one from another realm (an iframe, a `vm` context) — or `NOT_A_DATE`
 * for anything else, including objects that only pretend to be dates and revoked proxies. A number either way,
 * rather than number-or-undefined, so that optimized code can keep it unboxed.
 */
export function dateTime(value: unknown): number {
  if (typeof value !== 'object' || value === null) return NOT_A_DATE;
  // The tag check first: getTime on a non-Date throws, and a thrown error on every plain object would put a
  // stack-trace capture on the hot path. getTime still has the last word, for objects that fake the tag.
  try {
    if (!(value instanceof Date) && Object.prototype.toString.call(value) !== '[object Date]') return NOT_A_DATE;
    return Date.prototype.getTime.call(value);
  } catch {
    return NOT_A_DATE;
  }
}

/**
 * Whether a value is an object that can hold named fields: not null, an array or a Date. A revoked proxy, which
 * throws on every inspection, is not.
 */
export function isRecordLike(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // An object literal, JSON.parse output or a null-prototype record: neither an array nor a Date of any realm
    // has this realm's Object.prototype or no prototype at all, so the tag checks below are not needed.
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return !Array.isArray(value);
    return !Array.isArray(value) && dateTime(value) === NOT_A_DATE;
  } catch {
    return false;
  }
}
