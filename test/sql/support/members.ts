/**
 * Seeded random rows of `lpd_members` aimed at the edges: instants within a millisecond and an hour of every
 * effective date's local midnight and of 18th birthdays, zones whose clocks change at midnight, a skipped day,
 * half-hour and 45-minute offsets, 29 February births, every form of opt-out, any-case codes and rows the
 * library rejects. Instants stay between the coverage start and mid-2026, where DuckDB's and Node's time-zone
 * databases agree (see docs/warehouse.md).
 */
import { readFileSync } from 'node:fs';
import { startOfDayIn } from '../../../src/time/zone.js';
import { PACKAGE_ROOT, type SqlDate, type SqlInstant, type SqlMember } from './warehouse.js';
import { seededRandom } from '../../support/seeded-random.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Zones with a clock change at midnight, a skipped day, or offsets of half and three quarters of an hour. */
export const EDGE_ZONES = [
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Africa/Cairo',
  'Pacific/Apia',
  'Atlantic/Azores',
  'America/Asuncion',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Australia/Eucla',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'UTC',
] as const;

/** The first and last instants asked about (epoch ms). */
const FROM = Date.UTC(2024, 6, 1);
const TO = Date.UTC(2026, 5, 30);

function csvRows(name: string): string[][] {
  const [, ...lines] = readFileSync(`${PACKAGE_ROOT}tables/${name}`, 'utf8').trimEnd().split('\n');
  return lines.map((line) => line.split(','));
}

/** Days since the epoch of a calendar date; years 0-99 are taken as written, not as 1900-1999. */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * `count` members from `seed`. `zones` is every zone name the engine knows, drawn from now and then beside the
 * edge zones and the countries' own.
 */
export function randomMembers(count: number, seed: number, zones: readonly string[]): SqlMember[] {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const between = (low: number, high: number) => low + Math.floor(rand() * (high - low));

  const countries = csvRows('countries.csv').map(([code, , zone]) => ({ code: code!, zone: zone! }));
  const effectiveDates = [...new Set(csvRows('provisions.csv').flatMap(([, , from, to]) => [from!, to!]).filter((d) => d !== ''))];

  const spell = (code: string) => pick([code, code.toLowerCase(), `${code[0]}${code[1]!.toLowerCase()}`, `${code[0]!.toLowerCase()}${code[1]}`]);
  const micros = (ms: number) => BigInt(ms) * 1000n + BigInt(chance(0.2) ? between(0, 1000) : 0);
  // Exactly on an edge, a millisecond either side, or anywhere within an hour of it.
  const near = (edge: number) => edge + pick([0, 0, -1, 1, -HOUR_MS, HOUR_MS, between(-HOUR_MS, HOUR_MS)]);
  const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  // Territories a text places in the EU, some no text places (their candidate regions disagree at times), and XK.
  const territories = countries.filter(({ code }) => ['RE', 'AX', 'JE', 'GI', 'GL', 'PR', 'SJ', 'XK'].includes(code));
  const members: SqlMember[] = [];
  for (let id = 1; id <= count; id++) {
    const country = chance(0.1) ? pick(territories) : pick(countries);
    const zoneGiven = chance(0.45) ? (chance(0.6) ? pick(EDGE_ZONES) : pick(zones)) : null;
    const zone = zoneGiven ?? country.zone;

    let birthDay: SqlDate = null;
    let birthdayStart: number | undefined;
    if (chance(0.6)) {
      if (chance(0.2)) {
        birthDay = dayNumber(between(1940, 2026), between(1, 13), between(1, 29));
      } else {
        // An 18th birthday inside the range asked about; born on 29 February, it falls on 28 February 2026.
        const [year, month, day] = chance(0.1) ? [2026, 2, 28] : isoOf(between(FROM, TO)).split('-').map(Number) as [number, number, number];
        birthDay = dayNumber(year - 18, month, month === 2 && day === 28 && year === 2026 ? 29 : day);
        birthdayStart = startOfDayIn(isoOf(Date.UTC(year, month - 1, day)), zone);
      }
    }

    const roll = rand();
    let askedMs: number;
    if (roll < 0.45) askedMs = near(startOfDayIn(pick(effectiveDates), zone));
    else if (roll < 0.65 && birthdayStart !== undefined) askedMs = near(birthdayStart);
    else if (roll < 0.7) askedMs = between(Date.UTC(2024, 0, 1), Date.UTC(2024, 8, 18));
    else askedMs = between(FROM, TO);
    const asked = micros(askedMs);

    const optOut = (): SqlInstant => {
      const r = rand();
      if (r < 0.55) return null;
      if (r < 0.7) return '-infinity';
      if (r < 0.9) return BigInt(askedMs + pick([0, -1, 1, -DAY_MS])) * 1000n;
      return micros(between(FROM, TO));
    };

    let row: SqlMember = {
      member_id: id,
      country: spell(country.code),
      asked_at: asked,
      birth_date: birthDay,
      time_zone: zoneGiven === null ? null : chance(0.05) ? zoneGiven.toLowerCase() : zoneGiven,
      opted_out_ai_training: optOut(),
      opted_out_microsoft_ads: optOut(),
      opted_out_microsoft_ai_training: optOut(),
    };
    if (chance(0.04)) row = { ...row, ...pick(INVALID) };
    members.push(row);
  }
  return members;
}

