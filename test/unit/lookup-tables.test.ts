import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORDED_AGE, UNDOCUMENTED_AGE_LIMIT } from '../../src/engine/age.js';
import { decide } from '../../src/index.js';
import { knownEntry } from '../../src/engine/countries.js';
import { compiledPurpose } from '../../src/engine/purposes/index.js';
import { quickSubject } from '../../src/engine/quick-subject.js';
import { compilePurpose, PACKED_AGE_RECORDED, PACKED_STATUS, PACKED_STEPS, provisionIndexAt } from '../../src/engine/timelines.js';
import type { Step } from '../../src/generated/decision-tables.js';
import { PURPOSE_IDS, REGION_IDS } from '../../src/ids.js';
import type { RegionsFile } from '../../src/schema/index.js';
import { DAY_START_SPREAD_MS, startOfDayIn } from '../../src/time/zone.js';
import { seededRandom } from '../support/seeded-random.js';

const regions = JSON.parse(readFileSync(new URL('../../data/regions.json', import.meta.url), 'utf8')) as RegionsFile;
const zoneOf = new Map(regions.regions.flatMap((r) => r.countries.map((c) => [c.code, c.timeZone] as const)));

describe('country codes are found by their two letters, in any case', () => {
  it('every code of the data, in each of its four spellings, finds the entry with its upper-case code and zone', () => {
    for (const [code, zone] of zoneOf) {
      const [a, b] = [code[0]!, code[1]!];
      for (const spelling of [a + b, a.toLowerCase() + b, a + b.toLowerCase(), a.toLowerCase() + b.toLowerCase()]) {
        const entry = knownEntry(spelling);
        expect(entry?.code, spelling).toBe(code);
        expect(entry?.timeZone, spelling).toBe(zone);
      }
    }
  });

  it('no other pair of characters up to U+024F finds anything: neighbours of the letters, other scripts, dotless i', () => {
    const found: string[] = [];
    for (let first = 0; first <= 0x24f; first++) {
      for (let second = 0; second <= 0x24f; second++) {
        const pair = String.fromCharCode(first, second);
        if (knownEntry(pair) !== undefined) found.push(pair.toUpperCase());
      }
    }
    // Each code found once per spelling, and nothing else.
    expect(found.length).toBe(zoneOf.size * 4);
    expect(new Set(found)).toEqual(new Set(zoneOf.keys()));
  });

  it('anything but a two-character string is no code', () => {
    for (const value of ['', 'D', 'DEU', 'DE ', ' DE', 'D\u0000E', 'ıt', 'İT', 'ＤＥ', 42, null, undefined, {}, ['DE'], new String('DE')]) {
      expect(knownEntry(value), String(value)).toBeUndefined();
    }
  });
});

describe('the step in force at an instant, counted from the steps\' earliest starts', () => {
  const DAY = 86_400_000;
  const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kathmandu'];
  const rand = seededRandom(20_261_206);

  /** Steps on `count` distinct dates between 2020 and 2030, a few of them a day or two apart. */
  function steps(count: number): Step[] {
    const days = new Set<number>();
    while (days.size < count) {
      const day = Math.floor(rand() * 3650);
      days.add(day);
      if (rand() < 0.3 && days.size < count) days.add(day + 1 + Math.floor(rand() * 2));
    }
    return [...days]
      .sort((x, y) => x - y)
      .map((day) => [new Date(Date.UTC(2020, 0, 1) + day * DAY).toISOString().slice(0, 10), 'subject', null] as Step);
  }

  /** The last step whose effective date has begun in `zone` at `t`, or -1: the rule, read the slow way. */
  const reference = (timeline: readonly Step[], zone: string, t: number) =>
    timeline.reduce((found, [from], k) => (startOfDayIn(from, zone) <= t ? k : found), -1);

  it('agrees with reading every start in the zone, for timelines of one to nine steps, near their starts and far from them', () => {
    for (let count = 1; count <= 9; count++) {
      const timeline = steps(count);
      const compiled = compilePurpose('ai-training', { eu: timeline } as never).regions.eu;
      for (const zone of ZONES) {
        const starts = timeline.map(([from]) => startOfDayIn(from, zone));
        const instants = [
          ...starts.flatMap((start) => [start - 1, start, start + 1, start - DAY, start + DAY, start - 3 * DAY, start + 3 * DAY]),
          ...Array.from({ length: 200 }, () => Date.UTC(2019, 0, 1) + Math.floor(rand() * 13 * 365 * DAY)),
          -8.64e15,
          8.64e15,
        ];
        for (const t of instants) {
          expect(provisionIndexAt(compiled, zone, t), `${count} steps, ${zone}, ${new Date(t).toISOString()}`).toBe(reference(timeline, zone, t));
        }
      }
    }
  });
});

