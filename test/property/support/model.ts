/**
 * An independent reference for the engine: calendar and zone arithmetic done directly with Intl and Date.UTC,
 * and the decision rules of docs/semantics.md restated over the public timeline data. Nothing here calls
 * the engine's code, so a slip in the engine shows up as a disagreement rather than being copied.
 */
import regionsFile from '../../../data/regions.json' with { type: 'json' };
import { regions, timeline, type DateInput, type Provision, type PurposeId, type ReasonCode, type RegionId } from '../../../src/index.js';

export const DAY_MS = 86_400_000;

/** Calendar date parts, month 1–12. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface WallTime extends Ymd {
  readonly hh: number;
  readonly mm: number;
  readonly ss: number;
  readonly ms: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` for years 0–9999. */
export const isoDate = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** `YYYY-MM-DDTHH:mm:ss.SSS` without an offset. */
export const isoWall = (w: WallTime): string => `${isoDate(w)}T${pad(w.hh)}:${pad(w.mm)}:${pad(w.ss)}.${pad(w.ms, 3)}`;

export function daysInMonth(y: number, m: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(y, m, 0); // day 0 of the next month: the last day of month m
  return probe.getUTCDate();
}

/** Days from 1970-01-01 of a calendar date (proleptic Gregorian, any year). */
export function dayNumber({ y, m, d }: Ymd): number {
  const probe = new Date(0);
  probe.setUTCFullYear(y, m - 1, d);
  return Math.floor(probe.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const probe = new Date(n * DAY_MS);
  return { y: probe.getUTCFullYear(), m: probe.getUTCMonth() + 1, d: probe.getUTCDate() };
}

export const addDays = (date: Ymd, days: number): Ymd => fromDayNumber(dayNumber(date) + days);

/** The date on which someone born on `birth` turns `years`: 29 February falls on 28 February in common years. */
export function anniversary(birth: Ymd, years: number): Ymd {
  const y = birth.y + years;
  return { y, m: birth.m, d: Math.min(birth.d, daysInMonth(y, birth.m)) };
}

export const compareYmd = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock reading of instant `t` in `zone`, straight from Intl. */
export function wallTimeOf(t: number, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter(zone).formatToParts(t)) parts[type] = value;
  const year = Number(parts['year']);
  return {
    y: parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - year : year,
    m: Number(parts['month']),
    d: Number(parts['day']),
    hh: Number(parts['hour']),
    mm: Number(parts['minute']),
    ss: Number(parts['second']),
    ms: ((t % 1000) + 1000) % 1000,
  };
}

export const localDateOf = (t: number, zone: string): Ymd => {
  const { y, m, d } = wallTimeOf(t, zone);
  return { y, m, d };
};

/** UTC offset of `zone` at instant `t`, in ms (wall time minus UTC). */
export function offsetAt(t: number, zone: string): number {
  const w = wallTimeOf(t, zone);
  const probe = new Date(0);
  probe.setUTCFullYear(w.y, w.m - 1, w.d);
  probe.setUTCHours(w.hh, w.mm, w.ss, w.ms);
  return probe.getTime() - t;
}

const OFFSET_SUFFIX = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a DateInput names, as docs/semantics.md defines it: numbers and Dates as they are, strings with Z or an offset by
 * the ECMAScript date-time format, strings without one as wall time in `zone` ('YYYY-MM-DD' as 00:00) — see
 * `instantOfWallTime` for wall times a clock change shows twice or skips.
 */
export function expectedInstant(input: DateInput, zone: string): number {
  if (typeof input === 'number') return input;
  if (input instanceof Date) return input.getTime();
  if (OFFSET_SUFFIX.test(input)) return Date.parse(input);
  return instantOfWallTime(wallMs(input)!, zone);
}

/** Every country code and the zone of its capital, from the public data. */
export const DEFAULT_ZONE: ReadonlyMap<string, string> = new Map(
  regions.flatMap((region) => region.countries.map((country) => [country.code, country.timeZone] as const)),
);
export const COUNTRIES: readonly string[] = [...DEFAULT_ZONE.keys()];
export const PURPOSES: readonly PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];

/** Every effective date in the data, oldest first. */
export const EFFECTIVE_DATES: readonly string[] = [
  ...new Set(
    PURPOSES.flatMap((purpose) => regions.flatMap((region) => timeline(region.countries[0]!.code, purpose).map((p) => p.effectiveFrom))),
  ),
].sort();

export const REASON_ORDER: readonly ReasonCode[] = ['before-coverage', 'region-not-in-scope', 'not-known', 'minor', 'opted-out', 'in-scope'];
export const STATUS_OF: Readonly<Record<ReasonCode, 'subject' | 'not-subject' | 'unknown'>> = {
  'before-coverage': 'unknown',
  'region-not-in-scope': 'not-subject',
  'not-known': 'unknown',
  minor: 'not-subject',
  'opted-out': 'not-subject',
  'in-scope': 'subject',
};