/** Changes that make a row one the library rejects (or, for odd spellings it accepts, one it still answers). */
const INVALID: readonly Partial<SqlMember>[] = [
  { country: 'XX' },
  { country: null },
  { country: '' },
  { country: 'DEU' },
  { country: '\u0131t' },
  { time_zone: 'Nowhere/Atlantis' },
  { time_zone: '' },
  { time_zone: 'Factory' },
  { time_zone: 'EUROPE/BERLIN' },
  { time_zone: 'US/Eastern' },
  { birth_date: 'infinity' },
  { birth_date: '-infinity' },
  { birth_date: dayNumber(10_000, 1, 1) },
  { birth_date: dayNumber(0, 6, 1) },
  { birth_date: dayNumber(1, 1, 1) },
  { birth_date: dayNumber(9990, 6, 1) },
  { asked_at: null },
  { asked_at: 'infinity' },
  { asked_at: '-infinity' },
  { asked_at: 8_640_000_000_000_000_999n },
  { asked_at: 8_640_000_000_000_001_000n },
  { opted_out_microsoft_ads: 'infinity' },
  { opted_out_ai_training: -8_640_000_000_000_001_000n },
  { opted_out_microsoft_ai_training: '-infinity', asked_at: -8_640_000_000_000_000_000n },
];

/**
 * `count` members as a warehouse holds them, for measuring: every country, mostly in its default zone, half
 * with a birth date, a tenth opted out of each purpose, asked about at moments across the period covered.
 */
export function typicalMembers(count: number, seed: number): SqlMember[] {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(rand() * (high - low));
  const countries = csvRows('countries.csv').map(([code, , zone]) => ({ code: code!, zone: zone! }));
  const zones = [...new Set(countries.map((c) => c.zone))];
  const optOut = (): SqlInstant => (rand() < 0.9 ? null : rand() < 0.3 ? '-infinity' : BigInt(between(FROM, TO)) * 1000n);
  return Array.from({ length: count }, (_, i): SqlMember => {
    const country = pick(countries);
    return {
      member_id: i + 1,
      country: country.code,
      asked_at: BigInt(between(FROM, TO)) * 1000n,
      birth_date: rand() < 0.5 ? dayNumber(between(1950, 2012), between(1, 13), between(1, 29)) : null,
      time_zone: rand() < 0.2 ? pick(zones) : null,
      opted_out_ai_training: optOut(),
      opted_out_microsoft_ads: optOut(),
      opted_out_microsoft_ai_training: optOut(),
    };
  });
}

/**
 * `count` members like {@link typicalMembers}, but every fifth asked about at the local midnight that starts
 * their 18th birthday, or a millisecond either side: the slowest path through an age rule, for measuring.
 */
export function edgeHeavyMembers(count: number, seed: number): SqlMember[] {
  const rand = seededRandom(seed + 1);
  const members = typicalMembers(count, seed);
  const countries = new Map(csvRows('countries.csv').map(([code, , zone]) => [code!, zone!]));
  for (let i = 0; i < members.length; i += 5) {
    const member = members[i]!;
    const birthday = new Date(FROM + Math.floor(rand() * (TO - FROM))).toISOString().slice(0, 10);
    const [year, month, day] = birthday.split('-').map(Number) as [number, number, number];
    const start = startOfDayIn(birthday, member.time_zone ?? countries.get(member.country!)!);
    const asked = start + [-1, 0, 1][Math.floor(rand() * 3)]!;
    members[i] = { ...member, birth_date: dayNumber(year - 18, month, day), asked_at: BigInt(asked) * 1000n };
  }
  return members;
}
