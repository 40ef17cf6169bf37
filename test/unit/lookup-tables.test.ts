import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownEntry } from '../../src/engine/countries.js';
import { compilePurpose, provisionIndexAt } from '../../src/engine/timelines.js';
import type { Step } from '../../src/generated/decision-tables.js';
import type { RegionsFile } from '../../src/schema/index.js';
import { startOfDayIn } from '../../src/time/zone.js';
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
