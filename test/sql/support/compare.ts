/**
 * Helpers shared by the view tests of every engine: a member row built from a few fields, and the rows on which
 * a view and the library part.
 */
import type { SqlDecision, SqlMember } from './warehouse.js';

/** Microseconds since the epoch of an ISO instant. */
export const micros = (iso: string): bigint => BigInt(Date.parse(iso)) * 1000n;

/** A member row with nothing but a country and a moment; `fields` fill in the rest. */
export function memberRow(member_id: number, fields: Partial<SqlMember>): SqlMember {
  return {
    member_id,
    country: 'DE',
    asked_at: micros('2025-11-04T12:00:00Z'),
    birth_date: null,
    time_zone: null,
    opted_out_ai_training: null,
    opted_out_microsoft_ads: null,
    opted_out_microsoft_ai_training: null,
    ...fields,
  };
}

/** The rows that differ, each beside the library's, for a readable failure. */
export function differences(sql: readonly SqlDecision[], library: readonly SqlDecision[]): { sql: SqlDecision | undefined; library: SqlDecision | undefined }[] {
  const found = [];
  for (let i = 0; i < Math.max(sql.length, library.length); i++) {
    if (JSON.stringify(sql[i]) !== JSON.stringify(library[i])) found.push({ sql: sql[i], library: library[i] });
  }
  return found;
}
