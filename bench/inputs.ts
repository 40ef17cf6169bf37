/**
 * Inputs for the hot-path benchmark: 8 members and 64 instants, made once from a fixed seed so every run measures
 * the same work. Members come from eight regions, so that region and zone lookups vary as in real use.
 */
import type { Member } from '../dist/index.js';
import { seededRandom } from '../test/support/seeded-random.js';

const rand = seededRandom(20_251_103);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// One country from each region.
const COUNTRIES = ['DE', 'NO', 'CH', 'GB', 'CA', 'HK', 'US', 'IN'];
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 11, 31);

const birthDate = () => `${1990 + Math.floor(rand() * 22)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;

// Members are object literals of one shape per kind, as JSON.parse or a literal makes them. (Objects built with
// spread, `{ ...member, birthDate }`, in a loop can each get their own hidden class in V8, which makes every call
// several times slower through megamorphic property loads: a cost of how the caller builds objects.)
/** 8 members with a birth date ('YYYY-MM-DD', 1990–2011: adults and minors both). */
export const members: readonly Member[] = COUNTRIES.map((country) => ({ country, birthDate: birthDate() }));
/** The same members without a birth date. */
export const bareMembers: readonly Member[] = COUNTRIES.map((country) => ({ country }));
/** The same members with a birth date and opt-outs: `true` for half of them, a date string for the others. */
export const membersWithOptOuts: readonly Member[] = members.map(({ country, birthDate }, i) => ({
  country,
  birthDate,
  optOuts: i % 2 === 0 ? { 'ai-training': true, 'microsoft-ads': '2026-03-15T09:30' } : { 'ai-training': '2025-12-01', 'microsoft-ads': '2026-03-15T09:30' },
}));

/** 64 moments across 2024–2027, as epoch milliseconds. */
export const epochs: readonly number[] = Array.from({ length: 64 }, () => FROM + Math.floor(rand() * (TO - FROM)));
/** The same moments as Dates. */
export const dates: readonly Date[] = epochs.map((t) => new Date(t));
/** The same moments as 'YYYY-MM-DD' (read as the start of that day in the member's zone). */
export const dateOnlyStrings: readonly string[] = epochs.map((t) => new Date(t).toISOString().slice(0, 10));
/** The same moments as ISO instants ending in Z. */
export const isoInstantStrings: readonly string[] = epochs.map((t) => new Date(t).toISOString());

/** The cut-off of the trivial baseline. */
export const CUTOFF = Date.UTC(2025, 10, 3);
