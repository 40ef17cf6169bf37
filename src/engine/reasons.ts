/**
 * Why a decision came out as it did, in precedence order: a decision's status follows the first reason that
 * applies. The order here is the semantics; the schema and the types are derived from this list.
 */
export const REASON_CODES = ['before-coverage', 'region-not-in-scope', 'not-known', 'minor', 'opted-out', 'in-scope'] as const;

/** The status each reason implies when it is the first that applies. */
export const STATUS_OF_REASON = {
  'before-coverage': 'unknown',
  'region-not-in-scope': 'not-subject',
  'not-known': 'unknown',
  minor: 'not-subject',
  'opted-out': 'not-subject',
  'in-scope': 'subject',
} as const satisfies Record<(typeof REASON_CODES)[number], 'subject' | 'not-subject' | 'unknown'>;
