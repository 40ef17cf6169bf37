import type { Step } from '../generated/decision-tables.js';
import type { ReasonCode } from '../types/index.js';
import { REASON_CODES } from './reasons.js';

// One bit per reason code, by its place in REASON_CODES, so the lowest set bit is the reason the status follows.
const bitOf = (code: ReasonCode): number => 1 << REASON_CODES.indexOf(code);
/** The bit of the reason `before-coverage`. */
export const BEFORE_COVERAGE = bitOf('before-coverage');
/** The bit of the reason `region-not-in-scope`. */
export const REGION_NOT_IN_SCOPE = bitOf('region-not-in-scope');
/** The bit of the reason `not-known`. */
export const NOT_KNOWN = bitOf('not-known');
/** The bit of the reason `minor`. */
export const MINOR = bitOf('minor');
/** The bit of the reason `opted-out`. */
export const OPTED_OUT = bitOf('opted-out');
/** The bit of the reason `in-scope`. */
export const IN_SCOPE = bitOf('in-scope');

/** The reason bits a provision's status implies for every member of its region: none where it is in scope. */
export function statusBits(status: Step[1]): number {
  return status === 'not-subject' ? REGION_NOT_IN_SCOPE : status === 'unknown' ? NOT_KNOWN : 0;
}