export interface ModelInput {
  readonly purpose: PurposeId;
  readonly country: string; // upper case
  readonly zone: string;
  readonly t: number;
  readonly birth: Ymd | undefined;
  /** The opt-out instant for `purpose` (-Infinity for `true`), if any. */
  readonly optOut: number | undefined;
}

export interface ModelOutput {
  readonly provision: Provision | null;
  readonly reasons: readonly ReasonCode[];
  readonly status: 'subject' | 'not-subject' | 'unknown';
}

/**
 * The documented precedence, read off the data: the provision in force is the last whose effective date is on or
 * before the local date of `t`; then before-coverage / the provision's status / minor / opted-out; a member under 18 where no age rule is documented
 * is not known to be subject.
 */
export function model(input: ModelInput): ModelOutput {
  const candidates = CANDIDATES.get(input.country);
  if (candidates === undefined) return modelUnder(timeline(input.country, input.purpose), input);
  // A country no source places: its answer under each candidate region's timeline, known only where they agree.
  const answers = candidates.map((region) => modelUnder(timeline(REGION_COUNTRY.get(region)!, input.purpose), input));
  if (answers.every((a) => a.status === answers[0]!.status)) return answers[0]!;
  const held = (reason: ReasonCode) => answers.every((a) => a.reasons.includes(reason));
  const reasons = REASON_ORDER.filter((r) => r === 'not-known' || ((r === 'minor' || r === 'opted-out') && held(r)));
  return { provision: null, reasons, status: 'unknown' };
}

/** The candidate regions of each country the data places under several, straight from data/regions.json. */
const CANDIDATES: ReadonlyMap<string, readonly RegionId[]> = new Map(
  (regionsFile.placements as readonly { countries: string[]; candidates: RegionId[] }[])
    .filter((p) => p.candidates.length > 1)
    .flatMap((p) => p.countries.map((code) => [code, p.candidates] as const)),
);
/** A country of each region, to read the region's timeline through the public API. */
const REGION_COUNTRY: ReadonlyMap<RegionId, string> = new Map(
  regions.map((r) => [r.id, r.countries.find((c) => !CANDIDATES.has(c.code))!.code] as const),
);

function modelUnder(provisions: readonly Provision[], { zone, t, birth, optOut }: ModelInput): ModelOutput {
  const today = isoDate(localDateOf(t, zone));
  let provision: Provision | null = null;
  for (const p of provisions) if (p.effectiveFrom <= today) provision = p;
  const reasons = new Set<ReasonCode>();
  if (provision === null) reasons.add('before-coverage');
  else if (provision.status === 'not-subject') reasons.add('region-not-in-scope');
  else if (provision.status === 'unknown') reasons.add('not-known');
  const minimumAge = provision?.minimumAge ?? null;
  if (minimumAge !== null && birth !== undefined) {
    const birthday = isoDate(anniversary(birth, minimumAge));
    if (today < birthday) reasons.add('minor');
  }
  if (optOut !== undefined && optOut <= t) reasons.add('opted-out');
  // Under 18 where the provision documents no age rule: a would-be "subject" is not known.
  const underAdultAge = birth !== undefined && today < isoDate(anniversary(birth, 18));
  if (reasons.size === 0) reasons.add(provision !== null && minimumAge === null && underAdultAge ? 'not-known' : 'in-scope');
  const ordered = REASON_ORDER.filter((r) => reasons.has(r));
  return { provision, reasons: ordered, status: STATUS_OF[ordered[0]!] };
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?$/;

/** An offset-free 'YYYY-MM-DD[THH:mm[:ss[.SSS]]]' as milliseconds, read as if it were UTC; undefined otherwise. */
export function wallMs(text: string): number | undefined {
  const m = WALL.exec(text);
  if (m === null) return undefined;
  const probe = new Date(0);
  probe.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  probe.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0));
  return probe.getTime();
}

/** The instants at which a wall time (as from `wallMs`) occurs in `zone`: none in a DST gap, two in a repeated hour. */
export function instantsOfWall(wall: number, zone: string): number[] {
  const offsets = new Set([offsetAt(wall - DAY_MS, zone), offsetAt(wall, zone), offsetAt(wall + DAY_MS, zone)]);
  return [...new Set([...offsets].map((o) => wall - o))].filter((t) => offsetAt(t, zone) === wall - t).sort((a, b) => a - b);
}

/**
 * The instant of a wall time in `zone`, as the engine documents it (src/time/zone.ts, resolveWallTime): the one
 * instant that shows it; the earlier of two where clocks fall back and show it twice; and where clocks spring
 * forward over it, the moment they jump — the first instant whose wall time is past it.
 */
export function instantOfWallTime(wall: number, zone: string): number {
  const instants = instantsOfWall(wall, zone);
  if (instants.length > 0) return instants[0]!;
  const offsets = [offsetAt(wall - DAY_MS, zone), offsetAt(wall + DAY_MS, zone)];
  let low = wall - Math.max(...offsets) - 3 * 3_600_000; // shows a wall time before `wall`
  let high = wall - Math.min(...offsets) + 3 * 3_600_000; // shows one after it
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (mid + offsetAt(mid, zone) > wall) high = mid;
    else low = mid;
  }
  return high;
}
