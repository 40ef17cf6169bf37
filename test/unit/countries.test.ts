import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPITAL_ZONE_EXCEPTIONS, capitalZones } from '../../scripts/capital-zones.js';
import { syncRegionLists } from '../../scripts/region-lists.js';
import type { RegionsFile } from '../../src/schema/index.js';
import { FACT_ZONES } from '../facts.js';

const regions = JSON.parse(readFileSync(new URL('../../data/regions.json', import.meta.url), 'utf8')) as RegionsFile;
const inData = new Map(regions.regions.flatMap((r) => r.countries.map((c) => [c.code, c.timeZone] as const)));
const derived = capitalZones();

describe('data/regions.json agrees with the maintained country and zone packages', () => {
  it('holds every officially-assigned ISO 3166-1 alpha-2 code and the user-assigned XK, and nothing else', () => {
    expect(derived.size).toBe(250);
    expect(derived.get('XK')).toBe('Europe/Belgrade');
    expect([...inData.keys()].sort()).toEqual([...derived.keys()].sort());
  });

  it('lists each country under its placement\'s first candidate region, settled countries first (run scripts/sync-regions.ts)', () => {
    expect(syncRegionLists(structuredClone(regions), derived)).toEqual(regions);
  });

  it("gives every country its capital's zone as derived (run scripts/sync-regions.ts after a package update)", () => {
    const disagreements = [...derived].filter(([code, zone]) => inData.get(code) !== zone);
    expect(disagreements).toEqual([]);
  });

  it('agrees with the capital zones the researched facts name', () => {
    for (const [code, zone] of Object.entries(FACT_ZONES)) expect(inData.get(code), code).toBe(zone);
  });

  it('every explicit exception is a valid zone and is applied', () => {
    for (const [code, { zone }] of Object.entries(CAPITAL_ZONE_EXCEPTIONS)) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone }), code).not.toThrow();
      expect(derived.get(code)).toBe(zone);
    }
  });

  it("places the 27 EU member states by LinkedIn's text and the rest of the world as the complement of the named regions", () => {
    const states = regions.placements.find((p) => p.candidates.join() === 'eu' && p.basis === 'linkedin-text');
    expect(states?.countries).toHaveLength(27);
    const named = regions.regions.filter((r) => r.id !== 'rest-of-world').reduce((n, r) => n + r.countries.length, 0);
    expect(regions.regions.find((r) => r.id === 'rest-of-world')?.countries).toHaveLength(250 - named);
  });
});
