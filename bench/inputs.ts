/**
 * Inputs shared by the benchmarks: a batch of members and moments, made once from a fixed seed so every run
 * measures the same work. Each benchmark iteration walks one whole batch (BATCH calls), so timer overhead is
 * spread over a thousand calls and the per-call figures below are the engine's own cost.
 */
import type { DateInput, Member } from '../dist/index.js';
import { seededRandom } from '../test/support/seeded-random.js';

/** Calls per benchmark iteration: per-call time = iteration time / BATCH. */
export const BATCH = 1000;

const rand = seededRandom(20_251_103);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Countries from every region, so region and zone lookups vary as they do in a real batch.
const COUNTRIES = ['DE', 'FR', 'IE', 'NO', 'CH', 'GB', 'CA', 'HK', 'US', 'IN', 'BR', 'JP', 'AU', 'NG', 'MX'];
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 11, 31);

const birthDate = () => `${1950 + Math.floor(rand() * 63)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;

// Members are written as object literals, one shape per kind, as JSON.parse or a literal makes them. (Built with
// spread instead — `{ ...member, birthDate }` — V8 gave nearly every object its own hidden class here, which made
// each call 3–5× slower through megamorphic property loads: a cost of how the caller builds objects, not of
// the library.)
/** Members without birth date or opt-outs. */
export const bareMembers: readonly Member[] = Array.from({ length: BATCH }, () => ({ country: pick(COUNTRIES) }));
/** The same members with a birth date ('YYYY-MM-DD', 1950–2012). */
export const withBirthDate: readonly Member[] = bareMembers.map(({ country }) => ({ country, birthDate: birthDate() }));
/** The same members with a birth date and opt-outs: `true` for half of them, a date string for the others. */
export const withBirthDateAndOptOuts: readonly Member[] = withBirthDate.map(({ country, birthDate }, i) => ({
  country,
  birthDate,
  optOuts: i % 2 === 0 ? { 'ai-training': true, 'microsoft-ads': '2026-03-15T09:30' } : { 'ai-training': '2025-12-01', 'microsoft-ads': '2026-03-15T09:30' },
}));

/** Moments across 2024–2027, as epoch milliseconds. */
export const epochs: readonly number[] = Array.from({ length: BATCH }, () => FROM + Math.floor(rand() * (TO - FROM)));
export const dates: readonly Date[] = epochs.map((t) => new Date(t));
/** 'YYYY-MM-DD' (read as the start of that day in the member's zone). */
export const dateOnlyStrings: readonly string[] = epochs.map((t) => new Date(t).toISOString().slice(0, 10));
/** 'YYYY-MM-DDTHH:mm' without an offset (read as wall time in the member's zone). */
export const wallTimeStrings: readonly string[] = epochs.map((t) => new Date(t).toISOString().slice(0, 16));
/** ISO instants with Z. */
export const isoInstantStrings: readonly string[] = epochs.map((t) => new Date(t).toISOString());

/**
 * 200,000 distinct wall times to the second, walked a batch at a time: twice the engine's parse cache (100,000
 * entries, emptied when full), so every string is parsed afresh — a batch job over distinct timestamps.
 */
export const DISTINCT = 200_000;
export const distinctWallTimeStrings: readonly string[] = Array.from({ length: DISTINCT }, (_, i) =>
  new Date(FROM + i * 613_000 + Math.floor(rand() * 1000) * 1000).toISOString().slice(0, 19),
);

/** The inputs of each DateInput kind, for the groups of hot-path.bench.ts. */
export const AT_KINDS: readonly { readonly name: string; readonly inputs: readonly DateInput[] }[] = [
  { name: 'Date', inputs: dates },
  { name: 'epoch ms', inputs: epochs },
  { name: "'YYYY-MM-DD'", inputs: dateOnlyStrings },
  { name: "'YYYY-MM-DDTHH:mm' (wall time)", inputs: wallTimeStrings },
  { name: "ISO instant 'Z'", inputs: isoInstantStrings },
];

/** Where results go, so that no call can be optimised away; read at the end of each benchmark file. */
export const sink = { value: 0 };

/**
 * The trivial baseline DESIGN.md names: one string compare and one number compare per call, over the same
 * member objects and the same batch of moments as the call it stands beside.
 */
export const CUTOFF = Date.UTC(2025, 10, 3);
export function baseline(members: readonly Member[]): void {
  let n = 0;
  for (let i = 0; i < BATCH; i++) if (members[i]!.country === 'DE' && epochs[i]! >= CUTOFF) n++;
  sink.value += n;
}
