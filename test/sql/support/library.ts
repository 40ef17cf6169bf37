/**
 * What the library answers for a row of `lpd_members`: the row read as the library's inputs, and `decide()`'s
 * answers written as rows of `lpd_member_decisions`.
 */
import type { DateInput, Decision, Member, PurposeId } from '../../../src/index.js';
import type { SqlDate, SqlDecision, SqlInstant, SqlMember } from './warehouse.js';

const DAY_MS = 86_400_000;

/** Epoch milliseconds of an instant, rounded down like the view's lpd_epoch_ms; infinities as ±Infinity. */
export function instantMs(value: Exclude<SqlInstant, null>): number {
  if (value === 'infinity') return Infinity;
  if (value === '-infinity') return -Infinity;
  const ms = value / 1000n - (value % 1000n < 0n ? 1n : 0n);
  return Number(ms);
}

/** A DATE as the library takes a birth date: 'YYYY-MM-DD' where one can be written, else the Date. */
function birthDateInput(value: Exclude<SqlDate, null>): string | Date {
  const date = typeof value === 'number' ? new Date(value * DAY_MS) : new Date(NaN);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date.toISOString().slice(0, 10) : date;
}

/** The member and moment a row stands for, as the library takes them. */
export function libraryInputs(row: SqlMember): { member: Member; at: DateInput | undefined } {
  // A NULL country is the library's missing country; the cast is how a caller's untyped data reaches it.
  const member: { -readonly [K in keyof Member]: Member[K] } = { country: row.country ?? undefined } as Member;
  if (row.birth_date !== null) member.birthDate = birthDateInput(row.birth_date);
  if (row.time_zone !== null) member.timeZone = row.time_zone;
  const optOuts: Partial<Record<PurposeId, true | number>> = {};
  const columns: [PurposeId, SqlInstant][] = [
    ['ai-training', row.opted_out_ai_training],
    ['microsoft-ads', row.opted_out_microsoft_ads],
    ['microsoft-ai-training', row.opted_out_microsoft_ai_training],
  ];
  for (const [purpose, value] of columns) {
    if (value !== null) optOuts[purpose] = value === '-infinity' ? true : instantMs(value);
  }
  if (Object.keys(optOuts).length > 0) member.optOuts = optOuts;
  return { member, at: row.asked_at === null ? undefined : instantMs(row.asked_at) };
}

/** The library's `decide`, or the same function from the built package. */
export type Decide = (purpose: PurposeId, member: Member, at: DateInput) => Decision;

/** The rows of `lpd_member_decisions` the library's answers call for, one per purpose, ordered by purpose. */
export function libraryDecisions(row: SqlMember, decide: Decide, purposes: readonly PurposeId[]): SqlDecision[] {
  const { member, at } = libraryInputs(row);
  return [...purposes].sort().map((purpose) => {
    try {
      const d = decide(purpose, member, at as DateInput);
      return {
        member_id: row.member_id,
        purpose,
        status: d.status,
        reasons: [...d.reasons],
        region: d.region,
        time_zone: d.timeZone,
        provision_effective_from: d.provision?.effectiveFrom ?? null,
        error: null,
      };
    } catch (error) {
      // By name rather than class, so that the built package's error counts as well as the sources'.
      if (!(error instanceof Error) || error.name !== 'PolicyInputError') throw error;
      const code = (error as Error & { code: string }).code;
      return { member_id: row.member_id, purpose, status: null, reasons: null, region: null, time_zone: null, provision_effective_from: null, error: code };
    }
  });
}
