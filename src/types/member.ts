import type { DateInput, PurposeId } from './ids.js';

/**
 * A member's opt-outs, per purpose: `true` (opted out before any moment asked about), `false` (not opted out,
 * as if the purpose were absent) or the moment the member opted out. A key that is not a purpose is an error.
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining, type OptOuts } from 'linkedin-policy-data';
 * const optOuts: OptOuts = { 'ai-training': '2025-12-01', 'microsoft-ads': false };
 * isSubjectToAiTraining({ country: 'DE', optOuts }, '2025-12-01'); // => false
 * ```
 */
export type OptOuts = { readonly [Purpose in PurposeId]?: boolean | DateInput };

/**
 * Who is asking: the member's country (ISO 3166-1 alpha-2, any case), and optionally their birth date, IANA
 * time zone and opt-outs. Fields left `undefined` count as not given. The library never changes the object.
 *
 * @example
 * ```ts
 * import { isSubjectToAiTraining, type Member } from 'linkedin-policy-data';
 * const member: Member = { country: 'fr', birthDate: '1990-04-01', optOuts: { 'ai-training': '2025-12-01' } };
 * isSubjectToAiTraining(member, '2025-11-30'); // => true
 * isSubjectToAiTraining(member, '2025-12-01'); // => false
 * ```
 */
export interface Member {
  /** ISO 3166-1 alpha-2 country code, any case: decides the region and the default time zone. */
  readonly country: string;
  /**
   * `'YYYY-MM-DD'` (a `Date` is read by its UTC calendar date); applies the provision's minimum age. Without it the
   * member is taken to be 18 or older, and the decision says so in `assumptions`.
   */
  readonly birthDate?: string | Date | undefined;
  /** IANA time zone in which dates are read; default: the country's capital's zone. */
  readonly timeZone?: string | undefined;
  /** Per purpose: `true` (opted out before any moment asked about), `false` (not opted out) or when the member opted out. */
  readonly optOuts?: OptOuts | undefined;
}
