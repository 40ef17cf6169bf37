/**
 * An independent account of when calendar days begin, from the Temporal proposal's reference polyfill: it shares
 * no code with the library's src/time (no date-fns-tz, no hand-written search), so the two agreeing on a day is
 * evidence, and disagreeing is a finding.
 *
 * The library's rule for a day's start is 00:00 in the zone; where the clocks skip midnight, the moment they
 * jump; where midnight is shown twice, the earlier one. Temporal's start of day (`PlainDate#toZonedDateTime`
 * without a time) is that same rule: the earliest instant of the date, which for a skipped midnight is the
 * transition itself.
 */
import { Temporal } from '@js-temporal/polyfill';

/** The instant (epoch ms) at which `isoDate` begins in `zone`, by Temporal. */
export function oracleStartOfDay(isoDate: string, zone: string): number {
  return Temporal.PlainDate.from(isoDate).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
}

/**
 * The date someone born on `birthDate` turns `years`, by Temporal's calendar arithmetic: adding years to 29
 * February lands on 28 February in a common year (`overflow: 'constrain'`).
 */
export function oracleBirthday(birthDate: string, years: number): string {
  return Temporal.PlainDate.from(birthDate).add({ years }, { overflow: 'constrain' }).toString();
}

/** The instant at which someone born on `birthDate` reaches `years` in `zone`: the start of that birthday. */
export function oracleReachesAge(birthDate: string, years: number, zone: string): number {
  return oracleStartOfDay(oracleBirthday(birthDate, years), zone);
}

/**
 * The local calendar dates, in `zone`, of every clock change from `from` (inclusive) to `to` (exclusive),
 * each with the day before and the day after: the days on which a start of day can go wrong.
 */
export function daysAroundTransitions(zone: string, from: string, to: string): string[] {
  const end = Temporal.Instant.from(`${to}T00:00:00Z`).epochMilliseconds;
  const days = new Set<string>();
  let at: Temporal.ZonedDateTime | null = Temporal.Instant.from(`${from}T00:00:00Z`).toZonedDateTimeISO(zone);
  for (;;) {
    at = at.getTimeZoneTransition('next');
    if (at === null || at.epochMilliseconds >= end) break;
    const day = at.toPlainDate();
    days.add(day.subtract({ days: 1 }).toString()).add(day.toString()).add(day.add({ days: 1 }).toString());
  }
  return [...days];
}

/** One comparison that failed: the date, the zone and both answers as ISO instants. */
export interface Disagreement {
  readonly zone: string;
  readonly date: string;
  readonly expected: string;
  readonly actual: string;
}

/** Every (zone, date) whose start according to `startOfDay` differs from Temporal's. */
export function disagreements(
  startOfDay: (isoDate: string, zone: string) => number,
  cases: ReadonlyMap<string, readonly string[]>,
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const [zone, dates] of cases) {
    for (const date of dates) {
      const expected = oracleStartOfDay(date, zone);
      const actual = startOfDay(date, zone);
      if (actual !== expected) found.push({ zone, date, expected: iso(expected), actual: iso(actual) });
    }
  }
  return found;
}

/** An instant as ISO 8601, or the number itself when it is no valid time (a broken answer can be anything). */
export function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms);
}