describe('the steps packed for the answers that read them on every call', () => {
  it('hold, for every timeline of the data, each step\'s earliest and latest start, status bits and age rule', () => {
    for (const purpose of PURPOSE_IDS) {
      for (const region of REGION_IDS) {
        const timeline = compiledPurpose(purpose).regions[region];
        const packed = timeline.packed!;
        expect(packed, `${purpose} ${region}`).toBeInstanceOf(Float64Array);
        for (let k = 0; k < PACKED_STEPS; k++) {
          const here = k < timeline.steps.length;
          const utcStart = timeline.utcStarts[k]!;
          expect(packed[k], `${purpose} ${region} earliest ${k}`).toBe(here ? utcStart - DAY_START_SPREAD_MS : Infinity);
          expect(packed[PACKED_STEPS + k], `${purpose} ${region} latest ${k}`).toBe(here ? utcStart + DAY_START_SPREAD_MS : Infinity);
          if (!here) continue;
          expect(packed[PACKED_STATUS + k], `${purpose} ${region} status ${k}`).toBe(timeline.statusBits[k]);
          expect(packed[PACKED_AGE_RECORDED + k], `${purpose} ${region} age ${k}`).toBe((timeline.minimumAges[k] ?? UNDOCUMENTED_AGE_LIMIT) === RECORDED_AGE ? 1 : 0);
        }
      }
    }
  });

  it('a timeline of more than four steps is not packed: the shorter path leaves its members to the full one', () => {
    const five: Step[] = ['2024-01-01', '2024-06-01', '2025-01-01', '2025-06-01', '2026-01-01'].map((from) => [from, 'subject', null] as Step);
    const four = five.slice(0, 4);
    const steps = (timeline: Step[]) => Object.fromEntries(REGION_IDS.map((region) => [region, timeline])) as never;
    const long = compilePurpose('ai-training', steps(five));
    const short = compilePurpose('ai-training', steps(four));
    expect(long.regions.eu.packed).toBeUndefined();
    const at = Date.UTC(2026, 2, 1);
    expect(quickSubject(long, { country: 'DE' }, at)).toBeUndefined();
    expect(quickSubject(short, { country: 'DE' }, at)).toBe(true);
    expect(provisionIndexAt(long.regions.eu, 'Europe/Berlin', at)).toBe(4);
  });

  it('an age rule other than 18 leaves members with a birth date to the full path; 18 and none are answered', () => {
    const BIRTH = '1990-05-05';
    decide('ai-training', { country: 'DE', birthDate: BIRTH }, '2025-12-01');
    const withAge = (minimumAge: number | null) =>
      compilePurpose('ai-training', Object.fromEntries(REGION_IDS.map((region) => [region, [['2024-01-01', 'subject', minimumAge] as Step]])) as never);
    const at = Date.UTC(2025, 11, 1);
    expect(quickSubject(withAge(16), { country: 'DE', birthDate: BIRTH }, at)).toBeUndefined();
    expect(quickSubject(withAge(16), { country: 'DE' }, at)).toBe(true);
    expect(quickSubject(withAge(18), { country: 'DE', birthDate: BIRTH }, at)).toBe(true);
    expect(quickSubject(withAge(null), { country: 'DE', birthDate: BIRTH }, at)).toBe(true);
  });
});
